// Without a reachable Secret Service the keychain says so and nothing is written anywhere: no insecure fallback.
// Its own process, because a process keeps the first D-Bus session connection it makes.
#include "Harness.h"
#include "config/SecretStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

class TestKeychainAbsent : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/vd-test-bus");
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qunsetenv("DISPLAY");
    }

    void writeFailsAndLeavesNothing()
    {
        QObject context;
        QString code;
        config::SecretStore::write(QStringLiteral("fallback-test"), QStringLiteral("must-not-land-on-disk"), &context,
                                   [&](Result<void> r) { code = r.ok() ? QStringLiteral("ok") : r.error().code; });
        QTRY_VERIFY_WITH_TIMEOUT(!code.isEmpty(), 30000);
        QVERIFY2(code != QLatin1String("ok"), "writing without a keychain must fail");
        QProcess grep;
        grep.start(QStringLiteral("grep"), {QStringLiteral("-rl"), QStringLiteral("must-not-land-on-disk"), m_home.path()});
        grep.waitForFinished();
        QCOMPARE(grep.readAllStandardOutput(), QByteArray());
    }

    void probeReportsUnavailable()
    {
        const auto r = config::SecretStore::probe(10000);
        QVERIFY(!r.ok());
        QVERIFY2(!r.error().message.isEmpty(), "the reason must be said");
    }
};

QTEST_GUILESS_MAIN(TestKeychainAbsent)
#include "tst_keychain_absent.moc"
