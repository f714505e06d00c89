// kill -9 of the app during deliveries: a child process (this executable with VD_KILL_CHILD set) runs a real
// DeskService delivering a list of VALID orders back to back; the test kills it with SIGKILL at random moments, then
// checks that the database holds whole actions only -- for every order: DELIVERED <=> one deliveries row <=> one
// audit row <=> delivered_at set -- and that every delivery the child had reported (the desk showed DELIVERED) is
// there. A last child run delivers the rest: each order delivered exactly once in total.
// (kill -9 during a mint: tst_kill_mint.cpp.)
#include "Harness.h"
#include "TestDatabase.h"
#include "orders/DeskService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <csignal>
#include <cstdio>
#include <functional>

using namespace vd;

namespace {

// The child: deliver every hash of the file (hex, one per line) that is not delivered yet, print "D <hex>" after each
// DELIVERED verdict.
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<orders::Verdict>();
    orders::DeskSettings s;
    s.database.host = qEnvironmentVariable("VD_KILL_HOST");
    s.database.port = qEnvironmentVariableIntValue("VD_KILL_PORT");
    s.database.database = qEnvironmentVariable("VD_KILL_DB");
    s.database.user = qEnvironmentVariable("VD_KILL_USER");
    s.database.password = qEnvironmentVariable("VD_KILL_PASSWORD");
    s.database.sslMode = QStringLiteral("disable");
    s.deskName = QStringLiteral("Kill desk");
    orders::DeskService desk(s);
    desk.start();
    QFile f(qEnvironmentVariable("VD_KILL_CHILD"));
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    QList<QByteArray> hashes;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.size() == 64)
            hashes << QByteArray::fromHex(line);
    QEventLoop wait;
    QTimer::singleShot(10000, &wait, &QEventLoop::quit);
    QObject::connect(&desk, &orders::DeskService::onlineChanged, &wait, [&](bool online) {
        if (online)
            wait.quit();
    });
    if (!desk.isOnline())
        wait.exec();
    if (!desk.isOnline())
        return 3;
    std::printf("READY\n");
    std::fflush(stdout);
    qsizetype next = 0;
    quint64 request = 0;
    std::function<void()> deliverNext = [&]() {
        if (next >= hashes.size()) {
            app.quit();
            return;
        }
        request = desk.deliver(hashes[next++], QUuid::createUuid(), QString(), QStringLiteral("not_rechecked"));
    };
    QObject::connect(&desk, &orders::DeskService::deliveryDone, &app, [&](quint64 id, const orders::Verdict &v) {
        if (id != request)
            return;
        if (v.kind == orders::VerdictKind::Delivered) {
            std::printf("D %s\n", v.orderHash.toHex().constData());
            std::fflush(stdout);
        }
        deliverNext();
    });
    deliverNext();
    return app.exec();
}

} // namespace

