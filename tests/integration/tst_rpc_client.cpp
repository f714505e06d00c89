// JSON-RPC client, batches and endpoint pool against the harness's anvil, directly and through
// MisbehavingRpcProxy injecting the faults real providers produce.
#include "Harness.h"
#include "MisbehavingRpcProxy.h"
#include "chain/Abi.h"
#include "chain/Hex.h"
#include "chain/SafeTxHasher.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"
#include "chain/rpc/HttpRpcTransport.h"
#include "chain/rpc/RpcClient.h"
#include "chain/rpc/RpcLog.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace vd::chain;
using vd::test::Harness;
using vd::test::MisbehavingRpcProxy;
using namespace std::chrono_literals;

namespace {

RpcResult<QJsonValue> callSync(RpcChannel &channel, const QString &method, const QJsonArray &params = {},
                               RpcCallOptions options = {})
{
    std::optional<RpcResult<QJsonValue>> out;
    QEventLoop loop;
    channel.call(method, params, options, &loop, [&](const RpcResult<QJsonValue> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return RpcError::make(RpcErrorKind::Other, QStringLiteral("test: no answer"));
    return *out;
}

RpcChannel::BatchResult batchSync(RpcChannel &channel, const QList<RpcRequest> &requests, RpcCallOptions options = {})
{
    std::optional<RpcChannel::BatchResult> out;
    QEventLoop loop;
    channel.batch(requests, options, &loop, [&](const RpcChannel::BatchResult &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return RpcError::make(RpcErrorKind::Other, QStringLiteral("test: no answer"));
    return *out;
}

QUrl closedPortUrl()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    const quint16 port = s.serverPort();
    s.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

QJsonObject logsFilter(const QString &from, const QString &to)
{
    return QJsonObject{{QStringLiteral("fromBlock"), from},
                       {QStringLiteral("toBlock"), to},
                       {QStringLiteral("address"), Harness::instance().token()}};
}

// Harness::customerKeys() loses the list (QSettings reads "a,b" as a string list): read it here.
QStringList customerKeys()
{
    return QSettings(qEnvironmentVariable("VD_HARNESS_ENV"), QSettings::IniFormat)
        .value(QStringLiteral("chain/customer_keys"))
        .toStringList();
}

QString kindName(RpcErrorKind k)
{
    return RpcError::codeFor(k);
}

template <typename T, typename Start> RpcResult<T> await(Start start)
{
    std::optional<RpcResult<T>> out;
    QEventLoop loop;
    start(&loop, [&](const RpcResult<T> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out)
        return RpcError::make(RpcErrorKind::Other, QStringLiteral("test: no answer"));
    return *out;
}

Address addr(const QString &text)
{
    return Address::fromString(text).value();
}

} // namespace

Q_DECLARE_METATYPE(vd::chain::RpcErrorKind)

class TestRpcClient : public QObject
{
    Q_OBJECT
private:
    QUrl anvil() const { return QUrl(Harness::instance().rpcUrl()); }
    EndpointPoolOptions poolOptions() const
    {
        EndpointPoolOptions o;
        o.expectedChainId = Harness::instance().chainId();
        o.backoff.base = 50ms;
        o.backoff.cap = 2000ms;
        return o;
    }

private slots:
    void initTestCase() { VD_REQUIRE_HARNESS(); }

    void callsAgainstAnvil()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        auto chainId = callSync(client, QStringLiteral("eth_chainId"));
        QVERIFY2(chainId.ok(), qPrintable(chainId.error().message));
        QCOMPARE(static_cast<qint64>(JsonRpcCodec::toUint64(chainId.value()).value()), Harness::instance().chainId());
        auto block = callSync(client, QStringLiteral("eth_blockNumber"));
        QVERIFY(block.ok());
        QVERIFY(JsonRpcCodec::toUint64(block.value()).value() >=
                static_cast<uint64_t>(Harness::instance().deployBlock()));
        // Unknown method: the caller's fault, classified.
        auto unknown = callSync(client, QStringLiteral("eth_noSuchMethod"));
        QVERIFY(!unknown.ok());
        QCOMPARE(kindName(unknown.kind()), kindName(RpcErrorKind::InvalidRequest));
        QCOMPARE(unknown.rpcError().endpoint, redactUrl(anvil()));
    }

    void batchAgainstAnvil()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        const QList<RpcRequest> requests{
            {QStringLiteral("eth_chainId"), {}},
            {QStringLiteral("eth_getBalance"), QJsonArray{Harness::instance().admin(), QStringLiteral("latest")}},
            {QStringLiteral("eth_noSuchMethod"), {}},
            {QStringLiteral("eth_blockNumber"), {}},
        };
        const auto r = batchSync(client, requests);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->size(), 4);
        QCOMPARE(JsonRpcCodec::toUint64(r->at(0).value()).value(),
                 static_cast<uint64_t>(Harness::instance().chainId()));
        QVERIFY(JsonRpcCodec::toU256(r->at(1).value()).ok());
        QCOMPARE(kindName(r->at(2).kind()), kindName(RpcErrorKind::InvalidRequest));
        QVERIFY(JsonRpcCodec::toUint64(r->at(3).value()).ok());
        // Empty batch answers an empty list.
        const auto empty = batchSync(client, {});
        QVERIFY(empty.ok());
        QVERIFY(empty->isEmpty());
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("method");
        QTest::addColumn<RpcErrorKind>("kind");
        QTest::newRow("429 Retry-After") << 0 << QStringLiteral("eth_blockNumber") << RpcErrorKind::RateLimited;
        QTest::newRow("502 HTML") << 1 << QStringLiteral("eth_blockNumber") << RpcErrorKind::ServerError;
        QTest::newRow("truncated JSON") << 2 << QStringLiteral("eth_blockNumber") << RpcErrorKind::ParseError;
        QTest::newRow("HTML with 200") << 3 << QStringLiteral("eth_blockNumber") << RpcErrorKind::ParseError;
        QTest::newRow("dropped connection") << 4 << QStringLiteral("eth_blockNumber") << RpcErrorKind::Network;
        QTest::newRow("slow answer") << 5 << QStringLiteral("eth_blockNumber") << RpcErrorKind::Timeout;
        QTest::newRow("wrong jsonrpc version")
            << 6 << QStringLiteral("eth_blockNumber") << RpcErrorKind::InvalidResponse;
        QTest::newRow("range suggest") << 7 << QStringLiteral("eth_getLogs") << RpcErrorKind::RangeTooLarge;
        QTest::newRow("range limit hint") << 8 << QStringLiteral("eth_getLogs") << RpcErrorKind::RangeTooLarge;
        QTest::newRow("range bare") << 9 << QStringLiteral("eth_getLogs") << RpcErrorKind::RangeTooLarge;
        QTest::newRow("node behind") << 10 << QStringLiteral("eth_blockNumber") << RpcErrorKind::NodeUnhealthy;
        QTest::newRow("503 JSON no backends") << 11 << QStringLiteral("eth_blockNumber") << RpcErrorKind::NodeUnhealthy;
        QTest::newRow("401") << 12 << QStringLiteral("eth_blockNumber") << RpcErrorKind::Unauthorized;
        QTest::newRow("empty body") << 13 << QStringLiteral("eth_blockNumber") << RpcErrorKind::ParseError;
    }

    void faults()
    {
        QFETCH(int, fault);
        QFETCH(QString, method);
        QFETCH(RpcErrorKind, kind);
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        switch (fault) {
        case 0:
            proxy.rateLimit(7);
            break;
        case 1:
            proxy.serverError(502);
            break;
        case 2:
            proxy.truncate();
            break;
        case 3:
            proxy.respondRaw("<!DOCTYPE html><html><body>Checking your browser...</body></html>", 200, "text/html");
            break;
        case 4:
            proxy.dropConnection(-1);
            break;
        case 5:
            proxy.delay(3000);
            break;
        case 6:
            proxy.respondRaw(R"({"jsonrpc":"1.0","id":1,"result":"0x1"})");
            break;
        case 7:
            proxy.limitLogRange(10, MisbehavingRpcProxy::RangeStyle::Suggest);
            break;
        case 8:
            proxy.limitLogRange(10, MisbehavingRpcProxy::RangeStyle::LimitHint);
            break;
        case 9:
            proxy.limitLogRange(10, MisbehavingRpcProxy::RangeStyle::Bare);
            break;
        case 10:
            proxy.respondError(method, -32000, QStringLiteral("header not found"));
            break;
        case 11:
            proxy.respondRaw(
                R"({"jsonrpc":"2.0","id":1,"error":{"code":-32011,"message":"no backends available for method"}})",
                503);
            break;
        case 12:
            proxy.respondRaw("invalid api key", 401, "text/plain");
            break;
        case 13:
            proxy.respondRaw(QByteArray(), 200);
            break;
        }
        HttpRpcTransport transport;
        RpcClient client(&transport, proxy.url());
        RpcCallOptions options;
        options.timeout = 800ms;
        QJsonArray params;
        if (method == u"eth_getLogs")
            params = QJsonArray{logsFilter(QStringLiteral("0x0"), QStringLiteral("0x63"))};
        const auto r = callSync(client, method, params, options);
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.kind()), kindName(kind));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!r.error().message.contains(proxy.url().toString()) || proxy.url().path().isEmpty());
        const RpcError &e = r.rpcError();
        switch (fault) {
        case 0:
            QCOMPARE(e.httpStatus, 429);
            QVERIFY(e.retryAfter.has_value());
            QCOMPARE(e.retryAfter->count(), 7000);
            break;
        case 1:
            QCOMPARE(e.httpStatus, 502);
            break;
        case 7:
            QVERIFY(e.suggestedRange.has_value());
            QCOMPARE(e.suggestedRange->from, 0u);
            QCOMPARE(e.suggestedRange->to, 9u);
            break;
        case 8:
            QVERIFY(e.maxBlockSpan.has_value());
            QCOMPARE(*e.maxBlockSpan, 10u);
            break;
        case 9:
            QVERIFY(!e.suggestedRange && !e.maxBlockSpan);
            break;
        default:
            break;
        }
        // The same client works again once the fault is gone.
        proxy.clearFaults();
        if (method == u"eth_getLogs")
            params = QJsonArray{logsFilter(QStringLiteral("0x0"), QStringLiteral("0x5"))};
        const auto again = callSync(client, method, params);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
    }

    void logsRangeLimitWithTagsAndEmptyThenFull()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        HttpRpcTransport transport;
        RpcClient client(&transport, proxy.url());
        proxy.limitLogRange(5);
        // "earliest".."latest" spans the whole chain: refused with a suggestion starting at 0.
        auto wide = callSync(client, QStringLiteral("eth_getLogs"),
                             {logsFilter(QStringLiteral("earliest"), QStringLiteral("latest"))});
        QCOMPARE(kindName(wide.kind()), kindName(RpcErrorKind::RangeTooLarge));
        QCOMPARE(wide.rpcError().suggestedRange->from, 0u);
        QCOMPARE(wide.rpcError().suggestedRange->to, 4u);
        proxy.clearFaults();

        const QString deploy = QStringLiteral("0x%1").arg(Harness::instance().deployBlock(), 0, 16);
        const QJsonArray params{logsFilter(deploy, QStringLiteral("latest"))};
        const auto real = callSync(client, QStringLiteral("eth_getLogs"), params);
        QVERIFY(real.ok());
        QVERIFY(!real.value().toArray().isEmpty()); // the deployment's role grants and mints
        proxy.emptyLogs(1);
        const auto empty = callSync(client, QStringLiteral("eth_getLogs"), params);
        QVERIFY(empty.ok());
        QVERIFY(empty.value().toArray().isEmpty());
        const auto full = callSync(client, QStringLiteral("eth_getLogs"), params);
        QCOMPARE(full.value(), real.value());
    }

    void hostileAnswersNeverCrash()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        HttpRpcTransport transport;
        transport.setMaxBodyBytes(4096);
        RpcClient client(&transport, proxy.url());

        // Wrong result types and huge numbers: the call succeeds, the typed read refuses.
        const QList<QByteArray> results{"123456789012345678901234567890123456789",
                                        "1e999",
                                        "-1",
                                        "{\"a\":1}",
                                        "[]",
                                        "\"0x1ffffffffffffffffffffffffffffffff\"",
                                        "\"0xzz\"",
                                        "true",
                                        "null",
                                        "\"" + QByteArray(200, 'f') + "\""};
        for (const QByteArray &result : results) {
            proxy.replaceResult(QStringLiteral("eth_blockNumber"), result);
            const auto r = callSync(client, QStringLiteral("eth_blockNumber"));
            if (r.ok())
                QCOMPARE(kindName(JsonRpcCodec::toUint64(r.value()).kind()), kindName(RpcErrorKind::InvalidResponse));
            else
                QVERIFY(r.kind() == RpcErrorKind::ParseError || r.kind() == RpcErrorKind::InvalidResponse);
        }
        // Whole bodies: binary, deep nesting, over the size cap, batch-shaped answers to a single call.
        const QList<QByteArray> bodies{QByteArray("\x00\x01\x02\xff", 4),
                                       QByteArray(3000, '['),
                                       "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"" + QByteArray(10000, 'a') + "\"}",
                                       "[{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":\"0x1\"}]",
                                       "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":\"x\",\"message\":5}}",
                                       "{\"jsonrpc\":\"2.0\"}"};
        for (const QByteArray &body : bodies) {
            proxy.respondRaw(body);
            const auto r = callSync(client, QStringLiteral("eth_blockNumber"));
            QVERIFY(!r.ok());
            QVERIFY2(r.kind() == RpcErrorKind::ParseError || r.kind() == RpcErrorKind::InvalidResponse,
                     qPrintable(r.rpcError().code()));
        }
        // Batches answered with garbage, a single error object and an HTML page.
        const QList<RpcRequest> two{{QStringLiteral("eth_chainId"), {}}, {QStringLiteral("eth_blockNumber"), {}}};
        proxy.respondRaw("[{\"jsonrpc\":\"2.0\",\"id\":1e999,");
        QCOMPARE(kindName(batchSync(client, two).kind()), kindName(RpcErrorKind::ParseError));
        proxy.respondRaw(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"rate limit exceeded"}})");
        QCOMPARE(kindName(batchSync(client, two).kind()), kindName(RpcErrorKind::RateLimited));
        proxy.serverError(504);
        QCOMPARE(kindName(batchSync(client, two).kind()), kindName(RpcErrorKind::ServerError));
        proxy.rateLimit(1);
        QCOMPARE(kindName(batchSync(client, two).kind()), kindName(RpcErrorKind::RateLimited));
        // A batch with an element truncated away by a lying proxy: per-element classification.
        proxy.replaceResult(QStringLiteral("eth_blockNumber"), "{\"nested\":[1,2,3]}");
        const auto partly = batchSync(client, two);
        QVERIFY(partly.ok());
        QVERIFY(partly->at(0).ok());
        QCOMPARE(kindName(JsonRpcCodec::toUint64(partly->at(1).value()).kind()),
                 kindName(RpcErrorKind::InvalidResponse));
        // Still usable afterwards.
        QVERIFY(callSync(client, QStringLiteral("eth_chainId")).ok());
    }

    void revertIsClassifiedAndDecoded()
    {
        // mint(customer, 1) called by a customer without MINTER_ROLE.
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        QVERIFY(!customerKeys().isEmpty());
        const QString customer = Harness::instance().runCast({QStringLiteral("wallet"), QStringLiteral("address"),
                                                              QStringLiteral("--private-key"), customerKeys().first()});
        QVERIFY(!customer.isEmpty());
        const QString data = Harness::instance().runCast(
            {QStringLiteral("calldata"), QStringLiteral("mint(address,uint256)"), customer, QStringLiteral("1")});
        const QJsonObject tx{{QStringLiteral("from"), customer},
                             {QStringLiteral("to"), Harness::instance().token()},
                             {QStringLiteral("data"), data}};
        const auto r = callSync(client, QStringLiteral("eth_call"), {tx, QStringLiteral("latest")});
        QVERIFY(!r.ok());
        QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::Revert));
        QCOMPARE(r.rpcError().revertData.left(4), QByteArray::fromHex("e2517d3f"));
        QVERIFY2(r.rpcError().revertReason.contains(u"MINTER_ROLE"), qPrintable(r.rpcError().revertReason));
    }

    void failoverFromDeadPrimary()
    {
        EndpointPoolOptions options = poolOptions();
        EndpointPool pool({closedPortUrl(), anvil()}, options);
        QElapsedTimer clock;
        clock.start();
        const auto r = callSync(pool, QStringLiteral("eth_blockNumber"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(clock.elapsed() < options.backoff.cap.count());
        auto stats = pool.snapshot();
        QCOMPARE(stats.size(), 2);
        QCOMPARE(stats[0].state, EndpointStats::State::BackingOff);
        QVERIFY(stats[0].failures >= 1);
        QCOMPARE(stats[0].lastErrorCode, QStringLiteral("rpc.network"));
        QCOMPARE(stats[1].state, EndpointStats::State::Healthy);
        QCOMPARE(stats[1].chainId.value_or(0), Harness::instance().chainId());
        QVERIFY(stats[1].latencyMs >= 0);
        // Subsequent calls keep going to the healthy one while the primary backs off.
        for (int i = 0; i < 5; ++i)
            QVERIFY(callSync(pool, QStringLiteral("eth_chainId")).ok());
        QVERIFY(pool.snapshot()[1].requests >= 6);
    }

    void primaryComesBackAndIsReverified()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        EndpointPoolOptions options = poolOptions();
        options.backoff.base = 100ms;
        EndpointPool pool({proxy.url(), anvil()}, options);
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_chainId")), 1);
        proxy.dropConnection(-1);
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok()); // failed over
        QCOMPARE(pool.snapshot()[0].lastErrorCode, QStringLiteral("rpc.network"));
        proxy.clearFaults();
        // After its backoff the primary is used again, but only after a fresh chain id check.
        QTRY_VERIFY_WITH_TIMEOUT(pool.snapshot()[0].backoffRemainingMs == 0, 5000);
        const int before = proxy.requestCount(QStringLiteral("eth_chainId"));
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_chainId")), before + 1);
        QCOMPARE(pool.snapshot()[0].state, EndpointStats::State::Healthy);
    }

    void slowEndpointYieldsToFasterOne()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        proxy.delay(400, -1); // every request to the primary takes 400 ms
        EndpointPoolOptions options = poolOptions();
        options.slowLatency = 100ms;
        options.probeEvery = 5;
        EndpointPool pool({proxy.url(), anvil()}, options);
        for (int i = 0; i < 10; ++i)
            QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        const auto s = pool.snapshot();
        QVERIFY(s[0].latencyMs > 300);
        QVERIFY(s[1].latencyMs >= 0 && s[1].latencyMs < 100);
        // Mostly the fast one; the slow primary only gets the periodic probes.
        const int slowCalls = proxy.requestCount(QStringLiteral("eth_blockNumber"));
        QVERIFY2(slowCalls >= 1 && slowCalls <= 3, qPrintable(QString::number(slowCalls)));
        QCOMPARE(s[0].state, EndpointStats::State::Healthy);
        // Once the primary is fast again, the probes bring its average down and it takes over again.
        proxy.clearFaults();
        for (int i = 0; i < 80 && pool.snapshot()[0].latencyMs > 100; ++i)
            QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QVERIFY(pool.snapshot()[0].latencyMs <= 100);
        const int before = proxy.requestCount(QStringLiteral("eth_blockNumber"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_blockNumber")), before + 3);
    }

    void wrongChainEndpointRefused()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        proxy.rewriteChainId(56);
        {
            EndpointPool pool({proxy.url()}, poolOptions());
            QSignalSpy refused(&pool, &EndpointPool::endpointRefused);
            const auto r = callSync(pool, QStringLiteral("eth_blockNumber"));
            QVERIFY(!r.ok());
            QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::WrongChain));
            QCOMPARE(r.rpcError().actualChainId.value_or(0), 56);
            QVERIFY(r.error().message.contains(u"56"));
            QCOMPARE(refused.count(), 1);
            QCOMPARE(pool.snapshot()[0].state, EndpointStats::State::WrongChain);
            QCOMPARE(proxy.requestCount(QStringLiteral("eth_blockNumber")), 0); // never used
            // Stays refused: no second check, no use.
            QCOMPARE(kindName(callSync(pool, QStringLiteral("eth_chainId")).kind()),
                     kindName(RpcErrorKind::WrongChain));
            QCOMPARE(proxy.requestCount(QStringLiteral("eth_chainId")), 1);
        }
        // With a good second endpoint, calls go there.
        EndpointPool pool({proxy.url(), anvil()}, poolOptions());
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(pool.snapshot()[0].state, EndpointStats::State::WrongChain);
        QCOMPARE(pool.snapshot()[1].state, EndpointStats::State::Healthy);
    }

    void rateLimitBacksOffThenSucceeds()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        EndpointPoolOptions options = poolOptions();
        EndpointPool pool({proxy.url()}, options);
        QVERIFY(callSync(pool, QStringLiteral("eth_chainId")).ok());
        proxy.rateLimit(0, 2, QStringLiteral("eth_blockNumber"));
        QElapsedTimer clock;
        clock.start();
        const auto r = callSync(pool, QStringLiteral("eth_blockNumber"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_blockNumber")), 3);
        // Two backoffs: 50 ms then 100 ms, minus jitter.
        QVERIFY(clock.elapsed() >= 50);
        QVERIFY(clock.elapsed() < 2000);
        const auto s = pool.snapshot()[0];
        QCOMPARE(s.failures, 2u);
        QCOMPARE(s.consecutiveFailures, 0);
        QVERIFY(s.errorRate > 0);

        // Retry-After longer than the call's budget: fail with the rate limit, do not wait.
        proxy.rateLimit(30, -1, QStringLiteral("eth_blockNumber"));
        RpcCallOptions shortBudget;
        shortBudget.totalTimeout = 1000ms;
        const auto limited = callSync(pool, QStringLiteral("eth_blockNumber"), {}, shortBudget);
        QCOMPARE(kindName(limited.kind()), kindName(RpcErrorKind::RateLimited));
        QVERIFY(pool.snapshot()[0].backoffRemainingMs > 1000); // Retry-After honoured (capped at 2 s)
    }

    void parseErrorFailsOverButIsNotRetried()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        proxy.truncate(-1, QStringLiteral("eth_blockNumber"));
        {
            EndpointPool pool({proxy.url()}, poolOptions());
            const auto r = callSync(pool, QStringLiteral("eth_blockNumber"));
            QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::ParseError));
            QCOMPARE(proxy.requestCount(QStringLiteral("eth_blockNumber")), 1);
        }
        proxy.resetCounters();
        EndpointPool pool({proxy.url(), anvil()}, poolOptions());
        const auto r = callSync(pool, QStringLiteral("eth_blockNumber"));
        QVERIFY(r.ok());
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_blockNumber")), 1);
        QCOMPARE(pool.snapshot()[0].lastErrorCode, QStringLiteral("rpc.parse_error"));
    }

    void callerErrorsAreNeverRetried()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        EndpointPool pool({proxy.url(), anvil()}, poolOptions());
        proxy.respondError(QStringLiteral("eth_call"), 3, QStringLiteral("execution reverted"),
                           QStringLiteral("0xd93c0665"));
        const auto r =
            callSync(pool, QStringLiteral("eth_call"),
                     {QJsonObject{{QStringLiteral("to"), Harness::instance().token()}}, QStringLiteral("latest")});
        QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::Revert));
        QVERIFY(!r.rpcError().revertReason.isEmpty());
        proxy.limitLogRange(2, MisbehavingRpcProxy::RangeStyle::LimitHint);
        const auto logs =
            callSync(pool, QStringLiteral("eth_getLogs"), {logsFilter(QStringLiteral("0x0"), QStringLiteral("0x10"))});
        QCOMPARE(kindName(logs.kind()), kindName(RpcErrorKind::RangeTooLarge));
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_call")), 1);
        QCOMPARE(proxy.requestCount(QStringLiteral("eth_getLogs")), 1);
        const auto s = pool.snapshot();
        QCOMPARE(s[0].failures, 0u);
        QCOMPARE(s[1].requests, 0u); // the fallback was never asked
    }

    void poolBatchFailsOver()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        EndpointPool pool({proxy.url(), anvil()}, poolOptions());
        QVERIFY(callSync(pool, QStringLiteral("eth_chainId")).ok());
        proxy.serverError(503, -1);
        const auto r = batchSync(pool, {{QStringLiteral("eth_chainId"), {}}, {QStringLiteral("eth_blockNumber"), {}}});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->size(), 2);
        QVERIFY(r->at(0).ok() && r->at(1).ok());
        QCOMPARE(pool.snapshot()[0].lastErrorCode, QStringLiteral("rpc.server_error"));
    }

    void noUsableEndpoint()
    {
        EndpointPoolOptions options = poolOptions();
        options.backoff.cap = 200ms;
        EndpointPool pool({closedPortUrl(), closedPortUrl()}, options);
        RpcCallOptions call;
        call.totalTimeout = 1500ms;
        QElapsedTimer clock;
        clock.start();
        const auto r = callSync(pool, QStringLiteral("eth_blockNumber"), {}, call);
        QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::Network));
        QVERIFY(clock.elapsed() < 5000);
        for (const auto &s : pool.snapshot()) {
            QVERIFY(s.failures >= 1);
            QVERIFY(s.url.startsWith(u"http://127.0.0.1:"));
        }
    }

    void contractReads()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        ContractReader reader(&client);
        const Harness &h = Harness::instance();
        const Address token = addr(h.token());
        const Address safe = addr(h.safe());
        const Address minter = addr(h.minter());
        const Address admin = addr(h.admin());
        const Hash32 minterRole = Abi::roleId(u"MINTER_ROLE");
        const Address customer = addr(h.runCast({QStringLiteral("wallet"), QStringLiteral("address"),
                                                 QStringLiteral("--private-key"), customerKeys().first()}));

        // Cross-checked with cast at one pinned block (tests running in parallel change the latest state).
        const uint64_t pinnedBlock = await<uint64_t>([&](QObject *c, auto cb) { reader.blockNumber(c, cb); }).value();
        const BlockId at = BlockId::number(pinnedBlock);
        auto castCall = [&](const QString &signature, const QStringList &args = {}) {
            QStringList argv{QStringLiteral("call"), h.token(), signature};
            argv += args;
            argv += {QStringLiteral("--rpc-url"), h.rpcUrl(), QStringLiteral("--block"), QString::number(pinnedBlock)};
            return h.runCast(argv).section(u' ', 0, 0);
        };
        const QString minterRoleHex = hex::encode(QByteArrayView(minterRole.data(), 32));
        const auto paused = await<bool>([&](QObject *c, auto cb) { reader.paused(token, c, cb, at); });
        QCOMPARE(paused.value() ? QStringLiteral("true") : QStringLiteral("false"),
                 castCall(QStringLiteral("paused()(bool)")));
        QCOMPARE(await<bool>([&](QObject *c, auto cb) { reader.hasRole(token, minterRole, minter, c, cb); }).value(),
                 true);
        QCOMPARE(await<bool>([&](QObject *c, auto cb) { reader.hasRole(token, minterRole, customer, c, cb); }).value(),
                 false);
        const auto members =
            await<U256>([&](QObject *c, auto cb) { reader.getRoleMemberCount(token, minterRole, c, cb, at); });
        QVERIFY(!(members.value() < U256(3))); // admin, minter and the Safe
        QCOMPARE(members->toDecimal(),
                 castCall(QStringLiteral("getRoleMemberCount(bytes32)(uint256)"), {minterRoleHex}));
        QCOMPARE(
            await<Address>([&](QObject *c, auto cb) { reader.getRoleMember(token, minterRole, 0, c, cb); }).value(),
            admin);
        QCOMPARE(await<Hash32>([&](QObject *c, auto cb) { reader.getRoleAdmin(token, minterRole, c, cb); }).value(),
                 Hash32{});
        const auto supply = await<U256>([&](QObject *c, auto cb) { reader.totalSupply(token, c, cb, at); });
        QVERIFY(!(supply.value() < U256::fromDecimal(u"5000000", 18).value()));
        QCOMPARE(supply->toDecimal(), castCall(QStringLiteral("totalSupply()(uint256)")));
        QCOMPARE(await<int>([&](QObject *c, auto cb) { reader.decimals(token, c, cb); }).value(), 18);
        QCOMPARE(await<bool>([&](QObject *c, auto cb) { reader.frozen(token, customer, c, cb); }).value(), false);
        const auto balance = await<U256>([&](QObject *c, auto cb) { reader.balanceOf(token, customer, c, cb); });
        QVERIFY(!(balance.value() < U256::fromDecimal(u"1000000", 18).value()));
        // Beyond the last member: the contract reverts (panic), classified as a revert.
        const auto beyond =
            await<Address>([&](QObject *c, auto cb) { reader.getRoleMember(token, minterRole, 99, c, cb); });
        QCOMPARE(kindName(beyond.kind()), kindName(RpcErrorKind::Revert));

        // Safe.
        QCOMPARE(await<U256>([&](QObject *c, auto cb) { reader.safeThreshold(safe, c, cb); }).value(), U256(2));
        const auto owners = await<QList<Address>>([&](QObject *c, auto cb) { reader.safeOwners(safe, c, cb); });
        QCOMPARE(owners->size(), 3);
        const auto nonce = await<U256>([&](QObject *c, auto cb) { reader.safeNonce(safe, c, cb); });
        QVERIFY(nonce.ok());
        SafeTx tx;
        tx.to = token;
        tx.data = Abi::encodeCall(u"mint(address,uint256)", {AbiValue::address(customer), AbiValue::uint(U256(1000))})
                      .value();
        tx.nonce = nonce.value();
        const auto onChain = await<Hash32>([&](QObject *c, auto cb) { reader.safeTransactionHash(safe, tx, c, cb); });
        QVERIFY2(onChain.ok(), qPrintable(onChain.error().message));
        QCOMPARE(onChain.value(), SafeTxHasher::safeTxHash(tx, static_cast<uint64_t>(h.chainId()), safe));

        // Code pinning.
        const auto code = await<QByteArray>([&](QObject *c, auto cb) { reader.code(token, c, cb); });
        QVERIFY(code->size() > 100);
        const Hash32 pinned = keccak256(code.value());
        QCOMPARE(await<Hash32>([&](QObject *c, auto cb) { reader.verifyCodeHash(token, pinned, c, cb); }).value(),
                 pinned);
        Hash32 wrong = pinned;
        wrong[0] ^= 1;
        const auto changed = await<Hash32>([&](QObject *c, auto cb) { reader.verifyCodeHash(token, wrong, c, cb); });
        QCOMPARE(changed.rpcError().code(), QStringLiteral("chain.code_changed"));
        QVERIFY(changed.error().message.contains(token.toChecksummed()));
        const auto noCode = await<Hash32>([&](QObject *c, auto cb) { reader.verifyCodeHash(customer, pinned, c, cb); });
        QCOMPARE(noCode.rpcError().code(), QStringLiteral("chain.no_code"));
        // A view call on an account without code answers nothing: classified, not decoded as zero.
        const auto eoa = await<bool>([&](QObject *c, auto cb) { reader.paused(customer, c, cb); });
        QCOMPARE(kindName(eoa.kind()), kindName(RpcErrorKind::InvalidResponse));

        // Headers by tag and number, linked by parent hash.
        const auto latest =
            await<std::optional<BlockHeader>>([&](QObject *c, auto cb) { reader.header(BlockId::latest(), c, cb); });
        QVERIFY(latest.ok() && latest.value());
        for (const BlockId &tag : {BlockId::finalized(), BlockId::safe()}) {
            const auto hdr = await<std::optional<BlockHeader>>([&](QObject *c, auto cb) { reader.header(tag, c, cb); });
            QVERIFY2(hdr.ok() && hdr.value(), qPrintable(tag.toString()));
            QVERIFY((*hdr.value()).number <= (*latest.value()).number);
        }
        const uint64_t n = (*latest.value()).number;
        const auto prev = await<std::optional<BlockHeader>>(
            [&](QObject *c, auto cb) { reader.header(BlockId::number(n - 1), c, cb); });
        QCOMPARE((*latest.value()).parentHash, (*prev.value()).hash);
        const auto future = await<std::optional<BlockHeader>>(
            [&](QObject *c, auto cb) { reader.header(BlockId::number(n + 1000), c, cb); });
        QVERIFY(future.ok());
        QVERIFY(!future.value().has_value());

        // Logs: the deployment minted to five customers.
        LogFilter filter;
        filter.addresses = {token};
        filter.topics = {{Abi::eventTopic(u"Transfer(address,address,uint256)")}, {Hash32{}}};
        filter.fromBlock = BlockId::number(static_cast<uint64_t>(h.deployBlock()));
        filter.toBlock = BlockId::latest();
        const auto logs = await<QList<LogEntry>>([&](QObject *c, auto cb) { reader.logs(filter, c, cb); });
        QVERIFY2(logs.ok(), qPrintable(logs.error().message));
        QVERIFY(logs->size() >= 5);
        for (const LogEntry &log : logs.value()) {
            QCOMPARE(log.address, token);
            QCOMPARE(log.topics.size(), 3);
            QCOMPARE(log.data.size(), 32);
        }
        const LogEntry first = logs->first();
        const auto receipt =
            await<std::optional<Receipt>>([&](QObject *c, auto cb) { reader.receipt(first.transactionHash, c, cb); });
        QVERIFY(receipt.ok() && receipt.value());
        QCOMPARE((*receipt.value()).blockNumber, first.blockNumber);
        QVERIFY((*receipt.value()).status);
        QCOMPARE((*receipt.value()).logs.size(), 1);
        QCOMPARE((*receipt.value()).logs[0].logIndex, first.logIndex);
        const auto txInfo = await<std::optional<TransactionInfo>>(
            [&](QObject *c, auto cb) { reader.transaction(first.transactionHash, c, cb); });
        QVERIFY(txInfo.ok() && txInfo.value());
        QCOMPARE((*txInfo.value()).from, admin);
        QCOMPARE((*txInfo.value()).blockNumber.value_or(0), first.blockNumber);
        Hash32 unknown{};
        unknown.fill(0x11);
        const auto none = await<std::optional<Receipt>>([&](QObject *c, auto cb) { reader.receipt(unknown, c, cb); });
        QVERIFY(none.ok());
        QVERIFY(!none.value().has_value());
    }

    void hostileContractAnswers()
    {
        MisbehavingRpcProxy proxy(anvil());
        QVERIFY(proxy.listen());
        HttpRpcTransport transport;
        RpcClient client(&transport, proxy.url());
        ContractReader reader(&client);
        const Address token = addr(Harness::instance().token());
        // Truncated word, dirty bool, wrong JSON type: all InvalidResponse.
        for (const QByteArray &result :
             {QByteArray("\"0x01\""),
              QByteArray("\"0x0000000000000000000000000000000000000000000000000000000000000002\""), QByteArray("42"),
              QByteArray("\"0x0g\"")}) {
            proxy.replaceResult(QStringLiteral("eth_call"), result);
            const auto r = await<bool>([&](QObject *c, auto cb) { reader.paused(token, c, cb); });
            QVERIFY2(!r.ok(), result.constData());
            QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::InvalidResponse));
        }
        // An address word with dirty high bytes.
        proxy.replaceResult(QStringLiteral("eth_call"),
                            "\"0xff000000000000000000000000000000000000000000000000000000000000aa\"");
        const auto member = await<Address>(
            [&](QObject *c, auto cb) { reader.getRoleMember(token, Abi::roleId(u"MINTER_ROLE"), 0, c, cb); });
        QCOMPARE(kindName(member.kind()), kindName(RpcErrorKind::InvalidResponse));
        // Receipts and logs with impossible fields.
        Hash32 some{};
        some.fill(0x22);
        proxy.replaceResult(QStringLiteral("eth_getTransactionReceipt"), R"({"status":"0x2"})");
        QCOMPARE(
            kindName(await<std::optional<Receipt>>([&](QObject *c, auto cb) { reader.receipt(some, c, cb); }).kind()),
            kindName(RpcErrorKind::InvalidResponse));
        proxy.replaceResult(QStringLiteral("eth_getLogs"), R"([{"address":"0x1","topics":[],"data":"0x"}])");
        LogFilter filter;
        filter.fromBlock = BlockId::number(0);
        filter.toBlock = BlockId::number(1);
        QCOMPARE(kindName(await<QList<LogEntry>>([&](QObject *c, auto cb) { reader.logs(filter, c, cb); }).kind()),
                 kindName(RpcErrorKind::InvalidResponse));
        proxy.replaceResult(QStringLiteral("eth_getLogs"), R"({"not":"an array"})");
        QCOMPARE(kindName(await<QList<LogEntry>>([&](QObject *c, auto cb) { reader.logs(filter, c, cb); }).kind()),
                 kindName(RpcErrorKind::InvalidResponse));
        proxy.replaceResult(QStringLiteral("eth_getBlockByNumber"), R"({"number":"0x1","hash":"0x12"})");
        QCOMPARE(kindName(await<std::optional<BlockHeader>>([&](QObject *c, auto cb) {
                              reader.header(BlockId::latest(), c, cb);
                          }).kind()),
                 kindName(RpcErrorKind::InvalidResponse));
    }

    void tlsIsVerified()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto makeCert = [&](const QString &name, const QString &san) {
            QProcess openssl;
            openssl.setStandardOutputFile(QProcess::nullDevice());
            openssl.setStandardErrorFile(QProcess::nullDevice());
            openssl.start(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                           QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=vd-test-") + name,
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san,
                           QStringLiteral("-keyout"), dir.filePath(name + u".key"), QStringLiteral("-out"),
                           dir.filePath(name + u".crt")});
            const bool finished = openssl.waitForFinished(60000);
            const int rc = finished && openssl.exitStatus() == QProcess::NormalExit ? openssl.exitCode() : -1;
            return rc == 0;
        };
        QVERIFY(makeCert(QStringLiteral("good"), QStringLiteral("IP:127.0.0.1")));
        QVERIFY(makeCert(QStringLiteral("wrongname"), QStringLiteral("DNS:wrong.invalid")));
        auto load = [&](const QString &name) {
            QFile crt(dir.filePath(name + u".crt"));
            QFile key(dir.filePath(name + u".key"));
            crt.open(QIODevice::ReadOnly);
            key.open(QIODevice::ReadOnly);
            return std::pair{QSslCertificate(&crt, QSsl::Pem), QSslKey(&key, QSsl::Rsa, QSsl::Pem)};
        };

        // A minimal HTTPS JSON-RPC server answering eth_chainId for request id 1.
        auto serve = [&](QSslServer &server, const QString &name) {
            const auto [cert, key] = load(name);
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setLocalCertificate(cert);
            conf.setPrivateKey(key);
            conf.setPeerVerifyMode(QSslSocket::VerifyNone); // a server does not ask for client certificates
            server.setSslConfiguration(conf);
            connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server] {
                while (QTcpSocket *socket = server.nextPendingConnection()) {
                    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                        if (!socket->readAll().contains("eth_chainId"))
                            return;
                        const QByteArray body = R"({"jsonrpc":"2.0","id":1,"result":"0x7a69"})";
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                        socket->disconnectFromHost();
                    });
                }
            });
            return server.listen(QHostAddress::LocalHost, 0);
        };
        QSslServer good;
        QVERIFY(serve(good, QStringLiteral("good")));
        QSslServer wrongName;
        QVERIFY(serve(wrongName, QStringLiteral("wrongname")));
        const QUrl goodUrl(QStringLiteral("https://127.0.0.1:%1/").arg(good.serverPort()));
        const QUrl wrongUrl(QStringLiteral("https://127.0.0.1:%1/").arg(wrongName.serverPort()));

        {
            // Not trusted: refused, never ignored.
            HttpRpcTransport transport;
            RpcClient client(&transport, goodUrl);
            const auto r = callSync(client, QStringLiteral("eth_chainId"));
            QCOMPARE(kindName(r.kind()), kindName(RpcErrorKind::Network));
            QVERIFY2(r.rpcError().detail.startsWith(u"TLS"), qPrintable(r.rpcError().detail));
        }
        {
            // Trusted CA: works.
            HttpRpcTransport transport;
            transport.addCaCertificates({load(QStringLiteral("good")).first, load(QStringLiteral("wrongname")).first});
            RpcClient client(&transport, goodUrl);
            const auto r = callSync(client, QStringLiteral("eth_chainId"));
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r.value().toString(), QStringLiteral("0x7a69"));
            // Trusted, but issued for another name: refused.
            RpcClient wrong(&transport, wrongUrl);
            const auto w = callSync(wrong, QStringLiteral("eth_chainId"));
            QCOMPARE(kindName(w.kind()), kindName(RpcErrorKind::Network));
        }
    }

    void poolOnWorkerThread()
    {
        // The listener owns its transport and pool on its own thread: everything must work there.
        QThread thread;
        thread.start();
        QObject anchor;
        anchor.moveToThread(&thread);
        std::optional<RpcResult<QJsonValue>> out;
        bool onWorker = false;
        QEventLoop loop;
        const QUrl url = anvil();
        const EndpointPoolOptions options = poolOptions();
        QMetaObject::invokeMethod(&anchor, [&anchor, &out, &onWorker, &loop, &thread, url, options] {
            auto *pool = new EndpointPool({closedPortUrl(), url}, options, nullptr, &anchor);
            pool->call(QStringLiteral("eth_blockNumber"), {}, pool,
                       [&out, &onWorker, &loop, &thread](const RpcResult<QJsonValue> &r) {
                           onWorker = QThread::currentThread() == &thread;
                           out = r;
                           QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
                       });
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QMetaObject::invokeMethod(
            &anchor, [&anchor] { qDeleteAll(anchor.children()); }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        QVERIFY(out.has_value());
        QVERIFY2(out->ok(), qPrintable(out->error().message));
        QVERIFY(onWorker);
    }

    void contextDestroyedDropsCallback()
    {
        HttpRpcTransport transport;
        RpcClient client(&transport, anvil());
        bool called = false;
        {
            QObject context;
            client.call(QStringLiteral("eth_blockNumber"), {}, &context,
                        [&](const RpcResult<QJsonValue> &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestRpcClient)
#include "tst_rpc_client.moc"
