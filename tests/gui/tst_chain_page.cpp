// The Chain page of the back office: the leader's health as written to the database, and on the workstation that
// hosts the listener its live figures and the runbook's operator actions, against the harness's Postgres and a
// private anvil, under offscreen.
#include "ChainPage.h"
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "health/HealthMonitor.h"
#include "listener/ListenerService.h"

#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace vd;

class TestChainPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;

    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }

    listener::ListenerConfig config()
    {
        listener::ListenerConfig c;
        c.database = m_db->createLogin(QStringLiteral("vd_listener"));
        c.chainId = test::Harness::instance().chainId();
        c.rpcUrls = {m_chain->rpcUrl(), m_chain->rpcUrl() + QStringLiteral("/")};
        c.token = m_chain->token();
        c.safe = m_chain->safe();
        c.confirmations = 1;
        c.startBlock = m_chain->deployBlock();
        c.useFinalizedTag = false;
        c.finalityDepth = 10;
        c.pollIntervalMs = 100;
        c.healthIntervalMs = 200;
        c.leaderName = QStringLiteral("desk-7:4242");
        return c;
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("chainpage"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    }

    void withoutListenerSaysWhatToDo()
    {
        ui::ChainPage page;
        page.showSnapshot({});
        QVERIFY(page.headline().contains(QLatin1String("No listener")));
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("pauseListener"))->isEnabled());
    }

    void hostedListenerIsShownAndOperated()
    {
        listener::ListenerService service(config());
        ui::ChainPage page;
        page.resize(900, 720);
        page.show();
        page.setHostedListener(&service);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(page.headline().startsWith(QLatin1String("LIVE")), 20000);
        shoot(&page, "chain-page-live");

        auto *pause = page.findChild<QPushButton *>(QStringLiteral("pauseListener"));
        QVERIFY(pause->isEnabled());
        pause->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.headline().startsWith(QLatin1String("PAUSED")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(pause->text().contains(QLatin1String("Resume")), 5000);
        pause->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.headline().startsWith(QLatin1String("LIVE")), 10000);

        // Replay from the deploy block: re-reads, applies nothing twice, comes back live.
        const QString before = m_db->psql(QStringLiteral("SELECT count(*) FROM vd.chain_logs"));
        QSignalSpy replayed(&page, &ui::ChainPage::replayRequested);
        page.requestReplay(m_chain->deployBlock(), true);
        QCOMPARE(replayed.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(page.headline().startsWith(QLatin1String("LIVE")), 20000);
        QCOMPARE(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.chain_logs")), before);

        page.switchEndpoint(1);
        QTRY_VERIFY_WITH_TIMEOUT(page.headline().startsWith(QLatin1String("LIVE")), 20000);

        // Any other workstation sees the leader's row through the health monitor's snapshot.
        service.stop();
        ui::ChainPage other;
        health::HealthSnapshot snapshot;
        snapshot.hasListenerRow = true;
        snapshot.listenerHeartbeatAge = 90;
        snapshot.listenerRow = service.health();
        other.showSnapshot(snapshot);
        QVERIFY(other.headline().startsWith(QLatin1String("SILENT")));
    }
};

QTEST_MAIN(TestChainPage)
#include "tst_chain_page.moc"
