#pragma once
// Strict parsers from JSON-RPC result objects to the chain layer's value types: receipts and logs (Receipt.h),
// block headers and transactions. Every field is type- and range-checked; anything off is InvalidResponse.
// Also builds eth_getLogs filters. Pure functions, any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/Receipt.h"
#include "chain/U256.h"
#include "chain/rpc/BlockId.h"
#include "chain/rpc/RpcResult.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>

namespace vd::chain {

struct BlockHeader
{
    uint64_t number = 0;
    Hash32 hash{};
    Hash32 parentHash{};
    uint64_t timestamp = 0;
    std::optional<U256> baseFeePerGas; // absent before London / on chains without EIP-1559
};

struct TransactionInfo
{
    Hash32 hash{};
    Address from;
    std::optional<Address> to;
    uint64_t nonce = 0;
    std::optional<uint64_t> blockNumber; // nullopt while pending
    std::optional<Hash32> blockHash;
    QByteArray input;
};

struct LogFilter
{
    QList<Address> addresses;    // empty: any
    QList<QList<Hash32>> topics; // per position: OR of values; an empty inner list is a wildcard
    std::optional<BlockId> fromBlock;
    std::optional<BlockId> toBlock;
    std::optional<Hash32> blockHash; // instead of the range
};

class ChainJson
{
public:
    static RpcResult<LogEntry> parseLog(const QJsonValue &value);
    static RpcResult<QList<LogEntry>> parseLogs(const QJsonValue &value);
    /// null -> nullopt (not mined yet / unknown).
    static RpcResult<std::optional<Receipt>> parseReceipt(const QJsonValue &value);
    /// null -> nullopt (block unknown to this node).
    static RpcResult<std::optional<BlockHeader>> parseHeader(const QJsonValue &value);
    static RpcResult<std::optional<TransactionInfo>> parseTransaction(const QJsonValue &value);
    static RpcResult<Address> parseAddress(const QJsonValue &value);

    static QJsonObject filterToJson(const LogFilter &filter);
};

} // namespace vd::chain
