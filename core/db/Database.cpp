#include "Database.h"

#include <QCoreApplication>
#include <QThread>

namespace vd::db {

QString connectionName(const QString &purpose)
{
    return QStringLiteral("%1@%2").arg(purpose).arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
}

Result<QSqlDatabase> connection(const DbConfig &config, const QString &purpose)
{
    const QString name = connectionName(purpose);
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Result<QSqlDatabase>::fail(
            QStringLiteral("db.driver_missing"),
            QCoreApplication::translate("vd::db", "The PostgreSQL driver for Qt (QPSQL) is not installed."));
    if (db.isOpen()) {
        QSqlQuery ping(db);
        if (ping.exec(QStringLiteral("SELECT 1")))
            return db;
        db.close(); // dropped: reconnect below
    }
    db.setHostName(config.host);
    db.setPort(config.port);
    db.setDatabaseName(config.database);
    db.setUserName(config.user);
    db.setPassword(config.password);
    db.setConnectOptions(config.connectOptions());
    if (!db.open())
        return toError(db.lastError());
    QSqlQuery setup(db);
    setup.exec(QStringLiteral("SET search_path = vd, public"));
    return db;
}

void closeConnection(const QString &purpose)
{
    const QString name = connectionName(purpose);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool isConnectionLoss(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    const QString code = error.nativeErrorCode();
    // SQLSTATE class 08 (connection exception), 57P01-03 (admin shutdown, crash shutdown, cannot connect now)
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.databaseText() + error.driverText();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("Connection refused")) ||
           text.contains(QLatin1String("could not connect"));
}

Error toError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    auto tr = [](const char *s) { return QCoreApplication::translate("vd::db", s); };
    if (text.contains(QLatin1String("password authentication failed")) || code == QLatin1String("28P01"))
        return {QStringLiteral("db.auth_failed"), tr("The database refused the user name or password.")};
    if (text.contains(QLatin1String("certificate")) || text.contains(QLatin1String("SSL")))
        return {QStringLiteral("db.tls"),
                tr("The secure connection to the database could not be verified: %1").arg(text.trimmed())};
    if (code == QLatin1String("42501"))
        return {QStringLiteral("db.permission_denied"),
                tr("Your database role is not allowed to do this: %1").arg(text.trimmed())};
    if (code == QLatin1String("23505"))
        return {QStringLiteral("db.duplicate"), tr("This already exists: %1").arg(text.trimmed())};
    if (code.startsWith(QLatin1String("23")) || code == QLatin1String("22023") || code == QLatin1String("P0001"))
        return {QStringLiteral("db.rejected"), tr("The database refused the change: %1").arg(text.trimmed())};
    if (isConnectionLoss(error))
        return {QStringLiteral("db.offline"), tr("The database cannot be reached: %1").arg(text.trimmed())};
    return {QStringLiteral("db.error"), tr("Database error: %1").arg(text.trimmed())};
}

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return toError(q.lastError());
        return q;
    }
    if (!q.prepare(sql))
        return toError(q.lastError());
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return toError(q.lastError());
    return q;
}

QDateTime utc(const QVariant &value)
{
    const QDateTime t = value.toDateTime();
    return t.isValid() ? t.toUTC() : t;
}

} // namespace vd::db
