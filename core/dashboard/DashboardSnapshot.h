#pragma once
// What the back office's dashboard shows, read in one go: orders today and in total per status, deliveries today,
// deposits per status, listener health, on-chain mints the books do not explain, open incidents, and
// deliveries and mints per UTC hour today. A value, any thread.
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

namespace vd::dashboard {

struct ListenerRow
{
    qint64 chainId = 0;
    bool healthy = false;
    QString state;
    QString leader;
    qint64 lagBlocks = -1;
    QString lastError;
    QDateTime heartbeatAt;
};

struct IncidentRow
{
    QDateTime at;
    QString kind;
    QString details;
};

struct DashboardSnapshot
{
    QDate day; // UTC
    QHash<QString, qint64> ordersToday;  // created today, by current status
    QHash<QString, qint64> ordersTotal;
    qint64 deliveredToday = 0;
    QHash<QString, qint64> deposits;
    QList<ListenerRow> listeners;
    qint64 unmatchedMints = 0;             // on-chain mints the books do not explain (vd.unmatched_mints)
    QString unmatchedAmountBase = QStringLiteral("0"); // their total, token base units
    QList<IncidentRow> incidents;          // open ones, newest first
    std::array<int, 24> deliveriesPerHour{};
    std::array<int, 24> mintsPerHour{};
    QString error;                         // why the snapshot is empty, if it is
};

} // namespace vd::dashboard

Q_DECLARE_METATYPE(vd::dashboard::DashboardSnapshot)
