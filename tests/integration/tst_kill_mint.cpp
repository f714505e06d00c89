// kill -9 of the app during a mint: a child process (this executable with VD_KILL_MINT set) drives one deposit the
// way the back office does -- a real MintService + SigningService against a private anvil (its own minter nonces)
// and a fresh database: mint_pending -> prepareMint + confirmMint; mint_processing / mint_failed -> retry(), and
// when the verdict says "mint again", prepare + confirm again. The test kills it with SIGKILL
// - at named points, where the child stops and waits for the kill (VD_KILL_MINT_PAUSE):
//     prepared  the summary is ready, nothing recorded yet (before begin_direct_mint);
//     begun     begin_direct_mint recorded the attempt (sender + nonce), nothing signed or sent yet;
//     sent      the node accepted the transaction, its hash not recorded yet (the hash is lost);
//     recorded  the hash is recorded (record_mint_sent), the receipt not (the parent kills once the row shows it);
//   the last two also with the transaction still waiting in the node's pool (automine off) when the app dies;
// - and at random moments of whole mint + retry runs.
// After every kill the database holds whole actions only (deposit state <=> its attempt rows <=> their audit rows;
// a deposit without any attempt has nothing on chain); then a fresh child -- the restarted app -- recovers through
// Retry (with a real listener in this process for the lost-hash path), and in the end every deposit is `minted`, its
// wallet holds exactly the deposit's amount (balanceOf, and exactly one Transfer from zero seen by the listener) and
// the minter's nonce moved by exactly one per deposit: never minted twice.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "chain/Address.h"
#include "chain/Hex.h"
#include "chain/Keystore.h"
#include "chain/PrivateKey.h"
#include "listener/ListenerService.h"
#include "mint/MintService.h"
#include "signing/SigningService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace vd;

