#pragma once
// A fresh database on the harness's Postgres, migrated with the app's own Migrator, plus per-test logins
// in each group role. Dropped (with its logins) when the object goes away.
#include "db/DbConfig.h"

#include <QString>
#include <QStringList>

namespace vd::test {

class TestDatabase
{
public:
    explicit TestDatabase(const QString &prefix, bool migrate = true);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString name() const { return m_name; }

    /// Superuser settings for this database.
    db::DbConfig superConfig() const;
    /// Creates a login in `groupRole` (vd_reception, vd_backoffice, vd_admin, vd_listener, vd_shop) and returns its
    /// settings (with password). The login is dropped with the database.
    db::DbConfig createLogin(const QString &groupRole, const QString &hint = QString());
    /// psql as superuser on this database.
    QString psql(const QString &sql, QString *error = nullptr) const;

private:
    QString m_name;
    QString m_error;
    QStringList m_logins;
};

} // namespace vd::test
