// `voucherdesk listen` as a real process: kill -9 in the middle of a backfill and restart -> the same final content
// as anvil; two listeners at once -> one writes, the other stands by and takes over within seconds after the
// leader is killed; /health and /metrics; SIGTERM stops cleanly; a broken configuration exits non-zero.
#include "Harness.h"
#include "LocalChain.h"
#include "MisbehavingRpcProxy.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;
using Proxy = test::MisbehavingRpcProxy;

namespace {

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

} // namespace

class TestListenerProcess : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<Proxy> m_proxy;
    db::DbConfig m_login;
    QTemporaryDir m_dir;
    QString m_ini;
    QNetworkAccessManager m_nam;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }

    qint64 cursor()
    {
        return sql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong();
    }

    void mint(int amount)
    {
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"),
                       m_chain->customers().value(amount % 5), QString::number(amount), QStringLiteral("--private-key"),
                       m_chain->minterKey()},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    QStringList dbLogs(qint64 to)
    {
        return test::LocalChain::storedLogKeys([this](const QString &query) { return sql(query); }, to);
    }

    std::unique_ptr<QProcess> launch(quint16 healthPort, const QString &ini = QString())
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VOUCHERDESK_DB_PASSWORD"), m_login.password);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->setStandardOutputFile(
            test::Harness::instance().stateDir() + QStringLiteral("/listen-%1.log").arg(healthPort), QIODevice::Append);
        p->start(qEnvironmentVariable("VD_BINARY_DIR") + QStringLiteral("/app/voucherdesk"),
                 {QStringLiteral("listen"), QStringLiteral("--config"), ini.isEmpty() ? m_ini : ini,
                  QStringLiteral("--health-port"), QString::number(healthPort), QStringLiteral("--poll-ms"),
                  QStringLiteral("200")});
        p->waitForStarted(5000);
        return p;
    }

    /// GET http://127.0.0.1:port/path -> (status, body); status 0 when nothing answered.
    QPair<int, QByteArray> get(quint16 port, const QString &path)
    {
        QNetworkReply *r =
            m_nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
        QEventLoop loop;
        connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = r->readAll();
        r->deleteLater();
        return {status, body};
    }

    QJsonObject health(quint16 port)
    {
        return QJsonDocument::fromJson(get(port, QStringLiteral("/health")).second).object();
    }

    void writeIni(const QString &path, const QString &rpcUrl, const QString &token)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("[database]\nhost=%1\nport=%2\nname=%3\nuser=%4\nsslmode=%5\nsslrootcert=%11\n\n"
                           "[chain]\nchain_id=%6\nrpc_urls=%7\ntoken=%8\nsafe=%9\nconfirmations=2\nstart_block=%10\n"
                           "use_finalized_tag=false\n")
                .arg(m_login.host)
                .arg(m_login.port)
                .arg(m_login.database, m_login.user, m_login.sslMode)
                .arg(test::Harness::instance().chainId())
                .arg(rpcUrl, token, m_chain->safe())
                .arg(m_chain->deployBlock())
                .arg(m_login.sslRootCert)
                .toUtf8());
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("lproc"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_login = m_db->createLogin(QStringLiteral("vd_listener"));
        for (int i = 1; i <= 30; ++i) {
            mint(i);
            m_chain->mine(97);
        }
        m_proxy = std::make_unique<Proxy>(QUrl(m_chain->rpcUrl()));
        QVERIFY(m_proxy->listen());
        // A provider that caps ranges at 50 blocks and answers slowly: the backfill takes many seconds.
        m_proxy->limitLogRange(50, Proxy::RangeStyle::LimitHint, -1);
        m_proxy->delay(60, -1, QStringLiteral("eth_getLogs"));
        m_ini = m_dir.filePath(QStringLiteral("listen.ini"));
        writeIni(m_ini, m_proxy->url().toString(), m_chain->token());
    }

    void brokenConfigExitsNonZero()
    {
        const QString ini = m_dir.filePath(QStringLiteral("broken.ini"));
        writeIni(ini, m_proxy->url().toString(), QStringLiteral("0x1234"));
        auto p = launch(0, ini);
        QVERIFY(p->waitForFinished(15000));
        QVERIFY2(p->exitCode() != 0, p->readAll().constData());
    }

    void killDashNineMidBackfill()
    {
        const qint64 head = m_chain->blockNumber();
        const quint16 port = freePort();
        auto p = launch(port);
        QTRY_VERIFY_WITH_TIMEOUT(cursor() > m_chain->deployBlock() + 300, 30000);
        p->kill(); // SIGKILL: no cleanup at all
        QVERIFY(p->waitForFinished(5000));
        const qint64 at = cursor();
        QVERIFY2(at < head, "the backfill was over before the kill: make it slower");
        qInfo("killed at block %lld of %lld", static_cast<long long>(at), static_cast<long long>(head));

        auto again = launch(port);
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 90000);
        QCOMPARE(dbLogs(head), m_chain->logKeys(head));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.chain_transfers WHERE kind = 'mint'")).toInt(), 5 + 30);
        // /health and /metrics while live
        QTRY_COMPARE_WITH_TIMEOUT(get(port, QStringLiteral("/health")).first, 200, 10000);
        const auto metrics = get(port, QStringLiteral("/metrics"));
        QCOMPARE(metrics.first, 200);
        QVERIFY(metrics.second.contains("voucherdesk_listener_last_block"));
        QVERIFY(metrics.second.contains("voucherdesk_listener_up 1"));
        QCOMPARE(get(port, QStringLiteral("/nothing")).first, 404);
        // SIGTERM: a clean stop, exit code 0, health says stopped
        again->terminate();
        QVERIFY(again->waitForFinished(10000));
        QCOMPARE(again->exitStatus(), QProcess::NormalExit);
        QCOMPARE(again->exitCode(), 0);
        QCOMPARE(sql(QStringLiteral("SELECT state FROM vd.listener_health")), QStringLiteral("stopped"));
    }

    void twoListenersOneWriterAndTakeover()
    {
        const quint16 portA = freePort();
        auto a = launch(portA);
        QTRY_VERIFY_WITH_TIMEOUT(health(portA).value(QStringLiteral("leader")).toBool(), 15000);
        const quint16 portB = freePort();
        auto b = launch(portB);
        QTRY_COMPARE_WITH_TIMEOUT(health(portB).value(QStringLiteral("state")).toString(), QStringLiteral("standby"),
                                  15000);
        QCOMPARE(get(portB, QStringLiteral("/health")).first, 200); // standing by is healthy
        const QString leaderA = health(portA).value(QStringLiteral("leader_name")).toString();
        QCOMPARE(sql(QStringLiteral("SELECT leader FROM vd.listener_health")), leaderA);

        for (int i = 0; i < 3; ++i) {
            mint(100 + i);
            m_chain->mine(5);
        }
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= m_chain->blockNumber(), 20000);
        QVERIFY(!health(portB).value(QStringLiteral("leader")).toBool());

        QElapsedTimer t;
        t.start();
        a->kill();
        QVERIFY(a->waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(health(portB).value(QStringLiteral("leader")).toBool(), 15000);
        qInfo("standby took over in %lld ms", static_cast<long long>(t.elapsed()));
        for (int i = 0; i < 3; ++i) {
            mint(200 + i);
            m_chain->mine(5);
        }
        const qint64 head = m_chain->blockNumber();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= head, 20000);
        QCOMPARE(dbLogs(head), m_chain->logKeys(head));
        QCOMPARE(sql(QStringLiteral("SELECT leader FROM vd.listener_health")),
                 health(portB).value(QStringLiteral("leader_name")).toString());
        b->terminate();
        QVERIFY(b->waitForFinished(10000));
        QCOMPARE(b->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestListenerProcess)
#include "tst_listener_process.moc"
