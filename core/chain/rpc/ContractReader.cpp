#include "chain/rpc/ContractReader.h"

#include "chain/Hex.h"
#include "chain/rpc/RpcChannel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace vd::chain {
namespace {

QString hexOf(const Hash32 &h)
{
    return hex::encode(QByteArrayView(h.data(), 32));
}

AbiValue word(const Hash32 &h)
{
    return AbiValue::bytes(QByteArray(reinterpret_cast<const char *>(h.data()), 32));
}

template <typename T, typename F>
ContractReader::Callback<QList<AbiValue>> mapped(ContractReader::Callback<T> callback, F convert)
{
    return [callback = std::move(callback), convert](const RpcResult<QList<AbiValue>> &r) {
        if (!r.ok()) {
            callback(r.rpcError());
            return;
        }
        callback(convert(r.value()));
    };
}

// Wraps a JSON result parser.
template <typename T>
RpcChannel::Callback parsed(ContractReader::Callback<T> callback, RpcResult<T> (*parse)(const QJsonValue &))
{
    return [callback = std::move(callback), parse](const RpcResult<QJsonValue> &r) {
        if (!r.ok()) {
            callback(r.rpcError());
            return;
        }
        callback(parse(r.value()));
    };
}

} // namespace

ContractReader::ContractReader(RpcChannel *channel, QObject *parent) : QObject(parent), m_channel(channel) {}

ContractReader::~ContractReader() = default;

void ContractReader::call(const Address &to, const QByteArray &calldata, const BlockId &block, const QObject *context,
                          Callback<QByteArray> callback, const std::optional<Address> &from)
{
    QJsonObject tx{{QStringLiteral("to"), to.toLower()}, {QStringLiteral("data"), hex::encode(calldata)}};
    if (from)
        tx.insert(QStringLiteral("from"), from->toLower());
    m_channel->call(QStringLiteral("eth_call"), {tx, block.toJson()}, context,
                    parsed<QByteArray>(std::move(callback), &JsonRpcCodec::toData));
}

