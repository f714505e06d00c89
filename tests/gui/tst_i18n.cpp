// The interface in French and Swahili for real: the embedded translations load, switching language in Settings
// asks the app to rebuild the window (app/main.cpp) and everything built afterwards speaks the new language, amounts
// follow the locale, and every verdict and the back office render in both languages (PNGs in VD_SCREENSHOT_DIR,
// looked at for clipped text: docs/screenshots/i18n-*).
#include "BackOfficePage.h"
#include "Harness.h"
#include "Language.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "reception/VerdictCard.h"
#include "reception/VerdictPresenter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace vd;
using orders::VerdictKind;

class TestI18n : public QObject
{
    Q_OBJECT

    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(QStringLiteral("%1/%2.png").arg(dir, name)));
    }

    static orders::Verdict sample(VerdictKind kind)
    {
        orders::Verdict v;
        v.kind = kind;
        v.orderHash = QByteArray(32, '\x5a');
        v.orderId = 1042;
        v.item = QStringLiteral("Rice 25 kg + cooking oil 5 l");
        v.customerName = QStringLiteral("Amina Njeri Wanjiku");
        v.amount = QStringLiteral("1250.5");
        v.redeemedAmount = QStringLiteral("1000");
        v.confirmations = 4;
        v.requiredConfirmations = 12;
        v.expiresAt = QDateTime::currentDateTime().addDays(-2);
        v.deliveredAt = QDateTime::currentDateTime().addSecs(-3600);
        v.deliveredBy = QStringLiteral("desk1");
        v.deliveredDesk = QStringLiteral("Desk 2");
        v.cancelReason = QStringLiteral("customer request");
        if (kind == VerdictKind::NotAnOrderCode)
            v.message = QCoreApplication::translate("vd::scan::PayloadParser",
                                                    "Not an order code: it does not start with VD1- or 0x.");
        if (kind == VerdictKind::RecheckFailed)
            v.message = QCoreApplication::translate("vd::orders::RedemptionCheckWorker",
                                                    "The blockchain has no redemption for this order.");
        if (kind == VerdictKind::Error || kind == VerdictKind::DatabaseOffline)
            v.message = QCoreApplication::translate("vd::db", "The database cannot be reached: %1")
                            .arg(QStringLiteral("timeout"));
        if (kind == VerdictKind::Delivered || kind == VerdictKind::Valid)
            v.chainRecheck = QStringLiteral("confirmed");
        return v;
    }

    /// Acts on the settings dialog once it is open (polled: its exec() blocks the test).
    void whenSettingsOpen(std::function<void(QWidget *)> act)
    {
        auto *poll = new QTimer(this);
        poll->setInterval(50);
        connect(poll, &QTimer::timeout, this, [poll, act]() {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1String("settingsDialog"))
                return;
            poll->stop();
            poll->deleteLater();
            act(dialog);
        });
        poll->start();
    }

    std::unique_ptr<test::TestDatabase> m_db;

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("gui_i18n"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
    }

    void cleanup() { ui::applyLanguage(QStringLiteral("en")); }

    void shippedLanguagesAreEmbedded()
    {
        const QStringList shipped = ui::shippedLanguages();
        QVERIFY2(shipped.contains(QStringLiteral("fr")) && shipped.contains(QStringLiteral("sw")),
                 qPrintable(shipped.join(u' ')));
    }

    void applyLanguageSwitchesStringsAndLocale()
    {
        QCOMPARE(ui::applyLanguage(QStringLiteral("fr")).language(), QLocale::French);
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(ui::VerdictPresenter::word(VerdictKind::Valid), QStringLiteral("VALIDE"));
        QCOMPARE(ui::VerdictPresenter::word(VerdictKind::AlreadyDelivered), QStringLiteral("DÉJÀ LIVRÉ"));
        // Exact decimals with the locale's separators, never through a double.
        const QLocale fr;
        QCOMPARE(ui::formatDecimal(QStringLiteral("1234567.125")),
                 QStringList({QStringLiteral("1"), QStringLiteral("234"), QStringLiteral("567,125")}).join(fr.groupSeparator()));
        QCOMPARE(ui::formatDecimal(QStringLiteral("123456789012345678901234567890.5")).right(5), QStringLiteral("890,5"));

        ui::applyLanguage(QStringLiteral("sw"));
        QCOMPARE(QLocale().language(), QLocale::Swahili);
        QCOMPARE(ui::VerdictPresenter::word(VerdictKind::Valid), QStringLiteral("SAHIHI"));
        QCOMPARE(ui::VerdictPresenter::word(VerdictKind::Delivered), QStringLiteral("IMEKABIDHIWA"));

        ui::applyLanguage(QStringLiteral("en"));
        QCOMPARE(ui::VerdictPresenter::word(VerdictKind::Valid), QStringLiteral("VALID"));
        QCOMPARE(ui::formatDecimal(QStringLiteral("1234.5"), QLocale(QLocale::English)), QStringLiteral("1,234.5"));
        QCOMPARE(ui::formatDecimal(QStringLiteral("not a number")), QStringLiteral("not a number"));
    }

    void settingsLanguageChangeAsksForANewWindow()
    {
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = m_db->createLogin(QStringLiteral("vd_admin"));
        s.chain.chainId = test::Harness::instance().chainId();
        s.chain.rpcUrls = {test::Harness::instance().rpcUrl()};
        s.chain.token = test::Harness::instance().token();
        s.deskName = QStringLiteral("Desk 3");
        ui::MainWindow w(cfg, s, auth::SignedIn{s.database.user, auth::Role::Admin});
        w.show();
        QSignalSpy rebuild(&w, &ui::MainWindow::rebuildRequested);
        whenSettingsOpen([](QWidget *dialog) {
            for (QComboBox *box : dialog->findChildren<QComboBox *>())
                if (box->findData(QStringLiteral("sw")) >= 0)
                    box->setCurrentIndex(box->findData(QStringLiteral("sw")));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
        });
        w.openSettings();
        QCOMPARE(rebuild.count(), 1);
        QCOMPARE(cfg.load().language, QStringLiteral("sw"));

        // What app/main.cpp does on that signal: install the language, build the window again.
        ui::applyLanguage(cfg.load().language);
        ui::MainWindow again(cfg, cfg.load(), auth::SignedIn{s.database.user, auth::Role::Admin});
        auto *tabs = again.findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Mapokezi"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Ofisi ya nyuma"));

        // Settings saved without a language change do not rebuild anything.
        // Qt's own button texts come from our translation too (Qt ships no Swahili).
        QString saveText;
        whenSettingsOpen([&saveText](QWidget *dialog) {
            shoot(dialog, QStringLiteral("i18n-sw-settings"));
            QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
            saveText = save->text();
            save->click();
        });
        QSignalSpy again2(&again, &ui::MainWindow::rebuildRequested);
        again.openSettings();
        QCOMPARE(again2.count(), 0);
        QCOMPARE(saveText, QStringLiteral("Hifadhi"));
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("sw") << QStringLiteral("sw");
    }

    void screens()
    {
        QFETCH(QString, language);
        ui::applyLanguage(language);
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = m_db->createLogin(QStringLiteral("vd_admin"));
        s.chain.chainId = test::Harness::instance().chainId();
        s.chain.rpcUrls = {test::Harness::instance().rpcUrl()};
        s.chain.token = test::Harness::instance().token();
        s.deskName = QStringLiteral("Desk 2");
        s.language = language;
        ui::MainWindow w(cfg, s, auth::SignedIn{s.database.user, auth::Role::Admin});
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *card = w.findChild<ui::VerdictCard *>(QStringLiteral("verdictCard"));
        QVERIFY(card);
        QTRY_COMPARE_WITH_TIMEOUT(card->look().word, ui::VerdictPresenter::ready(true).word, 10000);
        QTest::qWait(300);
        shoot(&w, QStringLiteral("i18n-%1-reception-ready").arg(language));
        const QList<VerdictKind> kinds = {VerdictKind::Valid,        VerdictKind::Delivered,   VerdictKind::AlreadyDelivered,
                                          VerdictKind::PendingChain, VerdictKind::NotPaid,     VerdictKind::Underpaid,
                                          VerdictKind::Expired,      VerdictKind::Cancelled,   VerdictKind::UnknownCode,
                                          VerdictKind::NotAnOrderCode, VerdictKind::DatabaseOffline,
                                          VerdictKind::RecheckFailed, VerdictKind::Error};
        for (VerdictKind kind : kinds) {
            const auto look = ui::VerdictPresenter::present(sample(kind), false);
            QVERIFY2(look.word != orders::verdictKindName(kind) || language == QLatin1String("en"),
                     qPrintable(look.word)); // translated, not the English word
            card->show(look);
            QTest::qWait(150); // let the side panel's wrapped labels settle before the picture
            shoot(&w, QStringLiteral("i18n-%1-verdict-%2").arg(language, orders::verdictKindName(kind).toLower()));
        }
        auto *tabs = w.findChild<QTabWidget *>();
        tabs->setCurrentIndex(1);
        auto *office = w.findChild<ui::BackOfficePage *>();
        QVERIFY(office);
        office->showSection(ui::BackOfficePage::Section::Deposits);
        QCoreApplication::processEvents();
        shoot(&w, QStringLiteral("i18n-%1-backoffice").arg(language));
        office->showSection(static_cast<int>(ui::BackOfficePage::Section::Audit) + 1); // Operators
        QTest::qWait(500);
        shoot(&w, QStringLiteral("i18n-%1-operators").arg(language));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
