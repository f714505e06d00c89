#pragma once
// The on-chain re-check a desk runs just before handing goods over: does the chain still carry the redemption that
// made this order VALID? Checks that the redemption transaction's receipt exists, succeeded (status 1), contains
// Redeemed(bytes32 indexed orderHash, address indexed customer, uint256 amount) for this order hash emitted by our
// token contract, and that its block is canonical (the block hash at that height equals the receipt's).
// A short total timeout (1.5 s by default) bounds it: an unreachable or slow RPC answers Unreachable so the desk
// proceeds on the database's VALID and records "not_rechecked"; only a real contradiction refuses delivery.
// Thread: a thin facade on the caller's (GUI) thread; all network work happens on its own QThread (worker with its
// own QNetworkAccessManager through HttpRpcTransport). Stopped with quit() + wait() in the destructor.
#include "orders/RecheckResult.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QThread>

namespace vd::orders {

class RedemptionCheckWorker;

struct RecheckSettings
{
    QStringList rpcUrls;  // tried in order until one answers; empty: every check is Unreachable
    QString token;        // our token contract (any case)
    qint64 chainId = 0;   // the configured chain; an endpoint serving another one is not asked (0: no check)
    int timeoutMs = 1500; // all calls of one check together
    qint64 fromBlock = 0; // where to look for the Redeemed log when the database has no transaction hash
};

class RedemptionChecker : public QObject
{
    Q_OBJECT
public:
    explicit RedemptionChecker(RecheckSettings settings, QObject *parent = nullptr);
    ~RedemptionChecker() override;

    /// Starts a check; answer: checked(requestId, result). `redeemTx` is the 32-byte transaction hash the listener
    /// recorded; when empty the checker finds the Redeemed log by its indexed order hash.
    quint64 check(const QByteArray &orderHash, const QByteArray &redeemTx);

    static QByteArray redeemedTopic(); // keccak256("Redeemed(bytes32,address,uint256)"), 32 bytes

signals:
    void checked(quint64 requestId, const vd::orders::RecheckResult &result);

private:
    QThread m_thread;
    RedemptionCheckWorker *m_worker;
    quint64 m_next = 1;
};

} // namespace vd::orders
