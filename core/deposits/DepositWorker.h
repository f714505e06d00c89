#pragma once
// DepositService's worker: lives on the deposits thread, owns the "deposits" connection, LISTENs on vd_deposits
// and vd_settings, releases capped deposits when a new UTC day starts. Every method runs on that thread.
#include "deposits/DepositService.h"

#include <QObject>
#include <QSqlDatabase>

class QTimer;

namespace vd::deposits {

class DepositWorker : public QObject
{
    Q_OBJECT
public:
    DepositWorker(DepositServiceSettings settings, std::shared_ptr<std::atomic<quint64>> latestFirstPage);

    void start();
    void stop();
    void loadPage(quint64 requestId, const vd::deposits::PageRequest &request);
    void counts();
    void settings();
    void create(quint64 requestId, const vd::deposits::NewDeposit &deposit);
    void importCsv(quint64 requestId, const QByteArray &file);
    void confirmPayment(quint64 requestId, qint64 depositId, const QString &paymentTxId);
    void cancel(quint64 requestId, qint64 depositId, const QString &reason);
    void requestMint(quint64 requestId, qint64 depositId);
    void setDailyCap(quint64 requestId, const QString &tokens);
    void setMintingPaused(quint64 requestId, bool paused, const QString &reason);
    void setTokenRate(quint64 requestId, const QString &currency, const QString &tokensPerUnit);

signals:
    void pageReady(quint64 requestId, const vd::deposits::Page &page);
    void countsReady(const QHash<QString, qint64> &counts, qint64 total);
    void settingsReady(const vd::deposits::DepositSettings &settings);
    void actionDone(quint64 requestId, const vd::deposits::ActionResult &result);
    void importDone(quint64 requestId, const vd::deposits::ImportReport &report);
    void depositsChanged();
    void onlineChanged(bool online, const QString &detail);

private:
    std::optional<QSqlDatabase> db();
    void setOnline(bool online, const QString &detail);
    void heartbeat();
    void scheduleMidnight();
    void releaseCapped();
    /// Inserts one deposit (and confirms its payment when it carries a payment id) on `db`, inside the caller's
    /// transaction. Returns the new reference.
    Result<QString> insert(QSqlDatabase &db, const NewDeposit &d);
    ActionResult run(const QString &sql, const QVariantList &binds, const QString &success);
    QString tokens(const QString &baseUnits) const;

    DepositServiceSettings m_settings;
    std::shared_ptr<std::atomic<quint64>> m_latestFirstPage;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_midnight = nullptr;
    QTimer *m_changed = nullptr; // coalesces NOTIFY bursts
    bool m_online = false;
    bool m_known = false;
    QString m_lastDetail;
};

} // namespace vd::deposits
