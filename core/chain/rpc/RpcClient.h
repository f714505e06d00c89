#pragma once
// JSON-RPC over one endpoint: numbers requests, sends them through an RpcTransport and validates the answers
// strictly (JsonRpcCodec). No retries here: EndpointPool decides about failover and backoff. Lives on the
// thread of its transport; callbacks run there.
#include "chain/rpc/RpcChannel.h"

#include <QUrl>

namespace vd::chain {

class RpcTransport;

class RpcClient : public RpcChannel
{
    Q_OBJECT
public:
    /// `transport` is not owned and must outlive this client.
    RpcClient(RpcTransport *transport, const QUrl &endpoint, QObject *parent = nullptr);
    ~RpcClient() override;

    const QUrl &endpoint() const { return m_endpoint; }
    QString redactedEndpoint() const { return m_redacted; }

    using RpcChannel::call;
    void call(const QString &method, const QJsonArray &params, const RpcCallOptions &options, const QObject *context,
              Callback callback) override;
    void batch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
               BatchCallback callback) override;

    /// Like call(), and also reports the round-trip time (for latency tracking by the pool).
    void timedCall(const QString &method, const QJsonArray &params, const RpcCallOptions &options,
                   const QObject *context,
                   std::function<void(const RpcResult<QJsonValue> &, std::chrono::milliseconds)> callback);
    void timedBatch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
                    std::function<void(const BatchResult &, std::chrono::milliseconds)> callback);

private:
    int64_t nextId() { return m_nextId++; }

    RpcTransport *m_transport;
    QUrl m_endpoint;
    QString m_redacted;
    int64_t m_nextId = 1;
};

} // namespace vd::chain
