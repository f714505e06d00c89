// Deposits against the real Postgres, through DepositService (and psql where a test needs the owner's powers):
// create (rate or typed amount), confirm payment (unique id, the duplicate names the deposit that has it), cancel
// (reason required), the mint decision (Safe threshold, daily cap in UTC days, kill switch), release of capped
// deposits by a raised cap and by the next UTC day, role refusals, the CSV import report, keyset paging, filters,
// status counts and the minting watcher's NOTIFY.
#include "Harness.h"
#include "TestDatabase.h"
#include "chain/Address.h"
#include "deposits/DepositCsv.h"
#include "deposits/DepositService.h"
#include "deposits/MintingWatcher.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vd;
using namespace vd::deposits;

namespace {
// Anvil's well-known accounts 5..9 (EIP-55 spelling).
const QString kWalletA = QStringLiteral("0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc");
const QString kWalletB = QStringLiteral("0x976EA74026E726554dB657fA54763abd0C3a0aa9");
const QString kBadChecksum = QStringLiteral("0x9965507D1a55bcC2695C58ba16FB37d819B0A4DC");
const QString kTokens = QStringLiteral("000000000000000000"); // 18 zeros
} // namespace

class TestDeposits : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    db::DbConfig m_office, m_admin, m_desk;
    std::unique_ptr<DepositService> m_svc;   // vd_backoffice
    std::unique_ptr<DepositService> m_adm;   // vd_admin

    static std::unique_ptr<DepositService> service(const db::DbConfig &c)
    {
        auto s = std::make_unique<DepositService>(DepositServiceSettings{c, QStringLiteral("Office 1"), 18});
        s->start();
        return s;
    }

    static ActionResult wait(DepositService *s, quint64 id)
    {
        QSignalSpy spy(s, &DepositService::actionDone);
        for (int i = 0; i < 100; ++i) {
            for (const auto &args : spy)
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<ActionResult>();
            spy.wait(100);
        }
        return ActionResult{false, Error{QStringLiteral("timeout"), QStringLiteral("no answer")}, 0, {}, {}, {}};
    }

    static Page page(DepositService *s, const PageRequest &r)
    {
        QSignalSpy spy(s, &DepositService::pageReady);
        const quint64 id = s->loadPage(r);
        for (int i = 0; i < 100; ++i) {
            for (const auto &args : spy)
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<Page>();
            spy.wait(100);
        }
        Page p;
        p.error = Error{QStringLiteral("timeout"), QStringLiteral("no page")};
        return p;
    }

    ActionResult create(const QString &customer, const QString &fiat, const QString &tokens = {},
                        const QString &wallet = kWalletA, const QString &currency = QStringLiteral("EUR"))
    {
        NewDeposit d{customer, wallet, fiat, currency, tokens, {}};
        return wait(m_svc.get(), m_svc->create(d));
    }

    QString sql(const QString &q)
    {
        QString err;
        const QString out = m_db->psql(q, &err);
        if (!err.isEmpty())
            qWarning("psql: %s", qPrintable(err));
        return out;
    }

    QString status(qint64 id) { return sql(QStringLiteral("SELECT status FROM vd.deposits WHERE id = %1").arg(id)); }

    // A confirmed deposit of `tokens` whole tokens, ready for request_mint.
    qint64 confirmed(const QString &tokens, const QString &payment)
    {
        const ActionResult c = create(QStringLiteral("Cap test"), QStringLiteral("1.00"), tokens);
        [&] { QVERIFY2(c.ok, qPrintable(c.message)); }();
        const ActionResult p = wait(m_svc.get(), m_svc->confirmPayment(c.depositId, payment));
        [&] { QVERIFY2(p.ok, qPrintable(p.message)); }();
        return c.depositId;
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("deposits"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_office = m_db->createLogin(QStringLiteral("vd_backoffice"));
        m_admin = m_db->createLogin(QStringLiteral("vd_admin"));
        m_desk = m_db->createLogin(QStringLiteral("vd_reception"));
        m_svc = service(m_office);
        m_adm = service(m_admin);
        const ActionResult rate = wait(m_adm.get(), m_adm->setTokenRate(QStringLiteral("eur"), QStringLiteral("1")));
        QVERIFY2(rate.ok, qPrintable(rate.message));
        const ActionResult kes =
            wait(m_adm.get(), m_adm->setTokenRate(QStringLiteral("KES"), QStringLiteral("0.0075")));
        QVERIFY2(kes.ok, qPrintable(kes.message));
    }

    void createFromRateOrTyped()
    {
        const ActionResult a = create(QStringLiteral("Amina Njeri"), QStringLiteral("50.00"));
        QVERIFY2(a.ok, qPrintable(a.message));
        QVERIFY(a.reference.startsWith(QLatin1String("D-")));
        QCOMPARE(sql(QStringLiteral("SELECT token_amount FROM vd.deposits WHERE id = %1").arg(a.depositId)),
                 QStringLiteral("50") + kTokens);
        QCOMPARE(status(a.depositId), QStringLiteral("submitted"));
        const ActionResult k = create(QStringLiteral("Peter"), QStringLiteral("1000"), {}, kWalletB,
                                      QStringLiteral("kes"));
        QVERIFY2(k.ok, qPrintable(k.message));
        QCOMPARE(sql(QStringLiteral("SELECT token_amount || ' ' || fiat_currency FROM vd.deposits WHERE id = %1")
                         .arg(k.depositId)),
                 QStringLiteral("7500000000000000000 KES"));
        const ActionResult t = create(QStringLiteral("Grace"), QStringLiteral("10"), QStringLiteral("12.5"));
        QVERIFY2(t.ok, qPrintable(t.message));
        QCOMPARE(sql(QStringLiteral("SELECT token_amount FROM vd.deposits WHERE id = %1").arg(t.depositId)),
                 QStringLiteral("12500000000000000000"));
        // Audited, by the login that did it.
        QCOMPARE(sql(QStringLiteral("SELECT actor || ' ' || workstation FROM vd.audit_log WHERE action = "
                                    "'deposit.create' AND entity_id = '%1'")
                         .arg(a.depositId)),
                 m_office.user + QStringLiteral(" Office 1"));
    }

    void createRefusesBadInput()
    {
        const ActionResult bad = create(QStringLiteral("X"), QStringLiteral("5"), {}, kBadChecksum);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.message.contains(QLatin1String("checksum")), qPrintable(bad.message));
        const ActionResult neg = create(QStringLiteral("X"), QStringLiteral("-5"));
        QVERIFY(!neg.ok);
        QVERIFY2(neg.message.contains(QLatin1String("negative")), qPrintable(neg.message));
        const ActionResult cur = create(QStringLiteral("X"), QStringLiteral("5"), {}, kWalletA, QStringLiteral("XYZ"));
        QVERIFY(!cur.ok);
        QVERIFY2(cur.message.contains(QLatin1String("Unknown currency XYZ (configured: EUR, KES).")),
                 qPrintable(cur.message));
        const ActionResult zero = create(QStringLiteral("X"), QStringLiteral("5"), {},
                                         QStringLiteral("0x0000000000000000000000000000000000000000"));
        QVERIFY(!zero.ok);
        QVERIFY2(zero.message.contains(QLatin1String("zero address")), qPrintable(zero.message));
        // Straight to the function: the database refuses what the app would have caught.
        QString err;
        m_db->psql(QStringLiteral("SELECT * FROM vd.create_deposit('X', '\\x01'::bytea, 5, 'EUR')"), &err);
        QVERIFY2(err.contains(QLatin1String("20-byte")), qPrintable(err));
        m_db->psql(QStringLiteral("SELECT * FROM vd.create_deposit('X', '\\x9965507d1a55bcc2695c58ba16fb37d819b0a4dc'"
                                  "::bytea, -5, 'EUR')"),
                   &err);
        QVERIFY2(err.contains(QLatin1String("more than zero")), qPrintable(err));
    }

    void duplicatePaymentIdNamesTheDeposit()
    {
        const ActionResult a = create(QStringLiteral("First"), QStringLiteral("20"));
        const ActionResult b = create(QStringLiteral("Second"), QStringLiteral("30"));
        QVERIFY(a.ok && b.ok);
        const ActionResult pa = wait(m_svc.get(), m_svc->confirmPayment(a.depositId, QStringLiteral(" PAY-900 ")));
        QVERIFY2(pa.ok, qPrintable(pa.message));
        QCOMPARE(pa.status, QStringLiteral("payment_confirmed"));
        QVERIFY2(pa.message.contains(a.reference), qPrintable(pa.message));
        const ActionResult pb = wait(m_svc.get(), m_svc->confirmPayment(b.depositId, QStringLiteral("PAY-900")));
        QVERIFY(!pb.ok);
        QCOMPARE(pb.error.code, QStringLiteral("db.duplicate"));
        QVERIFY2(pb.message.contains(QStringLiteral("Payment PAY-900 is already recorded on deposit %1.").arg(a.reference)),
                 qPrintable(pb.message));
        QCOMPARE(status(b.depositId), QStringLiteral("submitted"));
        // Confirming twice is refused too, with the state named.
        const ActionResult again = wait(m_svc.get(), m_svc->confirmPayment(a.depositId, QStringLiteral("PAY-901")));
        QVERIFY(!again.ok);
        QVERIFY2(again.message.contains(QLatin1String("payment_confirmed")), qPrintable(again.message));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'deposit.confirm_payment'")),
                 QStringLiteral("1"));
    }

    void cancelNeedsAReason()
    {
        const ActionResult a = create(QStringLiteral("Cancel me"), QStringLiteral("5"));
        const ActionResult none = wait(m_svc.get(), m_svc->cancel(a.depositId, QStringLiteral("  ")));
        QVERIFY(!none.ok);
        QVERIFY2(none.message.contains(QLatin1String("needs a reason")), qPrintable(none.message));
        const ActionResult ok = wait(m_svc.get(), m_svc->cancel(a.depositId, QStringLiteral("paid twice by mistake")));
        QVERIFY2(ok.ok, qPrintable(ok.message));
        QCOMPARE(status(a.depositId), QStringLiteral("cancelled"));
        QCOMPARE(sql(QStringLiteral("SELECT details->>'reason' FROM vd.audit_log WHERE action = 'deposit.cancel' AND "
                                    "entity_id = '%1'")
                         .arg(a.depositId)),
                 QStringLiteral("paid twice by mistake"));
        const ActionResult twice = wait(m_svc.get(), m_svc->cancel(a.depositId, QStringLiteral("again")));
        QVERIFY(!twice.ok);
        // A submitted deposit cannot be sent to minting.
        const ActionResult s = create(QStringLiteral("Unpaid"), QStringLiteral("5"));
        const ActionResult m = wait(m_svc.get(), m_svc->requestMint(s.depositId));
        QVERIFY(!m.ok);
        QVERIFY2(m.message.contains(QLatin1String("after the payment is confirmed")), qPrintable(m.message));
    }

    void mintDecisionThresholdAndCap()
    {
        sql(QStringLiteral("UPDATE vd.deposits SET status = 'cancelled', cancel_reason = 'reset' WHERE status IN "
                           "('submitted', 'payment_confirmed')"));
        sql(QStringLiteral("SELECT vd.set_setting('safe_threshold', '\"100%1\"')").arg(kTokens));
        const ActionResult cap = wait(m_adm.get(), m_adm->setDailyCap(QStringLiteral("300")));
        QVERIFY2(cap.ok, qPrintable(cap.message));

        const qint64 small = confirmed(QStringLiteral("40"), QStringLiteral("CAP-1"));
        const ActionResult a = wait(m_svc.get(), m_svc->requestMint(small));
        QVERIFY2(a.ok, qPrintable(a.message));
        QCOMPARE(a.status, QStringLiteral("mint_pending"));
        const qint64 big = confirmed(QStringLiteral("100"), QStringLiteral("CAP-2"));
        const ActionResult b = wait(m_svc.get(), m_svc->requestMint(big));
        QCOMPARE(b.status, QStringLiteral("mint_requires_safe")); // at the threshold: the Safe
        // 40 + 100 in flight; minted earlier today 150: +20 fits exactly (290 <= 300), +20 more does not.
        sql(QStringLiteral("UPDATE vd.deposits SET status = 'mint_processing' WHERE id = %1").arg(small));
        sql(QStringLiteral("UPDATE vd.deposits SET status = 'minted', minted_at = now() WHERE id = %1").arg(small));
        const qint64 earlier = confirmed(QStringLiteral("110"), QStringLiteral("CAP-3"));
        QCOMPARE(wait(m_svc.get(), m_svc->requestMint(earlier)).status, QStringLiteral("mint_requires_safe"));
        sql(QStringLiteral("UPDATE vd.deposits SET status = 'minted', minted_at = now() WHERE id = %1").arg(earlier));
        const qint64 fits = confirmed(QStringLiteral("50"), QStringLiteral("CAP-4"));
        QCOMPARE(wait(m_svc.get(), m_svc->requestMint(fits)).status, QStringLiteral("mint_pending"));
        const qint64 over = confirmed(QStringLiteral("20"), QStringLiteral("CAP-5"));
        const ActionResult o = wait(m_svc.get(), m_svc->requestMint(over));
        QVERIFY2(o.ok, qPrintable(o.message));
        QCOMPARE(o.status, QStringLiteral("cap_exceeded"));
        QVERIFY2(o.message.contains(QLatin1String("next UTC day")), qPrintable(o.message));
        QCOMPARE(status(over), QStringLiteral("cap_exceeded"));
        // Minted 150 + in flight 100 + 50 = 300: nothing remains.
        QCOMPARE(sql(QStringLiteral("SELECT minted || ' ' || in_flight || ' ' || remaining FROM vd.cap_status()")),
                 QStringLiteral("150%1 150%1 0").arg(kTokens));
        // The decision is audited with the figures it used.
        QCOMPARE(sql(QStringLiteral("SELECT after->>'status' || ' ' || (details->>'minted_today') FROM vd.audit_log "
                                    "WHERE action = 'deposit.request_mint' AND entity_id = '%1'")
                         .arg(over)),
                 QStringLiteral("cap_exceeded 150%1").arg(kTokens));

        // Still capped when asked again today; released the next UTC day (today injected), not today.
        QCOMPARE(wait(m_svc.get(), m_svc->requestMint(over)).status, QStringLiteral("cap_exceeded"));
        QCOMPARE(sql(QStringLiteral("SELECT vd.release_capped_deposits_at('test', now())")), QStringLiteral("0"));
        QCOMPARE(status(over), QStringLiteral("cap_exceeded"));
        // Tomorrow: today's 150 minted no longer count; 150 in flight + 20 <= 300.
        QCOMPARE(sql(QStringLiteral("SELECT vd.release_capped_deposits_at('test', now() + interval '1 day')")),
                 QStringLiteral("1"));
        QCOMPARE(status(over), QStringLiteral("mint_pending"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'deposit.release_capped'")),
                 QStringLiteral("1"));
    }

    void raisedCapReleasesCapped()
    {
        const ActionResult cap = wait(m_adm.get(), m_adm->setDailyCap(QStringLiteral("310")));
        QVERIFY2(cap.ok, qPrintable(cap.message));
        // 150 minted + 170 in flight already: a new 30 is over 310.
        const qint64 over = confirmed(QStringLiteral("30"), QStringLiteral("CAP-6"));
        QCOMPARE(wait(m_svc.get(), m_svc->requestMint(over)).status, QStringLiteral("cap_exceeded"));
        // Only an administrator raises the cap.
        const ActionResult refused = wait(m_svc.get(), m_svc->setDailyCap(QStringLiteral("1000")));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.code, QStringLiteral("db.permission_denied"));
        QCOMPARE(status(over), QStringLiteral("cap_exceeded"));
        const ActionResult raised = wait(m_adm.get(), m_adm->setDailyCap(QStringLiteral("400")));
        QVERIFY2(raised.ok, qPrintable(raised.message));
        QVERIFY2(raised.message.contains(QLatin1String("1 capped deposit")), qPrintable(raised.message));
        QCOMPARE(status(over), QStringLiteral("mint_pending"));
        QCOMPARE(sql(QStringLiteral("SELECT after->>'value' FROM vd.audit_log WHERE action = 'setting.change' AND "
                                    "entity_id = 'daily_mint_cap' ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("400%1").arg(kTokens));
        QCOMPARE(sql(QStringLiteral("SELECT actor FROM vd.audit_log WHERE action = 'deposit.release_capped' ORDER BY "
                                    "id DESC LIMIT 1")),
                 m_admin.user);
        // The service reports the day's figures.
        QSignalSpy spy(m_svc.get(), &DepositService::settingsReady);
        m_svc->refreshSettings();
        QVERIFY(spy.wait(5000));
        const DepositSettings s = spy.last().at(0).value<DepositSettings>();
        QCOMPARE(s.cap.cap, QStringLiteral("400%1").arg(kTokens));
        QCOMPARE(s.cap.day, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(s.safeThreshold, QStringLiteral("100%1").arg(kTokens));
        QCOMPARE(s.rates.value(QStringLiteral("EUR")), QStringLiteral("1%1").arg(kTokens));
        sql(QStringLiteral("SELECT vd.set_setting('daily_mint_cap', '\"0\"')"));
    }

    void killSwitchRefusesMintAndReachesEveryDesk()
    {
        MintingWatcher watcher(m_desk); // a reception login sees the switch too
        QSignalSpy changed(&watcher, &MintingWatcher::changed);
        watcher.start();
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.last().at(0).value<MintingSwitch>().paused, false);

        const qint64 id = confirmed(QStringLiteral("1"), QStringLiteral("KILL-1"));
        const ActionResult refused = wait(m_svc.get(), m_svc->setMintingPaused(true, QStringLiteral("test")));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.code, QStringLiteral("db.permission_denied"));
        const ActionResult noReason = wait(m_adm.get(), m_adm->setMintingPaused(true, QString()));
        QVERIFY(!noReason.ok);
        const ActionResult paused =
            wait(m_adm.get(), m_adm->setMintingPaused(true, QStringLiteral("minter key rotation")));
        QVERIFY2(paused.ok, qPrintable(paused.message));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.state().paused, 5000);
        QCOMPARE(watcher.state().reason, QStringLiteral("minter key rotation"));
        QCOMPARE(watcher.state().by, m_admin.user);
        QVERIFY(watcher.state().at.isValid());

        const ActionResult mint = wait(m_svc.get(), m_svc->requestMint(id));
        QVERIFY(!mint.ok);
        QVERIFY2(mint.message.contains(QLatin1String("Minting is paused by %1").arg(m_admin.user)) &&
                     mint.message.contains(QLatin1String("minter key rotation")),
                 qPrintable(mint.message));
        QCOMPARE(status(id), QStringLiteral("payment_confirmed"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.audit_log WHERE action = 'minting.pause'")),
                 QStringLiteral("1"));

        const ActionResult resumed = wait(m_adm.get(), m_adm->setMintingPaused(false, QStringLiteral("new key in place")));
        QVERIFY2(resumed.ok, qPrintable(resumed.message));
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.state().paused, 5000);
        QCOMPARE(wait(m_svc.get(), m_svc->requestMint(id)).status, QStringLiteral("mint_pending"));
    }

    void rolesAreRefused()
    {
        // Reception may not touch deposits at all.
        auto desk = service(m_desk);
        const ActionResult c = wait(desk.get(), desk->create(NewDeposit{QStringLiteral("X"), kWalletA,
                                                                         QStringLiteral("5"), QStringLiteral("EUR"),
                                                                         {}, {}}));
        QVERIFY(!c.ok);
        QCOMPARE(c.error.code, QStringLiteral("db.permission_denied"));
        const Page p = page(desk.get(), PageRequest{});
        QVERIFY(p.error);
        QVERIFY2(p.error->code == QStringLiteral("db.permission_denied"), qPrintable(p.error->message));
        QCOMPARE(wait(desk.get(), desk->requestMint(1)).error.code, QStringLiteral("db.permission_denied"));
        QCOMPARE(wait(desk.get(), desk->confirmPayment(1, QStringLiteral("P"))).error.code,
                 QStringLiteral("db.permission_denied"));
        QCOMPARE(wait(desk.get(), desk->cancel(1, QStringLiteral("r"))).error.code,
                 QStringLiteral("db.permission_denied"));
        // Back office may not change rates, cap or switch, nor choose "today" for the cap.
        const ActionResult rate = wait(m_svc.get(), m_svc->setTokenRate(QStringLiteral("USD"), QStringLiteral("1")));
        QVERIFY(!rate.ok);
        QCOMPARE(rate.error.code, QStringLiteral("db.permission_denied"));
        // Even called by a login that holds EXECUTE through another path, the function itself checks the group.
        QString denied;
        m_db->psql(QStringLiteral("GRANT EXECUTE ON FUNCTION vd.set_token_rate(text, numeric, text) TO vd_backoffice"),
                   &denied);
        QVERIFY2(denied.isEmpty(), qPrintable(denied));
        const ActionResult sneaky = wait(m_svc.get(), m_svc->setTokenRate(QStringLiteral("USD"), QStringLiteral("1")));
        QVERIFY2(sneaky.message.contains(QLatin1String("Only an administrator may change token rates")),
                 qPrintable(sneaky.message));
        m_db->psql(QStringLiteral("REVOKE EXECUTE ON FUNCTION vd.set_token_rate(text, numeric, text) FROM vd_backoffice"));
        QString err;
        test::Harness::instance().psql(m_db->name(), QStringLiteral("SELECT vd.request_mint_at(1, '', now() + interval '9 days')"),
                                       &err, m_office.user, m_office.password);
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
        test::Harness::instance().psql(m_db->name(), QStringLiteral("SELECT vd.release_capped_deposits_at('', now() + interval '9 days')"),
                                       &err, m_office.user, m_office.password);
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
        test::Harness::instance().psql(m_db->name(), QStringLiteral("SELECT vd.set_setting('minting_paused', 'true')"), &err,
                                       m_office.user, m_office.password);
        QVERIFY2(err.contains(QLatin1String("permission denied")), qPrintable(err));
        QCOMPARE(sql(QStringLiteral("SELECT value FROM vd.app_settings WHERE key = 'minting_paused'")),
                 QStringLiteral("false"));
    }

    void csvImportReportsEveryBadRowAndImportsNothing()
    {
        const QString before = sql(QStringLiteral("SELECT count(*) FROM vd.deposits"));
        QByteArray file = "\xEF\xBB\xBF"
                          "customer,wallet,fiat_amount,currency,token_amount,payment_id\r\n";
        file += "\"Njeri, Amina\",0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc,50.00,EUR,,CSV-1\r\n"; // 2: ok
        file += "Bad Sum,0x9965507D1a55bcC2695C58ba16FB37d819B0A4DC,10,EUR,,\r\n";                // 3: checksum
        file += "Minus,0x976EA74026E726554dB657fA54763abd0C3a0aa9,-10,EUR,,\r\n";                 // 4: negative
        file += "Dollar,0x976EA74026E726554dB657fA54763abd0C3a0aa9,10,XYZ,,\r\n";                 // 5: currency
        file += "Dup DB,0x976EA74026E726554dB657fA54763abd0C3a0aa9,10,EUR,,PAY-900\r\n";          // 6: dup (db)
        file += "this is not a deposit\r\n";                                                      // 7: garbage
        file += "\"Quote \"\"Q\"\" Ltd\",0x976ea74026e726554db657fa54763abd0c3a0aa9,10,eur,2.5,CSV-2\r\n"; // 8 ok
        file += "Dup file,0x976EA74026E726554dB657fA54763abd0C3a0aa9,10,EUR,,CSV-1\r\n";          // 9: dup (file)
        file += "\r\n";
        QSignalSpy spy(m_svc.get(), &DepositService::importDone);
        m_svc->importCsv(file);
        QVERIFY(spy.wait(10000));
        const ImportReport r = spy.last().at(1).value<ImportReport>();
        QVERIFY(!r.error);
        QVERIFY(!r.committed);
        QCOMPARE(r.rows.size(), 8);
        QCOMPARE(r.accepted, 2);
        QCOMPARE(r.rejected, 6);
        auto row = [&](int line) {
            for (const ImportRow &x : r.rows)
                if (x.line == line)
                    return x;
            return ImportRow{};
        };
        QVERIFY(row(2).accepted);
        QVERIFY2(row(3).problem.contains(QLatin1String("checksum")), qPrintable(row(3).problem));
        QVERIFY2(row(4).problem.contains(QLatin1String("negative")), qPrintable(row(4).problem));
        QVERIFY2(row(5).problem.contains(QLatin1String("Unknown currency XYZ")), qPrintable(row(5).problem));
        QVERIFY2(row(6).problem.contains(QLatin1String("Payment PAY-900 is already recorded on deposit D-")),
                 qPrintable(row(6).problem));
        QVERIFY2(row(7).problem.contains(QLatin1String("Expected 6 fields")), qPrintable(row(7).problem));
        QCOMPARE(row(7).text, QStringLiteral("this is not a deposit"));
        QVERIFY(row(8).accepted);
        QVERIFY2(row(9).problem.contains(QLatin1String("Payment CSV-1 is already recorded on deposit")),
                 qPrintable(row(9).problem));
        // All or nothing: the good rows were not kept either.
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.deposits")), before);

        // The corrected file goes in whole, each row audited; rows with a payment id arrive confirmed.
        QByteArray good = "customer;wallet;fiat_amount;currency;token_amount;payment_id\n"
                          "\"Njeri; Amina\";0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc;50.00;EUR;;CSV-1\n"
                          "\"Multi\nline\";0x976ea74026e726554db657fa54763abd0c3a0aa9;10;eur;2.5;\n";
        m_svc->importCsv(good);
        QVERIFY(spy.wait(10000));
        const ImportReport ok = spy.last().at(1).value<ImportReport>();
        QVERIFY(ok.committed);
        QCOMPARE(ok.accepted, 2);
        QCOMPARE(ok.rows.at(1).line, 3);
        QCOMPARE(sql(QStringLiteral("SELECT status || ' ' || customer_name FROM vd.deposits WHERE payment_tx_id = 'CSV-1'")),
                 QStringLiteral("payment_confirmed Njeri; Amina"));
        QCOMPARE(sql(QStringLiteral("SELECT token_amount FROM vd.deposits WHERE reference = '%1'")
                         .arg(ok.rows.at(1).reference)),
                 QStringLiteral("2500000000000000000"));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM vd.deposits")), QString::number(before.toInt() + 2));

        // A file without the header names is refused as a whole.
        m_svc->importCsv("Amina,0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc,5,EUR\n");
        QVERIFY(spy.wait(10000));
        const ImportReport h = spy.last().at(1).value<ImportReport>();
        QVERIFY(h.error);
        QCOMPARE(h.error->code, QStringLiteral("csv.header"));
        m_svc->importCsv("customer,wallet,fiat_amount,currency\n\"never closed,0x00,1,EUR\n");
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.last().at(1).value<ImportReport>().error->code, QStringLiteral("csv.unterminated_quote"));
    }

    void keysetPagesFiltersAndCounts()
    {
        // 250 more deposits with distinct amounts and known references, created over the last 25 days.
        sql(QStringLiteral(
            "INSERT INTO vd.deposits (reference, customer_name, wallet, fiat_amount, fiat_currency, token_amount, "
            "status, created_at) SELECT 'P-' || lpad(g::text, 4, '0'), CASE WHEN g % 10 = 0 THEN 'Zawadi ' || g ELSE "
            "'Customer ' || g END, '\\x9965507d1a55bcc2695c58ba16fb37d819b0a4dc', 1000 + g, 'EUR', g, "
            "CASE WHEN g % 5 = 0 THEN 'minted' ELSE 'submitted' END, now() - (g % 25) * interval '1 day' "
            "FROM generate_series(1, 250) g"));
        PageRequest r;
        r.filter.referencePrefix = QStringLiteral("p-");
        r.sort = SortColumn::FiatAmount;
        r.order = Qt::AscendingOrder;
        r.limit = 100;
        Page p1 = page(m_svc.get(), r);
        QVERIFY(!p1.error);
        QCOMPARE(p1.rows.size(), 100);
        QCOMPARE(p1.total, 250);
        QVERIFY(!p1.atEnd);
        QCOMPARE(p1.rows.first().reference, QStringLiteral("P-0001"));
        r.after = p1.keys.last();
        Page p2 = page(m_svc.get(), r);
        QCOMPARE(p2.rows.first().reference, QStringLiteral("P-0101"));
        QVERIFY(p2.append);
        r.after = p2.keys.last();
        Page p3 = page(m_svc.get(), r);
        QCOMPARE(p3.rows.size(), 50);
        QVERIFY(p3.atEnd);
        QCOMPARE(p3.rows.last().reference, QStringLiteral("P-0250"));

        // Descending by customer, then every other sort column pages without overlap.
        for (int c = 0; c <= int(SortColumn::Updated); ++c) {
            PageRequest s;
            s.filter.referencePrefix = QStringLiteral("P-");
            s.sort = SortColumn(c);
            s.order = c % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            s.limit = 60;
            QSet<qint64> seen;
            for (int guard = 0; guard < 10; ++guard) {
                const Page p = page(m_svc.get(), s);
                QVERIFY2(!p.error, qPrintable(p.error ? p.error->message : QString()));
                for (const DepositRow &row : p.rows)
                    QVERIFY2(!seen.contains(row.id), qPrintable(QStringLiteral("column %1 repeats %2").arg(c).arg(row.id)));
                for (const DepositRow &row : p.rows)
                    seen.insert(row.id);
                if (s.sort == SortColumn::TokenAmount && !p.rows.isEmpty() && !s.after) // numeric, not text order
                    QCOMPARE(p.rows.at(1).tokenAmount, QStringLiteral("2")); // text order would say "10"
                if (p.atEnd)
                    break;
                s.after = p.keys.last();
            }
            QVERIFY2(seen.size() == 250, qPrintable(QStringLiteral("column %1: %2 rows").arg(c).arg(seen.size())));
        }

        PageRequest f;
        f.filter.referencePrefix = QStringLiteral("P-");
        f.filter.statuses = {QStringLiteral("minted")};
        QCOMPARE(page(m_svc.get(), f).total, 50);
        f.filter.statuses.clear();
        f.filter.customer = QStringLiteral("zawADI");
        QCOMPARE(page(m_svc.get(), f).total, 25);
        f.filter.customer.clear();
        f.filter.minFiat = QStringLiteral("1100");
        f.filter.maxFiat = QStringLiteral("1109.00");
        QCOMPARE(page(m_svc.get(), f).total, 10);
        f.filter.minFiat.clear();
        f.filter.maxFiat.clear();
        f.filter.createdFrom = QDateTime::currentDateTimeUtc().addSecs(-36 * 3600);
        const Page recent = page(m_svc.get(), f);
        QCOMPARE(recent.total, 20); // g % 25 in {0, 1}
        f.filter.referencePrefix = QStringLiteral("P-01");
        f.filter.createdFrom = {};
        QCOMPARE(page(m_svc.get(), f).total, 100);

        QSignalSpy counts(m_svc.get(), &DepositService::countsReady);
        m_svc->refreshCounts();
        QVERIFY(counts.wait(5000));
        const auto c = counts.last().at(0).value<QHash<QString, qint64>>();
        QCOMPARE(c.size(), 9);
        QCOMPARE(c.value(QStringLiteral("minted")),
                 sql(QStringLiteral("SELECT count(*) FROM vd.deposits WHERE status = 'minted'")).toLongLong());
        QCOMPARE(counts.last().at(1).toLongLong(), sql(QStringLiteral("SELECT count(*) FROM vd.deposits")).toLongLong());
    }

    void changesElsewhereAreNotified()
    {
        QSignalSpy changed(m_svc.get(), &DepositService::depositsChanged);
        sql(QStringLiteral("UPDATE vd.deposits SET customer_name = customer_name || '.' WHERE reference = 'P-0001'"));
        QVERIFY(changed.wait(5000));
    }

    void cleanupTestCase()
    {
        m_svc.reset();
        m_adm.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestDeposits)
#include "tst_deposits.moc"
