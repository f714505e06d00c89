// RPC endpoints failing under a working listener and desk (issue #10, faults). Two MisbehavingRpcProxy endpoints in
// front of a private anvil:
//  - the primary dies (every connection dropped): the listener fails over to the second endpoint and a redemption
//    still turns its order VALID within the backoff cap;
//  - every endpoint dies: the health monitor shows the chain down (red), the desk keeps serving verdicts and
//    deliveries from the database, and a redemption mined meanwhile is not lost ...
//  - ... an endpoint comes back: the listener catches up, the order turns VALID, and the stored logs equal the
//    chain's, without duplicates.
// (Range limits, 429s, 5xx, truncated JSON, slow and empty answers on one endpoint: tst_listener_faults.)
#include "Harness.h"
#include "LocalChain.h"
#include "MisbehavingRpcProxy.h"
#include "TestDatabase.h"
#include "chain/rpc/Backoff.h"
#include "health/HealthMonitor.h"
#include "listener/ListenerService.h"
#include "orders/DeskService.h"
#include "scan/PayloadParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace vd;
using Proxy = test::MisbehavingRpcProxy;

class TestRpcFailover : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }

    QString newOrder()
    {
        QByteArray b(32, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(b.data()), 8);
        const QString hex = QString::fromLatin1(b.toHex());
        sql(QStringLiteral("SELECT vd.create_order(decode('%1', 'hex'), 5, 'kettle', 'Ann', NULL, NULL, 'backoffice')")
                .arg(hex));
        return hex;
    }

    QString status(const QString &hex)
    {
        return sql(QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = decode('%1', 'hex')").arg(hex));
    }

    void redeem(const QString &hex)
    {
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("redeem(bytes32,uint256)"),
                       QStringLiteral("0x") + hex, QStringLiteral("5"), QStringLiteral("--private-key"),
                       m_chain->customerKeys().value(0)},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qRegisterMetaType<orders::Verdict>();
        qRegisterMetaType<health::HealthSnapshot>();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("failover"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    }

    void primaryDiesAllDieOneComesBack()
    {
        Proxy primary(QUrl(m_chain->rpcUrl()));
        Proxy secondary(QUrl(m_chain->rpcUrl()));
        QVERIFY(primary.listen());
        QVERIFY(secondary.listen());

        listener::ListenerConfig c;
        c.database = m_db->createLogin(QStringLiteral("vd_listener"));
        c.chainId = test::Harness::instance().chainId();
        c.rpcUrls = {primary.url().toString(), secondary.url().toString()};
        c.token = m_chain->token();
        c.safe = m_chain->safe();
        c.confirmations = 0;
        c.startBlock = m_chain->deployBlock();
        c.useFinalizedTag = false;
        c.finalityDepth = 20;
        c.pollIntervalMs = 100;
        c.healthIntervalMs = 300;
        listener::ListenerService listener(c);
        listener.start();
        QTRY_VERIFY_WITH_TIMEOUT(listener.health().state == QLatin1String("live"), 30000);

        orders::DeskSettings ds;
        ds.database = m_db->createLogin(QStringLiteral("vd_reception"));
        ds.deskName = QStringLiteral("Failover desk");
        orders::DeskService desk(ds);
        QSignalSpy verdicts(&desk, &orders::DeskService::verdictReady);
        QSignalSpy deliveries(&desk, &orders::DeskService::deliveryDone);
        desk.start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.isOnline(), 10000);

        config::AppSettings hs;
        hs.database = m_db->createLogin(QStringLiteral("vd_reception"));
        hs.chain.chainId = c.chainId;
        hs.chain.rpcUrls = c.rpcUrls;
        hs.chain.token = c.token;
        health::HealthMonitor monitor(hs);
        QSignalSpy snapshots(&monitor, &health::HealthMonitor::snapshot);
        monitor.start(300);
        const auto chainLevel = [&]() {
            return snapshots.isEmpty() ? health::HealthSnapshot::Level::Unknown
                                       : snapshots.last().at(0).value<health::HealthSnapshot>().chain;
        };
        QTRY_COMPARE_WITH_TIMEOUT(chainLevel(), health::HealthSnapshot::Level::Ok, 10000);

        // 1. The primary dies: failover, the redemption arrives within the backoff cap.
        primary.dropConnection(-1);
        secondary.resetCounters();
        const QString first = newOrder();
        QElapsedTimer t;
        t.start();
        redeem(first);
        const qint64 cap = std::chrono::milliseconds(chain::BackoffPolicy{}.cap).count();
        QTRY_COMPARE_WITH_TIMEOUT(status(first), QStringLiteral("VALID"), 60000);
        qInfo("primary dead: redemption -> VALID in %lld ms through the secondary (backoff cap %lld ms)",
              static_cast<long long>(t.elapsed()), static_cast<long long>(cap));
        QVERIFY(t.elapsed() < cap);
        QVERIFY(secondary.requestCount() > 0);

        // 2. Every endpoint dies: the chain light goes red; the desk still answers from the database.
        secondary.dropConnection(-1);
        snapshots.clear();
        QTRY_COMPARE_WITH_TIMEOUT(chainLevel(), health::HealthSnapshot::Level::Down, 10000);
        const QString during = newOrder();
        redeem(during); // mined by anvil, unseen by the listener for now
        auto code = scan::PayloadParser::parse(
            scan::PayloadParser::canonicalPayload(QByteArray::fromHex(first.toLatin1())));
        QVERIFY(code.ok());
        desk.lookup(code.value(), scan::ScanSource::Camera);
        QTRY_COMPARE_WITH_TIMEOUT(verdicts.size(), 1, 5000);
        QCOMPARE(verdicts.at(0).at(1).value<orders::Verdict>().kind, orders::VerdictKind::Valid);
        desk.deliver(code.value().hash, QUuid::createUuid(), QString(), QStringLiteral("not_rechecked"));
        QTRY_COMPARE_WITH_TIMEOUT(deliveries.size(), 1, 5000);
        QCOMPARE(deliveries.at(0).at(1).value<orders::Verdict>().kind, orders::VerdictKind::Delivered);
        QTest::qWait(1500);
        QCOMPARE(status(during), QStringLiteral("CREATED")); // nothing invented while blind
        QTRY_VERIFY_WITH_TIMEOUT(listener.health().rpcErrors > 0, 15000); // it noticed, and said so

        // 3. The primary comes back: catch-up, nothing lost, nothing twice.
        primary.clearFaults();
        t.restart();
        QTRY_COMPARE_WITH_TIMEOUT(status(during), QStringLiteral("VALID"), 60000);
        qInfo("endpoint back: caught up in %lld ms", static_cast<long long>(t.elapsed()));
        QTRY_COMPARE_WITH_TIMEOUT(chainLevel(), health::HealthSnapshot::Level::Ok, 15000);
        const qint64 head = m_chain->blockNumber();
        QTRY_VERIFY_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong() >= head,
            30000);
        QCOMPARE(test::LocalChain::storedLogKeys([this](const QString &q) { return sql(q); }, head),
                 m_chain->logKeys(head));
        QCOMPARE(status(first), QStringLiteral("DELIVERED"));
        monitor.stop();
        listener.stop();
    }
};

QTEST_GUILESS_MAIN(TestRpcFailover)
#include "tst_rpc_failover.moc"
