// Who may do what, proven at the database with direct SQL for every group role, plus operator management,
// sign-in, TLS verify-full against the harness's throwaway CA, and the keychain on the harness's Secret Service.
#include "Harness.h"
#include "TestDatabase.h"
#include "auth/Operators.h"
#include "config/SecretStore.h"
#include "db/Database.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

namespace {
const QString kHash = QStringLiteral("\\x") + QStringLiteral("ab").repeated(32);

struct Probe
{
    const char *name;
    const char *sql;
};

// Each statement is something only some roles may do. Expected outcome per role is in the data table.
const Probe kProbes[] = {
    {"read orders", "SELECT count(*) FROM vd.orders"},
    {"deliver", "SELECT vd.deliver_order('\\x0000000000000000000000000000000000000000000000000000000000000000', "
                "gen_random_uuid(), 'D', NULL)"},
    {"update orders", "UPDATE vd.orders SET item = 'x' WHERE false"},
    {"read deposits", "SELECT count(*) FROM vd.deposits"},
    {"insert deposit", "INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, token_amount) "
                       "VALUES ('probe', '\\x1111111111111111111111111111111111111111', 1, 'EUR', 1)"},
    {"create order", "SELECT vd.create_order(decode(md5(random()::text) || md5(random()::text), 'hex'), 1, 'x', '', "
                     "'', NULL, 'backoffice')"},
    {"write chain tables", "INSERT INTO vd.chain_blocks (chain_id, number, hash, parent_hash, timestamp) "
                           "VALUES (1, floor(random()*1e9)::bigint, '\\x01', '\\x00', now())"},
    {"change setting", "SELECT vd.set_setting('daily_mint_cap', '\"5\"')"},
    {"list operators", "SELECT count(*) FROM vd.list_operators()"},
    {"read operators table", "SELECT count(*) FROM vd.operators"},
    {"update audit", "UPDATE vd.audit_log SET action = 'x'"},
    {"delete audit", "DELETE FROM vd.audit_log"},
    {"grant role", "GRANT vd_admin TO CURRENT_USER"},
    {"create role", "CREATE ROLE probe_role_x LOGIN"},
};
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::TestDatabase> m_db;

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("roles"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_db->psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status) VALUES ('%1', 5, 'TV', 'VALID')")
                       .arg(kHash));
        m_db->psql(QStringLiteral("SELECT vd.audit('seed', '', '', NULL, NULL, NULL)"));
    }
    void cleanupTestCase() { m_db.reset(); }

    void matrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("allowed"); // one char per probe: y = must work, n = must fail
        //                                             probes: 1234567890abcd
        QTest::newRow("reception") << QStringLiteral("vd_reception") << QStringLiteral("yynnnnnnnnnnnn");
        QTest::newRow("backoffice") << QStringLiteral("vd_backoffice") << QStringLiteral("yynyyynnnnnnnn");
        QTest::newRow("admin") << QStringLiteral("vd_admin") << QStringLiteral("yynyyynyynnnnn");
        QTest::newRow("listener") << QStringLiteral("vd_listener") << QStringLiteral("ynnynnynnnnnnn");
        QTest::newRow("shop") << QStringLiteral("vd_shop") << QStringLiteral("nnnnnynnnnnnnn");
    }

    void matrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, allowed);
        const db::DbConfig login = m_db->createLogin(role);
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        QString failures;
        int i = 0;
        for (const Probe &p : kProbes) {
            const bool expect = allowed.at(i++) == u'y';
            QString err;
            test::Harness::instance().psql(m_db->name(), QString::fromLatin1(p.sql), &err, login.user, login.password);
            const bool worked = err.isEmpty();
            if (worked != expect)
                failures += QStringLiteral("\n  %1: expected %2, got %3 %4")
                                .arg(QLatin1String(p.name), expect ? QStringLiteral("allowed") : QStringLiteral("refused"),
                                     worked ? QStringLiteral("allowed") : QStringLiteral("refused"), err.left(120));
        }
        QVERIFY2(failures.isEmpty(), qPrintable(role + failures));
    }

    void operatorLifecycle()
    {
        const db::DbConfig admin = m_db->createLogin(QStringLiteral("vd_admin"));
        const QString login = QStringLiteral("op") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString password = QStringLiteral("correct horse battery");
        QString err;
        // Weak password refused before anything is sent.
        QCOMPARE(auth::createOperator(admin, login, QStringLiteral("Ann"), auth::Role::Reception, QStringLiteral("short"),
                                      QStringLiteral("ws"))
                     .error()
                     .code,
                 QStringLiteral("auth.weak_password"));
        auto created = auth::createOperator(admin, login, QStringLiteral("Ann Desk"), auth::Role::Reception, password,
                                            QStringLiteral("ws-1"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));

        db::DbConfig person = admin;
        person.user = login;
        person.password = password;
        auto who = auth::signIn(person, QStringLiteral("Desk 3"));
        QVERIFY2(who.ok(), qPrintable(who.error().message));
        QCOMPARE(who->role, auth::Role::Reception);
        QVERIFY(!auth::mayUseBackOffice(who->role));
        QVERIFY(auth::verifyPassword(person, password).ok());
        QCOMPARE(auth::verifyPassword(person, QStringLiteral("wrong password")).error().code, QStringLiteral("db.auth_failed"));

        auto list = auth::listOperators(admin);
        QVERIFY2(list.ok(), qPrintable(list.error().message));
        bool found = false;
        for (const auth::Operator &o : list.value())
            if (o.login == login) {
                found = true;
                QVERIFY(o.lastSignInAt.isValid());
                QCOMPARE(o.lastWorkstation, QStringLiteral("Desk 3"));
            }
        QVERIFY(found);

        // Reset, disable, enable — each audited, the password never in the audit.
        QVERIFY(auth::resetOperatorPassword(admin, login, QStringLiteral("another long secret"), QStringLiteral("ws")).ok());
        QCOMPARE(auth::signIn(person, QStringLiteral("Desk 3")).error().code, QStringLiteral("db.auth_failed"));
        person.password = QStringLiteral("another long secret");
        QVERIFY(auth::signIn(person, QStringLiteral("Desk 3")).ok());
        QVERIFY(auth::setOperatorEnabled(admin, login, false, QStringLiteral("ws")).ok());
        QVERIFY(!auth::signIn(person, QStringLiteral("Desk 3")).ok());
        QVERIFY(auth::setOperatorEnabled(admin, login, true, QStringLiteral("ws")).ok());
        QVERIFY(auth::signIn(person, QStringLiteral("Desk 3")).ok());
        const QString audit = m_db->psql(QStringLiteral("SELECT string_agg(action || coalesce(after::text, ''), ' ') "
                                                        "FROM vd.audit_log WHERE entity_id = '%1'").arg(login));
        for (const char *a : {"operator.create", "operator.reset_password", "operator.disable", "operator.enable",
                              "operator.sign_in"})
            QVERIFY2(audit.contains(QLatin1String(a)), qPrintable(audit));
        QVERIFY(!audit.contains(password));
        QVERIFY(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE after::text LIKE '%%horse%%' "
                                          "OR details::text LIKE '%%horse%%'")) == QStringLiteral("0"));

        // Back office cannot manage operators, even calling the function directly; a plain password is refused.
        const db::DbConfig office = m_db->createLogin(QStringLiteral("vd_backoffice"));
        QCOMPARE(auth::setOperatorEnabled(office, login, false, QStringLiteral("ws")).error().code,
                 QStringLiteral("db.permission_denied"));
        test::Harness::instance().psql(m_db->name(),
                                       QStringLiteral("SELECT vd.create_operator('mallory', 'M', 'vd_admin', 'plaintext')"),
                                       &err, admin.user, admin.password);
        QVERIFY2(err.contains(QLatin1String("SCRAM")), qPrintable(err));
        // No escalation to a non-staff group or a superuser through the function.
        test::Harness::instance().psql(
            m_db->name(), QStringLiteral("SELECT vd.create_operator('eve', 'E', 'vd_owner', 'SCRAM-SHA-256$4096:YQ==$YQ==:YQ==')"),
            &err, admin.user, admin.password);
        QVERIFY2(err.contains(QLatin1String("unknown group")), qPrintable(err));
        m_db->psql(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    void tlsVerifyFull()
    {
        const test::Harness &h = test::Harness::instance();
        db::DbConfig c = m_db->superConfig();
        c.host = QStringLiteral("localhost");
        c.sslMode = QStringLiteral("verify-full");
        c.sslRootCert = h.pgCaCert();
        {
            auto db = db::connection(c, QStringLiteral("tls-ok"));
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            auto q = db::exec(db.value(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
            QVERIFY(q.ok() && q.value().next());
            QVERIFY(q.value().value(0).toBool());
        }
        db::closeConnection(QStringLiteral("tls-ok"));

        // A CA that did not sign the server's certificate is refused with a clear message.
        QTemporaryDir dir;
        const QString otherCa = dir.filePath(QStringLiteral("other-ca.crt"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                       QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=Not our CA"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k")),
                       QStringLiteral("-out"), otherCa});
        QVERIFY(openssl.waitForFinished(30000));
        c.sslRootCert = otherCa;
        {
            auto db = db::connection(c, QStringLiteral("tls-bad"));
            QVERIFY(!db.ok());
            QCOMPARE(db.error().code, QStringLiteral("db.tls"));
            QVERIFY2(db.error().message.contains(QLatin1String("certificate")), qPrintable(db.error().message));
        }
        db::closeConnection(QStringLiteral("tls-bad"));
    }

    void keychainRoundTrip()
    {
        // The harness's private Secret Service (gnome-keyring on its own D-Bus).
        qputenv("DBUS_SESSION_BUS_ADDRESS", test::Harness::instance().dbusAddress().toUtf8());
        QObject context;
        const QString key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::Id128);
        bool done = false;
        config::SecretStore::write(key, QStringLiteral("s3cret-value"), &context, [&](Result<void> r) {
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QString read;
        config::SecretStore::read(key, &context, [&](Result<QString> r) { read = r.ok() ? r.value() : r.error().code; });
        QTRY_COMPARE_WITH_TIMEOUT(read, QStringLiteral("s3cret-value"), 10000);
        done = false;
        config::SecretStore::remove(key, &context, [&](Result<void>) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        config::SecretStore::read(key, &context, [&](Result<QString> r) { read = r.ok() ? r.value() : r.error().code; });
        QTRY_COMPARE_WITH_TIMEOUT(read, QStringLiteral("keychain.not_found"), 10000);
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
