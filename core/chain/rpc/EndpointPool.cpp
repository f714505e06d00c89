#include "chain/rpc/EndpointPool.h"

#include "chain/rpc/HttpRpcTransport.h"
#include "chain/rpc/RpcClient.h"
#include "chain/rpc/RpcLog.h"

#include <QRandomGenerator>
#include <QTimer>
#include <limits>

namespace vd::chain {

struct EndpointPool::Endpoint
{
    QUrl url;
    QString redacted;
    RpcClient *client = nullptr;
    bool needsVerify = true;
    bool wrongChain = false;
    bool verifying = false;
    std::optional<int64_t> chainId;
    double latencyMs = -1;
    double errorRate = 0;
    quint64 requests = 0;
    quint64 failures = 0;
    int consecutiveFailures = 0;
    qint64 backoffUntil = 0; // on m_clock
    qint64 lastBackoffMs = 0;
    QString lastErrorCode;
    QString lastErrorMessage;
    QDateTime lastSuccess;
    std::optional<RpcError> lastError;
    QList<std::shared_ptr<Job>> waiting; // calls waiting for this endpoint's chain id check
};

struct EndpointPool::Job
{
    bool isBatch = false;
    QString method;
    QJsonArray params;
    QList<RpcRequest> requests;
    RpcCallOptions options;
    QPointer<const QObject> context;
    Callback callback;
    BatchCallback batchCallback;
    int attempts = 0;
    QElapsedTimer clock;
    QSet<qsizetype> excluded; // endpoints that sent this call an unusable answer
    std::optional<RpcError> lastError;
};

namespace {
QElapsedTimer &monotonic()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock;
}
} // namespace

EndpointPool::EndpointPool(const QList<QUrl> &endpoints, const EndpointPoolOptions &options, RpcTransport *transport,
                           QObject *parent)
    : RpcChannel(parent), m_options(options), m_transport(transport ? transport : new HttpRpcTransport(this)),
      m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
    for (const QUrl &url : endpoints) {
        auto e = std::make_shared<Endpoint>();
        e->url = url;
        e->redacted = redactUrl(url);
        e->client = new RpcClient(m_transport, url, this);
        m_endpoints.append(e);
    }
}

EndpointPool::~EndpointPool() = default;

void EndpointPool::call(const QString &method, const QJsonArray &params, const RpcCallOptions &options,
                        const QObject *context, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->method = method;
    job->params = params;
    job->options = options;
    job->context = context;
    job->callback = std::move(callback);
    job->clock.start();
    // Always answer asynchronously, even when no endpoint is usable.
    QTimer::singleShot(0, this, [this, job] { dispatch(job); });
}

void EndpointPool::batch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
                         BatchCallback callback)
{
    auto job = std::make_shared<Job>();
    job->isBatch = true;
    job->requests = requests;
    job->options = options;
    job->context = context;
    job->batchCallback = std::move(callback);
    job->clock.start();
    QTimer::singleShot(0, this, [this, job] { dispatch(job); });
}

void EndpointPool::fail(const std::shared_ptr<Job> &job, const RpcError &error)
{
    if (!job->context)
        return;
    if (job->isBatch)
        job->batchCallback(BatchResult(error));
    else
        job->callback(RpcResult<QJsonValue>(error));
}

void EndpointPool::dispatch(const std::shared_ptr<Job> &job)
{
    if (!job->context)
        return; // nobody is waiting any more
    const qint64 remaining = job->options.totalTimeout.count() - job->clock.elapsed();
    if (job->attempts >= m_options.maxAttempts || remaining <= 0) {
        fail(job, job->lastError ? *job->lastError
                                 : RpcError::make(RpcErrorKind::Timeout, QStringLiteral("no attempt left")));
        return;
    }
    const qint64 now = monotonic().elapsed();
    qint64 soonest = std::numeric_limits<qint64>::max();
    QList<qsizetype> usable;
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        const Endpoint &e = *m_endpoints[i];
        if (e.wrongChain || job->excluded.contains(i))
            continue;
        if (e.backoffUntil > now) {
            soonest = std::min(soonest, e.backoffUntil - now);
            continue;
        }
        usable.append(i);
    }
    if (!usable.isEmpty()) {
        const qsizetype i = choose(usable);
        Endpoint &e = *m_endpoints[i];
        if (e.needsVerify) {
            e.waiting.append(job);
            verify(i);
        } else {
            send(job, i);
        }
        return;
    }
    if (soonest != std::numeric_limits<qint64>::max() && soonest < remaining) {
        QTimer::singleShot(std::chrono::milliseconds(soonest), this, [this, job] { dispatch(job); });
        return;
    }
    // Nothing usable: report why, preferring what this call saw, then the best-ranked endpoint's last error
    // (e.g. "wrong chain" for a pool whose only endpoint was refused).
    std::optional<RpcError> error = job->lastError;
    for (qsizetype i = 0; !error && i < m_endpoints.size(); ++i)
        error = m_endpoints[i]->lastError;
    fail(job, error.value_or(RpcError::make(RpcErrorKind::NodeUnhealthy, QStringLiteral("no usable endpoint"))));
}

