#include "Migrator.h"

#include "Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

#include <libpq-fe.h>

namespace vd::db {

namespace {
// Arbitrary, fixed: every VoucherDesk migrating this database takes the same lock.
constexpr qint64 kMigrationLock = 0x5644'4D49'4752'4154; // "VDMIGRAT"

QString tr(const char *s)
{
    return QCoreApplication::translate("vd::db::Migrator", s);
}

// Runs a multi-statement script on the connection's libpq handle: PQexec stops at the first failing statement
// and returns its error (the QPSQL driver reports only the first result of a script, hiding later errors).
Result<void> execScript(QSqlDatabase &db, const QByteArray &sql)
{
    const QVariant handle = db.driver()->handle();
    auto *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn)
        return Result<void>::fail(QStringLiteral("db.offline"),
                                  QCoreApplication::translate("vd::db::Migrator", "No database connection."));
    PGresult *res = PQexec(conn, sql.constData());
    const ExecStatusType status = PQresultStatus(res);
    Result<void> out;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        out = Result<void>::fail(QStringLiteral("db.migration_failed"),
                                 QStringLiteral("%1 [%2]").arg(QString::fromUtf8(PQresultErrorMessage(res)).trimmed(),
                                                               QString::fromLatin1(state ? state : "")));
    }
    PQclear(res);
    return out;
}
} // namespace

QList<Migration> Migrator::embedded()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration mig;
        mig.version = m.captured(1).toInt();
        mig.name = m.captured(2);
        mig.resource = f.fileName();
        mig.sql = f.readAll();
        mig.checksum = QString::fromLatin1(QCryptographicHash::hash(mig.sql, QCryptographicHash::Sha256).toHex());
        list.append(mig);
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

int Migrator::latestVersion()
{
    const auto list = embedded();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrator::currentVersion(QSqlDatabase &db)
{
    auto exists = exec(db, QStringLiteral("SELECT to_regclass('public.schema_migrations') IS NOT NULL"));
    if (!exists)
        return exists.error();
    exists.value().next();
    if (!exists.value().value(0).toBool())
        return 0;
    auto q = exec(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM public.schema_migrations"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<void> Migrator::checkCompatible(QSqlDatabase &db)
{
    const auto v = currentVersion(db);
    if (!v)
        return v.error();
    const int known = latestVersion();
    if (v.value() > known)
        return Result<void>::fail(QStringLiteral("db.schema_newer"),
                                  tr("The database has schema version %1 but this VoucherDesk only knows up to %2. "
                                     "Install the newer VoucherDesk before using this database.")
                                      .arg(v.value())
                                      .arg(known));
    if (v.value() < known)
        return Result<void>::fail(QStringLiteral("db.schema_older"),
                                  tr("The database has schema version %1; this VoucherDesk needs %2. "
                                     "Run `voucherdesk migrate` (as the database owner).")
                                      .arg(v.value())
                                      .arg(known));
    return {};
}

Result<MigrationReport> Migrator::migrate(QSqlDatabase &db)
{
    auto lock = exec(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock));
    if (!lock)
        return lock.error();
    struct Unlock
    {
        QSqlDatabase &db;
        ~Unlock() { QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock)); }
    } unlock{db};

    auto created = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS public.schema_migrations ("
                                           " version integer PRIMARY KEY, name text NOT NULL,"
                                           " checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now(),"
                                           " applied_by text NOT NULL DEFAULT session_user)"));
    if (!created)
        return created.error();

    MigrationReport report;
    const auto current = currentVersion(db);
    if (!current)
        return current.error();
    report.before = report.after = current.value();
    const QList<Migration> all = embedded();
    if (report.before > latestVersion())
        return Result<MigrationReport>::fail(
            QStringLiteral("db.schema_newer"),
            tr("The database has schema version %1 but this VoucherDesk only knows up to %2; nothing was changed.")
                .arg(report.before)
                .arg(latestVersion()));

    // Applied files must not have changed since: a changed migration means two different schemas.
    auto applied = exec(db, QStringLiteral("SELECT version, checksum FROM public.schema_migrations"));
    if (!applied)
        return applied.error();
    while (applied.value().next()) {
        const int v = applied.value().value(0).toInt();
        const QString sum = applied.value().value(1).toString();
        for (const Migration &m : all)
            if (m.version == v && m.checksum != sum)
                return Result<MigrationReport>::fail(
                    QStringLiteral("db.migration_changed"),
                    tr("Migration %1 was applied from a different file than this VoucherDesk carries.").arg(v));
    }

    // Roles live in the cluster, not the database: two databases of one cluster migrating at the same moment can
    // collide on the same role rows ("tuple concurrently updated"), and the advisory lock (per database) cannot
    // prevent it. Such a transaction is rolled back whole, so trying it again is safe.
    const auto transient = [](const Error &e) {
        return e.message.contains(QLatin1String("concurrently updated")) || e.message.contains(QLatin1String("[40001]")) ||
               e.message.contains(QLatin1String("[40P01]")) || e.message.contains(QLatin1String("[23505]")) ||
               e.message.contains(QLatin1String("deadlock detected")) ||
               e.message.contains(QLatin1String("could not serialize"));
    };
    for (const Migration &m : all) {
        if (m.version <= report.after)
            continue;
        Result<bool> r = Error{};
        // Jittered, so migrations that collided once do not collide again in lockstep.
        for (int attempt = 1; attempt <= 10; ++attempt) {
            r = applyOne(db, m);
            if (r.ok() || !transient(r.error()))
                break;
            QThread::msleep(static_cast<unsigned long>(50 * attempt + QRandomGenerator::global()->bounded(100)));
        }
        if (!r)
            return r.error();
        report.after = m.version;
        report.applied << QStringLiteral("%1_%2").arg(m.version, 3, 10, QLatin1Char('0')).arg(m.name);
    }
    return report;
}

Result<bool> Migrator::applyOne(QSqlDatabase &db, const Migration &m)
{
    {
        return transaction<bool>(db, [&]() -> Result<bool> {
            const Result<void> body = execScript(db, m.sql);
            if (!body)
                return Error{body.error().code,
                             tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, body.error().message)};
            // A migration body may SET LOCAL ROLE vd_owner; the record is written as the migrating login.
            auto reset = exec(db, QStringLiteral("RESET ROLE"));
            if (!reset)
                return reset.error();
            auto rec = exec(db, QStringLiteral("INSERT INTO public.schema_migrations (version, name, checksum) "
                                               "VALUES (?, ?, ?)"),
                            {m.version, m.name, m.checksum});
            if (!rec)
                return rec.error();
            return true;
        });
    }
}

} // namespace vd::db
