#include "ListenerService.h"

#include "ListenerWorker.h"
#include "common/ThreadCleanup.h"

#include <QThread>

namespace vd::listener {

ListenerService::ListenerService(ListenerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<vd::listener::ListenerHealth>();
}

ListenerService::~ListenerService()
{
    stop();
}

bool ListenerService::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ListenerService::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("vd-listener"));
    releaseThreadCryptoOnFinish(*m_thread); // `listen` exits right after stop()
    m_worker = new ListenerWorker(m_config);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ListenerWorker::healthChanged, this, [this](const ListenerHealth &h) {
        m_health = h;
        emit healthChanged(h);
    });
    connect(m_worker, &ListenerWorker::fatalError, this, &ListenerService::fatalError);
    connect(m_worker, &ListenerWorker::batchCommitted, this, &ListenerService::batchCommitted);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ListenerWorker::start, Qt::QueuedConnection);
}

void ListenerService::stop()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning()) {
        QMetaObject::invokeMethod(m_worker, &ListenerWorker::stop, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
    }
    m_worker = nullptr; // deleted on its own thread as it finished (deleteLater)
    delete m_thread;
    m_thread = nullptr;
}

void ListenerService::replayFrom(qint64 block)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, block] { w->replayFrom(block); }, Qt::QueuedConnection);
}

void ListenerService::switchEndpoint(int index)
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker, index] { w->switchEndpoint(index); }, Qt::QueuedConnection);
}

void ListenerService::pause()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ListenerWorker::pause, Qt::QueuedConnection);
}

void ListenerService::resume()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &ListenerWorker::resume, Qt::QueuedConnection);
}

} // namespace vd::listener
