#include "chain/rpc/JsonRpcCodec.h"

#include "chain/Hex.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace vd::chain {
namespace {

RpcError invalid(const QString &why)
{
    return RpcError::make(RpcErrorKind::InvalidResponse, why);
}

bool isHtml(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("text/html"))
        return true;
    const QByteArray head = body.left(256).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<");
}

RpcError parseFailure(const RpcHttpResponse &response, const QJsonParseError &error)
{
    QString why;
    if (response.body.trimmed().isEmpty())
        why = QStringLiteral("empty body");
    else if (isHtml(response.body, response.contentType))
        why = QStringLiteral("an HTML page instead of JSON");
    else if (error.error == QJsonParseError::UnterminatedObject || error.error == QJsonParseError::UnterminatedArray ||
             error.error == QJsonParseError::UnterminatedString ||
             error.error == QJsonParseError::TerminationByNumber || error.offset >= response.body.trimmed().size() ||
             error.error == QJsonParseError::MissingObject)
        why = QStringLiteral("truncated JSON at offset %1").arg(error.offset);
    else
        why = QStringLiteral("invalid JSON at offset %1 (%2)").arg(error.offset).arg(error.errorString());
    RpcError e = RpcError::make(RpcErrorKind::ParseError, why);
    e.httpStatus = response.httpStatus;
    return e;
}

// The id of a response must be exactly the number we sent.
bool idMatches(const QJsonValue &value, int64_t id)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && d == static_cast<double>(id);
}

std::optional<int64_t> idOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return static_cast<int64_t>(d);
}

RpcResult<QJsonValue> decodeErrorObject(const QJsonValue &errorValue)
{
    if (!errorValue.isObject())
        return invalid(QStringLiteral("\"error\" is not an object"));
    const QJsonObject err = errorValue.toObject();
    const QJsonValue codeValue = err.value(QLatin1String("code"));
    if (!codeValue.isDouble())
        return invalid(QStringLiteral("error code is not a number"));
    const double code = codeValue.toDouble();
    if (!std::isfinite(code) || code != std::floor(code) || std::fabs(code) > 2147483647.0)
        return invalid(QStringLiteral("error code is not a 32-bit integer"));
    const QJsonValue messageValue = err.value(QLatin1String("message"));
    if (!messageValue.isString() && !messageValue.isUndefined() && !messageValue.isNull())
        return invalid(QStringLiteral("error message is not a string"));
    return RpcError::fromJsonRpc(static_cast<int>(code), messageValue.toString(), err.value(QLatin1String("data")));
}

} // namespace

