// Keys, signatures and signed transactions. Raw transactions were produced by `cast mktx` (foundry 1.7.1) for the
// same key and fields; tst_chain_cast repeats the comparison live.
#include "chain/Abi.h"
#include "chain/Hex.h"
#include "chain/PrivateKey.h"
#include "chain/Signer.h"
#include "chain/TransactionSigner.h"

#include <QDebug>
#include <QtTest>

using namespace vd::chain;
using namespace Qt::StringLiterals;

// A key must never be printable: the deleted QDebug operator makes this ill-formed.
template <typename K> constexpr bool kPrintable = requires(QDebug d, const K &k)
{
    d << k;
};
static_assert(!kPrintable<PrivateKey>);
static_assert(!std::is_copy_constructible_v<PrivateKey>);

namespace {
const QString kKeyA = u"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcc4e8a4da5d2f71c0"_s;
const QString kAlice = u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s;
const U256 kHalfOrder = *U256::fromHexQuantity(u"0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0"_s);
} // namespace

class TestSigner : public QObject
{
    Q_OBJECT
private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("address");
        QTest::newRow("key A (cast wallet address)") << kKeyA << u"0x6056cF3a2bE0710F6725E8cc6df2e2e9EA0c7302"_s;
        QTest::newRow("anvil 1") << u"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"_s
                                 << u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_s;
        QTest::newRow("no prefix") << u"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"_s
                                   << u"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"_s;
        QTest::newRow("key = 1") << QString(u"0x"_s + QString(63, u'0') + u"1"_s)
                                 << u"0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf"_s;
    }
    void addresses()
    {
        QFETCH(QString, key);
        QFETCH(QString, address);
        const auto k = PrivateKey::fromHex(key);
        QVERIFY(k.ok());
        QCOMPARE(k->address().toChecksummed(), address);
        QCOMPARE(k->publicKey().size(), 65);
        QCOMPARE(Signer::addressFromPublicKey(k->publicKey())->toChecksummed(), address);
    }

    void invalidKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("zero") << QString(u"0x"_s + QString(64, u'0'));
        QTest::newRow("order n") << u"0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141"_s;
        QTest::newRow("above n") << QString(u"0x"_s + QString(64, u'f'));
        QTest::newRow("31 bytes") << QString(u"0x"_s + QString(62, u'1'));
        QTest::newRow("33 bytes") << QString(u"0x"_s + QString(66, u'1'));
        QTest::newRow("not hex") << QString(u"0x"_s + QString(64, u'z'));
        QTest::newRow("empty") << QString();
    }
    void invalidKeys()
    {
        QFETCH(QString, key);
        const auto k = PrivateKey::fromHex(key);
        QVERIFY(!k.ok());
        QCOMPARE(k.error().code, u"key.invalid"_s);
        QVERIFY(!k.error().message.contains(key.mid(2, 8)) || key.size() < 10);
    }

    void signRecover()
    {
        const PrivateKey key = PrivateKey::fromHex(kKeyA).value();
        for (int i = 0; i < 50; ++i) {
            const Hash32 digest = keccak256(QByteArray::number(i));
            const auto sig = Signer::sign(key, digest);
            QVERIFY(sig.ok());
            QCOMPARE(*Signer::sign(key, digest), *sig);                          // RFC 6979: deterministic
            QVERIFY(*U256::fromBigEndian(QByteArrayView(sig->s)) <= kHalfOrder); // EIP-2 low-s
            QVERIFY(sig->recoveryId == 0 || sig->recoveryId == 1);
            QCOMPARE(*Signer::recoverAddress(digest, *sig), key.address());
            Signature tampered = *sig;
            tampered.recoveryId ^= 1;
            const auto other = Signer::recoverAddress(digest, tampered);
            QVERIFY(!other.ok() || *other != key.address());
        }
        Signature bad;
        QVERIFY(!Signer::recoverAddress(Hash32{}, bad).ok()); // r = s = 0
    }

    void generateAndMove()
    {
        auto a = PrivateKey::generate();
        QVERIFY(a.ok());
        const Address addr = a->address();
        QVERIFY(!addr.isZero());
        PrivateKey moved = std::move(a).value();
        QCOMPARE(moved.address(), addr);
        const auto b = PrivateKey::generate();
        QVERIFY(b->address() != addr);
    }

    void transactions_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<qulonglong>("chainId");
        QTest::addColumn<qulonglong>("nonce");
        QTest::addColumn<qulonglong>("gas");
        QTest::addColumn<QString>("tip");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("raw");
        const QByteArray mint = *Abi::encodeCall(
            u"mint(address,uint256)"_s, {AbiValue::address(*Address::fromString(kAlice)), AbiValue::uint(1000)});
        // cast mktx --chain 56 --nonce 7 --gas-limit 100000 --priority-gas-price 1000000000 --gas-price 3000000000
        //   --private-key <key A> <alice> "mint(address,uint256)" <alice> 1000
        QTest::newRow("type 2, BSC, mint")
            << int(UnsignedTransaction::Type::Eip1559) << 56ULL << 7ULL << 100000ULL << u"1000000000"_s
            << u"3000000000"_s << u"0"_s << mint
            << u"0x02f8b03807843b9aca0084b2d05e00830186a094fb6916095ca1df60bb79ce92ce3ea74c37c5d35980b84440c10f19000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d35900000000000000000000000000000000000000000000000000000000000003e8c001a04f2af766365819725cb9e253b5c34db487bd6625a2138cd40c0d3db3baa2b6baa0285b621a9e0fe6fca624a0ac896fbbd781b39b12fb06eb82d4f01d833f2b44b7"_s;
        // cast mktx --legacy --chain 8453 --nonce 0 --gas-limit 21000 --gas-price 3000000000 --value 1 ... <alice>
        QTest::newRow("legacy, Base, value")
            << int(UnsignedTransaction::Type::Legacy) << 8453ULL << 0ULL << 21000ULL << u"0"_s << u"3000000000"_s
            << u"1"_s << QByteArray()
            << u"0xf8658084b2d05e0082520894fb6916095ca1df60bb79ce92ce3ea74c37c5d359018082422da00d9242348aa33636f9e636da67714cc7167529c15360d16f950ac33280296a2aa001a0168af5217f7560c1b30deff1f0f1a988659f46303c71071bb36078de11c3"_s;
    }
    void transactions()
    {
        QFETCH(int, type);
        QFETCH(qulonglong, chainId);
        QFETCH(qulonglong, nonce);
        QFETCH(qulonglong, gas);
        QFETCH(QString, tip);
        QFETCH(QString, fee);
        QFETCH(QString, value);
        QFETCH(QByteArray, data);
        QFETCH(QString, raw);
        UnsignedTransaction tx;
        tx.type = UnsignedTransaction::Type(type);
        tx.chainId = chainId;
        tx.nonce = nonce;
        tx.gasLimit = gas;
        tx.maxPriorityFeePerGas = *U256::fromDecimal(tip);
        tx.maxFeePerGas = *U256::fromDecimal(fee);
        tx.gasPrice = *U256::fromDecimal(fee);
        tx.to = *Address::fromString(kAlice);
        tx.value = *U256::fromDecimal(value);
        tx.data = data;
        const PrivateKey key = PrivateKey::fromHex(kKeyA).value();
        const auto signedTx = TransactionSigner::sign(tx, key);
        QVERIFY(signedTx.ok());
        QCOMPARE(hex::encode(signedTx->raw), raw);
        QCOMPARE(signedTx->hash, keccak256(signedTx->raw));
        QCOMPARE(*Signer::recoverAddress(TransactionSigner::signingHash(tx), signedTx->signature), key.address());
        if (tx.type == UnsignedTransaction::Type::Legacy)
            QCOMPARE(signedTx->v, U256(chainId * 2 + 35 + static_cast<uint64_t>(signedTx->signature.recoveryId)));
    }

    void createAndAccessList()
    {
        UnsignedTransaction tx;
        tx.chainId = 31337;
        tx.gasLimit = 1000000;
        tx.data = QByteArray::fromHex("6080");
        const QByteArray payload = TransactionSigner::signingPayload(tx);
        QCOMPARE(payload.at(0), '\x02');
        // to = empty string (0x80) for contract creation: chainId, nonce, tip, fee, gas, to ...
        QVERIFY(payload.contains(QByteArray::fromHex("830f424080")));
        AccessListEntry e;
        e.address = *Address::fromString(kAlice);
        e.storageKeys = {Hash32{}};
        tx.accessList = {e};
        QVERIFY(TransactionSigner::signingPayload(tx) != payload);
        QVERIFY(TransactionSigner::sign(tx, *PrivateKey::fromHex(kKeyA)).ok());
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
