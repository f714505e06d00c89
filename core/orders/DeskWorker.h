#pragma once
// DeskService's worker: lives on the desk thread, owns the "desk" connection, LISTENs on vd_orders, probes the
// connection every heartbeat and reconnects by itself. Every method runs on the desk thread.
#include "orders/DeskService.h"

#include <QObject>
#include <QSqlDatabase>

class QTimer;

namespace vd::orders {

class DeskWorker : public QObject
{
    Q_OBJECT
public:
    explicit DeskWorker(DeskSettings settings);

    void start();
    void stop();
    void lookup(quint64 requestId, const vd::scan::OrderCode &code, vd::scan::ScanSource source);
    void deliver(quint64 requestId, const QByteArray &orderHash, const QUuid &key, const QString &note,
                 const QString &chainRecheck);
    void search(quint64 requestId, const QString &text, int limit);
    void stats();

signals:
    void verdictReady(quint64 requestId, const vd::orders::Verdict &verdict);
    void deliveryDone(quint64 requestId, const vd::orders::Verdict &verdict);
    void searchDone(quint64 requestId, const QList<vd::orders::SearchHit> &hits);
    void statsReady(int deliveredTodayByThisDesk, int deliveredToday);
    void orderChanged(const QByteArray &orderHash, const QString &status);
    void onlineChanged(bool online, const QString &detail);

private:
    bool ensureConnected();
    void setOnline(bool online, const QString &detail);
    void heartbeat();
    Verdict offline() const;
    Verdict fromRow(const QVariantList &row) const;
    QString formatAmount(const QVariant &baseUnits) const;

    DeskSettings m_settings;
    QTimer *m_heartbeat = nullptr;
    bool m_online = false;
    bool m_known = false;
    QString m_lastDetail;
};

} // namespace vd::orders
