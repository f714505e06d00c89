// Back office > Orders for real under offscreen against the harness's Postgres and chain: search by customer and
// code prefix, an order's timeline, "Re-verify on chain" confirming a real redemption and contradicting an unpaid
// order, New order -> QR code shown (it decodes back to the order), saved as PNG and PDF, cancel with a reason,
// export of the current view, CSV import with its report. The order model passes QAbstractItemModelTester.
#include "Harness.h"
#include "TestDatabase.h"
#include "models/OrderModel.h"
#include "office/OfficeService.h"
#include "office/ReasonDialog.h"
#include "orders/ImportReportDialog.h"
#include "orders/NewOrderDialog.h"
#include "orders/OrderDetailPanel.h"
#include "orders/OrderQrDialog.h"
#include "orders/OrdersPage.h"
#include "orders/RedemptionChecker.h"
#include "scan/ImageDecodeReport.h"
#include "scan/PayloadParser.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace vd;

namespace {
QString bytea(const QByteArray &b)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(b.toHex()));
}
QByteArray randomHash()
{
    QByteArray b(32, '\0');
    for (auto &c : b)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return b;
}
} // namespace

class TestOrdersPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<office::OfficeService> m_office;
    std::unique_ptr<orders::RedemptionChecker> m_checker;
    std::unique_ptr<ui::OrdersPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
    QByteArray m_paid;
    QByteArray m_unpaid;

    static void shoot(QWidget *w, const char *name)
    {
        QTest::qWait(150); // let pending layouts settle
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
    }

    template <typename T> T *waitForDialog()
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&]() {
                const auto all = m_page->findChildren<T *>();
                for (T *d : all)
                    if (d->isVisible())
                        found = d;
                return found != nullptr;
            },
            10000);
        return found;
    }

    bool searchFor(const QString &field, const QString &text)
    {
        for (const char *name : {"filterHash", "filterCustomer", "filterPhone"})
            m_page->findChild<QLineEdit *>(QLatin1String(name))->clear();
        auto *edit = m_page->findChild<QLineEdit *>(field);
        edit->setText(text);
        QSignalSpy loaded(m_page->model(), &ui::OrderModel::loaded);
        QTest::keyClick(edit, Qt::Key_Return);
        return loaded.wait(10000);
    }

    bool select(const QByteArray &hash)
    {
        for (int r = 0; r < m_page->model()->rowCount(); ++r)
            if (m_page->model()->orderAt(r)->hash == hash) {
                m_page->table()->setCurrentIndex(m_page->model()->index(r, 0));
                return QTest::qWaitFor([&]() { return m_page->detailPanel()->detail().order.hash == hash; }, 10000);
            }
        return false;
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        const test::Harness &h = test::Harness::instance();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("orders_gui"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        // A real redemption on the shared chain, recorded as the listener would.
        m_paid = randomHash();
        m_unpaid = randomHash();
        QString error;
        const QString customer = h.runCast({QStringLiteral("wallet"), QStringLiteral("address"),
                                            QStringLiteral("--private-key"), h.customerKeys().value(2)},
                                           &error);
        QVERIFY2(!customer.isEmpty(), qPrintable(error));
        auto send = [&](const QString &key, const QStringList &call) -> QJsonObject {
            for (int attempt = 0; attempt < 3; ++attempt) { // other tests share the chain: retry a nonce race
                const QString out = h.runCast(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                                                          QStringLiteral("--private-key"), key, h.token()} +
                                                  call + QStringList{QStringLiteral("--rpc-url"), h.rpcUrl()},
                                              &error);
                const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
                if (!o.value(QLatin1String("transactionHash")).toString().isEmpty())
                    return o;
                QTest::qWait(300);
            }
            return {};
        };
        QVERIFY2(!send(h.minterKey(),
                       {QStringLiteral("mint(address,uint256)"), customer, QStringLiteral("7000000000000000000")})
                      .isEmpty(),
                 qPrintable(error));
        const QJsonObject redeem =
            send(h.customerKeys().value(2),
                 {QStringLiteral("redeem(bytes32,uint256)"), QStringLiteral("0x") + QString::fromLatin1(m_paid.toHex()),
                  QStringLiteral("7000000000000000000")});
        QVERIFY2(!redeem.isEmpty(), qPrintable(error));
        const QString tx = redeem.value(QLatin1String("transactionHash")).toString();
        const qint64 block = redeem.value(QLatin1String("blockNumber")).toString().mid(2).toLongLong(nullptr, 16);
        QString seedError;
        m_db->psql(
            QStringLiteral(
                "INSERT INTO vd.orders (order_hash, amount, item, customer_name, customer_phone, status, "
                "redeem_chain_id, "
                "redeem_tx, redeem_block, redeem_amount, redeemer, confirmations, valid_at, expires_at, created_by, "
                "source) "
                "VALUES (%1, 7000000000000000000, 'Washing machine, 7 kg', 'Grace Achieng', '+254 711 222 333', "
                "'VALID', "
                "%2, '\\x%3'::bytea, %4, 7000000000000000000, '\\x%5'::bytea, 15, now(), now() + interval '20 days', "
                "'shop_web', 'shop');"
                "INSERT INTO vd.orders (order_hash, amount, item, customer_name, customer_phone, status, expires_at) "
                "VALUES "
                "(%6, 2500000000000000000, 'Gas cylinder refill', 'Hassan Omar', '+255 754 000 111', 'CREATED', now() "
                "+ "
                "interval '10 days'), "
                "(decode(md5('a') || md5('b'), 'hex'), 1000000000000000000, 'Solar lamp', 'Grace Achieng', '+254 711 "
                "222 333', "
                "'UNDERPAID', NULL), "
                "(decode(md5('c') || md5('d'), 'hex'), 12000000000000000000, 'Bicycle', 'Ivan Petrov', NULL, "
                "'EXPIRED', "
                "now() - interval '1 day')")
                .arg(bytea(m_paid))
                .arg(h.chainId())
                .arg(tx.mid(2))
                .arg(block)
                .arg(customer.mid(2).toLower(), bytea(m_unpaid)),
            &seedError);
        QVERIFY2(seedError.isEmpty(), qPrintable(seedError));
        const db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"), QStringLiteral("desk"));
        test::Harness::instance().psql(m_db->name(),
                                       QStringLiteral("SELECT * FROM vd.lookup_order(%1, 'Front desk', 'camera'); "
                                                      "SELECT * FROM vd.lookup_order(%2, 'Front desk', 'scanner');")
                                           .arg(bytea(m_paid), bytea(m_unpaid)),
                                       &error, desk.user, desk.password);

        office::OfficeSettings s;
        s.database = m_db->createLogin(QStringLiteral("vd_backoffice"), QStringLiteral("office"));
        s.workstation = QStringLiteral("Office PC 1");
        s.chainId = h.chainId();
        s.token = h.token();
        m_office = std::make_unique<office::OfficeService>(s);
        orders::RecheckSettings rs;
        rs.rpcUrls = {h.rpcUrl()};
        rs.token = h.token();
        rs.fromBlock = h.deployBlock();
        rs.chainId = h.chainId();
        rs.timeoutMs = 8000;
        m_checker = std::make_unique<orders::RedemptionChecker>(rs);
        m_page = std::make_unique<ui::OrdersPage>(m_office.get(), m_checker.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(1280, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->rowCount(), 4, 10000);
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_page.reset();
        m_checker.reset();
        m_office.reset();
    }

    void searchAndDetail()
    {
        QVERIFY(searchFor(QStringLiteral("filterCustomer"), QStringLiteral("grace")));
        QCOMPARE(m_page->model()->rowCount(), 2);
        QVERIFY(searchFor(QStringLiteral("filterHash"),
                          QStringLiteral("VD1-") + QString::fromLatin1(m_paid.toHex().left(6).toUpper())));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(select(m_paid));
        QTreeWidget *timeline = m_page->detailPanel()->timeline();
        QVERIFY(timeline->topLevelItemCount() >= 4); // created, redeemed, valid, scan
        QStringList kinds;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i)
            kinds << timeline->topLevelItem(i)->data(0, Qt::UserRole).toString();
        QVERIFY(kinds.contains(QStringLiteral("redeemed")));
        QVERIFY(kinds.contains(QStringLiteral("scan")));
        // The dispute runbook: re-verify on chain.
        QTest::mouseClick(m_page->detailPanel()->findChild<QPushButton *>(QStringLiteral("reverify")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_page->detailPanel()->verdictLabel()->text().contains(QLatin1String("CONFIRMED ON CHAIN")), 15000);
        shoot(m_page.get(), "orders-detail-confirmed");

        QVERIFY(searchFor(QStringLiteral("filterPhone"), QStringLiteral("754")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(select(m_unpaid));
        QTest::mouseClick(m_page->detailPanel()->findChild<QPushButton *>(QStringLiteral("reverify")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->detailPanel()->verdictLabel()->text().contains(QLatin1String("NOT REDEEMED")),
                                 15000);
        QVERIFY(m_page->detailPanel()->verdictLabel()->text().contains(QLatin1String("has not paid")));
        shoot(m_page.get(), "orders-detail-not-paid");

        // VALID in the books but no redemption on chain: the dispute case, refused loudly.
        const QByteArray forged = randomHash();
        m_db->psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, customer_name, status) VALUES "
                                  "(%1, 450000000000000000000, 'Fridge', 'Forged Buyer', 'VALID')")
                       .arg(bytea(forged)));
        QVERIFY(searchFor(QStringLiteral("filterCustomer"), QStringLiteral("forged")));
        QVERIFY(select(forged));
        QTest::mouseClick(m_page->detailPanel()->findChild<QPushButton *>(QStringLiteral("reverify")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->detailPanel()->verdictLabel()->text().contains(QLatin1String("NOT CONFIRMED")),
                                 15000);
        QVERIFY(m_page->detailPanel()->verdictLabel()->text().contains(QLatin1String("Do not hand anything over")));
        shoot(m_page.get(), "orders-detail-contradicted");
    }

    void createShowsQr()
    {
        ui::NewOrderDialog *dialog = m_page->openNewOrder();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->findChild<QLineEdit *>(QStringLiteral("item"))->setText(QStringLiteral("Maize flour, 2 × 10 kg"));
        dialog->findChild<QLineEdit *>(QStringLiteral("amount"))->setText(QStringLiteral("3.75"));
        dialog->findChild<QLineEdit *>(QStringLiteral("customerName"))->setText(QStringLiteral("Joseph Kamau"));
        dialog->findChild<QLineEdit *>(QStringLiteral("customerPhone"))->setText(QStringLiteral("+254 722 000 444"));
        shoot(dialog, "orders-new-order");
        // A bad amount is caught in the dialog.
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        amount->setText(QStringLiteral("3,75"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createOrder")), Qt::LeftButton);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("problem"))->text().contains(QLatin1String("point")));
        amount->setText(QStringLiteral("3.75"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createOrder")), Qt::LeftButton);
        ui::OrderQrDialog *qr = waitForDialog<ui::OrderQrDialog>();
        QVERIFY(qr);
        QVERIFY(QTest::qWaitForWindowExposed(qr));
        QVERIFY(qr->payload().startsWith(QLatin1String("VD1-")));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.orders WHERE order_hash = decode('%1', 'hex') AND "
                                           "amount = 3750000000000000000 AND source = 'backoffice'")
                                .arg(qr->payload().mid(4).toLower()))
                     .trimmed(),
                 QStringLiteral("1"));
        // The code decodes back to exactly this order (the desk's own decoder).
        const scan::DecodeOutcome decoded = scan::decodeImage(qr->qrImage());
        QVERIFY(decoded.found);
        QCOMPARE(QString::fromUtf8(decoded.text), qr->payload());
        const QString png = m_dir.filePath(QStringLiteral("code.png"));
        const QString pdf = m_dir.filePath(QStringLiteral("code.pdf"));
        QVERIFY(qr->saveAsPng(png));
        QVERIFY(qr->saveAsPdf(pdf));
        QCOMPARE(QString::fromUtf8(scan::decodeImage(QImage(png)).text), qr->payload());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");
        shoot(qr, "orders-qr-code");
        qr->close();
        // The new order is listed and selected.
        QTRY_COMPARE_WITH_TIMEOUT(m_page->detailPanel()->detail().order.item, QStringLiteral("Maize flour, 2 × 10 kg"),
                                  10000);
    }

    void cancelWithReason()
    {
        QVERIFY(searchFor(QStringLiteral("filterPhone"), QStringLiteral("754")));
        QVERIFY(select(m_unpaid));
        QTest::mouseClick(m_page->detailPanel()->findChild<QPushButton *>(QStringLiteral("cancelOrder")),
                          Qt::LeftButton);
        ui::ReasonDialog *dialog = waitForDialog<ui::ReasonDialog>();
        QVERIFY(dialog);
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                         QStringLiteral("Customer paid cash at the counter instead"));
        QVERIFY(dialog->okButton()->isEnabled());
        shoot(dialog, "orders-cancel-reason");
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->detailPanel()->detail().order.status, QStringLiteral("CANCELLED"), 10000);
        QVERIFY(m_page->banner()->text().contains(QLatin1String("cancelled")));
        QTreeWidget *timeline = m_page->detailPanel()->timeline();
        QTRY_VERIFY([timeline]() {
            for (int i = 0; i < timeline->topLevelItemCount(); ++i)
                if (timeline->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("cancelled"))
                    return timeline->topLevelItem(i)->text(2).contains(QLatin1String("cash"));
            return false;
        }());
        QVERIFY(!m_page->detailPanel()->findChild<QPushButton *>(QStringLiteral("cancelOrder"))->isEnabled());
        shoot(m_page.get(), "orders-cancelled");
    }

    void exportCurrentView()
    {
        QVERIFY(searchFor(QStringLiteral("filterCustomer"), QStringLiteral("grace")));
        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        QSignalSpy done(m_page.get(), &ui::OrdersPage::exportFinished);
        m_page->exportTo(path);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toLongLong(), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
    }

    void importWithReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop-orders.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("item,amount,customer_name,customer_phone,expires_at\n"
                "Cement 50 kg,4,Lucy Wanjiru,+254 733 100 200,2099-01-31T17:00Z\n"
                "Roofing sheets,abc,Peter Otieno,,\n"
                ",2,Nobody,,\n"
                "Paint 4 l,1.5,Mary Njeri,,2001-01-01T00:00Z\n"
                "Nails 1 kg,0.25,Mary Njeri,,\n");
        f.close();
        QSignalSpy done(m_page.get(), &ui::OrdersPage::importFinished);
        m_page->importFrom(path);
        QVERIFY(done.wait(10000));
        const auto report = done.at(0).at(0).value<office::ImportReport>();
        QCOMPARE(report.created, 2);
        QCOMPARE(report.rejected, 3);
        ui::ImportReportDialog *dialog = waitForDialog<ui::ImportReportDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 5);
        QCOMPARE(dialog->table()->item(1, 1)->text(), QStringLiteral("REJECTED"));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        shoot(dialog, "orders-import-report");
        dialog->close();
        QVERIFY(searchFor(QStringLiteral("filterCustomer"), QStringLiteral("njeri")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(searchFor(QStringLiteral("filterCustomer"), QString()));
        QVERIFY(select(m_paid));
        shoot(m_page.get(), "orders-list");
    }

    void sortingAndPages()
    {
        // Enough orders for several pages: the view fetches more as it scrolls.
        m_db->psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, customer_name) SELECT "
                                  "decode(md5(g::text) || md5('x' || g), 'hex'), g, 'Bulk item ' || g, 'Bulk buyer' "
                                  "FROM generate_series(1, 450) g"));
        QVERIFY(searchFor(QStringLiteral("filterCustomer"), QStringLiteral("bulk buyer")));
        QCOMPARE(m_page->model()->rowCount(), ui::OrderModel::PageSize);
        QCOMPARE(m_page->model()->total(), 450);
        QSignalSpy loaded(m_page->model(), &ui::OrderModel::loaded);
        m_page->table()->sortByColumn(static_cast<int>(office::OrderColumn::Amount), Qt::AscendingOrder);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_page->model()->orderAt(0)->amount, QStringLiteral("0.000000000000000001"));
        // The next page comes when the view (scrolled to the end) asks for more.
        auto scrolled = [this]() {
            m_page->table()->scrollToBottom();
            if (m_page->model()->canFetchMore({}))
                m_page->model()->fetchMore({});
            return m_page->model()->rowCount();
        };
        QTRY_VERIFY_WITH_TIMEOUT(scrolled() > ui::OrderModel::PageSize, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(scrolled(), 450, 10000);
        QCOMPARE(m_page->model()->orderAt(449)->amount, QStringLiteral("0.00000000000000045"));
        m_page->findChild<QLineEdit *>(QStringLiteral("filterCustomer"))->clear();
        QVERIFY(searchFor(QStringLiteral("filterHash"), QString()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading(), 10000);
        m_page->table()->sortByColumn(static_cast<int>(office::OrderColumn::Created), Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->isLoading() && m_page->model()->rowCount() > 0, 10000);
    }
};

QTEST_MAIN(TestOrdersPage)
#include "tst_orders_page.moc"
