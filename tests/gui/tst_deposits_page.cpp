// The deposits page for real under offscreen, against the real Postgres: the model passes QAbstractItemModelTester
// while pages load; a deposit is created through the dialog, its payment confirmed through the dialog, a mint
// requested; a duplicate payment id is refused naming the deposit; filters narrow the table; a CSV import shows
// its report; an administrator pauses minting and the main window's banner shows the reason on every tab.
// Screenshots go to VD_SCREENSHOT_DIR when set.
#include "Harness.h"
#include "MainWindow.h"
#include "MintingBanner.h"
#include "TestDatabase.h"
#include "deposits/DepositService.h"
#include "deposits/DepositsPage.h"
#include "deposits/NewDepositDialog.h"
#include "models/DepositModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace vd;

namespace {
void shoot(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

// Answers the next modal dialog: fills it with `fill`, takes its picture, accepts it.
void answerNextDialog(QObject *context, const std::function<void(QWidget *)> &fill, const char *picture = nullptr)
{
    QTimer::singleShot(300, context, [fill, picture]() {
        QWidget *d = QApplication::activeModalWidget();
        QVERIFY(d);
        fill(d);
        if (picture)
            shoot(d, picture);
        if (auto *input = qobject_cast<QInputDialog *>(d))
            input->accept();
        else
            QTest::keyClick(d, Qt::Key_Return);
    });
}
} // namespace

class TestDepositsPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    db::DbConfig m_admin;

