// TxSender against the harness's anvil: a signed mint from the minter lands and changes the balance; a mint
// without the role comes back as a decoded AccessControlUnauthorizedAccount revert before anything is sent;
// a wrong-chain endpoint and a fee above the cap are refused before signing; a stuck transaction is sped up
// (on a private anvil with automine off) and checkLanded() finds which attempt landed.
#include "Harness.h"
#include "MisbehavingRpcProxy.h"
#include "chain/Abi.h"
#include "chain/Hex.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"
#include "chain/rpc/HttpRpcTransport.h"
#include "chain/rpc/RpcClient.h"
#include "chain/rpc/TxSender.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace vd::chain;
using vd::test::Harness;
using vd::test::MisbehavingRpcProxy;
using namespace std::chrono_literals;

namespace {

// Runs an async operation taking (context, callback) and waits for its single answer.
template <typename T, typename Start> RpcResult<T> await(Start start, int timeoutMs = 60000)
{
    std::optional<RpcResult<T>> out;
    QEventLoop loop;
    start(&loop, [&](const RpcResult<T> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return RpcError::make(RpcErrorKind::Other, QStringLiteral("test: no answer"));
    return *out;
}

RpcResult<QJsonValue> raw(RpcChannel &channel, const QString &method, const QJsonArray &params = {})
{
    return await<QJsonValue>([&](QObject *ctx, auto cb) { channel.call(method, params, ctx, cb); });
}

QStringList customerKeys()
{
    return QSettings(qEnvironmentVariable("VD_HARNESS_ENV"), QSettings::IniFormat)
        .value(QStringLiteral("chain/customer_keys"))
        .toStringList();
}

Address addr(const QString &text)
{
    return Address::fromString(text).value();
}

PrivateKey key(const QString &hexKey)
{
    auto k = PrivateKey::fromHex(hexKey);
    if (!k)
        qFatal("bad test key");
    return std::move(k).value();
}

TxRequest mintRequest(const Address &to, const U256 &amount)
{
    TxRequest r;
    r.to = addr(Harness::instance().token());
    r.data = Abi::encodeCall(u"mint(address,uint256)", {AbiValue::address(to), AbiValue::uint(amount)}).value();
    return r;
}

// A private anvil (same chain id, same funded dev accounts, no contracts) for the test that stops mining:
// the harness's anvil serves other integration tests running in parallel, which must not see mining stop.
class PrivateAnvil
{
public:
    PrivateAnvil() = default;
    PrivateAnvil(const PrivateAnvil &) = delete;
    PrivateAnvil &operator=(const PrivateAnvil &) = delete;
    ~PrivateAnvil()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    bool start()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return false;
        const quint16 port = probe.serverPort();
        probe.close();
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(Harness::instance().value(QStringLiteral("tools/anvil")),
                        {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                         QString::number(port), QStringLiteral("--chain-id"),
                         QString::number(Harness::instance().chainId()), QStringLiteral("--silent")});
        if (!m_process.waitForStarted(10000))
            return false;
        HttpRpcTransport transport;
        RpcClient client(&transport, m_url);
        for (int i = 0; i < 100; ++i) {
            if (raw(client, QStringLiteral("eth_chainId")).ok())
                return true;
            QTest::qWait(100);
        }
        return false;
    }
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

} // namespace

class TestTxSender : public QObject
{
    Q_OBJECT
private:
    TxSenderOptions options() const
    {
        TxSenderOptions o;
        o.chainId = static_cast<uint64_t>(Harness::instance().chainId());
        o.pollInterval = 100ms;
        o.receiptTimeout = 30s;
        return o;
    }
    QUrl anvil() const { return QUrl(Harness::instance().rpcUrl()); }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        QVERIFY(customerKeys().size() >= 2);
    }

    void mintLandsAndBalanceChanges()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        ContractReader reader(&client);
        TxSender sender(&client, options());
        QSignalSpy sentSpy(&sender, &TxSender::transactionSent);
        QSignalSpy progress(&sender, &TxSender::confirmationProgress);

        const Address token = addr(Harness::instance().token());
        // A fresh recipient: tests running in parallel may mint to the harness's customers.
        const Address customer = PrivateKey::generate().value().address();
        const U256 amount = U256::fromDecimal(u"12.5", 18).value();
        const auto before = await<U256>([&](QObject *c, auto cb) { reader.balanceOf(token, customer, c, cb); });
        QVERIFY(before.ok());
        QVERIFY(before->isZero());

        // prepare(): what a person would confirm, no key involved.
        const Address minter = addr(Harness::instance().minter());
        const auto pendingBefore =
            await<uint64_t>([&](QObject *c, auto cb) { reader.transactionCount(minter, BlockId::pending(), c, cb); });
        const auto prepared = await<UnsignedTransaction>(
            [&](QObject *c, auto cb) { sender.prepare(minter, mintRequest(customer, amount), c, cb); });
        QVERIFY2(prepared.ok(), qPrintable(prepared.error().message));
        QCOMPARE(prepared->chainId, options().chainId);
        QCOMPARE(prepared->type, UnsignedTransaction::Type::Eip1559);
        const auto pendingAfter =
            await<uint64_t>([&](QObject *c, auto cb) { reader.transactionCount(minter, BlockId::pending(), c, cb); });
        // The "pending" nonce (others may send from the minter in parallel, hence a window, not equality).
        QVERIFY(pendingBefore.value() <= prepared->nonce && prepared->nonce <= pendingAfter.value());
        const auto estimate = raw(client, QStringLiteral("eth_estimateGas"),
                                  {QJsonObject{{QStringLiteral("from"), minter.toLower()},
                                               {QStringLiteral("to"), token.toLower()},
                                               {QStringLiteral("data"), hex::encode(prepared->data)}}});
        const uint64_t gas = JsonRpcCodec::toUint64(estimate.value()).value();
        QVERIFY(prepared->gasLimit >= gas * 12 / 10);
        QVERIFY(prepared->gasLimit <= gas * 12 / 10 + 1);
        QVERIFY(!(prepared->maxFeePerGas < prepared->maxPriorityFeePerGas));

        const auto sent = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.send(key(Harness::instance().minterKey()), mintRequest(customer, amount), c, cb);
        });
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QCOMPARE(sent->from, minter);
        QCOMPARE(sentSpy.count(), 1);
        QCOMPARE(sentSpy.first().at(0).toString(), hex::encode(QByteArrayView(sent->hash.data(), 32)));

        const auto receipt = await<Receipt>([&](QObject *c, auto cb) { sender.waitForReceipt(sent->hash, c, cb); });
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        QVERIFY(receipt->status);
        QCOMPARE(receipt->transactionHash, sent->hash);
        QCOMPARE(receipt->from, minter);
        QCOMPARE(receipt->to.value(), token);
        QCOMPARE(receipt->logs.size(), 1);
        QCOMPARE(receipt->logs[0].topics[0], Abi::eventTopic(u"Transfer(address,address,uint256)"));
        QCOMPARE(Address::fromWord(receipt->logs[0].topics[2]), customer);
        QVERIFY(!progress.isEmpty());

        const auto after = await<U256>([&](QObject *c, auto cb) { reader.balanceOf(token, customer, c, cb); });
        QCOMPARE(after.value(), before.value() + amount);

        // Depth 2: the receipt is only reported once another block is on top.
        QTimer::singleShot(300, &client,
                           [&client] { client.call(QStringLiteral("evm_mine"), {}, &client, [](auto) {}); });
        progress.clear();
        const auto deep = await<Receipt>([&](QObject *c, auto cb) { sender.waitForReceipt(sent->hash, c, cb, 2); });
        QVERIFY2(deep.ok(), qPrintable(deep.error().message));
        QCOMPARE(progress.last().at(2).toInt(), 2);
        QVERIFY(progress.last().at(1).toInt() >= 2);

        // The landed check agrees.
        const auto landed = await<LandedStatus>(
            [&](QObject *c, auto cb) { sender.checkLanded(sent->allHashes(), minter, sent->tx.nonce, c, cb); });
        QCOMPARE(landed->state, LandedStatus::State::Mined);
        QCOMPARE(landed->minedHash, sent->hash);
    }

    void revertComesBackDecodedBeforeSending()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        HttpRpcTransport transport;
        RpcClient client(&transport, proxy.url());
        TxSender sender(&client, options());
        const PrivateKey customerKey = key(customerKeys().at(0));
        const Address customer = customerKey.address();
        ContractReader reader(&client);
        const auto nonceBefore =
            await<uint64_t>([&](QObject *c, auto cb) { reader.transactionCount(customer, BlockId::pending(), c, cb); });

        const auto r = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.send(key(customerKeys().at(0)), mintRequest(customer, U256(1)), c, cb);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.rpcError().code(), QStringLiteral("rpc.revert"));
        QCOMPARE(r.rpcError().revertData.left(4), QByteArray::fromHex("e2517d3f"));
        const RevertReason reason = Abi::decodeRevert(r.rpcError().revertData);
        QCOMPARE(reason.errorName, QStringLiteral("AccessControlUnauthorizedAccount"));
        QVERIFY2(r.rpcError().revertReason.contains(u"MINTER_ROLE"), qPrintable(r.rpcError().revertReason));
        QVERIFY(r.error().message.contains(u"MINTER_ROLE"));
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_sendRawTransaction")), 0);
        const auto nonceAfter =
            await<uint64_t>([&](QObject *c, auto cb) { reader.transactionCount(customer, BlockId::pending(), c, cb); });
        QCOMPARE(nonceAfter.value(), nonceBefore.value());
    }

    void wrongChainRefusedBeforeSigning()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        proxy.rewriteChainId(56);
        HttpRpcTransport transport;
        RpcClient client(&transport, proxy.url());
        TxSender sender(&client, options());
        const Address customer = key(customerKeys().at(1)).address();
        const auto r = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.send(key(Harness::instance().minterKey()), mintRequest(customer, U256(1)), c, cb);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.rpcError().code(), QStringLiteral("rpc.wrong_chain"));
        QCOMPARE(r.rpcError().actualChainId.value_or(0), 56);
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_sendRawTransaction")), 0);

        // A transaction prepared against the right node, then signed through the wrong one: refused as well.
        RpcClient good(&transport, anvil());
        TxSender goodSender(&good, options());
        const auto prepared = await<UnsignedTransaction>([&](QObject *c, auto cb) {
            goodSender.prepare(addr(Harness::instance().minter()), mintRequest(customer, U256(1)), c, cb);
        });
        QVERIFY(prepared.ok());
        const auto signedThroughWrong = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.signAndSend(key(Harness::instance().minterKey()), prepared.value(), c, cb);
        });
        QCOMPARE(signedThroughWrong.rpcError().code(), QStringLiteral("rpc.wrong_chain"));
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_sendRawTransaction")), 0);

        // Through a pool the wrong-chain endpoint is never even asked.
        EndpointPoolOptions poolOptions;
        poolOptions.expectedChainId = Harness::instance().chainId();
        EndpointPool pool({proxy.url()}, poolOptions);
        TxSender poolSender(&pool, options());
        const auto viaPool = await<SentTransaction>([&](QObject *c, auto cb) {
            poolSender.send(key(Harness::instance().minterKey()), mintRequest(customer, U256(1)), c, cb);
        });
        QCOMPARE(viaPool.rpcError().code(), QStringLiteral("rpc.wrong_chain"));
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_sendRawTransaction")), 0);
    }

    void feeAboveCapRefused()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        TxSenderOptions o = options();
        o.maxFeeCap = U256(1); // 1 wei per gas
        TxSender sender(&client, o);
        const Address customer = key(customerKeys().at(1)).address();
        const auto r = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.send(key(Harness::instance().minterKey()), mintRequest(customer, U256(1)), c, cb);
        });
        QCOMPARE(r.rpcError().code(), QStringLiteral("tx.fee_cap_exceeded"));
        QVERIFY(r.error().message.contains(u"gwei"));
        // Legacy pricing is capped too.
        o.legacy = true;
        sender.setOptions(o);
        const auto legacy = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.send(key(Harness::instance().minterKey()), mintRequest(customer, U256(1)), c, cb);
        });
        QCOMPARE(legacy.rpcError().code(), QStringLiteral("tx.fee_cap_exceeded"));
    }

    void legacyTransactionLands()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        TxSenderOptions o = options();
        o.legacy = true;
        TxSender sender(&client, o);
        const Address customer = key(customerKeys().at(1)).address();
        const auto sent = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.send(key(Harness::instance().minterKey()), mintRequest(customer, U256(7)), c, cb);
        });
        QVERIFY2(sent.ok(), qPrintable(sent.error().message));
        QCOMPARE(sent->tx.type, UnsignedTransaction::Type::Legacy);
        const auto receipt = await<Receipt>([&](QObject *c, auto cb) { sender.waitForReceipt(sent->hash, c, cb); });
        QVERIFY(receipt.ok());
        QVERIFY(receipt->status);
        QCOMPARE(receipt->type, uint8_t(0));
    }

    void speedUpStuckTransaction()
    {
        PrivateAnvil node;
        QVERIFY(node.start());
        HttpRpcTransport transport;
        RpcClient client(&transport, node.url());
        TxSender sender(&client, options());
        const Address minter = addr(Harness::instance().minter());
        const Address customer = key(customerKeys().at(1)).address();
        TxRequest transfer;
        transfer.to = customer;
        transfer.value = U256(3);

        // Stop mining: transactions stay in the pool until evm_mine.
        QVERIFY(raw(client, QStringLiteral("evm_setAutomine"), {false}).ok());

        const auto first = await<SentTransaction>(
            [&](QObject *c, auto cb) { sender.send(key(Harness::instance().minterKey()), transfer, c, cb); });
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const auto stuck = await<LandedStatus>(
            [&](QObject *c, auto cb) { sender.checkLanded(first->allHashes(), minter, first->tx.nonce, c, cb); });
        QCOMPARE(stuck->state, LandedStatus::State::Pending);

        const auto faster = await<SentTransaction>(
            [&](QObject *c, auto cb) { sender.speedUp(key(Harness::instance().minterKey()), first.value(), c, cb); });
        QVERIFY2(faster.ok(), qPrintable(faster.error().message));
        QVERIFY(faster->hash != first->hash);
        QCOMPARE(faster->tx.nonce, first->tx.nonce);
        QCOMPARE(faster->tx.data, first->tx.data);
        QCOMPARE(faster->earlierHashes, QList<Hash32>{first->hash});
        // >= 12.5 % more on both fee fields.
        QVERIFY(!(faster->tx.maxPriorityFeePerGas * U256(1000) < first->tx.maxPriorityFeePerGas * U256(1125)));
        QVERIFY(!(faster->tx.maxFeePerGas * U256(1000) < first->tx.maxFeePerGas * U256(1125)));

        QVERIFY(raw(client, QStringLiteral("evm_mine")).ok());
        const auto receipt = await<Receipt>([&](QObject *c, auto cb) { sender.waitForReceipt(faster->hash, c, cb); });
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        QVERIFY(receipt->status);
        ContractReader reader(&client);
        const auto oldReceipt =
            await<std::optional<Receipt>>([&](QObject *c, auto cb) { reader.receipt(first->hash, c, cb); });
        QVERIFY(oldReceipt.ok());
        QVERIFY(!oldReceipt.value().has_value()); // replaced, never mined

        const auto landed = await<LandedStatus>(
            [&](QObject *c, auto cb) { sender.checkLanded(faster->allHashes(), minter, first->tx.nonce, c, cb); });
        QCOMPARE(landed->state, LandedStatus::State::Mined);
        QCOMPARE(landed->minedHash, faster->hash);
        // Asking only about the replaced attempt: its nonce is used by another transaction.
        const auto byOld = await<LandedStatus>(
            [&](QObject *c, auto cb) { sender.checkLanded({first->hash}, minter, first->tx.nonce, c, cb); });
        QCOMPARE(byOld->state, LandedStatus::State::NonceConsumed);

        // Replace (cancel) a second stuck transaction with a zero-value self transfer.
        transfer.value = U256(4);
        const auto second = await<SentTransaction>(
            [&](QObject *c, auto cb) { sender.send(key(Harness::instance().minterKey()), transfer, c, cb); });
        QVERIFY(second.ok());
        TxRequest cancel;
        cancel.to = minter;
        const auto cancelled = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.replace(key(Harness::instance().minterKey()), second.value(), cancel, c, cb);
        });
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().message));
        QCOMPARE(cancelled->tx.nonce, second->tx.nonce);
        QCOMPARE(cancelled->tx.to.value(), minter);
        QVERIFY(raw(client, QStringLiteral("evm_mine")).ok());
        const auto cancelReceipt =
            await<Receipt>([&](QObject *c, auto cb) { sender.waitForReceipt(cancelled->hash, c, cb); });
        QVERIFY(cancelReceipt.ok());
        QVERIFY(cancelReceipt->logs.isEmpty());
    }

    void droppedAndUnknown()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        TxSender sender(&client, options());
        ContractReader reader(&client);
        const Address customer = key(customerKeys().at(1)).address();
        const auto count =
            await<uint64_t>([&](QObject *c, auto cb) { reader.transactionCount(customer, BlockId::latest(), c, cb); });
        Hash32 unknown{};
        unknown.fill(0x42);
        const auto dropped = await<LandedStatus>(
            [&](QObject *c, auto cb) { sender.checkLanded({unknown}, customer, count.value(), c, cb); });
        QCOMPARE(dropped->state, LandedStatus::State::Dropped);
        const Address minter = addr(Harness::instance().minter());
        const auto consumed =
            await<LandedStatus>([&](QObject *c, auto cb) { sender.checkLanded({unknown}, minter, 0, c, cb); });
        QCOMPARE(consumed->state, LandedStatus::State::NonceConsumed);
    }

    void resendingALandedTransactionIsNotAnError()
    {
        // A retry after a lost answer re-sends the very same signed bytes: it must be reported as sent
        // (the node says "nonce too low" or "already known"), while another transaction on a used nonce fails.
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        TxSender sender(&client, options());
        const Address customer = key(customerKeys().at(1)).address();
        const auto prepared = await<UnsignedTransaction>([&](QObject *c, auto cb) {
            sender.prepare(addr(Harness::instance().minter()), mintRequest(customer, U256(9)), c, cb);
        });
        QVERIFY(prepared.ok());
        const auto first = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.signAndSend(key(Harness::instance().minterKey()), prepared.value(), c, cb);
        });
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(await<Receipt>([&](QObject *c, auto cb) { sender.waitForReceipt(first->hash, c, cb); }).ok());
        const auto again = await<SentTransaction>([&](QObject *c, auto cb) {
            sender.signAndSend(key(Harness::instance().minterKey()), prepared.value(), c, cb);
        });
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again->hash, first->hash);

        UnsignedTransaction other = prepared.value();
        other.data = mintRequest(customer, U256(10)).data;
        const auto conflicting = await<SentTransaction>(
            [&](QObject *c, auto cb) { sender.signAndSend(key(Harness::instance().minterKey()), other, c, cb); });
        QVERIFY(!conflicting.ok());
        QVERIFY2(conflicting.rpcError().detail.contains(u"nonce", Qt::CaseInsensitive),
                 qPrintable(conflicting.rpcError().detail));
    }

    void bumpMath()
    {
        QCOMPARE(TxSender::bump(U256(1000), 1125), U256(1125));
        QCOMPARE(TxSender::bump(U256(1001), 1125), U256(1127)); // 1126.125 rounded up
        QCOMPARE(TxSender::bump(U256(0), 1125), U256(1));
        QCOMPARE(TxSender::bump(U256(5), 1000), U256(6)); // never equal
        QCOMPARE(TxSender::bump(U256(1000000000), 1100), U256(1100000000));
    }
};

QTEST_GUILESS_MAIN(TestTxSender)
#include "tst_tx_sender.moc"
