#include "DashboardService.h"
#include "common/ThreadCleanup.h"

#include "DashboardWorker.h"

namespace vd::dashboard {

DashboardService::DashboardService(db::DbConfig database, QObject *parent)
    : QObject(parent), m_worker(new DashboardWorker(std::move(database)))
{
    qRegisterMetaType<vd::dashboard::DashboardSnapshot>();
    m_thread.setObjectName(QStringLiteral("dashboard-db"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DashboardWorker::snapshotReady, this, &DashboardService::snapshotReady);
}

DashboardService::~DashboardService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &DashboardWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void DashboardService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::start, Qt::QueuedConnection);
}

void DashboardService::refresh()
{
    QMetaObject::invokeMethod(m_worker, &DashboardWorker::read, Qt::QueuedConnection);
}

} // namespace vd::dashboard
