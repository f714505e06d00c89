#pragma once
// Who may do what: signing a person in with their own database login, learning their group role, and the
// admin's operator management (create, reset password, enable/disable, list). Every function here blocks on
// the database: call it from a worker thread (e.g. QtConcurrent::run), never from the GUI thread. Each call
// opens its own short-lived connection and closes it.
#include "common/Result.h"
#include "db/DbConfig.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vd::auth {

enum class Role { None, Reception, BackOffice, Admin, Listener, Shop };

Role roleFromName(const QString &groupRole); // "vd_reception" -> Reception
QString roleName(Role role);                 // stable: "vd_reception"
QString roleTitle(Role role);                // translated: "Reception"
bool mayUseBackOffice(Role role);
bool mayManageOperators(Role role);
/// Pause, roles, freezes and key rotation of the token contract (the database enforces it too: vd_admin).
bool mayAdministerContract(Role role);

struct SignedIn
{
    QString login;
    Role role = Role::None;
};

struct Operator
{
    QString login;
    QString fullName;
    Role role = Role::None;
    QDateTime createdAt;
    bool disabled = false;
    QDateTime lastSignInAt;
    QString lastWorkstation;
};

/// Verifies the credentials in `config` against the database, checks the schema, records the sign-in (audited)
/// and returns the person's group role. A login in no staff group is refused.
Result<SignedIn> signIn(const db::DbConfig &config, const QString &workstation);
/// Checks that `password` is `config.user`'s current password (unlocking a locked desk).
Result<void> verifyPassword(db::DbConfig config, const QString &password);

Result<QList<Operator>> listOperators(const db::DbConfig &admin);
Result<void> createOperator(const db::DbConfig &admin, const QString &login, const QString &fullName, Role role,
                            const QString &password, const QString &workstation);
Result<void> resetOperatorPassword(const db::DbConfig &admin, const QString &login, const QString &password,
                                   const QString &workstation);
Result<void> setOperatorEnabled(const db::DbConfig &admin, const QString &login, bool enabled,
                                const QString &workstation);

/// Minimum rules for a new password; empty when acceptable, else the translated reason.
QString passwordProblem(const QString &password);

} // namespace vd::auth
