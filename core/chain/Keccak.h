#pragma once
// Keccak-256 (the Ethereum hash; NOT SHA3-256: padding byte 0x01 instead of 0x06).
// Uses OpenSSL's "KECCAK-256" digest when the runtime library offers it (OpenSSL >= 3.2), otherwise an
// in-tree Keccak-f[1600]. Pure functions: safe to call from any thread.
#include <QByteArray>
#include <QByteArrayView>
#include <array>
#include <cstdint>

namespace vd::chain {

using Hash32 = std::array<uint8_t, 32>;

Hash32 keccak256(QByteArrayView data);
/// Same digest as a 32-byte QByteArray, for code that works in QByteArray.
QByteArray keccak256Bytes(QByteArrayView data);

/// The in-tree implementation, whatever the runtime offers (tests and the benchmark compare both paths).
Hash32 keccak256Portable(QByteArrayView data);
/// True when keccak256() is served by OpenSSL's EVP digest.
bool keccak256UsesOpenSsl();

} // namespace vd::chain
