#pragma once
// Feeds the dashboard: one snapshot at start, then a new one whenever Postgres says something changed
// (NOTIFY vd_orders, vd_chain, vd_deposits, vd_settings; bursts coalesced), never by polling the database.
// Facade on the GUI thread; the reading runs on its own thread with its own connection ("dashboard").
#include "dashboard/DashboardSnapshot.h"
#include "db/DbConfig.h"

#include <QObject>
#include <QThread>

namespace vd::dashboard {

class DashboardWorker;

class DashboardService : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(db::DbConfig database, QObject *parent = nullptr);
    ~DashboardService() override; // quit() + wait()

    void start();
    void refresh();

signals:
    void snapshotReady(const vd::dashboard::DashboardSnapshot &snapshot);

private:
    QThread m_thread;
    DashboardWorker *m_worker;
};

} // namespace vd::dashboard
