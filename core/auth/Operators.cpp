#include "Operators.h"

#include "db/Database.h"
#include "db/Migrator.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>

namespace vd::auth {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("vd::auth", s);
}

// A connection for one call on this thread, closed when the guard goes away.
class Session
{
public:
    explicit Session(const db::DbConfig &config)
        : m_purpose(QStringLiteral("auth-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        m_db = db::connection(config, m_purpose);
    }
    ~Session()
    {
        m_db = Error{};
        db::closeConnection(m_purpose);
    }
    Result<QSqlDatabase> &db() { return m_db; }

private:
    QString m_purpose;
    Result<QSqlDatabase> m_db = Error{};
};

// SCRAM-SHA-256 verifier computed on this workstation: the server never sees the plain password.
Result<QString> scramVerifier(QSqlDatabase &db, const QString &login, const QString &password)
{
    const QVariant handle = db.driver()->handle();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return Result<QString>::fail(QStringLiteral("auth.no_connection"), tr("No database connection."));
    QByteArray pw = password.toUtf8();
    char *verifier = PQencryptPasswordConn(conn, pw.constData(), login.toUtf8().constData(), "scram-sha-256");
    pw.fill('\0');
    if (!verifier)
        return Result<QString>::fail(QStringLiteral("auth.scram"),
                                     tr("The password could not be prepared: %1")
                                         .arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
    const QString v = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return v;
}

Result<void> call(const db::DbConfig &config, const QString &sql, const QVariantList &binds)
{
    Session s(config);
    if (!s.db())
        return s.db().error();
    auto q = db::exec(s.db().value(), sql, binds);
    if (!q)
        return q.error();
    return {};
}
} // namespace

Role roleFromName(const QString &g)
{
    if (g == QLatin1String("vd_reception"))
        return Role::Reception;
    if (g == QLatin1String("vd_backoffice"))
        return Role::BackOffice;
    if (g == QLatin1String("vd_admin"))
        return Role::Admin;
    if (g == QLatin1String("vd_listener"))
        return Role::Listener;
    if (g == QLatin1String("vd_shop"))
        return Role::Shop;
    return Role::None;
}

QString roleName(Role r)
{
    switch (r) {
    case Role::Reception:
        return QStringLiteral("vd_reception");
    case Role::BackOffice:
        return QStringLiteral("vd_backoffice");
    case Role::Admin:
        return QStringLiteral("vd_admin");
    case Role::Listener:
        return QStringLiteral("vd_listener");
    case Role::Shop:
        return QStringLiteral("vd_shop");
    case Role::None:
        break;
    }
    return QStringLiteral("none");
}

QString roleTitle(Role r)
{
    switch (r) {
    case Role::Reception:
        return tr("Reception");
    case Role::BackOffice:
        return tr("Back office");
    case Role::Admin:
        return tr("Administrator");
    case Role::Listener:
        return tr("Chain listener");
    case Role::Shop:
        return tr("Web shop");
    case Role::None:
        break;
    }
    return tr("No role");
}

bool mayUseBackOffice(Role r)
{
    return r == Role::BackOffice || r == Role::Admin;
}

bool mayManageOperators(Role r)
{
    return r == Role::Admin;
}

bool mayAdministerContract(Role r)
{
    return r == Role::Admin;
}

QString passwordProblem(const QString &password)
{
    if (password.size() < 10)
        return tr("The password needs at least 10 characters.");
    if (password.trimmed() != password)
        return tr("The password must not start or end with a space.");
    return {};
}

Result<SignedIn> signIn(const db::DbConfig &config, const QString &workstation)
{
    Session s(config);
    if (!s.db())
        return s.db().error();
    const auto compatible = db::Migrator::checkCompatible(s.db().value());
    if (!compatible)
        return compatible.error();
    auto q = db::exec(s.db().value(), QStringLiteral("SELECT vd.record_sign_in(?)"), {workstation});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<SignedIn>::fail(QStringLiteral("auth.no_role"), tr("The database did not say who you are."));
    SignedIn who;
    who.login = config.user;
    who.role = roleFromName(q.value().value(0).toString());
    if (who.role == Role::None || who.role == Role::Shop || who.role == Role::Listener)
        return Result<SignedIn>::fail(QStringLiteral("auth.no_staff_role"),
                                      tr("The login %1 is not a member of a staff group (reception, back office or "
                                         "administrator). Ask an administrator.")
                                          .arg(config.user));
    return who;
}

Result<void> verifyPassword(db::DbConfig config, const QString &password)
{
    config.password = password;
    config.applicationName = QStringLiteral("voucherdesk-unlock");
    Session s(config);
    if (!s.db())
        return s.db().error();
    return {};
}

Result<QList<Operator>> listOperators(const db::DbConfig &admin)
{
    Session s(admin);
    if (!s.db())
        return s.db().error();
    auto q = db::exec(s.db().value(), QStringLiteral("SELECT login, full_name, group_role, created_at, disabled, "
                                                     "last_sign_in_at, coalesce(last_workstation, '') "
                                                     "FROM vd.list_operators()"));
    if (!q)
        return q.error();
    QList<Operator> list;
    while (q.value().next()) {
        Operator o;
        o.login = q.value().value(0).toString();
        o.fullName = q.value().value(1).toString();
        o.role = roleFromName(q.value().value(2).toString());
        o.createdAt = q.value().value(3).toDateTime();
        o.disabled = q.value().value(4).toBool();
        o.lastSignInAt = q.value().value(5).toDateTime();
        o.lastWorkstation = q.value().value(6).toString();
        list << o;
    }
    return list;
}

namespace {
// Checks the new password, turns it into a SCRAM verifier on this workstation and calls `sql`, whose binds are
// `before`, then the verifier, then `after`.
Result<void> callWithVerifier(const db::DbConfig &admin, const QString &login, const QString &password,
                              const QString &sql, QVariantList before, const QVariantList &after)
{
    if (const QString p = passwordProblem(password); !p.isEmpty())
        return Result<void>::fail(QStringLiteral("auth.weak_password"), p);
    Session s(admin);
    if (!s.db())
        return s.db().error();
    const auto verifier = scramVerifier(s.db().value(), login, password);
    if (!verifier)
        return verifier.error();
    before << verifier.value() << after;
    auto q = db::exec(s.db().value(), sql, before);
    if (!q)
        return q.error();
    return {};
}
} // namespace

Result<void> createOperator(const db::DbConfig &admin, const QString &login, const QString &fullName, Role role,
                            const QString &password, const QString &workstation)
{
    return callWithVerifier(admin, login, password, QStringLiteral("SELECT vd.create_operator(?, ?, ?, ?, ?)"),
                            {login, fullName, roleName(role)}, {workstation});
}

Result<void> resetOperatorPassword(const db::DbConfig &admin, const QString &login, const QString &password,
                                   const QString &workstation)
{
    return callWithVerifier(admin, login, password, QStringLiteral("SELECT vd.reset_operator_password(?, ?, ?)"),
                            {login}, {workstation});
}

Result<void> setOperatorEnabled(const db::DbConfig &admin, const QString &login, bool enabled,
                                const QString &workstation)
{
    return call(admin, QStringLiteral("SELECT vd.set_operator_enabled(?, ?, ?)"), {login, enabled, workstation});
}

} // namespace vd::auth
