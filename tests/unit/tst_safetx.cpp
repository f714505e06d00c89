// Safe 1.4.1: EIP-712 hashes (expected values assembled with `cast keccak`/`cast abi-encode` step by step, and
// the type hashes from evm.md), Transaction Builder batch JSON, and every branch of the Safe-mint verification rule.
#include "chain/Abi.h"
#include "chain/Hex.h"
#include "chain/SafeBatchExport.h"
#include "chain/SafeMintVerifier.h"
#include "chain/SafeTxHasher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace vd::chain;
using namespace Qt::StringLiterals;

namespace {
const Address kSafe = *Address::fromString(u"0x1234567890123456789012345678901234567890"_s);
const Address kToken = *Address::fromString(u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s);
const Address kRecipient = *Address::fromString(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8"_s);
const Address kOther = *Address::fromString(u"0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"_s);
const U256 kAmount = *U256::fromDecimal(u"12.5"_s, 18);

SafeTx mintTx()
{
    SafeTx tx;
    tx.to = kToken;
    tx.data = *Abi::encodeCall(u"mint(address,uint256)"_s, {AbiValue::address(kRecipient), AbiValue::uint(kAmount)});
    tx.nonce = 3;
    return tx;
}

LogEntry successLog(const Address &safe, const Hash32 &safeTxHash)
{
    LogEntry l;
    l.address = safe;
    l.topics = {SafeMintVerifier::executionSuccessTopic(), safeTxHash};
    l.data = U256(0).toBigEndianBytes();
    return l;
}

LogEntry failureLog(const Address &safe, const Hash32 &safeTxHash)
{
    LogEntry l = successLog(safe, safeTxHash);
    l.topics[0] = SafeMintVerifier::executionFailureTopic();
    return l;
}

LogEntry mintLog(const Address &token, const Address &to, const U256 &amount)
{
    LogEntry l;
    l.address = token;
    l.topics = {SafeMintVerifier::transferTopic(), Address::zero().toWord(), to.toWord()};
    l.data = amount.toBigEndianBytes();
    return l;
}

Receipt goodReceipt(const Hash32 &safeTxHash)
{
    Receipt r;
    r.status = true;
    r.blockNumber = 100;
    r.to = kSafe;
    r.logs = {mintLog(kToken, kRecipient, kAmount), successLog(kSafe, safeTxHash)};
    return r;
}

SafeMintExpectation expectation(const Hash32 &safeTxHash)
{
    SafeMintExpectation e;
    e.safe = kSafe;
    e.token = kToken;
    e.recipient = kRecipient;
    e.amount = kAmount;
    e.safeTxHash = safeTxHash;
    e.confirmations = 15;
    e.requiredConfirmations = 12;
    e.canonical = true;
    return e;
}
} // namespace

class TestSafeTx : public QObject
{
    Q_OBJECT
private slots:
    void typeHashes()
    {
        QCOMPARE(hex::encode(QByteArrayView(SafeTxHasher::domainTypeHash())),
                 u"0x47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a79469218"_s);
        QCOMPARE(hex::encode(QByteArrayView(SafeTxHasher::safeTxTypeHash())),
                 u"0xbb8310d486368db6bd6f849402fdd73ad53d316b5a4b2644ad6efe0f941286d8"_s);
        QCOMPARE(hex::encode(QByteArrayView(SafeMintVerifier::executionSuccessTopic())),
                 u"0x442e715f626346e8c54381002da614f62bee8d27386535b2521ec8540898556e"_s);
        QCOMPARE(hex::encode(QByteArrayView(SafeMintVerifier::executionFailureTopic())),
                 u"0x23428b18acfb3ea64b08dc0c1d296ea9c09702c09083ca5272e64d115b687d23"_s);
    }

