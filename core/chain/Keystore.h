#pragma once
// Web3 Secret Storage (keystore v3) files: decrypt (scrypt or pbkdf2-hmac-sha256, aes-128-ctr) and create
// (scrypt), interoperable with geth and foundry's `cast wallet`.
//
// Threads: the key derivation is deliberately slow — geth's default scrypt (n=2^18, r=8, p=1) takes about a
// second and 256 MiB — so decrypt()/encrypt() must run on a worker thread, never the GUI thread. The functions
// are stateless and reentrant.
#include "chain/Address.h"
#include "chain/PrivateKey.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <cstdint>

namespace vd::chain {

struct ScryptParams
{
    uint64_t n = 262144; // geth default (StandardScryptN); must be a power of two > 1
    uint32_t r = 8;
    uint32_t p = 1;
};

class Keystore
{
public:
    /// Decrypts a keystore JSON file with `password` (the UTF-8 bytes, as geth and cast use them).
    /// Errors: "keystore.wrong_password" (MAC mismatch), "keystore.malformed" (message says what is wrong),
    /// "keystore.unsupported_kdf", "keystore.unsupported_cipher", "keystore.too_expensive" (scrypt beyond 1 GiB or
    /// 4x geth's default n*r*p, pbkdf2 beyond 5M rounds: a hostile file must not pin a CPU or exhaust memory).
    static vd::Result<PrivateKey> decrypt(QByteArrayView json, QByteArrayView password);

    /// A new keystore JSON (scrypt, random 32-byte salt and 16-byte IV, uuid v4 id, lowercase address without 0x).
    /// Errors: "keystore.random_failed", "keystore.kdf_failed".
    static vd::Result<QByteArray> encrypt(const PrivateKey &key, QByteArrayView password,
                                          const ScryptParams &params = {});

    /// The "address" field of a keystore file, without decrypting: for display only (unauthenticated).
    static vd::Result<Address> declaredAddress(QByteArrayView json);
};

} // namespace vd::chain
