// Sign-in, role-based windows, desk lock and the operators page, for real under offscreen against the harness's
// Postgres and Secret Service.
#include "Harness.h"
#include "BackOfficePage.h"
#include "LockOverlay.h"
#include "MainWindow.h"
#include "OperatorsPage.h"
#include "SignInDialog.h"
#include "TestDatabase.h"
#include "config/SecretStore.h"
#include "models/OperatorModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

class TestSignIn : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_db;

    // With VD_SCREENSHOT_DIR set, key states are saved as PNGs to look at.
    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }

    auth::SignedIn signInThroughDialog(const db::DbConfig &c, bool remember, QString *problem = nullptr)
    {
        db::DbConfig server = c;
        server.password.clear();
        ui::SignInDialog d(server, QStringLiteral("Desk 9"));
        d.setUser(c.user);
        d.setPassword(c.password);
        d.setRemember(remember);
        d.show();
        QTest::keyClick(d.findChild<QLineEdit *>(QStringLiteral("password")), Qt::Key_Return);
        QDeadlineTimer deadline(10000);
        while (d.result() != QDialog::Accepted && !d.problem().contains(QLatin1String("refused")) &&
               !d.problem().contains(QLatin1String("not a member")) && !deadline.hasExpired())
            QTest::qWait(20);
        if (problem)
            *problem = d.problem();
        return d.result() == QDialog::Accepted ? d.signedIn() : auth::SignedIn{};
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qputenv("DBUS_SESSION_BUS_ADDRESS", test::Harness::instance().dbusAddress().toUtf8());
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("signin"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    }
    void cleanupTestCase() { m_db.reset(); }

    void receptionSeesNoBackOffice()
    {
        const db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"));
        const auth::SignedIn who = signInThroughDialog(desk, false);
        QCOMPARE(who.role, auth::Role::Reception);
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = desk;
        ui::MainWindow w(cfg, s, who);
        w.show();
        QVERIFY(!w.hasBackOffice());
        QCOMPARE(w.findChild<QTabWidget *>()->count(), 1);
        QVERIFY(w.findChild<QLabel *>(QStringLiteral("signedInAs"))->text().contains(desk.user));
        QVERIFY(!w.findChild<ui::OperatorsPage *>());
    }

    void adminSeesBackOfficeAndOperators()
    {
        const db::DbConfig admin = m_db->createLogin(QStringLiteral("vd_admin"));
        const auth::SignedIn who = signInThroughDialog(admin, false);
        QCOMPARE(who.role, auth::Role::Admin);
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = admin;
        ui::MainWindow w(cfg, s, who);
        w.show();
        QVERIFY(w.hasBackOffice());
        auto *page = w.findChild<ui::OperatorsPage *>();
        QVERIFY(page);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Create an operator through the page's dialog, driven like a person would.
        QTimer::singleShot(200, this, []() {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("newLogin"))->setText(QStringLiteral("amina.n"));
            dialog->findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("Amina Njeri"));
            dialog->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(QStringLiteral("a long enough pw"));
            dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordAgain"))->setText(QStringLiteral("a long enough pw"));
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QSignalSpy messages(page, &ui::OperatorsPage::message);
        page->createOperator();
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), 10000);
        QVERIFY2(!messages.first().at(1).toBool(), qPrintable(messages.first().at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 1, 10000);
        w.resize(1280, 720);
        page->window()->findChild<QTabWidget *>()->setCurrentIndex(1);
        w.findChild<ui::BackOfficePage *>()->showSection(static_cast<int>(ui::BackOfficePage::Section::Audit) + 1); // Operators follows the fixed sections
        shoot(&w, "operators-page");
        QCOMPARE(page->model()->index(0, ui::OperatorModel::Login).data().toString(), QStringLiteral("amina.n"));
        m_db->psql(QStringLiteral("DROP ROLE IF EXISTS \"amina.n\""));
    }

    void wrongPasswordIsSaid()
    {
        db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"));
        desk.password = QStringLiteral("not the password");
        QString problem;
        const auth::SignedIn who = signInThroughDialog(desk, false, &problem);
        QCOMPARE(who.role, auth::Role::None);
        QVERIFY2(problem.contains(QLatin1String("refused the user name or password")), qPrintable(problem));
    }

    void rememberedPasswordComesFromTheKeychain()
    {
        const db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"));
        QCOMPARE(signInThroughDialog(desk, true).role, auth::Role::Reception);
        // The password is in the keychain under this login and server ...
        QObject context;
        QString stored;
        config::SecretStore::read(ui::SignInDialog::keychainKey(desk), &context,
                                  [&](Result<QString> r) { stored = r.ok() ? r.value() : QStringLiteral("-"); });
        QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000);
        QCOMPARE(stored, desk.password);
        // ... and a new dialog for the same login fills it in by itself.
        db::DbConfig server = desk;
        server.password.clear();
        ui::SignInDialog d(server, QStringLiteral("Desk 9"));
        QTRY_COMPARE_WITH_TIMEOUT(d.findChild<QLineEdit *>(QStringLiteral("password"))->text(), desk.password, 10000);
        // Unticking "remember" removes it.
        d.setRemember(false);
        d.attempt();
        QTRY_COMPARE_WITH_TIMEOUT(d.result(), int(QDialog::Accepted), 10000);
        stored.clear();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                config::SecretStore::read(ui::SignInDialog::keychainKey(desk), &context,
                                          [&](Result<QString> r) { stored = r.ok() ? r.value() : r.error().code; });
                QTest::qWait(200);
                return stored == QLatin1String("keychain.not_found");
            }(),
            10000);
    }

    void lockAndUnlockBySamePerson()
    {
        const db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"));
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = desk;
        ui::MainWindow w(cfg, s, auth::SignedIn{desk.user, auth::Role::Reception});
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(w.isLocked());
        auto *overlay = w.findChild<ui::LockOverlay *>();
        auto *field = overlay->findChild<QLineEdit *>(QStringLiteral("unlockPassword"));
        field->setText(QStringLiteral("wrong"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(overlay->findChild<QLabel *>(QStringLiteral("unlockProblem"))->text().contains(QLatin1String("Wrong")), 10000);
        w.resize(1280, 720);
        shoot(&w, "desk-locked");
        QVERIFY(w.isLocked());
        field->setText(desk.password);
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isLocked(), 10000);
        // Idle lock.
        w.setIdleLockMinutes(0);
        QVERIFY(!w.isLocked());
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_sign_in.moc"
