#include "chain/Keystore.h"

#include "chain/Hex.h"
#include "chain/Keccak.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <cmath>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace vd::chain {
namespace {

constexpr uint64_t kMaxKdfMemory = uint64_t(1) << 30; // 1 GiB: 4x geth's default
// scrypt's time grows with n*r*p (OpenSSL runs the p lanes one after another, so memory alone does not bound it):
// allow 4x geth's default n*r*p = 2^21, so a hostile file cannot pin a CPU for minutes.
constexpr uint64_t kMaxScryptWork = uint64_t(1) << 23;
constexpr double kMaxPbkdf2Rounds = 5'000'000; // ~20x the spec's 262144

QString tr(const char *text)
{
    return QCoreApplication::translate("vd::chain::Keystore", text);
}

vd::Error malformed(const QString &what)
{
    return {QStringLiteral("keystore.malformed"),
            QCoreApplication::translate("vd::chain::Keystore", "The keystore file is damaged or not a keystore: %1")
                .arg(what)};
}

// Bytes wiped when they go out of scope (derived keys, plaintext, password copies).
class SecretBytes
{
public:
    explicit SecretBytes(qsizetype size) : m_bytes(size, '\0') {}
    ~SecretBytes() { OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    unsigned char *data() { return reinterpret_cast<unsigned char *>(m_bytes.data()); }
    const unsigned char *data() const { return reinterpret_cast<const unsigned char *>(m_bytes.constData()); }
    qsizetype size() const { return m_bytes.size(); }
    QByteArrayView view() const { return QByteArrayView(m_bytes.constData(), m_bytes.size()); }

private:
    QByteArray m_bytes;
};

bool isPositiveInteger(const QJsonValue &v, double max)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= 1 && d <= max && std::floor(d) == d;
}

vd::Result<QByteArray> hexField(const QJsonObject &o, const QString &name, qsizetype minSize, qsizetype maxSize)
{
    const QJsonValue v = o.value(name);
    if (!v.isString())
        return malformed(QCoreApplication::translate("vd::chain::Keystore", "field \"%1\" is missing.").arg(name));
    auto bytes = hex::decode(v.toString());
    if (!bytes || bytes->size() < minSize || bytes->size() > maxSize)
        return malformed(
            QCoreApplication::translate("vd::chain::Keystore", "field \"%1\" is not valid hex of the right length.")
                .arg(name));
    return bytes;
}

bool aes128ctr(const unsigned char *key, QByteArrayView iv, QByteArrayView in, unsigned char *out)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0, fin = 0;
    return ctx &&
           EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_ctr(), nullptr, key,
                              reinterpret_cast<const unsigned char *>(iv.data())) == 1 &&
           EVP_EncryptUpdate(ctx.get(), out, &len, reinterpret_cast<const unsigned char *>(in.data()),
                             static_cast<int>(in.size())) == 1 &&
           EVP_EncryptFinal_ex(ctx.get(), out + len, &fin) == 1 && len + fin == in.size();
}

bool scrypt(QByteArrayView password, QByteArrayView salt, uint64_t n, uint64_t r, uint64_t p, SecretBytes &out)
{
    // OpenSSL refuses to run past maxmem (default 32 MiB); give it what these parameters need: V is 128*r*(N+2)
    // bytes and B is 128*r*p, plus some slack.
    const uint64_t maxmem = 128 * r * (n + 2) + 128 * r * p + (uint64_t(1) << 20);
    return EVP_PBE_scrypt(password.data(), static_cast<size_t>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.data()), static_cast<size_t>(salt.size()), n, r,
                          p, maxmem, out.data(), static_cast<size_t>(out.size())) == 1;
}

} // namespace

