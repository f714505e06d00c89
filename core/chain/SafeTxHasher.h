#pragma once
// EIP-712 hashing of Safe 1.4.1 transactions: domain separator (chainId + verifyingContract), SafeTx struct hash and
// the safeTxHash that owners sign and the Safe emits in ExecutionSuccess. Pure functions, any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/SafeTx.h"

#include <cstdint>

namespace vd::chain {

class SafeTxHasher
{
public:
    /// keccak("EIP712Domain(uint256 chainId,address verifyingContract)")
    static Hash32 domainTypeHash();
    /// keccak("SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 baseGas,
    ///        uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)")
    static Hash32 safeTxTypeHash();
    static Hash32 domainSeparator(uint64_t chainId, const Address &safe);
    static Hash32 structHash(const SafeTx &tx);
    /// keccak(0x19 || 0x01 || domainSeparator || structHash) — equals Safe.getTransactionHash(...).
    static Hash32 safeTxHash(const SafeTx &tx, uint64_t chainId, const Address &safe);
};

} // namespace vd::chain
