// AdminService against the shared harness chain (read only) and a fresh database followed by a real listener:
// live state (chain id, code hash verified against the pin and refused when it differs, paused, supply, decimals),
// every known role with its members and admin role agreeing with what the listener recorded (no warning), the
// signer key's roles read from its keystore file's address; the audited records of 007 (signed action, Safe
// proposal, key rotation steps) and that only an administrator may write them.
#include "Harness.h"
#include "TestDatabase.h"
#include "admin/AdminService.h"
#include "chain/Hex.h"
#include "listener/ListenerService.h"

#include <QSignalSpy>
#include <QtTest>

using namespace vd;

namespace {
chain::Address addr(const QString &text)
{
    return chain::Address::fromString(text).value();
}
} // namespace

class TestAdminState : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<listener::ListenerService> m_listener;
    db::DbConfig m_admin;
    QString m_codeHash;

    admin::AdminSettings settings(const QString &pin) const
    {
        const test::Harness &h = test::Harness::instance();
        admin::AdminSettings s;
        s.database = m_admin;
        s.workstation = QStringLiteral("Office 2");
        s.chainId = h.chainId();
        s.rpcUrls = {h.rpcUrl()};
        s.token = h.token();
        s.safe = h.safe();
        s.tokenCodeHash = pin;
        return s;
    }

    static admin::ChainState readChain(admin::AdminService &svc)
    {
        QSignalSpy spy(&svc, &admin::AdminService::chainStateReady);
        const quint64 id = svc.refreshChain();
        for (int i = 0; i < 100; ++i) {
            for (const auto &args : std::as_const(spy))
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<admin::ChainState>();
            spy.wait(200);
        }
        return {};
    }

    static admin::DbState readDb(admin::AdminService &svc)
    {
        QSignalSpy spy(&svc, &admin::AdminService::dbStateReady);
        const quint64 id = svc.refreshDatabase();
        for (int i = 0; i < 100; ++i) {
            for (const auto &args : std::as_const(spy))
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<admin::DbState>();
            spy.wait(200);
        }
        return {};
    }

    // Waits for `signal`'s answer to request `id` (the value types have no default constructor: no QSignalSpy).
    template <typename T, typename Signal> static T answer(admin::AdminService &svc, Signal signal, quint64 id)
    {
        std::optional<T> out;
        QEventLoop loop;
        QObject ctx;
        QObject::connect(&svc, signal, &ctx, [&](quint64 got, const T &value) {
            if (got == id) {
                out = value;
                loop.quit();
            }
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        if (!out)
            loop.exec();
        return out ? *out : T(vd::Error{QStringLiteral("test.timeout"), QStringLiteral("no answer")});
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        const test::Harness &h = test::Harness::instance();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("admin_state"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_admin = m_db->createLogin(QStringLiteral("vd_admin"));
        listener::ListenerConfig c;
        c.database = m_db->createLogin(QStringLiteral("vd_listener"));
        c.chainId = h.chainId();
        c.rpcUrls = {h.rpcUrl()};
        c.token = h.token();
        c.safe = h.safe();
        c.confirmations = 1;
        c.startBlock = h.deployBlock();
        c.useFinalizedTag = false;
        c.pollIntervalMs = 100;
        c.leaderName = QStringLiteral("admin-state-listener");
        m_listener = std::make_unique<listener::ListenerService>(c);
        m_listener->start();
        QString err;
        const QString code = h.runCast({QStringLiteral("code"), h.token(), QStringLiteral("--rpc-url"), h.rpcUrl()}, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_codeHash = h.runCast({QStringLiteral("keccak"), code}, &err);
        QVERIFY2(m_codeHash.startsWith(QLatin1String("0x")), qPrintable(err));
        const qint64 head = h.runCast({QStringLiteral("block-number"), QStringLiteral("--rpc-url"), h.rpcUrl()}).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(m_db->psql(QStringLiteral("SELECT coalesce(max(last_block), 0) FROM vd.chain_cursor"))
                                         .trimmed()
                                         .toLongLong() >= head,
                                 30000);
    }

    void cleanupTestCase() { m_listener.reset(); }

    void liveStateAndRolesAgreeWithTheListener()
    {
        const test::Harness &h = test::Harness::instance();
        admin::AdminService svc(settings(m_codeHash.toUpper().replace(QLatin1String("0X"), QLatin1String("0x"))));
        // The signer: the minter's keystore file (its declared address; nothing is decrypted).
        QTemporaryDir dir;
        QFile ks(dir.filePath(QStringLiteral("minter.json")));
        QVERIFY(ks.open(QIODevice::WriteOnly));
        ks.write(QStringLiteral(R"({"version":3,"id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","address":"%1","crypto":{}})")
                     .arg(h.minter().mid(2).toLower())
                     .toUtf8());
        ks.close();
        const auto signer = svc.setSignerKeystore(ks.fileName());
        QVERIFY2(signer.ok(), qPrintable(signer.error().message));
        QCOMPARE(signer.value(), addr(h.minter()));

        const admin::ChainState s = readChain(svc);
        QVERIFY2(s.ok, qPrintable(s.error.message));
        QCOMPARE(s.chainId, h.chainId());
        QCOMPARE(s.token, h.token());
        QCOMPARE(s.codeHash, m_codeHash);
        QVERIFY2(s.codeHashVerified, qPrintable(s.codeHashProblem)); // the pin compares case-insensitively
        QVERIFY(!s.paused);
        QCOMPARE(s.decimals, 18);
        QVERIFY(!s.totalSupply.isZero()); // the shared chain: other tests mint and burn meanwhile
        QCOMPARE(s.roles.size(), 4);
        const auto admins = s.roles.at(0);
        QCOMPARE(admins.role, admin::defaultAdminRole());
        QVERIFY(admins.members.contains(addr(h.admin())));
        QCOMPARE(admins.memberCount, static_cast<quint64>(admins.members.size()));
        QCOMPARE(s.roles.at(1).role, admin::minterRole());
        for (const QString &m : {h.admin(), h.minter(), h.safe()})
            QVERIFY2(s.roles.at(1).members.contains(addr(m)), qPrintable(m));
        QCOMPARE(s.roles.at(1).adminRole, admin::defaultAdminRole());
        QVERIFY(s.hasSigner);
        QCOMPARE(s.signerRoles, QList<chain::Hash32>{admin::minterRole()});

        const admin::DbState d = readDb(svc);
        QVERIFY2(d.ok, qPrintable(d.error.message));
        QVERIFY(d.listenerBlock >= h.deployBlock());
        const QList<admin::RoleView> views = admin::mergeRoles(s, d);
        QVERIFY(views.size() >= 4);
        for (const admin::RoleView &v : views.mid(0, 4)) {
            QVERIFY2(v.chainRead, qPrintable(v.name));
            QVERIFY2(v.warning.isEmpty(), qPrintable(v.name + QLatin1String(": ") + v.warning));
            for (const admin::RoleMemberView &m : v.members) {
                QVERIFY(m.onChain && m.inDatabase);
                QVERIFY(m.grantedBlock >= h.deployBlock());
                QVERIFY2(m.grantedAt.isValid(), qPrintable(m.account.toChecksummed()));
                QVERIFY(m.grantedTx.startsWith(QLatin1String("0x")));
            }
        }
    }

    void aListenerBatchRefreshesWithoutAsking()
    {
        admin::AdminService svc(settings(m_codeHash));
        (void)readDb(svc); // the first read opens the worker's session, which subscribes
        QSignalSpy chain(&svc, &admin::AdminService::chainStateReady);
        QSignalSpy db(&svc, &admin::AdminService::dbStateReady);
        // What listener_apply() sends after a batch with new logs (a real batch would come from any other test's
        // transaction on the shared chain; this one is certain and immediate).
        QString err;
        m_db->psql(QStringLiteral("SELECT pg_notify('vd_chain', '{\"chain\": 31337, \"new_logs\": 2, "
                                  "\"removed_logs\": 0}')"),
                   &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QTRY_VERIFY_WITH_TIMEOUT(!db.isEmpty() && !chain.isEmpty(), 10000);
        QVERIFY(db.constFirst().at(1).value<admin::DbState>().ok);
    }

    void aChangedContractIsNotVerified()
    {
        admin::AdminService svc(settings(QStringLiteral("0x") + QString(64, u'1')));
        const admin::ChainState s = readChain(svc);
        QVERIFY(s.ok);
        QVERIFY(!s.codeHashVerified);
        QVERIFY2(s.codeHashProblem.contains(QLatin1String("not the pinned one")), qPrintable(s.codeHashProblem));
        admin::AdminService unpinned(settings(QString()));
        const admin::ChainState u = readChain(unpinned);
        QVERIFY(!u.codeHashVerified);
        QVERIFY2(u.codeHashProblem.contains(QLatin1String("No code hash is pinned")), qPrintable(u.codeHashProblem));
    }

    void recordsAreAuditedAndAdminOnly()
    {
        const test::Harness &h = test::Harness::instance();
        admin::AdminService svc(settings(m_codeHash));
                admin::SignedRecord r;
        r.action.kind = admin::ActionKind::Freeze;
        r.action.account = addr(h.customerKeys().isEmpty() ? h.minter() : h.minter());
        r.action.reason = QStringLiteral("court order 77");
        r.txHash[0] = 0x42;
        r.signer = addr(h.admin());
        const auto id = answer<vd::Result<qint64>>(svc, &admin::AdminService::recorded, svc.recordSigned(r));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT actor <> '', workstation, action, details->>'reason', "
                                           "details->>'path', details->>'tx_hash' FROM vd.audit_log WHERE id = %1")
                                .arg(id.value()))
                     .trimmed(),
                 QStringLiteral("t|Office 2|contract.freeze|court order 77|signed|0x42") + QString(62, u'0'));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT reason FROM vd.freeze_notes")).trimmed(),
                 QStringLiteral("court order 77"));
        // A freeze without a reason is refused by the database too (nothing written).
        r.action.reason = QStringLiteral(" ");
        const auto refused = answer<vd::Result<qint64>>(svc, &admin::AdminService::recorded, svc.recordSigned(r));
        QVERIFY(!refused.ok());
        QCOMPARE(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.freeze_notes")).trimmed(), QStringLiteral("1"));

        // Rotation: one open per contract, steps kept in order, "done" only once revoked and granted.
                const auto started = answer<vd::Result<admin::RotationRecord>>(svc, &admin::AdminService::rotationChanged, svc.startRotation(addr(h.minter()), addr(h.admin()), QStringLiteral("/keys/new.json"), true));
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QCOMPARE(started.value().status, QStringLiteral("in_progress"));
        const auto second = answer<vd::Result<admin::RotationRecord>>(svc, &admin::AdminService::rotationChanged, svc.startRotation(addr(h.minter()), addr(h.safe()), QStringLiteral("/keys/other.json"), false));
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.contains(QLatin1String("already in progress")), qPrintable(second.error().message));
        const qint64 rid = started.value().id;
        auto step = answer<vd::Result<admin::RotationRecord>>(svc, &admin::AdminService::rotationChanged, svc.rotationStepDone(rid, QStringLiteral("pause"), QStringLiteral("0xaa")));
        QVERIFY(step.ok());
        QCOMPARE(admin::nextRotationStep(step.value()), QStringLiteral("revoke"));
        auto early = answer<vd::Result<admin::RotationRecord>>(svc, &admin::AdminService::rotationChanged, svc.finishRotation(rid, false));
        QVERIFY(!early.ok());
        const admin::DbState d = readDb(svc);
        QVERIFY(d.openRotation.has_value());
        QCOMPARE(d.openRotation->id, rid);
        QCOMPARE(d.openRotation->ref(QStringLiteral("pause")), QStringLiteral("0xaa"));
        auto abandoned = answer<vd::Result<admin::RotationRecord>>(svc, &admin::AdminService::rotationChanged, svc.finishRotation(rid, true));
        QVERIFY(abandoned.ok());
        QCOMPARE(abandoned.value().status, QStringLiteral("abandoned"));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM vd.audit_log WHERE "
                                           "entity = 'key_rotation'"))
                     .trimmed(),
                 QStringLiteral("contract.rotation.start,contract.rotation.pause,contract.rotation.abandoned"));

        // The back office (not an administrator) may read but not record.
        admin::AdminSettings office = settings(m_codeHash);
        office.database = m_db->createLogin(QStringLiteral("vd_backoffice"));
        admin::AdminService officeSvc(office);
        QVERIFY(readDb(officeSvc).ok);
                r.action.reason = QStringLiteral("try");
        const auto denied = answer<vd::Result<qint64>>(officeSvc, &admin::AdminService::recorded, officeSvc.recordSigned(r));
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().message.contains(QLatin1String("administrator")) ||
                     denied.error().message.contains(QLatin1String("permission")),
                 qPrintable(denied.error().message));
    }
};

QTEST_GUILESS_MAIN(TestAdminState)
#include "tst_admin_state.moc"
