#pragma once
// Plain data of an unsigned transaction (EIP-1559 type 2 or legacy with EIP-155) and of its signed form.
// Value types, any thread. TransactionSigner turns the first into the second.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/Signer.h"
#include "chain/U256.h"

#include <QByteArray>
#include <QList>
#include <cstdint>
#include <optional>

namespace vd::chain {

struct AccessListEntry
{
    Address address;
    QList<Hash32> storageKeys;
};

struct UnsignedTransaction
{
    enum class Type { Legacy, Eip1559 };
    Type type = Type::Eip1559;
    uint64_t chainId = 0; // legacy with chainId 0 signs without EIP-155 replay protection
    uint64_t nonce = 0;
    U256 maxPriorityFeePerGas; // type 2
    U256 maxFeePerGas;         // type 2
    U256 gasPrice;             // legacy
    uint64_t gasLimit = 0;
    std::optional<Address> to; // nullopt: contract creation
    U256 value;
    QByteArray data;
    QList<AccessListEntry> accessList; // type 2 only
};

struct SignedTransaction
{
    QByteArray raw; // what eth_sendRawTransaction takes
    Hash32 hash{};  // keccak(raw): the transaction hash
    Signature signature;
    U256 v; // legacy: recid + 2*chainId + 35 (or 27 + recid); type 2: yParity
};

} // namespace vd::chain
