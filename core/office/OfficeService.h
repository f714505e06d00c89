#pragma once
// The back office's orders, audit and reconciliation work against the database: search orders in pages, an order's
// timeline, create an order by hand (fresh random order hash through vd.create_order), cancel with a reason, CSV
// import with a per-row report, CSV export of the current view, audit search and export, the books' side of the
// reconciliation and recording a reconciliation entry. Every state change is one database function call (one
// transaction, audited by the function).
// Thread: a thin facade on the GUI thread; every query runs on its own QThread ("office-db") with its own named
// connection ("office"); answers come back as queued signals carrying values and the caller's request id.
#include "db/DbConfig.h"
#include "office/OfficeTypes.h"

#include <QObject>
#include <QThread>

namespace vd::office {

class OfficeWorker;

struct OfficeSettings
{
    db::DbConfig database;
    QString workstation; // recorded in the audit rows of cancellations and reconciliation entries
    int decimals = 18;   // token decimals for amounts typed and shown
    qint64 chainId = 0;  // the configured chain and token: reconciliation figures are taken for these
    QString token;       // 0x address
};

class OfficeService : public QObject
{
    Q_OBJECT
public:
    explicit OfficeService(OfficeSettings settings, QObject *parent = nullptr);
    ~OfficeService() override; // quit() + wait()

    const OfficeSettings &settings() const { return m_settings; }

    quint64 searchOrders(const vd::office::OrderFilter &filter, int offset, int limit);
    quint64 orderDetail(qint64 orderId);
    quint64 createOrder(const vd::office::NewOrder &order);
    quint64 cancelOrder(qint64 orderId, const QString &reason);
    quint64 importOrders(const QString &csvPath);
    quint64 exportOrders(const vd::office::OrderFilter &filter, const QString &csvPath);
    quint64 searchAudit(const vd::office::AuditFilter &filter, int offset, int limit);
    quint64 exportAudit(const vd::office::AuditFilter &filter, const QString &csvPath);
    /// The books' figures and the unmatched on-chain mints (no supply: the caller adds it, see ReconciliationService).
    quint64 reconciliationBooks();
    quint64 recordReconciliation(const QByteArray &txHash, const QString &amountBase, const QString &reason);

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
    /// Any request that failed: a translated sentence for the person (never a secret).
    void failed(quint64 requestId, const QString &code, const QString &message);

private:
    template <typename Fn> quint64 post(Fn &&fn);

    OfficeSettings m_settings;
    QThread m_thread;
    OfficeWorker *m_worker;
    quint64 m_next = 1;
};

} // namespace vd::office

Q_DECLARE_METATYPE(QList<vd::office::OrderRow>)
Q_DECLARE_METATYPE(QList<vd::office::AuditRow>)
