#pragma once
// The reception desk's database work: look up a scanned order, deliver it exactly once, search by hash prefix,
// customer name or phone, follow NOTIFY vd_orders so a PENDING order turns VALID on screen by itself, and detect a
// lost database within two seconds. Lives on the GUI thread as a thin facade; every query runs on its own worker
// thread with its own named connection ("desk"); results come back as queued signals carrying values.
#include "db/DbConfig.h"
#include "orders/Verdict.h"
#include "scan/OrderCode.h"

#include <QObject>
#include <QThread>
#include <QUuid>

namespace vd::orders {

class DeskWorker;

struct SearchHit
{
    QByteArray orderHash;
    QString status;
    QString item;
    QString customerName;
    QString customerPhone;
    QDateTime createdAt;
};

struct DeskSettings
{
    db::DbConfig database;
    QString deskName;
    int requiredConfirmations = 0;
    int decimals = 18;           // token decimals for amount formatting
    int heartbeatMs = 1000;      // database liveness probe; offline is reported within ~2 heartbeats
};

class DeskService : public QObject
{
    Q_OBJECT
public:
    explicit DeskService(DeskSettings settings, QObject *parent = nullptr);
    ~DeskService() override; // quit() + wait()

    void start();
    /// Looks the code up (and records the scan). Answer: verdictReady(requestId, verdict).
    quint64 lookup(const vd::scan::OrderCode &code, vd::scan::ScanSource source);
    /// Delivers: the conditional VALID -> DELIVERED in the database function, with the scan's idempotency key.
    /// chainRecheck is "confirmed" or "not_rechecked" (what the on-chain re-check said). Answer: deliveryDone.
    quint64 deliver(const QByteArray &orderHash, const QUuid &idempotencyKey, const QString &note,
                    const QString &chainRecheck);
    /// Hash prefix (hex, with or without 0x), customer name or phone. Answer: searchDone(requestId, hits).
    quint64 search(const QString &text, int limit = 20);
    /// Deliveries by this desk today (UTC day). Answer: statsReady.
    void refreshStats();

    bool isOnline() const { return m_online; }

signals:
    void verdictReady(quint64 requestId, const vd::orders::Verdict &verdict);
    void deliveryDone(quint64 requestId, const vd::orders::Verdict &verdict);
    void searchDone(quint64 requestId, const QList<vd::orders::SearchHit> &hits);
    void statsReady(int deliveredTodayByThisDesk, int deliveredToday);
    /// An order changed somewhere (another desk, the listener): re-show it if it is on screen.
    void orderChanged(const QByteArray &orderHash, const QString &status);
    void onlineChanged(bool online, const QString &detail);

private:
    QThread m_thread;
    DeskWorker *m_worker;
    quint64 m_nextRequest = 1;
    bool m_online = false;
};

} // namespace vd::orders

Q_DECLARE_METATYPE(vd::orders::SearchHit)
