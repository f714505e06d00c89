// Back office > Reconciliation and Audit for real under offscreen: against a private anvil followed by a real
// listener, the deployment's mints show as unmatched and the invariant BREAKS; recording an entry for each through
// the reason dialog makes it HOLD; a mint made directly with cast breaks it again by exactly its amount. The audit
// page finds those entries by action, person and free text, shows before/after, and exports the view as CSV; its
// model passes QAbstractItemModelTester.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "listener/ListenerService.h"
#include "models/AuditModel.h"
#include "office/AuditPage.h"
#include "office/CsvReader.h"
#include "office/OfficeService.h"
#include "office/ReasonDialog.h"
#include "office/ReconciliationPage.h"
#include "office/SupplyReader.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

class TestOfficePages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<listener::ListenerService> m_listener;
    std::unique_ptr<office::OfficeService> m_office;
    db::DbConfig m_clerk;
    QTemporaryDir m_dir;

    static void shoot(QWidget *w, const char *name)
    {
        QTest::qWait(150);
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }

    bool caughtUp()
    {
        return m_db->psql(QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor"))
                   .trimmed()
                   .toLongLong() >= m_chain->blockNumber();
    }

    static bool refresh(ui::ReconciliationPage *page)
    {
        QSignalSpy done(page, &ui::ReconciliationPage::refreshed);
        page->refresh();
        return done.wait(20000);
    }

    static ui::ReasonDialog *reasonDialog(QWidget *parent)
    {
        ui::ReasonDialog *found = nullptr;
        (void)QTest::qWaitFor(
            [&]() {
                for (auto *d : parent->findChildren<ui::ReasonDialog *>())
                    if (d->isVisible())
                        found = d;
                return found != nullptr;
            },
            5000);
        return found;
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("office_gui"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        listener::ListenerConfig c = m_chain->listenerConfig(m_db->createLogin(QStringLiteral("vd_listener")));
        m_listener = std::make_unique<listener::ListenerService>(c);
        m_listener->start();
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 20000);
        office::OfficeSettings s;
        m_clerk = m_db->createLogin(QStringLiteral("vd_backoffice"), QStringLiteral("amina"));
        s.database = m_clerk;
        s.workstation = QStringLiteral("Back office 1");
        s.chainId = c.chainId;
        s.token = m_chain->token();
        m_office = std::make_unique<office::OfficeService>(s);
    }

    void cleanupTestCase()
    {
        m_office.reset();
        m_listener.reset();
    }

    void reconciliation()
    {
        const office::SupplySettings supply{
            {m_chain->rpcUrl()}, m_chain->token(), test::Harness::instance().chainId(), 8000};
        ui::ReconciliationPage page(m_office.get(), supply);
        page.resize(1280, 800);
        QSignalSpy first(&page, &ui::ReconciliationPage::refreshed);
        page.show(); // the first showing loads it
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The load may already have finished while the window was being exposed.
        QTRY_VERIFY_WITH_TIMEOUT(!first.isEmpty(), 20000);
        QVERIFY2(page.report().supplyKnown, qPrintable(page.report().supplyError));
        QVERIFY(page.invariantLabel()->text().contains(QLatin1String("BREAKS BY")));
        const int unmatched = page.unmatchedTable()->rowCount();
        QVERIFY(unmatched >= 1);
        auto *record = page.findChild<QPushButton *>(QStringLiteral("recordReconciliation"));
        QVERIFY(!record->isEnabled()); // nothing selected yet
        page.unmatchedTable()->selectRow(0);
        shoot(&page, "reconciliation-breaks");
        for (int i = 0; i < unmatched; ++i) {
            page.unmatchedTable()->selectRow(0);
            QVERIFY(record->isEnabled());
            QTest::mouseClick(record, Qt::LeftButton);
            ui::ReasonDialog *dialog = reasonDialog(&page);
            QVERIFY(dialog);
            QVERIFY(!dialog->okButton()->isEnabled());
            QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                             QStringLiteral("Initial allocation at deployment, see ops ticket 12"));
            if (i == 0)
                shoot(dialog, "reconciliation-entry-reason");
            QSignalSpy done(&page, &ui::ReconciliationPage::refreshed);
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            QVERIFY(done.wait(20000));
            QCOMPARE(page.unmatchedTable()->rowCount(), unmatched - i - 1);
        }
        QVERIFY2(page.invariantLabel()->text().contains(QLatin1String("HOLDS")),
                 qPrintable(page.invariantLabel()->text()));
        shoot(&page, "reconciliation-holds");

        // A mint made behind the app's back (the minter key with cast) breaks it by exactly its amount.
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"),
                       m_chain->customers().value(0), QStringLiteral("2500000000000000000"),
                       QStringLiteral("--private-key"), m_chain->minterKey()},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(), 10000);
        QVERIFY(refresh(&page));
        QVERIFY(page.invariantLabel()->text().contains(QLatin1String("BREAKS BY 2.5 tokens")));
        QCOMPARE(page.unmatchedTable()->rowCount(), 1);
        QCOMPARE(page.unmatchedTable()->item(0, 4)->text(), QStringLiteral("2.5"));
    }

    void audit()
    {
        ui::AuditPage page(m_office.get());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.resize(1280, 800);
        QSignalSpy loaded(page.model(), &ui::AuditModel::loaded);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000); // may have landed during the exposure
        loaded.clear();
        QVERIFY(page.model()->rowCount() >= 2);
        page.setFilterFields(m_clerk.user, QStringLiteral("reconciliation."), QStringLiteral("ops ticket"));
        page.search();
        QVERIFY(loaded.wait(10000));
        const int entries = page.model()->rowCount();
        QVERIFY(entries >= 1);
        QCOMPARE(page.model()->rowAt(0)->workstation, QStringLiteral("Back office 1"));
        QVERIFY(page.model()->rowAt(0)->after.contains(QLatin1String("reconciled_total")));
        page.table()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(page.findChild<QPlainTextEdit *>(QStringLiteral("auditDetail"))
                    ->toPlainText()
                    .contains(QLatin1String("Before")));
        shoot(&page, "audit-search");
        // Sorting asks the database again; the oldest comes first.
        page.table()->sortByColumn(static_cast<int>(office::AuditColumn::At), Qt::AscendingOrder);
        QVERIFY(loaded.wait(10000));
        QVERIFY(page.model()->rowAt(0)->at <= page.model()->rowAt(entries - 1)->at);
        // Export of the current view.
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QSignalSpy exported(&page, &ui::AuditPage::exportFinished);
        page.exportTo(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.at(0).at(0).toLongLong(), qint64(entries));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(office::parseCsv(bytes).size(), entries + 1);
        // Nothing matches: an empty list, no error.
        page.setFilterFields(QStringLiteral("nobody"), {}, {});
        page.search();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(page.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestOfficePages)
#include "tst_office_pages.moc"
