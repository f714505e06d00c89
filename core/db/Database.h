#pragma once
// Opening and naming connections. Qt's QSqlDatabase connections belong to the thread that opened them,
// so every thread opens its own, named "<purpose>@<thread>"; nothing here may run on the GUI thread.
#include "DbConfig.h"
#include "common/Result.h"

#include <QDateTime>

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace vd::db {

/// Opens (or reuses, reconnecting if it dropped) this thread's connection for `purpose`.
Result<QSqlDatabase> connection(const DbConfig &config, const QString &purpose);
/// Closes and removes this thread's connection for `purpose` (call before the thread ends).
void closeConnection(const QString &purpose);
/// The connection name used for `purpose` on the calling thread.
QString connectionName(const QString &purpose);

/// Turns a driver error into a stable code and a message a person can act on (no secrets).
Error toError(const QSqlError &error);
/// Runs `sql` with positional bind values; the error is translated by toError().
Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
/// True when the error means the server or network went away (so: offline, retry later).
bool isConnectionLoss(const QSqlError &error);

/// A timestamptz column's value in UTC (QPSQL hands it over in local time); NULL gives an invalid QDateTime.
QDateTime utc(const QVariant &value);

/// Runs `fn` inside BEGIN/COMMIT; rolls back when it returns a failure. All-or-nothing.
template <typename T, typename Fn>
Result<T> transaction(QSqlDatabase &db, Fn &&fn)
{
    if (!db.transaction())
        return toError(db.lastError());
    Result<T> r = fn();
    if (!r.ok()) {
        db.rollback();
        return r;
    }
    if (!db.commit()) {
        const Error e = toError(db.lastError());
        db.rollback();
        return e;
    }
    return r;
}

} // namespace vd::db
