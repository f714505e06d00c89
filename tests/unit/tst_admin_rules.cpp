// Contract administration's pure parts: the refusals of dangerous moves (each with its explanation), role names
// and hashes (checked against `cast keccak` values written down in evm.md), the calldata of every action
// (checked against `cast calldata` output), merging chain and database role views with a visible warning, and the
// key rotation runbook's step order.
#include "admin/AdminModel.h"
#include "chain/Hex.h"

#include <QtTest>

using namespace vd;
using namespace vd::admin;

namespace {
chain::Address addr(const char *text)
{
    return chain::Address::fromString(QString::fromLatin1(text)).value();
}

const char *const kAdmin = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const char *const kMinter = "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65";
const char *const kSafe = "0x5FbDB2315678afecb367f032d93F642f64180aa3";

ChainState stateWith(QList<ChainRole> roles, bool paused = false)
{
    ChainState s;
    s.ok = true;
    s.paused = paused;
    s.roles = std::move(roles);
    return s;
}

ChainRole role(const chain::Hash32 &r, QList<chain::Address> members)
{
    ChainRole c;
    c.role = r;
    c.members = std::move(members);
    c.memberCount = static_cast<quint64>(c.members.size());
    return c;
}
} // namespace

class TestAdminRules : public QObject
{
    Q_OBJECT
private slots:
    void roleIds()
    {
        // evm.md / `cast keccak MINTER_ROLE`, `cast keccak PAUSER_ROLE`, `cast keccak COMPLIANCE_ROLE`.
        QCOMPARE(chain::hex::encode(QByteArrayView(minterRole())),
                 QStringLiteral("0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"));
        QCOMPARE(chain::hex::encode(QByteArrayView(pauserRole())),
                 QStringLiteral("0x65d7a28e3265b37a6474929f336521b332c1681b933f6cb9f3376673440d862a"));
        QCOMPARE(chain::hex::encode(QByteArrayView(complianceRole())),
                 QStringLiteral("0x442a94f1a1fac79af32856af2a64f63648cfa2ef3b98610a5bb7cbec4cee6985"));
        QCOMPARE(defaultAdminRole(), chain::Hash32{});
        QCOMPARE(knownRoles().size(), 4);
        QCOMPARE(roleName(pauserRole()), QStringLiteral("PAUSER_ROLE"));
        chain::Hash32 other{};
        other[0] = 0xab;
        QVERIFY(roleName(other).startsWith(QLatin1String("0xab00")));
        QVERIFY(!isKnownRole(other));
    }

    void accountsMustBeChecksummed()
    {
        QVERIFY(parseAccount(QString::fromLatin1(kMinter)).ok());
        QCOMPARE(parseAccount(QStringLiteral("  %1 ").arg(QLatin1String(kMinter))).value(), addr(kMinter));
        const auto lower = parseAccount(QString::fromLatin1(kMinter).toLower());
        QVERIFY(!lower.ok());
        QCOMPARE(lower.error().code, QStringLiteral("admin.not_checksummed"));
        QVERIFY2(lower.error().message.contains(QLatin1String(kMinter)), qPrintable(lower.error().message));
        const auto upper = parseAccount(QStringLiteral("0x") + QString::fromLatin1(kMinter).mid(2).toUpper());
        QCOMPARE(upper.error().code, QStringLiteral("admin.not_checksummed"));
        // A wrong checksum (one letter's case flipped) is the toolkit's refusal.
        QString flipped = QString::fromLatin1(kMinter);
        flipped[4] = flipped[4].isUpper() ? flipped[4].toLower() : flipped[4].toUpper();
        QCOMPARE(parseAccount(flipped).error().code, QStringLiteral("address.bad_checksum"));
        QCOMPARE(parseAccount(QStringLiteral("0x0000000000000000000000000000000000000000")).error().code,
                 QStringLiteral("admin.zero_address"));
        QCOMPARE(parseAccount(QString()).error().code, QStringLiteral("admin.no_account"));
        QCOMPARE(parseAccount(QStringLiteral("0x1234")).error().code, QStringLiteral("address.malformed"));
    }

    void pauseRefusals()
    {
        QCOMPARE(checkPause(stateWith({}, true)).error().code, QStringLiteral("admin.already_paused"));
        QVERIFY(checkPause(stateWith({}, false)).ok());
        QCOMPARE(checkUnpause(stateWith({}, false)).error().code, QStringLiteral("admin.not_paused"));
        QVERIFY(checkUnpause(stateWith({}, true)).ok());
        // Nothing read yet: no refusal (the simulation before signing still catches it).
        QVERIFY(checkPause(ChainState{}).ok());
    }