class TestKillDeliver : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { VD_REQUIRE_HARNESS(); }

    void killNineDuringDeliveries()
    {
        test::TestDatabase db(QStringLiteral("kill"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto sql = [&db](const QString &q) { return db.psql(q).trimmed(); };
        constexpr int orderCount = 2000;
        QStringList hexes, rows;
        for (int i = 0; i < orderCount; ++i) {
            QByteArray h(32, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(h.data()), 8);
            hexes << QString::fromLatin1(h.toHex());
            rows << QStringLiteral("('\\x%1', 5, 'Kill item', 'VALID', 3)").arg(hexes.last());
        }
        for (qsizetype i = 0; i < rows.size(); i += 500) // one psql argument stays well under the kernel's limit
            sql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations) VALUES ") +
                rows.mid(i, 500).join(u','));
        QTemporaryDir dir;
        const QString list = dir.filePath(QStringLiteral("orders.txt"));
        {
            QFile f(list);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(hexes.join(u'\n').toLatin1());
        }
        const db::DbConfig login = db.createLogin(QStringLiteral("vd_reception"), QStringLiteral("kill"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VD_KILL_CHILD"), list);
        env.insert(QStringLiteral("VD_KILL_HOST"), login.host);
        env.insert(QStringLiteral("VD_KILL_PORT"), QString::number(login.port));
        env.insert(QStringLiteral("VD_KILL_DB"), login.database);
        env.insert(QStringLiteral("VD_KILL_USER"), login.user);
        env.insert(QStringLiteral("VD_KILL_PASSWORD"), login.password);

        // Whole actions only, whatever moment the kill hit; everything the desk reported is durable.
        QSet<QString> reported;
        const auto consistent = [&]() {
            // The killed backend may still be rolling back: wait until the child's session is gone.
            QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'")
                                              .arg(login.user)),
                                      QStringLiteral("0"), 10000);
            const QString bad = sql(QStringLiteral(
                "SELECT count(*) FROM vd.orders o WHERE NOT ("
                " (o.status = 'DELIVERED') = (o.delivered_at IS NOT NULL)"
                " AND (o.status = 'DELIVERED') = EXISTS (SELECT 1 FROM vd.deliveries d WHERE d.order_id = o.id)"
                " AND (o.status = 'DELIVERED') = ((SELECT count(*) FROM vd.audit_log a WHERE a.action = "
                "'order.deliver' AND a.entity_id = o.id::text) = 1)"
                " AND o.status IN ('DELIVERED', 'VALID'))"));
            QCOMPARE(bad, QStringLiteral("0"));
            const QStringList delivered =
                sql(QStringLiteral("SELECT encode(order_hash, 'hex') FROM vd.orders WHERE status = 'DELIVERED'"))
                    .split(u'\n', Qt::SkipEmptyParts);
            const QSet<QString> inDb(delivered.cbegin(), delivered.cend());
            QVERIFY2(inDb.contains(reported), "a delivery the desk showed as DELIVERED is missing");
        };

        int kills = 0, midRun = 0;
        for (int round = 0; round < 8; ++round) {
            QProcess child;
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {});
            QVERIFY(child.waitForStarted());
            QByteArray out;
            QElapsedTimer t;
            t.start();
            while (!out.contains("READY\n") && t.elapsed() < 15000) {
                child.waitForReadyRead(100);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains("READY\n"), child.readAllStandardError().constData());
            // Deliveries under way (the first one reported), then a random moment within the next ones.
            while (!out.contains("\nD ") && child.state() == QProcess::Running && t.elapsed() < 30000) {
                child.waitForReadyRead(50);
                out += child.readAllStandardOutput();
            }
            QTest::qWait(QRandomGenerator::global()->bounded(200));
            const qint64 pid = child.processId(); // 0 once the child has exited: kill(0, ...) would hit our group
            const bool running = child.state() == QProcess::Running && pid > 0;
            if (running)
                ::kill(static_cast<pid_t>(pid), SIGKILL);
            child.waitForFinished(5000);
            out += child.readAllStandardOutput();
            kills += 1;
            midRun += running ? 1 : 0;
            for (const QByteArray &line : out.split('\n'))
                if (line.startsWith("D "))
                    reported.insert(QString::fromLatin1(line.mid(2)));
            consistent();
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(midRun >= 6, "the child finished before most kills: make the list longer");
        const int afterKills = sql(QStringLiteral("SELECT count(*) FROM vd.deliveries")).toInt();
        QVERIFY(afterKills > 0);
        QVERIFY(afterKills < orderCount);

        // A last, unkilled run delivers the rest (already delivered ones answer ALREADY DELIVERED).
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(300000));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 child.readAllStandardError().right(6000).constData());
        for (const QByteArray &line : child.readAllStandardOutput().split('\n'))
            if (line.startsWith("D "))
                reported.insert(QString::fromLatin1(line.mid(2)));
        consistent();
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.deliveries")).toInt(), orderCount);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.orders WHERE status = 'DELIVERED'")).toInt(), orderCount);
        qInfo("kill -9: %d kills (%d mid-run), %d deliveries committed before the last run", kills, midRun, afterKills);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("VD_KILL_CHILD"))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKillDeliver t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_kill_deliver.moc"
