#include "admin/AdminModel.h"

#include "chain/Abi.h"
#include "chain/AbiValue.h"
#include "chain/Hex.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace vd::admin {

namespace {
vd::Error refusal(const QString &code, const QString &message)
{
    return vd::Error{QStringLiteral("admin.") + code, message};
}

const ChainRole *findRole(const ChainState &state, const chain::Hash32 &role)
{
    for (const ChainRole &r : state.roles)
        if (r.role == role)
            return &r;
    return nullptr;
}

QByteArray roleBytes(const chain::Hash32 &role)
{
    return QByteArray(reinterpret_cast<const char *>(role.data()), 32);
}
} // namespace

QString kindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Pause: return QStringLiteral("pause");
    case ActionKind::Unpause: return QStringLiteral("unpause");
    case ActionKind::GrantRole: return QStringLiteral("grant_role");
    case ActionKind::RevokeRole: return QStringLiteral("revoke_role");
    case ActionKind::Freeze: return QStringLiteral("freeze");
    case ActionKind::Unfreeze: return QStringLiteral("unfreeze");
    }
    return {};
}

QString kindTitle(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Pause: return QCoreApplication::translate("vd::admin::AdminModel", "Pause the token");
    case ActionKind::Unpause: return QCoreApplication::translate("vd::admin::AdminModel", "Unpause the token");
    case ActionKind::GrantRole: return QCoreApplication::translate("vd::admin::AdminModel", "Grant a role");
    case ActionKind::RevokeRole: return QCoreApplication::translate("vd::admin::AdminModel", "Revoke a role");
    case ActionKind::Freeze: return QCoreApplication::translate("vd::admin::AdminModel", "Freeze an account");
    case ActionKind::Unfreeze: return QCoreApplication::translate("vd::admin::AdminModel", "Unfreeze an account");
    }
    return {};
}

QList<chain::Hash32> knownRoles()
{
    return {defaultAdminRole(), minterRole(), pauserRole(), complianceRole()};
}

chain::Hash32 roleId(const QString &name)
{
    return chain::Abi::roleId(name);
}

QString roleName(const chain::Hash32 &role)
{
    return chain::Abi::roleName(role);
}

bool isKnownRole(const chain::Hash32 &role)
{
    return knownRoles().contains(role);
}

chain::Hash32 minterRole()
{
    return roleId(QStringLiteral("MINTER_ROLE"));
}

chain::Hash32 pauserRole()
{
    return roleId(QStringLiteral("PAUSER_ROLE"));
}

chain::Hash32 complianceRole()
{
    return roleId(QStringLiteral("COMPLIANCE_ROLE"));
}

chain::Hash32 requiredRole(ActionKind kind, const chain::Hash32 &changedRoleAdmin)
{
    switch (kind) {
    case ActionKind::Pause:
    case ActionKind::Unpause: return pauserRole();
    case ActionKind::Freeze:
    case ActionKind::Unfreeze: return complianceRole();
    case ActionKind::GrantRole:
    case ActionKind::RevokeRole: return changedRoleAdmin;
    }
    return {};
}

bool RotationRecord::done(const QString &step) const
{
    return std::any_of(steps.cbegin(), steps.cend(), [&](const auto &s) { return s.first == step; });
}

QString RotationRecord::ref(const QString &step) const
{
    for (const auto &s : steps)
        if (s.first == step)
            return s.second;
    return {};
}

