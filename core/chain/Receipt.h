#pragma once
// Plain data of a transaction receipt and its logs, as returned by eth_getTransactionReceipt / eth_getLogs.
// Filled by the JSON-RPC layer (core/chain/rpc), read by verifiers and the listener. Value types, any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/U256.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <optional>

namespace vd::chain {

struct LogEntry
{
    Address address;      // emitting contract
    QList<Hash32> topics; // topics[0] is the event signature hash for non-anonymous events
    QByteArray data;
    uint64_t logIndex = 0;
    // Present in receipts and eth_getLogs results (absent for pending logs).
    uint64_t blockNumber = 0;
    Hash32 blockHash{};
    Hash32 transactionHash{};
    uint64_t transactionIndex = 0;
    bool removed = false; // eth_getLogs / subscriptions report reorged-out logs with removed = true
};

struct Receipt
{
    Hash32 transactionHash{};
    uint64_t transactionIndex = 0;
    bool status = false; // post-Byzantium "status": true = 0x1
    uint64_t blockNumber = 0;
    Hash32 blockHash{};
    Address from;
    std::optional<Address> to; // absent for contract creation
    std::optional<Address> contractAddress;
    U256 gasUsed;
    U256 cumulativeGasUsed;
    U256 effectiveGasPrice;
    uint8_t type = 0; // 0 legacy, 2 EIP-1559
    QList<LogEntry> logs;
};

} // namespace vd::chain
