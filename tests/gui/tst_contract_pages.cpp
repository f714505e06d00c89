// The Contract and Roles pages for real, under offscreen, against a private anvil (pausing the shared chain would
// disturb parallel tests) and a fresh database: the state big and unmistakable; Pause through the path dialog and
// SignDialog, which refuses to sign until PAUSE is typed, then PAUSED on the page and the action audited; pausing
// again is refused with the reason (reached by keyboard, Alt+P); Unpause; an unchecksummed account and revoking
// the last administrator are refused with their explanations; the roles model passes QAbstractItemModelTester;
// screenshots of each state.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "admin/AdminService.h"
#include "chain/Keystore.h"
#include "contract/ActionDialog.h"
#include "contract/AdminActionRunner.h"
#include "contract/ContractPage.h"
#include "contract/RolesPage.h"
#include "contract/RotationWizard.h"
#include "signing/SignDialog.h"
#include "signing/SigningService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace vd;

class TestContractPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<signing::SigningService> m_signing;
    std::unique_ptr<admin::AdminService> m_admin;
    QTemporaryDir m_dir;
    QString m_keystore;
    const QByteArray m_password = "page test password";

    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }

    /// Runs `f` on the next modal dialog of type T once it shows (a modal exec() blocks the test otherwise).
    template <typename T, typename F> static void whenModal(F f)
    {
        auto *timer = new QTimer(qApp);
        auto tries = std::make_shared<int>(0);
        QObject::connect(timer, &QTimer::timeout, qApp, [timer, tries, f]() {
            if (auto *d = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                f(d);
            } else if (++*tries > 400) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start(50);
    }

    admin::ChainState waitChain()
    {
        QSignalSpy spy(m_admin.get(), &admin::AdminService::chainStateReady);
        m_admin->refreshChain();
        spy.wait(20000);
        return m_admin->chainState();
    }

    QString sql(const QString &q) { return m_db->psql(q).trimmed(); }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qputenv("DBUS_SESSION_BUS_ADDRESS", test::Harness::instance().dbusAddress().toUtf8());
        QVERIFY(m_dir.isValid());
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("contract_pages"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        signing::SigningSettings s;
        s.chain.chainId = test::Harness::instance().chainId();
        s.chain.rpcUrls = {m_chain->rpcUrl()};
        s.chain.token = m_chain->token();
        s.chain.safe = m_chain->safe();
        s.chain.tokenCodeHash = m_chain->tokenCodeHash();
        s.tx.confirmations = 1;
        s.tx.pollInterval = std::chrono::milliseconds(100);
        m_signing = std::make_unique<signing::SigningService>(s);
        admin::AdminSettings a;
        a.database = m_db->createLogin(QStringLiteral("vd_admin"));
        a.workstation = QStringLiteral("Office 3");
        a.chainId = s.chain.chainId;
        a.rpcUrls = s.chain.rpcUrls;
        a.token = s.chain.token;
        a.safe = s.chain.safe;
        a.tokenCodeHash = s.chain.tokenCodeHash;
        m_admin = std::make_unique<admin::AdminService>(a);
        auto key = chain::PrivateKey::fromHex(m_chain->adminKey());
        QVERIFY(key.ok());
        m_keystore = m_dir.filePath(QStringLiteral("admin.json"));
        QFile f(m_keystore);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(chain::Keystore::encrypt(*key, m_password, chain::ScryptParams{1024, 8, 1}).value());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_signing.reset();
    }

    void pauseNeedsTheTypedWordThenShowsPaused()
    {
        ui::ContractPage page(m_admin.get(), m_signing.get(), true);
        page.runner()->setProposalDirectory(m_dir.path());
        page.resize(1100, 900);
        page.show();
        page.loadKeystore(m_keystore);
        m_admin->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(), QStringLiteral("✔ ACTIVE"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(QStringLiteral("signer"))->text().contains(QLatin1String("PAUSER_ROLE")), 20000);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("codeHash"))->text().startsWith(QStringLiteral("✓ verified")));
        shoot(&page, "contract-page-active");

        // Pause: the path dialog (both paths offered: the admin key holds PAUSER_ROLE, a Safe is configured).
        bool offered = false;
        whenModal<ui::ActionDialog>([&](ui::ActionDialog *d) {
            offered = d->signButton() && d->signButton()->isEnabled() && d->safeButton()->isEnabled();
            shoot(d, "contract-action-dialog");
            d->signButton()->click();
        });
        QTest::mouseClick(page.pauseButton(), Qt::LeftButton);
        QVERIFY(offered);
        QTRY_VERIFY_WITH_TIMEOUT(page.runner()->signDialog() != nullptr, 5000);
        ui::SignDialog *sign = page.runner()->signDialog();
        QTRY_VERIFY_WITH_TIMEOUT(sign->stage() != ui::SignDialog::Stage::Checking, 20000);
        QVERIFY2(sign->stage() == ui::SignDialog::Stage::Ready, qPrintable(sign->error() ? sign->error()->message : QString()));
        sign->setPassword(QString::fromUtf8(m_password));
        QVERIFY(!sign->canSign()); // not without the typed word
        sign->setConfirmation(QStringLiteral("pause"));
        QVERIFY(!sign->canSign()); // exactly PAUSE
        auto *confirm = sign->findChild<QLineEdit *>(QStringLiteral("confirmWord"));
        QVERIFY(confirm && confirm->isVisible());
        shoot(sign, "contract-sign-pause-gate");
        sign->setConfirmation(QStringLiteral("PAUSE"));
        QVERIFY(sign->canSign());
        QSignalSpy done(page.runner(), &ui::AdminActionRunner::done);
        sign->sign();
        QVERIFY(done.wait(60000));
        QVERIFY2(page.banner()->text().contains(QLatin1String("Pause the token: done in block")),
                 qPrintable(page.banner()->text()));
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(), QStringLiteral("■ PAUSED"), 20000);
        shoot(&page, "contract-page-paused");
        QCOMPARE(sql(QStringLiteral("SELECT action || '|' || workstation || '|' || (details->>'path') FROM vd.audit_log "
                                    "WHERE action LIKE 'contract.%'")),
                 QStringLiteral("contract.pause|Office 3|signed"));
        if (sign)
            sign->close();

        // Pausing again, by keyboard: refused with the reason, nothing offered but Close.
        QString refusal;
        whenModal<ui::ActionDialog>([&](ui::ActionDialog *d) {
            refusal = d->refusalLabel()->text();
            QVERIFY(!d->signButton());
            shoot(d, "contract-refused-already-paused");
            d->reject();
        });
        page.activateWindow();
        page.pauseButton()->setFocus();
        QTest::keyClick(page.pauseButton(), Qt::Key_Space);
        QVERIFY2(refusal.contains(QLatin1String("already paused")), qPrintable(refusal));

        // Unpause: no typed word needed.
        whenModal<ui::ActionDialog>([](ui::ActionDialog *d) { d->signButton()->click(); });
        QTest::mouseClick(page.unpauseButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.runner()->signDialog() != nullptr, 5000);
        sign = page.runner()->signDialog();
        QTRY_VERIFY_WITH_TIMEOUT(sign->stage() == ui::SignDialog::Stage::Ready, 20000);
        sign->setPassword(QString::fromUtf8(m_password));
        QVERIFY(sign->canSign());
        sign->sign();
        QVERIFY(done.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(page.stateLabel()->text(), QStringLiteral("✔ ACTIVE"), 20000);
        if (sign)
            sign->close();
    }

    void complianceRefusesUnchecksummedAndReasonless()
    {
        ui::ContractPage page(m_admin.get(), m_signing.get(), true);
        page.resize(1100, 900);
        page.show();
        const QString customer = m_chain->customers().at(0);
        page.accountEdit()->setText(customer.toLower());
        page.reasonEdit()->setText(QStringLiteral("court order 5/2026"));
        QTest::mouseClick(page.freezeButton(), Qt::LeftButton);
        QVERIFY2(page.banner()->text().contains(QLatin1String("not written with its checksum")),
                 qPrintable(page.banner()->text()));
        QVERIFY2(page.banner()->text().contains(chain::Address::fromString(customer)->toChecksummed()),
                 qPrintable(page.banner()->text()));
        page.accountEdit()->setText(chain::Address::fromString(customer)->toChecksummed());
        page.reasonEdit()->clear();
        QTest::mouseClick(page.freezeButton(), Qt::LeftButton);
        QVERIFY2(page.banner()->text().contains(QLatin1String("Give the reason")), qPrintable(page.banner()->text()));
        QCOMPARE(page.focusWidget(), page.reasonEdit());
        shoot(&page, "contract-compliance-refused");
    }

    void rolesPageShowsMembersAndRefusesTheLastAdmin()
    {
        ui::ContractPage contract(m_admin.get(), m_signing.get(), true);
        ui::RolesPage page(m_admin.get(), contract.runner(), true);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1200, 700);
        page.show();
        m_admin->refresh();
        waitChain();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 4, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->item(1)->rowCount() >= 3, 20000); // MINTER_ROLE: admin, minter, Safe
        QCOMPARE(page.model()->item(0)->text(), QStringLiteral("DEFAULT_ADMIN_ROLE (1 member(s))"));
        QCOMPARE(page.model()->item(1, ui::RolesPage::Admin)->text(), QStringLiteral("DEFAULT_ADMIN_ROLE"));
        bool safeShown = false;
        for (int i = 0; i < page.model()->item(1)->rowCount(); ++i)
            safeShown = safeShown || page.model()->item(1)->child(i)->text().contains(QLatin1String("(the Safe)"));
        QVERIFY(safeShown);
        shoot(&page, "roles-page");

        // Choosing the only administrator fills the form; revoking is refused with the reason.
        page.view()->setCurrentIndex(page.model()->item(0)->child(0)->index());
        QCOMPARE(page.roleBox()->currentText(), QStringLiteral("DEFAULT_ADMIN_ROLE"));
        QCOMPARE(page.accountEdit()->text(), chain::Address::fromString(test::Harness::instance().admin())->toChecksummed());
        // A refresh (the listener's notification does the same) rebuilds the tree: the chosen member stays chosen.
        const QString chosen = page.view()->currentIndex().data().toString();
        QSignalSpy rebuilt(m_admin.get(), &admin::AdminService::stateChanged);
        m_admin->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(rebuilt.size() >= 2, 20000); // the chain read and the database read
        QCOMPARE(page.view()->currentIndex().data().toString(), chosen);
        QCOMPARE(page.view()->currentIndex().parent().row(), 0);
        QString refusal;
        whenModal<ui::ActionDialog>([&](ui::ActionDialog *d) {
            refusal = d->refusalLabel()->text();
            shoot(d, "roles-refused-last-admin");
            d->reject();
        });
        QTest::mouseClick(page.revokeButton(), Qt::LeftButton);
        QVERIFY2(refusal.contains(QLatin1String("last holder of DEFAULT_ADMIN_ROLE")), qPrintable(refusal));
        QVERIFY2(page.banner()->text().contains(QLatin1String("last holder")), qPrintable(page.banner()->text()));
        // Granting to the zero address is refused before any dialog.
        page.accountEdit()->setText(QStringLiteral("0x0000000000000000000000000000000000000000"));
        QTest::mouseClick(page.grantButton(), Qt::LeftButton);
        QVERIFY2(page.banner()->text().contains(QLatin1String("zero address")), qPrintable(page.banner()->text()));
    }

    void rotationWizardStartsAndResumes()
    {
        ui::ContractPage contract(m_admin.get(), m_signing.get(), true);
        m_admin->refresh();
        waitChain();
        QSignalSpy db(m_admin.get(), &admin::AdminService::dbStateReady);
        db.wait(10000);
        {
            ui::RotationWizard wizard(m_admin.get(), contract.runner());
            wizard.resize(820, 520);
            wizard.show();
            // The old minter is proposed: the MINTER_ROLE holder that is neither the Safe nor an administrator.
            QCOMPARE(wizard.oldMinterEdit()->text(),
                     chain::Address::fromString(test::Harness::instance().minter())->toChecksummed());
            wizard.newKeystoreEdit()->setText(m_dir.filePath(QStringLiteral("new-minter.json")));
            wizard.passwordEdit()->setText(QStringLiteral("a long new password 42"));
            wizard.passwordAgainEdit()->setText(QStringLiteral("a long new password 42"));
            QTest::mouseClick(wizard.createButton(), Qt::LeftButton);
            QTRY_VERIFY2_WITH_TIMEOUT(wizard.startButton()->isEnabled(), qPrintable(wizard.statusLabel()->text()),
                                      60000); // scrypt off the GUI thread
            QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("new-minter.json"))));
            QVERIFY(wizard.passwordEdit()->text().isEmpty());
            shoot(&wizard, "rotation-wizard-setup");
            QTest::mouseClick(wizard.startButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(wizard.rotation().has_value(), 10000);
            QVERIFY(wizard.stepList()->item(1)->text().startsWith(QStringLiteral("→ Pause the token")));
            QVERIFY(wizard.signStepButton()->isEnabled());
            QVERIFY(wizard.safeStepButton()->isEnabled());
            shoot(&wizard, "rotation-wizard-steps");
        }
        // Closed half-way: a new wizard resumes the same rotation.
        m_admin->refreshDatabase();
        QVERIFY(db.wait(10000));
        QVERIFY(m_admin->dbState().openRotation.has_value());
        ui::RotationWizard again(m_admin.get(), contract.runner());
        QVERIFY(again.rotation().has_value());
        QCOMPARE(again.rotation()->id, m_admin->dbState().openRotation->id);
        QVERIFY(again.stepList()->item(1)->text().startsWith(QStringLiteral("→ Pause the token")));
    }
};

QTEST_MAIN(TestContractPages)
#include "tst_contract_pages.moc"