qsizetype EndpointPool::choose(const QList<qsizetype> &usable)
{
    // Priority order, except that a slow endpoint yields to a later one that is clearly faster (or not measured
    // yet). Every probeEvery-th choice ignores latency so a slow endpoint gets new samples and can win back.
    ++m_choices;
    if (m_options.probeEvery > 0 && m_choices % m_options.probeEvery == 0)
        return usable.first();
    for (qsizetype k = 0; k + 1 < usable.size(); ++k) {
        const Endpoint &e = *m_endpoints[usable[k]];
        if (e.latencyMs < 0 || e.latencyMs <= static_cast<double>(m_options.slowLatency.count()))
            return usable[k];
        bool fasterLater = false;
        for (qsizetype j = k + 1; j < usable.size() && !fasterLater; ++j) {
            const double other = m_endpoints[usable[j]]->latencyMs;
            fasterLater = other < 0 || other * m_options.slowFactor < e.latencyMs;
        }
        if (!fasterLater)
            return usable[k];
    }
    return usable.last();
}

void EndpointPool::verify(qsizetype index)
{
    Endpoint &e = *m_endpoints[index];
    if (e.verifying)
        return;
    e.verifying = true;
    RpcCallOptions options;
    options.timeout = m_options.chainIdTimeout;
    e.client->timedCall(
        QStringLiteral("eth_chainId"), {}, options, this,
        [this, index](const RpcResult<QJsonValue> &result, std::chrono::milliseconds latency) {
            Endpoint &ep = *m_endpoints[index];
            ep.verifying = false;
            ++ep.requests;
            std::optional<RpcError> error;
            if (!result.ok()) {
                error = result.rpcError();
                if (!error->isEndpointFault()) // a node without eth_chainId cannot be verified: never use it
                    error = RpcError::make(RpcErrorKind::InvalidResponse,
                                           QStringLiteral("eth_chainId failed: ") + error->detail);
                error->endpoint = ep.redacted;
                recordFault(index, *error);
            } else if (auto id = JsonRpcCodec::toUint64(result.value()); !id.ok()) {
                error = id.rpcError();
                error->endpoint = ep.redacted;
                recordFault(index, *error);
            } else if (static_cast<int64_t>(id.value()) != m_options.expectedChainId) {
                ep.wrongChain = true;
                ep.chainId = static_cast<int64_t>(id.value());
                error = RpcError::wrongChain(static_cast<int64_t>(id.value()), m_options.expectedChainId);
                error->endpoint = ep.redacted;
                ep.lastErrorCode = error->code();
                ep.lastErrorMessage = error->message();
                ep.lastError = error;
                qCWarning(lcRpc).noquote() << "endpoint" << ep.redacted << "refused:" << error->detail;
                emit endpointRefused(index, ep.redacted, error->message());
                emit endpointChanged(index);
            } else {
                ep.chainId = static_cast<int64_t>(id.value());
                ep.needsVerify = false;
                qCInfo(lcRpc).noquote() << "endpoint" << ep.redacted << "verified on chain" << id.value();
                recordSuccess(index, latency);
            }
            const auto waiting = std::exchange(ep.waiting, {});
            for (const auto &job : waiting) {
                if (error) {
                    job->lastError = error;
                    ++job->attempts;
                }
                dispatch(job);
            }
        });
}

