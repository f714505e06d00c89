#include "chain/rpc/RpcError.h"

#include "chain/Abi.h"
#include "chain/Hex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace vd::chain {
namespace {

bool parseUnsigned(QStringView text, uint64_t *out)
{
    QString digits = text.toString();
    digits.remove(u',');
    digits.remove(u'_');
    bool ok = false;
    uint64_t v = 0;
    if (digits.startsWith(u"0x") || digits.startsWith(u"0X"))
        v = digits.mid(2).toULongLong(&ok, 16);
    else
        v = digits.toULongLong(&ok, 10);
    if (ok)
        *out = v;
    return ok;
}

// Provider payloads hide the useful text in different places: message, data (string), data.message,
// data.payload, data.details. All of it is searched, lowercased.
QString collectText(const QString &message, const QJsonValue &data)
{
    QString text = message;
    if (data.isString()) {
        text += u' ' + data.toString();
    } else if (data.isObject()) {
        const QJsonObject o = data.toObject();
        for (const char *key : {"message", "payload", "details", "reason", "error"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isString())
                text += u' ' + v.toString();
        }
    }
    return text.left(4096);
}

bool looksLikeHexData(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^0x([0-9a-fA-F]{2})*$"));
    return re.match(s).hasMatch();
}

// Revert bytes may be in data (string), data.data, data.originalError.data, or in the message ("Reverted 0x..").
std::optional<QByteArray> extractRevertData(const QString &message, const QJsonValue &data)
{
    auto fromString = [](const QString &s) -> std::optional<QByteArray> {
        if (!looksLikeHexData(s))
            return std::nullopt;
        auto bytes = hex::decode(s);
        if (!bytes)
            return std::nullopt;
        return bytes.value();
    };
    if (data.isString())
        return fromString(data.toString());
    if (data.isObject()) {
        const QJsonObject o = data.toObject();
        if (o.value(QLatin1String("data")).isString())
            return fromString(o.value(QLatin1String("data")).toString());
        const QJsonValue original = o.value(QLatin1String("originalError"));
        if (original.isObject() && original.toObject().value(QLatin1String("data")).isString())
            return fromString(original.toObject().value(QLatin1String("data")).toString());
    }
    static const QRegularExpression inMessage(QStringLiteral("[Rr]everted:? (0x[0-9a-fA-F]*)"));
    const auto m = inMessage.match(message);
    if (m.hasMatch())
        return fromString(m.captured(1));
    return std::nullopt;
}

std::optional<BlockRange> extractSuggestedRange(const QString &text, const QJsonValue &data)
{
    // Infura: data {"from":"0x..","to":"0x.."}
    if (data.isObject()) {
        const QJsonObject o = data.toObject();
        uint64_t from = 0, to = 0;
        if (o.value(QLatin1String("from")).isString() && o.value(QLatin1String("to")).isString() &&
            parseUnsigned(o.value(QLatin1String("from")).toString(), &from) &&
            parseUnsigned(o.value(QLatin1String("to")).toString(), &to) && from <= to)
            return BlockRange{from, to};
    }
    // "Try with this block range [0x1, 0x2]" / "this block range should work: [0x0, 0x9a8f1]"
    static const QRegularExpression bracket(
        QStringLiteral("\\[\\s*(0x[0-9a-fA-F]{1,16}|[0-9]{1,20})\\s*,\\s*(0x[0-9a-fA-F]{1,16}|[0-9]{1,20})\\s*\\]"));
    // reth: "retry with the range 25766988-25775072"
    static const QRegularExpression dashed(
        QStringLiteral("range\\s+(0x[0-9a-fA-F]{1,16}|[0-9]{1,20})\\s*-\\s*(0x[0-9a-fA-F]{1,16}|[0-9]{1,20})"),
        QRegularExpression::CaseInsensitiveOption);
    for (const auto *re : {&bracket, &dashed}) {
        const auto m = re->match(text);
        uint64_t from = 0, to = 0;
        if (m.hasMatch() && parseUnsigned(m.captured(1), &from) && parseUnsigned(m.captured(2), &to) && from <= to)
            return BlockRange{from, to};
    }
    return std::nullopt;
}

std::optional<uint64_t> extractMaxSpan(const QString &text)
{
    static const QRegularExpression patterns[] = {
        QRegularExpression(QStringLiteral("limited to (?:a |an )?([0-9][0-9,]*) (?:block )?range"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("exceeds? (?:the )?limit of ([0-9][0-9,]*)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("range limit:? ([0-9][0-9,]*)"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("maximum (?:block )?range:? ([0-9][0-9,]*)"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("max(?:imum)? (?:is |of )?([0-9][0-9,]*) blocks"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("up to (?:a )?([0-9]+)k block range"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    for (size_t i = 0; i < std::size(patterns); ++i) {
        const auto m = patterns[i].match(text);
        uint64_t v = 0;
        if (m.hasMatch() && parseUnsigned(m.captured(1), &v) && v > 0) {
            if (i == std::size(patterns) - 1)
                v *= 1000;
            return v;
        }
    }
    return std::nullopt;
}

std::optional<std::chrono::milliseconds> extractRetryAfter(const QString &text, const QJsonValue &data)
{
    if (data.isObject()) {
        const QJsonValue v = data.toObject().value(QLatin1String("retryAfter"));
        if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() < 86400)
            return std::chrono::milliseconds(static_cast<int64_t>(v.toDouble() * 1000));
    }
    static const QRegularExpression re(
        QStringLiteral("(?:try again|retry) (?:in|after) ([0-9]{1,5}) ?(ms|s|sec|seconds?)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    if (m.hasMatch()) {
        const int64_t n = m.captured(1).toLongLong();
        return std::chrono::milliseconds(m.captured(2).compare(u"ms", Qt::CaseInsensitive) == 0 ? n : n * 1000);
    }
    return std::nullopt;
}

bool containsAny(const QString &lower, std::initializer_list<const char *> needles)
{
    for (const char *n : needles) {
        if (lower.contains(QLatin1String(n)))
            return true;
    }
    return false;
}

} // namespace

QString RpcError::codeFor(RpcErrorKind kind)
{
    switch (kind) {
    case RpcErrorKind::RangeTooLarge:
        return QStringLiteral("rpc.range_too_large");
    case RpcErrorKind::RateLimited:
        return QStringLiteral("rpc.rate_limited");
    case RpcErrorKind::Timeout:
        return QStringLiteral("rpc.timeout");
    case RpcErrorKind::Network:
        return QStringLiteral("rpc.network");
    case RpcErrorKind::ServerError:
        return QStringLiteral("rpc.server_error");
    case RpcErrorKind::NodeUnhealthy:
        return QStringLiteral("rpc.node_unhealthy");
    case RpcErrorKind::ParseError:
        return QStringLiteral("rpc.parse_error");
    case RpcErrorKind::InvalidResponse:
        return QStringLiteral("rpc.invalid_response");
    case RpcErrorKind::Revert:
        return QStringLiteral("rpc.revert");
    case RpcErrorKind::WrongChain:
        return QStringLiteral("rpc.wrong_chain");
    case RpcErrorKind::Unauthorized:
        return QStringLiteral("rpc.unauthorized");
    case RpcErrorKind::InvalidRequest:
        return QStringLiteral("rpc.invalid_request");
    case RpcErrorKind::Other:
        return QStringLiteral("rpc.other");
    case RpcErrorKind::Refused:
        return QStringLiteral("rpc.refused");
    }
    return QStringLiteral("rpc.other");
}

QString RpcError::message() const
{
    switch (kind) {
    case RpcErrorKind::RangeTooLarge:
        if (suggestedRange)
            return QCoreApplication::translate(
                       "vd::chain::RpcError",
                       "The node refused the log query because the block range is too large; it suggests blocks "
                       "%1 to %2.")
                .arg(suggestedRange->from)
                .arg(suggestedRange->to);
        if (maxBlockSpan)
            return QCoreApplication::translate(
                       "vd::chain::RpcError",
                       "The node refused the log query because the block range is too large; it allows at most %1 "
                       "blocks.")
                .arg(*maxBlockSpan);
        return QCoreApplication::translate("vd::chain::RpcError",
                                           "The node refused the log query because the block range is too large.");
    case RpcErrorKind::RateLimited:
        if (retryAfter)
            return QCoreApplication::translate("vd::chain::RpcError",
                                               "The node is limiting requests; try again in %1 seconds.")
                .arg((retryAfter->count() + 999) / 1000);
        return QCoreApplication::translate("vd::chain::RpcError", "The node is limiting requests; try again later.");
    case RpcErrorKind::Timeout:
        return QCoreApplication::translate("vd::chain::RpcError", "The node did not answer in time.");
    case RpcErrorKind::Network:
        if (detail.startsWith(u"TLS"))
            return QCoreApplication::translate(
                "vd::chain::RpcError", "The node's TLS certificate could not be verified; the connection was refused.");
        if (detail.contains(u"ConnectionRefused"))
            return QCoreApplication::translate("vd::chain::RpcError", "The node refused the connection.");
        if (detail.contains(u"HostNotFound"))
            return QCoreApplication::translate("vd::chain::RpcError", "The node's host name could not be resolved.");
        if (detail.contains(u"RemoteHostClosed"))
            return QCoreApplication::translate("vd::chain::RpcError",
                                               "The node closed the connection before answering.");
        return QCoreApplication::translate("vd::chain::RpcError", "The node could not be reached (%1).").arg(detail);
    case RpcErrorKind::ServerError:
        return QCoreApplication::translate("vd::chain::RpcError", "The node's server failed (HTTP status %1).")
            .arg(httpStatus);
    case RpcErrorKind::NodeUnhealthy:
        return QCoreApplication::translate("vd::chain::RpcError", "The node is unhealthy or behind the chain: %1")
            .arg(detail);
    case RpcErrorKind::ParseError:
        return QCoreApplication::translate("vd::chain::RpcError", "The node sent an answer that is not valid JSON.");
    case RpcErrorKind::InvalidResponse:
        return QCoreApplication::translate("vd::chain::RpcError", "The node sent an invalid JSON-RPC answer: %1")
            .arg(detail);
    case RpcErrorKind::Revert:
        if (!revertReason.isEmpty())
            return QCoreApplication::translate("vd::chain::RpcError", "The contract refused the call: %1")
                .arg(revertReason);
        return QCoreApplication::translate("vd::chain::RpcError",
                                           "The contract refused the call without giving a reason.");
    case RpcErrorKind::WrongChain:
        if (actualChainId && expectedChainId)
            return QCoreApplication::translate(
                       "vd::chain::RpcError",
                       "The node serves chain %1, but chain %2 is configured; it will not be used.")
                .arg(*actualChainId)
                .arg(*expectedChainId);
        return QCoreApplication::translate(
            "vd::chain::RpcError", "The node serves a different chain than the configured one; it will not be used.");
    case RpcErrorKind::Unauthorized:
        return QCoreApplication::translate(
                   "vd::chain::RpcError",
                   "The node refused access (HTTP status %1); check the API key of this RPC endpoint.")
            .arg(httpStatus);
    case RpcErrorKind::InvalidRequest:
        return QCoreApplication::translate("vd::chain::RpcError", "The node rejected the request as invalid: %1")
            .arg(detail);
    case RpcErrorKind::Other:
        return QCoreApplication::translate("vd::chain::RpcError", "The node returned an error: %1").arg(detail);
    case RpcErrorKind::Refused:
        return detail;
    }
    return detail;
}

bool RpcError::isEndpointFault() const
{
    switch (kind) {
    case RpcErrorKind::RateLimited:
    case RpcErrorKind::Timeout:
    case RpcErrorKind::Network:
    case RpcErrorKind::ServerError:
    case RpcErrorKind::NodeUnhealthy:
    case RpcErrorKind::ParseError:
    case RpcErrorKind::InvalidResponse:
    case RpcErrorKind::Unauthorized:
    case RpcErrorKind::WrongChain:
        return true;
    case RpcErrorKind::RangeTooLarge:
    case RpcErrorKind::Revert:
    case RpcErrorKind::InvalidRequest:
    case RpcErrorKind::Other:
    case RpcErrorKind::Refused:
        return false;
    }
    return false;
}

bool RpcError::isTransient() const
{
    switch (kind) {
    case RpcErrorKind::RateLimited:
    case RpcErrorKind::Timeout:
    case RpcErrorKind::Network:
    case RpcErrorKind::ServerError:
    case RpcErrorKind::NodeUnhealthy:
        return true;
    default:
        return false;
    }
}

QString RpcError::sanitize(const QString &text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), 300));
    for (const QChar c : text) {
        if (out.size() >= 300) {
            out += u'…';
            break;
        }
        out += (c.isPrint() || c == u' ') ? c : QChar(u' ');
    }
    return out.trimmed();
}

