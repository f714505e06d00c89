#pragma once
// What ContractReader, TxSender and the listener talk to: "send this JSON-RPC call (or batch) and call me back".
// Implemented by RpcClient (one endpoint) and EndpointPool (several, with failover). Lives on its owner's thread;
// callbacks run on that thread and are dropped when `context` is destroyed first.
#include "chain/rpc/JsonRpcCodec.h"
#include "chain/rpc/RpcResult.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

namespace vd::chain {

struct RpcCallOptions
{
    std::chrono::milliseconds timeout{15000};      // one attempt
    std::chrono::milliseconds totalTimeout{60000}; // all attempts and backoff waits of a pool together
};

class RpcChannel : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcResult<QJsonValue> &)>;
    using BatchResult = RpcResult<QList<RpcResult<QJsonValue>>>;
    using BatchCallback = std::function<void(const BatchResult &)>;

    explicit RpcChannel(QObject *parent = nullptr);
    ~RpcChannel() override;

    virtual void call(const QString &method, const QJsonArray &params, const RpcCallOptions &options,
                      const QObject *context, Callback callback) = 0;
    /// All requests in one JSON array; the answers come back in request order. An empty batch answers an
    /// empty list.
    virtual void batch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
                       BatchCallback callback) = 0;

    void call(const QString &method, const QJsonArray &params, const QObject *context, Callback callback)
    {
        call(method, params, RpcCallOptions{}, context, std::move(callback));
    }
};

} // namespace vd::chain
