#include "CopyIn.h"

#include <QSqlDriver>
#include <QVariant>
#include <algorithm>
#include <libpq-fe.h>

namespace vd::db {

namespace {

QSqlError failure(PGconn *conn, PGresult *res)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const QString text = QString::fromUtf8(res ? PQresultErrorMessage(res) : PQerrorMessage(conn)).trimmed();
    const bool lost = PQstatus(conn) != CONNECTION_OK;
    return QSqlError(QStringLiteral("COPY"), text.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn)).trimmed() : text,
                     lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                     QString::fromLatin1(state ? state : ""));
}

} // namespace

QSqlError copyIn(QSqlDatabase &db, const QByteArray &copyStatement, const QByteArray &rows)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // The QPSQL driver's handle is a PGconn* (its type name is the struct's, "pg_conn*"); only QPSQL is used here.
    PGconn *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return QSqlError(QStringLiteral("no connection to the server"), {}, QSqlError::ConnectionError);
    PGresult *res = PQexec(conn, copyStatement.constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        const QSqlError e = failure(conn, res);
        PQclear(res);
        // A COPY that did not start leaves nothing pending, except when it unexpectedly returned rows.
        while (PGresult *r = PQgetResult(conn))
            PQclear(r);
        return e;
    }
    PQclear(res);
    // In chunks: one PQputCopyData call per megabyte keeps libpq's output buffer small.
    constexpr qsizetype kChunk = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; at < rows.size() && sent; at += kChunk)
        sent = PQputCopyData(conn, rows.constData() + at, static_cast<int>(std::min(kChunk, rows.size() - at))) == 1;
    const bool ended = PQputCopyEnd(conn, sent ? nullptr : "client failed to send the rows") == 1;
    QSqlError out;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && !out.isValid())
            out = failure(conn, r);
        PQclear(r);
    }
    if (!out.isValid() && (!sent || !ended))
        out = failure(conn, nullptr);
    return out;
}

} // namespace vd::db