RpcError RpcError::make(RpcErrorKind kind, QString detail)
{
    RpcError e;
    e.kind = kind;
    e.detail = sanitize(detail);
    return e;
}

RpcError RpcError::wrongChain(int64_t actual, int64_t expected)
{
    RpcError e = make(RpcErrorKind::WrongChain, QStringLiteral("chain id %1, expected %2").arg(actual).arg(expected));
    e.actualChainId = actual;
    e.expectedChainId = expected;
    return e;
}

RpcError RpcError::refused(const QString &code, const QString &translatedMessage)
{
    RpcError e;
    e.kind = RpcErrorKind::Refused;
    e.localCode = code;
    e.detail = translatedMessage;
    return e;
}

RpcError RpcError::fromJsonRpc(int code, const QString &message, const QJsonValue &data)
{
    RpcError e;
    e.rpcCode = code;
    e.detail = sanitize(message.isEmpty() && data.isString() ? data.toString() : message);
    const QString text = collectText(message, data);
    const QString lower = text.toLower();

    // 1. Reverts: geth/anvil code 3 with data, or "execution reverted" with or without data.
    const bool revertText = containsAny(
        lower, {"execution reverted", "vm exception while processing transaction: revert", "reverted", "revert "});
    if (code == 3 || (revertText && !containsAny(lower, {"nonce", "underpriced"}))) {
        e.kind = RpcErrorKind::Revert;
        if (auto d = extractRevertData(message, data))
            e.revertData = *d;
        e.revertReason = describeRevert(e.revertData);
        if (e.revertReason.isEmpty()) {
            // "execution reverted: Not enough balance" without data: keep the node's words.
            static const QRegularExpression reason(QStringLiteral("execution reverted:\\s*(.+)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
            const auto m = reason.match(message);
            if (m.hasMatch() && !m.captured(1).startsWith(u"custom error"))
                e.revertReason = sanitize(m.captured(1));
        }
        return e;
    }

    // 2. Log range / result-size caps (checked before rate limits: Infura uses -32005 for both).
    if (containsAny(lower, {"query returned more than", "block range", "range too large", "range is too large",
                            "log response size exceeded", "response size exceeded", "limited to a", "exceeds limit of",
                            "range limit", "maximum block range", "max block range", "maxblockrange",
                            "exceeds max results", "too many blocks", "query timeout exceeded", "retry with the range",
                            "logs are limited", "too many logs"})) {
        e.kind = RpcErrorKind::RangeTooLarge;
        e.suggestedRange = extractSuggestedRange(text, data);
        e.maxBlockSpan = extractMaxSpan(text);
        return e;
    }

    // 3. Rate limits and quotas.
    if (code == 429 || code == -32029 ||
        containsAny(lower, {"rate limit", "ratelimit", "too many requests", "request rate exceeded", "limit exceeded",
                            "exceeded its compute units", "compute units per second", "capacity exceeded",
                            "daily request count exceeded", "throughput", "quota", "request limit reached"})) {
        e.kind = RpcErrorKind::RateLimited;
        e.retryAfter = extractRetryAfter(text, data);
        return e;
    }

    // 4. Chain id refusals from eth_sendRawTransaction.
    if (containsAny(lower, {"invalid chain id", "chain id mismatch", "incorrect chain id", "invalid chainid"})) {
        e.kind = RpcErrorKind::WrongChain;
        return e;
    }

    // 5. Node health: behind, syncing, pruned state, no upstream.
    if (containsAny(lower, {"header not found", "missing trie node", "unknown block", "block not found", "not synced",
                            "is syncing", "still syncing", "no backends", "no upstream", "unhealthy", "behind",
                            "service unavailable", "temporarily unavailable", "node is not ready", "server is busy",
                            "too busy"})) {
        e.kind = RpcErrorKind::NodeUnhealthy;
        return e;
    }
    if (containsAny(lower, {"request timed out", "request timeout", "timed out", "deadline exceeded"})) {
        e.kind = RpcErrorKind::Timeout;
        return e;
    }

    // 6. The request itself is wrong.
    if (code == -32600 || code == -32601 || code == -32602 || code == -32700) {
        e.kind = RpcErrorKind::InvalidRequest;
        return e;
    }
    e.kind = RpcErrorKind::Other;
    return e;
}

QString describeRevert(const QByteArray &revertData)
{
    if (revertData.isEmpty())
        return {};
    const RevertReason reason = Abi::decodeRevert(revertData);
    if (reason.kind == RevertReason::Kind::Empty)
        return {};
    return reason.sentence;
}

} // namespace vd::chain
