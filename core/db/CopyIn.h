#pragma once
// Bulk load through COPY ... FROM STDIN on a QPSQL connection's libpq handle (QtSql has no COPY). Runs inside
// whatever transaction the connection is in; on failure the caller rolls back.
#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>

namespace vd::db {

/// Executes `copyStatement` (a `COPY table (columns) FROM STDIN` in text format) and streams `rows` (lines in COPY
/// text format). Returns an invalid QSqlError (type NoError) on success; connection losses are ConnectionError so
/// isConnectionLoss() recognises them.
QSqlError copyIn(QSqlDatabase &db, const QByteArray &copyStatement, const QByteArray &rows);

} // namespace vd::db
