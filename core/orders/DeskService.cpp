#include "DeskService.h"
#include "common/ThreadCleanup.h"

#include "DeskWorker.h"

namespace vd::orders {

DeskService::DeskService(DeskSettings settings, QObject *parent)
    : QObject(parent), m_worker(new DeskWorker(std::move(settings)))
{
    qRegisterMetaType<vd::orders::Verdict>();
    qRegisterMetaType<vd::orders::SearchHit>();
    qRegisterMetaType<QList<vd::orders::SearchHit>>();
    qRegisterMetaType<vd::scan::OrderCode>();
    qRegisterMetaType<vd::scan::ScanSource>();
    m_thread.setObjectName(QStringLiteral("desk-db"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DeskWorker::verdictReady, this, &DeskService::verdictReady);
    connect(m_worker, &DeskWorker::deliveryDone, this, &DeskService::deliveryDone);
    connect(m_worker, &DeskWorker::searchDone, this, &DeskService::searchDone);
    connect(m_worker, &DeskWorker::statsReady, this, &DeskService::statsReady);
    connect(m_worker, &DeskWorker::orderChanged, this, &DeskService::orderChanged);
    connect(m_worker, &DeskWorker::onlineChanged, this, [this](bool online, const QString &detail) {
        m_online = online;
        emit onlineChanged(online, detail);
    });
}

DeskService::~DeskService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &DeskWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void DeskService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &DeskWorker::start, Qt::QueuedConnection);
    refreshStats();
}

quint64 DeskService::lookup(const scan::OrderCode &code, scan::ScanSource source)
{
    const quint64 id = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, code, source]() { w->lookup(id, code, source); },
                              Qt::QueuedConnection);
    return id;
}

quint64 DeskService::deliver(const QByteArray &orderHash, const QUuid &key, const QString &note,
                             const QString &chainRecheck)
{
    const quint64 id = m_nextRequest++;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, orderHash, key, note, chainRecheck]() { w->deliver(id, orderHash, key, note, chainRecheck); },
        Qt::QueuedConnection);
    return id;
}

quint64 DeskService::search(const QString &text, int limit)
{
    const quint64 id = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, text, limit]() { w->search(id, text, limit); },
                              Qt::QueuedConnection);
    return id;
}

void DeskService::refreshStats()
{
    QMetaObject::invokeMethod(m_worker, &DeskWorker::stats, Qt::QueuedConnection);
}

} // namespace vd::orders
