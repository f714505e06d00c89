#pragma once
// Access for tests to the real services started by tests/harness/services.sh (CTest fixture "services").
// A missing service is a failure, never a skip: every accessor QFAILs through `ok()` when the env is absent.
#include <QString>
#include <QStringList>
#include <QVariant>

namespace vd::test {

class Harness
{
public:
    static const Harness &instance();

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QString value(const QString &key) const; // e.g. "chain/token"

    // Postgres
    QString pgHost() const { return value(QStringLiteral("postgres/host")); }
    int pgPort() const { return value(QStringLiteral("postgres/port")).toInt(); }
    QString pgSuperUser() const { return value(QStringLiteral("postgres/superuser")); }
    QString pgSuperPassword() const { return value(QStringLiteral("postgres/superpassword")); }
    QString pgCaCert() const { return value(QStringLiteral("postgres/ca_cert")); }

    // Chain
    QString rpcUrl() const { return value(QStringLiteral("chain/rpc_url")); }
    qint64 chainId() const { return value(QStringLiteral("chain/chain_id")).toLongLong(); }
    QString token() const { return value(QStringLiteral("chain/token")); }
    QString safe() const { return value(QStringLiteral("chain/safe")); }
    QString adminKey() const { return value(QStringLiteral("chain/admin_key")); }
    QString admin() const { return value(QStringLiteral("chain/admin")); }
    QString minterKey() const { return value(QStringLiteral("chain/minter_key")); }
    QString minter() const { return value(QStringLiteral("chain/minter")); }
    QStringList safeOwnerKeys() const { return value(QStringLiteral("chain/safe_owner_keys")).split(u','); }
    QStringList customerKeys() const { return value(QStringLiteral("chain/customer_keys")).split(u','); }
    /// keccak of the token's runtime code, 0x.. (what an operator pins in the settings)
    QString tokenCodeHash() const { return value(QStringLiteral("chain/token_code_hash")); }
    qint64 deployBlock() const { return value(QStringLiteral("chain/deploy_block")).toLongLong(); }

    // Tools and state
    QString cast() const { return value(QStringLiteral("tools/cast")); }
    QString stateDir() const { return value(QStringLiteral("tools/state_dir")); }
    QString dbusAddress() const { return value(QStringLiteral("dbus/address")); }

    /// Creates a fresh, empty database owned by the superuser and returns its name.
    /// Names are unique per call so parallel tests never share a database.
    QString createDatabase(const QString &prefix) const;
    /// Runs `cast ARGS` and returns trimmed stdout; on failure returns an empty string and fills *error.
    QString runCast(const QStringList &args, QString *error = nullptr) const;
    /// Runs SQL through psql as the superuser on `database`; returns stdout (tuples only, unaligned).
    QString psql(const QString &database, const QString &sql, QString *error = nullptr,
                 const QString &user = QString(), const QString &password = QString()) const;

private:
    Harness();
    bool m_ok = false;
    QString m_error;
    QVariantMap m_values;
};

} // namespace vd::test

// Use at the start of every integration test: fails (never skips) when the services are not there.
#define VD_REQUIRE_HARNESS()                                                                                           \
    do {                                                                                                               \
        if (!vd::test::Harness::instance().ok())                                                                       \
            QFAIL(qPrintable(vd::test::Harness::instance().error()));                                                  \
    } while (false)
