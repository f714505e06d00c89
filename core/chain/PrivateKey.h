#pragma once
// A secp256k1 private key held in memory as briefly as possible: move-only, its bytes wiped (OPENSSL_cleanse) on
// destruction and when moved from, never printable (no QDebug operator, no accessor outside Signer/Keystore).
// Not shared between threads; each use is a short synchronous call on whichever thread owns it.
#include "chain/Address.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>
#include <array>
#include <cstdint>

class QDebug;

namespace vd::chain {

class PrivateKey
{
public:
    /// Exactly 32 bytes, a valid secp256k1 scalar (0 < k < n). Errors: "key.invalid".
    static vd::Result<PrivateKey> fromBytes(QByteArrayView bytes);
    /// 64 hex digits with optional 0x (e.g. an anvil test key). Errors: "key.invalid".
    static vd::Result<PrivateKey> fromHex(QStringView hex);
    /// A fresh key from OpenSSL's CSPRNG. Errors: "key.random_failed".
    static vd::Result<PrivateKey> generate();

    PrivateKey(PrivateKey &&other) noexcept;
    PrivateKey &operator=(PrivateKey &&other) noexcept;
    PrivateKey(const PrivateKey &) = delete;
    PrivateKey &operator=(const PrivateKey &) = delete;
    ~PrivateKey();

    /// Uncompressed public key: 0x04 || X || Y (65 bytes).
    QByteArray publicKey() const;
    Address address() const { return m_address; }

    friend QDebug operator<<(QDebug, const PrivateKey &) = delete; // never loggable

private:
    friend class Signer;
    friend class Keystore;
    PrivateKey() = default;
    const std::array<uint8_t, 32> &secret() const { return m_secret; }
    void wipe();

    std::array<uint8_t, 32> m_secret{};
    Address m_address;
};

} // namespace vd::chain