void EndpointPool::send(const std::shared_ptr<Job> &job, qsizetype index)
{
    Endpoint &e = *m_endpoints[index];
    ++e.requests;
    ++job->attempts;
    auto handleError = [this, job, index](const RpcError &error, std::chrono::milliseconds latency) -> bool {
        if (!error.isEndpointFault()) {
            recordSuccess(index, latency); // the node did its job; the call was wrong
            return false;
        }
        recordFault(index, error);
        job->lastError = error;
        if (!error.isTransient())
            job->excluded.insert(index);
        dispatch(job);
        return true;
    };
    if (job->isBatch) {
        e.client->timedBatch(
            job->requests, job->options, this,
            [this, job, index, handleError](const BatchResult &result, std::chrono::milliseconds latency) {
                if (!result.ok() && handleError(result.rpcError(), latency))
                    return;
                if (result.ok())
                    recordSuccess(index, latency);
                if (job->context)
                    job->batchCallback(result);
            });
    } else {
        e.client->timedCall(
            job->method, job->params, job->options, this,
            [this, job, index, handleError](const RpcResult<QJsonValue> &result, std::chrono::milliseconds latency) {
                if (!result.ok() && handleError(result.rpcError(), latency))
                    return;
                if (result.ok())
                    recordSuccess(index, latency);
                if (job->context)
                    job->callback(result);
            });
    }
}

void EndpointPool::recordSuccess(qsizetype index, std::chrono::milliseconds latency)
{
    Endpoint &e = *m_endpoints[index];
    const double a = m_options.ewmaAlpha;
    const double sample = static_cast<double>(latency.count());
    e.latencyMs = e.latencyMs < 0 ? sample : a * sample + (1 - a) * e.latencyMs;
    e.errorRate = (1 - a) * e.errorRate;
    if (e.consecutiveFailures > 0)
        qCInfo(lcRpc).noquote() << "endpoint" << e.redacted << "recovered";
    e.consecutiveFailures = 0;
    e.backoffUntil = 0;
    e.lastSuccess = QDateTime::currentDateTimeUtc();
    emit endpointChanged(index);
}

void EndpointPool::recordFault(qsizetype index, const RpcError &error)
{
    Endpoint &e = *m_endpoints[index];
    const double a = m_options.ewmaAlpha;
    ++e.failures;
    ++e.consecutiveFailures;
    e.errorRate = a + (1 - a) * e.errorRate;
    const auto delay = Backoff::delay(m_options.backoff, e.consecutiveFailures, m_random(), error.retryAfter);
    e.backoffUntil = monotonic().elapsed() + delay.count();
    e.lastBackoffMs = delay.count();
    // After a network-level failure the node may come back as a different one: check its chain id again.
    if (error.kind == RpcErrorKind::Network || error.kind == RpcErrorKind::Timeout)
        e.needsVerify = true;
    e.lastErrorCode = error.code();
    e.lastErrorMessage = error.message();
    e.lastError = error;
    qCWarning(lcRpc).noquote() << "endpoint" << e.redacted << error.code() << error.detail << "- out of rotation for"
                               << delay.count() << "ms";
    emit endpointChanged(index);
}

EndpointStats EndpointPool::statsOf(const Endpoint &e) const
{
    EndpointStats s;
    s.url = e.redacted;
    const qint64 now = monotonic().elapsed();
    if (e.wrongChain)
        s.state = EndpointStats::State::WrongChain;
    else if (e.backoffUntil > now)
        s.state = EndpointStats::State::BackingOff;
    else if (e.needsVerify)
        s.state = EndpointStats::State::Unverified;
    else
        s.state = EndpointStats::State::Healthy;
    s.chainId = e.chainId;
    s.latencyMs = e.latencyMs;
    s.errorRate = e.errorRate;
    s.requests = e.requests;
    s.failures = e.failures;
    s.consecutiveFailures = e.consecutiveFailures;
    s.backoffRemainingMs = std::max<qint64>(0, e.backoffUntil - now);
    s.lastBackoffMs = e.lastBackoffMs;
    s.lastErrorCode = e.lastErrorCode;
    s.lastErrorMessage = e.lastErrorMessage;
    s.lastSuccess = e.lastSuccess;
    return s;
}

QList<EndpointStats> EndpointPool::snapshot() const
{
    QList<EndpointStats> out;
    out.reserve(m_endpoints.size());
    for (const auto &e : m_endpoints)
        out.append(statsOf(*e));
    return out;
}

void EndpointPool::reverify(qsizetype index)
{
    if (index < 0 || index >= m_endpoints.size())
        return;
    Endpoint &e = *m_endpoints[index];
    e.wrongChain = false;
    e.needsVerify = true;
    e.backoffUntil = 0;
    e.consecutiveFailures = 0;
    emit endpointChanged(index);
}

} // namespace vd::chain