namespace {

// Child exit codes (the parent reads them with the printed lines).
constexpr int kDone = 0;          // the deposit is minted
constexpr int kSetup = 3;         // could not start
constexpr int kError = 5;         // an error answer ("ERR code message" printed)
constexpr int kPending = 6;       // Retry: still in the node's pool
constexpr int kNonceConsumed = 7; // Retry: nonce used and no mint of this deposit known (yet)

void say(const QByteArray &line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

// A named kill point: announce it and wait for the SIGKILL, holding the thread that would carry on.
void pauseAt(const char *point)
{
    if (qEnvironmentVariable("VD_KILL_MINT_PAUSE") != QLatin1String(point))
        return;
    say(QByteArray("AT ") + point);
    for (;;)
        ::pause();
}

const char *kindName(mint::RetryVerdict::Kind k)
{
    switch (k) {
    case mint::RetryVerdict::Kind::FreshMint:
        return "FreshMint";
    case mint::RetryVerdict::Kind::Minted:
        return "Minted";
    case mint::RetryVerdict::Kind::Pending:
        return "Pending";
    case mint::RetryVerdict::Kind::NonceConsumed:
        return "NonceConsumed";
    case mint::RetryVerdict::Kind::Resend:
        return "Resend";
    case mint::RetryVerdict::Kind::Failed:
        return "Failed";
    }
    return "?";
}

int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto env = [](const char *name) { return qEnvironmentVariable(name); };
    config::ChainSettings chain;
    chain.chainId = env("VD_KILL_MINT_CHAIN_ID").toLongLong();
    chain.rpcUrls = {env("VD_KILL_MINT_RPC")};
    chain.token = env("VD_KILL_MINT_TOKEN");
    chain.safe = env("VD_KILL_MINT_SAFE");
    chain.tokenCodeHash = env("VD_KILL_MINT_CODE_HASH");
    chain.confirmations = 1;
    signing::SigningSettings ss;
    ss.chain = chain;
    // "recorded": the receipt is never followed to its end, so the parent can kill between hash and receipt.
    ss.tx.confirmations = env("VD_KILL_MINT_PAUSE") == QLatin1String("recorded") ? 1000 : 1;
    ss.tx.pollInterval = std::chrono::milliseconds(100);
    signing::SigningService signing(ss);
    // Connected before MintService's own handler: holding here keeps the hash from being recorded.
    QObject::connect(&signing, &signing::SigningService::sent, &app, [](quint64, const chain::SentTransaction &tx) {
        say("SENDING " + chain::hex::encode(QByteArrayView(tx.hash)).toLatin1());
        pauseAt("sent");
    });
    mint::MintSettings ms;
    ms.database.host = env("VD_KILL_MINT_HOST");
    ms.database.port = env("VD_KILL_MINT_PORT").toInt();
    ms.database.database = env("VD_KILL_MINT_DB");
    ms.database.user = env("VD_KILL_MINT_USER");
    ms.database.password = env("VD_KILL_MINT_PASSWORD");
    ms.database.sslMode = QStringLiteral("disable");
    ms.workstation = QStringLiteral("kill-ws");
    ms.chain = chain;
    ms.minterKeystore = env("VD_KILL_MINT_KEYSTORE");
    mint::MintService service(ms, &signing);
    const qint64 depositId = env("VD_KILL_MINT").toLongLong();
    const QByteArray password = env("VD_KILL_MINT_KEY_PASSWORD").toUtf8();

    const auto finish = [&app](int code, const QByteArray &line) {
        say(line);
        app.exit(code);
    };
    const auto mintNow = [&](const mint::MintDeposit &d) { service.prepareMint(d); };
    mint::MintDeposit loadedDeposit;
    QObject::connect(&service, &mint::MintService::loaded, &app, [&](quint64, const vd::Result<mint::MintDeposit> &d) {
        if (!d.ok())
            return finish(kError, "ERR " + d.error().code.toUtf8() + ' ' + d.error().message.toUtf8());
        loadedDeposit = d.value();
        const QString s = d.value().status;
        say("STATUS " + s.toLatin1());
        if (s == QLatin1String("minted"))
            return finish(kDone, "DONE minted");
        if (s == QLatin1String("mint_pending"))
            return mintNow(d.value());
        if (s == QLatin1String("mint_processing") || s == QLatin1String("mint_failed"))
            return service.retry(d.value());
        finish(kError, "ERR unexpected status " + s.toLatin1());
    });
    QObject::connect(&service, &mint::MintService::mintPrepared, &app,
                     [&](qint64 dep, quint64 signingId, const vd::Result<signing::PreparedCall> &p) {
                         if (dep != depositId)
                             return;
                         if (!p.ok())
                             return finish(kError, "ERR " + p.error().code.toUtf8() + ' ' + p.error().message.toUtf8());
                         say("PREPARED nonce " + QByteArray::number(p.value().tx.nonce));
                         pauseAt("prepared");
                         service.confirmMint(dep, signingId, password);
                     });
    QObject::connect(&service, &mint::MintService::mintBegun, &app, [&](qint64 dep, const vd::Result<void> &r) {
        if (dep != depositId || !r.ok())
            return; // a refusal ends in mintDone
        say("BEGUN");
        pauseAt("begun"); // before MintService hands the signature to SigningService
    });
    QObject::connect(&service, &mint::MintService::mintSent, &app, [&](qint64 dep, const QString &hash) {
        if (dep == depositId)
            say("SENT " + hash.toLatin1());
    });
    QObject::connect(&service, &mint::MintService::retryAssessed, &app, [&](qint64 dep, const mint::RetryVerdict &v) {
        if (dep != depositId)
            return;
        say(QByteArray("VERDICT ") + kindName(v.kind) + ' ' + v.message.toUtf8());
        switch (v.kind) {
        case mint::RetryVerdict::Kind::Minted:
            return; // mintDone follows
        case mint::RetryVerdict::Kind::Pending:
            return finish(kPending, "WAIT pending");
        case mint::RetryVerdict::Kind::NonceConsumed:
            return finish(kNonceConsumed, "WAIT nonce consumed");
        case mint::RetryVerdict::Kind::FreshMint:
        case mint::RetryVerdict::Kind::Resend:
        case mint::RetryVerdict::Kind::Failed:
            return mintNow(loadedDeposit);
        }
    });
    QObject::connect(&service, &mint::MintService::mintDone, &app, [&](qint64 dep, const vd::Result<void> &r) {
        if (dep != depositId)
            return;
        if (r.ok())
            return finish(kDone, "DONE minted");
        finish(kError, "ERR " + r.error().code.toUtf8() + ' ' + r.error().message.toUtf8());
    });
    QTimer::singleShot(0, &service, [&]() {
        say("READY");
        service.load(depositId);
    });
    QTimer::singleShot(60000, &app, [&]() { finish(kSetup, "ERR timeout"); });
    return app.exec();
}

} // namespace

