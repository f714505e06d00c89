// OfficeService against the real Postgres: order search (code prefix in every accepted shape, customer, phone,
// status, dates, sorting, pages), an order's timeline (created, redemption, valid, scans, delivery, cancellation),
// create by hand through vd.create_order with a fresh random hash, cancel with a reason (refused without one and for
// a delivered order), CSV import with its per-line report, CSV export (BOM, defused formulas), audit search and
// export, and the new record_reconciliation function with its refusals by role.
#include "Harness.h"
#include "OfficeCalls.h"
#include "TestDatabase.h"
#include "office/CsvReader.h"
#include "office/OfficeService.h"
#include "scan/PayloadParser.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

namespace {
const QByteArray kValid(32, '\x5a');
const QByteArray kDelivered(32, '\x5b');
const QByteArray kTx(32, '\x77');
} // namespace

class TestOfficeService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    db::DbConfig m_office;
    std::unique_ptr<office::OfficeService> m_service;
    std::unique_ptr<test::OfficeCalls> m_calls;
    QTemporaryDir m_dir;

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out.trimmed();
    }

    QList<office::OrderRow> search(const office::OrderFilter &f, int *total = nullptr, int offset = 0, int limit = 200)
    {
        const auto a = m_calls->answer(m_service->searchOrders(f, offset, limit));
        if (!a.ok()) {
            qWarning("search failed: %s", qPrintable(a.error()));
            return {};
        }
        if (total)
            *total = a.args.at(3).toInt();
        return a.args.at(1).value<QList<office::OrderRow>>();
    }

    office::OrderRow create(const QString &item, const QString &amount, const QString &name, const QString &phone)
    {
        office::NewOrder o;
        o.item = item;
        o.amount = amount;
        o.customerName = name;
        o.customerPhone = phone;
        o.expiresAt = QDateTime::currentDateTimeUtc().addDays(3);
        const auto a = m_calls->answer(m_service->createOrder(o));
        if (!a.ok())
            qWarning("create failed: %s", qPrintable(a.error()));
        return a.ok() ? a.args.at(1).value<office::OrderRow>() : office::OrderRow{};
    }

    static QString bytea(const QByteArray &b) { return QStringLiteral("'\\x%1'").arg(QString::fromLatin1(b.toHex())); }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("office"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_office = m_db->createLogin(QStringLiteral("vd_backoffice"), QStringLiteral("clerk"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        office::OfficeSettings s;
        s.database = m_office;
        s.workstation = QStringLiteral("Office PC 2");
        s.chainId = 31337;
        s.token = test::Harness::instance().token();
        m_service = std::make_unique<office::OfficeService>(s);
        m_calls = std::make_unique<test::OfficeCalls>(m_service.get());
        // A VALID order with a redemption (as the listener leaves it), one delivered after two scans.
        sql(QStringLiteral(
                "INSERT INTO vd.chain_logs (id, chain_id, block_number, block_hash, block_time, tx_hash, "
                "tx_index, log_index, address, data, event) VALUES (9001, 31337, 42, '\\x01', now() - "
                "interval '1 hour', %1, 0, 0, '\\x02', '\\x', 'redeemed'); "
                "INSERT INTO vd.orders (order_hash, amount, item, customer_name, customer_phone, status, "
                "redeem_chain_id, redeem_tx, redeem_block, redeem_amount, redeemer, confirmations, valid_at) "
                "VALUES (%2, 5000000000000000000, 'Television', 'Zoë Quist', '+255 700 111', 'VALID', 31337, "
                "%1, 42, 5000000000000000000, '\\x1111111111111111111111111111111111111111', 12, now()); "
                "INSERT INTO vd.chain_redemptions (log_id, chain_id, order_hash, customer, amount, "
                "block_number, tx_hash, order_id) SELECT 9001, 31337, %2, '\\x11', 5000000000000000000, 42, "
                "%1, id FROM vd.orders WHERE order_hash = %2; "
                "INSERT INTO vd.orders (order_hash, amount, item, customer_name, status) VALUES "
                "(%3, 1, 'Radio', 'Bob', 'VALID');")
                .arg(bytea(kTx), bytea(kValid), bytea(kDelivered)));
        const db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"), QStringLiteral("desk"));
        QString err;
        test::Harness::instance().psql(
            m_db->name(),
            QStringLiteral("SELECT * FROM vd.lookup_order(%1, 'Desk 1', 'camera'); "
                           "SELECT * FROM vd.lookup_order(%1, 'Desk 2', 'scanner'); "
                           "SELECT * FROM vd.deliver_order(%1, gen_random_uuid(), 'Desk 2', 'ID checked');")
                .arg(bytea(kDelivered)),
            &err, desk.user, desk.password);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void createByHand()
    {
        const office::OrderRow o = create(QStringLiteral("Rice 25 kg"), QStringLiteral("12.5"),
                                          QStringLiteral("Ann Mwangi"), QStringLiteral("0712 345 678"));
        QVERIFY(o.id > 0);
        QCOMPARE(o.hash.size(), 32);
        QCOMPARE(o.status, QStringLiteral("CREATED"));
        QCOMPARE(o.amount, QStringLiteral("12.5"));
        QCOMPARE(o.source, QStringLiteral("backoffice"));
        QCOMPARE(o.createdBy, m_office.user);
        QCOMPARE(sql(QStringLiteral("SELECT amount FROM vd.orders WHERE id = %1").arg(o.id)),
                 QStringLiteral("12500000000000000000"));
        QCOMPARE(sql(QStringLiteral("SELECT actor FROM vd.audit_log WHERE action = 'order.create' AND entity_id = '%1'")
                         .arg(o.id)),
                 m_office.user);
        const office::OrderRow other = create(QStringLiteral("Rice 25 kg"), QStringLiteral("1"), {}, {});
        QVERIFY(other.hash != o.hash);
        // Refusals before anything is written.
        office::NewOrder bad;
        bad.item = QStringLiteral("x");
        bad.amount = QStringLiteral("0");
        QCOMPARE(m_calls->answer(m_service->createOrder(bad)).code(), QStringLiteral("office.bad_amount"));
        bad.amount = QStringLiteral("1");
        bad.expiresAt = QDateTime::currentDateTimeUtc().addDays(-1);
        QCOMPARE(m_calls->answer(m_service->createOrder(bad)).code(), QStringLiteral("office.bad_expiry"));
        bad.item.clear();
        QCOMPARE(m_calls->answer(m_service->createOrder(bad)).code(), QStringLiteral("office.bad_item"));
    }

    void searchFilters()
    {
        create(QStringLiteral("Beans"), QStringLiteral("2"), QStringLiteral("Carla Ndege"),
               QStringLiteral("+255 777 999"));
        office::OrderFilter f;
        int total = 0;
        QVERIFY(search(f, &total).size() >= 5);
        QCOMPARE(total, search(f).size());
        // The code prefix in each accepted shape.
        const QString hex = QString::fromLatin1(kValid.toHex());
        const QStringList prefixes = {QString(QStringLiteral("VD1-") + hex.left(8).toUpper()),
                                      QString(QStringLiteral("0x") + hex.left(6)), hex.left(4),
                                      scan::PayloadParser::canonicalPayload(kValid)};
        for (const QString &prefix : prefixes) {
            f = {};
            f.hash = prefix;
            const auto rows = search(f);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.at(0).hash, kValid);
        }
        f = {};
        f.hash = QStringLiteral("VD1-XYZ");
        QCOMPARE(m_calls->answer(m_service->searchOrders(f, 0, 10)).code(), QStringLiteral("office.bad_hash"));
        f = {};
        f.customer = QStringLiteral("QUIST");
        QCOMPARE(search(f).size(), 1);
        f = {};
        f.phone = QStringLiteral("777 9");
        QCOMPARE(search(f).value(0).item, QStringLiteral("Beans"));
        f = {};
        f.customer = QStringLiteral("%");
        QCOMPARE(search(f).size(), 0); // wildcards are taken literally
        f = {};
        f.status = QStringLiteral("DELIVERED");
        QCOMPARE(search(f).value(0).hash, kDelivered);
        f = {};
        f.createdFrom = QDate::currentDate().addDays(1);
        QCOMPARE(search(f).size(), 0);
        f.createdFrom = QDateTime::currentDateTimeUtc().date().addDays(-1);
        f.createdTo = QDateTime::currentDateTimeUtc().date();
        QVERIFY(search(f).size() >= 5);
        // Sorting by amount, both ways, and pages.
        f = {};
        f.sortColumn = office::OrderColumn::Amount;
        f.descending = false;
        const auto up = search(f);
        QCOMPARE(up.first().amount, QStringLiteral("0.000000000000000001"));
        f.descending = true;
        const auto down = search(f);
        QCOMPARE(down.first().amount, QStringLiteral("12.5"));
        const auto page2 = search(f, &total, 2, 2);
        QCOMPARE(page2.size(), 2);
        QCOMPARE(page2.at(0).id, down.at(2).id);
    }

    void timeline()
    {
        office::OrderFilter f;
        f.hash = QString::fromLatin1(kDelivered.toHex());
        const qint64 delivered = search(f).value(0).id;
        auto a = m_calls->answer(m_service->orderDetail(delivered));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        auto d = a.args.at(1).value<office::OrderDetail>();
        QStringList kinds;
        for (const auto &e : d.timeline)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("created"), QStringLiteral("scan"), QStringLiteral("scan"),
                                     QStringLiteral("delivered")}));
        QVERIFY(d.timeline.at(1).title.contains(QLatin1String("Desk 1")));
        QVERIFY(d.timeline.at(3).title.contains(QLatin1String("Desk 2")));
        QVERIFY(d.timeline.at(3).detail.contains(QLatin1String("ID checked")));

        f.hash = QString::fromLatin1(kValid.toHex());
        a = m_calls->answer(m_service->orderDetail(search(f).value(0).id));
        QVERIFY(a.ok());
        d = a.args.at(1).value<office::OrderDetail>();
        QCOMPARE(d.redeemTx, kTx);
        QCOMPARE(d.redeemBlock, 42);
        QCOMPARE(d.redeemAmount, QStringLiteral("5"));
        kinds.clear();
        for (const auto &e : d.timeline)
            kinds << e.kind;
        QVERIFY(kinds.contains(QStringLiteral("redeemed")));
        QVERIFY(kinds.contains(QStringLiteral("valid")));
        for (const auto &e : d.timeline)
            if (e.kind == QLatin1String("redeemed"))
                QVERIFY2(e.detail.contains(QLatin1String("Block 42, 12 confirmations")), qPrintable(e.detail));
        QCOMPARE(m_calls->answer(m_service->orderDetail(987654)).code(), QStringLiteral("office.no_order"));
    }

    void cancel()
    {
        const office::OrderRow o = create(QStringLiteral("Sofa"), QStringLiteral("3"), {}, {});
        QCOMPARE(m_calls->answer(m_service->cancelOrder(o.id, QStringLiteral(" "))).code(),
                 QStringLiteral("office.no_reason"));
        auto a = m_calls->answer(m_service->cancelOrder(o.id, QStringLiteral("Customer changed their mind")));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.args.at(2).toString(), QStringLiteral("CREATED"));
        QCOMPARE(sql(QStringLiteral("SELECT status, cancel_reason FROM vd.orders WHERE id = %1").arg(o.id)),
                 QStringLiteral("CANCELLED|Customer changed their mind"));
        QCOMPARE(sql(QStringLiteral("SELECT workstation, before->>'status', after->>'status', details->>'reason' FROM "
                                    "vd.audit_log WHERE action = 'order.cancel' AND entity_id = '%1'")
                         .arg(o.id)),
                 QStringLiteral("Office PC 2|CREATED|CANCELLED|Customer changed their mind"));
        QCOMPARE(m_calls->answer(m_service->cancelOrder(o.id, QStringLiteral("again"))).code(),
                 QStringLiteral("office.already_cancelled"));
        office::OrderFilter f;
        f.hash = QString::fromLatin1(kDelivered.toHex());
        const qint64 delivered = search(f).value(0).id;
        QCOMPARE(m_calls->answer(m_service->cancelOrder(delivered, QStringLiteral("fraud?"))).code(),
                 QStringLiteral("office.delivered"));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM vd.orders WHERE id = %1").arg(delivered)),
                 QStringLiteral("DELIVERED"));
        // The database refuses it too, whatever the client checks.
        QString err;
        test::Harness::instance().psql(m_db->name(),
                                       QStringLiteral("SELECT vd.cancel_order(%1, 'direct', 'x')").arg(delivered), &err,
                                       m_office.user, m_office.password);
        QVERIFY(err.contains(QLatin1String("never changes")));
    }

    void importReport()
    {
        const QString existing = scan::PayloadParser::canonicalPayload(kValid);
        const QString path = m_dir.filePath(QStringLiteral("import.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBFitem;amount;order_hash;customer_name;customer_phone;expires_at\r\n"
                   "Maize flour;1,5;;Dan;;\r\n"                     // decimal comma: refused (ambiguous)
                   "Maize flour;1.5;;Dan;0700;2099-06-01 12:00\r\n" // created
                   "Cooking oil;2;" +
                   existing.toLatin1() +
                   ";Eve;;\r\n"                               // duplicate in the database
                   ";3;;;;\r\n"                               // no item
                   "Soap;4;;\"Fay \"\"Boss\"\" Ali\";;\r\n"); // created, quotes in the name
        file.close();
        const auto a = m_calls->answer(m_service->importOrders(path));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        const auto report = a.args.at(1).value<office::ImportReport>();
        QCOMPARE(report.created, 2);
        QCOMPARE(report.rejected, 3);
        QCOMPARE(report.lines.size(), 5);
        QCOMPARE(report.lines.at(0).line, 2);
        QVERIFY(!report.lines.at(0).created);
        QVERIFY(report.lines.at(1).created);
        QVERIFY(report.lines.at(2).reason.contains(QLatin1String("already exists")));
        QVERIFY(report.lines.at(3).reason.contains(QLatin1String("item")));
        QVERIFY(report.lines.at(4).created);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.orders WHERE source = 'import'")), QStringLiteral("2"));
        QCOMPARE(sql(QStringLiteral("SELECT customer_name FROM vd.orders WHERE item = 'Soap'")),
                 QStringLiteral("Fay \"Boss\" Ali"));
        QCOMPARE(sql(QStringLiteral("SELECT expires_at AT TIME ZONE 'UTC' FROM vd.orders WHERE item = 'Maize flour'")),
                 QStringLiteral("2099-06-01 12:00:00"));
        QCOMPARE(m_calls->answer(m_service->importOrders(m_dir.filePath(QStringLiteral("missing.csv")))).code(),
                 QStringLiteral("office.file"));
    }

    void exportView()
    {
        create(QStringLiteral("=HYPERLINK(\"http://evil\")"), QStringLiteral("1"), QStringLiteral("@attacker"),
               QStringLiteral("+1 555"));
        office::OrderFilter f;
        f.sortColumn = office::OrderColumn::Item;
        f.descending = false;
        int total = 0;
        search(f, &total);
        const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
        const auto a = m_calls->answer(m_service->exportOrders(f, path));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a.args.at(1).toLongLong(), qint64(total));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBForder_hash,status,amount,item,"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        QVERIFY(bytes.contains(",'@attacker,'+1 555,"));
        const auto records = office::parseCsv(bytes);
        QCOMPARE(records.size(), total + 1);
        bool found = false;
        for (const auto &r : records)
            if (r.cells.value(3) == QLatin1String("'=HYPERLINK(\"http://evil\")")) {
                found = true;
                QVERIFY(r.cells.value(0).startsWith(QLatin1String("VD1-")));
            }
        QVERIFY(found);
        // Only the filtered view.
        f.status = QStringLiteral("DELIVERED");
        QCOMPARE(m_calls->answer(m_service->exportOrders(f, path)).args.value(1).toLongLong(), 1);
    }

    void auditSearchAndExport()
    {
        office::AuditFilter f;
        f.actor = m_office.user;
        f.action = QStringLiteral("order.cancel");
        auto a = m_calls->answer(m_service->searchAudit(f, 0, 50));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        auto rows = a.args.at(1).value<QList<office::AuditRow>>();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).workstation, QStringLiteral("Office PC 2"));
        QVERIFY(rows.at(0).before.contains(QLatin1String("CREATED")));
        f = {};
        f.text = QStringLiteral("changed their MIND");
        a = m_calls->answer(m_service->searchAudit(f, 0, 50));
        QCOMPARE(a.args.at(1).value<QList<office::AuditRow>>().size(), 1);
        f = {};
        f.entity = QStringLiteral("order");
        f.sortColumn = office::AuditColumn::At;
        f.descending = false;
        a = m_calls->answer(m_service->searchAudit(f, 0, 3));
        rows = a.args.at(1).value<QList<office::AuditRow>>();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.at(0).at <= rows.at(1).at);
        QVERIFY(a.args.at(3).toInt() > 3);
        f.from = QDate::currentDate().addDays(2);
        a = m_calls->answer(m_service->searchAudit(f, 0, 3));
        QCOMPARE(a.args.at(3).toInt(), 0);
        f = {};
        f.action = QStringLiteral("order.");
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        a = m_calls->answer(m_service->exportAudit(f, path));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto records = office::parseCsv(file.readAll());
        QCOMPARE(records.size() - 1, a.args.at(1).toLongLong());
        QCOMPARE(records.at(0).cells.value(4), QStringLiteral("action"));
    }

    void reconciliationFunction()
    {
        // A mint the listener saw, without deposit.
        const QByteArray tx(32, '\x42');
        sql(QStringLiteral("INSERT INTO vd.chain_logs (id, chain_id, block_number, block_hash, tx_hash, tx_index, "
                           "log_index, address, data, event) VALUES (9101, 31337, 50, '\\x03', %1, 0, 0, '\\x02', "
                           "'\\x', 'mint'); INSERT INTO vd.chain_transfers (log_id, chain_id, kind, account, amount, "
                           "block_number, tx_hash) VALUES (9101, 31337, 'mint', '\\x22', 700, 50, %1)")
                .arg(bytea(tx)));
        auto fail = [this](const QString &call, const db::DbConfig &who) {
            QString err;
            test::Harness::instance().psql(m_db->name(), call, &err, who.user, who.password);
            return err;
        };
        const QString call = QStringLiteral("SELECT vd.record_reconciliation(31337, %1, %2, %3, 'ws')");
        QVERIFY(fail(call.arg(bytea(tx), QStringLiteral("700"), QStringLiteral("''")), m_office)
                    .contains(QLatin1String("reason")));
        QVERIFY(fail(call.arg(bytea(tx), QStringLiteral("699"), QStringLiteral("'test mint by ops'")), m_office)
                    .contains(QLatin1String("minted 700")));
        QVERIFY(
            fail(call.arg(bytea(QByteArray(32, '\x43')), QStringLiteral("700"), QStringLiteral("'test mint by ops'")),
                 m_office)
                .contains(QLatin1String("not an on-chain mint")));
        // Reception and the shop may not; nobody writes the table directly any more.
        const db::DbConfig desk = m_db->createLogin(QStringLiteral("vd_reception"));
        const db::DbConfig shop = m_db->createLogin(QStringLiteral("vd_shop"));
        QVERIFY(fail(call.arg(bytea(tx), QStringLiteral("700"), QStringLiteral("'test mint by ops'")), desk)
                    .contains(QLatin1String("permission denied")));
        QVERIFY(fail(call.arg(bytea(tx), QStringLiteral("700"), QStringLiteral("'test mint by ops'")), shop)
                    .contains(QLatin1String("permission denied")));
        QVERIFY(
            fail(QStringLiteral("INSERT INTO vd.reconciliation_entries (chain_id, amount, reason) VALUES (1, 1, 'x')"),
                 m_office)
                .contains(QLatin1String("permission denied")));
        QVERIFY(fail(QStringLiteral("SELECT count(*) FROM vd.audit_log"), desk)
                    .contains(QLatin1String("permission denied")));
        QVERIFY(fail(QStringLiteral("SELECT count(*) FROM vd.reconciliation_entries"), desk)
                    .contains(QLatin1String("permission denied")));
        // Through the service: reason required, then recorded and audited with before/after and workstation.
        QCOMPARE(
            m_calls->answer(m_service->recordReconciliation(tx, QStringLiteral("700"), QStringLiteral("ok"))).code(),
            QStringLiteral("office.no_reason"));
        auto a = m_calls->answer(
            m_service->recordReconciliation(tx, QStringLiteral("700"), QStringLiteral("Test mint by ops")));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        const qint64 entry = a.args.at(1).toLongLong();
        QCOMPARE(
            sql(QStringLiteral("SELECT actor, workstation, before->>'reconciled_total', after->>'reconciled_total', "
                               "details->>'reason' FROM vd.audit_log WHERE action = 'reconciliation.record' AND "
                               "entity_id = '%1'")
                    .arg(entry)),
            QStringLiteral("%1|Office PC 2|0|700|Test mint by ops").arg(m_office.user));
        a = m_calls->answer(
            m_service->recordReconciliation(tx, QStringLiteral("700"), QStringLiteral("Twice the same")));
        QVERIFY(a.error().contains(QLatin1String("already reconciled")));
        // Admins may too (they are back office as well).
        const db::DbConfig admin = m_db->createLogin(QStringLiteral("vd_admin"));
        QVERIFY(
            fail(QStringLiteral("SELECT vd.record_reconciliation(31337, NULL, -5, 'burn by hand, see ticket 7', 'ws')"),
                 admin)
                .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfficeService)
#include "tst_office_service.moc"
