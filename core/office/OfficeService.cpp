#include "office/OfficeService.h"
#include "common/ThreadCleanup.h"

#include "office/OfficeWorker.h"

namespace vd::office {

OfficeService::OfficeService(OfficeSettings settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_worker(new OfficeWorker(std::move(settings)))
{
    qRegisterMetaType<vd::office::OrderFilter>();
    qRegisterMetaType<vd::office::OrderRow>();
    qRegisterMetaType<QList<vd::office::OrderRow>>();
    qRegisterMetaType<vd::office::OrderDetail>();
    qRegisterMetaType<vd::office::NewOrder>();
    qRegisterMetaType<vd::office::ImportReport>();
    qRegisterMetaType<vd::office::AuditFilter>();
    qRegisterMetaType<vd::office::AuditRow>();
    qRegisterMetaType<QList<vd::office::AuditRow>>();
    qRegisterMetaType<vd::office::ReconciliationReport>();
    m_thread.setObjectName(QStringLiteral("office-db"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OfficeWorker::ordersFound, this, &OfficeService::ordersFound);
    connect(m_worker, &OfficeWorker::orderDetailReady, this, &OfficeService::orderDetailReady);
    connect(m_worker, &OfficeWorker::orderCreated, this, &OfficeService::orderCreated);
    connect(m_worker, &OfficeWorker::orderCancelled, this, &OfficeService::orderCancelled);
    connect(m_worker, &OfficeWorker::importDone, this, &OfficeService::importDone);
    connect(m_worker, &OfficeWorker::exportDone, this, &OfficeService::exportDone);
    connect(m_worker, &OfficeWorker::auditFound, this, &OfficeService::auditFound);
    connect(m_worker, &OfficeWorker::booksReady, this, &OfficeService::booksReady);
    connect(m_worker, &OfficeWorker::reconciliationRecorded, this, &OfficeService::reconciliationRecorded);
    connect(m_worker, &OfficeWorker::failed, this, &OfficeService::failed);
    m_thread.start();
}

OfficeService::~OfficeService()
{
    QMetaObject::invokeMethod(m_worker, &OfficeWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename Fn> quint64 OfficeService::post(Fn &&fn)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, fn = std::forward<Fn>(fn)]() { fn(w, id); }, Qt::QueuedConnection);
    return id;
}

quint64 OfficeService::searchOrders(const OrderFilter &filter, int offset, int limit)
{
    return post([filter, offset, limit](OfficeWorker *w, quint64 id) { w->searchOrders(id, filter, offset, limit); });
}

quint64 OfficeService::orderDetail(qint64 orderId)
{
    return post([orderId](OfficeWorker *w, quint64 id) { w->orderDetail(id, orderId); });
}

quint64 OfficeService::createOrder(const NewOrder &order)
{
    return post([order](OfficeWorker *w, quint64 id) { w->createOrder(id, order); });
}

quint64 OfficeService::cancelOrder(qint64 orderId, const QString &reason)
{
    return post([orderId, reason](OfficeWorker *w, quint64 id) { w->cancelOrder(id, orderId, reason); });
}

quint64 OfficeService::importOrders(const QString &csvPath)
{
    return post([csvPath](OfficeWorker *w, quint64 id) { w->importOrders(id, csvPath); });
}

quint64 OfficeService::exportOrders(const OrderFilter &filter, const QString &csvPath)
{
    return post([filter, csvPath](OfficeWorker *w, quint64 id) { w->exportOrders(id, filter, csvPath); });
}

quint64 OfficeService::searchAudit(const AuditFilter &filter, int offset, int limit)
{
    return post([filter, offset, limit](OfficeWorker *w, quint64 id) { w->searchAudit(id, filter, offset, limit); });
}

quint64 OfficeService::exportAudit(const AuditFilter &filter, const QString &csvPath)
{
    return post([filter, csvPath](OfficeWorker *w, quint64 id) { w->exportAudit(id, filter, csvPath); });
}

quint64 OfficeService::reconciliationBooks()
{
    return post([](OfficeWorker *w, quint64 id) { w->reconciliationBooks(id); });
}

quint64 OfficeService::recordReconciliation(const QByteArray &txHash, const QString &amountBase, const QString &reason)
{
    return post([txHash, amountBase, reason](OfficeWorker *w, quint64 id) {
        w->recordReconciliation(id, txHash, amountBase, reason);
    });
}

} // namespace vd::office
