// RPC error classification with real provider messages, backoff math, URL redaction and strict JSON-RPC decoding.
#include "chain/Abi.h"
#include "chain/Hex.h"
#include "chain/rpc/Backoff.h"
#include "chain/rpc/EndpointPool.h"
#include "chain/rpc/JsonRpcCodec.h"
#include "chain/rpc/RpcError.h"
#include "chain/rpc/RpcLog.h"
#include "chain/rpc/RpcTransport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>
#include <QtTest>

using namespace vd::chain;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(vd::chain::RpcErrorKind)

namespace {
RpcHttpResponse http(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    RpcHttpResponse r;
    r.httpStatus = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}
// The transport seam: answers computed in-process, asynchronously, like a real transport.
class FakeTransport : public RpcTransport
{
public:
    using Handler = std::function<RpcHttpResponse(const QUrl &, const QJsonObject &request)>;
    explicit FakeTransport(Handler handler) : m_handler(std::move(handler)) {}
    void post(const QUrl &endpoint, const QByteArray &payload, std::chrono::milliseconds, const QObject *context,
              Callback callback) override
    {
        QPointer<const QObject> guard(context);
        const QJsonObject request = QJsonDocument::fromJson(payload).object();
        QTimer::singleShot(0, this, [this, guard, endpoint, request, callback] {
            if (guard)
                callback(m_handler(endpoint, request));
        });
    }
    static RpcHttpResponse result(const QJsonObject &request, const QJsonValue &value)
    {
        return http(200, QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                   {QStringLiteral("id"), request.value(QLatin1String("id"))},
                                                   {QStringLiteral("result"), value}})
                             .toJson(QJsonDocument::Compact));
    }

private:
    Handler m_handler;
};

