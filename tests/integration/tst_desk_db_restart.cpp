// Postgres restarted while a desk is working: the desk says offline within 2 s, delivers nothing meanwhile
// (and loses nothing), and recovers by itself when the server is back. Restarted under a working chain listener: it
// recovers by itself and resumes where it committed -- the stored logs end up equal to the chain's, none twice, each
// counted once. Runs on a private cluster so the shared one keeps serving the other tests.
#include "Harness.h"
#include "LocalChain.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "listener/ListenerService.h"
#include "orders/DeskService.h"

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

class TestDeskDbRestart : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_script;
    QVariantMap m_pg;

    bool pgCtl(const QString &action)
    {
        QProcess p;
        const QString owner = m_pg.value(QStringLiteral("postgres/owner")).toString();
        const QString pgctl = m_pg.value(QStringLiteral("postgres/bindir")).toString() + QStringLiteral("/pg_ctl");
        QStringList args{pgctl, QStringLiteral("-D"), m_pg.value(QStringLiteral("postgres/datadir")).toString(),
                         QStringLiteral("-w"), QStringLiteral("-m"), QStringLiteral("fast"), action};
        if (owner == QLatin1String("vdpg"))
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), owner, QStringLiteral("--")} + args);
        else
            p.start(args.takeFirst(), args);
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    QString psql(const QString &sql)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_pg.value(QStringLiteral("postgres/superpassword")).toString());
        p.setProcessEnvironment(env);
        p.start(m_pg.value(QStringLiteral("postgres/bindir")).toString() + QStringLiteral("/psql"),
                {QStringLiteral("-XqtA"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), m_pg.value(QStringLiteral("postgres/port")).toString(),
                 QStringLiteral("-U"), QStringLiteral("vd_super"), QStringLiteral("-d"), QStringLiteral("postgres"),
                 QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_script = test::Harness::instance().value(QStringLiteral("tools/harness"));
        QProcess p;
        p.start(m_script, {QStringLiteral("pg"), m_dir.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QSettings ini(m_dir.filePath(QStringLiteral("env.ini")), QSettings::IniFormat);
        for (const QString &k : ini.allKeys())
            m_pg.insert(k, ini.value(k));
    }

    void cleanupTestCase()
    {
        QProcess p;
        p.start(m_script, {QStringLiteral("stop"), m_dir.path()});
        p.waitForFinished(60000);
    }

    db::DbConfig superConfig()
    {
        db::DbConfig super;
        super.host = QStringLiteral("127.0.0.1");
        super.port = m_pg.value(QStringLiteral("postgres/port")).toInt();
        super.database = QStringLiteral("postgres");
        super.user = QStringLiteral("vd_super");
        super.password = m_pg.value(QStringLiteral("postgres/superpassword")).toString();
        super.sslMode = QStringLiteral("disable");
        return super;
    }

    void restartWhileWorking()
    {
        const db::DbConfig super = superConfig();
        {
            auto db = db::connection(super, QStringLiteral("restart-migrate"));
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QVERIFY(db::Migrator::migrate(db.value()).ok());
        }
        db::closeConnection(QStringLiteral("restart-migrate"));
        const QString hashA = QStringLiteral("aa").repeated(32);
        const QString hashB = QStringLiteral("bb").repeated(32);
        psql(QStringLiteral("CREATE ROLE desk_r LOGIN PASSWORD 'desk-restart-pw' IN ROLE vd_reception;"
                            "INSERT INTO vd.orders (order_hash, amount, item, status) VALUES "
                            "('\\x%1', 1, 'A', 'VALID'), ('\\x%2', 1, 'B', 'VALID')")
                 .arg(hashA, hashB));

        orders::DeskSettings s;
        s.database = super;
        s.database.user = QStringLiteral("desk_r");
        s.database.password = QStringLiteral("desk-restart-pw");
        s.deskName = QStringLiteral("Desk R");
        orders::DeskService desk(s);
        QSignalSpy online(&desk, &orders::DeskService::onlineChanged);
        QSignalSpy delivered(&desk, &orders::DeskService::deliveryDone);
        desk.start();
        QTRY_VERIFY_WITH_TIMEOUT(desk.isOnline(), 5000);

        // Server goes away: offline within 2 s.
        QVERIFY(pgCtl(QStringLiteral("stop")));
        QElapsedTimer t;
        t.start();
        QTRY_VERIFY_WITH_TIMEOUT(!desk.isOnline(), 5000);
        QVERIFY2(t.elapsed() < 2000, qPrintable(QStringLiteral("offline after %1 ms").arg(t.elapsed())));

        // Delivery while offline: refused, nothing happens.
        const QUuid key = QUuid::createUuid();
        desk.deliver(QByteArray::fromHex(hashA.toLatin1()), key, QString(), QStringLiteral("not_rechecked"));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10000);
        QCOMPARE(orders::verdictKindName(delivered.at(0).at(1).value<orders::Verdict>().kind),
                 QStringLiteral("DATABASE_OFFLINE"));

        // Server back: the desk recovers by itself and the same scan can now deliver once.
        QVERIFY(pgCtl(QStringLiteral("start")));
        QTRY_VERIFY_WITH_TIMEOUT(desk.isOnline(), 10000);
        desk.deliver(QByteArray::fromHex(hashA.toLatin1()), key, QString(), QStringLiteral("not_rechecked"));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QCOMPARE(orders::verdictKindName(delivered.at(1).at(1).value<orders::Verdict>().kind), QStringLiteral("DELIVERED"));
        QCOMPARE(psql(QStringLiteral("SELECT count(*) FROM vd.deliveries")), QStringLiteral("1"));
        QCOMPARE(psql(QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = '\\x%1'").arg(hashB)),
                 QStringLiteral("VALID"));
    }

    void listenerResumesWhereItCommitted();
};

void TestDeskDbRestart::listenerResumesWhereItCommitted()
{
    // Runs after restartWhileWorking (the database "postgres" of the private cluster is migrated there).
    test::LocalChain chain;
    QVERIFY2(chain.ok(), qPrintable(chain.error()));
    const auto mint = [&](int amount) {
        QString err;
        chain.cast({QStringLiteral("send"), chain.token(), QStringLiteral("mint(address,uint256)"),
                    chain.customers().value(amount % 3), QString::number(amount), QStringLiteral("--private-key"),
                    chain.minterKey()},
                   &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    };
    for (int i = 1; i <= 8; ++i)
        mint(i);
    psql(QStringLiteral("DROP ROLE IF EXISTS listener_r; CREATE ROLE listener_r LOGIN PASSWORD 'listener-restart-pw' "
                        "IN ROLE vd_listener"));
    const QString hash = QStringLiteral("cc").repeated(32);
    psql(QStringLiteral("SELECT vd.create_order('\\x%1', 5, 'C', NULL, NULL, NULL, 'backoffice')").arg(hash));

    listener::ListenerConfig c;
    c.database = superConfig();
    c.database.user = QStringLiteral("listener_r");
    c.database.password = QStringLiteral("listener-restart-pw");
    c.chainId = test::Harness::instance().chainId();
    c.rpcUrls = {chain.rpcUrl()};
    c.token = chain.token();
    c.safe = chain.safe();
    c.confirmations = 0;
    c.startBlock = chain.deployBlock();
    c.useFinalizedTag = false;
    c.finalityDepth = 20;
    c.pollIntervalMs = 100;
    c.electionRetryMs = 500;
    c.healthIntervalMs = 300;
    listener::ListenerService listener(c);
    listener.start();
    const auto cursor = [&]() {
        return psql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong();
    };
    const auto stored = [&](qint64 to) {
        return test::LocalChain::storedLogKeys([&](const QString &q) { return psql(q); }, to);
    };
    QTRY_VERIFY_WITH_TIMEOUT(cursor() >= chain.blockNumber(), 30000);
    const qint64 committed = cursor();
    const quint64 ingestedBefore = listener.health().logsIngested;
    QCOMPARE(stored(committed), chain.logKeys(committed));

    // The server goes away under the listener; the chain moves on.
    QVERIFY(pgCtl(QStringLiteral("stop")));
    for (int i = 9; i <= 14; ++i)
        mint(i);
    {
        QString err;
        chain.cast({QStringLiteral("send"), chain.token(), QStringLiteral("redeem(bytes32,uint256)"),
                    QStringLiteral("0x") + hash, QStringLiteral("5"), QStringLiteral("--private-key"),
                    chain.customerKeys().value(0)},
                   &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    QTest::qWait(1500);
    QVERIFY(!listener.health().lastError.isEmpty());

    // Back: the listener recovers by itself, from its committed cursor.
    QVERIFY(pgCtl(QStringLiteral("start")));
    const qint64 head = chain.blockNumber();
    QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 60000);
    QCOMPARE(stored(head), chain.logKeys(head));
    QCOMPARE(psql(QStringLiteral("SELECT count(*) = count(DISTINCT (chain_id, block_hash, log_index)) FROM "
                                 "vd.chain_logs")),
             QStringLiteral("t"));
    QCOMPARE(psql(QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = '\\x%1'").arg(hash)),
             QStringLiteral("VALID"));
    // Nothing ingested twice: what this listener counted as new is exactly what the chain holds.
    QTRY_COMPARE_WITH_TIMEOUT(listener.health().logsIngested, quint64(chain.logKeys(head).size()), 10000);
    QVERIFY(listener.health().logsIngested > ingestedBefore);
    listener.stop();
}

QTEST_GUILESS_MAIN(TestDeskDbRestart)
#include "tst_desk_db_restart.moc"