void ContractReader::callDecoded(const Address &to, const QString &signature, const QList<AbiValue> &args,
                                 const QString &returnTypes, const BlockId &block, const QObject *context,
                                 Callback<QList<AbiValue>> callback)
{
    auto calldata = Abi::encodeCall(signature, args);
    auto types = Abi::parseTypeList(returnTypes);
    if (!calldata || !types) {
        // A programming error in this file, reported like any other failure (asynchronously).
        const QString why = !calldata ? calldata.error().message : types.error().message;
        QPointer<const QObject> guard(context);
        QMetaObject::invokeMethod(
            this,
            [guard, callback = std::move(callback), why] {
                if (guard)
                    callback(RpcError::make(RpcErrorKind::InvalidRequest, why));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString name = signature;
    call(to, calldata.value(), block, context,
         [callback = std::move(callback), types = types.value(), name](const RpcResult<QByteArray> &r) {
             if (!r.ok()) {
                 callback(r.rpcError());
                 return;
             }
             // An empty answer means no contract (or a non-view fallback) at that address.
             if (r.value().isEmpty() && !types.isEmpty()) {
                 callback(
                     RpcError::make(RpcErrorKind::InvalidResponse,
                                    QStringLiteral("%1 returned no data (no contract at this address?)").arg(name)));
                 return;
             }
             auto decoded = Abi::decode(types, r.value());
             if (!decoded) {
                 callback(RpcError::make(RpcErrorKind::InvalidResponse,
                                         QStringLiteral("%1: %2").arg(name, decoded.error().message)));
                 return;
             }
             callback(decoded.value());
         });
}

void ContractReader::paused(const Address &token, const QObject *context, Callback<bool> callback, const BlockId &block)
{
    callDecoded(
        token, QStringLiteral("paused()"), {}, QStringLiteral("(bool)"), block, context,
        mapped<bool>(std::move(callback), [](const QList<AbiValue> &v) { return RpcResult<bool>(v[0].asBool()); }));
}

void ContractReader::hasRole(const Address &token, const Hash32 &role, const Address &account, const QObject *context,
                             Callback<bool> callback, const BlockId &block)
{
    callDecoded(
        token, QStringLiteral("hasRole(bytes32,address)"), {word(role), AbiValue::address(account)},
        QStringLiteral("(bool)"), block, context,
        mapped<bool>(std::move(callback), [](const QList<AbiValue> &v) { return RpcResult<bool>(v[0].asBool()); }));
}

void ContractReader::getRoleMember(const Address &token, const Hash32 &role, uint64_t index, const QObject *context,
                                   Callback<Address> callback, const BlockId &block)
{
    callDecoded(token, QStringLiteral("getRoleMember(bytes32,uint256)"), {word(role), AbiValue::uint(U256(index))},
                QStringLiteral("(address)"), block, context,
                mapped<Address>(std::move(callback),
                                [](const QList<AbiValue> &v) { return RpcResult<Address>(v[0].asAddress()); }));
}

void ContractReader::getRoleMemberCount(const Address &token, const Hash32 &role, const QObject *context,
                                        Callback<U256> callback, const BlockId &block)
{
    callDecoded(
        token, QStringLiteral("getRoleMemberCount(bytes32)"), {word(role)}, QStringLiteral("(uint256)"), block, context,
        mapped<U256>(std::move(callback), [](const QList<AbiValue> &v) { return RpcResult<U256>(v[0].asUint()); }));
}

void ContractReader::getRoleAdmin(const Address &token, const Hash32 &role, const QObject *context,
                                  Callback<Hash32> callback, const BlockId &block)
{
    callDecoded(token, QStringLiteral("getRoleAdmin(bytes32)"), {word(role)}, QStringLiteral("(bytes32)"), block,
                context, mapped<Hash32>(std::move(callback), [](const QList<AbiValue> &v) {
                    Hash32 h{};
                    const QByteArray b = v[0].asBytes();
                    if (b.size() != 32)
                        return RpcResult<Hash32>(
                            RpcError::make(RpcErrorKind::InvalidResponse, QStringLiteral("bytes32 size")));
                    std::copy(b.begin(), b.end(), reinterpret_cast<char *>(h.data()));
                    return RpcResult<Hash32>(h);
                }));
}

void ContractReader::totalSupply(const Address &token, const QObject *context, Callback<U256> callback,
                                 const BlockId &block)
{
    callDecoded(
        token, QStringLiteral("totalSupply()"), {}, QStringLiteral("(uint256)"), block, context,
        mapped<U256>(std::move(callback), [](const QList<AbiValue> &v) { return RpcResult<U256>(v[0].asUint()); }));
}

void ContractReader::decimals(const Address &token, const QObject *context, Callback<int> callback,
                              const BlockId &block)
{
    callDecoded(token, QStringLiteral("decimals()"), {}, QStringLiteral("(uint8)"), block, context,
                mapped<int>(std::move(callback), [](const QList<AbiValue> &v) {
                    return RpcResult<int>(static_cast<int>(v[0].asUint().low64())); // uint8: decode checked the range
                }));
}

void ContractReader::balanceOf(const Address &token, const Address &account, const QObject *context,
                               Callback<U256> callback, const BlockId &block)
{
    callDecoded(token, QStringLiteral("balanceOf(address)"), {AbiValue::address(account)}, QStringLiteral("(uint256)"),
                block, context, mapped<U256>(std::move(callback), [](const QList<AbiValue> &v) {
                    return RpcResult<U256>(v[0].asUint());
                }));
}

void ContractReader::frozen(const Address &token, const Address &account, const QObject *context,
                            Callback<bool> callback, const BlockId &block)
{
    callDecoded(token, QStringLiteral("frozen(address)"), {AbiValue::address(account)}, QStringLiteral("(bool)"), block,
                context, mapped<bool>(std::move(callback), [](const QList<AbiValue> &v) {
                    return RpcResult<bool>(v[0].asBool());
                }));
}

void ContractReader::safeNonce(const Address &safe, const QObject *context, Callback<U256> callback,
                               const BlockId &block)
{
    callDecoded(
        safe, QStringLiteral("nonce()"), {}, QStringLiteral("(uint256)"), block, context,
        mapped<U256>(std::move(callback), [](const QList<AbiValue> &v) { return RpcResult<U256>(v[0].asUint()); }));
}

void ContractReader::safeThreshold(const Address &safe, const QObject *context, Callback<U256> callback,
                                   const BlockId &block)
{
    callDecoded(
        safe, QStringLiteral("getThreshold()"), {}, QStringLiteral("(uint256)"), block, context,
        mapped<U256>(std::move(callback), [](const QList<AbiValue> &v) { return RpcResult<U256>(v[0].asUint()); }));
}

void ContractReader::safeOwners(const Address &safe, const QObject *context, Callback<QList<Address>> callback,
                                const BlockId &block)
{
    callDecoded(safe, QStringLiteral("getOwners()"), {}, QStringLiteral("(address[])"), block, context,
                mapped<QList<Address>>(std::move(callback), [](const QList<AbiValue> &v) {
                    QList<Address> owners;
                    for (const AbiValue &item : v[0].items())
                        owners.append(item.asAddress());
                    return RpcResult<QList<Address>>(owners);
                }));
}

void ContractReader::safeTransactionHash(const Address &safe, const SafeTx &tx, const QObject *context,
                                         Callback<Hash32> callback, const BlockId &block)
{
    const QList<AbiValue> args{AbiValue::address(tx.to),
                               AbiValue::uint(tx.value),
                               AbiValue::bytes(tx.data),
                               AbiValue::uint(U256(static_cast<uint64_t>(tx.operation))),
                               AbiValue::uint(tx.safeTxGas),
                               AbiValue::uint(tx.baseGas),
                               AbiValue::uint(tx.gasPrice),
                               AbiValue::address(tx.gasToken),
                               AbiValue::address(tx.refundReceiver),
                               AbiValue::uint(tx.nonce)};
    callDecoded(safe,
                QStringLiteral("getTransactionHash(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,"
                               "uint256)"),
                args, QStringLiteral("(bytes32)"), block, context,
                mapped<Hash32>(std::move(callback), [](const QList<AbiValue> &v) {
                    Hash32 h{};
                    const QByteArray b = v[0].asBytes();
                    if (b.size() != 32)
                        return RpcResult<Hash32>(
                            RpcError::make(RpcErrorKind::InvalidResponse, QStringLiteral("bytes32 size")));
                    std::copy(b.begin(), b.end(), reinterpret_cast<char *>(h.data()));
                    return RpcResult<Hash32>(h);
                }));
}

void ContractReader::code(const Address &account, const QObject *context, Callback<QByteArray> callback,
                          const BlockId &block)
{
    m_channel->call(QStringLiteral("eth_getCode"), {account.toLower(), block.toJson()}, context,
                    parsed<QByteArray>(std::move(callback), &JsonRpcCodec::toData));
}

void ContractReader::verifyCodeHash(const Address &account, const Hash32 &pinned, const QObject *context,
                                    Callback<Hash32> callback)
{
    code(account, context, [account, pinned, callback = std::move(callback)](const RpcResult<QByteArray> &r) {
        if (!r.ok()) {
            callback(r.rpcError());
            return;
        }
        if (r.value().isEmpty()) {
            callback(RpcError::refused(
                QStringLiteral("chain.no_code"),
                QCoreApplication::translate("vd::chain::ContractReader", "There is no contract at %1 on this chain.")
                    .arg(account.toChecksummed())));
            return;
        }
        const Hash32 actual = keccak256(r.value());
        if (actual != pinned) {
            callback(RpcError::refused(
                QStringLiteral("chain.code_changed"),
                QCoreApplication::translate(
                    "vd::chain::ContractReader",
                    "The contract code at %1 changed: its hash is %2, but %3 was pinned. Nothing will be signed until "
                    "an administrator checks the contract.")
                    .arg(account.toChecksummed(), hexOf(actual), hexOf(pinned))));
            return;
        }
        callback(actual);
    });
}

void ContractReader::chainId(const QObject *context, Callback<uint64_t> callback)
{
    m_channel->call(QStringLiteral("eth_chainId"), {}, context,
                    parsed<uint64_t>(std::move(callback), &JsonRpcCodec::toUint64));
}

void ContractReader::blockNumber(const QObject *context, Callback<uint64_t> callback)
{
    m_channel->call(QStringLiteral("eth_blockNumber"), {}, context,
                    parsed<uint64_t>(std::move(callback), &JsonRpcCodec::toUint64));
}

void ContractReader::header(const BlockId &block, const QObject *context, Callback<std::optional<BlockHeader>> callback)
{
    m_channel->call(QStringLiteral("eth_getBlockByNumber"), {block.toJson(), false}, context,
                    parsed<std::optional<BlockHeader>>(std::move(callback), &ChainJson::parseHeader));
}

void ContractReader::logs(const LogFilter &filter, const QObject *context, Callback<QList<LogEntry>> callback)
{
    m_channel->call(QStringLiteral("eth_getLogs"), {ChainJson::filterToJson(filter)}, context,
                    parsed<QList<LogEntry>>(std::move(callback), &ChainJson::parseLogs));
}

void ContractReader::receipt(const Hash32 &txHash, const QObject *context, Callback<std::optional<Receipt>> callback)
{
    m_channel->call(QStringLiteral("eth_getTransactionReceipt"), {hexOf(txHash)}, context,
                    parsed<std::optional<Receipt>>(std::move(callback), &ChainJson::parseReceipt));
}

void ContractReader::transaction(const Hash32 &txHash, const QObject *context,
                                 Callback<std::optional<TransactionInfo>> callback)
{
    m_channel->call(QStringLiteral("eth_getTransactionByHash"), {hexOf(txHash)}, context,
                    parsed<std::optional<TransactionInfo>>(std::move(callback), &ChainJson::parseTransaction));
}

void ContractReader::transactionCount(const Address &account, const BlockId &block, const QObject *context,
                                      Callback<uint64_t> callback)
{
    m_channel->call(QStringLiteral("eth_getTransactionCount"), {account.toLower(), block.toJson()}, context,
                    parsed<uint64_t>(std::move(callback), &JsonRpcCodec::toUint64));
}

} // namespace vd::chain
