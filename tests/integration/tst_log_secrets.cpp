// A full run of the real app (sign-in, main window, health checks against the database and chain, then exit)
// and of its subcommands, with known secrets: none of them may appear in any file the run wrote.
#include "Harness.h"
#include "TestDatabase.h"
#include "common/Log.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

class TestLogSecrets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { VD_REQUIRE_HARNESS(); }

    void maskCoversRegisteredAndUrlSecrets()
    {
        log::addSecret(QStringLiteral("hunter2-very-secret"));
        QCOMPARE(log::mask(QStringLiteral("pw hunter2-very-secret here")), QStringLiteral("pw •••• here"));
        QVERIFY(!log::mask(QStringLiteral("https://user:pa55@rpc.example/x")).contains(QLatin1String("pa55")));
        QVERIFY(!log::mask(QStringLiteral("https://rpc.example/v1?apikey=KEY123")).contains(QLatin1String("KEY123")));
        QVERIFY(!log::mask(QStringLiteral("connect password=abc123 host=x")).contains(QLatin1String("abc123")));
    }

    void fullRunLeavesNoSecretOnDisk()
    {
        const test::Harness &h = test::Harness::instance();
        test::TestDatabase t(QStringLiteral("logs"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        const db::DbConfig admin = t.createLogin(QStringLiteral("vd_admin"));
        QTemporaryDir home;
        // An RPC URL with an "API key" in its path and query, served by anvil (which ignores both).
        const QString apiKey = QStringLiteral("k3y-") + QUuid::createUuid().toString(QUuid::Id128);
        const QString rpc = h.rpcUrl() + QStringLiteral("/v3/") + apiKey + QStringLiteral("?token=") + apiKey;
        const QString cfg = home.filePath(QStringLiteral("vd.ini"));
        {
            QFile f(cfg);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("[database]\nhost=%1\nport=%2\nname=%3\nuser=%4\nsslmode=disable\n"
                                   "[chain]\nchain_id=%5\nrpc_urls=%6\ntoken=%7\n[desk]\nname=Log desk\n")
                        .arg(admin.host)
                        .arg(admin.port)
                        .arg(admin.database, admin.user)
                        .arg(h.chainId())
                        .arg(rpc, h.token())
                        .toUtf8());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("VOUCHERDESK_DB_PASSWORD"), admin.password);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), h.dbusAddress());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QString exe = qEnvironmentVariable("VD_BINARY_DIR") + QStringLiteral("/app/voucherdesk");
        QString allOutput;
        for (const QStringList &args : {QStringList{QStringLiteral("--config"), cfg, QStringLiteral("--exit-after"),
                                                    QStringLiteral("5")},
                                        QStringList{QStringLiteral("check"), QStringLiteral("--config"), cfg}}) {
            QProcess p;
            p.setProcessEnvironment(env);
            p.setWorkingDirectory(home.path());
            p.start(exe, args);
            QVERIFY(p.waitForFinished(60000));
            allOutput += QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        }
        // The run did reach the database and wrote a log.
        QCOMPARE(t.psql(QStringLiteral("SELECT count(*) > 0 FROM vd.audit_log WHERE action = 'operator.sign_in'")),
                 QStringLiteral("t"));
        QStringList logs;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QByteArray everything = allOutput.toUtf8();
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QLatin1String("/logs/")))
                logs << path;
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                everything += f.readAll();
        }
        QVERIFY2(!logs.isEmpty(), "the app must write a log file");
        QVERIFY2(everything.contains("signed in as"), "the log must record the sign-in");
        // The hand-written settings file's API-key URL was moved into the keychain, leaving a reference.
        QVERIFY2(QFile(cfg).open(QIODevice::ReadOnly), "settings file");
        QFile settingsFile(cfg);
        settingsFile.open(QIODevice::ReadOnly);
        QVERIFY2(settingsFile.readAll().contains("keychain:rpc/"), "the RPC URL must be replaced by a keychain reference");
        for (const QString &secret : {admin.password, apiKey, h.pgSuperPassword()})
            QVERIFY2(!everything.contains(secret.toUtf8()),
                     qPrintable(QStringLiteral("secret found on disk or in output: …%1…")
                                    .arg(QString::fromUtf8(everything.mid(qMax(0, int(everything.indexOf(secret.toUtf8())) - 80), 160)))));
    }
};

QTEST_GUILESS_MAIN(TestLogSecrets)
#include "tst_log_secrets.moc"
