// The back office's dashboard: today's figures read by DashboardService from the harness's Postgres, refreshed by
// NOTIFY (not polling), shown by DashboardPage under offscreen.
#include "DashboardPage.h"
#include "Harness.h"
#include "TestDatabase.h"
#include "dashboard/DashboardService.h"

#include <QLabel>
#include <QtTest>

using namespace vd;

class TestDashboard : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_db;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out;
    }

    void order(const QString &status, int n)
    {
        sql(QStringLiteral("INSERT INTO vd.orders (order_hash, status, amount, item, expires_at, source) "
                           "SELECT gen_random_bytes(32), '%1', 10, 'Rice', now() + interval '1 day', 'sample' "
                           "FROM generate_series(1, %2)")
                .arg(status)
                .arg(n));
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("dashboard"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        sql(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pgcrypto"));
    }

    void showsTodayAndFollowsNotify()
    {
        order(QStringLiteral("CREATED"), 3);
        order(QStringLiteral("PENDING_CHAIN"), 2);
        order(QStringLiteral("VALID"), 4);
        order(QStringLiteral("EXPIRED"), 1);
        sql(QStringLiteral("SELECT vd.deliver_order((SELECT order_hash FROM vd.orders WHERE status = 'VALID' LIMIT 1), "
                           "gen_random_uuid(), 'Desk 1', 'ok')"));
        sql(QStringLiteral(
            "INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, token_amount) VALUES "
            "('Amina', '\\x9965507d1a55bcc2695c58ba16fb37d819b0a4dc', 50, 'EUR', 50), "
            "('Peter', '\\x976ea74026e726554db657fa54763abd0c3a0aa9', 70, 'EUR', 70)"));
        sql(QStringLiteral("INSERT INTO vd.incidents (kind, details) VALUES ('proof_removed', '{\"order\": 7}')"));

        dashboard::DashboardService service(m_db->createLogin(QStringLiteral("vd_backoffice")));
        ui::DashboardPage page;
        page.resize(1100, 760);
        page.show();
        int snapshots = 0;
        connect(&service, &dashboard::DashboardService::snapshotReady, &page,
                [&page, &snapshots](const dashboard::DashboardSnapshot &s) {
                    page.showSnapshot(s);
                    ++snapshots;
                });
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(snapshots >= 1, 10000);
        const dashboard::DashboardSnapshot &s = page.snapshot();
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.ordersToday.value(QStringLiteral("CREATED")), 3);
        QCOMPARE(s.ordersTotal.value(QStringLiteral("VALID")), 3);
        QCOMPARE(s.deliveredToday, 1);
        QCOMPARE(s.deposits.value(QStringLiteral("submitted")), 2);
        QCOMPARE(s.incidents.size(), 1);
        int deliveries = 0;
        for (int h : s.deliveriesPerHour)
            deliveries += h;
        QCOMPARE(deliveries, 1);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("delivered"))->text().contains(QLatin1String(">1<")));
        QTest::qWait(200);
        const QString dir = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            page.grab().save(dir + QStringLiteral("/dashboard.png"));

        // A delivery elsewhere: the dashboard hears it through NOTIFY vd_orders and re-reads by itself.
        const int before = snapshots;
        sql(QStringLiteral("SELECT vd.deliver_order((SELECT order_hash FROM vd.orders WHERE status = 'VALID' LIMIT 1), "
                           "gen_random_uuid(), 'Desk 2', 'ok')"));
        QTRY_VERIFY_WITH_TIMEOUT(snapshots > before && page.snapshot().deliveredToday == 2, 10000);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
