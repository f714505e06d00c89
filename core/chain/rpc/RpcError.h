#pragma once
// Classification of everything that can go wrong talking JSON-RPC to a node, in kinds the app can act on
// (shrink a log range, back off, fail over, show a revert reason). Built from transport failures, HTTP statuses
// and JSON-RPC error objects with real provider messages. Value type, any thread.
#include "common/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <chrono>
#include <cstdint>
#include <optional>

namespace vd::chain {

enum class RpcErrorKind {
    RangeTooLarge,   // eth_getLogs range/result cap; see suggestedRange / maxBlockSpan
    RateLimited,     // HTTP 429 or a provider's rate/capacity message; see retryAfter
    Timeout,         // no answer within the call's timeout
    Network,         // connection refused/reset, DNS, TLS
    ServerError,     // HTTP 5xx (often an HTML page from a proxy/CDN)
    NodeUnhealthy,   // node behind, syncing, missing state, no upstream
    ParseError,      // the body is not JSON (truncated, HTML, binary, too large)
    InvalidResponse, // JSON, but not a valid JSON-RPC answer to our request (wrong id/version/types)
    Revert,          // the EVM reverted; see revertData / revertReason
    WrongChain,      // the endpoint serves another chain than the configured one
    Unauthorized,    // HTTP 401/403: the API key in the URL is wrong or lacks access
    InvalidRequest,  // -32600/-32601/-32602/-32700: our request is wrong; never retried
    Other,           // any other JSON-RPC error (the provider's message is kept in `detail`)
    Refused, // not the node: the app refused to go on (fee above the cap, contract code changed, signing failed);
             // `localCode` holds the specific code, `detail` the translated sentence
};

struct BlockRange
{
    uint64_t from = 0;
    uint64_t to = 0;
    bool operator==(const BlockRange &) const = default;
};

struct RpcError
{
    RpcErrorKind kind = RpcErrorKind::Other;
    int rpcCode = 0;       // JSON-RPC error code; 0 when the failure happened below JSON-RPC
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString detail;        // the provider's message (bounded, control characters removed) or a technical note
    QString endpoint;      // redacted URL of the endpoint that produced it (never the full URL)
    QByteArray revertData; // raw revert bytes for kind Revert (may be empty)
    QString revertReason;  // human sentence decoded from revertData, empty when unknown
    std::optional<BlockRange> suggestedRange;            // RangeTooLarge: the provider's "try this range"
    std::optional<uint64_t> maxBlockSpan;                // RangeTooLarge: "limited to a 1000 range" -> 1000
    std::optional<std::chrono::milliseconds> retryAfter; // RateLimited: Retry-After header or message hint
    std::optional<int64_t> actualChainId;                // WrongChain
    std::optional<int64_t> expectedChainId;              // WrongChain
    QString localCode;                                   // Refused: e.g. "tx.fee_cap_exceeded", "chain.code_changed"

    /// Stable machine code, e.g. "rpc.range_too_large".
    QString code() const { return kind == RpcErrorKind::Refused && !localCode.isEmpty() ? localCode : codeFor(kind); }
    /// Translated sentence for people; never contains the URL or a secret.
    QString message() const;
    vd::Error toError() const { return vd::Error{code(), message()}; }

    /// The endpoint is to blame (fail over / back off): rate limits, 5xx, timeouts, network, unhealthy node,
    /// unparsable or invalid answers, auth. Reverts, invalid requests and range limits are the caller's.
    bool isEndpointFault() const;
    /// Worth retrying the same endpoint later (after backoff): rate limit, 5xx, timeout, network, unhealthy.
    /// Parse errors and invalid answers are not: they fail over to another endpoint but never hit the same one again.
    bool isTransient() const;

    static QString codeFor(RpcErrorKind kind);
    static RpcError make(RpcErrorKind kind, QString detail = {});
    /// Classifies a JSON-RPC error object's parts. `data` may carry revert bytes or a provider payload.
    static RpcError fromJsonRpc(int code, const QString &message, const QJsonValue &data = {});
    static RpcError wrongChain(int64_t actual, int64_t expected);
    /// A local refusal with its own stable code and an already translated sentence (kept verbatim, not sanitized).
    static RpcError refused(const QString &code, const QString &translatedMessage);
    /// Bounds and cleans a provider string for storage in `detail` (max ~300 chars, no control chars).
    static QString sanitize(const QString &text);
};

/// Sets revertReason from revertData (and the message when data is absent). Exposed for tests.
QString describeRevert(const QByteArray &revertData);

} // namespace vd::chain
