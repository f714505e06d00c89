#pragma once
// The back office's deposits: paged loading for the table (sort, filter, keyset pages), counts per status, the
// day's cap and the minting switch, and every state change (create, CSV import, confirm payment, cancel, request
// mint, admin settings), each one database transaction in a SECURITY DEFINER function of migration 004.
// A thin facade on the GUI thread; all work runs on its own thread with its own connection ("deposits");
// answers come back as queued signals carrying values and the request id. Page loads that a newer load
// superseded before they started are skipped, and their answers never arrive.
#include "db/DbConfig.h"
#include "deposits/DepositTypes.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace vd::deposits {

class DepositWorker;

struct DepositServiceSettings
{
    db::DbConfig database;
    QString workstation;
    int decimals = 18; // token decimals (amounts typed in tokens)
};

class DepositService : public QObject
{
    Q_OBJECT
public:
    explicit DepositService(DepositServiceSettings settings, QObject *parent = nullptr);
    ~DepositService() override; // quit() + wait()

    void start();
    int decimals() const { return m_decimals; }

    /// A page of rows. A first page (request.after empty) supersedes every earlier page load. Answer: pageReady.
    quint64 loadPage(const PageRequest &request);
    /// Answer: countsReady.
    void refreshCounts();
    /// Rates, Safe threshold, today's cap, minting switch. Answer: settingsReady.
    void refreshSettings();

    quint64 create(const NewDeposit &deposit);
    quint64 importCsv(const QByteArray &file);
    quint64 confirmPayment(qint64 depositId, const QString &paymentTxId);
    quint64 cancel(qint64 depositId, const QString &reason);
    quint64 requestMint(qint64 depositId);
    // Admin only (the database refuses others): each audited.
    quint64 setDailyCap(const QString &tokens);
    quint64 setMintingPaused(bool paused, const QString &reason);
    quint64 setTokenRate(const QString &currency, const QString &tokensPerUnit);

signals:
    void pageReady(quint64 requestId, const vd::deposits::Page &page);
    void countsReady(const QHash<QString, qint64> &counts, qint64 total);
    void settingsReady(const vd::deposits::DepositSettings &settings);
    void actionDone(quint64 requestId, const vd::deposits::ActionResult &result);
    void importDone(quint64 requestId, const vd::deposits::ImportReport &report);
    /// Deposits changed somewhere (this or another workstation): reload what is on screen.
    void depositsChanged();
    void onlineChanged(bool online, const QString &detail);

private:
    quint64 next() { return m_nextRequest++; }

    QThread m_thread;
    DepositWorker *m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latestFirstPage;
    quint64 m_nextRequest = 1;
    int m_decimals;
};

} // namespace vd::deposits
