#pragma once
// secp256k1 ECDSA for Ethereum: recoverable, deterministic (RFC 6979), low-s signatures over a 32-byte digest,
// and address recovery. Stateless apart from one process-wide libsecp256k1 context: safe from any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/PrivateKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <cstdint>

namespace vd::chain {

struct Signature
{
    std::array<uint8_t, 32> r{};
    std::array<uint8_t, 32> s{};
    int recoveryId = 0; // 0 or 1 (yParity)
    /// r || s || v with v = 27 + recoveryId (the 65-byte form used by personal_sign / Safe owner signatures).
    QByteArray toRsv() const;
    bool operator==(const Signature &) const = default;
};

class Signer
{
public:
    /// Signs `digest` (already hashed). Errors: "signer.failed".
    static vd::Result<Signature> sign(const PrivateKey &key, const Hash32 &digest);
    /// The address whose key produced `signature` over `digest`. Errors: "signer.bad_signature".
    static vd::Result<Address> recoverAddress(const Hash32 &digest, const Signature &signature);
    /// keccak(X || Y)[12..32] of an uncompressed (65-byte, 0x04-prefixed) public key. Errors: "key.invalid".
    static vd::Result<Address> addressFromPublicKey(QByteArrayView uncompressed);
};

} // namespace vd::chain
