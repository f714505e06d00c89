#pragma once
// Contract administration as values and pure functions (architecture section 4): the token's roles, the live
// state read from the chain and the state the listener recorded, the two merged with a visible warning where they
// disagree, the refusals of dangerous moves (each with its explanation), and the contract calls for pause,
// unpause, grant/revoke role and freeze/unfreeze. Value types and reentrant functions, any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/U256.h"
#include "common/Result.h"
#include "signing/SigningService.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace vd::admin {

/// What an administrator can do to the token.
enum class ActionKind { Pause, Unpause, GrantRole, RevokeRole, Freeze, Unfreeze };

/// Stable name used in the database (safe_proposals.kind, audit "contract.<kind>"): "pause", "grant_role", ...
QString kindName(ActionKind kind);
/// Translated verb for people: "Pause the token", "Grant role", ...
QString kindTitle(ActionKind kind);

/// The roles the app knows by name, in display order: DEFAULT_ADMIN_ROLE, MINTER_ROLE, PAUSER_ROLE, COMPLIANCE_ROLE.
QList<chain::Hash32> knownRoles();
chain::Hash32 roleId(const QString &name); // "MINTER_ROLE" -> keccak; "DEFAULT_ADMIN_ROLE" -> zero
QString roleName(const chain::Hash32 &role); // the name when known, else "0x" + 64 hex digits
bool isKnownRole(const chain::Hash32 &role);
inline chain::Hash32 defaultAdminRole() { return {}; }
chain::Hash32 minterRole();
chain::Hash32 pauserRole();
chain::Hash32 complianceRole();
/// The role a kind of action needs on the token: PAUSER_ROLE (pause/unpause), COMPLIANCE_ROLE (freeze/unfreeze);
/// for grant/revoke the admin role of the role changed (DEFAULT_ADMIN_ROLE unless the chain says otherwise).
chain::Hash32 requiredRole(ActionKind kind, const chain::Hash32 &changedRoleAdmin = {});

/// One role on the chain: its admin role and members by getRoleMemberCount/getRoleMember.
struct ChainRole
{
    chain::Hash32 role{};
    chain::Hash32 adminRole{};
    quint64 memberCount = 0;
    QList<chain::Address> members;
};

/// Live state of the token, read over RPC.
struct ChainState
{
    bool ok = false;
    vd::Error error;          // when !ok: why nothing could be read
    qint64 chainId = 0;
    QString chainName;        // "BNB Chain (56)"
    QString token;            // EIP-55
    QString codeHash;         // keccak of the runtime code as read, 0x..
    bool codeHashVerified = false;
    QString codeHashProblem;  // why not verified (not pinned, changed, no code)
    bool paused = false;
    chain::U256 totalSupply;
    int decimals = 18;
    QList<ChainRole> roles;
    // The loaded signer key (from its keystore file's address; nothing decrypted).
    bool hasSigner = false;
    chain::Address signer;
    QList<chain::Hash32> signerRoles;
    QString signerProblem;
    QDateTime readAt;
};

struct DbRoleMember
{
    chain::Hash32 role{};
    chain::Address account;
    qint64 grantedBlock = 0;
    QDateTime grantedAt;      // the block's time when the listener stored it
    QString grantedTx;        // 0x..
    QString grantedBy;        // EIP-55, empty when unknown
};

struct FrozenAccount
{
    chain::Address account;
    qint64 frozenBlock = 0;
    QDateTime frozenAt;
    QString frozenTx;
    QString reason;           // the latest freeze note (may be empty: frozen outside the app)
    QString reasonBy;
};

struct PendingProposal
{
    qint64 id = 0;
    QString kind;
    QString safeTxHash;
    QString safeNonce;
    QString summary;
    QDateTime createdAt;
    QString createdBy;
};

/// A key rotation (runbook) as recorded in vd.key_rotations.
struct RotationRecord
{
    qint64 id = 0;
    chain::Address oldMinter;
    chain::Address newMinter;
    QString newKeystore;
    bool withPause = true;
    QString status;                  // in_progress, done, abandoned
    QList<QPair<QString, QString>> steps; // step -> transaction hash / safeTxHash, in the order done
    QDateTime createdAt;
    QString createdBy;
    bool done(const QString &step) const;
    QString ref(const QString &step) const;
};

/// What the listener recorded (Postgres).
struct DbState
{
    bool ok = false;
    vd::Error error;
    bool haveState = false;   // a contract_state row exists
    bool paused = false;
    qint64 pausedBlock = 0;
    qint64 listenerBlock = -1; // the listener's cursor (-1: never ran)
    QList<DbRoleMember> members;
    QList<chain::Hash32> seenRoles; // every role hash seen in role events or members
    QList<FrozenAccount> frozen;
    QList<PendingProposal> proposals;
    std::optional<RotationRecord> openRotation;
};

