// The mint functions of resources/sql/006_mints.sql, called as the people who use them (a back-office login, an
// administrator), against a freshly migrated database: a direct mint's life (attempt recorded with sender + nonce
// before the signature, every hash of a speed-up kept, confirmed -> minted, idempotent), every refusal with its
// code, a failure and its retry, an attempt that gave its nonce back, a hash lost between send and record, the Safe
// proposal and its recorded execution (administrators only, one execution per mint), and the audit rows.
#include "Harness.h"
#include "TestDatabase.h"

#include <QtTest>

using namespace vd;

namespace {
const QString kWallet = QStringLiteral("\\x") + QStringLiteral("11").repeated(20);
const QString kSender = QStringLiteral("\\x") + QStringLiteral("44").repeated(20);
const QString kSafe = QStringLiteral("\\x") + QStringLiteral("5a").repeated(20);
const QString kToken = QStringLiteral("\\x") + QStringLiteral("70").repeated(20);

QString hash(char c)
{
    return QStringLiteral("\\x") + QString(64, QLatin1Char(c));
}
} // namespace

class TestMintDb : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_db;
    db::DbConfig m_office;
    db::DbConfig m_admin;
    db::DbConfig m_desk;

    QString as(const db::DbConfig &who, const QString &sql, QString *error = nullptr)
    {
        QString err;
        const QString out = test::Harness::instance().psql(m_db->name(), sql, &err, who.user, who.password);
        if (error)
            *error = err;
        else if (!err.isEmpty())
            qWarning("%s", qPrintable(err));
        return out;
    }
    QString su(const QString &sql) { return m_db->psql(sql); }

    qint64 deposit(const QString &status, const QString &amount = QStringLiteral("1000"))
    {
        return su(QStringLiteral("INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, "
                                 "token_amount, status) VALUES ('Ann', '%1', 10, 'EUR', %2, '%3') RETURNING id")
                      .arg(kWallet, amount, status))
            .toLongLong();
    }
    QString status(qint64 id) { return su(QStringLiteral("SELECT status FROM vd.deposits WHERE id = %1").arg(id)); }
    // The code the database refused with ("mint.paused"), empty when it did not refuse.
    QString refusal(const db::DbConfig &who, const QString &sql)
    {
        QString err;
        as(who, sql, &err);
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(mint\\.[a-z_]+):")).match(err);
        return m.hasMatch() ? m.captured(1) : (err.isEmpty() ? QString() : QStringLiteral("other: ") + err);
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("mintdb"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_office = m_db->createLogin(QStringLiteral("vd_backoffice"));
        m_admin = m_db->createLogin(QStringLiteral("vd_admin"));
        m_desk = m_db->createLogin(QStringLiteral("vd_reception"));
        QVERIFY(m_db->ok());
    }
    void cleanupTestCase() { m_db.reset(); }

    void directMintLife()
    {
        const qint64 d = deposit(QStringLiteral("mint_pending"));
        const qint64 tx =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 7, 'ws-1')").arg(d).arg(kSender))
                .toLongLong();
        QVERIFY(tx > 0);
        QCOMPARE(status(d), QStringLiteral("mint_processing"));
        QCOMPARE(su(QStringLiteral("SELECT status || ',' || nonce || ',' || encode(sender, 'hex') || ',' || "
                                   "coalesce(encode(tx_hash, 'hex'), '-') FROM vd.mint_transactions WHERE id = %1")
                        .arg(tx)),
                 QStringLiteral("signed,7,%1,-").arg(QStringLiteral("44").repeated(20)));

        QCOMPARE(
            as(m_office, QStringLiteral("SELECT vd.record_mint_sent(%1, '%2')").arg(tx).arg(hash('a'))).toLongLong(),
            tx);
        // The same hash again: nothing new.
        QCOMPARE(
            as(m_office, QStringLiteral("SELECT vd.record_mint_sent(%1, '%2')").arg(tx).arg(hash('a'))).toLongLong(),
            tx);
        // A speed-up: same nonce, new hash; the first is kept as replaced.
        const qint64 tx2 =
            as(m_office, QStringLiteral("SELECT vd.record_mint_sent(%1, '%2')").arg(tx).arg(hash('b'))).toLongLong();
        QVERIFY(tx2 > tx);
        QCOMPARE(
            su(QStringLiteral("SELECT string_agg(status || ':' || nonce, ',' ORDER BY id) FROM vd.mint_transactions "
                              "WHERE deposit_id = %1")
                   .arg(d)),
            QStringLiteral("replaced:7,sent:7"));
        // The FIRST hash landed after all (the speed-up was too late): recorded by its hash.
        QCOMPARE(
            as(m_office,
               QStringLiteral("SELECT vd.record_mint_result(%1, 'confirmed', 42, NULL, '%2')").arg(tx2).arg(hash('a'))),
            QStringLiteral("minted"));
        QCOMPARE(status(d), QStringLiteral("minted"));
        QCOMPARE(
            su(QStringLiteral("SELECT string_agg(status || ':' || coalesce(block_number::text, '-'), ',' ORDER BY id) "
                              "FROM vd.mint_transactions WHERE deposit_id = %1")
                   .arg(d)),
            QStringLiteral("confirmed:42,replaced:-"));
        // Idempotent; a failure after it is refused; another hash is refused.
        QCOMPARE(
            as(m_office,
               QStringLiteral("SELECT vd.record_mint_result(%1, 'confirmed', 42, NULL, '%2')").arg(tx).arg(hash('a'))),
            QStringLiteral("minted"));
        QCOMPARE(refusal(m_office, QStringLiteral("SELECT vd.record_mint_result(%1, 'failed', NULL, 'x')").arg(tx)),
                 QStringLiteral("mint.already_minted"));
        QCOMPARE(
            refusal(
                m_office,
                QStringLiteral("SELECT vd.record_mint_result(%1, 'confirmed', 43, NULL, '%2')").arg(tx).arg(hash('c'))),
            QStringLiteral("mint.already_minted"));
        QCOMPARE(
            su(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM vd.audit_log WHERE entity = 'deposit' "
                              "AND entity_id = '%1'")
                   .arg(d)),
            QStringLiteral("mint.begin,mint.sent,mint.sped_up,mint.confirmed"));
        QCOMPARE(
            su(QStringLiteral("SELECT DISTINCT actor || '@' || workstation FROM vd.audit_log WHERE entity_id = '%1' "
                              "AND action = 'mint.begin'")
                   .arg(d)),
            m_office.user + QStringLiteral("@ws-1"));
    }

    void gasWarningIsAnAdminSetting()
    {
        QCOMPARE(su(QStringLiteral("SELECT value #>> '{}' FROM vd.app_settings WHERE key = 'minter_low_gas_wei'")),
                 QStringLiteral("10000000000000000"));
        QString err;
        as(m_office, QStringLiteral("SELECT vd.set_setting('minter_low_gas_wei', '\"5\"')"), &err);
        QVERIFY(!err.isEmpty());
        as(m_admin, QStringLiteral("SELECT vd.set_setting('minter_low_gas_wei', '\"20000000000000000\"', 'ws')"));
        QCOMPARE(su(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'setting.change' AND "
                                   "entity_id = 'minter_low_gas_wei'")),
                 QStringLiteral("1"));
        as(m_admin, QStringLiteral("SELECT vd.set_setting('minter_low_gas_wei', '\"10000000000000000\"', 'ws')"));
    }

    void refusals()
    {
        const qint64 d = deposit(QStringLiteral("mint_pending"));
        const QString begin = QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', %3)");
        su(QStringLiteral("UPDATE vd.app_settings SET value = 'true' WHERE key = 'minting_paused'"));
        QCOMPARE(refusal(m_office, begin.arg(d).arg(kSender).arg(100)), QStringLiteral("mint.paused"));
        su(QStringLiteral("UPDATE vd.app_settings SET value = 'false' WHERE key = 'minting_paused'"));
        QCOMPARE(status(d), QStringLiteral("mint_pending"));

        QCOMPARE(refusal(m_office, begin.arg(d).arg(kSender).arg(100)), QString());
        QCOMPARE(refusal(m_office, begin.arg(d).arg(kSender).arg(101)), QStringLiteral("mint.in_flight"));
        // Another deposit may not take a nonce already used.
        const qint64 other = deposit(QStringLiteral("mint_pending"));
        QCOMPARE(refusal(m_office, begin.arg(other).arg(kSender).arg(100)), QStringLiteral("mint.nonce_taken"));
        QCOMPARE(refusal(m_office, begin.arg(deposit(QStringLiteral("submitted"))).arg(kSender).arg(102)),
                 QStringLiteral("mint.wrong_state"));
        su(QStringLiteral("UPDATE vd.app_settings SET value = '\"5000\"' WHERE key = 'safe_threshold'"));
        QCOMPARE(
            refusal(m_office,
                    begin.arg(deposit(QStringLiteral("mint_pending"), QStringLiteral("5000"))).arg(kSender).arg(103)),
            QStringLiteral("mint.requires_safe"));
        su(QStringLiteral("UPDATE vd.app_settings SET value = '\"0\"' WHERE key = 'safe_threshold'"));
        QCOMPARE(refusal(m_office, begin.arg(-1).arg(kSender).arg(104)), QStringLiteral("mint.no_deposit"));
        // Reception may not mint at all.
        QString err;
        as(m_desk, begin.arg(other).arg(kSender).arg(105), &err);
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
        // Nothing half-written by the refusals.
        QCOMPARE(su(QStringLiteral("SELECT count(*) FROM vd.mint_transactions WHERE deposit_id IN (%1, %2)")
                        .arg(d)
                        .arg(other)),
                 QStringLiteral("1"));
    }

    void failureThenRetryWithTheSameNonce()
    {
        const qint64 d = deposit(QStringLiteral("mint_pending"));
        const qint64 tx =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 200)").arg(d).arg(kSender))
                .toLongLong();
        as(m_office, QStringLiteral("SELECT vd.record_mint_sent(%1, '%2')").arg(tx).arg(hash('d')));
        QCOMPARE(
            as(m_office,
               QStringLiteral("SELECT vd.record_mint_result(%1, 'failed', NULL, 'Dropped by the network')").arg(tx)),
            QStringLiteral("mint_failed"));
        QCOMPARE(status(d), QStringLiteral("mint_failed"));
        QCOMPARE(su(QStringLiteral("SELECT failure_reason FROM vd.deposits WHERE id = %1").arg(d)),
                 QStringLiteral("Dropped by the network"));
        // Retry: same deposit, same nonce is allowed.
        const qint64 again =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 200)").arg(d).arg(kSender))
                .toLongLong();
        QVERIFY(again > tx);
        QCOMPARE(status(d), QStringLiteral("mint_processing"));
        QCOMPARE(su(QStringLiteral("SELECT failure_reason IS NULL FROM vd.deposits WHERE id = %1").arg(d)),
                 QStringLiteral("t"));
    }

    void notSentGivesTheNonceBack()
    {
        const qint64 d = deposit(QStringLiteral("mint_pending"));
        const qint64 tx =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 300)").arg(d).arg(kSender))
                .toLongLong();
        QCOMPARE(as(m_office,
                    QStringLiteral("SELECT vd.record_mint_result(%1, 'not_sent', NULL, 'Wrong password')").arg(tx)),
                 QStringLiteral("mint_failed"));
        QCOMPARE(su(QStringLiteral(
                        "SELECT status || ',' || coalesce(nonce::text, 'null') FROM vd.mint_transactions WHERE id = %1")
                        .arg(tx)),
                 QStringLiteral("failed,null"));
        // Another deposit may now use nonce 300.
        const qint64 other = deposit(QStringLiteral("mint_pending"));
        const qint64 tx2 =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 300)").arg(other).arg(kSender))
                .toLongLong();
        as(m_office, QStringLiteral("SELECT vd.record_mint_sent(%1, '%2')").arg(tx2).arg(hash('e')));
        // A sent attempt cannot claim it was not sent.
        QCOMPARE(refusal(m_office, QStringLiteral("SELECT vd.record_mint_result(%1, 'not_sent', NULL, 'x')").arg(tx2)),
                 QStringLiteral("mint.attempt_sent"));
    }

    void lostHashFoundAgain()
    {
        // Crash between send and record: the attempt has no hash; the hash found on chain for its nonce is recorded.
        const qint64 d = deposit(QStringLiteral("mint_pending"));
        const qint64 tx =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 400)").arg(d).arg(kSender))
                .toLongLong();
        QCOMPARE(
            as(m_office,
               QStringLiteral("SELECT vd.record_mint_result(%1, 'confirmed', 77, NULL, '%2')").arg(tx).arg(hash('f'))),
            QStringLiteral("minted"));
        QCOMPARE(su(QStringLiteral(
                        "SELECT string_agg(status || ':' || coalesce(encode(tx_hash, 'hex'), '-'), ',' ORDER BY id) "
                        "FROM vd.mint_transactions WHERE deposit_id = %1")
                        .arg(d)),
                 QStringLiteral("replaced:-,confirmed:") + QString(64, QLatin1Char('f')));
        // A hash already claimed by another deposit's mint is refused.
        const qint64 other = deposit(QStringLiteral("mint_pending"));
        const qint64 tx2 =
            as(m_office, QStringLiteral("SELECT vd.begin_direct_mint(%1, 31337, '%2', 401)").arg(other).arg(kSender))
                .toLongLong();
        QCOMPARE(refusal(m_office, QStringLiteral("SELECT vd.record_mint_result(%1, 'confirmed', 78, NULL, '%2')")
                                       .arg(tx2)
                                       .arg(hash('f'))),
                 QStringLiteral("mint.hash_taken"));
        QCOMPARE(status(other), QStringLiteral("mint_processing"));
    }

    void safeProposalAndExecution()
    {
        const qint64 d = deposit(QStringLiteral("mint_requires_safe"), QStringLiteral("900000"));
        const QString propose =
            QStringLiteral("SELECT vd.record_safe_proposal(%1, 31337, '%2', %3, '%4', '%5', '\\x40c10f19', "
                           "'mint 900000')");
        const qint64 p = as(m_office, propose.arg(d).arg(kSafe).arg(5).arg(hash('1')).arg(kToken)).toLongLong();
        QVERIFY(p > 0);
        QCOMPARE(as(m_office, propose.arg(d).arg(kSafe).arg(5).arg(hash('1')).arg(kToken)).toLongLong(),
                 p); // re-export
        QCOMPARE(refusal(m_office, propose.arg(d).arg(kSafe).arg(5).arg(hash('2')).arg(kToken)),
                 QStringLiteral("mint.proposal_pending"));
        // The Safe's nonce moved on (another transaction): a new proposal supersedes the old one.
        const qint64 p2 = as(m_office, propose.arg(d).arg(kSafe).arg(6).arg(hash('3')).arg(kToken)).toLongLong();
        QCOMPARE(
            su(QStringLiteral("SELECT string_agg(status, ',' ORDER BY id) FROM vd.safe_proposals WHERE deposit_id = %1")
                   .arg(d)),
            QStringLiteral("abandoned,pending"));
        QCOMPARE(
            refusal(m_office,
                    propose.arg(deposit(QStringLiteral("mint_pending"))).arg(kSafe).arg(7).arg(hash('4')).arg(kToken)),
            QStringLiteral("mint.wrong_state"));

        const QString record = QStringLiteral("SELECT vd.record_safe_mint(%1, '%2', '%3', 99)");
        QCOMPARE(refusal(m_office, record.arg(d).arg(hash('3')).arg(hash('9'))), QStringLiteral("mint.admin_only"));
        QCOMPARE(refusal(m_admin, record.arg(d).arg(hash('3')).arg(hash('9'))), QString());
        QCOMPARE(status(d), QStringLiteral("minted"));
        QVERIFY(p2 > p);
        QCOMPARE(su(QStringLiteral(
                        "SELECT path || ',' || status || ',' || block_number || ',' || encode(safe_tx_hash, 'hex') "
                        "FROM vd.mint_transactions WHERE deposit_id = %1")
                        .arg(d)),
                 QStringLiteral("safe,confirmed,99,") + QString(64, QLatin1Char('3')));
        QCOMPARE(su(QStringLiteral(
                        "SELECT string_agg(status || ':' || coalesce(execution_block::text, '-'), ',' ORDER BY id) "
                        "FROM vd.safe_proposals WHERE deposit_id = %1")
                        .arg(d)),
                 QStringLiteral("abandoned:-,executed:99"));
        // Idempotent for the same execution; one execution never mints two deposits.
        QCOMPARE(refusal(m_admin, record.arg(d).arg(hash('3')).arg(hash('9'))), QString());
        const qint64 d2 = deposit(QStringLiteral("mint_requires_safe"), QStringLiteral("900000"));
        as(m_office, propose.arg(d2).arg(kSafe).arg(8).arg(hash('5')).arg(kToken));
        QCOMPARE(refusal(m_admin, record.arg(d2).arg(hash('5')).arg(hash('9'))), QStringLiteral("mint.hash_taken"));
        QCOMPARE(refusal(m_admin, record.arg(d2).arg(hash('6')).arg(hash('8'))), QStringLiteral("mint.no_proposal"));
        // The listener saw the proposal executed in another transaction: the typed one is refused.
        su(QStringLiteral(
               "UPDATE vd.safe_proposals SET status = 'executed', execution_tx = '%1', execution_block = 120 "
               "WHERE safe_tx_hash = '%2'")
               .arg(hash('7'), hash('5')));
        QCOMPARE(refusal(m_admin, record.arg(d2).arg(hash('5')).arg(hash('8'))),
                 QStringLiteral("mint.execution_mismatch"));
        // Once executed, no second proposal for the same deposit (it could be executed too).
        QCOMPARE(refusal(m_office, propose.arg(d2).arg(kSafe).arg(9).arg(hash('a')).arg(kToken)),
                 QStringLiteral("mint.proposal_executed"));
        QCOMPARE(refusal(m_admin, record.arg(d2).arg(hash('5')).arg(hash('7'))), QString());
        QCOMPARE(status(d2), QStringLiteral("minted"));
        QCOMPARE(su(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'mint.safe_executed' AND "
                                   "entity_id IN ('%1', '%2')")
                        .arg(d)
                        .arg(d2)),
                 QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestMintDb)
#include "tst_mint_db.moc"
