// DeskService against the real Postgres: every order state gives the right verdict, delivery happens once,
// a repeat of the same scan returns its original outcome, NOTIFY reaches the desk, and an unreachable database
// is reported as offline without blocking anything.
#include "Harness.h"
#include "TestDatabase.h"
#include "orders/DeskService.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vd;
using orders::VerdictKind;

namespace {
scan::OrderCode code(char fill)
{
    scan::OrderCode c;
    c.hash = QByteArray(32, fill);
    c.canonical = QStringLiteral("VD1-") + QString::fromLatin1(c.hash.toHex().toUpper());
    return c;
}
QString hex(const scan::OrderCode &c)
{
    return QStringLiteral("\\x") + QString::fromLatin1(c.hash.toHex());
}
} // namespace

class TestDeskService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<orders::DeskService> m_desk;

    orders::Verdict lookup(const scan::OrderCode &c)
    {
        QSignalSpy spy(m_desk.get(), &orders::DeskService::verdictReady);
        const quint64 id = m_desk->lookup(c, scan::ScanSource::Wedge);
        if (!spy.wait(5000))
            return {};
        [&] { QCOMPARE(spy.at(0).at(0).toULongLong(), id); }();
        return spy.at(0).at(1).value<orders::Verdict>();
    }

    orders::Verdict deliver(const scan::OrderCode &c, const QUuid &key)
    {
        QSignalSpy spy(m_desk.get(), &orders::DeskService::deliveryDone);
        m_desk->deliver(c.hash, key, QStringLiteral("with receipt"), QStringLiteral("not_rechecked"));
        if (!spy.wait(5000))
            return {};
        return spy.at(0).at(1).value<orders::Verdict>();
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("desk"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        const QString rows =
            QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, customer_name, status, confirmations) VALUES "
                           "('%1', 12500000000000000000, 'Rice 25 kg', 'Amina', 'VALID', 3),"
                           "('%2', 1000000000000000000, 'Oil', 'Jean', 'CREATED', 0),"
                           "('%3', 1000000000000000000, 'Lamp', 'Fatuma', 'PENDING_CHAIN', 1),"
                           "('%4', 1000000000000000000, 'Phone', 'Halima', 'UNDERPAID', 3),"
                           "('%5', 1000000000000000000, 'Sugar', 'Claude', 'EXPIRED', 0)")
                .arg(hex(code('\x01')), hex(code('\x02')), hex(code('\x03')), hex(code('\x04')), hex(code('\x05')));
        QString err;
        m_db->psql(rows, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_db->psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item) VALUES ('%1', 1, 'Blanket'); "
                                  "SELECT vd.cancel_order(currval('vd.orders_id_seq'), 'changed mind')")
                       .arg(hex(code('\x06'))),
                   &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        orders::DeskSettings s;
        s.database = m_db->createLogin(QStringLiteral("vd_reception"));
        s.deskName = QStringLiteral("Desk A");
        s.requiredConfirmations = 3;
        m_desk = std::make_unique<orders::DeskService>(s);
        QSignalSpy online(m_desk.get(), &orders::DeskService::onlineChanged);
        m_desk->start();
        QVERIFY(online.wait(5000));
        QVERIFY(online.last().at(0).toBool());
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        m_db.reset();
    }

    void verdictPerState_data()
    {
        QTest::addColumn<char>("fill");
        QTest::addColumn<int>("kind");
        QTest::newRow("valid") << '\x01' << int(VerdictKind::Valid);
        QTest::newRow("created") << '\x02' << int(VerdictKind::NotPaid);
        QTest::newRow("pending") << '\x03' << int(VerdictKind::PendingChain);
        QTest::newRow("underpaid") << '\x04' << int(VerdictKind::Underpaid);
        QTest::newRow("expired") << '\x05' << int(VerdictKind::Expired);
        QTest::newRow("cancelled") << '\x06' << int(VerdictKind::Cancelled);
        QTest::newRow("unknown") << '\x7f' << int(VerdictKind::UnknownCode);
    }

    void verdictPerState()
    {
        QFETCH(char, fill);
        QFETCH(int, kind);
        const orders::Verdict v = lookup(code(fill));
        QCOMPARE(orders::verdictKindName(v.kind), orders::verdictKindName(VerdictKind(kind)));
        QCOMPARE(v.orderHash, code(fill).hash);
    }

    void validCarriesWhatToHandOver()
    {
        const orders::Verdict v = lookup(code('\x01'));
        QCOMPARE(v.item, QStringLiteral("Rice 25 kg"));
        QCOMPARE(v.customerName, QStringLiteral("Amina"));
        QCOMPARE(v.amount, QStringLiteral("12.5")); // exact decimal, 18 decimals
        QCOMPARE(v.requiredConfirmations, 3);
        const orders::Verdict cancelled = lookup(code('\x06'));
        QCOMPARE(cancelled.cancelReason, QStringLiteral("changed mind"));
        // Every scan is recorded for the order's timeline.
        QVERIFY(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.scan_events WHERE desk = 'Desk A'")).toInt() >= 8);
    }

    void deliverOnceAndRepeatSameScan()
    {
        const QUuid key = QUuid::createUuid();
        const orders::Verdict first = deliver(code('\x01'), key);
        QCOMPARE(orders::verdictKindName(first.kind), QStringLiteral("DELIVERED"));
        QCOMPARE(first.deliveredDesk, QStringLiteral("Desk A"));
        QCOMPARE(first.deliveryNote, QStringLiteral("with receipt"));
        const orders::Verdict repeat = deliver(code('\x01'), key);
        QCOMPARE(orders::verdictKindName(repeat.kind), QStringLiteral("DELIVERED"));
        const orders::Verdict other = deliver(code('\x01'), QUuid::createUuid());
        QCOMPARE(orders::verdictKindName(other.kind), QStringLiteral("ALREADY_DELIVERED"));
        QVERIFY(!other.deliveredBy.isEmpty());
        QVERIFY(other.deliveredAt.isValid());
        // Not VALID: refused by the database, with the reason.
        const orders::Verdict notPaid = deliver(code('\x02'), QUuid::createUuid());
        QCOMPARE(orders::verdictKindName(notPaid.kind), QStringLiteral("NOT_PAID"));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.deliveries")), QStringLiteral("1"));
    }

    void notifyReachesTheDesk()
    {
        QSignalSpy changed(m_desk.get(), &orders::DeskService::orderChanged);
        m_db->psql(QStringLiteral("UPDATE vd.orders SET status = 'VALID', confirmations = 3 WHERE order_hash = '%1'")
                       .arg(hex(code('\x03'))));
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(0).toByteArray(), code('\x03').hash);
        QCOMPARE(changed.last().at(1).toString(), QStringLiteral("VALID"));
    }

    void searchByNamePhoneAndHashPrefix()
    {
        QSignalSpy spy(m_desk.get(), &orders::DeskService::searchDone);
        m_desk->search(QStringLiteral("fatu"));
        QVERIFY(spy.wait(5000));
        auto hits = spy.last().at(1).value<QList<orders::SearchHit>>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().item, QStringLiteral("Lamp"));
        m_desk->search(QStringLiteral("0x0404"));
        QVERIFY(spy.wait(5000));
        hits = spy.last().at(1).value<QList<orders::SearchHit>>();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().orderHash, code('\x04').hash);
        m_desk->search(QStringLiteral("%' OR 1=1 --"));
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.last().at(1).value<QList<orders::SearchHit>>().size(), 0);
    }

    void unreachableDatabaseIsOffline()
    {
        orders::DeskSettings s;
        s.database.host = QStringLiteral("127.0.0.1");
        s.database.port = 1;
        s.deskName = QStringLiteral("Desk B");
        orders::DeskService desk(s);
        QSignalSpy online(&desk, &orders::DeskService::onlineChanged);
        QSignalSpy verdict(&desk, &orders::DeskService::verdictReady);
        QElapsedTimer t;
        t.start();
        desk.start();
        desk.lookup(code('\x01'), scan::ScanSource::Camera);
        QVERIFY(verdict.wait(5000));
        QCOMPARE(orders::verdictKindName(verdict.at(0).at(1).value<orders::Verdict>().kind),
                 QStringLiteral("DATABASE_OFFLINE"));
        QVERIFY(!online.isEmpty());
        QVERIFY(!online.first().at(0).toBool());
        QVERIFY2(t.elapsed() < 2000, "offline must be known within 2 s");
    }
};

QTEST_GUILESS_MAIN(TestDeskService)
#include "tst_desk_service.moc"
