// Contract administration end to end on a private anvil (pausing the shared chain would disturb parallel tests),
// a fresh database and a real listener following it:
//   - pause then unpause signed directly by the admin key (SigningService), audited, seen by AdminService and the
//     listener; pausing a paused token is refused;
//   - the same through the Safe: proposal recorded pending, owners (accounts 1-2 of 3, threshold 2) execute it with
//     cast, the listener marks the proposal executed and records the pause;
//   - a key without the role is refused before any fee is spent: the missing role named with its holders, and the
//     simulation's decoded AccessControlUnauthorizedAccount; its balance is unchanged;
//   - key rotation (pause, revoke old minter, grant new, unpause) recorded step by step: the old minter's mint is
//     refused with the decoded revert (and reverts under cast), the new minter mints.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "admin/AdminService.h"
#include "chain/Abi.h"
#include "chain/Hex.h"
#include "chain/Keystore.h"
#include "listener/ListenerService.h"
#include "signing/SigningService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace vd;

namespace {
chain::Address addr(const QString &text)
{
    return chain::Address::fromString(text).value();
}

// Waits for the answer of `sender`'s `signal` to request `id`.
template <typename T, typename Obj, typename Signal> std::optional<T> await(Obj *sender, Signal signal, quint64 id,
                                                                            int timeoutMs = 60000)
{
    std::optional<T> out;
    QEventLoop loop;
    QObject ctx;
    QObject::connect(sender, signal, &ctx, [&](quint64 got, const T &value) {
        if (got == id) {
            out = value;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    return out;
}
} // namespace

class TestAdminChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<listener::ListenerService> m_listener;
    std::unique_ptr<signing::SigningService> m_signing;
    std::unique_ptr<admin::AdminService> m_admin;
    QTemporaryDir m_dir;
    QString m_adminKeystore;
    const QByteArray m_password = "admin keystore password";

    QString keystore(const QString &name, const QString &privateKey)
    {
        auto key = chain::PrivateKey::fromHex(privateKey);
        if (!key)
            return {};
        auto json = chain::Keystore::encrypt(*key, m_password, chain::ScryptParams{1024, 8, 1});
        const QString path = m_dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        if (!json || !f.open(QIODevice::WriteOnly))
            return {};
        f.write(*json);
        return path;
    }

    QString sql(const QString &q) { return m_db->psql(q).trimmed(); }

    /// prepare + signAndSend; the receipt or the error.
    vd::Result<chain::Receipt> sign(const QString &keystorePath, const signing::ContractCall &call)
    {
        const quint64 id = m_signing->prepare(keystorePath, call);
        const auto prepared = await<vd::Result<signing::PreparedCall>>(m_signing.get(), &signing::SigningService::prepared, id);
        if (!prepared)
            return vd::Error{QStringLiteral("test.timeout"), QStringLiteral("no prepared answer")};
        if (!prepared->ok())
            return prepared->error();
        std::optional<vd::Result<chain::Receipt>> out;
        QEventLoop loop;
        QObject ctx;
        connect(m_signing.get(), &signing::SigningService::mined, &ctx, [&](quint64 got, const chain::Receipt &r) {
            if (got == id) {
                out = r;
                loop.quit();
            }
        });
        connect(m_signing.get(), &signing::SigningService::failed, &ctx, [&](quint64 got, const vd::Error &e) {
            if (got == id) {
                out = e;
                loop.quit();
            }
        });
        m_signing->signAndSend(id, m_password);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!out)
            loop.exec();
        return out ? *out : vd::Result<chain::Receipt>(vd::Error{QStringLiteral("test.timeout"), QStringLiteral("no receipt")});
    }

    admin::ChainState readChain()
    {
        const quint64 id = m_admin->refreshChain();
        return await<admin::ChainState>(m_admin.get(), &admin::AdminService::chainStateReady, id).value_or(admin::ChainState{});
    }

    admin::DbState readDb()
    {
        const quint64 id = m_admin->refreshDatabase();
        return await<admin::DbState>(m_admin.get(), &admin::AdminService::dbStateReady, id).value_or(admin::DbState{});
    }

    vd::Result<qint64> recordSigned(const admin::Action &action, const chain::Receipt &receipt, bool before, bool after)
    {
        admin::SignedRecord r;
        r.action = action;
        r.txHash = receipt.transactionHash;
        r.signer = receipt.from;
        r.pausedBefore = before;
        r.pausedAfter = after;
        const quint64 id = m_admin->recordSigned(r);
        return await<vd::Result<qint64>>(m_admin.get(), &admin::AdminService::recorded, id)
            .value_or(vd::Error{QStringLiteral("test.timeout"), QString()});
    }

    QString listenerPaused()
    {
        return sql(QStringLiteral("SELECT paused FROM vd.contract_state"));
    }

    /// Owners 1 and 2 execute the Safe transaction `calldata` to the token at the Safe's current nonce: owner 1
    /// approves the hash on chain, owner 2 executes; signatures are "pre-validated" (r = owner, v = 1), sorted.
    bool executeBySafeOwners(const QString &safeTxHash, const QByteArray &calldata)
    {
        const QStringList keys = test::Harness::instance().safeOwnerKeys();
        QString err;
        const test::Harness &h = test::Harness::instance();
        const QString o1 = h.runCast({QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"), keys.at(0)});
        const QString o2 = h.runCast({QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"), keys.at(1)});
        if (o1.size() != 42 || o2.size() != 42)
            return false;
        m_chain->cast({QStringLiteral("send"), m_chain->safe(), QStringLiteral("approveHash(bytes32)"), safeTxHash,
                       QStringLiteral("--private-key"), keys.at(0)},
                      &err);
        if (!err.isEmpty()) {
            qWarning("approveHash: %s", qPrintable(err));
            return false;
        }
        auto sig = [](const QString &owner) -> QString {
            return QString(24, u'0') + owner.mid(2).toLower() + QString(64, u'0') + QStringLiteral("01");
        };
        const bool o1First = o1.toLower() < o2.toLower();
        const QString pair = o1First ? QString(sig(o1) + sig(o2)) : QString(sig(o2) + sig(o1));
        const QString signatures = QStringLiteral("0x") + pair;
        const QString zero = QStringLiteral("0x0000000000000000000000000000000000000000");
        m_chain->cast({QStringLiteral("send"), m_chain->safe(),
                       QStringLiteral("execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)"),
                       m_chain->token(), QStringLiteral("0"), chain::hex::encode(calldata), QStringLiteral("0"),
                       QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), zero, zero, signatures,
                       QStringLiteral("--private-key"), keys.at(1)},
                      &err);
        if (!err.isEmpty())
            qWarning("execTransaction: %s", qPrintable(err));
        return err.isEmpty();
    }

    signing::ContractCall mintCall(const QString &to, quint64 amount, bool needsRole)
    {
        signing::ContractCall c;
        c.to = addr(m_chain->token());
        c.contractLabel = QStringLiteral("VoucherDesk token");
        c.function = QStringLiteral("mint(address,uint256)");
        c.abiArgs = {chain::AbiValue::address(addr(to)), chain::AbiValue::uint(chain::U256(amount))};
        c.data = chain::Abi::encodeCall(c.function, c.abiArgs).value();
        c.arguments = {{QStringLiteral("to"), to}, {QStringLiteral("amount"), QString::number(amount)}};
        c.needsRole = needsRole;
        c.requiredRole = admin::minterRole();
        c.requiredRoleName = QStringLiteral("MINTER_ROLE");
        return c;
    }

    QString balanceOf(const QString &who)
    {
        return m_chain->cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("balanceOf(address)(uint256)"), who})
            .section(u' ', 0, 0);
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qputenv("DBUS_SESSION_BUS_ADDRESS", test::Harness::instance().dbusAddress().toUtf8());
        QVERIFY(m_dir.isValid());
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("admin_chain"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));

        listener::ListenerConfig c;
        c.database = m_db->createLogin(QStringLiteral("vd_listener"));
        c.chainId = test::Harness::instance().chainId();
        c.rpcUrls = {m_chain->rpcUrl()};
        c.token = m_chain->token();
        c.safe = m_chain->safe();
        c.confirmations = 1;
        c.startBlock = m_chain->deployBlock();
        c.useFinalizedTag = false;
        c.pollIntervalMs = 100;
        c.leaderName = QStringLiteral("admin-chain-listener");
        m_listener = std::make_unique<listener::ListenerService>(c);
        m_listener->start();

        signing::SigningSettings s;
        s.chain.chainId = c.chainId;
        s.chain.rpcUrls = {m_chain->rpcUrl()};
        s.chain.token = m_chain->token();
        s.chain.safe = m_chain->safe();
        s.chain.tokenCodeHash = m_chain->tokenCodeHash();
        s.tx.confirmations = 1;
        s.tx.pollInterval = std::chrono::milliseconds(100);
        m_signing = std::make_unique<signing::SigningService>(s);

        admin::AdminSettings a;
        a.database = m_db->createLogin(QStringLiteral("vd_admin"));
        a.workstation = QStringLiteral("Office 1");
        a.chainId = c.chainId;
        a.rpcUrls = {m_chain->rpcUrl()};
        a.token = m_chain->token();
        a.safe = m_chain->safe();
        a.tokenCodeHash = m_chain->tokenCodeHash();
        m_admin = std::make_unique<admin::AdminService>(a);
        m_adminKeystore = keystore(QStringLiteral("admin"), m_chain->adminKey());
        QVERIFY(!m_adminKeystore.isEmpty());
        QVERIFY(m_admin->setSignerKeystore(m_adminKeystore).ok());
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_signing.reset();
        m_listener.reset();
    }

    void pauseThenUnpauseWithTheAdminKey()
    {
        admin::ChainState s = readChain();
        QVERIFY2(s.ok, qPrintable(s.error.message));
        QVERIFY(s.codeHashVerified);
        QVERIFY(!s.paused);
        QVERIFY(s.signerRoles.contains(admin::pauserRole()));
        const admin::Action pause{admin::ActionKind::Pause, {}, {}, {}};
        QVERIFY(admin::checkAction(pause, s, readDb()).ok());
        const auto mined = sign(m_adminKeystore, admin::buildCall(addr(m_chain->token()), pause));
        QVERIFY2(mined.ok(), qPrintable(mined.error().message));
        QVERIFY(mined->status);
        const auto audit = recordSigned(pause, *mined, false, true);
        QVERIFY2(audit.ok(), qPrintable(audit.error().message));
        QCOMPARE(sql(QStringLiteral("SELECT action || '|' || workstation || '|' || (details->>'tx_hash') || '|' || "
                                    "(after->>'paused') FROM vd.audit_log WHERE id = %1")
                         .arg(*audit)),
                 QStringLiteral("contract.pause|Office 1|%1|true")
                     .arg(chain::hex::encode(QByteArrayView(mined->transactionHash))));
        s = readChain();
        QVERIFY(s.paused);
        QTRY_COMPARE_WITH_TIMEOUT(listenerPaused(), QStringLiteral("t"), 15000);
        QVERIFY(readDb().paused);
        // Pausing again is refused with the reason, before anything is signed.
        const auto again = admin::checkAction(pause, s, readDb());
        QCOMPARE(again.error().code, QStringLiteral("admin.already_paused"));

        const admin::Action unpause{admin::ActionKind::Unpause, {}, {}, {}};
        const auto back = sign(m_adminKeystore, admin::buildCall(addr(m_chain->token()), unpause));
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QVERIFY(recordSigned(unpause, *back, true, false).ok());
        QVERIFY(!readChain().paused);
        QTRY_COMPARE_WITH_TIMEOUT(listenerPaused(), QStringLiteral("f"), 15000);
    }

    void pauseThenUnpauseThroughTheSafe()
    {
        // The Safe needs PAUSER_ROLE for this (the deployment only gives it MINTER_ROLE).
        QString err;
        m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("grantRole(bytes32,address)"),
                       chain::hex::encode(QByteArrayView(admin::pauserRole())), m_chain->safe(),
                       QStringLiteral("--private-key"), m_chain->adminKey()},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(readChain().ok);
        for (const admin::ActionKind kind : {admin::ActionKind::Pause, admin::ActionKind::Unpause}) {
            const admin::Action action{kind, {}, {}, {}};
            const quint64 id = m_signing->proposeToSafe(admin::buildCall(addr(m_chain->token()), action),
                                                        admin::actionTitle(action));
            const auto proposal =
                await<vd::Result<signing::SafeProposal>>(m_signing.get(), &signing::SigningService::proposed, id);
            QVERIFY(proposal);
            QVERIFY2(proposal->ok(), qPrintable(proposal->error().message));
            const signing::SafeProposal p = proposal->value();
            QCOMPARE(p.threshold, 2u);
            const quint64 rec = m_admin->recordProposal(action, p);
            const auto row = await<vd::Result<qint64>>(m_admin.get(), &admin::AdminService::recorded, rec);
            QVERIFY(row && row->ok());
            const QString hash = chain::hex::encode(QByteArrayView(p.safeTxHash));
            QCOMPARE(sql(QStringLiteral("SELECT kind || '|' || status FROM vd.safe_proposals WHERE id = %1").arg(**row)),
                     admin::kindName(kind) + QStringLiteral("|pending"));
            admin::DbState d = readDb();
            QVERIFY(std::any_of(d.proposals.cbegin(), d.proposals.cend(),
                                [&](const admin::PendingProposal &x) { return x.safeTxHash == hash; }));
            // Recording the same proposal again is a retry, not a second row.
            const auto again = await<vd::Result<qint64>>(m_admin.get(), &admin::AdminService::recorded,
                                                         m_admin->recordProposal(action, p));
            QCOMPARE(again->value(), row->value());

            QVERIFY(executeBySafeOwners(hash, p.calldata));
            QCOMPARE(readChain().paused, kind == admin::ActionKind::Pause);
            QTRY_COMPARE_WITH_TIMEOUT(
                sql(QStringLiteral("SELECT status FROM vd.safe_proposals WHERE id = %1").arg(**row)),
                QStringLiteral("executed"), 15000);
            QTRY_COMPARE_WITH_TIMEOUT(listenerPaused(),
                                      kind == admin::ActionKind::Pause ? QStringLiteral("t") : QStringLiteral("f"), 15000);
            QVERIFY(readDb().proposals.isEmpty());
        }
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM vd.audit_log WHERE "
                                    "entity = 'safe_proposal'")),
                 QStringLiteral("contract.pause.proposed,contract.unpause.proposed"));
    }

    void aKeyWithoutTheRoleIsRefusedBeforeAnyFee()
    {
        const QString customer = m_chain->customers().at(0);
        const QString path = keystore(QStringLiteral("customer"), m_chain->customerKeys().at(0));
        const QString before = m_chain->cast({QStringLiteral("balance"), customer});
        QVERIFY(!before.isEmpty());
        signing::ContractCall call = admin::buildCall(addr(m_chain->token()), admin::Action{admin::ActionKind::Pause, {}, {}, {}});
        // The role check names the role and who holds it.
        auto refused = sign(path, call);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("signing.missing_role"));
        QVERIFY2(refused.error().message.contains(QLatin1String("PAUSER_ROLE")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(addr(test::Harness::instance().admin()).toChecksummed()),
                 qPrintable(refused.error().message));
        // Without the role check, the simulation catches it and the revert comes back decoded.
        call.needsRole = false;
        auto reverted = sign(path, call);
        QVERIFY(!reverted.ok());
        QVERIFY2(reverted.error().message.contains(QStringLiteral("Account %1 lacks role PAUSER_ROLE")
                                                       .arg(addr(customer).toChecksummed())),
                 qPrintable(reverted.error().message));
        QCOMPARE(m_chain->cast({QStringLiteral("balance"), customer}), before); // not a wei of gas spent
        // The page's own explanation says the same before the dialog opens.
        const admin::SignerStatus st = admin::signerStatus(readChain(), readDb(), admin::pauserRole(), m_admin->safeAddress());
        QVERIFY(st.maySign); // the loaded key (admin) holds it
    }

    void keyRotationEndToEnd()
    {
        const QString oldMinter = test::Harness::instance().minter();
        const QString oldMinterKeystore = keystore(QStringLiteral("old-minter"), m_chain->minterKey());
        // The new key: created as the wizard does (Keystore::encrypt of a fresh key), funded for gas.
        auto fresh = chain::PrivateKey::generate();
        QVERIFY(fresh.ok());
        const chain::Address newMinter = fresh->address();
        const QString newKeystore = m_dir.filePath(QStringLiteral("new-minter.json"));
        {
            QFile f(newKeystore);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(chain::Keystore::encrypt(*fresh, m_password, chain::ScryptParams{1024, 8, 1}).value());
        }
        QCOMPARE(signing::SigningService::keystoreAddress(newKeystore).value(), newMinter);
        QString err;
        m_chain->cast({QStringLiteral("send"), newMinter.toChecksummed(), QStringLiteral("--value"),
                       QStringLiteral("1ether"), QStringLiteral("--private-key"), m_chain->adminKey()},
                      &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));

        const auto started = await<vd::Result<admin::RotationRecord>>(
            m_admin.get(), &admin::AdminService::rotationChanged,
            m_admin->startRotation(addr(oldMinter), newMinter, newKeystore, true));
        QVERIFY(started && started->ok());
        admin::RotationRecord r = started->value();
        readChain();
        while (true) {
            const QString step = admin::nextRotationStep(r);
            if (step == QLatin1String("configure") || step.isEmpty())
                break;
            const auto action = admin::rotationAction(r, step);
            QVERIFY(action);
            QVERIFY2(admin::checkAction(*action, readChain(), readDb()).ok(), qPrintable(step));
            const auto mined = sign(m_adminKeystore, admin::buildCall(addr(m_chain->token()), *action));
            QVERIFY2(mined.ok(), qPrintable(step + QLatin1String(": ") + mined.error().message));
            const auto saved = await<vd::Result<admin::RotationRecord>>(
                m_admin.get(), &admin::AdminService::rotationChanged,
                m_admin->rotationStepDone(r.id, step, chain::hex::encode(QByteArrayView(mined->transactionHash))));
            QVERIFY(saved && saved->ok());
            r = saved->value();
            // Resumable: a fresh read of the database finds the rotation where it stopped.
            const admin::DbState d = readDb();
            QVERIFY(d.openRotation);
            QCOMPARE(admin::nextRotationStep(*d.openRotation), admin::nextRotationStep(r));
        }
        QVERIFY(admin::nextRotationStep(r) == QLatin1String("configure"));
        const auto configured = await<vd::Result<admin::RotationRecord>>(
            m_admin.get(), &admin::AdminService::rotationChanged, m_admin->rotationStepDone(r.id, QStringLiteral("configure"), newKeystore));
        QVERIFY(configured && configured->ok());
        const auto finished = await<vd::Result<admin::RotationRecord>>(
            m_admin.get(), &admin::AdminService::rotationChanged, m_admin->finishRotation(r.id, false));
        QVERIFY2(finished && finished->ok(), finished ? qPrintable(finished->error().message) : "timeout");
        QCOMPARE(finished->value().status, QStringLiteral("done"));

        const admin::ChainState s = readChain();
        QVERIFY(!s.paused);
        const auto minters = admin::holders(s, admin::DbState{}, admin::minterRole());
        QVERIFY(!minters.contains(addr(oldMinter)));
        QVERIFY(minters.contains(newMinter));

        // The old minter can no longer mint: refused before signing with the decoded revert ...
        const QString customer = m_chain->customers().at(1);
        const auto old = sign(oldMinterKeystore, mintCall(customer, 5, false));
        QVERIFY(!old.ok());
        QVERIFY2(old.error().message.contains(QStringLiteral("Account %1 lacks role MINTER_ROLE").arg(addr(oldMinter).toChecksummed())),
                 qPrintable(old.error().message));
        // ... and reverts when forced (cast sends without simulating first).
        err.clear();
        const QString forced = m_chain->cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"),
                                              customer, QStringLiteral("5"), QStringLiteral("--private-key"),
                                              m_chain->minterKey(), QStringLiteral("--gas-limit"), QStringLiteral("100000")},
                                             &err);
        QVERIFY2(!err.isEmpty() || forced.contains(QLatin1String("0 (failed)")), qPrintable(forced));
        // The new one can.
        const QString before = balanceOf(customer);
        const auto minted = sign(newKeystore, mintCall(customer, 5, true));
        QVERIFY2(minted.ok(), qPrintable(minted.error().message));
        QCOMPARE(chain::U256::fromDecimal(balanceOf(customer)).value(),
                 chain::U256::fromDecimal(before).value() + chain::U256(5));
        QCOMPARE(sql(QStringLiteral("SELECT string_agg(action, ',' ORDER BY id) FROM vd.audit_log WHERE "
                                    "entity = 'key_rotation'")),
                 QStringLiteral("contract.rotation.start,contract.rotation.pause,contract.rotation.revoke,"
                                "contract.rotation.grant,contract.rotation.unpause,contract.rotation.configure,"
                                "contract.rotation.done"));
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM vd.role_members WHERE role = decode('%1', 'hex') AND account = "
                               "decode('%2', 'hex')")
                    .arg(chain::hex::encode(QByteArrayView(admin::minterRole()), false), newMinter.toLower().mid(2))),
            QStringLiteral("1"), 15000);
    }
};

QTEST_GUILESS_MAIN(TestAdminChain)
#include "tst_admin_chain.moc"
