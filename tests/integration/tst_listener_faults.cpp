// The chain listener behind MisbehavingRpcProxy: range limits (with a suggested range, a limit hint, bare), 429s,
// 5xx HTML pages, truncated and garbage JSON, slow answers and empty-then-full eth_getLogs. Whatever the provider
// does, the database ends up with exactly the logs anvil holds, no duplicates. Also the operator actions: replay
// (idempotent), pause/resume, switch endpoint.
#include "Harness.h"
#include "LocalChain.h"
#include "MisbehavingRpcProxy.h"
#include "TestDatabase.h"
#include "listener/ListenerService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace vd;
using Proxy = test::MisbehavingRpcProxy;

class TestListenerFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Proxy> m_proxy;
    db::DbConfig m_login;
    std::unique_ptr<listener::ListenerService> m_service;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }

    qint64 cursor()
    {
        return sql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong();
    }

    void mint(const QString &to, int amount)
    {
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"), to,
                       QString::number(amount), QStringLiteral("--private-key"), m_chain->minterKey()},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    QStringList dbLogs(qint64 to)
    {
        return test::LocalChain::storedLogKeys([this](const QString &query) { return sql(query); }, to);
    }

    QString fingerprint()
    {
        return sql(QStringLiteral(
            "SELECT md5(string_agg(x, ',' ORDER BY x)) FROM ("
            " SELECT block_number || encode(block_hash, 'hex') || log_index || coalesce(event, '') AS x FROM "
            "vd.chain_logs"
            " UNION ALL SELECT kind || encode(account, 'hex') || amount FROM vd.chain_transfers"
            " UNION ALL SELECT encode(role, 'hex') || encode(account, 'hex') || granted_block FROM vd.role_members"
            " UNION ALL SELECT status || confirmations || coalesce(encode(redeem_tx, 'hex'), '') FROM vd.orders) t"));
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("lfaults"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_login = m_db->createLogin(QStringLiteral("vd_listener"));
        // A history with events spread over many blocks.
        const QStringList customers = m_chain->customers();
        for (int i = 0; i < 24; ++i) {
            mint(customers.value(i % customers.size()), i + 1);
            m_chain->mine(7 + (i % 5) * 9);
        }
        m_proxy = std::make_unique<Proxy>(QUrl(m_chain->rpcUrl()));
        QVERIFY(m_proxy->listen());
    }

    void backfillThroughFaults()
    {
        m_proxy->limitLogRange(60, Proxy::RangeStyle::Suggest, 3);
        m_proxy->limitLogRange(35, Proxy::RangeStyle::LimitHint, 3);
        m_proxy->limitLogRange(20, Proxy::RangeStyle::Bare, 3);
        m_proxy->rateLimit(1, 2, QStringLiteral("eth_getLogs"));
        m_proxy->serverError(502, 2, QStringLiteral("eth_getLogs"));
        m_proxy->serverError(503, 1, QStringLiteral("eth_getBlockByNumber"));
        m_proxy->truncate(2, QStringLiteral("eth_getLogs"));
        m_proxy->truncate(1, QStringLiteral("eth_getBlockByNumber"));
        m_proxy->respondRaw("{\"jsonrpc\":\"2.0\",\"id\":", 200, "application/json", 1, QStringLiteral("eth_getLogs"));
        m_proxy->respondRaw("<html><body>Bad gateway</body></html>", 200, "text/html", 1,
                            QStringLiteral("eth_getLogs"));
        m_proxy->delay(1200, 2, QStringLiteral("eth_getLogs"));
        m_proxy->emptyLogs(1);
        m_proxy->dropConnection(1, QStringLiteral("eth_getLogs"));

        listener::ListenerConfig c;
        c.database = m_login;
        c.chainId = test::Harness::instance().chainId();
        c.rpcUrls = {m_proxy->url().toString(), m_chain->rpcUrl()};
        c.token = m_chain->token();
        c.safe = m_chain->safe();
        c.confirmations = 2;
        c.startBlock = m_chain->deployBlock();
        c.useFinalizedTag = false;
        c.finalityDepth = 20;
        c.pollIntervalMs = 100;
        c.initialRange = 100;
        c.healthIntervalMs = 300;
        // Only the proxy at first: the second endpoint is for "switch endpoint" below.
        c.rpcUrls = {m_proxy->url().toString()};
        m_service = std::make_unique<listener::ListenerService>(c);
        m_service->start();
        const qint64 head = m_chain->blockNumber();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 90000);
        const QStringList expected = m_chain->logKeys(head);
        QVERIFY(expected.size() >= 24);
        QCOMPARE(dbLogs(head), expected);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) = count(DISTINCT (block_number, log_index)) FROM vd.chain_logs")),
                 QStringLiteral("t"));
        QVERIFY(m_proxy->requestCount(QStringLiteral("eth_getLogs")) > 10);
        QVERIFY(m_service->health().rpcErrors > 0);
        QVERIFY(m_service->health().rangeSize <= 60);
        // Most of the history is final: its ranges were fetched ahead (through the same faults) during commits.
        QVERIFY2(m_service->health().prefetchedBatches >= 3,
                 qPrintable(QString::number(m_service->health().prefetchedBatches)));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.chain_transfers WHERE kind = 'mint'")).toInt(), 5 + 24);
    }

    void emptyThenFullAtTheHead()
    {
        m_proxy->clearFaults();
        m_proxy->emptyLogs(2); // the node has not indexed the new block yet, twice
        mint(m_chain->customers().value(0), 1000);
        m_chain->mine(2);
        const qint64 head = m_chain->blockNumber();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 20000);
        m_chain->mine(2); // the next steps re-read the recent blocks
        QTRY_COMPARE_WITH_TIMEOUT(dbLogs(head), m_chain->logKeys(head), 20000);
    }

    void replayIsIdempotent()
    {
        const QString before = fingerprint();
        const qint64 head = cursor();
        const qint64 batches = static_cast<qint64>(m_service->health().batches);
        m_service->replayFrom(m_chain->deployBlock());
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<qint64>(m_service->health().batches) > batches + 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 30000);
        QCOMPARE(fingerprint(), before);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'listener.replay'")),
                 QStringLiteral("1"));
    }

    void pauseResume()
    {
        m_service->pause();
        QTRY_COMPARE_WITH_TIMEOUT(m_service->health().state, QStringLiteral("paused"), 5000);
        const qint64 at = cursor();
        mint(m_chain->customers().value(1), 5);
        QTest::qWait(800);
        QCOMPARE(cursor(), at);
        m_service->resume();
        const qint64 head = m_chain->blockNumber();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 10000);
        QCOMPARE(dbLogs(head), m_chain->logKeys(head));
    }

    void switchEndpoint()
    {
        m_proxy->clearFaults();
        auto c = m_service->config();
        c.rpcUrls = {m_proxy->url().toString(), m_chain->rpcUrl()};
        m_service->stop();
        m_service = std::make_unique<listener::ListenerService>(c);
        m_service->start();
        const QString proxyPort = QStringLiteral(":%1").arg(m_proxy->port());
        const QString anvilPort = QStringLiteral(":%1").arg(QUrl(m_chain->rpcUrl()).port());
        QTRY_VERIFY_WITH_TIMEOUT(m_service->health().endpoint.endsWith(proxyPort), 10000);
        m_service->switchEndpoint(1);
        mint(m_chain->customers().value(2), 6);
        const qint64 head = m_chain->blockNumber();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_service->health().endpoint.endsWith(anvilPort), 10000);
        QCOMPARE(dbLogs(head), m_chain->logKeys(head));
    }

    void cleanupTestCase()
    {
        if (m_service)
            m_service->stop();
    }
};

QTEST_GUILESS_MAIN(TestListenerFaults)
#include "tst_listener_faults.moc"