    QString sql(const QString &q) { return m_db->psql(q); }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("deposits_gui"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_admin = m_db->createLogin(QStringLiteral("vd_admin"));
        QString err;
        m_db->psql(QStringLiteral(
                       "SELECT vd.set_token_rate('EUR', 1000000000000000000); "
                       "SELECT vd.set_token_rate('KES', 7500000000000000); "
                       "SELECT vd.set_setting('safe_threshold', '\"1000000000000000000000\"'); "
                       "SELECT vd.set_daily_mint_cap(50000000000000000000000); "
                       "INSERT INTO vd.deposits (reference, customer_name, wallet, fiat_amount, fiat_currency, "
                       "token_amount, status, payment_tx_id, created_at) SELECT 'D-20261120-' || lpad(g::text, 6, '0'), "
                       "(ARRAY['Amina Njeri', 'Peter Otieno', 'Grace Uwase', 'Jean Habimana', 'Fatuma Ali'])[1 + g % 5], "
                       "'\\x14dc79964da2c08b23698b3d3cc7ca32193d9955', 10 * g, 'EUR', 10 * g * 1000000000000000000::numeric, "
                       "(ARRAY['submitted', 'payment_confirmed', 'minted', 'mint_requires_safe', 'cancelled', "
                       "'mint_pending'])[1 + g % 6], CASE WHEN g % 6 <> 0 THEN 'PSP-' || g END, now() - g * interval "
                       "'3 hours' FROM generate_series(1, 60) g; "
                       "UPDATE vd.deposits SET minted_at = created_at WHERE status = 'minted'; "
                       "UPDATE vd.deposits SET cancel_reason = 'paid twice' WHERE status = 'cancelled'"),
                   &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }
    void cleanupTestCase() { m_db.reset(); }

    void mainActionsThroughThePage()
    {
        deposits::DepositService service(deposits::DepositServiceSettings{m_admin, QStringLiteral("Office 2"), 18});
        service.start();
        ui::DepositsPage page(&service, auth::Role::Admin);
        ui::DepositModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->setPageSize(25);
        page.resize(1500, 860);
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 60, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page.settings().cap.hasCap(), 10000);
        QVERIFY2(page.findChild<QLabel *>(QStringLiteral("capLabel"))->text().contains(QLatin1String("50000 tokens")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("capLabel"))->text()));
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QToolButton *>(QStringLiteral("count_minted"))->text().endsWith(
                                     QLatin1String("\n10")),
                                 10000);
        // Newest first; scrolling pulls the next pages.
        QCOMPARE(model->index(0, ui::DepositModel::Reference).data().toString(), QStringLiteral("D-20261120-000001"));
        while (model->canFetchMore({})) {
            const int before = model->rowCount();
            model->fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > before, 5000);
        }
        QCOMPARE(model->rowCount(), 60);
        // Sorting by a header asks the database again.
        page.table()->sortByColumn(ui::DepositModel::FiatAmount, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, ui::DepositModel::FiatAmount).data().toString(), QStringLiteral("10.00"),
                                  5000);
        page.table()->sortByColumn(ui::DepositModel::Created, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(0, ui::DepositModel::Reference).data().toString(),
                                  QStringLiteral("D-20261120-000001"), 5000);
        shoot(&page, "deposits-page");

        // An actions panel (the mint room's) follows the selection.
        auto *panel = new QLabel(QStringLiteral("Mint panel"));
        page.setActionsPanel(panel);
        QVERIFY(panel->isVisible());
        QSignalSpy current(&page, &ui::DepositsPage::currentDepositChanged);

        // New deposit through the dialog, as a clerk types it.
        answerNextDialog(
            this,
            [](QWidget *d) {
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("customer")), QStringLiteral("Halima Wanjiru"));
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("wallet")),
                                 QStringLiteral("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc"));
                QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("fiatAmount")), QStringLiteral("120.50"));
                d->findChild<QComboBox *>(QStringLiteral("currency"))->setCurrentText(QStringLiteral("EUR"));
                QVERIFY(d->findChild<QLabel *>(QStringLiteral("walletCheck"))->text().contains(QLatin1String("Checksum correct")));
                QVERIFY2(d->findChild<QLabel *>(QStringLiteral("tokenPreview"))->text().contains(QLatin1String("120.5 tokens")),
                         qPrintable(d->findChild<QLabel *>(QStringLiteral("tokenPreview"))->text()));
            },
            "deposits-new-dialog");
        QSignalSpy done(&page, &ui::DepositsPage::actionFinished);
        page.findChild<QPushButton *>(QStringLiteral("newDeposit"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        const QString reference = sql(QStringLiteral("SELECT reference FROM vd.deposits WHERE customer_name = 'Halima Wanjiru'"));
        QVERIFY(page.bannerText().contains(reference));
        // The new deposit is selected once the table shows it; the panel is told.
        QTRY_VERIFY_WITH_TIMEOUT(page.currentDepositId() > 0 && !current.isEmpty(), 10000);
        QCOMPARE(current.last().at(0).toLongLong(), page.currentDepositId());
        QCOMPARE(model->index(model->rowOfDeposit(page.currentDepositId()), ui::DepositModel::Reference).data().toString(),
                 reference);

        // Confirm payment through its dialog.
        QVERIFY(page.findChild<QPushButton *>(QStringLiteral("confirmPayment"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("requestMint"))->isEnabled());
        answerNextDialog(this, [](QWidget *d) { qobject_cast<QInputDialog *>(d)->setTextValue(QStringLiteral("PSP-9001")); },
                         "deposits-confirm-payment");
        page.findChild<QPushButton *>(QStringLiteral("confirmPayment"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 2, 10000);
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(model->rowOfDeposit(page.currentDepositId()),
                                                           ui::DepositModel::Status),
                                              ui::DepositModel::StatusRole)
                                      .toString(),
                                  QStringLiteral("payment_confirmed"), 10000);

        // Request mint: below the Safe threshold -> mint pending.
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QPushButton *>(QStringLiteral("requestMint"))->isEnabled(), 5000);
        page.findChild<QPushButton *>(QStringLiteral("requestMint"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 3, 10000);
        QVERIFY2(done.last().at(1).toString().contains(QLatin1String("ready to mint directly")),
                 qPrintable(done.last().at(1).toString()));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM vd.deposits WHERE reference = '%1'").arg(reference)),
                 QStringLiteral("mint_pending"));
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QToolButton *>(QStringLiteral("count_mint_pending"))->text().endsWith(
                                     QLatin1String("\n11")),
                                 10000);

        // A duplicate payment id is refused, naming the deposit that has it.
        const qint64 other = sql(QStringLiteral("SELECT id FROM vd.deposits WHERE status = 'submitted' ORDER BY id LIMIT 1")).toLongLong();
        page.selectDeposit(other);
        QTRY_COMPARE_WITH_TIMEOUT(page.currentDepositId(), other, 5000);
        page.confirmPaymentWith(QStringLiteral("PSP-9001"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 4, 10000);
        QVERIFY(!done.last().at(0).toBool());
        QVERIFY2(page.bannerText().contains(QStringLiteral("already recorded on deposit %1").arg(reference)),
                 qPrintable(page.bannerText()));
        shoot(&page, "deposits-duplicate-payment");

        // Filters: a reference prefix, then a status from the counts strip, then a customer.
        page.findChild<QLineEdit *>(QStringLiteral("filterReference"))->setText(reference.left(reference.size() - 2));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        page.findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 61, 5000);
        page.findChild<QToolButton *>(QStringLiteral("count_cancelled"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 10, 5000);
        QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("filterCustomer")), QStringLiteral("grace"));
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 2, 5000); // g % 5 == 2 and g % 6 == 4: g = 22, 52
        for (int r = 0; r < model->rowCount(); ++r)
            QCOMPARE(model->index(r, ui::DepositModel::Customer).data().toString(), QStringLiteral("Grace Uwase"));
        shoot(&page, "deposits-filtered");
        page.findChild<QPushButton *>(QStringLiteral("clearFilters"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->total(), 61, 5000);

        // CSV import with problems: nothing imported, a report of every row.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("deposits.csv"));
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\xEF\xBB\xBF" "customer,wallet,fiat_amount,currency,payment_id\r\n"
                    "\"Otieno, Peter\",0x976EA74026E726554dB657fA54763abd0C3a0aa9,75.00,EUR,PSP-9100\r\n"
                    "Bad checksum,0x976EA74026E726554dB657fA54763abd0C3a0AA9,75.00,EUR,\r\n"
                    "Negative,0x976EA74026E726554dB657fA54763abd0C3a0aa9,-3,EUR,\r\n"
                    "Unknown currency,0x976EA74026E726554dB657fA54763abd0C3a0aa9,3,ZZZ,\r\n"
                    "Paid twice,0x976EA74026E726554dB657fA54763abd0C3a0aa9,3,EUR,PSP-9001\r\n"
                    "garbage\r\n");
        }
        QSignalSpy reported(&page, &ui::DepositsPage::importReported);
        page.importFile(csv);
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, 10000);
        auto *report = page.findChild<QDialog *>(QStringLiteral("importReport"));
        QVERIFY(report);
        QTRY_VERIFY(report->isVisible());
        auto *rows = report->findChild<QTableWidget *>(QStringLiteral("importRows"));
        QCOMPARE(rows->rowCount(), 6);
        QVERIFY2(rows->item(4, 2)->text().contains(QStringLiteral("already recorded on deposit %1").arg(reference)),
                 qPrintable(rows->item(4, 2)->text()));
        shoot(report, "deposits-import-report");
        report->close();
        QVERIFY(page.bannerText().contains(QLatin1String("Nothing was imported")));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.deposits")), QStringLiteral("61"));

        // An administrator raises the cap through its dialog.
        answerNextDialog(this, [](QWidget *d) { qobject_cast<QInputDialog *>(d)->setTextValue(QStringLiteral("60000")); },
                         "deposits-cap-dialog");
        page.findChild<QPushButton *>(QStringLiteral("changeCap"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 5, 10000);
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QLabel *>(QStringLiteral("capLabel"))->text().contains(QLatin1String("60000 tokens")),
                                 5000);
    }

    void pausedMintingShowsABannerOnEveryTab()
    {
        QTemporaryDir dir;
        config::AppConfig cfg(dir.filePath(QStringLiteral("vd.ini")));
        config::AppSettings s;
        s.database = m_admin;
        s.deskName = QStringLiteral("Office 3");
        ui::MainWindow w(cfg, s, auth::SignedIn{m_admin.user, auth::Role::Admin});
        w.show();
        auto *page = w.findChild<ui::DepositsPage *>();
        QVERIFY(page); // installed in the back office
        QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 10000);
        QVERIFY(!w.mintingBanner()->isVisible());

        // Pause through the page, as the admin would.
        answerNextDialog(this, [](QWidget *d) {
            qobject_cast<QInputDialog *>(d)->setTextValue(QStringLiteral("minter key rotation (runbook step 2)"));
        });
        QSignalSpy done(page, &ui::DepositsPage::actionFinished);
        page->toggleMintingPause();
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QVERIFY2(done.last().at(0).toBool(), qPrintable(done.last().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(w.mintingBanner()->isVisible(), 10000);
        QVERIFY(w.mintingBanner()->text().contains(QLatin1String("minter key rotation (runbook step 2)")));
        QVERIFY(w.mintingBanner()->text().contains(m_admin.user));
        shoot(&w, "minting-paused-banner");
        // Request mint is off while paused.
        const qint64 confirmed =
            sql(QStringLiteral("SELECT id FROM vd.deposits WHERE status = 'payment_confirmed' ORDER BY id LIMIT 1")).toLongLong();
        page->selectDeposit(confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(page->currentDepositId(), confirmed, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<QPushButton *>(QStringLiteral("requestMint"))->isEnabled(), 5000);

        // Resumed from elsewhere (another workstation): the banner goes away by NOTIFY.
        sql(QStringLiteral("SELECT vd.set_minting_paused(false, 'new key in place')"));
        QTRY_VERIFY_WITH_TIMEOUT(!w.mintingBanner()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->findChild<QPushButton *>(QStringLiteral("requestMint"))->isEnabled(), 5000);
    }
};

QTEST_MAIN(TestDepositsPage)
#include "tst_deposits_page.moc"