vd::Result<PrivateKey> Keystore::decrypt(QByteArrayView json, QByteArrayView password)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "it is not a JSON object.")));
    const QJsonObject root = doc.object();
    if (root.value(u"version").toInt(-1) != 3)
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "it is not version 3.")));
    // geth accepts "Crypto" (written by some old clients) as well as "crypto".
    const QJsonObject crypto =
        root.contains(u"crypto") ? root.value(u"crypto").toObject() : root.value(u"Crypto").toObject();
    if (crypto.isEmpty())
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "the \"crypto\" section is missing.")));

    const QString cipher = crypto.value(u"cipher").toString();
    if (cipher != u"aes-128-ctr")
        return vd::Error{
            QStringLiteral("keystore.unsupported_cipher"),
            QCoreApplication::translate("vd::chain::Keystore",
                                        "The keystore uses the cipher \"%1\"; only aes-128-ctr is supported.")
                .arg(cipher.left(40))};
    const auto iv = hexField(crypto.value(u"cipherparams").toObject(), QStringLiteral("iv"), 16, 16);
    if (!iv)
        return iv.error();
    const auto ciphertext = hexField(crypto, QStringLiteral("ciphertext"), 1, 32);
    if (!ciphertext)
        return ciphertext.error();
    const auto mac = hexField(crypto, QStringLiteral("mac"), 32, 32);
    if (!mac)
        return mac.error();

    const QString kdf = crypto.value(u"kdf").toString();
    const QJsonObject kp = crypto.value(u"kdfparams").toObject();
    if (kdf != u"scrypt" && kdf != u"pbkdf2")
        return vd::Error{QStringLiteral("keystore.unsupported_kdf"),
                         QCoreApplication::translate("vd::chain::Keystore",
                                                     "The keystore uses the key derivation \"%1\"; only scrypt and "
                                                     "pbkdf2 are supported.")
                             .arg(kdf.left(40))};
    const auto salt = hexField(kp, QStringLiteral("salt"), 0, 1024);
    if (!salt)
        return salt.error();
    if (!isPositiveInteger(kp.value(u"dklen"), 64) || kp.value(u"dklen").toInt() < 32)
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "the derived key length (dklen) is invalid.")));
    SecretBytes derived(kp.value(u"dklen").toInt());

    const vd::Error tooExpensive{
        QStringLiteral("keystore.too_expensive"),
        tr(QT_TRANSLATE_NOOP("vd::chain::Keystore",
                             "The keystore's key derivation parameters would need more memory or time than allowed."))};
    if (kdf == u"scrypt") {
        const QJsonValue nv = kp.value(u"n"), rv = kp.value(u"r"), pv = kp.value(u"p");
        if (!isPositiveInteger(nv, 9.0e15) || !isPositiveInteger(rv, 1 << 20) || !isPositiveInteger(pv, 1 << 20))
            return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "the scrypt parameters are invalid.")));
        const auto n = static_cast<uint64_t>(nv.toDouble());
        const auto r = static_cast<uint64_t>(rv.toDouble());
        const auto p = static_cast<uint64_t>(pv.toDouble());
        if (n < 2 || (n & (n - 1)) != 0)
            return malformed(
                tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "the scrypt parameter n is not a power of two.")));
        if (n > kMaxKdfMemory / (128 * r) || r * p > kMaxKdfMemory / 128 / 64 || n * r * p > kMaxScryptWork)
            return tooExpensive;
        // RFC 7914 requires N < 2^(128*r/8); OpenSSL enforces it (geth's Go scrypt does not).
        if (16 * r < 64 && n >= (uint64_t(1) << (16 * r)))
            return vd::Error{
                QStringLiteral("keystore.unsupported_kdf"),
                tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "The keystore's scrypt parameters (n too large for r) are "
                                                            "outside the scrypt standard and not supported."))};
        if (!scrypt(password, *salt, n, r, p, derived))
            return vd::Error{
                QStringLiteral("keystore.kdf_failed"),
                tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "The key derivation failed (out of memory?)."))};
    } else {
        if (kp.value(u"prf").toString() != u"hmac-sha256")
            return vd::Error{
                QStringLiteral("keystore.unsupported_kdf"),
                tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "Only pbkdf2 with hmac-sha256 is supported."))};
        if (!isPositiveInteger(kp.value(u"c"), 1.0e15))
            return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "the pbkdf2 iteration count is invalid.")));
        if (kp.value(u"c").toDouble() > kMaxPbkdf2Rounds)
            return tooExpensive;
        if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                              reinterpret_cast<const unsigned char *>(salt->constData()),
                              static_cast<int>(salt->size()), kp.value(u"c").toInt(), EVP_sha256(),
                              static_cast<int>(derived.size()), derived.data()) != 1)
            return vd::Error{QStringLiteral("keystore.kdf_failed"),
                             tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "The key derivation failed."))};
    }

    // MAC = keccak(DK[16..31] || ciphertext), compared in constant time.
    QByteArray macInput = derived.view().sliced(16, 16).toByteArray() + *ciphertext;
    const Hash32 expectedMac = keccak256(macInput);
    OPENSSL_cleanse(macInput.data(), static_cast<size_t>(macInput.size()));
    if (CRYPTO_memcmp(expectedMac.data(), mac->constData(), 32) != 0)
        return vd::Error{QStringLiteral("keystore.wrong_password"),
                         tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "The password is wrong for this keystore file."))};

    // Keys may have been stored without leading zero bytes: left-pad to 32.
    SecretBytes plain(32);
    const qsizetype pad = 32 - ciphertext->size();
    if (!aes128ctr(derived.data(), *iv, *ciphertext, plain.data() + pad))
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "decryption failed.")));
    auto key = PrivateKey::fromBytes(plain.view());
    if (!key)
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "the decrypted key is not a valid private key.")));
    if (root.contains(u"address")) {
        const auto declared = declaredAddress(json);
        if (!declared || *declared != key->address())
            return malformed(tr(
                QT_TRANSLATE_NOOP("vd::chain::Keystore", "the key does not belong to the address the file declares.")));
    }
    return key;
}

