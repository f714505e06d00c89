#include "chain/Signer.h"

#include <QCoreApplication>
#include <cstring>
#include <openssl/rand.h>
#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace vd::chain {

// One context for the process, created on first use and randomized once (blinding against side channels).
// libsecp256k1 functions taking a const context are thread-safe.
const secp256k1_context *secp256k1Context()
{
    static secp256k1_context *const ctx = [] {
        secp256k1_context *c = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        unsigned char seed[32];
        // Randomization is a hardening step; without it signing stays correct, so a failure is not fatal.
        if (RAND_bytes(seed, sizeof(seed)) == 1 && secp256k1_context_randomize(c, seed) != 1)
            qWarning("secp256k1 context randomization failed");
        return c;
    }();
    return ctx;
}

QByteArray Signature::toRsv() const
{
    QByteArray out(reinterpret_cast<const char *>(r.data()), 32);
    out.append(reinterpret_cast<const char *>(s.data()), 32);
    out.append(static_cast<char>(27 + recoveryId));
    return out;
}

vd::Result<Signature> Signer::sign(const PrivateKey &key, const Hash32 &digest)
{
    secp256k1_ecdsa_recoverable_signature sig;
    // nullptr nonce function = RFC 6979 (deterministic); libsecp256k1 always produces low-s signatures.
    if (secp256k1_ecdsa_sign_recoverable(secp256k1Context(), &sig, digest.data(), key.secret().data(), nullptr,
                                         nullptr) != 1)
        return vd::Error{QStringLiteral("signer.failed"),
                         QCoreApplication::translate("vd::chain::Signer", "Signing failed.")};
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(secp256k1Context(), compact, &recid, &sig);
    Signature out;
    std::memcpy(out.r.data(), compact, 32);
    std::memcpy(out.s.data(), compact + 32, 32);
    out.recoveryId = recid;
    return out;
}

vd::Result<Address> Signer::recoverAddress(const Hash32 &digest, const Signature &signature)
{
    const vd::Error bad{QStringLiteral("signer.bad_signature"),
                        QCoreApplication::translate("vd::chain::Signer", "The signature is not valid.")};
    if (signature.recoveryId < 0 || signature.recoveryId > 3)
        return bad;
    unsigned char compact[64];
    std::memcpy(compact, signature.r.data(), 32);
    std::memcpy(compact + 32, signature.s.data(), 32);
    secp256k1_ecdsa_recoverable_signature sig;
    if (secp256k1_ecdsa_recoverable_signature_parse_compact(secp256k1Context(), &sig, compact, signature.recoveryId) !=
        1)
        return bad;
    secp256k1_pubkey pub;
    if (secp256k1_ecdsa_recover(secp256k1Context(), &pub, &sig, digest.data()) != 1)
        return bad;
    unsigned char out[65];
    size_t len = sizeof(out);
    secp256k1_ec_pubkey_serialize(secp256k1Context(), out, &len, &pub, SECP256K1_EC_UNCOMPRESSED);
    return addressFromPublicKey(QByteArrayView(out, static_cast<qsizetype>(len)));
}

vd::Result<Address> Signer::addressFromPublicKey(QByteArrayView uncompressed)
{
    if (uncompressed.size() != 65 || static_cast<uint8_t>(uncompressed[0]) != 0x04)
        return vd::Error{
            QStringLiteral("key.invalid"),
            QCoreApplication::translate("vd::chain::Signer", "The public key is not a valid uncompressed key.")};
    const Hash32 h = keccak256(uncompressed.sliced(1));
    return Address::fromBytes(QByteArrayView(h.data() + 12, 20));
}

} // namespace vd::chain
