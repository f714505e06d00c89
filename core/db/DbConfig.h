#pragma once
// Where and how to reach Postgres. The password is never persisted here: it comes from the keychain,
// the sign-in dialog or (headless/sandbox only) the VOUCHERDESK_DB_PASSWORD environment variable.
#include <QString>

namespace vd::db {

struct DbConfig
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("voucherdesk");
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer"); // disable | prefer | require | verify-ca | verify-full
    QString sslRootCert;                         // CA file for verify-ca / verify-full
    QString applicationName = QStringLiteral("voucherdesk");
    int connectTimeoutSeconds = 5;

    /// libpq options for QSqlDatabase::setConnectOptions (password excluded: set separately).
    QString connectOptions() const;
    /// "user@host:port/db (sslmode)" for logs and the status bar; never contains the password.
    QString describe() const;
};

} // namespace vd::db
