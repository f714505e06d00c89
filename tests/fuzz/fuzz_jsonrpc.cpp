// Arbitrary bytes as a node's HTTP answer: the JSON-RPC decoder, batch matcher, error classifier, typed readers
// and chain object parsers (receipts, logs, headers, transactions) must classify everything and never crash.
// The first byte picks the HTTP status, the rest is the body.
#include "chain/rpc/ChainJson.h"
#include "chain/rpc/JsonRpcCodec.h"
#include "chain/rpc/RpcError.h"

#include <QJsonArray>
#include <cstddef>
#include <cstdint>

using namespace vd::chain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const int statuses[] = {200, 200, 200, 200, 400, 401, 429, 500, 502, 503, 301, 404};
    RpcHttpResponse response;
    response.httpStatus = statuses[data[0] % std::size(statuses)];
    response.body = QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    response.contentType = (data[0] & 0x80) ? QByteArrayLiteral("text/html") : QByteArrayLiteral("application/json");

    const auto single = JsonRpcCodec::decodeSingle(response, 1);
    if (single.ok()) {
        // Whatever the result is, the typed readers classify it.
        (void)JsonRpcCodec::toUint64(single.value());
        (void)JsonRpcCodec::toU256(single.value());
        (void)JsonRpcCodec::toData(single.value());
        (void)JsonRpcCodec::toHash(single.value());
        if (single.value().isObject())
            (void)JsonRpcCodec::quantityField(single.value().toObject(), "blockNumber");
        // ...and so do the chain object parsers.
        (void)ChainJson::parseReceipt(single.value());
        (void)ChainJson::parseLogs(single.value());
        (void)ChainJson::parseHeader(single.value());
        (void)ChainJson::parseTransaction(single.value());
        (void)ChainJson::parseAddress(single.value());
    } else {
        (void)single.rpcError().message();
        (void)single.rpcError().toError();
    }
    const auto batch = JsonRpcCodec::decodeBatch(response, {1, 2, 3});
    if (batch.ok()) {
        if (batch->size() != 3)
            __builtin_trap();
        for (const auto &item : batch.value()) {
            if (!item.ok())
                (void)item.rpcError().message();
        }
    }
    // The body as a provider's error message and data.
    const QString text = QString::fromUtf8(response.body);
    const RpcError e = RpcError::fromJsonRpc(static_cast<int>(data[0]) - 128, text, QJsonValue(text));
    (void)e.message();
    return 0;
}