    void lastAdminCannotBeRevoked()
    {
        const ChainState one = stateWith({role(defaultAdminRole(), {addr(kAdmin)})});
        const auto r = checkRevoke(one, defaultAdminRole(), addr(kAdmin));
        QCOMPARE(r.error().code, QStringLiteral("admin.last_admin"));
        QVERIFY2(r.error().message.contains(QLatin1String("nobody could ever grant or revoke")),
                 qPrintable(r.error().message));
        const ChainState two = stateWith({role(defaultAdminRole(), {addr(kAdmin), addr(kSafe)})});
        QVERIFY(checkRevoke(two, defaultAdminRole(), addr(kAdmin)).ok());
        // Admins not read: refused rather than guessed.
        QCOMPARE(checkRevoke(ChainState{}, defaultAdminRole(), addr(kAdmin)).error().code,
                 QStringLiteral("admin.admins_unknown"));
        // Other roles may lose their last member (the admin can grant again).
        const ChainState minters = stateWith({role(minterRole(), {addr(kMinter)})});
        QVERIFY(checkRevoke(minters, minterRole(), addr(kMinter)).ok());
        QCOMPARE(checkRevoke(minters, minterRole(), addr(kAdmin)).error().code, QStringLiteral("admin.not_member"));
    }

    void grantRefusals()
    {
        const ChainState s = stateWith({role(minterRole(), {addr(kMinter)})});
        QCOMPARE(checkGrant(s, minterRole(), chain::Address()).error().code, QStringLiteral("admin.zero_address"));
        QCOMPARE(checkGrant(s, minterRole(), addr(kMinter)).error().code, QStringLiteral("admin.already_member"));
        QVERIFY(checkGrant(s, minterRole(), addr(kAdmin)).ok());
    }

    void freezeNeedsReason()
    {
        DbState db;
        db.ok = true;
        FrozenAccount f;
        f.account = addr(kMinter);
        db.frozen = {f};
        const ChainState s = stateWith({});
        QCOMPARE(checkFreeze(s, db, addr(kAdmin), QStringLiteral("  "), true).error().code,
                 QStringLiteral("admin.no_reason"));
        QCOMPARE(checkFreeze(s, db, addr(kMinter), QStringLiteral("court order"), true).error().code,
                 QStringLiteral("admin.already_frozen"));
        QCOMPARE(checkFreeze(s, db, addr(kAdmin), QStringLiteral("cleared"), false).error().code,
                 QStringLiteral("admin.not_frozen"));
        QVERIFY(checkFreeze(s, db, addr(kAdmin), QStringLiteral("court order 12/2026"), true).ok());
        QVERIFY(checkFreeze(s, db, addr(kMinter), QStringLiteral("cleared"), false).ok());
    }

    void calldataMatchesCast()
    {
        const chain::Address token = addr(kSafe);
        // cast calldata 'pause()' / 'unpause()'
        auto pause = buildCall(token, Action{ActionKind::Pause, {}, {}, {}});
        QCOMPARE(chain::hex::encode(pause.data), QStringLiteral("0x8456cb59"));
        QCOMPARE(pause.requiredRole, pauserRole());
        QCOMPARE(pause.requiredRoleName, QStringLiteral("PAUSER_ROLE"));
        QVERIFY(pause.needsRole);
        QCOMPARE(chain::hex::encode(buildCall(token, Action{ActionKind::Unpause, {}, {}, {}}).data),
                 QStringLiteral("0x3f4ba83a"));
        // cast calldata 'grantRole(bytes32,address)' $(cast keccak MINTER_ROLE) 0x15d3...6A65
        Action grant{ActionKind::GrantRole, minterRole(), addr(kMinter), {}};
        auto g = buildCall(token, grant, defaultAdminRole());
        QCOMPARE(chain::hex::encode(g.data),
                 QStringLiteral("0x2f2ff15d9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"
                                "00000000000000000000000015d34aaf54267db7d7c367839aaf71a00a2c6a65"));
        QCOMPARE(g.requiredRoleName, QStringLiteral("DEFAULT_ADMIN_ROLE"));
        QCOMPARE(g.arguments.value(0).second, QStringLiteral("MINTER_ROLE"));
        Action revoke{ActionKind::RevokeRole, minterRole(), addr(kMinter), {}};
        QVERIFY(chain::hex::encode(buildCall(token, revoke).data).startsWith(QLatin1String("0xd547741f")));
        // cast sig 'freeze(address)' = 0x8d1fdf2f, 'unfreeze(address)' = 0x45c8b1a6
        Action freeze{ActionKind::Freeze, {}, addr(kMinter), QStringLiteral("court order")};
        auto f = buildCall(token, freeze);
        QCOMPARE(chain::hex::encode(f.data),
                 QStringLiteral("0x8d1fdf2f00000000000000000000000015d34aaf54267db7d7c367839aaf71a00a2c6a65"));
        QCOMPARE(f.requiredRoleName, QStringLiteral("COMPLIANCE_ROLE"));
        QCOMPARE(f.arguments.last().second, QStringLiteral("court order"));
        Action unfreeze{ActionKind::Unfreeze, {}, addr(kMinter), QStringLiteral("cleared")};
        QVERIFY(chain::hex::encode(buildCall(token, unfreeze).data).startsWith(QLatin1String("0x45c8b1a6")));
        QCOMPARE(confirmationWord(ActionKind::Pause), QStringLiteral("PAUSE"));
        QVERIFY(confirmationWord(ActionKind::Unpause).isEmpty());
    }

