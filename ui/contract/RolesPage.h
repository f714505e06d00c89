#pragma once
// Back office > Roles: every known role and every role seen in events (by name when known, by hash otherwise), its
// admin role, its members and when each was granted (the listener's history), checked against the chain's
// getRoleMemberCount/getRoleMember with a visible warning when the two disagree; grant and revoke through the same
// two paths as every action (sign now / propose to the Safe), dangerous moves refused with the reason.
// GUI thread only.
#include "admin/AdminService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace vd::ui {

class AdminActionRunner;

class RolesPage : public QWidget
{
    Q_OBJECT
public:
    /// `runner` is shared with the Contract page (one action at a time, one place for the proposal files).
    RolesPage(admin::AdminService *admin, AdminActionRunner *runner, bool mayAct, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *accountEdit() const { return m_account; }
    QPushButton *grantButton() const { return m_grant; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *banner() const { return m_banner; }

    enum Column { RoleOrAccount, Admin, GrantedAt, GrantedBlock, Note, ColumnCount };

private:
    void rebuild();
    void act(admin::ActionKind kind);
    void showBanner(const QString &text, bool problem);

    admin::AdminService *m_admin;
    AdminActionRunner *m_runner;
    bool m_mayAct;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QComboBox *m_role;
    QLineEdit *m_account;
    QPushButton *m_grant;
    QPushButton *m_revoke;
    QLabel *m_banner;
    QLabel *m_summary;
};

} // namespace vd::ui
