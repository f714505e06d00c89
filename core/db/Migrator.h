#pragma once
// Applies the SQL migrations embedded as resources (:/sql/NNN_name.sql), oldest first, each in its own
// transaction, serialized across processes by an advisory lock and recorded in public.schema_migrations.
// Applying twice is a no-op; a database newer than this app is refused. Runs on a worker thread or the CLI.
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace vd::db {

struct Migration
{
    int version = 0;
    QString name;
    QString resource;
    QByteArray sql;
    QString checksum; // sha256 of the file, hex
};

struct MigrationReport
{
    int before = 0;       // schema version found
    int after = 0;        // schema version now
    QStringList applied;  // "002_name"
};

class Migrator
{
public:
    static QList<Migration> embedded();
    static int latestVersion();

    /// The schema version of `db` (0 when never migrated), or an error.
    static Result<int> currentVersion(QSqlDatabase &db);
    static Result<MigrationReport> migrate(QSqlDatabase &db);
    /// Ok when the database's schema is exactly what this app knows; a clear error otherwise.
    static Result<void> checkCompatible(QSqlDatabase &db);

private:
    static Result<bool> applyOne(QSqlDatabase &db, const Migration &m);
};

} // namespace vd::db
