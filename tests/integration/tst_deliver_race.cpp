// Twenty desks (each its own DeskService: own thread, own connection, own login) press Deliver on the same VALID
// order at the same moment: exactly one DELIVERED, nineteen ALREADY DELIVERED, one deliveries row, one audit row.
// And the same scan retried (same idempotency key) after it won still answers DELIVERED, never ALREADY DELIVERED.
#include "Harness.h"
#include "TestDatabase.h"
#include "orders/DeskService.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

using namespace vd;
using orders::Verdict;
using orders::VerdictKind;

class TestDeliverRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qRegisterMetaType<Verdict>();
    }

    void twentyDesksOneDelivery()
    {
        test::TestDatabase db(QStringLiteral("race"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QByteArray hash(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(hash.data()), 8);
        const QString bytea = QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(hash.toHex()));
        db.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations) VALUES "
                               "(%1, 5, 'Contested kettle', 'VALID', 3)")
                    .arg(bytea));

        constexpr int desks = 20;
        std::vector<std::unique_ptr<orders::DeskService>> services;
        std::vector<std::unique_ptr<QSignalSpy>> spies;
        for (int i = 0; i < desks; ++i) {
            orders::DeskSettings s;
            s.database = db.createLogin(QStringLiteral("vd_reception"), QStringLiteral("d%1").arg(i));
            s.deskName = QStringLiteral("Desk %1").arg(i);
            services.push_back(std::make_unique<orders::DeskService>(s));
            spies.push_back(std::make_unique<QSignalSpy>(services.back().get(), &orders::DeskService::deliveryDone));
            services.back()->start();
        }
        for (auto &s : services)
            QTRY_VERIFY_WITH_TIMEOUT(s->isOnline(), 10000);

        std::vector<QUuid> keys;
        for (int i = 0; i < desks; ++i)
            keys.push_back(QUuid::createUuid());
        for (int i = 0; i < desks; ++i) // queued to twenty threads back to back: they race in the database
            services[size_t(i)]->deliver(hash, keys[size_t(i)], QString(), QStringLiteral("not_rechecked"));

        int delivered = 0, already = 0, winner = -1;
        for (int i = 0; i < desks; ++i) {
            QTRY_COMPARE_WITH_TIMEOUT(spies[size_t(i)]->count(), 1, 10000);
            const Verdict v = spies[size_t(i)]->at(0).at(1).value<Verdict>();
            if (v.kind == VerdictKind::Delivered) {
                ++delivered;
                winner = i;
            } else if (v.kind == VerdictKind::AlreadyDelivered) {
                ++already;
            }
        }
        QCOMPARE(delivered, 1);
        QCOMPARE(already, desks - 1);
        QCOMPARE(db.psql(QStringLiteral("SELECT count(*) FROM vd.deliveries d JOIN vd.orders o ON o.id = d.order_id "
                                        "WHERE o.order_hash = %1")
                             .arg(bytea)),
                 QStringLiteral("1"));
        QCOMPARE(db.psql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'order.deliver' AND "
                                        "entity_id = (SELECT id::text FROM vd.orders WHERE order_hash = %1)")
                             .arg(bytea)),
                 QStringLiteral("1"));

        // The winning scan retried (a double click, a reconnect): still its own delivery.
        spies[size_t(winner)]->clear();
        services[size_t(winner)]->deliver(hash, keys[size_t(winner)], QString(), QStringLiteral("not_rechecked"));
        QTRY_COMPARE_WITH_TIMEOUT(spies[size_t(winner)]->count(), 1, 5000);
        QCOMPARE(spies[size_t(winner)]->at(0).at(1).value<Verdict>().kind, VerdictKind::Delivered);
        services.clear();
    }
};

QTEST_GUILESS_MAIN(TestDeliverRace)
#include "tst_deliver_race.moc"
