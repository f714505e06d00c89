// The mint service's plain values: which attempt a retry looks for on chain (the newest nonce that was really used,
// with every hash of it; an attempt that gave its nonce back is skipped), and one distinct sentence per refusal
// code of the Safe rule and of the database, so a person reads which rule was broken.
#include "mint/MintTypes.h"
#include "mint/MintWorker.h"

#include <QSet>
#include <QtTest>

using namespace vd;

namespace {
mint::MintAttempt attempt(qint64 id, const QString &status, quint64 nonce, char hashByte, bool hasNonce = true)
{
    mint::MintAttempt a;
    a.id = id;
    a.path = QStringLiteral("direct");
    a.status = status;
    a.sender = QByteArray(20, '\x44');
    a.nonce = nonce;
    a.hasNonce = hasNonce;
    if (hashByte)
        a.txHash = QByteArray(32, hashByte);
    return a;
}
} // namespace

class TestMintTypes : public QObject
{
    Q_OBJECT
private slots:
    void latestNonceAndItsHashes()
    {
        mint::MintDeposit d;
        QVERIFY(!d.latestDirect());
        QVERIFY(d.hashesOfLatestNonce().isEmpty());
        // newest first: a never-sent attempt (nonce given back), then two hashes of nonce 8, then nonce 7
        d.attempts = {attempt(5, QStringLiteral("failed"), 0, 0, false), attempt(4, QStringLiteral("sent"), 8, 'b'),
                      attempt(3, QStringLiteral("replaced"), 8, 'a'), attempt(2, QStringLiteral("failed"), 7, 'c')};
        QCOMPARE(d.latestDirect()->id, 4);
        const auto hashes = d.hashesOfLatestNonce();
        QCOMPARE(hashes.size(), 2);
        QCOMPARE(hashes.at(0)[0], uint8_t('b'));
        QCOMPARE(hashes.at(1)[0], uint8_t('a'));
        QCOMPARE(d.openAttempt()->id, 4);
        // a signed attempt without hash still counts (crash between send and record)
        d.attempts.prepend(attempt(6, QStringLiteral("signed"), 9, 0));
        QCOMPARE(d.latestDirect()->id, 6);
        QVERIFY(d.hashesOfLatestNonce().isEmpty());
    }

    void everyRuleHasItsOwnSentence()
    {
        const QStringList codes = {
            QStringLiteral("safe.not_a_transaction"),  QStringLiteral("safe.status_failed"),
            QStringLiteral("safe.execution_failure"),  QStringLiteral("safe.no_execution_success"),
            QStringLiteral("safe.wrong_safe"),         QStringLiteral("safe.safe_tx_hash_mismatch"),
            QStringLiteral("safe.wrong_token"),        QStringLiteral("safe.wrong_recipient"),
            QStringLiteral("safe.wrong_amount"),       QStringLiteral("safe.not_canonical"),
            QStringLiteral("safe.not_confirmed"),      QStringLiteral("mint.paused"),
            QStringLiteral("mint.in_flight"),          QStringLiteral("mint.wrong_state"),
            QStringLiteral("mint.requires_safe"),      QStringLiteral("mint.nonce_taken"),
            QStringLiteral("mint.hash_taken"),         QStringLiteral("mint.already_minted"),
            QStringLiteral("mint.admin_only"),         QStringLiteral("mint.no_proposal"),
            QStringLiteral("mint.execution_mismatch"), QStringLiteral("mint.proposal_pending")};
        QSet<QString> seen;
        for (const QString &c : codes) {
            const QString s = mint::describe(c);
            QVERIFY2(!s.isEmpty(), qPrintable(c));
            QVERIFY2(!seen.contains(s), qPrintable(c));
            seen.insert(s);
        }
        QVERIFY(mint::describe(QStringLiteral("nope")).isEmpty());
    }

    void databaseRefusalBecomesItsCode()
    {
        const Error e = mint::mintError({QStringLiteral("db.rejected"),
                                         QStringLiteral("The database refused the change: ERROR:  mint.paused: minting "
                                                        "is paused by an administrator")});
        QCOMPARE(e.code, QStringLiteral("mint.paused"));
        QCOMPARE(e.message, mint::describe(QStringLiteral("mint.paused")));
        const Error other{QStringLiteral("db.offline"), QStringLiteral("gone")};
        QCOMPARE(mint::mintError(other), other);
    }
};

QTEST_GUILESS_MAIN(TestMintTypes)
#include "tst_mint_types.moc"