    void mergeWarnsWhenChainAndDatabaseDisagree()
    {
        ChainState chainState = stateWith({role(defaultAdminRole(), {addr(kAdmin)}),
                                           role(minterRole(), {addr(kAdmin), addr(kMinter)})});
        DbState db;
        db.ok = true;
        db.listenerBlock = 40;
        DbRoleMember a;
        a.role = defaultAdminRole();
        a.account = addr(kAdmin);
        a.grantedBlock = 3;
        a.grantedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        DbRoleMember m;
        m.role = minterRole();
        m.account = addr(kAdmin);
        DbRoleMember stale;
        stale.role = minterRole();
        stale.account = addr(kSafe);
        chain::Hash32 custom{};
        custom[31] = 7;
        db.members = {a, m, stale};
        db.seenRoles = {custom};
        const QList<RoleView> views = mergeRoles(chainState, db);
        QCOMPARE(views.size(), 5); // four known + the one seen in events
        QCOMPARE(views.at(0).name, QStringLiteral("DEFAULT_ADMIN_ROLE"));
        QVERIFY(views.at(0).warning.isEmpty());
        QCOMPARE(views.at(0).members.value(0).grantedBlock, 3);
        QCOMPARE(views.at(0).members.value(0).grantedAt, a.grantedAt);
        const RoleView &minters = views.at(1);
        QCOMPARE(minters.members.size(), 3);
        QVERIFY2(minters.warning.contains(QLatin1String(kMinter)), qPrintable(minters.warning));
        QVERIFY2(minters.warning.contains(QLatin1String(kSafe)), qPrintable(minters.warning));
        QVERIFY(!views.at(2).chainRead); // PAUSER_ROLE was not in this chain read
        QCOMPARE(views.at(4).role, custom);
        QVERIFY(!views.at(4).known);
        QVERIFY(views.at(4).name.startsWith(QLatin1String("0x")));
        // No listener yet: nothing to compare with, no warning.
        DbState none;
        none.ok = true;
        QVERIFY(mergeRoles(chainState, none).at(1).warning.isEmpty());
        QCOMPARE(holders(chainState, db, minterRole()), (QList<chain::Address>{addr(kAdmin), addr(kMinter)}));
    }

    void rotationRunbook()
    {
        RotationRecord r;
        r.id = 4;
        r.oldMinter = addr(kMinter);
        r.newMinter = addr(kAdmin);
        r.withPause = true;
        QCOMPARE(rotationSteps(true), (QStringList{QStringLiteral("pause"), QStringLiteral("revoke"),
                                                   QStringLiteral("grant"), QStringLiteral("unpause"),
                                                   QStringLiteral("configure")}));
        QCOMPARE(rotationSteps(false),
                 (QStringList{QStringLiteral("revoke"), QStringLiteral("grant"), QStringLiteral("configure")}));
        QCOMPARE(nextRotationStep(r), QStringLiteral("pause"));
        r.steps = {{QStringLiteral("pause"), QStringLiteral("0x01")}, {QStringLiteral("revoke"), QStringLiteral("0x02")}};
        QCOMPARE(nextRotationStep(r), QStringLiteral("grant"));
        const auto grant = rotationAction(r, QStringLiteral("grant"));
        QVERIFY(grant);
        QCOMPARE(grant->kind, ActionKind::GrantRole);
        QCOMPARE(grant->account, addr(kAdmin));
        QCOMPARE(grant->role, minterRole());
        QCOMPARE(rotationAction(r, QStringLiteral("revoke"))->account, addr(kMinter));
        QVERIFY(!rotationAction(r, QStringLiteral("configure")));
        QCOMPARE(r.ref(QStringLiteral("revoke")), QStringLiteral("0x02"));
    }
};

QTEST_GUILESS_MAIN(TestAdminRules)
#include "tst_admin_rules.moc"