QByteArray JsonRpcCodec::encodeRequest(int64_t id, const QString &method, const QJsonArray &params)
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                  {QStringLiteral("id"), static_cast<qint64>(id)},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("params"), params}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray JsonRpcCodec::encodeBatch(const QList<RpcRequest> &requests, const QList<int64_t> &ids)
{
    QJsonArray array;
    for (qsizetype i = 0; i < requests.size() && i < ids.size(); ++i) {
        array.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("id"), static_cast<qint64>(ids[i])},
                                 {QStringLiteral("method"), requests[i].method},
                                 {QStringLiteral("params"), requests[i].params}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

std::optional<RpcError> JsonRpcCodec::classifyHttp(const RpcHttpResponse &response)
{
    using F = RpcHttpResponse::Failure;
    switch (response.failure) {
    case F::None:
        break;
    case F::Timeout:
        return RpcError::make(RpcErrorKind::Timeout, response.detail);
    case F::Network:
    case F::Canceled: {
        RpcError e = RpcError::make(RpcErrorKind::Network, response.detail);
        e.httpStatus = response.httpStatus;
        return e;
    }
    case F::Tls:
        return RpcError::make(RpcErrorKind::Network, QStringLiteral("TLS: ") + response.detail);
    case F::TooLarge:
        return RpcError::make(RpcErrorKind::ParseError, QStringLiteral("response too large"));
    }

    const int status = response.httpStatus;
    if (status >= 200 && status < 300)
        return std::nullopt;

    // A JSON-RPC error object inside a non-2xx answer says more than the status (e.g. 503 "no backends").
    std::optional<RpcError> fromBody;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body.left(1 << 20), &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject() &&
        doc.object().value(QLatin1String("error")).isObject()) {
        auto decoded = decodeErrorObject(doc.object().value(QLatin1String("error")));
        if (!decoded.ok())
            fromBody = decoded.rpcError();
    }

    RpcError e;
    if (status == 429) {
        e = RpcError::make(RpcErrorKind::RateLimited, fromBody ? fromBody->detail : QStringLiteral("HTTP 429"));
        e.retryAfter = response.retryAfter ? response.retryAfter : (fromBody ? fromBody->retryAfter : std::nullopt);
    } else if (status == 401 || status == 403) {
        e = RpcError::make(RpcErrorKind::Unauthorized, QStringLiteral("HTTP %1").arg(status));
    } else if (status >= 500) {
        if (fromBody && fromBody->kind != RpcErrorKind::Other && fromBody->kind != RpcErrorKind::InvalidRequest)
            e = *fromBody;
        else
            e = RpcError::make(RpcErrorKind::ServerError, fromBody
                                                              ? fromBody->detail
                                                              : (isHtml(response.body, response.contentType)
                                                                     ? QStringLiteral("HTTP %1 (HTML page)").arg(status)
                                                                     : QStringLiteral("HTTP %1").arg(status)));
        if (e.kind == RpcErrorKind::RateLimited && !e.retryAfter)
            e.retryAfter = response.retryAfter;
    } else if (status >= 300 && status < 400) {
        e = RpcError::make(RpcErrorKind::InvalidResponse, QStringLiteral("HTTP %1 redirect refused").arg(status));
    } else if (status >= 400 && parseError.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray())) {
        return std::nullopt; // some nodes answer JSON-RPC errors with 400: read them as JSON-RPC
    } else if (status == 413) {
        e = RpcError::make(RpcErrorKind::InvalidRequest, QStringLiteral("HTTP 413 request too large"));
    } else {
        e = RpcError::make(RpcErrorKind::InvalidResponse, QStringLiteral("HTTP %1").arg(status));
    }
    e.httpStatus = status;
    return e;
}

RpcResult<QJsonValue> JsonRpcCodec::decodeObject(const QJsonObject &object, int64_t id)
{
    if (object.value(QLatin1String("jsonrpc")) != QJsonValue(QStringLiteral("2.0")))
        return invalid(QStringLiteral("missing or wrong \"jsonrpc\" version"));
    const bool hasResult = object.contains(QLatin1String("result"));
    const bool hasError = object.contains(QLatin1String("error"));
    if (hasResult == hasError)
        return invalid(hasResult ? QStringLiteral("both \"result\" and \"error\"")
                                 : QStringLiteral("neither \"result\" nor \"error\""));
    const QJsonValue idValue = object.value(QLatin1String("id"));
    if (hasError) {
        // A null id is allowed with an error (the server could not tell which request failed).
        if (!idValue.isNull() && !idMatches(idValue, id))
            return invalid(QStringLiteral("answer for another request id"));
        return decodeErrorObject(object.value(QLatin1String("error")));
    }
    if (!idMatches(idValue, id))
        return invalid(QStringLiteral("answer for another request id"));
    return object.value(QLatin1String("result"));
}

RpcResult<QJsonValue> JsonRpcCodec::decodeSingle(const RpcHttpResponse &response, int64_t id)
{
    if (auto e = classifyHttp(response))
        return *e;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return parseFailure(response, parseError);
    if (doc.isArray()) {
        // A single-element array answering a single call is a broken proxy; accept only the exact id.
        const QJsonArray a = doc.array();
        if (a.size() == 1 && a.first().isObject())
            return decodeObject(a.first().toObject(), id);
        return invalid(QStringLiteral("an array answering a single call"));
    }
    if (!doc.isObject())
        return invalid(QStringLiteral("not a JSON object"));
    return decodeObject(doc.object(), id);
}

