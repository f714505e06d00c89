#pragma once
// Several JSON-RPC endpoints in priority order behind one RpcChannel, ranked by health first, then latency.
// Each endpoint's chain id is verified
// (eth_chainId) before its first use and again after it failed at the network level; a wrong-chain endpoint is
// taken out of rotation with a clear error. Endpoint faults (429, 5xx, timeouts, network errors, unhealthy
// nodes, unparsable or invalid answers) put the endpoint into exponential backoff with jitter and a cap, and the
// call fails over to the next usable endpoint. The caller's faults (reverts, invalid params, log range limits,
// other JSON-RPC errors) are returned at once and never retried. A malformed body is the endpoint's fault: the
// call fails over, but the same endpoint is not asked again for that call.
// Lives on the thread that owns it (with its transport); timers and callbacks run there.
#include "chain/rpc/Backoff.h"
#include "chain/rpc/RpcChannel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace vd::chain {

class RpcClient;
class RpcTransport;

struct EndpointPoolOptions
{
    int64_t expectedChainId = 0; // verified on every endpoint before use
    BackoffPolicy backoff;
    int maxAttempts = 6; // sends of one call, over all endpoints
    std::chrono::milliseconds chainIdTimeout{10000};
    double ewmaAlpha = 0.3; // weight of the newest sample in latency / error-rate averages
    // Latency ranking: an endpoint slower than slowLatency (EWMA) yields to a later one at least slowFactor times
    // faster (or not measured yet); every probeEvery-th call goes by priority alone to refresh the samples.
    std::chrono::milliseconds slowLatency{1500};
    double slowFactor = 4.0;
    int probeEvery = 20;
};

struct EndpointStats
{
    enum class State {
        Unverified, // chain id not checked yet (or again after a network failure)
        Healthy,
        BackingOff, // recent endpoint fault; out of rotation until backoffRemainingMs elapses
        WrongChain, // disabled: serves another chain
    };
    QString url; // redacted: never the API key
    State state = State::Unverified;
    std::optional<int64_t> chainId;
    double latencyMs = -1; // EWMA of successful round trips; -1 before the first
    double errorRate = 0;  // EWMA of endpoint faults per request, 0..1
    quint64 requests = 0;
    quint64 failures = 0;
    int consecutiveFailures = 0;
    qint64 backoffRemainingMs = 0;
    qint64 lastBackoffMs = 0; // the delay chosen at the last fault
    QString lastErrorCode;
    QString lastErrorMessage;
    QDateTime lastSuccess;
};

class EndpointPool : public RpcChannel
{
    Q_OBJECT
public:
    /// `transport` is not owned; with nullptr the pool creates its own HttpRpcTransport as a child.
    EndpointPool(const QList<QUrl> &endpoints, const EndpointPoolOptions &options, RpcTransport *transport = nullptr,
                 QObject *parent = nullptr);
    ~EndpointPool() override;

    using RpcChannel::call;
    void call(const QString &method, const QJsonArray &params, const RpcCallOptions &options, const QObject *context,
              Callback callback) override;
    void batch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
               BatchCallback callback) override;

    int64_t expectedChainId() const { return m_options.expectedChainId; }
    qsizetype size() const { return m_endpoints.size(); }
    /// For the health UI; URLs are redacted.
    QList<EndpointStats> snapshot() const;
    /// Puts a WrongChain/backing-off endpoint back to Unverified (e.g. after the user fixed the URL's node).
    void reverify(qsizetype index);
    /// Test hook: the source of jitter in [0, 1).
    void setRandomSource(std::function<double()> random) { m_random = std::move(random); }

signals:
    /// Any change of an endpoint's state or counters.
    void endpointChanged(qsizetype index);
    /// An endpoint was disabled because it serves another chain. `error` is the translated reason.
    void endpointRefused(qsizetype index, const QString &redactedUrl, const QString &error);

private:
    struct Endpoint;
    struct Job;

    void dispatch(const std::shared_ptr<Job> &job);
    qsizetype choose(const QList<qsizetype> &usable);
    void send(const std::shared_ptr<Job> &job, qsizetype index);
    void verify(qsizetype index);
    void finishVerify(qsizetype index);
    void recordSuccess(qsizetype index, std::chrono::milliseconds latency);
    void recordFault(qsizetype index, const RpcError &error);
    void fail(const std::shared_ptr<Job> &job, const RpcError &error);
    EndpointStats statsOf(const Endpoint &e) const;

    EndpointPoolOptions m_options;
    RpcTransport *m_transport;
    QList<std::shared_ptr<Endpoint>> m_endpoints;
    std::function<double()> m_random;
    quint64 m_choices = 0;
};

} // namespace vd::chain
