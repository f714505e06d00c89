#include "chain/rpc/RpcClient.h"

#include "chain/rpc/RpcLog.h"
#include "chain/rpc/RpcTransport.h"

#include <QPointer>
#include <QTimer>

namespace vd::chain {

RpcClient::RpcClient(RpcTransport *transport, const QUrl &endpoint, QObject *parent)
    : RpcChannel(parent), m_transport(transport), m_endpoint(endpoint), m_redacted(redactUrl(endpoint))
{
}

RpcClient::~RpcClient() = default;

void RpcClient::call(const QString &method, const QJsonArray &params, const RpcCallOptions &options,
                     const QObject *context, Callback callback)
{
    timedCall(
        method, params, options, context,
        [callback = std::move(callback)](const RpcResult<QJsonValue> &r, std::chrono::milliseconds) { callback(r); });
}

void RpcClient::batch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
                      BatchCallback callback)
{
    timedBatch(requests, options, context,
               [callback = std::move(callback)](const BatchResult &r, std::chrono::milliseconds) { callback(r); });
}

void RpcClient::timedCall(const QString &method, const QJsonArray &params, const RpcCallOptions &options,
                          const QObject *context,
                          std::function<void(const RpcResult<QJsonValue> &, std::chrono::milliseconds)> callback)
{
    const int64_t id = nextId();
    QPointer<const QObject> guard(context);
    const QString redacted = m_redacted;
    m_transport->post(m_endpoint, JsonRpcCodec::encodeRequest(id, method, params), options.timeout, this,
                      [guard, id, method, redacted, callback = std::move(callback)](const RpcHttpResponse &response) {
                          RpcResult<QJsonValue> result = JsonRpcCodec::decodeSingle(response, id);
                          if (!result.ok()) {
                              RpcError e = result.rpcError();
                              e.endpoint = redacted;
                              if (e.kind != RpcErrorKind::Revert)
                                  qCDebug(lcRpc) << method << "on" << redacted << "->" << e.code() << e.detail;
                              result = e;
                          }
                          if (guard)
                              callback(result, response.elapsed);
                      });
}

void RpcClient::timedBatch(const QList<RpcRequest> &requests, const RpcCallOptions &options, const QObject *context,
                           std::function<void(const BatchResult &, std::chrono::milliseconds)> callback)
{
    QPointer<const QObject> guard(context);
    if (requests.isEmpty()) {
        QTimer::singleShot(0, this, [guard, callback = std::move(callback)] {
            if (guard)
                callback(QList<RpcResult<QJsonValue>>{}, std::chrono::milliseconds(0));
        });
        return;
    }
    QList<int64_t> ids;
    ids.reserve(requests.size());
    for (qsizetype i = 0; i < requests.size(); ++i)
        ids.append(nextId());
    const QString redacted = m_redacted;
    m_transport->post(m_endpoint, JsonRpcCodec::encodeBatch(requests, ids), options.timeout, this,
                      [guard, ids, redacted, callback = std::move(callback)](const RpcHttpResponse &response) {
                          BatchResult result = JsonRpcCodec::decodeBatch(response, ids);
                          if (!result.ok()) {
                              RpcError e = result.rpcError();
                              e.endpoint = redacted;
                              qCDebug(lcRpc) << "batch on" << redacted << "->" << e.code() << e.detail;
                              result = e;
                          } else {
                              for (auto &item : result.value()) {
                                  if (!item.ok()) {
                                      RpcError e = item.rpcError();
                                      e.endpoint = redacted;
                                      item = e;
                                  }
                              }
                          }
                          if (guard)
                              callback(result, response.elapsed);
                      });
}

} // namespace vd::chain