QList<RoleView> mergeRoles(const ChainState &chainState, const DbState &db)
{
    QList<chain::Hash32> order = knownRoles();
    auto add = [&order](const chain::Hash32 &r) {
        if (!order.contains(r))
            order.append(r);
    };
    for (const ChainRole &r : chainState.roles)
        add(r.role);
    for (const chain::Hash32 &r : db.seenRoles)
        add(r);
    for (const DbRoleMember &m : db.members)
        add(m.role);

    QList<RoleView> out;
    for (const chain::Hash32 &role : std::as_const(order)) {
        RoleView v;
        v.role = role;
        v.name = roleName(role);
        v.known = isKnownRole(role);
        const ChainRole *cr = chainState.ok ? findRole(chainState, role) : nullptr;
        v.chainRead = cr != nullptr;
        if (cr) {
            v.adminRole = cr->adminRole;
            v.adminName = roleName(cr->adminRole);
            for (const chain::Address &a : cr->members) {
                RoleMemberView m;
                m.account = a;
                m.onChain = true;
                v.members.append(m);
            }
        }
        int dbCount = 0;
        for (const DbRoleMember &d : db.members) {
            if (d.role != role)
                continue;
            ++dbCount;
            auto it = std::find_if(v.members.begin(), v.members.end(),
                                   [&](const RoleMemberView &m) { return m.account == d.account; });
            if (it == v.members.end()) {
                RoleMemberView m;
                m.account = d.account;
                v.members.append(m);
                it = v.members.end() - 1;
            }
            it->inDatabase = true;
            it->grantedBlock = d.grantedBlock;
            it->grantedAt = d.grantedAt;
            it->grantedTx = d.grantedTx;
        }
        // A listener that never ran has no record to compare with (that is said once, not per role).
        if (cr && db.ok && db.listenerBlock >= 0) {
            QStringList onlyChain;
            QStringList onlyDb;
            for (const RoleMemberView &m : std::as_const(v.members)) {
                if (m.onChain && !m.inDatabase)
                    onlyChain << m.account.toChecksummed();
                if (!m.onChain && m.inDatabase)
                    onlyDb << m.account.toChecksummed();
            }
            if (cr->memberCount != static_cast<quint64>(cr->members.size()))
                v.warning = QCoreApplication::translate("vd::admin::AdminModel", "The chain counts %1 members but listed %2.").arg(cr->memberCount).arg(cr->members.size());
            if (!onlyChain.isEmpty() || !onlyDb.isEmpty() || static_cast<quint64>(dbCount) != cr->memberCount) {
                QStringList parts;
                parts << QCoreApplication::translate("vd::admin::AdminModel", "The chain has %1 member(s), the listener's record %2.").arg(cr->memberCount).arg(dbCount);
                if (!onlyChain.isEmpty())
                    parts << QCoreApplication::translate("vd::admin::AdminModel", "Only on the chain: %1.").arg(onlyChain.join(QStringLiteral(", ")));
                if (!onlyDb.isEmpty())
                    parts << QCoreApplication::translate("vd::admin::AdminModel", "Only in the database: %1.").arg(onlyDb.join(QStringLiteral(", ")));
                parts << QCoreApplication::translate("vd::admin::AdminModel", "The listener may be behind; the chain is what counts.");
                v.warning = (v.warning.isEmpty() ? QString() : v.warning + QLatin1Char(' ')) +
                            parts.join(QLatin1Char(' '));
            }
        }
        out.append(v);
    }
    return out;
}

QList<chain::Address> holders(const ChainState &chainState, const DbState &db, const chain::Hash32 &role)
{
    if (chainState.ok)
        if (const ChainRole *cr = findRole(chainState, role))
            return cr->members;
    QList<chain::Address> out;
    for (const DbRoleMember &m : db.members)
        if (m.role == role)
            out.append(m.account);
    return out;
}

vd::Result<chain::Address> parseAccount(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return refusal(QStringLiteral("no_account"), QCoreApplication::translate("vd::admin::AdminModel", "Enter the account's address (0x followed by 40 hex digits)."));
    auto parsed = chain::Address::fromString(text);
    if (!parsed)
        return parsed.error();
    if (!chain::Address::isChecksummed(text))
        return refusal(QStringLiteral("not_checksummed"),
                       QCoreApplication::translate("vd::admin::AdminModel", "The address is not written with its checksum (EIP-55 mixed case), so a typo in it would go "
                          "unnoticed. Copy it from the wallet or block explorer as %1.")
                           .arg(parsed.value().toChecksummed()));
    if (parsed.value().isZero())
        return refusal(QStringLiteral("zero_address"),
                       QCoreApplication::translate("vd::admin::AdminModel", "The zero address belongs to nobody: a role granted to it, or a freeze of it, is useless "
                          "and usually a mistake."));
    return parsed.value();
}

