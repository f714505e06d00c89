#include "DashboardWorker.h"

#include "db/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QTimer>

namespace vd::dashboard {

namespace {
const QString kPurpose = QStringLiteral("dashboard");
const QStringList kChannels = {QStringLiteral("vd_orders"), QStringLiteral("vd_chain"), QStringLiteral("vd_deposits"),
                               QStringLiteral("vd_settings")};
} // namespace

DashboardWorker::DashboardWorker(db::DbConfig database) : m_database(std::move(database))
{
    m_database.applicationName = QStringLiteral("voucherdesk-dashboard");
}

void DashboardWorker::start()
{
    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(500); // a burst of notifications (a listener batch) is one re-read
    connect(m_coalesce, &QTimer::timeout, this, &DashboardWorker::read);
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(10000);
    connect(m_reconnect, &QTimer::timeout, this, [this]() {
        if (ensureConnected() == false)
            return;
    });
    m_reconnect->start();
    read();
}

void DashboardWorker::stop()
{
    if (m_reconnect)
        m_reconnect->stop();
    db::closeConnection(kPurpose);
}

bool DashboardWorker::ensureConnected()
{
    const QString name = db::connectionName(kPurpose);
    const bool wasOpen = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
    auto conn = db::connection(m_database, kPurpose);
    if (!conn)
        return false;
    QSqlDriver *driver = conn.value().driver();
    if (!wasOpen || driver->subscribedToNotifications().size() < kChannels.size()) {
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        for (const QString &c : kChannels)
            driver->subscribeToNotification(c);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource, const QVariant &) { m_coalesce->start(); });
        if (wasOpen)
            m_coalesce->start(); // reconnected: what changed meanwhile was not notified
    }
    return true;
}

void DashboardWorker::read()
{
    DashboardSnapshot s;
    if (!ensureConnected()) {
        s.error = QCoreApplication::translate("vd::dashboard::DashboardWorker", "The database cannot be reached.");
        emit snapshotReady(s);
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(db::connectionName(kPurpose), false);
    const QString today = QStringLiteral("(date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')");
    auto q = db::exec(db, QStringLiteral("SELECT (now() AT TIME ZONE 'UTC')::date"));
    if (q && q.value().next())
        s.day = q.value().value(0).toDate();
    q = db::exec(db, QStringLiteral("SELECT status, count(*) FILTER (WHERE created_at >= %1), count(*) FROM vd.orders "
                                    "GROUP BY status")
                         .arg(today));
    if (!q) {
        s.error = q.error().message;
        emit snapshotReady(s);
        return;
    }
    while (q.value().next()) {
        s.ordersToday.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        s.ordersTotal.insert(q.value().value(0).toString(), q.value().value(2).toLongLong());
    }
    q = db::exec(db, QStringLiteral("SELECT extract(hour FROM delivered_at AT TIME ZONE 'UTC')::int, count(*) FROM "
                                    "vd.deliveries WHERE delivered_at >= %1 GROUP BY 1")
                         .arg(today));
    while (q && q.value().next()) {
        const int h = q.value().value(0).toInt();
        if (h >= 0 && h < 24) {
            s.deliveriesPerHour[size_t(h)] = q.value().value(1).toInt();
            s.deliveredToday += q.value().value(1).toInt();
        }
    }
    q = db::exec(db, QStringLiteral("SELECT extract(hour FROM minted_at AT TIME ZONE 'UTC')::int, count(*) FROM "
                                    "vd.deposits WHERE status = 'minted' AND minted_at >= %1 GROUP BY 1")
                         .arg(today));
    while (q && q.value().next()) {
        const int h = q.value().value(0).toInt();
        if (h >= 0 && h < 24)
            s.mintsPerHour[size_t(h)] = q.value().value(1).toInt();
    }
    q = db::exec(db, QStringLiteral("SELECT status, count(*) FROM vd.deposits GROUP BY status"));
    while (q && q.value().next())
        s.deposits.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    q = db::exec(db, QStringLiteral("SELECT chain_id, healthy, state, leader, coalesce(lag_blocks, -1), "
                                    "coalesce(last_error, ''), heartbeat_at FROM vd.listener_health ORDER BY chain_id"));
    while (q && q.value().next()) {
        ListenerRow l;
        l.chainId = q.value().value(0).toLongLong();
        l.healthy = q.value().value(1).toBool();
        l.state = q.value().value(2).toString();
        l.leader = q.value().value(3).toString();
        l.lagBlocks = q.value().value(4).toLongLong();
        l.lastError = q.value().value(5).toString();
        l.heartbeatAt = q.value().value(6).toDateTime().toUTC();
        s.listeners << l;
    }
    q = db::exec(db, QStringLiteral("SELECT count(DISTINCT tx_hash), coalesce(sum(amount), 0)::text FROM "
                                    "vd.unmatched_mints"));
    if (q && q.value().next()) {
        s.unmatchedMints = q.value().value(0).toLongLong();
        s.unmatchedAmountBase = q.value().value(1).toString();
    }
    q = db::exec(db, QStringLiteral("SELECT at, kind, details::text FROM vd.incidents WHERE resolved_at IS NULL "
                                    "ORDER BY at DESC LIMIT 8"));
    while (q && q.value().next())
        s.incidents << IncidentRow{q.value().value(0).toDateTime().toUTC(), q.value().value(1).toString(),
                                   q.value().value(2).toString()};
    emit snapshotReady(s);
}

} // namespace vd::dashboard