RpcResult<QList<RpcResult<QJsonValue>>> JsonRpcCodec::decodeBatch(const RpcHttpResponse &response,
                                                                  const QList<int64_t> &ids)
{
    if (auto e = classifyHttp(response))
        return *e;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return parseFailure(response, parseError);
    if (doc.isObject()) {
        // Nodes answer a whole batch with one error object when they refuse the batch (too large, rate limited).
        const QJsonObject o = doc.object();
        if (o.value(QLatin1String("error")).isObject()) {
            auto decoded = decodeErrorObject(o.value(QLatin1String("error")));
            return decoded.ok() ? invalid(QStringLiteral("malformed error object")) : decoded.rpcError();
        }
        return invalid(QStringLiteral("an object answering a batch"));
    }
    if (!doc.isArray())
        return invalid(QStringLiteral("not a JSON array"));

    QHash<int64_t, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids[i], i);
    QList<std::optional<RpcResult<QJsonValue>>> answers(ids.size());
    QList<bool> duplicated(ids.size(), false);
    const QJsonArray array = doc.array();
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        const auto id = idOf(o.value(QLatin1String("id")));
        if (!id || !position.contains(*id))
            continue; // unknown or null id: cannot be attributed
        const qsizetype i = position.value(*id);
        if (answers[i]) {
            duplicated[i] = true;
            continue;
        }
        answers[i] = decodeObject(o, *id);
    }
    QList<RpcResult<QJsonValue>> results;
    results.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (duplicated[i])
            results.append(invalid(QStringLiteral("several answers for one request id")));
        else if (!answers[i])
            results.append(invalid(QStringLiteral("no answer for this request in the batch")));
        else
            results.append(*answers[i]);
    }
    return results;
}

RpcResult<uint64_t> JsonRpcCodec::toUint64(const QJsonValue &value)
{
    if (!value.isString())
        return invalid(QStringLiteral("quantity is not a string"));
    const QString s = value.toString();
    if (s.size() < 3 || s.size() > 66 || !(s.startsWith(u"0x") || s.startsWith(u"0X")))
        return invalid(QStringLiteral("malformed quantity"));
    uint64_t v = 0;
    for (qsizetype i = 2; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            return invalid(QStringLiteral("malformed quantity"));
        if (v > (UINT64_MAX >> 4))
            return invalid(QStringLiteral("quantity too large"));
        v = (v << 4) | static_cast<uint64_t>(digit);
    }
    return v;
}

RpcResult<U256> JsonRpcCodec::toU256(const QJsonValue &value)
{
    if (!value.isString())
        return invalid(QStringLiteral("quantity is not a string"));
    auto v = U256::fromHexQuantity(value.toString());
    if (!v)
        return invalid(QStringLiteral("malformed or too large quantity"));
    return v.value();
}

RpcResult<QByteArray> JsonRpcCodec::toData(const QJsonValue &value)
{
    if (!value.isString())
        return invalid(QStringLiteral("data is not a string"));
    const QString s = value.toString();
    if (!s.startsWith(u"0x"))
        return invalid(QStringLiteral("data without 0x prefix"));
    auto bytes = hex::decode(s);
    if (!bytes)
        return invalid(QStringLiteral("malformed hex data"));
    return bytes.value();
}

RpcResult<Hash32> JsonRpcCodec::toHash(const QJsonValue &value)
{
    if (!value.isString())
        return invalid(QStringLiteral("hash is not a string"));
    auto h = hex::decode32(value.toString());
    if (!h)
        return invalid(QStringLiteral("malformed 32-byte hash"));
    return h.value();
}

RpcResult<uint64_t> JsonRpcCodec::quantityField(const QJsonObject &object, const char *field)
{
    auto v = toUint64(object.value(QLatin1String(field)));
    if (!v)
        return invalid(QStringLiteral("field \"%1\": %2").arg(QLatin1String(field), v.rpcError().detail));
    return v;
}

} // namespace vd::chain
