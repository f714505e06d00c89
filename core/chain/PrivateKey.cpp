#include "chain/PrivateKey.h"

#include "chain/Hex.h"
#include "chain/Signer.h"

#include <QCoreApplication>
#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <secp256k1.h>

namespace vd::chain {

const secp256k1_context *secp256k1Context(); // Signer.cpp

namespace {
vd::Error invalidKey()
{
    return {QStringLiteral("key.invalid"),
            QCoreApplication::translate("vd::chain::PrivateKey", "The private key is not a valid secp256k1 key.")};
}
} // namespace

vd::Result<PrivateKey> PrivateKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 32)
        return invalidKey();
    PrivateKey key;
    std::memcpy(key.m_secret.data(), bytes.data(), 32);
    if (secp256k1_ec_seckey_verify(secp256k1Context(), key.m_secret.data()) != 1)
        return invalidKey();
    const auto addr = Signer::addressFromPublicKey(key.publicKey());
    if (!addr)
        return invalidKey();
    key.m_address = *addr;
    return key;
}

vd::Result<PrivateKey> PrivateKey::fromHex(QStringView text)
{
    auto bytes = hex::decodeFixed(text, 32);
    if (!bytes)
        return invalidKey();
    auto key = fromBytes(*bytes);
    OPENSSL_cleanse(bytes.value().data(), static_cast<size_t>(bytes->size()));
    return key;
}

vd::Result<PrivateKey> PrivateKey::generate()
{
    std::array<uint8_t, 32> buf{};
    for (int attempt = 0; attempt < 16; ++attempt) {
        if (RAND_bytes(buf.data(), 32) != 1)
            break;
        auto key = fromBytes(QByteArrayView(buf));
        OPENSSL_cleanse(buf.data(), buf.size());
        if (key)
            return key;
    }
    return vd::Error{QStringLiteral("key.random_failed"),
                     QCoreApplication::translate("vd::chain::PrivateKey", "Could not generate a random key.")};
}

PrivateKey::PrivateKey(PrivateKey &&other) noexcept : m_secret(other.m_secret), m_address(other.m_address)
{
    other.wipe();
}

PrivateKey &PrivateKey::operator=(PrivateKey &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_secret = other.m_secret;
        m_address = other.m_address;
        other.wipe();
    }
    return *this;
}

PrivateKey::~PrivateKey()
{
    wipe();
}

void PrivateKey::wipe()
{
    OPENSSL_cleanse(m_secret.data(), m_secret.size());
    m_address = Address();
}

QByteArray PrivateKey::publicKey() const
{
    secp256k1_pubkey pub;
    if (secp256k1_ec_pubkey_create(secp256k1Context(), &pub, m_secret.data()) != 1)
        return {};
    unsigned char out[65];
    size_t len = sizeof(out);
    secp256k1_ec_pubkey_serialize(secp256k1Context(), out, &len, &pub, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(len));
}

} // namespace vd::chain