vd::Result<QByteArray> Keystore::encrypt(const PrivateKey &key, QByteArrayView password, const ScryptParams &params)
{
    QByteArray salt(32, '\0'), iv(16, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), 32) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char *>(iv.data()), 16) != 1)
        return vd::Error{QStringLiteral("keystore.random_failed"),
                         tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "Could not get random bytes for the keystore."))};
    if (params.n < 2 || (params.n & (params.n - 1)) != 0 || params.r == 0 || params.p == 0)
        return vd::Error{QStringLiteral("keystore.kdf_failed"),
                         tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "Invalid scrypt parameters."))};
    SecretBytes derived(32);
    if (!scrypt(password, salt, params.n, params.r, params.p, derived))
        return vd::Error{QStringLiteral("keystore.kdf_failed"),
                         tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "The key derivation failed (out of memory?)."))};
    QByteArray ciphertext(32, '\0');
    if (!aes128ctr(derived.data(), iv, QByteArrayView(key.secret()),
                   reinterpret_cast<unsigned char *>(ciphertext.data())))
        return vd::Error{QStringLiteral("keystore.kdf_failed"),
                         tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "Encryption failed."))};
    QByteArray macInput = derived.view().sliced(16, 16).toByteArray() + ciphertext;
    const Hash32 mac = keccak256(macInput);
    OPENSSL_cleanse(macInput.data(), static_cast<size_t>(macInput.size()));

    QJsonObject kdfparams{{QStringLiteral("dklen"), 32},
                          {QStringLiteral("n"), static_cast<qint64>(params.n)},
                          {QStringLiteral("r"), static_cast<qint64>(params.r)},
                          {QStringLiteral("p"), static_cast<qint64>(params.p)},
                          {QStringLiteral("salt"), hex::encode(salt, false)}};
    QJsonObject crypto{{QStringLiteral("cipher"), QStringLiteral("aes-128-ctr")},
                       {QStringLiteral("cipherparams"), QJsonObject{{QStringLiteral("iv"), hex::encode(iv, false)}}},
                       {QStringLiteral("ciphertext"), hex::encode(ciphertext, false)},
                       {QStringLiteral("kdf"), QStringLiteral("scrypt")},
                       {QStringLiteral("kdfparams"), kdfparams},
                       {QStringLiteral("mac"), hex::encode(QByteArrayView(mac), false)}};
    QJsonObject root{{QStringLiteral("address"), key.address().toLower().mid(2)},
                     {QStringLiteral("crypto"), crypto},
                     {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {QStringLiteral("version"), 3}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

vd::Result<Address> Keystore::declaredAddress(QByteArrayView json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray());
    const QString text = doc.object().value(u"address").toString();
    if (text.isEmpty())
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "it declares no address.")));
    auto a = Address::fromString(text.startsWith(u"0x") ? text : QStringLiteral("0x") + text);
    if (!a)
        return malformed(tr(QT_TRANSLATE_NOOP("vd::chain::Keystore", "its address field is invalid.")));
    return a;
}

} // namespace vd::chain
