#pragma once
// DashboardService's worker: lives on the dashboard thread, owns the "dashboard" connection and its LISTENs.
#include "dashboard/DashboardSnapshot.h"
#include "db/DbConfig.h"

#include <QObject>

class QTimer;

namespace vd::dashboard {

class DashboardWorker : public QObject
{
    Q_OBJECT
public:
    explicit DashboardWorker(db::DbConfig database);

    void start();
    void stop();
    void read();

signals:
    void snapshotReady(const vd::dashboard::DashboardSnapshot &snapshot);

private:
    bool ensureConnected();

    db::DbConfig m_database;
    QTimer *m_coalesce = nullptr;
    QTimer *m_reconnect = nullptr;
};

} // namespace vd::dashboard
