// The mint panel for real under offscreen, hosted in a plain window, against a private anvil (token + Safe) and a
// fresh database: a small deposit minted with "Mint now" through the summary and the signature; a large one through
// the Safe — "Export Safe proposal" writes the file and shows the safeTxHash, a mistyped hash is refused inline, the
// owners execute with cast, the listener's sighting turns into "verify and mark minted", one click later it is
// minted. Screenshots of each state with VD_SCREENSHOT_DIR.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "chain/Address.h"
#include "chain/Hex.h"
#include "chain/Keystore.h"
#include "chain/PrivateKey.h"
#include "mint/MintPanel.h"
#include "mint/MintService.h"
#include "signing/SignDialog.h"
#include "signing/SigningService.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace vd;

namespace {
const QString kZero = QStringLiteral("0x0000000000000000000000000000000000000000");
const QString kPassword = QStringLiteral("minter pass");
} // namespace

class TestMintPanel : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_dir;
    db::DbConfig m_admin;
    QString m_keystore;
    std::unique_ptr<signing::SigningService> m_signing;
    std::unique_ptr<mint::MintService> m_mint;
    std::unique_ptr<QWidget> m_window;
    ui::MintPanel *m_panel = nullptr;

    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }
    QString cast(const QStringList &args)
    {
        QString err;
        const QString out = m_chain->cast(args, &err);
        if (!err.isEmpty())
            qWarning("cast: %s", qPrintable(err));
        return out;
    }
    // cast subcommands that take no node (calldata, wallet address, compute-address with a nonce)
    static QString offline(const QStringList &args)
    {
        QString err;
        const QString out = test::Harness::instance().runCast(args, &err);
        if (!err.isEmpty())
            qWarning("cast %s: %s", qPrintable(args.join(u' ')), qPrintable(err));
        return out;
    }
    QString su(const QString &sql) { return m_db->psql(sql); }
    qint64 deposit(const QString &wallet, const QString &amount, const QString &status)
    {
        return su(QStringLiteral(
                      "INSERT INTO vd.deposits (reference, customer_name, wallet, fiat_amount, fiat_currency, "
                      "token_amount, status) VALUES ('D-%4', 'Amina N.', '\\x%1', 120, 'EUR', %2, '%3') "
                      "RETURNING id")
                      .arg(wallet.mid(2).toLower(), amount, status,
                           QString::number(QDateTime::currentMSecsSinceEpoch() % 1000000)))
            .toLongLong();
    }
    QString status(qint64 id) { return su(QStringLiteral("SELECT status FROM vd.deposits WHERE id = %1").arg(id)); }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("mintpanel"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_admin = m_db->createLogin(QStringLiteral("vd_admin"));
        auto key = chain::PrivateKey::fromHex(m_chain->minterKey());
        QVERIFY(key.ok());
        const auto json = chain::Keystore::encrypt(key.value(), kPassword.toUtf8(), chain::ScryptParams{1024, 8, 1});
        QVERIFY(json.ok());
        m_keystore = m_dir.filePath(QStringLiteral("minter.json"));
        QFile f(m_keystore);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.value());
        f.close();

        signing::SigningSettings s;
        s.chain.chainId = 31337;
        s.chain.rpcUrls = {m_chain->rpcUrl()};
        s.chain.token = m_chain->token();
        s.chain.safe = m_chain->safe();
        s.chain.tokenCodeHash = m_chain->tokenCodeHash();
        s.chain.confirmations = 1;
        s.tx.confirmations = 1;
        s.tx.pollInterval = std::chrono::milliseconds(100);
        m_signing = std::make_unique<signing::SigningService>(s);
        mint::MintSettings ms;
        ms.database = m_admin;
        ms.workstation = QStringLiteral("office-2");
        ms.chain = s.chain;
        ms.minterKeystore = m_keystore;
        m_mint = std::make_unique<mint::MintService>(ms, m_signing.get());

        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_panel = new ui::MintPanel(m_mint.get(), m_window.get());
        layout->addWidget(m_panel);
        m_window->resize(900, 620);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_mint.reset();
        m_signing.reset();
        m_db.reset();
        m_chain.reset();
    }

    void directMintThroughTheSummary()
    {
        const QString wallet = chain::Address::fromString(QStringLiteral("0x00000000000000000000000000000000000bee02"))
                                   .value()
                                   .toChecksummed();
        const qint64 id = deposit(wallet, QStringLiteral("120000000000000000000"), QStringLiteral("mint_pending"));
        m_panel->showDeposit(id);
        QTRY_VERIFY(m_panel->mintButton()->isVisible() && m_panel->mintButton()->isEnabled());
        QVERIFY(!m_panel->exportButton()->isVisible());
        m_panel->refreshGas();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->gasText().contains(QLatin1String(" ETH")), 20000);
        shoot(m_window.get(), "mint-panel-ready");

        QTest::mouseClick(m_panel->mintButton(), Qt::LeftButton);
        QTRY_VERIFY(m_panel->signDialog());
        ui::SignDialog *dialog = m_panel->signDialog();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), ui::SignDialog::Stage::Ready, 30000);
        // The attempt is recorded (sender + nonce) while the summary is shown, before any signature.
        QTRY_COMPARE_WITH_TIMEOUT(
            su(QStringLiteral("SELECT status || ',' || (nonce IS NOT NULL) FROM vd.mint_transactions "
                              "WHERE deposit_id = %1")
                   .arg(id)),
            QStringLiteral("signed,true"), 10000);
        QCOMPARE(status(id), QStringLiteral("mint_processing"));
        shoot(dialog, "mint-sign-dialog");
        dialog->setPassword(kPassword);
        dialog->sign();
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("minted"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->message().contains(QLatin1String("Minted")), 10000);
        QCOMPARE(cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("balanceOf(address)(uint256)"), wallet})
                     .section(u' ', 0, 0),
                 QStringLiteral("120000000000000000000"));
        if (dialog)
            dialog->close();
        QTRY_VERIFY(!m_panel->mintButton()->isVisible());
        shoot(m_window.get(), "mint-panel-minted");
    }

    void cancelledSummaryGivesTheNonceBack()
    {
        const qint64 id = deposit(QStringLiteral("0x00000000000000000000000000000000000bEE03"), QStringLiteral("5"),
                                  QStringLiteral("mint_pending"));
        m_panel->showDeposit(id);
        QTRY_VERIFY(m_panel->mintButton()->isVisible() && m_panel->mintButton()->isEnabled());
        QTest::mouseClick(m_panel->mintButton(), Qt::LeftButton);
        QTRY_VERIFY(m_panel->signDialog());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->signDialog()->stage(), ui::SignDialog::Stage::Ready, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("mint_processing"), 10000);
        QTest::keyClick(m_panel->signDialog(), Qt::Key_Escape);
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("mint_failed"), 10000);
        QCOMPARE(su(QStringLiteral("SELECT status || ',' || coalesce(nonce::text, 'none') FROM vd.mint_transactions "
                                   "WHERE deposit_id = %1")
                        .arg(id)),
                 QStringLiteral("failed,none"));
        QTRY_COMPARE(m_panel->deposit().status, QStringLiteral("mint_failed"));
        QTRY_VERIFY(m_panel->retryButton()->isVisible());
        QVERIFY(m_panel->message().contains(QLatin1String("nothing was sent")));
        shoot(m_window.get(), "mint-panel-cancelled");

        // Retry is one click: nothing was sent, so the summary comes straight back; this time it is signed.
        QTest::mouseClick(m_panel->retryButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_panel->signDialog() && m_panel->signDialog()->stage() == ui::SignDialog::Stage::Ready, 30000);
        m_panel->signDialog()->setPassword(kPassword);
        m_panel->signDialog()->sign();
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("minted"), 60000);
        QCOMPARE(su(QStringLiteral("SELECT string_agg(status, ',' ORDER BY id) FROM vd.mint_transactions WHERE "
                                   "deposit_id = %1")
                        .arg(id)),
                 QStringLiteral("failed,confirmed"));
        if (m_panel->signDialog())
            m_panel->signDialog()->close();
    }

    void safePathFromExportToMinted()
    {
        const QString wallet = chain::Address::fromString(QStringLiteral("0x00000000000000000000000000000000000bee01"))
                                   .value()
                                   .toChecksummed();
        const QString amount = QStringLiteral("50000000000000000000000");
        const qint64 id = deposit(wallet, amount, QStringLiteral("mint_requires_safe"));
        QSignalSpy changed(m_panel, &ui::MintPanel::depositChanged);
        m_panel->showDeposit(id);
        QTRY_VERIFY(m_panel->exportButton()->isVisible());
        QVERIFY(!m_panel->mintButton()->isVisible());
        QVERIFY(!m_panel->recordButton()->isVisible()); // nothing to record before a proposal exists
        shoot(m_window.get(), "mint-panel-safe-needed");

        const QString file = m_dir.filePath(QStringLiteral("safe-proposal.json"));
        m_panel->setExportPathChooser([file](const QString &) { return file; });
        QTest::mouseClick(m_panel->exportButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->message().contains(QLatin1String("safeTxHash")), 30000);
        QVERIFY2(!m_panel->messageIsError(), qPrintable(m_panel->message()));
        QVERIFY(QFile::exists(file));
        QTRY_VERIFY(m_panel->recordButton()->isVisible());
        shoot(m_window.get(), "mint-panel-proposal-exported");

        // A mistyped hash is refused inline, nothing sent anywhere.
        m_panel->executionHashEdit()->setText(QStringLiteral("0x1234"));
        QTest::keyClick(m_panel->executionHashEdit(), Qt::Key_Return);
        QVERIFY(m_panel->messageIsError());
        QVERIFY(m_panel->message().contains(QLatin1String("64 hexadecimal")));
        // A real transaction that is not our Safe's execution: refused with the rule's sentence.
        const QString direct =
            QJsonDocument::fromJson(
                cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"),
                      m_chain->customers().value(0), QStringLiteral("1"), QStringLiteral("--private-key"),
                      m_chain->minterKey(), QStringLiteral("--json")})
                    .toUtf8())
                .object()
                .value(QLatin1String("transactionHash"))
                .toString();
        m_panel->executionHashEdit()->setText(direct);
        QTest::mouseClick(m_panel->recordButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_panel->messageIsError() && m_panel->message().contains(QLatin1String("not a Safe execution")), 30000);
        shoot(m_window.get(), "mint-panel-refused");
        QCOMPARE(status(id), QStringLiteral("mint_requires_safe"));

        // Owners execute (approveHash by owner 2, execTransaction by owner 1).
        const QStringList keys = test::Harness::instance().safeOwnerKeys();
        QStringList owners;
        for (int i = 0; i < 2; ++i)
            owners << offline(
                {QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"), keys.at(i)});
        const QString safeTxHash =
            su(QStringLiteral("SELECT '0x' || encode(safe_tx_hash, 'hex') FROM vd.safe_proposals "
                              "WHERE deposit_id = %1")
                   .arg(id));
        cast({QStringLiteral("send"), m_chain->safe(), QStringLiteral("approveHash(bytes32)"), safeTxHash,
              QStringLiteral("--private-key"), keys.at(1)});
        std::sort(owners.begin(), owners.end(),
                  [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QString sigs = QStringLiteral("0x");
        for (const QString &o : owners)
            sigs += QString(24, QLatin1Char('0')) + o.mid(2).toLower() + QString(64, QLatin1Char('0')) +
                    QStringLiteral("01");
        const QString data =
            offline({QStringLiteral("calldata"), QStringLiteral("mint(address,uint256)"), wallet, amount});
        const QString exec =
            QJsonDocument::fromJson(cast({QStringLiteral("send"), m_chain->safe(),
                                          QStringLiteral("execTransaction(address,uint256,bytes,uint8,uint256,uint256,"
                                                         "uint256,address,address,bytes)"),
                                          m_chain->token(), QStringLiteral("0"), data, QStringLiteral("0"),
                                          QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), kZero, kZero,
                                          sigs, QStringLiteral("--private-key"), keys.at(0), QStringLiteral("--json")})
                                        .toUtf8())
                .object()
                .value(QLatin1String("transactionHash"))
                .toString();
        QVERIFY(!exec.isEmpty());
        // What the listener does when it sees ExecutionSuccess for the proposal (002_listener.sql), with its NOTIFY.
        const QString block = cast({QStringLiteral("receipt"), exec, QStringLiteral("blockNumber")});
        su(QStringLiteral(
               "UPDATE vd.safe_proposals SET status = 'executed', execution_tx = '\\x%1', execution_block = %2, "
               "resolved_at = now() WHERE deposit_id = %3; SELECT pg_notify('vd_chain', '{}')")
               .arg(exec.mid(2), block)
               .arg(id));
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->confirmSeenButton()->isVisible(), 10000);
        QVERIFY(!m_panel->recordButton()->isVisible());
        QVERIFY(!m_panel->exportButton()->isVisible()); // a second proposal could be executed too
        shoot(m_window.get(), "mint-panel-execution-seen");
        QTest::mouseClick(m_panel->confirmSeenButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(status(id), QStringLiteral("minted"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->message().contains(QLatin1String("Verified")), 10000);
        QTRY_VERIFY(!m_panel->confirmSeenButton()->isVisible());
        QVERIFY(changed.count() > 0);
        QCOMPARE(cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("balanceOf(address)(uint256)"), wallet})
                     .section(u' ', 0, 0),
                 amount);
        shoot(m_window.get(), "mint-panel-safe-minted");
    }
};

QTEST_MAIN(TestMintPanel)
#include "tst_mint_panel.moc"
