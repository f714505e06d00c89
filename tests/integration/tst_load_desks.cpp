// Load: 50 desks -- each a real DeskService (own worker thread, own connection, own login), doing what the reception
// page does: look the code up, and when the verdict is VALID, deliver it with the scan's idempotency key -- work
// through one shuffled stream of 10,000 scans of ~3,000 orders in every state (VALID, CREATED, PENDING_CHAIN,
// UNDERPAID, EXPIRED, CANCELLED, unknown codes), with repeats, so several desks often hold the same order at once.
// Meanwhile the chain listener ingests redemptions that turn CREATED orders VALID (private anvil, 0 confirmations).
// Proves: every VALID order (and every order the listener made VALID) is delivered exactly once -- one deliveries row,
// one DELIVERED verdict, one audit row -- and nothing else is; reports deliveries/s and p95 latencies.
// VD_LOAD_SCANS / VD_LOAD_DESKS change the size.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "listener/ListenerService.h"
#include "orders/DeskService.h"
#include "scan/PayloadParser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>
#include <algorithm>
#include <atomic>
#include <memory>
#include <random>
#include <thread>
#include <vector>

using namespace vd;
using orders::Verdict;
using orders::VerdictKind;

namespace {

QByteArray randomHash()
{
    QByteArray h(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(h.data()), 8);
    return h;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

int envInt(const char *name, int fallback)
{
    const int v = qEnvironmentVariableIntValue(name);
    return v > 0 ? v : fallback;
}

} // namespace

class TestLoadDesks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qRegisterMetaType<Verdict>();
    }

    void fiftyDesksTenThousandScans()
    {
        const int scans = envInt("VD_LOAD_SCANS", 10000);
        const int deskCount = envInt("VD_LOAD_DESKS", 50);
        test::LocalChain chain;
        QVERIFY2(chain.ok(), qPrintable(chain.error()));
        test::TestDatabase db(QStringLiteral("load"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const auto sql = [&db](const QString &q) {
            QString err;
            const QString out = db.psql(q, &err).trimmed();
            if (!err.isEmpty())
                qWarning("psql: %s", qPrintable(err));
            return out;
        };

        // --- orders in every state --------------------------------------------------------------------------
        struct Kind
        {
            const char *status;
            int count;
        };
        const Kind kinds[] = {{"VALID", 1500},     {"CREATED", 500}, {"PENDING_CHAIN", 200}, {"UNDERPAID", 200},
                              {"EXPIRED", 150},    {"CANCELLED", 150}};
        QHash<QByteArray, QString> initial; // hash -> status at the start
        QStringList rows;
        for (const Kind &k : kinds) {
            for (int i = 0; i < k.count; ++i) {
                const QByteArray h = randomHash();
                initial.insert(h, QString::fromLatin1(k.status));
                rows << QStringLiteral("('\\x%1', 5, 'Load item', '%2', %3, %4)")
                            .arg(QString::fromLatin1(h.toHex()), QString::fromLatin1(k.status),
                                 QLatin1String(qstrcmp(k.status, "VALID") == 0 ? "3" : "0"),
                                 QLatin1String(qstrcmp(k.status, "CANCELLED") == 0 ? "'load test'" : "NULL"));
            }
        }
        for (qsizetype i = 0; i < rows.size(); i += 500) // one psql argument stays well under the kernel's limit
            sql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations, "
                               "cancel_reason) VALUES ") +
                rows.mid(i, 500).join(u','));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.orders")).toInt(), int(initial.size()));
        QList<QByteArray> unknown;
        for (int i = 0; i < 200; ++i)
            unknown << randomHash();
        // CREATED orders the listener will turn VALID while the desks work.
        QList<QByteArray> toRedeem;
        for (auto it = initial.cbegin(); it != initial.cend() && toRedeem.size() < 30; ++it)
            if (it.value() == QLatin1String("CREATED"))
                toRedeem << it.key();

        // --- the stream: every VALID and to-be-redeemed order at least once, the rest drawn at random ---------
        std::vector<QByteArray> stream;
        const QList<QByteArray> all = initial.keys();
        for (const QByteArray &h : all)
            if (initial.value(h) == QLatin1String("VALID"))
                stream.push_back(h);
        for (const QByteArray &h : toRedeem)
            stream.push_back(h);
        auto *rng = QRandomGenerator::global();
        while (stream.size() < size_t(scans)) {
            if (rng->bounded(20) == 0)
                stream.push_back(unknown.at(rng->bounded(int(unknown.size()))));
            else if (rng->bounded(3) == 0) // repeats of VALID codes: desks racing for the same order
                stream.push_back(stream.at(rng->bounded(1500)));
            else
                stream.push_back(all.at(rng->bounded(int(all.size()))));
        }
        std::shuffle(stream.begin(), stream.end(), std::mt19937(rng->generate()));

        // --- the listener ------------------------------------------------------------------------------------
        listener::ListenerConfig lc;
        lc.database = db.createLogin(QStringLiteral("vd_listener"));
        lc.chainId = test::Harness::instance().chainId();
        lc.rpcUrls = {chain.rpcUrl()};
        lc.token = chain.token();
        lc.confirmations = 0;
        lc.startBlock = chain.deployBlock();
        lc.useFinalizedTag = false;
        lc.pollIntervalMs = 100;
        listener::ListenerService listener(lc);
        listener.start();

        // --- the desks ---------------------------------------------------------------------------------------
        std::vector<std::unique_ptr<orders::DeskService>> desks;
        for (int i = 0; i < deskCount; ++i) {
            orders::DeskSettings s;
            s.database = db.createLogin(QStringLiteral("vd_reception"), QStringLiteral("load%1").arg(i));
            s.deskName = QStringLiteral("Load desk %1").arg(i);
            s.requiredConfirmations = 0;
            desks.push_back(std::make_unique<orders::DeskService>(s));
            desks.back()->start();
        }
        for (auto &d : desks)
            QTRY_VERIFY_WITH_TIMEOUT(d->isOnline(), 20000);

        size_t next = 0;
        int finished = 0, lookups = 0, errors = 0;
        QHash<QByteArray, int> deliveredVerdicts;
        QHash<QByteArray, int> deliveredDesk;
        QList<QString> errorTexts;
        std::vector<double> deliverMs, lookupMs;
        struct DeskState
        {
            QElapsedTimer since;
            quint64 request = 0;
        };
        std::vector<DeskState> state(static_cast<size_t>(deskCount));
        std::function<void(int)> scanNext;
        scanNext = [&](int i) {
            if (next >= stream.size()) {
                ++finished;
                return;
            }
            const QByteArray h = stream[next++];
            auto code = scan::PayloadParser::parse(scan::PayloadParser::canonicalPayload(h));
            state[size_t(i)].since.start();
            state[size_t(i)].request = desks[size_t(i)]->lookup(code.value(), scan::ScanSource::Camera);
        };
        for (int i = 0; i < deskCount; ++i) {
            orders::DeskService *d = desks[size_t(i)].get();
            connect(d, &orders::DeskService::verdictReady, this, [&, i, d](quint64 id, const Verdict &v) {
                if (id != state[size_t(i)].request)
                    return;
                ++lookups;
                lookupMs.push_back(double(state[size_t(i)].since.nsecsElapsed()) / 1e6);
                if (v.kind == VerdictKind::Valid) {
                    state[size_t(i)].since.start();
                    state[size_t(i)].request =
                        d->deliver(v.orderHash, QUuid::createUuid(), QString(), QStringLiteral("not_rechecked"));
                    return;
                }
                if (v.kind == VerdictKind::Error || v.kind == VerdictKind::DatabaseOffline) {
                    ++errors;
                    errorTexts << v.message;
                }
                scanNext(i);
            });
            connect(d, &orders::DeskService::deliveryDone, this, [&, i](quint64 id, const Verdict &v) {
                if (id != state[size_t(i)].request)
                    return;
                deliverMs.push_back(double(state[size_t(i)].since.nsecsElapsed()) / 1e6);
                if (v.kind == VerdictKind::Delivered) {
                    deliveredVerdicts[v.orderHash] += 1;
                    deliveredDesk[v.orderHash] = i;
                } else if (v.kind != VerdictKind::AlreadyDelivered) {
                    ++errors;
                    errorTexts << verdictKindName(v.kind) + QLatin1Char(' ') + v.message;
                }
                scanNext(i);
            });
        }

        // Redemptions on chain while the desks work (cast blocks: its own thread).
        std::atomic<int> redeemed{0};
        std::thread redeemer([&]() {
            for (const QByteArray &h : toRedeem) {
                QString err;
                chain.cast({QStringLiteral("send"), chain.token(), QStringLiteral("redeem(bytes32,uint256)"),
                            QStringLiteral("0x") + QString::fromLatin1(h.toHex()), QStringLiteral("5"),
                            QStringLiteral("--private-key"), chain.customerKeys().value(redeemed % 3)},
                           &err);
                if (err.isEmpty())
                    ++redeemed;
            }
        });

        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < deskCount; ++i)
            scanNext(i);
        QTRY_VERIFY_WITH_TIMEOUT(finished == deskCount, 600000);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        redeemer.join();
        QCOMPARE(redeemed.load(), int(toRedeem.size()));

        // The listener has every redemption; then one more scan of each redeemed order (a customer who came back
        // after their payment went through): each must end up delivered exactly once too.
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM vd.chain_redemptions WHERE order_id IS NOT NULL")).toInt(),
            int(toRedeem.size()), 60000);
        stream.assign(toRedeem.cbegin(), toRedeem.cend());
        next = 0;
        finished = deskCount - 1;
        scanNext(0);
        QTRY_VERIFY_WITH_TIMEOUT(finished == deskCount, 60000);

        // --- what the database holds ------------------------------------------------------------------------
        QVERIFY2(errors == 0, qPrintable(errorTexts.mid(0, 5).join(QStringLiteral("; "))));
        QSet<QByteArray> shouldBeDelivered;
        for (auto it = initial.cbegin(); it != initial.cend(); ++it)
            if (it.value() == QLatin1String("VALID"))
                shouldBeDelivered.insert(it.key());
        for (const QByteArray &h : toRedeem)
            shouldBeDelivered.insert(h);
        const QStringList deliveredRows =
            sql(QStringLiteral("SELECT encode(o.order_hash, 'hex') || '|' || count(d.*) || '|' || min(d.desk) "
                               "FROM vd.orders o JOIN vd.deliveries d ON d.order_id = o.id GROUP BY o.order_hash"))
                .split(u'\n', Qt::SkipEmptyParts);
        QSet<QByteArray> delivered;
        for (const QString &r : deliveredRows) {
            const QStringList f = r.split(u'|');
            const QByteArray h = QByteArray::fromHex(f.value(0).toLatin1());
            QCOMPARE(f.value(1), QStringLiteral("1")); // exactly one deliveries row per delivered order
            // ... written by the desk that was told DELIVERED
            QCOMPARE(f.value(2), QStringLiteral("Load desk %1").arg(deliveredDesk.value(h, -1)));
            delivered.insert(h);
        }
        QCOMPARE(delivered.size(), shouldBeDelivered.size());
        QVERIFY(delivered == shouldBeDelivered);
        // One DELIVERED verdict per delivered order, at the desk that holds its deliveries row.
        QCOMPARE(deliveredVerdicts.size(), shouldBeDelivered.size());
        for (auto it = deliveredVerdicts.cbegin(); it != deliveredVerdicts.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.orders WHERE status = 'DELIVERED'")).toInt(),
                 int(shouldBeDelivered.size()));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'order.deliver'")).toInt(),
                 int(shouldBeDelivered.size()));
        // Nothing else changed: every other order still has its initial status.
        QStringList changed;
        const QStringList statuses = sql(QStringLiteral("SELECT encode(order_hash, 'hex') || ' ' || status FROM "
                                                        "vd.orders"))
                                         .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &r : statuses) {
            const QByteArray h = QByteArray::fromHex(r.section(u' ', 0, 0).toLatin1());
            const QString s = r.section(u' ', 1);
            if (shouldBeDelivered.contains(h))
                continue;
            if (s != initial.value(h))
                changed << r;
        }
        QVERIFY2(changed.isEmpty(), qPrintable(changed.mid(0, 5).join(QStringLiteral("; "))));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.orders")).toInt(), int(initial.size()));

        const int n = int(delivered.size());
        qInfo("load: %d desks, %d scans (+%d after the listener) in %.1f s: %.0f scans/s, %d deliveries = %.0f "
              "deliveries/s; lookup p50 %.1f ms p95 %.1f ms; deliver p50 %.1f ms p95 %.1f ms (n=%d)",
              deskCount, scans, int(toRedeem.size()), seconds, double(lookups) / seconds, n, double(n) / seconds,
              percentile(lookupMs, 0.5), percentile(lookupMs, 0.95), percentile(deliverMs, 0.5),
              percentile(deliverMs, 0.95), int(deliverMs.size()));
        desks.clear();
        listener.stop();
    }
};

QTEST_GUILESS_MAIN(TestLoadDesks)
#include "tst_load_desks.moc"
