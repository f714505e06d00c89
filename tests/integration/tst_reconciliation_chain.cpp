// The reconciliation against a private anvil and a real listener: the deployment's mints (no deposits) are listed as
// unmatched and break the invariant until entries are recorded; a redemption keeps it holding (supply and redeemed
// move together); a mint made directly with cast by the minter (acct 4) is detected as unmatched and breaks the
// invariant by exactly its amount; after its reconciliation entry the invariant holds again.
#include "Harness.h"
#include "LocalChain.h"
#include "OfficeCalls.h"
#include "TestDatabase.h"
#include "listener/ListenerService.h"
#include "office/ReconciliationService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace vd;

class TestReconciliationChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<listener::ListenerService> m_listener;
    std::unique_ptr<office::OfficeService> m_office;
    std::unique_ptr<office::ReconciliationService> m_recon;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }

    bool caughtUp()
    {
        return sql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor")).toLongLong() >=
               m_chain->blockNumber();
    }

    office::ReconciliationReport refresh()
    {
        QSignalSpy ready(m_recon.get(), &office::ReconciliationService::reportReady);
        QSignalSpy failed(m_recon.get(), &office::ReconciliationService::failed);
        m_recon->refresh();
        if (!QTest::qWaitFor([&]() { return !ready.isEmpty() || !failed.isEmpty(); }, 20000))
            qWarning("no reconciliation report");
        if (!failed.isEmpty())
            qWarning("reconciliation failed: %s", qPrintable(failed.at(0).at(0).toString()));
        return ready.isEmpty() ? office::ReconciliationReport{}
                               : ready.at(0).at(0).value<office::ReconciliationReport>();
    }

    bool record(const office::UnmatchedMint &m, const QString &reason)
    {
        QSignalSpy done(m_recon.get(), &office::ReconciliationService::recorded);
        QSignalSpy failed(m_recon.get(), &office::ReconciliationService::failed);
        m_recon->record(m.txHash, m.amountBase, reason);
        (void)QTest::qWaitFor([&]() { return !done.isEmpty() || !failed.isEmpty(); }, 10000);
        if (!failed.isEmpty())
            qWarning("record failed: %s", qPrintable(failed.at(0).at(0).toString()));
        return !done.isEmpty();
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("recon"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        listener::ListenerConfig c = m_chain->listenerConfig(m_db->createLogin(QStringLiteral("vd_listener")));
        c.leaderName = QStringLiteral("recon-listener");
        m_listener = std::make_unique<listener::ListenerService>(c);
        m_listener->start();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 20000);

        office::OfficeSettings s;
        s.database = m_db->createLogin(QStringLiteral("vd_backoffice"));
        s.workstation = QStringLiteral("Office PC");
        s.chainId = c.chainId;
        s.token = m_chain->token();
        m_office = std::make_unique<office::OfficeService>(s);
        m_recon = std::make_unique<office::ReconciliationService>(
            m_office.get(), office::SupplySettings{{m_chain->rpcUrl()}, m_chain->token(), c.chainId, 8000});
    }

    void deploymentMintsAreUnmatchedUntilReconciled()
    {
        office::ReconciliationReport r = refresh();
        QVERIFY2(r.supplyKnown, qPrintable(r.supplyError));
        QCOMPARE(r.decimals, 18);
        QVERIFY(r.listenerBlock >= m_chain->deployBlock());
        QVERIFY(!r.unmatched.isEmpty());
        QVERIFY(!r.holds);
        QCOMPARE(r.onchainMintedBase, r.supplyBase); // nothing burned yet
        QCOMPARE(r.differenceBase, r.supplyBase);    // the books know none of it
        for (const office::UnmatchedMint &m : std::as_const(r.unmatched))
            QVERIFY(record(m, QStringLiteral("Initial allocation at deployment (test chain)")));
        r = refresh();
        QVERIFY(r.unmatched.isEmpty());
        QVERIFY2(r.holds, qPrintable(r.differenceBase));
        QCOMPARE(r.differenceBase, QStringLiteral("0"));
    }

    void redemptionKeepsItHolding()
    {
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("redeem(bytes32,uint256)"),
                       QStringLiteral("0x") + QStringLiteral("ab").repeated(32), QStringLiteral("1000"),
                       QStringLiteral("--private-key"), m_chain->customerKeys().value(0)},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 10000);
        const office::ReconciliationReport r = refresh();
        QCOMPARE(r.redeemedBase, QStringLiteral("1000"));
        QCOMPARE(r.onchainBurnedBase, QStringLiteral("1000"));
        QVERIFY2(r.holds, qPrintable(r.differenceBase));
    }

    void directMintIsDetectedAndClears()
    {
        QString err;
        const QString out =
            m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"),
                           m_chain->customers().value(1), QStringLiteral("123456789"), QStringLiteral("--private-key"),
                           m_chain->minterKey(), QStringLiteral("--json")},
                          &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString tx =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("transactionHash")).toString();
        QCOMPARE(tx.size(), 66);
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 10000);
        office::ReconciliationReport r = refresh();
        QVERIFY(r.supplyKnown);
        QVERIFY(!r.holds);
        QCOMPARE(r.differenceBase, QStringLiteral("123456789"));
        QCOMPARE(r.unmatched.size(), 1);
        QCOMPARE(QStringLiteral("0x") + QString::fromLatin1(r.unmatched.at(0).txHash.toHex()), tx.toLower());
        QCOMPARE(r.unmatched.at(0).amountBase, QStringLiteral("123456789"));
        QCOMPARE(r.unmatched.at(0).account.toLower(), m_chain->customers().value(1).toLower());
        // A wrong amount is refused by the database; the right one clears it, audited.
        office::UnmatchedMint wrong = r.unmatched.at(0);
        wrong.amountBase = QStringLiteral("1");
        QVERIFY(!record(wrong, QStringLiteral("Manual mint by the operations team")));
        QVERIFY(record(r.unmatched.at(0), QStringLiteral("Manual mint by the operations team, ticket 42")));
        r = refresh();
        QVERIFY(r.unmatched.isEmpty());
        QVERIFY2(r.holds, qPrintable(r.differenceBase));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'reconciliation.record' AND "
                                    "details->>'tx_hash' = '%1' AND workstation = 'Office PC'")
                         .arg(tx.toLower())),
                 QStringLiteral("1"));
    }

    void cleanupTestCase()
    {
        m_recon.reset();
        m_office.reset();
        m_listener.reset();
    }
};

QTEST_GUILESS_MAIN(TestReconciliationChain)
#include "tst_reconciliation_chain.moc"
