#pragma once
// The network half of RedemptionChecker. Lives on the checker's QThread: owns the HTTP transport (and through it a
// QNetworkAccessManager) and one RpcClient per endpoint, all created on that thread. Each check walks
// receipt -> log -> canonical block against a deadline; the first conclusion wins and later answers are ignored.
#include "orders/RecheckResult.h"
#include "orders/RedemptionChecker.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <vector>

namespace vd::chain {
class HttpRpcTransport;
class RpcClient;
} // namespace vd::chain

namespace vd::orders {

class RedemptionCheckWorker : public QObject
{
    Q_OBJECT
public:
    explicit RedemptionCheckWorker(RecheckSettings settings);
    ~RedemptionCheckWorker() override;

    Q_INVOKABLE void check(quint64 requestId, const QByteArray &orderHash, const QByteArray &redeemTx);

signals:
    void checked(quint64 requestId, const vd::orders::RecheckResult &result);

private:
    struct Job;
    void ensureClients();
    void start(const std::shared_ptr<Job> &job);
    void checkChain(const std::shared_ptr<Job> &job);
    void findRedemption(const std::shared_ptr<Job> &job);
    void fetchReceipt(const std::shared_ptr<Job> &job);
    void checkBlock(const std::shared_ptr<Job> &job, quint64 blockNumber, const QByteArray &blockHash);
    void tryNextEndpoint(const std::shared_ptr<Job> &job, const QString &why);
    void finish(const std::shared_ptr<Job> &job, RecheckOutcome outcome, const QString &code, const QString &message);
    int remainingMs(const Job &job) const;

    RecheckSettings m_settings;
    chain::HttpRpcTransport *m_transport = nullptr; // child of this, created on the worker thread
    std::vector<chain::RpcClient *> m_clients;      // children of this
    std::vector<bool> m_chainVerified;              // per endpoint: eth_chainId matched once
};

} // namespace vd::orders
