#include "orders/RedemptionCheckWorker.h"

#include "chain/Address.h"
#include "chain/Hex.h"
#include "chain/rpc/BlockId.h"
#include "chain/rpc/ChainJson.h"
#include "chain/rpc/HttpRpcTransport.h"
#include "chain/rpc/RpcClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <cstring>

namespace vd::orders {

namespace {
bool sameBytes(const chain::Hash32 &a, const QByteArray &b)
{
    return b.size() == 32 && std::memcmp(a.data(), b.constData(), 32) == 0;
}

QByteArray toBytes(const chain::Hash32 &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), 32);
}
} // namespace

struct RedemptionCheckWorker::Job
{
    quint64 id = 0;
    QByteArray orderHash;
    QByteArray redeemTx;
    QElapsedTimer clock;
    size_t endpoint = 0;
    bool done = false;
};

RedemptionCheckWorker::RedemptionCheckWorker(RecheckSettings settings) : m_settings(std::move(settings)) {}

RedemptionCheckWorker::~RedemptionCheckWorker() = default;

void RedemptionCheckWorker::ensureClients()
{
    if (m_transport)
        return;
    m_transport = new chain::HttpRpcTransport(this);
    m_transport->setMaxBodyBytes(4LL * 1024 * 1024);
    for (const QString &url : std::as_const(m_settings.rpcUrls)) {
        const QUrl u(url);
        if (u.isValid() && !u.isEmpty())
            m_clients.push_back(new chain::RpcClient(m_transport, u, this));
    }
    m_chainVerified.assign(m_clients.size(), m_settings.chainId == 0);
}

int RedemptionCheckWorker::remainingMs(const Job &job) const
{
    return std::max<int>(0, m_settings.timeoutMs - static_cast<int>(job.clock.elapsed()));
}

void RedemptionCheckWorker::check(quint64 requestId, const QByteArray &orderHash, const QByteArray &redeemTx)
{
    ensureClients();
    auto job = std::make_shared<Job>();
    job->id = requestId;
    job->orderHash = orderHash;
    job->redeemTx = redeemTx.size() == 32 ? redeemTx : QByteArray();
    job->clock.start();
    if (m_clients.empty() || !chain::Address::fromString(m_settings.token).ok()) {
        finish(job, RecheckOutcome::Unreachable, QStringLiteral("recheck.not_configured"),
               tr("No blockchain endpoint is configured; delivered on the database's word."));
        return;
    }
    // The deadline for the whole check: whatever has not concluded by then did not answer in time.
    QTimer::singleShot(m_settings.timeoutMs, this, [this, job]() {
        finish(job, RecheckOutcome::Unreachable, QStringLiteral("recheck.unreachable"),
               tr("The blockchain did not answer within %1 ms; delivered on the database's word.")
                   .arg(m_settings.timeoutMs));
    });
    start(job);
}

void RedemptionCheckWorker::start(const std::shared_ptr<Job> &job)
{
    if (!m_chainVerified[job->endpoint])
        return checkChain(job);
    if (job->redeemTx.isEmpty())
        findRedemption(job);
    else
        fetchReceipt(job);
}

void RedemptionCheckWorker::tryNextEndpoint(const std::shared_ptr<Job> &job, const QString &why)
{
    if (job->done)
        return;
    ++job->endpoint;
    if (job->endpoint < m_clients.size() && remainingMs(*job) > 50) {
        start(job);
        return;
    }
    finish(job, RecheckOutcome::Unreachable, QStringLiteral("recheck.unreachable"),
           tr("The blockchain could not be asked (%1); delivered on the database's word.").arg(why));
}

void RedemptionCheckWorker::checkChain(const std::shared_ptr<Job> &job)
{
    // An endpoint on another chain would "prove" nothing either way: it is skipped, never believed.
    chain::RpcCallOptions options;
    options.timeout = std::chrono::milliseconds(remainingMs(*job));
    m_clients[job->endpoint]->call(
        QStringLiteral("eth_chainId"), QJsonArray{}, options, this,
        [this, job](const chain::RpcResult<QJsonValue> &answer) {
            if (job->done)
                return;
            if (!answer.ok())
                return tryNextEndpoint(job, answer.error().message);
            bool ok = false;
            const qint64 id = answer.value().toString().mid(2).toLongLong(&ok, 16);
            if (!ok || id != m_settings.chainId)
                return tryNextEndpoint(job, tr("the endpoint serves chain %1, not %2").arg(id).arg(m_settings.chainId));
            m_chainVerified[job->endpoint] = true;
            start(job);
        });
}