vd::Result<void> checkPause(const ChainState &state)
{
    if (state.ok && state.paused)
        return refusal(QStringLiteral("already_paused"),
                       QCoreApplication::translate("vd::admin::AdminModel", "The token is already paused. Nothing to do: pausing again would only spend a fee."));
    return {};
}

vd::Result<void> checkUnpause(const ChainState &state)
{
    if (state.ok && !state.paused)
        return refusal(QStringLiteral("not_paused"), QCoreApplication::translate("vd::admin::AdminModel", "The token is not paused, so there is nothing to unpause."));
    return {};
}

vd::Result<void> checkGrant(const ChainState &state, const chain::Hash32 &role, const chain::Address &account)
{
    if (account.isZero())
        return refusal(QStringLiteral("zero_address"),
                       QCoreApplication::translate("vd::admin::AdminModel", "The zero address belongs to nobody: a role granted to it is lost and usually a mistake."));
    if (const ChainRole *cr = state.ok ? findRole(state, role) : nullptr; cr && cr->members.contains(account))
        return refusal(QStringLiteral("already_member"),
                       QCoreApplication::translate("vd::admin::AdminModel", "%1 already holds %2.").arg(account.toChecksummed(), roleName(role)));
    return {};
}

vd::Result<void> checkRevoke(const ChainState &state, const chain::Hash32 &role, const chain::Address &account)
{
    const ChainRole *cr = state.ok ? findRole(state, role) : nullptr;
    if (cr && !cr->members.contains(account))
        return refusal(QStringLiteral("not_member"),
                       QCoreApplication::translate("vd::admin::AdminModel", "%1 does not hold %2; there is nothing to revoke.").arg(account.toChecksummed(), roleName(role)));
    if (role == defaultAdminRole()) {
        if (!cr)
            return refusal(QStringLiteral("admins_unknown"),
                           QCoreApplication::translate("vd::admin::AdminModel", "The holders of DEFAULT_ADMIN_ROLE could not be read from the chain. Revoking an "
                              "administrator is refused until they can be counted."));
        if (cr->memberCount <= 1 || cr->members.size() <= 1)
            return refusal(QStringLiteral("last_admin"),
                           QCoreApplication::translate("vd::admin::AdminModel", "%1 is the last holder of DEFAULT_ADMIN_ROLE. Without it nobody could ever grant or "
                              "revoke a role again (not even to replace a lost key). Grant DEFAULT_ADMIN_ROLE to "
                              "the new administrator (for example the Safe) first.")
                               .arg(account.toChecksummed()));
    }
    return {};
}

vd::Result<void> checkFreeze(const ChainState &, const DbState &db, const chain::Address &account,
                             const QString &reason, bool freeze)
{
    if (account.isZero())
        return refusal(QStringLiteral("zero_address"), QCoreApplication::translate("vd::admin::AdminModel", "The zero address cannot be frozen or unfrozen."));
    if (reason.trimmed().isEmpty())
        return refusal(QStringLiteral("no_reason"),
                       freeze ? QCoreApplication::translate("vd::admin::AdminModel", "Give the reason for freezing this account (it is kept in the audit trail).")
                              : QCoreApplication::translate("vd::admin::AdminModel", "Give the reason for unfreezing this account (it is kept in the audit trail)."));
    const bool isFrozen = std::any_of(db.frozen.cbegin(), db.frozen.cend(),
                                      [&](const FrozenAccount &f) { return f.account == account; });
    if (db.ok && freeze && isFrozen)
        return refusal(QStringLiteral("already_frozen"), QCoreApplication::translate("vd::admin::AdminModel", "%1 is already frozen.").arg(account.toChecksummed()));
    if (db.ok && !freeze && !isFrozen)
        return refusal(QStringLiteral("not_frozen"),
                       QCoreApplication::translate("vd::admin::AdminModel", "%1 is not frozen (as far as the listener has seen).").arg(account.toChecksummed()));
    return {};
}

