#include "RolesPage.h"

#include "AdminActionRunner.h"
#include "chain/Hex.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
constexpr int kRoleData = Qt::UserRole + 1;    // hex of the role (on role rows and member rows)
constexpr int kAccountData = Qt::UserRole + 2; // EIP-55 account (member rows)
} // namespace

RolesPage::RolesPage(admin::AdminService *admin, AdminActionRunner *runner, bool mayAct, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_runner(runner), m_mayAct(mayAct),
      m_model(new QStandardItemModel(0, ColumnCount, this)), m_view(new QTreeView(this)), m_role(new QComboBox(this)),
      m_account(new QLineEdit(this)), m_grant(new QPushButton(tr("&Grant…"), this)),
      m_revoke(new QPushButton(tr("Re&voke…"), this)), m_banner(new QLabel(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("rolesPage"));
    m_model->setHorizontalHeaderLabels(
        {tr("Role / member"), tr("Admin role"), tr("Granted"), tr("Block"), tr("Check")});
    m_view->setObjectName(QStringLiteral("rolesView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setStyleSheet(QStringLiteral("QTreeView{font-size:12pt;}"));
    m_role->setObjectName(QStringLiteral("roleBox"));
    m_account->setObjectName(QStringLiteral("roleAccount"));
    m_account->setPlaceholderText(tr("0x… checksummed address"));
    m_grant->setObjectName(QStringLiteral("grantButton"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    m_banner->setObjectName(QStringLiteral("rolesBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->hide();
    m_summary->setObjectName(QStringLiteral("rolesSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size:12pt;"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    auto *form = new QHBoxLayout;
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    auto *accountLabel = new QLabel(tr("&Account:"), this);
    accountLabel->setBuddy(m_account);
    form->addWidget(roleLabel);
    form->addWidget(m_role);
    form->addWidget(accountLabel);
    form->addWidget(m_account, 1);
    form->addWidget(m_grant);
    form->addWidget(m_revoke);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("rolesRefresh"));
    form->addWidget(refreshButton);
    layout->addLayout(form);
    setTabOrder(m_view, m_role);
    setTabOrder(m_role, m_account);
    setTabOrder(m_account, m_grant);
    setTabOrder(m_grant, m_revoke);
    setTabOrder(m_revoke, refreshButton);

    for (QPushButton *b : {m_grant, m_revoke}) {
        b->setEnabled(m_mayAct);
        if (!m_mayAct)
            b->setToolTip(tr("Only an administrator may grant or revoke roles."));
    }
    connect(refreshButton, &QPushButton::clicked, m_admin, [this]() { m_admin->refresh(); });
    connect(m_grant, &QPushButton::clicked, this, [this]() { act(admin::ActionKind::GrantRole); });
    connect(m_revoke, &QPushButton::clicked, this, [this]() { act(admin::ActionKind::RevokeRole); });
    connect(m_account, &QLineEdit::returnPressed, m_grant, [this]() { m_grant->setFocus(); });
    // Choosing a member fills the form, ready for Revoke.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const QModelIndex first = i.siblingAtColumn(0);
        const QString role = first.data(kRoleData).toString();
        const int at = m_role->findData(role);
        if (at >= 0)
            m_role->setCurrentIndex(at);
        const QString account = first.data(kAccountData).toString();
        if (!account.isEmpty())
            m_account->setText(account);
    });
    connect(m_admin, &admin::AdminService::stateChanged, this, &RolesPage::rebuild);
    connect(m_runner, &AdminActionRunner::done, this,
            [this](const admin::Action &a, bool, const QString &, const QString &message) {
                if (a.kind == admin::ActionKind::GrantRole || a.kind == admin::ActionKind::RevokeRole)
                    showBanner(message, false);
            });
    connect(m_runner, &AdminActionRunner::failed, this, [this](const admin::Action &a, const QString &message) {
        if (a.kind == admin::ActionKind::GrantRole || a.kind == admin::ActionKind::RevokeRole)
            showBanner(message, true);
    });
    connect(m_runner, &AdminActionRunner::refused, this, [this](const admin::Action &a, const QString &message) {
        if (a.kind == admin::ActionKind::GrantRole || a.kind == admin::ActionKind::RevokeRole)
            showBanner(message, true);
    });
    rebuild();
}

void RolesPage::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem ? QStringLiteral("color:#8a1c1c;background:#fdecea;border:1px solid #e6a19a;"
                                                     "padding:10px;font-size:12pt;")
                                    : QStringLiteral("color:#1d4d2b;background:#e8f5ec;border:1px solid #9fd3ae;"
                                                     "padding:10px;font-size:12pt;"));
    m_banner->setVisible(!text.isEmpty());
}

void RolesPage::act(admin::ActionKind kind)
{
    const auto account = admin::parseAccount(m_account->text());
    if (!account) {
        showBanner(account.error().message, true);
        m_account->setFocus();
        return;
    }
    auto role = chain::hex::decode32(m_role->currentData().toString());
    if (!role) {
        showBanner(tr("Choose a role."), true);
        m_role->setFocus();
        return;
    }
    admin::Action a;
    a.kind = kind;
    a.role = role.value();
    a.account = account.value();
    m_runner->start(a);
}

void RolesPage::rebuild()
{
    const admin::ChainState &cs = m_admin->chainState();
    const admin::DbState &ds = m_admin->dbState();
    const QList<admin::RoleView> views = admin::mergeRoles(cs, ds);
    const QString currentRole = m_role->currentData().toString();
    // The page also rebuilds by itself when the listener records something: keep the row the person selected.
    const QModelIndex selected = m_view->currentIndex().siblingAtColumn(0);
    const QString selectedRole = selected.data(kRoleData).toString();
    const QString selectedAccount = selected.data(kAccountData).toString();
    m_role->clear();
    m_model->removeRows(0, m_model->rowCount());
    QStringList warnings;
    const bool compared = ds.ok && ds.listenerBlock >= 0; // a listener that never ran has nothing to compare
    const std::optional<chain::Address> safe = m_admin->safeAddress();
    for (const admin::RoleView &v : views) {
        const QString hex = chain::hex::encode(QByteArrayView(v.role));
        m_role->addItem(v.known ? v.name : tr("%1 (unnamed role)").arg(v.name), hex);
        auto *name = new QStandardItem(tr("%1 (%n member(s))", nullptr, static_cast<int>(v.members.size()))
                                           .arg(v.known ? v.name : tr("unnamed role %1").arg(v.name)));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setData(hex, kRoleData);
        name->setToolTip(hex);
        auto *adminItem = new QStandardItem(v.chainRead ? v.adminName : tr("(not read)"));
        auto *count = new QStandardItem;
        auto *block = new QStandardItem;
        auto *note = new QStandardItem(v.warning.isEmpty() ? (v.chainRead && compared ? tr("✓ chain and record agree") : QString())
                                                           : tr("⚠ %1").arg(v.warning));
        if (!v.warning.isEmpty()) {
            warnings << tr("⚠ %1: %2").arg(v.name, v.warning);
            note->setForeground(QColor(0x8a, 0x1c, 0x1c));
            note->setToolTip(v.warning);
        }
        for (const admin::RoleMemberView &m : v.members) {
            QString who = m.account.toChecksummed();
            if (safe && m.account == *safe)
                who = tr("%1 (the Safe)").arg(who);
            if (cs.hasSigner && m.account == cs.signer)
                who = tr("%1 (loaded key)").arg(who);
            auto *member = new QStandardItem(who);
            member->setData(hex, kRoleData);
            member->setData(m.account.toChecksummed(), kAccountData);
            auto *at = new QStandardItem(m.grantedAt.isValid()
                                             ? m.grantedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))
                                             : QString());
            auto *b = new QStandardItem(m.grantedBlock > 0 ? QString::number(m.grantedBlock) : QString());
            b->setToolTip(m.grantedTx);
            QString check;
            if (!compared)
                check.clear();
            else if (m.onChain && !m.inDatabase)
                check = tr("on chain, not in the listener's record");
            else if (!m.onChain && m.inDatabase && v.chainRead)
                check = tr("in the listener's record, not on chain");
            name->appendRow({member, new QStandardItem, at, b, new QStandardItem(check)});
        }
        m_model->appendRow({name, adminItem, count, block, note});
    }
    const int again = m_role->findData(currentRole);
    if (again >= 0)
        m_role->setCurrentIndex(again);
    m_view->expandAll();
    if (!selectedRole.isEmpty()) {
        for (int r = 0; r < m_model->rowCount(); ++r) {
            QStandardItem *role = m_model->item(r, 0);
            if (role->data(kRoleData).toString() != selectedRole)
                continue;
            QModelIndex keep = role->index();
            for (int m = 0; m < role->rowCount() && !selectedAccount.isEmpty(); ++m)
                if (role->child(m, 0)->data(kAccountData).toString() == selectedAccount)
                    keep = role->child(m, 0)->index();
            m_view->setCurrentIndex(keep);
            break;
        }
    }
    for (int c = 0; c < ColumnCount - 1; ++c)
        m_view->resizeColumnToContents(c);
    // The time of the read in the person's locale; UTC like the rest of the back office's chain times.
    const QString readAt = QLocale().toString(cs.readAt.toUTC().time(), QLocale::LongFormat);
    if (!cs.ok)
        m_summary->setText(cs.error.message.isEmpty() ? tr("Reading the roles from the chain…")
                                                      : tr("The chain could not be read: %1").arg(cs.error.message));
    else if (!warnings.isEmpty())
        m_summary->setText(warnings.join(QLatin1Char('\n')));
    else if (ds.ok && ds.listenerBlock < 0)
        m_summary->setText(tr("Read from the chain at %1. The listener has recorded nothing yet, so there is no "
                              "grant history to show or compare.")
                               .arg(readAt));
    else
        m_summary->setText(tr("Read from the chain at %1; the listener's record agrees.")
                               .arg(readAt));
}

} // namespace vd::ui
