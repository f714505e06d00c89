// Schema v1 rules, proven against the real Postgres: migrations, the order state machine, delivery
// exactly once, least-privilege roles, append-only audit.
#include "Harness.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QtConcurrent>
#include <QtTest>

using namespace vd;
using vd::test::TestDatabase;

namespace {
const QString kHash = QStringLiteral("\\x") + QStringLiteral("ab").repeated(32);

QSqlDatabase open(const db::DbConfig &c, const QString &purpose)
{
    auto db = db::connection(c, purpose);
    if (!db)
        qFatal("connect %s: %s", qPrintable(c.user), qPrintable(db.error().message));
    return db.value();
}
} // namespace

class TestDbSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { VD_REQUIRE_HARNESS(); }

    void migrateIsIdempotentAndRecorded()
    {
        TestDatabase t(QStringLiteral("mig"), false);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QSqlDatabase db = open(t.superConfig(), QStringLiteral("mig"));
        auto first = db::Migrator::migrate(db);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(first->before, 0);
        QCOMPARE(first->after, db::Migrator::latestVersion());
        QVERIFY(!first->applied.isEmpty());
        auto second = db::Migrator::migrate(db);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QVERIFY(second->applied.isEmpty());
        QCOMPARE(second->after, first->after);
        QVERIFY(db::Migrator::checkCompatible(db).ok());
        QCOMPARE(t.psql(QStringLiteral("SELECT count(*) FROM public.schema_migrations")),
                 QString::number(db::Migrator::embedded().size()));
        db::closeConnection(QStringLiteral("mig"));
    }

    void concurrentMigrationsOfOneCluster()
    {
        // Several databases of one cluster migrating at once touch the same (cluster-wide) roles.
        std::vector<std::unique_ptr<TestDatabase>> dbs;
        for (int i = 0; i < 6; ++i)
            dbs.push_back(std::make_unique<TestDatabase>(QStringLiteral("conc"), false));
        // A pool of this test's own: its threads end with this function. The global pool's would be torn down at
        // process exit, racing libcrypto's atexit cleanup of their per-thread DRBGs (LeakSanitizer saw those).
        QThreadPool pool;
        QList<QFuture<QString>> futures;
        for (auto &t : dbs) {
            const db::DbConfig c = t->superConfig();
            futures << QtConcurrent::run(&pool, [c]() {
                QString error;
                {
                    auto db = db::connection(c, QStringLiteral("conc"));
                    if (!db)
                        return db.error().message;
                    const auto r = db::Migrator::migrate(db.value());
                    if (!r)
                        error = r.error().message;
                }
                db::closeConnection(QStringLiteral("conc"));
                return error;
            });
        }
        for (auto &f : futures)
            QVERIFY2(f.result().isEmpty(), qPrintable(f.result()));
    }

    void newerDatabaseIsRefused()
    {
        TestDatabase t(QStringLiteral("newer"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        t.psql(QStringLiteral("INSERT INTO public.schema_migrations (version, name, checksum) VALUES (999, 'future', 'x')"));
        QSqlDatabase db = open(t.superConfig(), QStringLiteral("newer"));
        auto r = db::Migrator::migrate(db);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, QStringLiteral("db.schema_newer"));
        QVERIFY(r.error().message.contains(QLatin1String("999")));
        QCOMPARE(db::Migrator::checkCompatible(db).error().code, QStringLiteral("db.schema_newer"));
        db::closeConnection(QStringLiteral("newer"));
    }

    void deliveredIsTerminal()
    {
        TestDatabase t(QStringLiteral("terminal"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QString err;
        t.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status) VALUES ('%1', 5, 'Rice 5kg', 'VALID')")
                   .arg(kHash),
               &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        // VALID -> DELIVERED twice with a plain conditional UPDATE changes exactly one row.
        const QString deliver = QStringLiteral("WITH u AS (UPDATE vd.orders SET status = 'DELIVERED', delivered_at = now() "
                                               "WHERE status = 'VALID' RETURNING 1) SELECT count(*) FROM u");
        QCOMPARE(t.psql(deliver, &err), QStringLiteral("1"));
        QCOMPARE(t.psql(deliver, &err), QStringLiteral("0"));
        // Any direct change of a DELIVERED order fails, even for the superuser.
        for (const char *to : {"VALID", "CREATED", "CANCELLED", "EXPIRED"}) {
            t.psql(QStringLiteral("UPDATE vd.orders SET status = '%1', delivered_at = NULL, cancel_reason = 'x'")
                       .arg(QLatin1String(to)),
                   &err);
            QVERIFY2(err.contains(QLatin1String("DELIVERED")), qPrintable(err));
        }
        t.psql(QStringLiteral("UPDATE vd.orders SET delivery_note = 'changed'"), &err);
        QVERIFY2(!err.isEmpty(), "a delivered order's other fields must not change either");
        t.psql(QStringLiteral("DELETE FROM vd.orders"), &err);
        QVERIFY(!err.isEmpty());
        // Only VALID may become DELIVERED.
        t.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item) VALUES ('\\x%1', 5, 'Oil')")
                   .arg(QStringLiteral("cd").repeated(32)));
        t.psql(QStringLiteral("UPDATE vd.orders SET status = 'DELIVERED', delivered_at = now() WHERE status = 'CREATED'"),
               &err);
        QVERIFY2(err.contains(QLatin1String("not allowed")), qPrintable(err));
    }

    void receptionLeastPrivilege()
    {
        TestDatabase t(QStringLiteral("recep"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        t.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status) VALUES ('%1', 5, 'Rice', 'VALID');"
                              "INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, token_amount) "
                              "VALUES ('A', '\\x%2', 10, 'EUR', 10)")
                   .arg(kHash, QStringLiteral("11").repeated(20)));
        const db::DbConfig desk = t.createLogin(QStringLiteral("vd_reception"));
        QSqlDatabase db = open(desk, QStringLiteral("recep"));

        auto read = db::exec(db, QStringLiteral("SELECT status FROM vd.orders"));
        QVERIFY2(read.ok(), qPrintable(read.error().message));
        auto update = db::exec(db, QStringLiteral("UPDATE vd.orders SET status = 'DELIVERED', delivered_at = now()"));
        QVERIFY(!update.ok());
        QCOMPARE(update.error().code, QStringLiteral("db.permission_denied"));
        auto deposits = db::exec(db, QStringLiteral("SELECT * FROM vd.deposits"));
        QVERIFY(!deposits.ok());
        QCOMPARE(deposits.error().code, QStringLiteral("db.permission_denied"));
        for (const QString &sql : {QStringLiteral("INSERT INTO vd.audit_log (action) VALUES ('x')"),
                                   QStringLiteral("SELECT * FROM vd.audit_log"),
                                   QStringLiteral("INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, "
                                                  "fiat_currency, token_amount) VALUES ('x', '\\x00', 1, 'EUR', 1)"),
                                   QStringLiteral("SELECT vd.create_order('\\x00', 1, 'x', '', '', NULL)"),
                                   QStringLiteral("SELECT vd.set_setting('daily_mint_cap', '\"1\"')"),
                                   QStringLiteral("UPDATE vd.chain_cursor SET last_block = 0")}) {
            auto r = db::exec(db, sql);
            QVERIFY2(!r.ok(), qPrintable(sql));
        }
        // What a desk must do works: deliver through the function, with its audit row.
        auto d = db::exec(db, QStringLiteral("SELECT outcome FROM vd.deliver_order(decode(?, 'hex'), ?::uuid, 'Desk 1', 'ok')"),
                          {QStringLiteral("ab").repeated(32), QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QVERIFY(d.value().next());
        QCOMPARE(d.value().value(0).toString(), QStringLiteral("delivered"));
        QCOMPARE(t.psql(QStringLiteral("SELECT actor = '%1' FROM vd.audit_log WHERE action = 'order.deliver'").arg(desk.user)),
                 QStringLiteral("t"));
        db::closeConnection(QStringLiteral("recep"));
    }

    void auditIsAppendOnly()
    {
        TestDatabase t(QStringLiteral("audit"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QString err;
        t.psql(QStringLiteral("SELECT vd.audit('test', 'x', '1', NULL, NULL, NULL)"), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        t.psql(QStringLiteral("UPDATE vd.audit_log SET action = 'forged'"), &err);
        QVERIFY2(err.contains(QLatin1String("append-only")), qPrintable(err));
        t.psql(QStringLiteral("DELETE FROM vd.audit_log"), &err);
        QVERIFY2(err.contains(QLatin1String("append-only")), qPrintable(err));
        t.psql(QStringLiteral("TRUNCATE vd.audit_log"), &err);
        QVERIFY2(err.contains(QLatin1String("append-only")), qPrintable(err));
        // The actor is the login, whatever the client claims.
        t.psql(QStringLiteral("INSERT INTO vd.audit_log (actor, action) VALUES ('someone_else', 'spoof')"), &err);
        QCOMPARE(t.psql(QStringLiteral("SELECT actor FROM vd.audit_log WHERE action = 'spoof'")),
                 vd::test::Harness::instance().pgSuperUser());
        const db::DbConfig office = t.createLogin(QStringLiteral("vd_backoffice"));
        QSqlDatabase db = open(office, QStringLiteral("audit"));
        QVERIFY(!db::exec(db, QStringLiteral("UPDATE vd.audit_log SET action = 'x'")).ok());
        QVERIFY(!db::exec(db, QStringLiteral("DELETE FROM vd.audit_log")).ok());
        db::closeConnection(QStringLiteral("audit"));
    }

    void twentyDesksDeliverOnce()
    {
        TestDatabase t(QStringLiteral("race"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        t.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status) VALUES ('%1', 5, 'TV', 'VALID')")
                   .arg(kHash));
        db::DbConfig desk = t.createLogin(QStringLiteral("vd_reception"));
        // The race under test is in deliver_order, not in connecting: twenty TLS handshakes at once may take longer
        // than the product's 5 s connect timeout on a loaded 2-core runner, and did under ASan (`./run asan`).
        desk.connectTimeoutSeconds = 60;
        QThreadPool pool;
        pool.setMaxThreadCount(20);
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 20; ++i) {
            futures << QtConcurrent::run(&pool, [desk, i]() {
                const QString purpose = QStringLiteral("race");
                QString outcome;
                {
                    auto db = db::connection(desk, purpose);
                    if (!db)
                        return db.error().message;
                    auto q = db::exec(db.value(),
                                      QStringLiteral("SELECT outcome FROM vd.deliver_order(decode(?, 'hex'), ?::uuid, ?, NULL)"),
                                      {QStringLiteral("ab").repeated(32), QUuid::createUuid().toString(QUuid::WithoutBraces),
                                       QStringLiteral("Desk %1").arg(i)});
                    outcome = q ? (q.value().next() ? q.value().value(0).toString() : QStringLiteral("none"))
                                : q.error().message;
                }
                db::closeConnection(purpose);
                return outcome;
            });
        }
        QStringList outcomes;
        for (auto &f : futures)
            outcomes << f.result();
        const QByteArray all = outcomes.join(QStringLiteral(" | ")).toUtf8();
        QVERIFY2(outcomes.count(QStringLiteral("delivered")) == 1, all.constData());
        QVERIFY2(outcomes.count(QStringLiteral("already_delivered")) == 19, all.constData());
        QCOMPARE(t.psql(QStringLiteral("SELECT count(*) FROM vd.deliveries")), QStringLiteral("1"));
        QCOMPARE(t.psql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'order.deliver'")),
                 QStringLiteral("1"));
    }

    void sameScanRepeatedReturnsOriginalOutcome()
    {
        TestDatabase t(QStringLiteral("idem"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        t.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status) VALUES ('%1', 5, 'TV', 'VALID')")
                   .arg(kHash));
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString call = QStringLiteral("SELECT outcome FROM vd.deliver_order('%1', '%2', 'Desk 1', NULL)").arg(kHash, key);
        QCOMPARE(t.psql(call), QStringLiteral("delivered"));
        QCOMPARE(t.psql(call), QStringLiteral("delivered"));
        QCOMPARE(t.psql(QStringLiteral("SELECT outcome FROM vd.deliver_order('%1', gen_random_uuid(), 'Desk 2', NULL)").arg(kHash)),
                 QStringLiteral("already_delivered"));
        QCOMPARE(t.psql(QStringLiteral("SELECT outcome FROM vd.deliver_order('\\x%1', gen_random_uuid(), 'Desk 2', NULL)")
                            .arg(QStringLiteral("99").repeated(32))),
                 QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestDbSchema)
#include "tst_db_schema.moc"
