#pragma once
// MintService's database worker: lives on the mint-db thread with its own connection ("mint"), calls the mint
// functions of resources/sql/006_mints.sql (each one transaction with its audit row), loads one deposit's mint state
// and follows NOTIFY vd_deposits / vd_chain so a panel re-shows a deposit another desk or the listener changed.
// Every method runs on the worker's thread; answers are queued signals carrying the request id.
#include "common/Result.h"
#include "db/DbConfig.h"
#include "mint/MintTypes.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>

namespace vd::mint {

class MintWorker : public QObject
{
    Q_OBJECT
public:
    MintWorker(db::DbConfig database, QString workstation);

    void stop();
    void load(quint64 requestId, qint64 depositId);
    void beginDirect(quint64 requestId, qint64 depositId, qint64 chainId, const QByteArray &sender, quint64 nonce);
    void recordSent(quint64 requestId, qint64 mintTx, const QByteArray &hash);
    /// outcome "confirmed" (block, hash of the mined attempt) or "failed" (error).
    void recordResult(quint64 requestId, qint64 mintTx, const QString &outcome, qint64 block, const QString &error,
                      const QByteArray &hash);
    void recordProposal(quint64 requestId, qint64 depositId, qint64 chainId, const QByteArray &safe, quint64 safeNonce,
                        const QByteArray &safeTxHash, const QByteArray &target, const QByteArray &calldata,
                        const QString &summary);
    void recordSafeMint(quint64 requestId, qint64 depositId, const QByteArray &safeTxHash,
                        const QByteArray &executionTx, qint64 block);
    /// Mints the listener saw to the deposit's wallet for exactly its amount whose transaction no mint row claims:
    /// the candidates for a hash lost between send and record.
    void unclaimedChainMints(quint64 requestId, qint64 depositId);

signals:
    void loaded(quint64 requestId, const vd::Result<vd::mint::MintDeposit> &deposit);
    void written(quint64 requestId, const vd::Result<qint64> &id);
    void chainMints(quint64 requestId, const vd::Result<QList<QByteArray>> &txHashes);
    /// NOTIFY vd_deposits (the deposit's id, or 0 when the notice does not say which) or vd_chain (-1: the listener
    /// stored new logs).
    void notified(qint64 depositId);

private:
    vd::Result<QSqlDatabase> open();
    vd::Result<qint64> callFunction(const QString &sql, const QVariantList &binds);

    db::DbConfig m_database;
    QString m_workstation;
    bool m_subscribed = false;
};

/// "mint.paused: minting is paused ..." from the database -> {"mint.paused", translated sentence}.
vd::Error mintError(const vd::Error &dbError);

} // namespace vd::mint