class TestKillMint : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<listener::ListenerService> m_listener;
    QTemporaryDir m_dir;
    db::DbConfig m_login;
    QString m_minter;
    QProcessEnvironment m_env;
    int m_walletCounter = 0;
    int m_kills = 0;
    qint64 m_mintMs = 0;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }
    QString cast(const QStringList &args)
    {
        QString err;
        const QString out = m_chain->cast(args, &err);
        if (!err.isEmpty())
            qWarning("cast %s: %s", qPrintable(args.join(u' ')), qPrintable(err));
        return out;
    }
    QString balance(const QString &wallet)
    {
        return cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("balanceOf(address)(uint256)"), wallet})
            .section(u' ', 0, 0);
    }
    quint64 minterNonce() { return cast({QStringLiteral("nonce"), m_minter}).toULongLong(); }
    void automine(bool on)
    {
        m_chain->rpc(QStringLiteral("evm_setAutomine"), {on ? QStringLiteral("true") : QStringLiteral("false")});
    }
    bool listenerCaughtUp()
    {
        return sql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong() >=
               m_chain->blockNumber();
    }

    QString freshWallet()
    {
        const QString hex = QStringLiteral("%1").arg(0xdead00 + ++m_walletCounter, 40, 16, QLatin1Char('0'));
        return chain::Address::fromString(QString(QStringLiteral("0x") + hex)).value().toChecksummed();
    }
    qint64 deposit(const QString &wallet, const QString &amount)
    {
        return sql(QStringLiteral("INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, "
                                  "token_amount, status) VALUES ('Kim', '\\x%1', 10, 'EUR', %2, 'mint_pending') "
                                  "RETURNING id")
                       .arg(wallet.mid(2).toLower(), amount))
            .section(u'\n', 0, 0)
            .toLongLong();
    }
    QString status(qint64 id) { return sql(QStringLiteral("SELECT status FROM vd.deposits WHERE id = %1").arg(id)); }
    QString attempts(qint64 id)
    {
        return sql(QStringLiteral("SELECT coalesce(string_agg(status || ':' || (tx_hash IS NOT NULL), ',' ORDER BY "
                                  "id), '') FROM vd.mint_transactions WHERE deposit_id = %1")
                       .arg(id));
    }

    struct Run
    {
        int exitCode = -1;
        bool killed = false;
        QByteArray out;
        qint64 ms = -1; // from READY to the end
    };
    // One child (the app) on deposit `id`. With `pause`, waits for "AT pause" (or, for "recorded", for the hash row)
    // and kills; with `killAfterMs` >= 0 kills that long after READY; otherwise lets it finish.
    Run runChild(qint64 id, const QString &pause = QString(), int killAfterMs = -1)
    {
        QProcessEnvironment env = m_env;
        env.insert(QStringLiteral("VD_KILL_MINT"), QString::number(id));
        if (!pause.isEmpty())
            env.insert(QStringLiteral("VD_KILL_MINT_PAUSE"), pause);
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        Run run;
        if (!child.waitForStarted())
            return run;
        QElapsedTimer t;
        t.start();
        const auto readUntil = [&](const std::function<bool()> &done, int timeoutMs) {
            while (!done() && child.state() == QProcess::Running && t.elapsed() < timeoutMs) {
                child.waitForReadyRead(20);
                run.out += child.readAllStandardOutput();
            }
            return done();
        };
        const bool ready = readUntil([&]() { return run.out.contains("READY\n"); }, 15000);
        const qint64 readyAt = t.elapsed();
        bool kill = false;
        if (!ready) {
            qWarning("child not ready: %s", run.out.constData());
        } else if (pause == QLatin1String("recorded"))
            kill = readUntil(
                [&]() {
                    return sql(QStringLiteral("SELECT count(*) FROM vd.mint_transactions WHERE deposit_id = %1 AND "
                                              "status = 'sent' AND tx_hash IS NOT NULL")
                                   .arg(id)) == QLatin1String("1");
                },
                30000);
        else if (!pause.isEmpty())
            kill = readUntil([&]() { return run.out.contains(QByteArray("AT " + pause.toLatin1() + '\n')); }, 30000);
        else if (killAfterMs >= 0) {
            const qint64 at = readyAt + killAfterMs;
            readUntil([&]() { return t.elapsed() >= at; }, int(at) + 1);
            kill = true;
        }
        const qint64 pid = child.processId(); // 0 once the child has exited: kill(0, ...) would hit our group
        if (kill && child.state() == QProcess::Running && pid > 0) {
            ::kill(static_cast<pid_t>(pid), SIGKILL);
            run.killed = true;
            ++m_kills;
        }
        child.waitForFinished(90000);
        run.ms = t.elapsed() - readyAt;
        run.out += child.readAllStandardOutput();
        if (!run.killed)
            run.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
        if (!run.killed && run.exitCode == kSetup)
            qWarning("child: %s\n%s", run.out.constData(), child.readAllStandardError().constData());
        return run;
    }

    // Whole actions only, for every deposit of the database, and nothing on chain the database does not know of.
    void consistent(const QHash<qint64, QPair<QString, QString>> &deposits)
    {
        // The killed backend may still be rolling back: wait until the child's session is gone.
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1'").arg(m_login.user)),
            QStringLiteral("0"), 10000);
        const QString open = QStringLiteral("(SELECT count(*) FROM vd.mint_transactions m WHERE m.deposit_id = d.id "
                                            "AND m.status IN ('signed', 'sent'))");
        const QString badDeposits = sql(
            QStringLiteral(
                "SELECT coalesce(string_agg(d.id || ' ' || d.status, ', '), '') FROM vd.deposits d WHERE NOT ("
                " d.status IN ('mint_pending', 'mint_processing', 'mint_failed', 'minted')"
                " AND (d.status = 'mint_processing') = (%1 = 1) AND %1 <= 1"
                " AND (d.status = 'minted') = ((SELECT count(*) FROM vd.mint_transactions m WHERE m.deposit_id = d.id"
                "                               AND m.status = 'confirmed' AND m.block_number IS NOT NULL) = 1)"
                " AND (d.status = 'minted') = (d.minted_at IS NOT NULL)"
                " AND (d.status = 'minted') = ((SELECT count(*) FROM vd.audit_log a WHERE a.action = 'mint.confirmed'"
                "                               AND a.entity_id = d.id::text) = 1)"
                " AND (d.status = 'mint_pending') = NOT EXISTS (SELECT 1 FROM vd.mint_transactions m"
                "                                               WHERE m.deposit_id = d.id)"
                " AND (d.status = 'mint_pending') = NOT EXISTS (SELECT 1 FROM vd.audit_log a WHERE a.action = "
                "'mint.begin'"
                "                                               AND a.entity_id = d.id::text)"
                " AND (d.status <> 'mint_failed' OR d.failure_reason IS NOT NULL))")
                .arg(open));
        QVERIFY2(badDeposits.isEmpty(), qPrintable(QStringLiteral("half-done deposits: ") + badDeposits));
        // Every attempt row came with its audit row and every audit row has its attempt: one transaction each.
        const QString audited = QStringLiteral(
            "EXISTS (SELECT 1 FROM vd.audit_log a WHERE a.action IN ('mint.sent', 'mint.sped_up', 'mint.confirmed')"
            "        AND a.details->>'tx_hash' = '0x' || encode(m.tx_hash, 'hex'))");
        const QString badRows = sql(
            QStringLiteral(
                "SELECT coalesce(string_agg(m.id || ' ' || m.status, ', '), '') FROM vd.mint_transactions m WHERE NOT ("
                " (m.status <> 'signed' OR m.tx_hash IS NULL)"
                " AND (m.status NOT IN ('sent', 'confirmed') OR m.tx_hash IS NOT NULL)"
                " AND (m.status <> 'failed' OR m.error IS NOT NULL)"
                " AND (EXISTS (SELECT 1 FROM vd.audit_log a WHERE a.action = 'mint.begin'"
                "              AND (a.details->>'mint_tx')::bigint = m.id) OR %1)"
                " AND (m.tx_hash IS NULL OR %1))")
                .arg(audited));
        QVERIFY2(badRows.isEmpty(), qPrintable(QStringLiteral("half-done attempts: ") + badRows));
        const QString orphanAudits = sql(QStringLiteral(
            "SELECT count(*) FROM vd.audit_log a WHERE a.action IN ('mint.begin', 'mint.sent', 'mint.confirmed', "
            "'mint.failed') AND NOT EXISTS (SELECT 1 FROM vd.mint_transactions m "
            "WHERE m.id = (a.details->>'mint_tx')::bigint AND m.deposit_id::text = a.entity_id)"));
        QCOMPARE(orphanAudits, QStringLiteral("0"));
        // The chain: never more than the amount; nothing minted without a recorded attempt; minted <=> on chain.
        for (auto it = deposits.cbegin(); it != deposits.cend(); ++it) {
            const QString st = status(it.key());
            const QString b = balance(it.value().first);
            QVERIFY2(b == QLatin1String("0") || b == it.value().second,
                     qPrintable(QStringLiteral("deposit %1: balance %2").arg(it.key()).arg(b)));
            if (st == QLatin1String("mint_pending"))
                QCOMPARE(b, QStringLiteral("0"));
            if (st == QLatin1String("minted"))
                QCOMPARE(b, it.value().second);
        }
    }

    // The restarted app until the deposit is minted: Retry after every kill; `unblock` lets a transaction that waits
    // in the pool through when a run cannot finish without it. Returns the verdicts seen.
    QStringList recover(qint64 id, const std::function<void()> &unblock = {})
    {
        QStringList verdicts;
        for (int i = 0; i < 6; ++i) {
            // The listener must have seen what is on chain (the lost-hash path looks the mint up there).
            if (!QTest::qWaitFor([this]() { return listenerCaughtUp(); }, 20000))
                return verdicts << QStringLiteral("FAILED listener");
            const Run run = runChild(id);
            for (const QByteArray &line : run.out.split('\n'))
                if (line.startsWith("VERDICT ") || line.startsWith("ERR "))
                    verdicts << QString::fromUtf8(line).section(u' ', 0, 1);
            if (run.exitCode == kDone)
                return verdicts;
            if (run.exitCode != kPending && run.exitCode != kNonceConsumed && run.exitCode != kError) {
                qWarning("recovery run: exit %d\n%s", run.exitCode, run.out.constData());
                return verdicts << QStringLiteral("FAILED");
            }
            if (unblock)
                unblock();
        }
        return verdicts << QStringLiteral("GAVE UP");
    }

    void minted(qint64 id, const QString &wallet, const QString &amount)
    {
        QCOMPARE(status(id), QStringLiteral("minted"));
        QCOMPARE(balance(wallet), amount);
        QTRY_VERIFY_WITH_TIMEOUT(listenerCaughtUp(), 20000);
        // Exactly one Transfer from the zero address to this wallet, as the listener saw the chain.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) || ':' || coalesce(sum(amount), 0) FROM vd.chain_transfers WHERE "
                                    "kind = 'mint' AND account = '\\x%1'")
                         .arg(wallet.mid(2).toLower())),
                 QStringLiteral("1:") + amount);
        // And the deposit's confirmed attempt is that transfer's transaction.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.mint_transactions m JOIN vd.chain_transfers t ON "
                                    "t.tx_hash = m.tx_hash AND t.kind = 'mint' WHERE m.deposit_id = %1 AND m.status = "
                                    "'confirmed'")
                         .arg(id)),
                 QStringLiteral("1"));
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        // A private chain: the minter's nonces here are this test's alone.
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("killmint"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_login = m_db->createLogin(QStringLiteral("vd_backoffice"), QStringLiteral("killmint"));
        m_minter = test::Harness::instance().runCast({QStringLiteral("wallet"), QStringLiteral("address"),
                                                      QStringLiteral("--private-key"), m_chain->minterKey()});
        QVERIFY(m_minter.startsWith(QLatin1String("0x")));
        const QString password = QStringLiteral("kill mint pass");
        auto key = chain::PrivateKey::fromHex(m_chain->minterKey());
        QVERIFY(key.ok());
        const auto json = chain::Keystore::encrypt(key.value(), password.toUtf8(), chain::ScryptParams{1024, 8, 1});
        QVERIFY(json.ok());
        const QString keystore = m_dir.filePath(QStringLiteral("minter.json"));
        QFile f(keystore);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.value());
        f.close();

        listener::ListenerConfig c = m_chain->listenerConfig(m_db->createLogin(QStringLiteral("vd_listener")));
        c.leaderName = QStringLiteral("killmint-listener");
        m_listener = std::make_unique<listener::ListenerService>(c);
        m_listener->start();
        QTRY_VERIFY_WITH_TIMEOUT(listenerCaughtUp(), 20000);

        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("VD_KILL_MINT_CHAIN_ID"), QString::number(c.chainId));
        m_env.insert(QStringLiteral("VD_KILL_MINT_RPC"), m_chain->rpcUrl());
        m_env.insert(QStringLiteral("VD_KILL_MINT_TOKEN"), m_chain->token());
        m_env.insert(QStringLiteral("VD_KILL_MINT_SAFE"), m_chain->safe());
        m_env.insert(QStringLiteral("VD_KILL_MINT_CODE_HASH"), m_chain->tokenCodeHash());
        m_env.insert(QStringLiteral("VD_KILL_MINT_HOST"), m_login.host);
        m_env.insert(QStringLiteral("VD_KILL_MINT_PORT"), QString::number(m_login.port));
        m_env.insert(QStringLiteral("VD_KILL_MINT_DB"), m_login.database);
        m_env.insert(QStringLiteral("VD_KILL_MINT_USER"), m_login.user);
        m_env.insert(QStringLiteral("VD_KILL_MINT_PASSWORD"), m_login.password);
        m_env.insert(QStringLiteral("VD_KILL_MINT_KEYSTORE"), keystore);
        m_env.insert(QStringLiteral("VD_KILL_MINT_KEY_PASSWORD"), password);
    }

    void cleanupTestCase()
    {
        automine(true);
        m_listener.reset();
        qInfo("kill -9 during mints: %d kills in all", m_kills);
    }

    void killAtNamedPoint_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<bool>("inPool"); // the transaction still waits in the node's pool when the app dies
        QTest::addColumn<QString>("afterKill");
        QTest::addColumn<bool>("onChain");
        QTest::addColumn<QString>("verdicts"); // what the restarted app's Retry said, run after run
        QTest::newRow("before the attempt is recorded") << "prepared" << false << "mint_pending:" << false << "";
        // Nothing went out: the nonce is free, sent again with the same nonce.
        QTest::newRow("attempt recorded, nothing sent")
            << "begun" << false << "mint_processing:signed:false" << false << "VERDICT Resend";
        // The hash is lost: the listener's mint sent by the minter with the attempt's nonce is this deposit's.
        QTest::newRow("sent, hash not recorded")
            << "sent" << false << "mint_processing:signed:false" << true << "VERDICT Minted";
        QTest::newRow("hash recorded, no receipt")
            << "recorded" << false << "mint_processing:sent:true" << true << "VERDICT Minted";
        // Still in the pool: wait (nothing recorded, nothing sent), then found once mined.
        QTest::newRow("sent, hash not recorded, still in the pool")
            << "sent" << true << "mint_processing:signed:false" << false << "VERDICT Pending VERDICT Minted";
        QTest::newRow("hash recorded, still in the pool")
            << "recorded" << true << "mint_processing:sent:true" << false << "VERDICT Pending VERDICT Minted";
    }

    void killAtNamedPoint()
    {
        QFETCH(QString, point);
        QFETCH(bool, inPool);
        QFETCH(QString, afterKill);
        QFETCH(bool, onChain);
        QFETCH(QString, verdicts);
        const QString wallet = freshWallet();
        const QString amount = QString::number(1000 + m_walletCounter);
        const qint64 id = deposit(wallet, amount);
        QVERIFY(id > 0);
        const quint64 nonceBefore = minterNonce();
        if (inPool)
            automine(false);
        const Run killed = runChild(id, point);
        QVERIFY2(killed.killed, killed.out.constData());
        consistent({{id, {wallet, amount}}});
        QCOMPARE(status(id) + u':' + attempts(id), afterKill);
        QCOMPARE(balance(wallet), onChain ? amount : QStringLiteral("0"));

        // The restarted app: Retry decides from the database and the chain; a transaction still in the pool gets
        // through only when the chain mines again.
        const QStringList seen = recover(id, [this]() {
            automine(true);
            m_chain->mine(1);
        });
        automine(true);
        qInfo("%s%s: %s", qPrintable(point), inPool ? " (in the pool)" : "", qPrintable(seen.join(u' ')));
        QCOMPARE(seen.join(u' '), verdicts);
        consistent({{id, {wallet, amount}}});
        minted(id, wallet, amount);
        QCOMPARE(minterNonce(), nonceBefore + 1); // one transaction in all
    }

    void killAtRandomMoments()
    {
        // How long one whole mint takes here: a deposit minted without a kill.
        QHash<qint64, QPair<QString, QString>> deposits;
        const quint64 nonceBefore = minterNonce();
        {
            const QString wallet = freshWallet();
            const QString amount = QString::number(5000 + m_walletCounter);
            const qint64 id = deposit(wallet, amount);
            deposits.insert(id, {wallet, amount});
            const Run run = runChild(id);
            QCOMPARE(run.exitCode, kDone);
            minted(id, wallet, amount);
            m_mintMs = run.ms;
        }
        // Then deposits each driven by the app killed at a random moment within that time, again and again (the
        // runs after the first are restarts: Retry, then perhaps a new attempt), until a run finishes it.
        // On a busy machine one sample of the mint's time can be far off: a run that finished before its kill narrows
        // the window, and more deposits are driven until enough kills landed mid-run.
        int midRun = 0;
        qint64 window = qMax<qint64>(m_mintMs * 3 / 2, 50);
        QMap<QString, int> states; // where the kills left the deposit
        for (int n = 0; n < 12 && (n < 6 || midRun < 3); ++n) {
            const QString wallet = freshWallet();
            const QString amount = QString::number(5000 + m_walletCounter);
            const qint64 id = deposit(wallet, amount);
            deposits.insert(id, {wallet, amount});
            for (int round = 0; round < 4; ++round) {
                QTRY_VERIFY_WITH_TIMEOUT(listenerCaughtUp(), 20000);
                const Run run = runChild(id, QString(), int(QRandomGenerator::global()->bounded(window)));
                midRun += run.killed ? 1 : 0;
                if (!run.killed)
                    window = qMax<qint64>(window * 2 / 3, 20);
                consistent(deposits);
                if (QTest::currentTestFailed())
                    return;
                if (run.killed)
                    states[status(id) + u':' + attempts(id) +
                           (balance(deposits.value(id).first) == QLatin1String("0") ? QString()
                                                                                    : QStringLiteral(" (on chain)"))] +=
                        1;
                if (!run.killed && run.exitCode == kDone)
                    break;
            }
            const QStringList verdicts = recover(id);
            const QString said = verdicts.join(u' ');
            QVERIFY2(!said.contains(QLatin1String("FAILED")) && !said.contains(QLatin1String("GAVE UP")),
                     qPrintable(said));
            consistent(deposits);
            minted(id, wallet, amount);
        }
        QCOMPARE(minterNonce(), nonceBefore + quint64(deposits.size()));
        QStringList spread;
        for (auto it = states.cbegin(); it != states.cend(); ++it)
            spread << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        qInfo("random kills: %d mid-run over %lld deposits (one whole mint: %lld ms); left at %s", midRun,
              qlonglong(deposits.size() - 1), qlonglong(m_mintMs), qPrintable(spread.join(QLatin1String(", "))));
        QVERIFY2(midRun >= 3, "most runs finished before the kill: kill earlier");
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("VD_KILL_MINT"))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestKillMint t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_kill_mint.moc"
