// Postgres restarted while a desk is working: the desk says offline within 2 s, delivers nothing meanwhile
// (and loses nothing), and recovers by itself when the server is back. Runs on a private cluster so the shared
// one keeps serving the other tests.
#include "Harness.h"
#include "db/Database.h"
#include "db/Migrator.h"
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

    void restartWhileWorking()
    {
        db::DbConfig super;
        super.host = QStringLiteral("127.0.0.1");
        super.port = m_pg.value(QStringLiteral("postgres/port")).toInt();
        super.database = QStringLiteral("postgres");
        super.user = QStringLiteral("vd_super");
        super.password = m_pg.value(QStringLiteral("postgres/superpassword")).toString();
        super.sslMode = QStringLiteral("disable");
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
};

QTEST_GUILESS_MAIN(TestDeskDbRestart)
#include "tst_desk_db_restart.moc"
