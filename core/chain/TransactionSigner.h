#pragma once
// Builds the signing hash, signs and serializes transactions (EIP-1559 type 2, legacy EIP-155).
// Stateless: safe from any thread; the private key never leaves the call.
#include "chain/PrivateKey.h"
#include "chain/Transaction.h"
#include "common/Result.h"

#include <QByteArray>

namespace vd::chain {

class TransactionSigner
{
public:
    /// Type 2: keccak(0x02 || rlp([chainId, nonce, tip, maxFee, gas, to, value, data, accessList])).
    /// Legacy: keccak(rlp([nonce, gasPrice, gas, to, value, data, chainId, 0, 0])) (without the last three when
    /// chainId is 0).
    static Hash32 signingHash(const UnsignedTransaction &tx);
    /// The bytes hashed by signingHash() (for inspection and tests).
    static QByteArray signingPayload(const UnsignedTransaction &tx);
    static vd::Result<SignedTransaction> sign(const UnsignedTransaction &tx, const PrivateKey &key);
    /// Serializes `tx` with an existing signature (e.g. from a hardware signer).
    static SignedTransaction assemble(const UnsignedTransaction &tx, const Signature &signature);
};

} // namespace vd::chain
