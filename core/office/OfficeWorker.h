#pragma once
// OfficeService's worker: lives on the "office-db" thread and owns the "office" connection. Every method runs on that
// thread, answers with one signal carrying the request id, and never leaves a half-written change behind (each
// change is one call of an audited database function).
#include "office/OfficeService.h"

#include <QObject>
#include <QSqlDatabase>
#include <optional>

namespace vd::office {

class OfficeWorker : public QObject
{
    Q_OBJECT
public:
    explicit OfficeWorker(OfficeSettings settings);

    void stop();
    void searchOrders(quint64 id, const OrderFilter &filter, int offset, int limit);
    void orderDetail(quint64 id, qint64 orderId);
    void createOrder(quint64 id, const NewOrder &order);
    void cancelOrder(quint64 id, qint64 orderId, const QString &reason);
    void importOrders(quint64 id, const QString &csvPath);
    void exportOrders(quint64 id, const OrderFilter &filter, const QString &csvPath);
    void searchAudit(quint64 id, const AuditFilter &filter, int offset, int limit);
    void exportAudit(quint64 id, const AuditFilter &filter, const QString &csvPath);
    void reconciliationBooks(quint64 id);
    void recordReconciliation(quint64 id, const QByteArray &txHash, const QString &amountBase, const QString &reason);

signals:
    void ordersFound(quint64 requestId, const QList<vd::office::OrderRow> &rows, int offset, int total);
    void orderDetailReady(quint64 requestId, const vd::office::OrderDetail &detail);
    void orderCreated(quint64 requestId, const vd::office::OrderRow &order);
    void orderCancelled(quint64 requestId, qint64 orderId, const QString &previousStatus);
    void importDone(quint64 requestId, const vd::office::ImportReport &report);
    void exportDone(quint64 requestId, qint64 rows, const QString &path);
    void auditFound(quint64 requestId, const QList<vd::office::AuditRow> &rows, int offset, int total);
    void booksReady(quint64 requestId, const vd::office::ReconciliationReport &books);
    void reconciliationRecorded(quint64 requestId, qint64 entryId);
    void failed(quint64 requestId, const QString &code, const QString &message);

private:
    std::optional<QSqlDatabase> open(quint64 id);
    bool orderWhere(quint64 id, const OrderFilter &filter, QString *sql, QVariantList *binds);
    void auditWhere(const AuditFilter &filter, QString *sql, QVariantList *binds) const;
    OrderRow orderFromQuery(const class QSqlQuery &q) const;
    QString tokens(const QVariant &baseUnits) const;

    OfficeSettings m_settings;
};

} // namespace vd::office
