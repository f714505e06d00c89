#pragma once
// JSON-RPC 2.0 wire format: builds requests and batches, and validates answers strictly (version, id, exactly one
// of result/error, error object shape) turning every malformed, truncated or hostile body into a classified
// RpcError instead of a crash. Also parses the typed values inside results (quantities, data, hashes).
// Pure functions, any thread; the fuzz target feeds it arbitrary bytes.
#include "chain/Keccak.h"
#include "chain/U256.h"
#include "chain/rpc/RpcResult.h"
#include "chain/rpc/RpcTransport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <cstdint>

namespace vd::chain {

struct RpcRequest
{
    QString method;
    QJsonArray params;
};

class JsonRpcCodec
{
public:
    static QByteArray encodeRequest(int64_t id, const QString &method, const QJsonArray &params);
    /// ids[i] belongs to requests[i].
    static QByteArray encodeBatch(const QList<RpcRequest> &requests, const QList<int64_t> &ids);

    /// Classifies a transport failure or a non-2xx HTTP answer. nullopt when the HTTP layer is fine and the
    /// body must be read as JSON-RPC.
    static std::optional<RpcError> classifyHttp(const RpcHttpResponse &response);

    /// A full answer to a single call with `id` (HTTP layer included).
    static RpcResult<QJsonValue> decodeSingle(const RpcHttpResponse &response, int64_t id);
    /// A full answer to a batch: one result per id, in the order of `ids`. Missing answers and duplicated ids
    /// become InvalidResponse for that entry; answers with unknown ids are ignored. The outer result fails when
    /// the body as a whole is unusable (or when the node answered the batch with one error object).
    static RpcResult<QList<RpcResult<QJsonValue>>> decodeBatch(const RpcHttpResponse &response,
                                                               const QList<int64_t> &ids);
    /// One response object (already parsed) checked against `id`.
    static RpcResult<QJsonValue> decodeObject(const QJsonObject &object, int64_t id);

    // Typed readers for values inside results. Errors are InvalidResponse with a short reason.
    /// A JSON-RPC quantity that must fit 64 bits ("0x0".."0xffffffffffffffff").
    static RpcResult<uint64_t> toUint64(const QJsonValue &value);
    static RpcResult<U256> toU256(const QJsonValue &value);
    /// "0x" + even number of hex digits.
    static RpcResult<QByteArray> toData(const QJsonValue &value);
    static RpcResult<Hash32> toHash(const QJsonValue &value);
    /// `text` as a quantity; the error is InvalidResponse naming `what`.
    static RpcResult<uint64_t> quantityField(const QJsonObject &object, const char *field);
};

} // namespace vd::chain
