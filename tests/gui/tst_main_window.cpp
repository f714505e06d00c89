// The app shell for real under offscreen: the status lights follow the real database and chain, the reception
// view refuses to look ready while the database is offline, and settings validation catches bad addresses.
#include "Harness.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "StatusLight.h"
#include "TestDatabase.h"

#include <QLabel>
#include <QTemporaryDir>
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
        auto *verdict = w.findChild<QLabel *>(QStringLiteral("verdict"));
        QVERIFY(verdict);
        QVERIFY2(verdict->text().contains(QLatin1String("Ready")), qPrintable(verdict->text()));
        QVERIFY(w.windowTitle().contains(QLatin1String("Desk 7")));
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
        auto *verdict = w.findChild<QLabel *>(QStringLiteral("verdict"));
        QVERIFY2(verdict->text().contains(QLatin1String("OFFLINE")), qPrintable(verdict->text()));
        // Not colour alone: the light's words say it too.
        QVERIFY(w.databaseLight()->text().contains(QLatin1String("offline")));
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