vd::Result<void> checkAction(const Action &action, const ChainState &chainState, const DbState &db)
{
    switch (action.kind) {
    case ActionKind::Pause: return checkPause(chainState);
    case ActionKind::Unpause: return checkUnpause(chainState);
    case ActionKind::GrantRole: return checkGrant(chainState, action.role, action.account);
    case ActionKind::RevokeRole: return checkRevoke(chainState, action.role, action.account);
    case ActionKind::Freeze: return checkFreeze(chainState, db, action.account, action.reason, true);
    case ActionKind::Unfreeze: return checkFreeze(chainState, db, action.account, action.reason, false);
    }
    return {};
}

SignerStatus signerStatus(const ChainState &chainState, const DbState &db, const chain::Hash32 &role,
                          const std::optional<chain::Address> &safe)
{
    SignerStatus s;
    QStringList who;
    for (const chain::Address &a : holders(chainState, db, role))
        who << (safe && a == *safe ? QCoreApplication::translate("vd::admin::AdminModel", "%1 (the Safe)")
                                         .arg(a.toChecksummed())
                                   : a.toChecksummed());
    const QString heldBy =
        who.isEmpty() ? QCoreApplication::translate("vd::admin::AdminModel", "Nobody holds it.")
                      : QCoreApplication::translate("vd::admin::AdminModel", "It is held by %1.")
                            .arg(who.join(QStringLiteral(", ")));
    if (!chainState.hasSigner) {
        s.text = QCoreApplication::translate("vd::admin::AdminModel",
                                             "No signing key is loaded; this needs %1. %2")
                     .arg(roleName(role), heldBy);
        return s;
    }
    if (chainState.ok && chainState.signerRoles.contains(role)) {
        s.maySign = true;
        s.text = QCoreApplication::translate("vd::admin::AdminModel", "The loaded key %1 holds %2.")
                     .arg(chainState.signer.toChecksummed(), roleName(role));
        return s;
    }
    s.text = QCoreApplication::translate("vd::admin::AdminModel", "The loaded key %1 lacks %2. %3")
                 .arg(chainState.signer.toChecksummed(), roleName(role), heldBy);
    if (safe && holders(chainState, db, role).contains(*safe))
        s.text += QLatin1Char(' ') +
                  QCoreApplication::translate("vd::admin::AdminModel", "Propose it to the Safe instead.");
    return s;
}

signing::ContractCall buildCall(const chain::Address &token, const Action &action, const chain::Hash32 &roleAdmin)
{
    signing::ContractCall c;
    c.to = token;
    c.contractLabel = QCoreApplication::translate("vd::admin::AdminModel", "VoucherDesk token");
    c.needsRole = true;
    c.requiredRole = requiredRole(action.kind, roleAdmin);
    c.requiredRoleName = roleName(c.requiredRole);
    QList<chain::AbiValue> args;
    switch (action.kind) {
    case ActionKind::Pause: c.function = QStringLiteral("pause()"); break;
    case ActionKind::Unpause: c.function = QStringLiteral("unpause()"); break;
    case ActionKind::GrantRole:
    case ActionKind::RevokeRole:
        c.function = action.kind == ActionKind::GrantRole ? QStringLiteral("grantRole(bytes32,address)")
                                                          : QStringLiteral("revokeRole(bytes32,address)");
        args = {chain::AbiValue::bytes(roleBytes(action.role)), chain::AbiValue::address(action.account)};
        c.arguments = {{QCoreApplication::translate("vd::admin::AdminModel", "role"), roleName(action.role)}, {QCoreApplication::translate("vd::admin::AdminModel", "account"), action.account.toChecksummed()}};
        break;
    case ActionKind::Freeze:
    case ActionKind::Unfreeze:
        c.function = action.kind == ActionKind::Freeze ? QStringLiteral("freeze(address)")
                                                       : QStringLiteral("unfreeze(address)");
        args = {chain::AbiValue::address(action.account)};
        c.arguments = {{QCoreApplication::translate("vd::admin::AdminModel", "account"), action.account.toChecksummed()}};
        break;
    }
    if (!action.reason.trimmed().isEmpty())
        c.arguments.append({QCoreApplication::translate("vd::admin::AdminModel", "reason (kept in the audit, not on the chain)"), action.reason.trimmed()});
    c.abiArgs = args;
    auto data = chain::Abi::encodeCall(c.function, args);
    if (data)
        c.data = data.value();
    return c;
}