void RedemptionCheckWorker::findRedemption(const std::shared_ptr<Job> &job)
{
    chain::LogFilter filter;
    filter.addresses.append(chain::Address::fromString(m_settings.token).value());
    chain::Hash32 topic0{};
    std::memcpy(topic0.data(), RedemptionChecker::redeemedTopic().constData(), 32);
    chain::Hash32 order{};
    std::memcpy(order.data(), job->orderHash.constData(), std::min<qsizetype>(32, job->orderHash.size()));
    filter.topics = {{topic0}, {order}};
    filter.fromBlock = chain::BlockId::number(static_cast<uint64_t>(std::max<qint64>(0, m_settings.fromBlock)));
    filter.toBlock = chain::BlockId::latest();
    chain::RpcCallOptions options;
    options.timeout = std::chrono::milliseconds(remainingMs(*job));
    m_clients[job->endpoint]->call(QStringLiteral("eth_getLogs"), QJsonArray{chain::ChainJson::filterToJson(filter)},
                                   options, this, [this, job](const chain::RpcResult<QJsonValue> &answer) {
                                       if (job->done)
                                           return;
                                       if (!answer.ok())
                                           return tryNextEndpoint(job, answer.error().message);
                                       const auto logs = chain::ChainJson::parseLogs(answer.value());
                                       if (!logs.ok())
                                           return tryNextEndpoint(job, logs.error().message);
                                       QByteArray tx;
                                       for (const chain::LogEntry &log : logs.value())
                                           if (!log.removed)
                                               tx = toBytes(log.transactionHash);
                                       if (tx.isEmpty())
                                           return finish(job, RecheckOutcome::Contradicted,
                                                         QStringLiteral("recheck.no_redemption"),
                                                         tr("The blockchain has no redemption for this order."));
                                       job->redeemTx = tx;
                                       fetchReceipt(job);
                                   });
}

void RedemptionCheckWorker::fetchReceipt(const std::shared_ptr<Job> &job)
{
    chain::RpcCallOptions options;
    options.timeout = std::chrono::milliseconds(remainingMs(*job));
    m_clients[job->endpoint]->call(
        QStringLiteral("eth_getTransactionReceipt"), QJsonArray{chain::hex::encode(job->redeemTx)}, options, this,
        [this, job](const chain::RpcResult<QJsonValue> &answer) {
            if (job->done)
                return;
            if (!answer.ok())
                return tryNextEndpoint(job, answer.error().message);
            const auto receipt = chain::ChainJson::parseReceipt(answer.value());
            if (!receipt.ok())
                return tryNextEndpoint(job, receipt.error().message);
            if (!receipt.value().has_value())
                return finish(job, RecheckOutcome::Contradicted, QStringLiteral("recheck.no_receipt"),
                              tr("The redemption transaction %1 is not on the blockchain.")
                                  .arg(chain::hex::encode(job->redeemTx)));
            const chain::Receipt &r = *receipt.value();
            if (!r.status)
                return finish(job, RecheckOutcome::Contradicted, QStringLiteral("recheck.reverted"),
                              tr("The redemption transaction %1 failed on the blockchain.")
                                  .arg(chain::hex::encode(job->redeemTx)));
            const chain::Address token = chain::Address::fromString(m_settings.token).value();
            const QByteArray topic0 = RedemptionChecker::redeemedTopic();
            const bool found = std::any_of(r.logs.cbegin(), r.logs.cend(), [&](const chain::LogEntry &log) {
                return !log.removed && log.address == token && log.topics.size() >= 2 &&
                       sameBytes(log.topics.at(0), topic0) && sameBytes(log.topics.at(1), job->orderHash);
            });
            if (!found)
                return finish(job, RecheckOutcome::Contradicted, QStringLiteral("recheck.no_log"),
                              tr("The transaction %1 does not redeem this order with our token.")
                                  .arg(chain::hex::encode(job->redeemTx)));
            checkBlock(job, r.blockNumber, toBytes(r.blockHash));
        });
}

void RedemptionCheckWorker::checkBlock(const std::shared_ptr<Job> &job, quint64 blockNumber,
                                       const QByteArray &blockHash)
{
    chain::RpcCallOptions options;
    options.timeout = std::chrono::milliseconds(remainingMs(*job));
    m_clients[job->endpoint]->call(
        QStringLiteral("eth_getBlockByNumber"), QJsonArray{chain::BlockId::number(blockNumber).toJson(), false},
        options, this, [this, job, blockNumber, blockHash](const chain::RpcResult<QJsonValue> &answer) {
            if (job->done)
                return;
            if (!answer.ok())
                return tryNextEndpoint(job, answer.error().message);
            const auto header = chain::ChainJson::parseHeader(answer.value());
            if (!header.ok())
                return tryNextEndpoint(job, header.error().message);
            if (!header.value().has_value() || !sameBytes(header.value()->hash, blockHash))
                return finish(
                    job, RecheckOutcome::Contradicted, QStringLiteral("recheck.reorged"),
                    tr("The block %1 holding the redemption is no longer on the main chain.").arg(blockNumber));
            finish(job, RecheckOutcome::Confirmed, QStringLiteral("recheck.confirmed"),
                   tr("Redemption confirmed on the blockchain (block %1).").arg(blockNumber));
        });
}

void RedemptionCheckWorker::finish(const std::shared_ptr<Job> &job, RecheckOutcome outcome, const QString &code,
                                   const QString &message)
{
    if (job->done)
        return;
    job->done = true;
    RecheckResult result;
    result.outcome = outcome;
    result.code = code;
    result.message = message;
    result.elapsedMs = job->clock.elapsed();
    emit checked(job->id, result);
}

} // namespace vd::orders