    void safeTxHash()
    {
        const SafeTx tx = mintTx();
        QCOMPARE(
            hex::encode(tx.data),
            u"0x40c10f1900000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c8000000000000000000000000000000000000000000000000ad78ebc5ac620000"_s);
        QCOMPARE(hex::encode(QByteArrayView(SafeTxHasher::domainSeparator(56, kSafe))),
                 u"0xf68424fca5f22343b90e1e1604b6899d2d5c886037ab6253728437b4489a47a5"_s);
        QCOMPARE(hex::encode(QByteArrayView(SafeTxHasher::structHash(tx))),
                 u"0x132133c182031678f804d4661abc57c91014c950cb04cce4d4fcd764717b1bdb"_s);
        QCOMPARE(hex::encode(QByteArrayView(SafeTxHasher::safeTxHash(tx, 56, kSafe))),
                 u"0x9cb2b335fe1e447c793d1dc3ec84614bb02f440cd47e1214aebc2a4d8a190075"_s);
        // Every field matters.
        const Hash32 base = SafeTxHasher::safeTxHash(tx, 56, kSafe);
        QVERIFY(SafeTxHasher::safeTxHash(tx, 8453, kSafe) != base);
        QVERIFY(SafeTxHasher::safeTxHash(tx, 56, kOther) != base);
        SafeTx t2 = tx;
        t2.nonce = 4;
        QVERIFY(SafeTxHasher::safeTxHash(t2, 56, kSafe) != base);
        t2 = tx;
        t2.operation = SafeTx::Operation::DelegateCall;
        QVERIFY(SafeTxHasher::safeTxHash(t2, 56, kSafe) != base);
        t2 = tx;
        t2.refundReceiver = kOther;
        QVERIFY(SafeTxHasher::safeTxHash(t2, 56, kSafe) != base);
    }

    void batchJson()
    {
        SafeBatchMeta meta;
        meta.name = u"Mint for deposit 42"_s;
        meta.description = u"12.5 VT to 0x7099"_s;
        meta.chainId = 56;
        meta.safe = kSafe;
        meta.createdAtMs = 1700000000000;
        SafeBatchCall mint{kToken,
                           U256(),
                           u"mint(address to, uint256 amount)"_s,
                           {AbiValue::address(kRecipient), AbiValue::uint(kAmount)},
                           {}};
        SafeBatchCall pause{kToken, U256(), u"pause()"_s, {}, {}};
        SafeBatchCall grant{
            kToken,
            U256(),
            u"grantRole(bytes32,address)"_s,
            {AbiValue::bytes(QByteArray(reinterpret_cast<const char *>(Abi::roleId(u"MINTER_ROLE"_s).data()), 32)),
             AbiValue::address(kOther)},
            {}};
        SafeBatchCall raw{kOther, U256(5), QString(), {}, QByteArray::fromHex("deadbeef")};
        const auto json = SafeBatchExport::toJson(meta, {mint, pause, grant, raw});
        QVERIFY2(json.ok(), qPrintable(json.error().message));
        const QJsonObject root = QJsonDocument::fromJson(*json).object();
        QCOMPARE(root.value(u"version").toString(), u"1.0"_s);
        QCOMPARE(root.value(u"chainId").toString(), u"56"_s);
        QCOMPARE(root.value(u"createdAt").toDouble(), 1700000000000.0);
        QCOMPARE(root.value(u"meta").toObject().value(u"createdFromSafeAddress").toString(), kSafe.toChecksummed());
        const QJsonArray txs = root.value(u"transactions").toArray();
        QCOMPARE(txs.size(), 4);
        const QJsonObject m = txs[0].toObject();
        QCOMPARE(m.value(u"to").toString(), kToken.toChecksummed());
        QCOMPARE(m.value(u"value").toString(), u"0"_s);
        QVERIFY(m.value(u"data").isNull());
        QCOMPARE(m.value(u"contractMethod").toObject().value(u"name").toString(), u"mint"_s);
        QCOMPARE(m.value(u"contractMethod").toObject().value(u"payable").toBool(true), false);
        const QJsonArray inputs = m.value(u"contractMethod").toObject().value(u"inputs").toArray();
        QCOMPARE(inputs.size(), 2);
        QCOMPARE(inputs[0].toObject().value(u"name").toString(), u"to"_s);
        QCOMPARE(inputs[0].toObject().value(u"type").toString(), u"address"_s);
        QCOMPARE(inputs[1].toObject().value(u"internalType").toString(), u"uint256"_s);
        QCOMPARE(m.value(u"contractInputsValues").toObject().value(u"to").toString(), kRecipient.toChecksummed());
        QCOMPARE(m.value(u"contractInputsValues").toObject().value(u"amount").toString(), u"12500000000000000000"_s);
        QCOMPARE(txs[1].toObject().value(u"contractMethod").toObject().value(u"inputs").toArray().size(), 0);
        QCOMPARE(txs[2].toObject().value(u"contractInputsValues").toObject().value(u"role").toString(),
                 u"0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"_s);
        QCOMPARE(txs[3].toObject().value(u"data").toString(), u"0xdeadbeef"_s);
        QCOMPARE(txs[3].toObject().value(u"value").toString(), u"5"_s);
        QVERIFY(txs[3].toObject().value(u"contractMethod").isNull());

        QCOMPARE(*SafeBatchExport::calldata(mint), mintTx().data);
        SafeBatchCall unknown{
            kToken, U256(), u"transfer(address,uint256)"_s, {AbiValue::address(kOther), AbiValue::uint(1)}, {}};
        QCOMPARE(SafeBatchExport::toJson(meta, {unknown}).error().code, u"safe.unknown_method"_s);
        SafeBatchCall badArgs{kToken, U256(), u"mint(address,uint256)"_s, {AbiValue::uint(1)}, {}};
        QVERIFY(!SafeBatchExport::toJson(meta, {badArgs}).ok());
    }

