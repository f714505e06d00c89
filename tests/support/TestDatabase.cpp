#include "TestDatabase.h"

#include "Harness.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QRandomGenerator>
#include <QUuid>

namespace vd::test {

TestDatabase::TestDatabase(const QString &prefix, bool migrate)
{
    const Harness &h = Harness::instance();
    if (!h.ok()) {
        m_error = h.error();
        return;
    }
    m_name = h.createDatabase(prefix);
    if (!migrate)
        return;
    const QString purpose = QStringLiteral("testdb-migrate-") + m_name;
    {
        auto db = db::connection(superConfig(), purpose);
        if (!db) {
            m_error = db.error().message;
        } else {
            const auto r = db::Migrator::migrate(db.value());
            if (!r)
                m_error = r.error().message;
        }
    }
    db::closeConnection(purpose);
}

TestDatabase::~TestDatabase()
{
    if (m_name.isEmpty())
        return;
    const Harness &h = Harness::instance();
    h.psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    for (const QString &login : m_logins)
        h.psql(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}

db::DbConfig TestDatabase::superConfig() const
{
    const Harness &h = Harness::instance();
    db::DbConfig c;
    c.host = h.pgHost();
    c.port = h.pgPort();
    c.database = m_name;
    c.user = h.pgSuperUser();
    c.password = h.pgSuperPassword();
    c.sslMode = QStringLiteral("disable");
    c.applicationName = QStringLiteral("voucherdesk-test");
    return c;
}

db::DbConfig TestDatabase::createLogin(const QString &groupRole, const QString &hint)
{
    const QString login = QStringLiteral("t_%1_%2").arg(hint.isEmpty() ? groupRole.mid(3) : hint,
                                                       QUuid::createUuid().toString(QUuid::Id128).left(10));
    const QString password = QUuid::createUuid().toString(QUuid::Id128);
    QString err;
    Harness::instance().psql(m_name,
                             QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3; "
                                            "GRANT CONNECT ON DATABASE %4 TO %1")
                                 .arg(login, password, groupRole, m_name),
                             &err);
    if (!err.isEmpty())
        m_error = err;
    m_logins << login;
    db::DbConfig c = superConfig();
    c.user = login;
    c.password = password;
    return c;
}

QString TestDatabase::psql(const QString &sql, QString *error) const
{
    return Harness::instance().psql(m_name, sql, error);
}

} // namespace vd::test
