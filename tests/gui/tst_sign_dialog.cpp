// The signature path every money- or power-moving action takes: SigningService's checks (chain, pinned code,
// role, simulation) and SignDialog's summary, password, typed confirmation and progress, for real against a
// private anvil with the project's token and Safe, under offscreen.
#include "Harness.h"
#include "LocalChain.h"
#include "chain/Abi.h"
#include "chain/Keystore.h"
#include "chain/SafeTxHasher.h"
#include "signing/SignDialog.h"
#include "signing/SigningService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

class TestSignDialog : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LocalChain> m_chain;
    QTemporaryDir m_dir;

    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }

    signing::SigningSettings settings(const QString &pin = QString()) const
    {
        signing::SigningSettings s;
        s.chain.chainId = 31337;
        s.chain.rpcUrls = {m_chain->rpcUrl()};
        s.chain.token = m_chain->token();
        s.chain.safe = m_chain->safe();
        s.chain.tokenCodeHash = pin.isEmpty() ? m_chain->tokenCodeHash() : pin;
        s.tx.confirmations = 1;
        s.tx.pollInterval = std::chrono::milliseconds(100);
        return s;
    }

    /// A keystore file for `privateKey` (light scrypt: tests, not production).
    QString keystore(const QString &name, const QString &privateKey, const QByteArray &password)
    {
        auto key = chain::PrivateKey::fromHex(privateKey);
        if (!key)
            return {};
        auto json = chain::Keystore::encrypt(*key, password, chain::ScryptParams{1024, 8, 1});
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (!json || !f.open(QIODevice::WriteOnly))
            return {};
        f.write(*json);
        return path;
    }

    signing::ContractCall mintCall(const QString &to, const QString &amount)
    {
        signing::ContractCall c;
        c.to = *chain::Address::fromString(m_chain->token());
        c.contractLabel = QStringLiteral("VoucherDesk token");
        c.function = QStringLiteral("mint(address,uint256)");
        const auto recipient = *chain::Address::fromString(to);
        const auto value = *chain::U256::fromDecimal(amount, 18);
        c.abiArgs = {chain::AbiValue::address(recipient), chain::AbiValue::uint(value)};
        c.data = *chain::Abi::encodeCall(c.function, c.abiArgs);
        c.arguments = {{QStringLiteral("to"), recipient.toChecksummed()},
                       {QStringLiteral("amount"), amount + QStringLiteral(" VCH")}};
        c.needsRole = true;
        c.requiredRole = chain::keccak256(QByteArrayLiteral("MINTER_ROLE"));
        c.requiredRoleName = QStringLiteral("MINTER_ROLE");
        return c;
    }

    QString balanceOf(const QString &who)
    {
        return m_chain->cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("balanceOf(address)(uint256)"), who})
            .section(u' ', 0, 0);
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qputenv("DBUS_SESSION_BUS_ADDRESS", test::Harness::instance().dbusAddress().toUtf8());
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        QVERIFY(m_dir.isValid());
    }

    void mintsAfterSummaryAndPassword()
    {
        signing::SigningService service(settings());
        const QString path = keystore(QStringLiteral("minter"), m_chain->minterKey(), "correct horse");
        QVERIFY(!path.isEmpty());
        const QString customer = m_chain->customers().at(0);
        const QString before = balanceOf(customer);

        ui::SignDialog dialog(&service, path, mintCall(customer, QStringLiteral("5")), {QStringLiteral("Mint tokens"), {}, false});
        dialog.resize(720, 560);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() != ui::SignDialog::Stage::Checking, 20000);
        QVERIFY2(dialog.stage() == ui::SignDialog::Stage::Ready,
                 qPrintable(dialog.error() ? dialog.error()->message : QString()));
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
        QVERIFY(summary.contains(QLatin1String("mint(address,uint256)")));
        QVERIFY(summary.contains(chain::Address::fromString(customer)->toChecksummed()));
        QVERIFY(summary.contains(QLatin1String("31337")));
        QVERIFY(!dialog.canSign()); // no password yet
        shoot(&dialog, "sign-dialog-summary");

        // A wrong password says so and lets the person try again; nothing is sent.
        dialog.setPassword(QStringLiteral("wrong"));
        dialog.sign();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QLabel *>(QStringLiteral("problem"))->isVisible(), 20000);
        QCOMPARE(dialog.stage(), ui::SignDialog::Stage::Ready);
        QVERIFY(!dialog.sentTransaction());
        QCOMPARE(balanceOf(customer), before);

        QSignalSpy confirmed(&dialog, &ui::SignDialog::confirmed);
        dialog.setPassword(QStringLiteral("correct horse"));
        QVERIFY(dialog.canSign());
        dialog.sign();
        QTRY_VERIFY_WITH_TIMEOUT(!confirmed.isEmpty() || dialog.stage() == ui::SignDialog::Stage::Failed, 30000);
        QVERIFY2(dialog.stage() == ui::SignDialog::Stage::Confirmed,
                 qPrintable(dialog.error() ? dialog.error()->message : QString()));
        QVERIFY(dialog.receipt()->status);
        shoot(&dialog, "sign-dialog-confirmed");
        const auto after = chain::U256::fromDecimal(balanceOf(customer));
        QCOMPARE(*after - *chain::U256::fromDecimal(before), *chain::U256::fromDecimal(QStringLiteral("5"), 18));
    }

    void keyWithoutRoleIsRefusedBeforeAnyFee()
    {
        signing::SigningService service(settings());
        const QString customerKey = m_chain->customerKeys().at(1);
        const QString path = keystore(QStringLiteral("customer"), customerKey, "pw");
        const QString who = m_chain->customers().at(1);
        const QString gasBefore = m_chain->cast({QStringLiteral("balance"), who});
        ui::SignDialog dialog(&service, path, mintCall(who, QStringLiteral("1")), {QStringLiteral("Mint tokens"), {}, true});
        dialog.resize(720, 480);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() == ui::SignDialog::Stage::Failed, 20000);
        QCOMPARE(dialog.error()->code, QStringLiteral("signing.missing_role"));
        QVERIFY(dialog.error()->message.contains(QLatin1String("MINTER_ROLE")));
        // Who holds it is named, so the person knows whom to ask.
        const QString minter = chain::PrivateKey::fromHex(m_chain->minterKey())->address().toChecksummed();
        QVERIFY2(dialog.error()->message.contains(minter), qPrintable(dialog.error()->message));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("proposeToSafe"))->isVisible());
        QCOMPARE(m_chain->cast({QStringLiteral("balance"), who}), gasBefore);
        shoot(&dialog, "sign-dialog-missing-role");
    }

    void changedCodeIsRefused()
    {
        signing::SigningService service(settings(QStringLiteral("0x") + QString(64, u'1')));
        const QString path = keystore(QStringLiteral("minter2"), m_chain->minterKey(), "pw");
        std::optional<vd::Result<signing::PreparedCall>> got;
        connect(&service, &signing::SigningService::prepared, this,
                [&got](quint64, const vd::Result<signing::PreparedCall> &r) { got = r; });
        service.prepare(path, mintCall(m_chain->customers().at(2), QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        const auto &result = *got;
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("chain.code_changed"));
    }

    void revertIsDecodedBeforeSigning()
    {
        // Paused: the simulation answers EnforcedPause, decoded, and nothing is signed.
        QString error;
        m_chain->cast({QStringLiteral("send"), QStringLiteral("--private-key"), m_chain->adminKey(), m_chain->token(),
                       QStringLiteral("pause()")},
                      &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        signing::SigningService service(settings());
        const QString path = keystore(QStringLiteral("minter3"), m_chain->minterKey(), "pw");
        std::optional<vd::Result<signing::PreparedCall>> got;
        connect(&service, &signing::SigningService::prepared, this,
                [&got](quint64, const vd::Result<signing::PreparedCall> &r) { got = r; });
        service.prepare(path, mintCall(m_chain->customers().at(2), QStringLiteral("1")));
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        const auto &result = *got;
        m_chain->cast({QStringLiteral("send"), QStringLiteral("--private-key"), m_chain->adminKey(), m_chain->token(),
                       QStringLiteral("unpause()")});
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(QLatin1String("paused"), Qt::CaseInsensitive),
                 qPrintable(result.error().message));
    }

    void typedWordGatesTheSignature()
    {
        signing::SigningService service(settings());
        const QString path = keystore(QStringLiteral("admin"), m_chain->adminKey(), "pw");
        signing::ContractCall pause;
        pause.to = *chain::Address::fromString(m_chain->token());
        pause.contractLabel = QStringLiteral("VoucherDesk token");
        pause.function = QStringLiteral("pause()");
        pause.data = *chain::Abi::encodeCall(pause.function, {});
        pause.needsRole = true;
        pause.requiredRole = chain::keccak256(QByteArrayLiteral("PAUSER_ROLE"));
        pause.requiredRoleName = QStringLiteral("PAUSER_ROLE");
        ui::SignDialog dialog(&service, path, pause, {QStringLiteral("Pause the token"), QStringLiteral("PAUSE"), true});
        dialog.resize(720, 520);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.stage() != ui::SignDialog::Stage::Checking, 20000);
        QVERIFY2(dialog.stage() == ui::SignDialog::Stage::Ready,
                 qPrintable(dialog.error() ? dialog.error()->message : QString()));
        dialog.setPassword(QStringLiteral("pw"));
        QVERIFY(!dialog.canSign());
        dialog.setConfirmation(QStringLiteral("pause"));
        QVERIFY(!dialog.canSign()); // the exact word
        dialog.setConfirmation(QStringLiteral("PAUSE"));
        QVERIFY(dialog.canSign());
        shoot(&dialog, "sign-dialog-pause");
        dialog.findChild<QPushButton *>(QStringLiteral("close"))->click(); // nothing signed
        QCOMPARE(m_chain->cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("paused()(bool)")}),
                 QStringLiteral("false"));
    }

    void safeProposalHashMatchesTheSafe()
    {
        signing::SigningService service(settings());
        std::optional<vd::Result<signing::SafeProposal>> got;
        connect(&service, &signing::SigningService::proposed, this,
                [&got](quint64, const vd::Result<signing::SafeProposal> &r) { got = r; });
        const QString customer = m_chain->customers().at(3);
        service.proposeToSafe(mintCall(customer, QStringLiteral("1000")), QStringLiteral("Deposit D-1"));
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
        const auto &result = *got;
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->threshold, quint64(2));
        const QString nonce = m_chain->cast({QStringLiteral("call"), m_chain->safe(), QStringLiteral("nonce()(uint256)")});
        QCOMPARE(QString::number(result->safeNonce), nonce);
        const auto doc = QJsonDocument::fromJson(result->transactionBuilderJson).object();
        const QJsonObject tx = doc.value(QStringLiteral("transactions")).toArray().at(0).toObject();
        QCOMPARE(tx.value(QStringLiteral("to")).toString().toLower(), m_chain->token().toLower());
        QVERIFY(result->transactionBuilderJson.contains("mint"));
        QCOMPARE(result->summary.signer, chain::Address::fromString(m_chain->safe())->toChecksummed());
    }
};

QTEST_MAIN(TestSignDialog)
#include "tst_sign_dialog.moc"