RpcResult<QJsonValue> callSync(RpcChannel &channel, const QString &method)
{
    std::optional<RpcResult<QJsonValue>> out;
    QEventLoop loop;
    channel.call(method, {}, &loop, [&](const RpcResult<QJsonValue> &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out ? *out : RpcResult<QJsonValue>(RpcError::make(RpcErrorKind::Other, QStringLiteral("no answer")));
}

} // namespace

class TestRpcErrors : public QObject
{
    Q_OBJECT
private slots:
    void classify_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QByteArray>("data"); // JSON text or empty
        QTest::addColumn<RpcErrorKind>("kind");
        QTest::addColumn<qlonglong>("suggestFrom"); // -1: none
        QTest::addColumn<qlonglong>("suggestTo");
        QTest::addColumn<qlonglong>("maxSpan"); // -1: none

        // Range limits, as providers word them.
        QTest::newRow("infura-suggest") << -32005
                                        << QStringLiteral("query returned more than 10000 results. Try with this "
                                                          "block range [0x1, 0x2].")
                                        << QByteArray(R"({"from":"0x1","to":"0x2"})") << RpcErrorKind::RangeTooLarge
                                        << 1LL << 2LL << -1LL;
        QTest::newRow("infura-suggest-message-only")
            << -32005
            << QStringLiteral("query returned more than 10000 results. Try with this block range [0x1A2B, 0x1A3C].")
            << QByteArray() << RpcErrorKind::RangeTooLarge << 0x1A2BLL << 0x1A3CLL << -1LL;
        QTest::newRow("infura-plain") << -32005 << QStringLiteral("query returned more than 10000 results")
                                      << QByteArray() << RpcErrorKind::RangeTooLarge << -1LL << -1LL << -1LL;
        QTest::newRow("infura-range-limit") << -32602 << QStringLiteral("range 1000000 exceeds limit of 10000")
                                            << QByteArray() << RpcErrorKind::RangeTooLarge << -1LL << -1LL << 10000LL;
        QTest::newRow("quicknode") << -32614 << QStringLiteral("eth_getLogs is limited to a 10,000 range")
                                   << QByteArray() << RpcErrorKind::RangeTooLarge << -1LL << -1LL << 10000LL;
        QTest::newRow("limited-1000") << -32602 << QStringLiteral("eth_getLogs is limited to a 1000 range")
                                      << QByteArray() << RpcErrorKind::RangeTooLarge << -1LL << -1LL << 1000LL;
        QTest::newRow("bare") << -32000 << QStringLiteral("block range too large") << QByteArray()
                              << RpcErrorKind::RangeTooLarge << -1LL << -1LL << -1LL;
        QTest::newRow("alchemy-size")
            << -32602
            << QStringLiteral(
                   "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range "
                   "and no limit on the response size, or you can request any block range with a cap of 10K "
                   "logs in the response. Based on your parameters and the response size limit, this block "
                   "range should work: [0x0, 0x9a8f1]")
            << QByteArray() << RpcErrorKind::RangeTooLarge << 0LL << 0x9a8f1LL << 2000LL;
        QTest::newRow("alchemy-old") << -32000
                                     << QStringLiteral("Log response size exceeded. Please reduce query block range.")
                                     << QByteArray() << RpcErrorKind::RangeTooLarge << -1LL << -1LL << -1LL;
        QTest::newRow("reth") << -32602
                              << QStringLiteral(
                                     "query exceeds max results 20000, retry with the range 25766988-25775072")
                              << QByteArray() << RpcErrorKind::RangeTooLarge << 25766988LL << 25775072LL << -1LL;
        QTest::newRow("tenderly-payload")
            << -32602 << QStringLiteral("invalid params")
            << QByteArray(R"({"error_id":"4ed9","payload":"range 9009594 is bigger than range limit 2000"})")
            << RpcErrorKind::RangeTooLarge << -1LL << -1LL << 2000LL;
        QTest::newRow("bsc") << -32000 << QStringLiteral("exceed maximum block range: 50000") << QByteArray()
                             << RpcErrorKind::RangeTooLarge << -1LL << -1LL << 50000LL;
        QTest::newRow("scroll") << -32000 << QStringLiteral("block range is bigger than maxBlockRange") << QByteArray()
                                << RpcErrorKind::RangeTooLarge << -1LL << -1LL << -1LL;

        // Rate limits.
        QTest::newRow("infura-limit") << -32005 << QStringLiteral("limit exceeded") << QByteArray()
                                      << RpcErrorKind::RateLimited << -1LL << -1LL << -1LL;
        QTest::newRow("infura-project") << -32005 << QStringLiteral("project ID request rate exceeded") << QByteArray()
                                        << RpcErrorKind::RateLimited << -1LL << -1LL << -1LL;
        QTest::newRow("alchemy-cu")
            << 429
            << QStringLiteral(
                   "Your app has exceeded its compute units per second capacity. If you have retries enabled, "
                   "you can safely ignore this message. If not, check out "
                   "https://docs.alchemy.com/reference/throughput")
            << QByteArray() << RpcErrorKind::RateLimited << -1LL << -1LL << -1LL;
        QTest::newRow("too-many") << -32090
                                  << QStringLiteral(
                                         "Too many requests, reason: call rate limit exhausted, retry in 10s")
                                  << QByteArray() << RpcErrorKind::RateLimited << -1LL << -1LL << -1LL;

        // Reverts.
        QTest::newRow("anvil-custom") << 3 << QStringLiteral("execution reverted: custom error 0xd93c0665")
                                      << QByteArray(R"("0xd93c0665")") << RpcErrorKind::Revert << -1LL << -1LL << -1LL;
        QTest::newRow("geth-string")
            << 3 << QStringLiteral("execution reverted: nope")
            << QByteArray(
                   R"("0x08c379a00000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000)"
                   R"(46e6f706500000000000000000000000000000000000000000000000000000000")")
            << RpcErrorKind::Revert << -1LL << -1LL << -1LL;
        QTest::newRow("no-data") << -32000 << QStringLiteral("execution reverted") << QByteArray()
                                 << RpcErrorKind::Revert << -1LL << -1LL << -1LL;
        QTest::newRow("nested-data") << -32603 << QStringLiteral("Internal JSON-RPC error.")
                                     << QByteArray(R"({"code":3,"message":"execution reverted","data":"0xd93c0665"})")
                                     << RpcErrorKind::Revert << -1LL << -1LL << -1LL;

        // Health.
        QTest::newRow("header") << -32000 << QStringLiteral("header not found") << QByteArray()
                                << RpcErrorKind::NodeUnhealthy << -1LL << -1LL << -1LL;
        QTest::newRow("trie") << -32000
                              << QStringLiteral("missing trie node 1a2b (path ) state 0x1a2b is not available")
                              << QByteArray() << RpcErrorKind::NodeUnhealthy << -1LL << -1LL << -1LL;
        QTest::newRow("no-backends") << -32011 << QStringLiteral("no backends available for method") << QByteArray()
                                     << RpcErrorKind::NodeUnhealthy << -1LL << -1LL << -1LL;
        QTest::newRow("timeout") << -32000 << QStringLiteral("request timed out") << QByteArray()
                                 << RpcErrorKind::Timeout << -1LL << -1LL << -1LL;

        // The caller's mistakes and the rest.
        QTest::newRow("method") << -32601 << QStringLiteral("the method eth_foo does not exist/is not available")
                                << QByteArray() << RpcErrorKind::InvalidRequest << -1LL << -1LL << -1LL;
        QTest::newRow("params") << -32602 << QStringLiteral("invalid argument 0: hex string without 0x prefix")
                                << QByteArray() << RpcErrorKind::InvalidRequest << -1LL << -1LL << -1LL;
        QTest::newRow("chain") << -32000 << QStringLiteral("invalid chain id for signer") << QByteArray()
                               << RpcErrorKind::WrongChain << -1LL << -1LL << -1LL;
        QTest::newRow("nonce") << -32000 << QStringLiteral("nonce too low: next nonce 5, tx nonce 4") << QByteArray()
                               << RpcErrorKind::Other << -1LL << -1LL << -1LL;
        QTest::newRow("underpriced") << -32000 << QStringLiteral("replacement transaction underpriced") << QByteArray()
                                     << RpcErrorKind::Other << -1LL << -1LL << -1LL;
    }

    void classify()
    {
        QFETCH(int, code);
        QFETCH(QString, message);
        QFETCH(QByteArray, data);
        QFETCH(RpcErrorKind, kind);
        QFETCH(qlonglong, suggestFrom);
        QFETCH(qlonglong, suggestTo);
        QFETCH(qlonglong, maxSpan);
        QJsonValue dataValue;
        if (!data.isEmpty())
            dataValue = QJsonDocument::fromJson("[" + data + "]").array().first();
        const RpcError e = RpcError::fromJsonRpc(code, message, dataValue);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.rpcCode, code);
        QVERIFY(e.code().startsWith(u"rpc."));
        QVERIFY(!e.message().isEmpty());
        if (suggestFrom >= 0) {
            QVERIFY(e.suggestedRange.has_value());
            QCOMPARE(static_cast<qlonglong>(e.suggestedRange->from), suggestFrom);
            QCOMPARE(static_cast<qlonglong>(e.suggestedRange->to), suggestTo);
        } else {
            QVERIFY(!e.suggestedRange.has_value());
        }
        if (maxSpan >= 0) {
            QVERIFY(e.maxBlockSpan.has_value());
            QCOMPARE(static_cast<qlonglong>(*e.maxBlockSpan), maxSpan);
        } else {
            QVERIFY(!e.maxBlockSpan.has_value());
        }
    }

    void revertReasons()
    {
        // EnforcedPause() and Error("nope") decode into sentences through the ABI revert decoder.
        const RpcError paused =
            RpcError::fromJsonRpc(3, QStringLiteral("execution reverted"), QStringLiteral("0xd93c0665"));
        QCOMPARE(paused.revertData, QByteArray::fromHex("d93c0665"));
        QVERIFY(!paused.revertReason.isEmpty());
        QVERIFY(paused.message().contains(paused.revertReason));

        const QString role = QStringLiteral("9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6");
        const QString data =
            QStringLiteral("0xe2517d3f000000000000000000000000a0ee7a142d267c1f36714e4a8f75612f20a79720") + role;
        const RpcError unauthorized = RpcError::fromJsonRpc(3, QStringLiteral("execution reverted"), data);
        QCOMPARE(unauthorized.kind, RpcErrorKind::Revert);
        QVERIFY2(unauthorized.revertReason.contains(u"MINTER_ROLE"), qPrintable(unauthorized.revertReason));

        // No data, but the node's words.
        const RpcError words =
            RpcError::fromJsonRpc(-32000, QStringLiteral("execution reverted: Ownable: caller is not the owner"));
        QCOMPARE(words.revertReason, QStringLiteral("Ownable: caller is not the owner"));
    }

    void faultPolicy()
    {
        for (auto kind : {RpcErrorKind::RateLimited, RpcErrorKind::Timeout, RpcErrorKind::Network,
                          RpcErrorKind::ServerError, RpcErrorKind::NodeUnhealthy}) {
            QVERIFY(RpcError::make(kind).isEndpointFault());
            QVERIFY(RpcError::make(kind).isTransient());
        }
        for (auto kind : {RpcErrorKind::ParseError, RpcErrorKind::InvalidResponse, RpcErrorKind::WrongChain}) {
            QVERIFY(RpcError::make(kind).isEndpointFault());
            QVERIFY(!RpcError::make(kind).isTransient());
        }
        for (auto kind :
             {RpcErrorKind::Revert, RpcErrorKind::InvalidRequest, RpcErrorKind::RangeTooLarge, RpcErrorKind::Other}) {
            QVERIFY(!RpcError::make(kind).isEndpointFault());
            QVERIFY(!RpcError::make(kind).isTransient());
        }
        // Codes are stable and distinct.
        QSet<QString> codes;
        for (int k = 0; k <= static_cast<int>(RpcErrorKind::Refused); ++k)
            codes.insert(RpcError::codeFor(static_cast<RpcErrorKind>(k)));
        QCOMPARE(codes.size(), static_cast<int>(RpcErrorKind::Refused) + 1);
        QCOMPARE(RpcError::make(RpcErrorKind::RangeTooLarge).code(), QStringLiteral("rpc.range_too_large"));
        QCOMPARE(RpcError::wrongChain(56, 31337).toError().code, QStringLiteral("rpc.wrong_chain"));
        QVERIFY(RpcError::wrongChain(56, 31337).message().contains(u"31337"));
    }

    void sanitize()
    {
        const QString longText(5000, u'x');
        QVERIFY(RpcError::sanitize(longText).size() <= 301);
        QCOMPARE(RpcError::sanitize(QStringLiteral("a\nb\x01"
                                                   "c")),
                 QStringLiteral("a b c"));
    }

    void backoff_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("retryAfterMs"); // -1 none
        QTest::addColumn<int>("expectedMs");
        // base 100 ms, factor 2, cap 5000 ms, jitter 0.5
        QTest::newRow("none") << 0 << 0.0 << -1 << 0;
        QTest::newRow("first") << 1 << 0.0 << -1 << 100;
        QTest::newRow("second") << 2 << 0.0 << -1 << 200;
        QTest::newRow("fifth") << 5 << 0.0 << -1 << 1600;
        QTest::newRow("jitter-half") << 3 << 0.5 << -1 << 300; // 400 * (1 - 0.5 * 0.5)
        QTest::newRow("jitter-max") << 3 << 0.999999 << -1 << 200;
        QTest::newRow("capped") << 7 << 0.0 << -1 << 5000;
        QTest::newRow("huge-count") << 100000 << 0.0 << -1 << 5000;
        QTest::newRow("retry-after-raises") << 1 << 0.0 << 3000 << 3000;
        QTest::newRow("retry-after-capped") << 1 << 0.0 << 60000 << 5000;
        QTest::newRow("retry-after-lower") << 6 << 0.0 << 10 << 3200;
        QTest::newRow("retry-after-alone") << 0 << 0.0 << 700 << 700;
    }

    void backoff()
    {
        QFETCH(int, failures);
        QFETCH(double, random);
        QFETCH(int, retryAfterMs);
        QFETCH(int, expectedMs);
        BackoffPolicy p;
        p.base = 100ms;
        p.cap = 5000ms;
        p.factor = 2.0;
        p.jitter = 0.5;
        std::optional<std::chrono::milliseconds> ra;
        if (retryAfterMs >= 0)
            ra = std::chrono::milliseconds(retryAfterMs);
        QCOMPARE(Backoff::delay(p, failures, random, ra).count(), expectedMs);
    }

    void backoffMonotoneAndBounded()
    {
        BackoffPolicy p; // defaults
        std::chrono::milliseconds previous{0};
        for (int n = 1; n < 200; ++n) {
            const auto d = Backoff::delay(p, n, 0.0);
            QVERIFY(d >= previous);
            QVERIFY(d <= p.cap);
            for (double r : {0.1, 0.5, 0.9}) {
                const auto j = Backoff::delay(p, n, r);
                QVERIFY(j <= d);
                QVERIFY(j.count() >= static_cast<int64_t>(d.count() * (1 - p.jitter)) - 1);
            }
            previous = d;
        }
    }

    void poolBackoffThroughTheSeam()
    {
        // Primary: healthy chain id, then 503 / 429 for reads. Secondary: fine. Jitter pinned to 0.
        int primaryReads = 0;
        bool rateLimit = false;
        FakeTransport transport([&](const QUrl &url, const QJsonObject &request) {
            const QString method = request.value(QLatin1String("method")).toString();
            if (method == u"eth_chainId")
                return FakeTransport::result(request, QStringLiteral("0x38"));
            if (url.port() == 1) {
                ++primaryReads;
                if (rateLimit) {
                    RpcHttpResponse r = http(429, "slow down", "text/plain");
                    r.retryAfter = std::chrono::milliseconds(5000);
                    return r;
                }
                return http(503, "<html>503</html>", "text/html");
            }
            return FakeTransport::result(request, QStringLiteral("0x10"));
        });
        EndpointPoolOptions options;
        options.expectedChainId = 56;
        options.backoff.base = 1000ms;
        options.backoff.cap = 10000ms;
        EndpointPool pool(
            {QUrl(QStringLiteral("http://primary.invalid:1/KEY")), QUrl(QStringLiteral("http://backup.invalid:2"))},
            options, &transport);
        pool.setRandomSource([] { return 0.0; });

        const auto r = callSync(pool, QStringLiteral("eth_blockNumber"));
        QVERIFY(r.ok());
        QCOMPARE(primaryReads, 1);
        auto s = pool.snapshot();
        QCOMPARE(s[0].url, QStringLiteral("http://primary.invalid:1/***")); // the key never shows
        QCOMPARE(s[0].state, EndpointStats::State::BackingOff);
        QCOMPARE(s[0].consecutiveFailures, 1);
        QCOMPARE(s[0].lastBackoffMs, 1000);
        QVERIFY(s[0].backoffRemainingMs > 0 && s[0].backoffRemainingMs <= 1000);
        QCOMPARE(s[0].lastErrorCode, QStringLiteral("rpc.server_error"));
        QCOMPARE(s[1].state, EndpointStats::State::Healthy);
        QCOMPARE(s[1].chainId.value_or(0), 56);

        // While it backs off, the primary is not asked.
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(primaryReads, 1);
        // After the backoff: asked again, fails again, backoff doubles.
        QTest::qWait(1050);
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(primaryReads, 2);
        s = pool.snapshot();
        QCOMPARE(s[0].consecutiveFailures, 2);
        QCOMPARE(s[0].lastBackoffMs, 2000);
        QVERIFY(s[0].backoffRemainingMs <= 2000);
        QVERIFY(s[0].errorRate > 0.4);

        // Retry-After wins over the computed delay (still under the cap).
        rateLimit = true;
        QTest::qWait(2050);
        QVERIFY(callSync(pool, QStringLiteral("eth_blockNumber")).ok());
        QCOMPARE(primaryReads, 3);
        s = pool.snapshot();
        QCOMPARE(s[0].lastErrorCode, QStringLiteral("rpc.rate_limited"));
        QCOMPARE(s[0].lastBackoffMs, 5000); // 4000 computed, 5000 asked
        QVERIFY(s[0].backoffRemainingMs <= 5000);
    }

    void redact_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("anvil") << QStringLiteral("http://127.0.0.1:8545") << QStringLiteral("http://127.0.0.1:8545");
        QTest::newRow("root") << QStringLiteral("https://bsc-dataseed.bnbchain.org/")
                              << QStringLiteral("https://bsc-dataseed.bnbchain.org");
        QTest::newRow("alchemy") << QStringLiteral("https://base-mainnet.g.alchemy.com/v2/AbCdEf123456")
                                 << QStringLiteral("https://base-mainnet.g.alchemy.com/***");
        QTest::newRow("infura") << QStringLiteral("https://mainnet.infura.io/v3/0123456789abcdef")
                                << QStringLiteral("https://mainnet.infura.io/***");
        QTest::newRow("query") << QStringLiteral("https://rpc.example.com:8443?apikey=SECRET")
                               << QStringLiteral("https://rpc.example.com:8443?***");
        QTest::newRow("userinfo") << QStringLiteral("https://user:SECRET@rpc.example.com/path?k=SECRET#frag")
                                  << QStringLiteral("https://***@rpc.example.com/***?***");
        QTest::newRow("invalid") << QStringLiteral("not a url") << QStringLiteral("<invalid url>");
    }

    void redact()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        const QString r = redactUrl(QUrl(url));
        QCOMPARE(r, expected);
        QVERIFY(!r.contains(u"SECRET"));
    }

    void retryAfterHeader()
    {
        QCOMPARE(RpcTransport::parseRetryAfter("7")->count(), 7000);
        QCOMPARE(RpcTransport::parseRetryAfter(" 0 ")->count(), 0);
        QVERIFY(!RpcTransport::parseRetryAfter("").has_value());
        QVERIFY(!RpcTransport::parseRetryAfter("-3").has_value());
        QVERIFY(!RpcTransport::parseRetryAfter("soon").has_value());
        QVERIFY(!RpcTransport::parseRetryAfter("99999999999").has_value());
        const QByteArray future = QLocale::c()
                                      .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                                QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                      .toLatin1();
        const auto d = RpcTransport::parseRetryAfter(future);
        QVERIFY(d.has_value());
        QVERIFY(d->count() > 25000 && d->count() <= 30000);
        QCOMPARE(RpcTransport::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")->count(), 0); // past: no wait
    }

    void httpClassification_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<RpcErrorKind>("kind");
        QTest::newRow("429") << 429 << QByteArray("Too Many Requests") << QByteArray("text/plain")
                             << RpcErrorKind::RateLimited;
        QTest::newRow("429-json")
            << 429 << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"limit exceeded"}})")
            << QByteArray("application/json") << RpcErrorKind::RateLimited;
        QTest::newRow("502-html") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                  << QByteArray("text/html") << RpcErrorKind::ServerError;
        QTest::newRow("503-backends")
            << 503
            << QByteArray(
                   R"({"jsonrpc":"2.0","id":1,"error":{"code":-32011,"message":"no backends available for method"}})")
            << QByteArray("application/json") << RpcErrorKind::NodeUnhealthy;
        QTest::newRow("401") << 401 << QByteArray("invalid api key") << QByteArray("text/plain")
                             << RpcErrorKind::Unauthorized;
        QTest::newRow("403") << 403 << QByteArray() << QByteArray() << RpcErrorKind::Unauthorized;
        QTest::newRow("301") << 301 << QByteArray() << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("404-html") << 404 << QByteArray("<html>not found</html>") << QByteArray("text/html")
                                  << RpcErrorKind::InvalidResponse;
        QTest::newRow("400-jsonrpc")
            << 400 << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32600,"message":"invalid request"}})")
            << QByteArray("application/json") << RpcErrorKind::InvalidRequest;
        QTest::newRow("200-html") << 200 << QByteArray("<!DOCTYPE html><html><body>Just a moment...</body></html>")
                                  << QByteArray("text/html") << RpcErrorKind::ParseError;
        QTest::newRow("200-truncated") << 200 << QByteArray("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x1")
                                       << QByteArray("application/json") << RpcErrorKind::ParseError;
        QTest::newRow("200-empty") << 200 << QByteArray() << QByteArray() << RpcErrorKind::ParseError;
        QTest::newRow("200-garbage") << 200 << QByteArray("\x00\xff\xfe garbage", 12) << QByteArray()
                                     << RpcErrorKind::ParseError;
        QTest::newRow("wrong-version") << 200 << QByteArray(R"({"jsonrpc":"1.0","id":1,"result":"0x1"})")
                                       << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("no-version") << 200 << QByteArray(R"({"id":1,"result":"0x1"})") << QByteArray()
                                    << RpcErrorKind::InvalidResponse;
        QTest::newRow("wrong-id") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":2,"result":"0x1"})") << QByteArray()
                                  << RpcErrorKind::InvalidResponse;
        QTest::newRow("string-id") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":"1","result":"0x1"})") << QByteArray()
                                   << RpcErrorKind::InvalidResponse;
        // Qt's parser refuses numbers beyond double range: a parse error, not a crash.
        QTest::newRow("huge-id") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1e400,"result":"0x1"})") << QByteArray()
                                 << RpcErrorKind::ParseError;
        QTest::newRow("big-id") << 200
                                << QByteArray(R"({"jsonrpc":"2.0","id":123456789012345678901234567890,"result":"0x1"})")
                                << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("both") << 200
                              << QByteArray(
                                     R"({"jsonrpc":"2.0","id":1,"result":"0x1","error":{"code":1,"message":"x"}})")
                              << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("neither") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1})") << QByteArray()
                                 << RpcErrorKind::InvalidResponse;
        QTest::newRow("error-not-object") << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":"boom"})")
                                          << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("error-code-string")
            << 200 << QByteArray(R"({"jsonrpc":"2.0","id":1,"error":{"code":"-32000","message":"x"}})") << QByteArray()
            << RpcErrorKind::InvalidResponse;
        QTest::newRow("error-code-huge") << 200
                                         << QByteArray(
                                                R"({"jsonrpc":"2.0","id":1,"error":{"code":1e300,"message":"x"}})")
                                         << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("error-null-id")
            << 200 << QByteArray(R"({"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}})")
            << QByteArray() << RpcErrorKind::InvalidRequest;
        QTest::newRow("array") << 200 << QByteArray(R"([1,2])") << QByteArray() << RpcErrorKind::InvalidResponse;
        QTest::newRow("number") << 200 << QByteArray("42") << QByteArray() << RpcErrorKind::ParseError;
        QTest::newRow("string") << 200 << QByteArray(R"("0x1")") << QByteArray() << RpcErrorKind::ParseError;
        QTest::newRow("deep") << 200 << QByteArray(100000, '[') << QByteArray() << RpcErrorKind::ParseError;
    }

    void httpClassification()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(RpcErrorKind, kind);
        const auto r = JsonRpcCodec::decodeSingle(http(status, body, contentType), 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.kind(), kind);
    }

    void transportFailures()
    {
        RpcHttpResponse r;
        r.failure = RpcHttpResponse::Failure::Timeout;
        QCOMPARE(JsonRpcCodec::decodeSingle(r, 1).kind(), RpcErrorKind::Timeout);
        r.failure = RpcHttpResponse::Failure::Network;
        QCOMPARE(JsonRpcCodec::decodeSingle(r, 1).kind(), RpcErrorKind::Network);
        r.failure = RpcHttpResponse::Failure::Tls;
        QCOMPARE(JsonRpcCodec::decodeSingle(r, 1).kind(), RpcErrorKind::Network);
        r.failure = RpcHttpResponse::Failure::TooLarge;
        QCOMPARE(JsonRpcCodec::decodeSingle(r, 1).kind(), RpcErrorKind::ParseError);
        r.failure = RpcHttpResponse::Failure::Network;
        r.detail = QStringLiteral("ConnectionRefusedError");
        QCOMPARE(JsonRpcCodec::decodeSingle(r, 1).error().message, QStringLiteral("The node refused the connection."));
        r.failure = RpcHttpResponse::Failure::Tls;
        r.detail = QStringLiteral("SslHandshakeFailedError");
        QVERIFY(JsonRpcCodec::decodeSingle(r, 1).error().message.contains(u"certificate"));
        RpcHttpResponse limited = http(429, "{}");
        limited.retryAfter = std::chrono::milliseconds(4000);
        const auto e = JsonRpcCodec::decodeSingle(limited, 1);
        QCOMPARE(e.kind(), RpcErrorKind::RateLimited);
        QCOMPARE(e.rpcError().retryAfter->count(), 4000);
    }

    void okAnswers()
    {
        auto r = JsonRpcCodec::decodeSingle(http(200, R"({"jsonrpc":"2.0","id":7,"result":null})"), 7);
        QVERIFY(r.ok());
        QVERIFY(r.value().isNull());
        r = JsonRpcCodec::decodeSingle(http(200, R"({"jsonrpc":"2.0","id":7,"result":"0x7a69"})"), 7);
        QVERIFY(r.ok());
        QCOMPARE(JsonRpcCodec::toUint64(r.value()).value(), 31337u);
    }

    void batchIds()
    {
        const QByteArray body = R"([
            {"jsonrpc":"2.0","id":3,"result":"0x3"},
            {"jsonrpc":"2.0","id":1,"result":"0x1"},
            {"jsonrpc":"2.0","id":1,"result":"0x1"},
            {"jsonrpc":"2.0","id":4,"error":{"code":3,"message":"execution reverted","data":"0xd93c0665"}},
            {"jsonrpc":"2.0","id":99,"result":"0x0"},
            "junk", 5, null
        ])";
        const auto r = JsonRpcCodec::decodeBatch(http(200, body), {1, 2, 3, 4});
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4);
        QCOMPARE(r->at(0).kind(), RpcErrorKind::InvalidResponse); // duplicated
        QCOMPARE(r->at(1).kind(), RpcErrorKind::InvalidResponse); // missing
        QVERIFY(r->at(2).ok());
        QCOMPARE(r->at(2).value().toString(), QStringLiteral("0x3"));
        QCOMPARE(r->at(3).kind(), RpcErrorKind::Revert);

        const auto refused = JsonRpcCodec::decodeBatch(
            http(200,
                 R"({"jsonrpc":"2.0","id":null,"error":{"code":-32005,"message":"batch too large: limit exceeded"}})"),
            {1, 2});
        QCOMPARE(refused.kind(), RpcErrorKind::RateLimited);
        QCOMPARE(JsonRpcCodec::decodeBatch(http(200, R"({"jsonrpc":"2.0","id":1,"result":"0x1"})"), {1}).kind(),
                 RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::decodeBatch(http(200, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"res"), {1}).kind(),
                 RpcErrorKind::ParseError);
    }

    void typedValues()
    {
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("0x0")).value(), 0u);
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("0xffffffffffffffff")).value(), UINT64_MAX);
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("0x000000000000000000001")).value(), 1u);
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("0x10000000000000000")).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("0x")).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("12")).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toUint64(QStringLiteral("0xzz")).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toUint64(QJsonValue(12)).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toUint64(QJsonValue(1e300)).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toUint64(QJsonObject{}).kind(), RpcErrorKind::InvalidResponse);
        QVERIFY(
            JsonRpcCodec::toU256(QStringLiteral("0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"))
                .ok());
        QCOMPARE(
            JsonRpcCodec::toU256(QStringLiteral("0x1ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"))
                .kind(),
            RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toData(QStringLiteral("0x0")).kind(), RpcErrorKind::InvalidResponse);
        QCOMPARE(JsonRpcCodec::toData(QStringLiteral("0x")).value(), QByteArray());
        QCOMPARE(JsonRpcCodec::toHash(QStringLiteral("0x12")).kind(), RpcErrorKind::InvalidResponse);
    }
};

QTEST_GUILESS_MAIN(TestRpcErrors)
#include "tst_rpc_errors.moc"
