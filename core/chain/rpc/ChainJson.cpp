#include "chain/rpc/ChainJson.h"

#include "chain/Hex.h"
#include "chain/rpc/JsonRpcCodec.h"

#include <QJsonArray>

namespace vd::chain {
namespace {

RpcError invalid(const QString &why)
{
    return RpcError::make(RpcErrorKind::InvalidResponse, why);
}

RpcError inField(const char *field, const RpcError &e)
{
    return invalid(QStringLiteral("field \"%1\": %2").arg(QLatin1String(field), e.detail));
}

// Small helpers that read a required field or report which one was wrong.
struct Reader
{
    const QJsonObject &o;
    std::optional<RpcError> error;

    uint64_t u64(const char *f)
    {
        auto r = JsonRpcCodec::toUint64(o.value(QLatin1String(f)));
        if (!r.ok()) {
            if (!error)
                error = inField(f, r.rpcError());
            return 0;
        }
        return r.value();
    }
    U256 u256(const char *f)
    {
        auto r = JsonRpcCodec::toU256(o.value(QLatin1String(f)));
        if (!r.ok()) {
            if (!error)
                error = inField(f, r.rpcError());
            return {};
        }
        return r.value();
    }
    Hash32 hash(const char *f)
    {
        auto r = JsonRpcCodec::toHash(o.value(QLatin1String(f)));
        if (!r.ok()) {
            if (!error)
                error = inField(f, r.rpcError());
            return {};
        }
        return r.value();
    }
    QByteArray data(const char *f)
    {
        auto r = JsonRpcCodec::toData(o.value(QLatin1String(f)));
        if (!r.ok()) {
            if (!error)
                error = inField(f, r.rpcError());
            return {};
        }
        return r.value();
    }
    Address address(const char *f)
    {
        auto r = ChainJson::parseAddress(o.value(QLatin1String(f)));
        if (!r.ok()) {
            if (!error)
                error = inField(f, r.rpcError());
            return {};
        }
        return r.value();
    }
    std::optional<Address> optAddress(const char *f)
    {
        const QJsonValue v = o.value(QLatin1String(f));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return address(f);
    }
    bool has(const char *f) const
    {
        const QJsonValue v = o.value(QLatin1String(f));
        return !v.isNull() && !v.isUndefined();
    }
};

} // namespace

RpcResult<Address> ChainJson::parseAddress(const QJsonValue &value)
{
    if (!value.isString())
        return invalid(QStringLiteral("address is not a string"));
    auto a = Address::fromString(value.toString());
    if (!a)
        return invalid(QStringLiteral("malformed address"));
    return a.value();
}

RpcResult<LogEntry> ChainJson::parseLog(const QJsonValue &value)
{
    if (!value.isObject())
        return invalid(QStringLiteral("log is not an object"));
    const QJsonObject o = value.toObject();
    Reader r{o, {}};
    LogEntry log;
    log.address = r.address("address");
    log.data = r.data("data");
    const QJsonValue topics = o.value(QLatin1String("topics"));
    if (!topics.isArray() || topics.toArray().size() > 4)
        return invalid(QStringLiteral("log topics are not an array of at most 4"));
    for (const QJsonValue &t : topics.toArray()) {
        auto h = JsonRpcCodec::toHash(t);
        if (!h)
            return inField("topics", h.rpcError());
        log.topics.append(h.value());
    }
    // Pending logs lack the block fields; mined ones must have all of them.
    if (r.has("blockNumber")) {
        log.blockNumber = r.u64("blockNumber");
        log.blockHash = r.hash("blockHash");
        log.transactionHash = r.hash("transactionHash");
        log.transactionIndex = r.u64("transactionIndex");
        log.logIndex = r.u64("logIndex");
    }
    const QJsonValue removed = o.value(QLatin1String("removed"));
    if (!removed.isUndefined() && !removed.isBool())
        return invalid(QStringLiteral("field \"removed\" is not a boolean"));
    log.removed = removed.toBool(false);
    if (r.error)
        return *r.error;
    return log;
}

RpcResult<QList<LogEntry>> ChainJson::parseLogs(const QJsonValue &value)
{
    if (!value.isArray())
        return invalid(QStringLiteral("logs are not an array"));
    QList<LogEntry> out;
    const QJsonArray a = value.toArray();
    out.reserve(a.size());
    for (const QJsonValue &v : a) {
        auto log = parseLog(v);
        if (!log)
            return log.rpcError();
        out.append(log.value());
    }
    return out;
}

RpcResult<std::optional<Receipt>> ChainJson::parseReceipt(const QJsonValue &value)
{
    if (value.isNull())
        return std::optional<Receipt>();
    if (!value.isObject())
        return invalid(QStringLiteral("receipt is not an object"));
    const QJsonObject o = value.toObject();
    Reader r{o, {}};
    Receipt rc;
    rc.transactionHash = r.hash("transactionHash");
    rc.transactionIndex = r.u64("transactionIndex");
    rc.blockNumber = r.u64("blockNumber");
    rc.blockHash = r.hash("blockHash");
    rc.from = r.address("from");
    rc.to = r.optAddress("to");
    rc.contractAddress = r.optAddress("contractAddress");
    rc.gasUsed = r.u256("gasUsed");
    rc.cumulativeGasUsed = r.u256("cumulativeGasUsed");
    if (r.has("effectiveGasPrice"))
        rc.effectiveGasPrice = r.u256("effectiveGasPrice");
    const uint64_t status = r.u64("status");
    if (!r.error && status > 1)
        return invalid(QStringLiteral("receipt status is neither 0 nor 1"));
    rc.status = status == 1;
    if (r.has("type")) {
        const uint64_t type = r.u64("type");
        if (!r.error && type > 0xff)
            return invalid(QStringLiteral("receipt type out of range"));
        rc.type = static_cast<uint8_t>(type);
    }
    if (r.error)
        return *r.error;
    auto logs = parseLogs(o.value(QLatin1String("logs")));
    if (!logs)
        return logs.rpcError();
    rc.logs = logs.value();
    return std::optional<Receipt>(rc);
}

RpcResult<std::optional<BlockHeader>> ChainJson::parseHeader(const QJsonValue &value)
{
    if (value.isNull())
        return std::optional<BlockHeader>();
    if (!value.isObject())
        return invalid(QStringLiteral("block is not an object"));
    const QJsonObject o = value.toObject();
    Reader r{o, {}};
    BlockHeader h;
    h.number = r.u64("number");
    h.hash = r.hash("hash");
    h.parentHash = r.hash("parentHash");
    h.timestamp = r.u64("timestamp");
    if (r.has("baseFeePerGas"))
        h.baseFeePerGas = r.u256("baseFeePerGas");
    if (r.error)
        return *r.error;
    return std::optional<BlockHeader>(h);
}

RpcResult<std::optional<TransactionInfo>> ChainJson::parseTransaction(const QJsonValue &value)
{
    if (value.isNull())
        return std::optional<TransactionInfo>();
    if (!value.isObject())
        return invalid(QStringLiteral("transaction is not an object"));
    const QJsonObject o = value.toObject();
    Reader r{o, {}};
    TransactionInfo t;
    t.hash = r.hash("hash");
    t.from = r.address("from");
    t.to = r.optAddress("to");
    t.nonce = r.u64("nonce");
    t.input = r.data("input");
    if (r.has("blockNumber")) {
        t.blockNumber = r.u64("blockNumber");
        t.blockHash = r.hash("blockHash");
    }
    if (r.error)
        return *r.error;
    return std::optional<TransactionInfo>(t);
}

QJsonObject ChainJson::filterToJson(const LogFilter &filter)
{
    QJsonObject o;
    if (filter.blockHash) {
        o.insert(QStringLiteral("blockHash"), hex::encode(QByteArrayView(filter.blockHash->data(), 32)));
    } else {
        if (filter.fromBlock)
            o.insert(QStringLiteral("fromBlock"), filter.fromBlock->toJson());
        if (filter.toBlock)
            o.insert(QStringLiteral("toBlock"), filter.toBlock->toJson());
    }
    if (filter.addresses.size() == 1) {
        o.insert(QStringLiteral("address"), filter.addresses.first().toLower());
    } else if (!filter.addresses.isEmpty()) {
        QJsonArray a;
        for (const Address &addr : filter.addresses)
            a.append(addr.toLower());
        o.insert(QStringLiteral("address"), a);
    }
    if (!filter.topics.isEmpty()) {
        QJsonArray topics;
        for (const QList<Hash32> &position : filter.topics) {
            if (position.isEmpty()) {
                topics.append(QJsonValue::Null);
            } else if (position.size() == 1) {
                topics.append(hex::encode(QByteArrayView(position.first().data(), 32)));
            } else {
                QJsonArray alternatives;
                for (const Hash32 &h : position)
                    alternatives.append(hex::encode(QByteArrayView(h.data(), 32)));
                topics.append(alternatives);
            }
        }
        o.insert(QStringLiteral("topics"), topics);
    }
    return o;
}

} // namespace vd::chain