    void verify_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<QString>("code"); // empty = ok
        const char *rows[][2] = {
            {"ok", ""},
            {"no receipt", "safe.not_a_transaction"},
            {"status 0", "safe.status_failed"},
            {"ExecutionFailure", "safe.execution_failure"},
            {"ExecutionFailure besides success", "safe.execution_failure"},
            {"no ExecutionSuccess", "safe.no_execution_success"},
            {"success from another Safe", "safe.wrong_safe"},
            {"other safeTxHash", "safe.safe_tx_hash_mismatch"},
            {"Safe 1.3.0 hash in data", ""},
            {"minted by another token", "safe.wrong_token"},
            {"no mint at all", "safe.wrong_token"},
            {"plain transfer, not a mint", "safe.wrong_token"},
            {"minted to someone else", "safe.wrong_recipient"},
            {"extra mint to someone else", "safe.wrong_recipient"},
            {"amount too small", "safe.wrong_amount"},
            {"amount twice", "safe.wrong_amount"},
            {"two mints adding up", ""},
            {"removed logs ignored", "safe.no_execution_success"},
            {"not canonical", "safe.not_canonical"},
            {"not confirmed", "safe.not_confirmed"},
            {"exactly at depth", ""},
        };
        int i = 0;
        for (const auto &row : rows)
            QTest::newRow(row[0]) << i++ << QString::fromLatin1(row[1]);
    }
    void verify()
    {
        QFETCH(int, scenario);
        QFETCH(QString, code);
        const Hash32 h = SafeTxHasher::safeTxHash(mintTx(), 56, kSafe);
        std::optional<Receipt> r = goodReceipt(h);
        SafeMintExpectation e = expectation(h);
        Hash32 otherHash = h;
        otherHash[0] ^= 1;
        switch (scenario) {
        case 0:
            break;
        case 1:
            r.reset();
            break;
        case 2:
            r->status = false;
            break;
        case 3:
            r->logs = {failureLog(kSafe, h)};
            break;
        case 4:
            r->logs.append(failureLog(kSafe, otherHash));
            break;
        case 5:
            r->logs.removeLast();
            break;
        case 6:
            r->logs.last().address = kOther;
            break;
        case 7:
            r->logs.last().topics[1] = otherHash;
            break;
        case 8: {
            LogEntry l = r->logs.last();
            l.topics = {SafeMintVerifier::executionSuccessTopic()};
            l.data = QByteArray(reinterpret_cast<const char *>(h.data()), 32) + U256(0).toBigEndianBytes();
            r->logs.last() = l;
            break;
        }
        case 9:
            r->logs.first().address = kOther;
            break;
        case 10:
            r->logs.removeFirst();
            break;
        case 11:
            r->logs.first().topics[1] = kOther.toWord();
            break;
        case 12:
            r->logs.first().topics[2] = kOther.toWord();
            break;
        case 13:
            r->logs.append(mintLog(kToken, kOther, U256(1)));
            break;
        case 14:
            r->logs.first().data = (kAmount - U256(1)).toBigEndianBytes();
            break;
        case 15:
            r->logs.append(mintLog(kToken, kRecipient, kAmount));
            break;
        case 16:
            r->logs.first().data = (kAmount - U256(1000)).toBigEndianBytes();
            r->logs.append(mintLog(kToken, kRecipient, U256(1000)));
            break;
        case 17:
            for (LogEntry &l : r->logs)
                l.removed = true;
            break;
        case 18:
            e.canonical = false;
            break;
        case 19:
            e.confirmations = 11;
            break;
        case 20:
            e.confirmations = 12;
            break;
        }
        const auto result = SafeMintVerifier::verify(r, e);
        if (code.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error().code + u": "_s + result.error().message));
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, code);
            QVERIFY(!result.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSafeTx)
#include "tst_safetx.moc"
