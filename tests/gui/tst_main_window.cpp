// The app shell for real under offscreen: the status lights follow the real database and chain, the reception
// view refuses to look ready while the database is offline, and settings validation catches bad addresses.
#include "Harness.h"
#include "MainWindow.h"
#include "ReceptionPage.h"
#include "SettingsDialog.h"
#include "StatusLight.h"
#include "TestDatabase.h"
#include "reception/VerdictCard.h"
#include "scan/ScanPipeline.h"

#include <QLabel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace vd;
using Level = health::HealthSnapshot::Level;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { VD_REQUIRE_HARNESS(); }

    void lightsFollowRealServices()
    {
        test::TestDatabase t(QStringLiteral("gui"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = t.createLogin(QStringLiteral("vd_reception"));
        s.chain.chainId = test::Harness::instance().chainId();
        s.chain.rpcUrls = {test::Harness::instance().rpcUrl()};
        s.chain.token = test::Harness::instance().token();
        s.deskName = QStringLiteral("Desk 7");
        ui::MainWindow w(cfg, s, auth::SignedIn{s.database.user, auth::Role::Reception});
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(w.databaseLight()->level(), Level::Ok, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.chainLight()->level(), Level::Ok, 10000);
        auto *card = w.findChild<ui::VerdictCard *>(QStringLiteral("verdictCard"));
        QVERIFY(card);
        QTRY_COMPARE_WITH_TIMEOUT(card->look().word, QStringLiteral("READY TO SCAN"), 10000);
        QVERIFY(w.windowTitle().contains(QLatin1String("Desk 7")));
    }

    void handScannerFromTheBackOfficeTabShowsTheReception()
    {
        test::TestDatabase t(QStringLiteral("gui_scan"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = t.createLogin(QStringLiteral("vd_reception"));
        s.deskName = QStringLiteral("Desk 8");
        ui::MainWindow w(cfg, s, auth::SignedIn{s.database.user, auth::Role::BackOffice});
        w.show();
        auto *card = w.findChild<ui::VerdictCard *>(QStringLiteral("verdictCard"));
        QTRY_COMPARE_WITH_TIMEOUT(card->look().word, QStringLiteral("READY TO SCAN"), 10000);
        auto *tabs = w.findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        QWidget *target = tabs->currentWidget();
        // An unknown but well-formed code, typed as a burst with Enter by the "scanner".
        QTest::keyClicks(target, QStringLiteral("VD1-") + QString(64, u'7'));
        QTest::keyClick(target, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(card->look().word, QStringLiteral("UNKNOWN CODE"), 5000);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(w.reception()));

        // A locked desk takes no scans, from any source.
        w.lock();
        QVERIFY(w.isLocked());
        QCOMPARE(card->look().word, QStringLiteral("READY TO SCAN"));
        w.reception()->pipeline()->submitText(QStringLiteral("VD1-") + QString(64, u'8'), scan::ScanSource::Wedge);
        QTest::qWait(500);
        QCOMPARE(card->look().word, QStringLiteral("READY TO SCAN"));
    }

    void offlineDatabaseSaysSo()
    {
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database.host = QStringLiteral("127.0.0.1");
        s.database.port = 1; // nothing listens there
        s.database.user = QStringLiteral("nobody");
        s.chain.chainId = 1; // the harness chain is 31337: the wrong chain must show as down
        s.chain.rpcUrls = {test::Harness::instance().rpcUrl()};
        ui::MainWindow w(cfg, s, auth::SignedIn{s.database.user, auth::Role::Reception});
        w.show();
        QTRY_COMPARE_WITH_TIMEOUT(w.databaseLight()->level(), Level::Down, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(w.chainLight()->level(), Level::Down, 10000);
        QVERIFY(w.chainLight()->toolTip().contains(QLatin1String("31337")));
        auto *card = w.findChild<ui::VerdictCard *>(QStringLiteral("verdictCard"));
        QVERIFY(card);
        QTRY_COMPARE_WITH_TIMEOUT(card->look().word, QStringLiteral("DATABASE OFFLINE"), 10000);
        // Not colour alone: the light's words say it too.
        QVERIFY(w.databaseLight()->text().contains(QLatin1String("offline")));
    }

    void hostsTheChainListener()
    {
        // A workstation configured with a listener login follows the chain: a real redemption on anvil turns
        // the order VALID without anyone typing anything.
        const test::Harness &h = test::Harness::instance();
        test::TestDatabase t(QStringLiteral("host"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const db::DbConfig listenerLogin = t.createLogin(QStringLiteral("vd_listener"));
        qputenv("VOUCHERDESK_LISTENER_PASSWORD", listenerLogin.password.toUtf8());
        const QString hash = QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
        t.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item) VALUES ('\\x%1', 1000000000000000000, 'Lamp')")
                   .arg(hash));
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = t.createLogin(QStringLiteral("vd_reception"));
        s.chain.chainId = h.chainId();
        s.chain.rpcUrls = {h.rpcUrl()};
        s.chain.token = h.token();
        s.chain.safe = h.safe();
        s.chain.startBlock = h.deployBlock();
        s.chain.confirmations = 0;
        s.chain.useFinalizedTag = false;
        s.listenerLogin = listenerLogin.user;
        ui::MainWindow w(cfg, s, auth::SignedIn{s.database.user, auth::Role::Reception});
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.hostedListener() != nullptr, 10000);
        QString err;
        h.runCast({QStringLiteral("send"), QStringLiteral("--rpc-url"), h.rpcUrl(), QStringLiteral("--private-key"),
                   h.customerKeys().last(), h.token(), QStringLiteral("redeem(bytes32,uint256)"),
                   QStringLiteral("0x") + hash, QStringLiteral("1000000000000000000")},
                  &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_COMPARE_WITH_TIMEOUT(t.psql(QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = '\\x%1'").arg(hash)),
                                  QStringLiteral("VALID"), 30000);
        // The status light shows the listener's health (from vd.listener_health, written by the hosted listener).
        QTRY_COMPARE_WITH_TIMEOUT(w.listenerLight()->level(), Level::Ok, 15000);
        qunsetenv("VOUCHERDESK_LISTENER_PASSWORD");
    }

    void settingsRejectBadAddresses_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("checksummed") << test::Harness::instance().token() << true;
        QTest::newRow("all lowercase") << test::Harness::instance().token().toLower() << false;
        QTest::newRow("bad checksum") << QStringLiteral("0x5fbDB2315678afecb367f032d93F642f64180aa3") << false;
        QTest::newRow("too short") << QStringLiteral("0x1234") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void settingsRejectBadAddresses()
    {
        QFETCH(QString, token);
        QFETCH(bool, acceptable);
        config::AppSettings s;
        s.chain.token = token;
        ui::SettingsDialog d(s);
        QCOMPARE(d.validate().isEmpty(), acceptable);
    }

    void settingsPinTheCodeHashAndKeyFiles()
    {
        config::AppSettings s;
        s.chain.token = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        s.chain.tokenCodeHash = QStringLiteral("0x1234");
        s.minterKeystore = QStringLiteral("/keys/minter.json");
        ui::SettingsDialog d(s);
        QVERIFY(d.validate().contains(QLatin1String("64")));
        s.chain.tokenCodeHash = QStringLiteral("0x") + QString(64, u'a');
        ui::SettingsDialog ok(s);
        QVERIFY2(ok.validate().isEmpty(), qPrintable(ok.validate()));
        QCOMPARE(ok.settings().chain.tokenCodeHash, s.chain.tokenCodeHash);
        QCOMPARE(ok.settings().minterKeystore, QStringLiteral("/keys/minter.json"));
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            ok.show();
            ok.grab().save(dir + QStringLiteral("/settings-dialog.png"));
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