QString confirmationWord(ActionKind kind)
{
    // The emergency stop is typed, not clicked: nobody pauses the shop by a stray Enter.
    return kind == ActionKind::Pause ? QStringLiteral("PAUSE") : QString();
}

QString actionTitle(const Action &action)
{
    switch (action.kind) {
    case ActionKind::Pause:
    case ActionKind::Unpause: return kindTitle(action.kind);
    case ActionKind::GrantRole:
        return QCoreApplication::translate("vd::admin::AdminModel", "Grant %1 to %2").arg(roleName(action.role), action.account.toChecksummed());
    case ActionKind::RevokeRole:
        return QCoreApplication::translate("vd::admin::AdminModel", "Revoke %1 from %2").arg(roleName(action.role), action.account.toChecksummed());
    case ActionKind::Freeze: return QCoreApplication::translate("vd::admin::AdminModel", "Freeze %1").arg(action.account.toChecksummed());
    case ActionKind::Unfreeze: return QCoreApplication::translate("vd::admin::AdminModel", "Unfreeze %1").arg(action.account.toChecksummed());
    }
    return {};
}

QStringList rotationSteps(bool withPause)
{
    QStringList s;
    if (withPause)
        s << QStringLiteral("pause");
    s << QStringLiteral("revoke") << QStringLiteral("grant");
    if (withPause)
        s << QStringLiteral("unpause");
    s << QStringLiteral("configure");
    return s;
}

QString rotationStepTitle(const QString &step)
{
    if (step == QLatin1String("pause"))
        return QCoreApplication::translate("vd::admin::AdminModel", "Pause the token");
    if (step == QLatin1String("revoke"))
        return QCoreApplication::translate("vd::admin::AdminModel", "Revoke MINTER_ROLE from the old minter");
    if (step == QLatin1String("grant"))
        return QCoreApplication::translate("vd::admin::AdminModel", "Grant MINTER_ROLE to the new minter");
    if (step == QLatin1String("unpause"))
        return QCoreApplication::translate("vd::admin::AdminModel", "Unpause the token");
    if (step == QLatin1String("configure"))
        return QCoreApplication::translate("vd::admin::AdminModel", "Use the new keystore for minting on this workstation");
    return step;
}

QString nextRotationStep(const RotationRecord &r)
{
    for (const QString &s : rotationSteps(r.withPause))
        if (!r.done(s))
            return s;
    return {};
}

std::optional<Action> rotationAction(const RotationRecord &r, const QString &step)
{
    Action a;
    if (step == QLatin1String("pause")) {
        a.kind = ActionKind::Pause;
    } else if (step == QLatin1String("unpause")) {
        a.kind = ActionKind::Unpause;
    } else if (step == QLatin1String("revoke")) {
        a.kind = ActionKind::RevokeRole;
        a.role = minterRole();
        a.account = r.oldMinter;
    } else if (step == QLatin1String("grant")) {
        a.kind = ActionKind::GrantRole;
        a.role = minterRole();
        a.account = r.newMinter;
    } else {
        return std::nullopt;
    }
    a.reason = QCoreApplication::translate("vd::admin::AdminModel", "key rotation #%1").arg(r.id);
    return a;
}

} // namespace vd::admin
