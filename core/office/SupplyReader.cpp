#include "office/SupplyReader.h"
#include "common/ThreadCleanup.h"

#include "office/SupplyReadWorker.h"

namespace vd::office {

SupplyReader::SupplyReader(SupplySettings settings, QObject *parent)
    : QObject(parent), m_worker(new SupplyReadWorker(std::move(settings)))
{
    m_thread.setObjectName(QStringLiteral("supply-rpc"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SupplyReadWorker::supplyRead, this, &SupplyReader::supplyRead, Qt::QueuedConnection);
    m_thread.start();
}

SupplyReader::~SupplyReader()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 SupplyReader::read(qint64 block)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, block]() { w->read(id, block); }, Qt::QueuedConnection);
    return id;
}

} // namespace vd::office