/// One member of a role as shown: from the chain (authoritative) with the listener's grant history.
struct RoleMemberView
{
    chain::Address account;
    bool onChain = false;     // getRoleMember lists it
    bool inDatabase = false;  // role_members has it
    qint64 grantedBlock = 0;
    QDateTime grantedAt;
    QString grantedTx;
};

struct RoleView
{
    chain::Hash32 role{};
    QString name;              // MINTER_ROLE or the hash
    bool known = false;
    chain::Hash32 adminRole{};
    QString adminName;
    bool chainRead = false;
    QList<RoleMemberView> members;
    QString warning;           // non-empty when the chain and the database disagree
};

/// Every known role, every role seen in events (by hash), every role the chain answered for; members of each
/// with when they were granted; a warning when getRoleMemberCount/getRoleMember and role_members disagree.
QList<RoleView> mergeRoles(const ChainState &chain, const DbState &db);

/// Who holds `role` according to the chain (or the database when the chain was not read).
QList<chain::Address> holders(const ChainState &chain, const DbState &db, const chain::Hash32 &role);

/// One administrative action, as a person asked for it.
struct Action
{
    ActionKind kind = ActionKind::Pause;
    chain::Hash32 role{};       // grant/revoke
    chain::Address account;     // grant/revoke/freeze/unfreeze
    QString reason;             // required for freeze/unfreeze; optional otherwise
};

// ---- Refusals: each returns an Error with a stable code ("admin.<what>") and the explanation, or success. ----

/// The account typed by a person: "0x" + 40 hex digits written in its EIP-55 checksummed form. All-lowercase or
/// all-uppercase is refused too (no checksum means a typo goes unnoticed); the zero address is refused.
vd::Result<chain::Address> parseAccount(const QString &text);
vd::Result<void> checkPause(const ChainState &state);
vd::Result<void> checkUnpause(const ChainState &state);
/// Granting: the zero address, an account that already holds the role.
vd::Result<void> checkGrant(const ChainState &state, const chain::Hash32 &role, const chain::Address &account);
/// Revoking (or renouncing): an account that does not hold the role; the last DEFAULT_ADMIN_ROLE holder (nobody
/// could ever grant or revoke a role again).
vd::Result<void> checkRevoke(const ChainState &state, const chain::Hash32 &role, const chain::Address &account);
vd::Result<void> checkFreeze(const ChainState &state, const DbState &db, const chain::Address &account,
                             const QString &reason, bool freeze);

/// The refusal that applies to `action` (dispatches to the checks above), or success.
vd::Result<void> checkAction(const Action &action, const ChainState &chain, const DbState &db);

/// Whether the loaded key may sign `role`, in words: "The loaded key 0x.. holds PAUSER_ROLE." or why not and who
/// holds it ("... lacks PAUSER_ROLE. It is held by 0x.. (the Safe). Propose it to the Safe instead.").
struct SignerStatus
{
    bool maySign = false;
    QString text;
};
SignerStatus signerStatus(const ChainState &chain, const DbState &db, const chain::Hash32 &role,
                          const std::optional<chain::Address> &safe);

// ---- The calls. ----

/// The ContractCall for `action` on `token` (function, readable arguments, calldata, required role and its name).
/// `roleAdmin` is the admin role of action.role (grant/revoke need it).
signing::ContractCall buildCall(const chain::Address &token, const Action &action,
                                const chain::Hash32 &roleAdmin = {});
/// The word a person must type before the action is signed ("PAUSE" for pause, empty: none).
QString confirmationWord(ActionKind kind);
/// Title for a Safe proposal / the confirmation dialog: "Pause the token", "Grant MINTER_ROLE to 0x..".
QString actionTitle(const Action &action);

// ---- The key rotation runbook. ----

/// Steps in order; "pause" and "unpause" only when the rotation pauses the token.
QStringList rotationSteps(bool withPause);
QString rotationStepTitle(const QString &step);
/// The first step not done yet (empty: all done).
QString nextRotationStep(const RotationRecord &r);
/// The action of a chain step (pause, revoke, grant, unpause); nullopt for "configure".
std::optional<Action> rotationAction(const RotationRecord &r, const QString &step);

} // namespace vd::admin

Q_DECLARE_METATYPE(vd::admin::ChainState)
Q_DECLARE_METATYPE(vd::admin::DbState)
