// The chain listener against a private anvil node and the real Postgres: a redemption makes its order
// PENDING_CHAIN then VALID at depth; underpaid and unknown order hashes; contract state events; a reorg (anvil
// snapshot/revert) removes a redemption -> the order goes back, a delivered order raises an incident; a reorg deeper
// than finality makes the listener unhealthy until an operator replays; a wrong chain id / pinned code hash stop it.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "listener/ListenerService.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace vd;

namespace {

QString randomHash()
{
    QByteArray b(32, '\0');
    for (auto &c : b)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QStringLiteral("0x") + QString::fromLatin1(b.toHex());
}

} // namespace

class TestListenerChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    db::DbConfig m_login;
    std::unique_ptr<listener::ListenerService> m_service;

    listener::ListenerConfig config(int finalityDepth = 30)
    {
        listener::ListenerConfig c;
        c.database = m_login;
        c.chainId = test::Harness::instance().chainId();
        c.rpcUrls = {m_chain->rpcUrl()};
        c.token = m_chain->token();
        c.safe = m_chain->safe();
        c.confirmations = 3;
        c.startBlock = m_chain->deployBlock();
        c.useFinalizedTag = false;
        c.finalityDepth = finalityDepth;
        c.pollIntervalMs = 100;
        c.healthIntervalMs = 300;
        c.leaderName = QStringLiteral("test-listener");
        return c;
    }

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }

    QString status(const QString &hash)
    {
        return sql(
            QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = decode('%1', 'hex')").arg(hash.mid(2)));
    }

    void createOrder(const QString &hash, const QString &amount)
    {
        sql(QStringLiteral(
                "SELECT vd.create_order(decode('%1', 'hex'), %2, 'coffee', 'Ann', NULL, now() + interval '1 day', "
                "'backoffice')")
                .arg(hash.mid(2), amount));
    }

    bool redeem(const QString &hash, const QString &amount, int customer = 0)
    {
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("redeem(bytes32,uint256)"), hash,
                       amount, QStringLiteral("--private-key"), m_chain->customerKeys().value(customer)},
                      &err);
        if (!err.isEmpty())
            qWarning("redeem: %s", qPrintable(err));
        return err.isEmpty();
    }

    bool adminSend(const QString &sig, const QStringList &args)
    {
        QString err;
        m_chain->cast(QStringList{QStringLiteral("send"), m_chain->token(), sig} + args +
                          QStringList{QStringLiteral("--private-key"), m_chain->adminKey()},
                      &err);
        if (!err.isEmpty())
            qWarning("send %s: %s", qPrintable(sig), qPrintable(err));
        return err.isEmpty();
    }

    qint64 cursor()
    {
        return sql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong();
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("listener"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_login = m_db->createLogin(QStringLiteral("vd_listener"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_service = std::make_unique<listener::ListenerService>(config());
        m_service->start();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= m_chain->blockNumber(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_service->health().leader, 5000);
    }

    void redemptionBecomesValidAtDepth()
    {
        const QString paid = randomHash();
        const QString under = randomHash();
        const QString unknown = randomHash();
        createOrder(paid, QStringLiteral("100"));
        createOrder(under, QStringLiteral("100"));
        QVERIFY(redeem(paid, QStringLiteral("100")));
        QVERIFY(redeem(under, QStringLiteral("50"), 1));
        QVERIFY(redeem(unknown, QStringLiteral("7"), 2));
        // The last redemption's block has 1 confirmation, the first has 3: only depth decides.
        QTRY_COMPARE_WITH_TIMEOUT(status(under), QStringLiteral("PENDING_CHAIN"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status(paid), QStringLiteral("VALID"), 10000);
        m_chain->mine(3);
        QTRY_COMPARE_WITH_TIMEOUT(status(under), QStringLiteral("UNDERPAID"), 10000);
        QCOMPARE(
            sql(QStringLiteral("SELECT redeem_amount, confirmations >= 3, valid_at IS NOT NULL FROM vd.orders WHERE "
                               "order_hash = decode('%1', 'hex')")
                    .arg(paid.mid(2))),
            QStringLiteral("100|t|t"));
        // Unknown hash: kept for the back office, no order.
        QCOMPARE(sql(QStringLiteral("SELECT amount, order_id IS NULL FROM vd.chain_redemptions WHERE order_hash = "
                                    "decode('%1', 'hex')")
                         .arg(unknown.mid(2))),
                 QStringLiteral("7|t"));
        // Redemptions burn: the burn rows are there too.
        QVERIFY(sql(QStringLiteral("SELECT count(*) FROM vd.chain_transfers WHERE kind = 'burn'")).toInt() >= 3);
        QVERIFY(sql(QStringLiteral("SELECT count(*) FROM vd.chain_transfers WHERE kind = 'mint'")).toInt() >= 5);
    }

    void contractStateEvents()
    {
        const QString account = m_chain->customers().value(4);
        QVERIFY(adminSend(QStringLiteral("pause()"), {}));
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT paused FROM vd.contract_state")), QStringLiteral("t"),
                                  10000);
        QVERIFY(adminSend(QStringLiteral("unpause()"), {}));
        QVERIFY(adminSend(QStringLiteral("freeze(address)"), {account}));
        const QString role =
            test::Harness::instance().runCast({QStringLiteral("keccak"), QStringLiteral("PAUSER_ROLE")});
        QVERIFY(adminSend(QStringLiteral("grantRole(bytes32,address)"), {role, account}));
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT paused FROM vd.contract_state")), QStringLiteral("f"),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM vd.frozen_accounts WHERE account = decode('%1', 'hex')")
                    .arg(account.mid(2).toLower())),
            QStringLiteral("1"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM vd.role_members WHERE account = decode('%1', 'hex') AND role = "
                               "decode('%2', 'hex')")
                    .arg(account.mid(2).toLower(), role.mid(2))),
            QStringLiteral("1"), 10000);
        QVERIFY(adminSend(QStringLiteral("revokeRole(bytes32,address)"), {role, account}));
        QVERIFY(adminSend(QStringLiteral("unfreeze(address)"), {account}));
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM vd.role_members WHERE account = decode('%1', 'hex')")
                    .arg(account.mid(2).toLower())),
            QStringLiteral("0"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT count(*) FROM vd.frozen_accounts")), QStringLiteral("0"),
                                  10000);
        // Admin roles granted at deployment are known too.
        QVERIFY(sql(QStringLiteral("SELECT count(*) FROM vd.role_members")).toInt() >= 4);
    }

    void reorgSendsOrderBackAndRaisesIncidentForDelivered()
    {
        const QString snapshot = m_chain->rpc(QStringLiteral("evm_snapshot"));
        QVERIFY(!snapshot.isEmpty());
        const qint64 forkPoint = m_chain->blockNumber();
        const QString pending = randomHash();
        const QString delivered = randomHash();
        createOrder(pending, QStringLiteral("10"));
        createOrder(delivered, QStringLiteral("10"));
        QVERIFY(redeem(pending, QStringLiteral("10")));
        QVERIFY(redeem(delivered, QStringLiteral("10"), 1));
        m_chain->mine(3);
        QTRY_COMPARE_WITH_TIMEOUT(status(pending), QStringLiteral("VALID"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status(delivered), QStringLiteral("VALID"), 10000);
        QCOMPARE(
            sql(QStringLiteral("SELECT outcome FROM vd.deliver_order(decode('%1', 'hex'), gen_random_uuid(), 'desk 1', "
                               "NULL)")
                    .arg(delivered.mid(2))),
            QStringLiteral("delivered"));
        const qint64 before = cursor();
        QVERIFY(before >= forkPoint + 5);

        // The chain forgets both redemptions and grows longer than before without them.
        QCOMPARE(m_chain->rpc(QStringLiteral("evm_revert"), {snapshot}), QStringLiteral("true"));
        m_chain->mine(8);
        QTRY_COMPARE_WITH_TIMEOUT(status(pending), QStringLiteral("CREATED"), 15000);
        QCOMPARE(status(delivered), QStringLiteral("DELIVERED"));
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral(
                    "SELECT kind FROM vd.incidents i JOIN vd.orders o ON o.id = i.order_id WHERE o.order_hash = "
                    "decode('%1', 'hex')")
                    .arg(delivered.mid(2))),
            QStringLiteral("reorg_removed_proof"), 10000);
        QCOMPARE(
            sql(QStringLiteral("SELECT redeem_tx IS NULL, confirmations FROM vd.orders WHERE order_hash = decode('%1', "
                               "'hex')")
                    .arg(pending.mid(2))),
            QStringLiteral("t|0"));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM vd.chain_redemptions WHERE order_hash IN (decode('%1', 'hex'), "
                               "decode('%2', 'hex'))")
                    .arg(pending.mid(2), delivered.mid(2))),
            QStringLiteral("0"));
        QTRY_VERIFY_WITH_TIMEOUT(m_service->health().reorgs >= 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= m_chain->blockNumber(), 10000);
        // No log of the removed branch is left: every stored log's block is on the canonical chain.
        const QString rows = sql(QStringLiteral("SELECT DISTINCT block_number || ':' || encode(block_hash, 'hex') FROM "
                                                "vd.chain_logs WHERE block_number > %1")
                                     .arg(forkPoint - 3));
        for (const QString &row : rows.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList p = row.split(u':');
            const QString onChain =
                m_chain->cast({QStringLiteral("block"), p[0], QStringLiteral("--field"), QStringLiteral("hash")});
            QCOMPARE(onChain.mid(2), p[1]);
        }

        // The same redemption mined again on the new branch makes the order VALID again.
        QVERIFY(redeem(pending, QStringLiteral("10")));
        m_chain->mine(3);
        QTRY_COMPARE_WITH_TIMEOUT(status(pending), QStringLiteral("VALID"), 10000);
        QCOMPARE(sql(QStringLiteral("SELECT healthy, state, leader FROM vd.listener_health")),
                 QStringLiteral("t|live|test-listener"));
    }

    void reorgDeeperThanFinalityNeedsAPerson()
    {
        m_service->stop();
        m_service = std::make_unique<listener::ListenerService>(config(2));
        m_service->start();
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= m_chain->blockNumber(), 10000);
        const QString snapshot = m_chain->rpc(QStringLiteral("evm_snapshot"));
        const QString hash = randomHash();
        createOrder(hash, QStringLiteral("5"));
        QVERIFY(redeem(hash, QStringLiteral("5")));
        m_chain->mine(6);
        QTRY_VERIFY_WITH_TIMEOUT(cursor() >= m_chain->blockNumber(), 10000);
        QCOMPARE(m_chain->rpc(QStringLiteral("evm_revert"), {snapshot}), QStringLiteral("true"));
        m_chain->mine(12);
        QTRY_COMPARE_WITH_TIMEOUT(m_service->health().state, QStringLiteral("unhealthy"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(sql(QStringLiteral("SELECT healthy, state FROM vd.listener_health")),
                                  QStringLiteral("f|unhealthy"), 5000);
        QVERIFY(!m_service->health().lastError.isEmpty());
        // The operator replays from a block before the fork: the listener rewinds properly and is healthy again.
        m_service->replayFrom(m_chain->deployBlock());
        QTRY_COMPARE_WITH_TIMEOUT(m_service->health().state, QStringLiteral("live"), 20000);
        // Replay re-reads without rewinding; the stale branch is found by the cursor check as an ordinary reorg only
        // if above finality, so the operator's replay is what clears it: the stale redemption must be gone.
        QTRY_COMPARE_WITH_TIMEOUT(status(hash), QStringLiteral("CREATED"), 20000);
    }

    void wrongChainOrCodeStops()
    {
        m_service->stop();
        auto c = config();
        c.chainId = 56;
        listener::ListenerService wrongChain(c);
        QSignalSpy spy(&wrongChain, &listener::ListenerService::fatalError);
        wrongChain.start();
        QVERIFY(spy.wait(15000));
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("listener.wrong_chain"));
        wrongChain.stop();

        auto d = config();
        d.tokenCodeHash = QStringLiteral("0x") + QString(64, u'1');
        listener::ListenerService wrongCode(d);
        QSignalSpy spy2(&wrongCode, &listener::ListenerService::fatalError);
        wrongCode.start();
        QVERIFY(spy2.wait(15000));
        QCOMPARE(spy2.at(0).at(0).toString(), QStringLiteral("chain.code_changed"));
        QCOMPARE(wrongCode.health().state, QStringLiteral("stopped"));
    }

    void cleanupTestCase()
    {
        if (m_service)
            m_service->stop();
    }
};

QTEST_GUILESS_MAIN(TestListenerChain)
#include "tst_listener_chain.moc"
