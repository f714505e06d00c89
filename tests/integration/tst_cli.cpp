// The voucherdesk executable's subcommands against the real services: migrate (idempotent), check, --version.
#include "Harness.h"
#include "TestDatabase.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT

    QString exe() const { return qEnvironmentVariable("VD_BINARY_DIR") + QStringLiteral("/app/voucherdesk"); }

    int run(const QStringList &args, const QString &password, QString *out)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VOUCHERDESK_DB_PASSWORD"), password);
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), vd::test::Harness::instance().dbusAddress());
        p.setProcessEnvironment(env);
        p.start(exe(), args);
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    QString writeConfig(const QTemporaryDir &dir, const vd::db::DbConfig &db, qint64 chainId)
    {
        const auto &h = vd::test::Harness::instance();
        const QString path = dir.filePath(QStringLiteral("vd.ini"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("[database]\nhost=%1\nport=%2\nname=%3\nuser=%4\nsslmode=disable\n"
                               "[chain]\nchain_id=%5\nrpc_urls=%6\ntoken=%7\n")
                    .arg(db.host)
                    .arg(db.port)
                    .arg(db.database, db.user)
                    .arg(chainId)
                    .arg(h.rpcUrl(), h.token())
                    .toUtf8());
        return path;
    }

private slots:
    void initTestCase() { VD_REQUIRE_HARNESS(); }

    void version()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("--version")}, QString(), &out), 0);
        for (const char *lib : {"Qt", "ZXing", "OpenSSL", "libpq", "QtKeychain", "libsecp256k1"})
            QVERIFY2(out.contains(QLatin1String(lib)), qPrintable(out));
    }

    void migrateThenCheck()
    {
        vd::test::TestDatabase t(QStringLiteral("cli"), false);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QTemporaryDir dir;
        const vd::db::DbConfig super = t.superConfig();
        const QString cfg = writeConfig(dir, super, vd::test::Harness::instance().chainId());
        QString out;
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--config"), cfg}, super.password, &out), 0);
        QVERIFY2(out.contains(QLatin1String("Migrated from version 0")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--config"), cfg}, super.password, &out), 0);
        QVERIFY2(out.contains(QLatin1String("up to date")), qPrintable(out));

        const int checkExit = run({QStringLiteral("check"), QStringLiteral("--config"), cfg}, super.password, &out);
        QVERIFY2(checkExit == 0, qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("All checks passed")), qPrintable(out));
        QVERIFY2(!out.contains(super.password), "check must never print the password");

        // Wrong chain id: check says so and fails.
        const QString wrong = writeConfig(dir, super, 56);
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--config"), wrong}, super.password, &out), 1);
        QVERIFY2(out.contains(QLatin1String("expected 56")), qPrintable(out));
        // Wrong password: a clear message, non-zero exit.
        QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--config"), cfg}, QStringLiteral("nope"), &out), 2);
        QVERIFY2(out.contains(QLatin1String("refused the user name or password")), qPrintable(out));
    }

    void unknownCommandFails()
    {
        QString out;
        QCOMPARE(run({QStringLiteral("frobnicate")}, QString(), &out), 2);
        QVERIFY(out.contains(QLatin1String("unknown command")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
