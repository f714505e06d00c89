#include "ContractPage.h"

#include "AdminActionRunner.h"
#include "RotationWizard.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
QLabel *valueLabel(QWidget *parent, const char *name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("font-size:12pt;"));
    return l;
}

QTableView *tableFor(QStandardItemModel *model, QWidget *parent, const char *name)
{
    auto *v = new QTableView(parent);
    v->setObjectName(QLatin1String(name));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setStretchLastSection(true);
    v->setMinimumHeight(120);
    return v;
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}
} // namespace

ContractPage::ContractPage(admin::AdminService *admin, signing::SigningService *signing, bool mayAct, QWidget *parent)
    : QWidget(parent), m_admin(admin), m_signing(signing), m_mayAct(mayAct),
      m_runner(new AdminActionRunner(admin, signing, this)), m_state(new QLabel(this)), m_stateDetail(new QLabel(this)),
      m_chain(valueLabel(this, "chain")), m_contract(valueLabel(this, "contract")), m_code(valueLabel(this, "codeHash")),
      m_supply(valueLabel(this, "totalSupply")), m_decimals(valueLabel(this, "decimals")),
      m_listener(valueLabel(this, "listenerView")), m_signer(valueLabel(this, "signer")), m_banner(new QLabel(this)),
      m_pause(new QPushButton(tr("&Pause…"), this)), m_unpause(new QPushButton(tr("&Unpause…"), this)),
      m_loadKey(new QPushButton(tr("&Load keystore…"), this)), m_rotation(new QPushButton(tr("&Key rotation…"), this)),
      m_account(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_freeze(new QPushButton(tr("F&reeze…"), this)),
      m_unfreeze(new QPushButton(tr("U&nfreeze…"), this)), m_frozenModel(new QStandardItemModel(0, 4, this)),
      m_frozenView(tableFor(m_frozenModel, this, "frozenView")), m_proposalModel(new QStandardItemModel(0, 4, this)),
      m_proposalView(tableFor(m_proposalModel, this, "proposalView"))
{
    setObjectName(QStringLiteral("contractPage"));
    m_state->setObjectName(QStringLiteral("contractState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumHeight(90);
    m_stateDetail->setObjectName(QStringLiteral("contractStateDetail"));
    m_stateDetail->setAlignment(Qt::AlignCenter);
    m_stateDetail->setWordWrap(true);
    m_stateDetail->setStyleSheet(QStringLiteral("font-size:13pt;"));
    m_banner->setObjectName(QStringLiteral("contractBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_banner->hide();
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_unpause->setObjectName(QStringLiteral("unpauseButton"));
    m_loadKey->setObjectName(QStringLiteral("loadKeystore"));
    m_rotation->setObjectName(QStringLiteral("rotationButton"));
    m_freeze->setObjectName(QStringLiteral("freezeButton"));
    m_unfreeze->setObjectName(QStringLiteral("unfreezeButton"));
    m_account->setObjectName(QStringLiteral("complianceAccount"));
    m_reason->setObjectName(QStringLiteral("complianceReason"));
    m_account->setPlaceholderText(tr("0x… checksummed address"));
    m_reason->setPlaceholderText(tr("why (required; kept in the audit trail)"));
    for (QPushButton *b : {m_pause, m_unpause, m_freeze, m_unfreeze})
        b->setStyleSheet(QStringLiteral("font-size:13pt;padding:8px 18px;"));
    m_frozenModel->setHorizontalHeaderLabels({tr("Account"), tr("Frozen since"), tr("Block"), tr("Reason")});
    m_proposalModel->setHorizontalHeaderLabels({tr("Action"), tr("Safe nonce"), tr("safeTxHash"), tr("Proposed")});

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_state);
    layout->addWidget(m_stateDetail);
    layout->addWidget(m_banner);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Chain:"), m_chain);
    facts->addRow(tr("Contract:"), m_contract);
    facts->addRow(tr("Code:"), m_code);
    facts->addRow(tr("Total supply:"), m_supply);
    facts->addRow(tr("Decimals:"), m_decimals);
    facts->addRow(tr("Listener:"), m_listener);
    facts->addRow(tr("Signing key:"), m_signer);
    layout->addLayout(facts);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pause);
    actions->addWidget(m_unpause);
    actions->addStretch();
    actions->addWidget(m_loadKey);
    actions->addWidget(m_rotation);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshButton"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    actions->addWidget(refreshButton);
    layout->addLayout(actions);

    auto *compliance = new QGroupBox(tr("Compliance (COMPLIANCE_ROLE)"), content);
    auto *cl = new QVBoxLayout(compliance);
    auto *cform = new QFormLayout;
    auto *accountLabel = new QLabel(tr("&Account:"), compliance);
    accountLabel->setBuddy(m_account);
    auto *reasonLabel = new QLabel(tr("Rea&son:"), compliance);
    reasonLabel->setBuddy(m_reason);
    cform->addRow(accountLabel, m_account);
    cform->addRow(reasonLabel, m_reason);
    cl->addLayout(cform);
    auto *cbuttons = new QHBoxLayout;
    cbuttons->addWidget(m_freeze);
    cbuttons->addWidget(m_unfreeze);
    cbuttons->addStretch();
    cl->addLayout(cbuttons);
    cl->addWidget(new QLabel(tr("Frozen accounts:"), compliance));
    cl->addWidget(m_frozenView);
    layout->addWidget(compliance);

    auto *pending = new QGroupBox(tr("Pending Safe proposals"), content);
    auto *pl = new QVBoxLayout(pending);
    pl->addWidget(m_proposalView);
    layout->addWidget(pending);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_pause, m_unpause);
    setTabOrder(m_unpause, m_loadKey);
    setTabOrder(m_loadKey, m_rotation);
    setTabOrder(m_rotation, refreshButton);
    setTabOrder(refreshButton, m_account);
    setTabOrder(m_account, m_reason);
    setTabOrder(m_reason, m_freeze);
    setTabOrder(m_freeze, m_unfreeze);
    setTabOrder(m_unfreeze, m_frozenView);
    setTabOrder(m_frozenView, m_proposalView);

    for (QPushButton *b : {m_pause, m_unpause, m_rotation, m_freeze, m_unfreeze}) {
        b->setEnabled(m_mayAct);
        if (!m_mayAct)
            b->setToolTip(tr("Only an administrator may change the contract."));
    }
    connect(refreshButton, &QPushButton::clicked, this, &ContractPage::refresh);
    connect(m_pause, &QPushButton::clicked, this, [this]() { m_runner->start(admin::Action{admin::ActionKind::Pause, {}, {}, {}}); });
    connect(m_unpause, &QPushButton::clicked, this,
            [this]() { m_runner->start(admin::Action{admin::ActionKind::Unpause, {}, {}, {}}); });
    connect(m_freeze, &QPushButton::clicked, this, [this]() { accountAction(admin::ActionKind::Freeze); });
    connect(m_unfreeze, &QPushButton::clicked, this, [this]() { accountAction(admin::ActionKind::Unfreeze); });
    connect(m_loadKey, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Keystore of the signing key"), QString(),
                                                          tr("Keystore files (*.json *);;All files (*)"));
        if (!path.isEmpty())
            loadKeystore(path);
    });
    connect(m_rotation, &QPushButton::clicked, this, &ContractPage::openRotationWizard);
    connect(m_frozenView, &QTableView::activated, this, [this](const QModelIndex &index) {
        m_account->setText(m_frozenModel->index(index.row(), 0).data().toString());
        m_reason->setFocus();
    });
    connect(m_admin, &admin::AdminService::chainStateReady, this,
            [this](quint64, const admin::ChainState &s) { showChain(s); });
    connect(m_admin, &admin::AdminService::dbStateReady, this, [this](quint64, const admin::DbState &s) { showDb(s); });
    connect(m_runner, &AdminActionRunner::done, this,
            [this](const admin::Action &, bool, const QString &, const QString &message) {
                showBanner(message, false);
                refresh();
            });
    connect(m_runner, &AdminActionRunner::failed, this,
            [this](const admin::Action &, const QString &message) { showBanner(message, true); });
    connect(m_runner, &AdminActionRunner::refused, this,
            [this](const admin::Action &, const QString &message) { showBanner(message, true); });
    showChain(m_admin->chainState());
    showDb(m_admin->dbState());
}

void ContractPage::refresh()
{
    m_admin->refresh();
}

void ContractPage::loadKeystore(const QString &path)
{
    const auto address = m_admin->setSignerKeystore(path);
    if (!address)
        showBanner(address.error().message, true);
    m_admin->refreshChain();
}

void ContractPage::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem ? QStringLiteral("color:#8a1c1c;background:#fdecea;border:1px solid #e6a19a;"
                                                     "padding:10px;font-size:12pt;")
                                    : QStringLiteral("color:#1d4d2b;background:#e8f5ec;border:1px solid #9fd3ae;"
                                                     "padding:10px;font-size:12pt;"));
    m_banner->setVisible(!text.isEmpty());
}

void ContractPage::accountAction(admin::ActionKind kind)
{
    const auto account = admin::parseAccount(m_account->text());
    if (!account) {
        showBanner(account.error().message, true);
        m_account->setFocus();
        return;
    }
    admin::Action a;
    a.kind = kind;
    a.account = account.value();
    a.reason = m_reason->text().trimmed();
    if (a.reason.isEmpty()) {
        showBanner(admin::checkFreeze(m_admin->chainState(), m_admin->dbState(), a.account, a.reason,
                                      kind == admin::ActionKind::Freeze)
                       .error()
                       .message,
                   true);
        m_reason->setFocus();
        return;
    }
    m_runner->start(a);
}

void ContractPage::showChain(const admin::ChainState &s)
{
    const bool known = s.ok;
    if (!known) {
        m_state->setText(tr("STATE UNKNOWN"));
        m_state->setStyleSheet(QStringLiteral("font-size:34pt;font-weight:bold;color:#333;background:#e0e0e0;"
                                              "border-radius:8px;"));
        m_stateDetail->setText(s.error.message.isEmpty() ? tr("Reading the chain…") : s.error.message);
    } else if (s.paused) {
        m_state->setText(tr("■ PAUSED"));
        m_state->setStyleSheet(QStringLiteral("font-size:40pt;font-weight:bold;color:white;background:#b3261e;"
                                              "border-radius:8px;"));
        m_stateDetail->setText(tr("Transfers, mints and redemptions are stopped until the token is unpaused."));
    } else {
        m_state->setText(tr("✔ ACTIVE"));
        m_state->setStyleSheet(QStringLiteral("font-size:40pt;font-weight:bold;color:white;background:#1e7b34;"
                                              "border-radius:8px;"));
        m_stateDetail->setText(tr("The token is running: transfers, mints and redemptions work."));
    }
    m_chain->setText(s.chainName);
    m_contract->setText(s.token);
    if (s.codeHashVerified)
        m_code->setText(tr("✓ verified %1").arg(s.codeHash));
    else if (known)
        m_code->setText(tr("✗ %1 %2").arg(s.codeHashProblem, s.codeHash.isEmpty() ? QString()
                                                                                   : tr("(read: %1)").arg(s.codeHash)));
    else
        m_code->clear();
    m_code->setStyleSheet(s.codeHashVerified ? QStringLiteral("font-size:12pt;color:#1e7b34;")
                                             : QStringLiteral("font-size:12pt;color:#b3261e;font-weight:bold;"));
    m_supply->setText(known ? s.totalSupply.toDecimal(s.decimals) : QString());
    m_decimals->setText(known ? QString::number(s.decimals) : QString());
    if (!s.hasSigner) {
        m_signer->setText(tr("none loaded — load the keystore of the key that is to sign (nothing is decrypted "
                             "until you confirm a transaction)"));
    } else {
        QStringList names;
        for (const chain::Hash32 &r : s.signerRoles)
            names << admin::roleName(r);
        m_signer->setText(tr("%1 — roles: %2")
                              .arg(s.signer.toChecksummed(),
                                   names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    const bool chainKnown = known;
    m_pause->setEnabled(m_mayAct && chainKnown);
    m_unpause->setEnabled(m_mayAct && chainKnown);
    // The move that matters now stands out.
    m_pause->setDefault(false);
    m_unpause->setDefault(false);
}

void ContractPage::showDb(const admin::DbState &s)
{
    if (!s.ok) {
        m_listener->setText(s.error.message);
        return;
    }
    if (!s.haveState && s.listenerBlock < 0)
        m_listener->setText(tr("no record yet (is a listener running?)"));
    else
        m_listener->setText(tr("at block %1 — %2").arg(s.listenerBlock).arg(s.paused ? tr("recorded PAUSED")
                                                                                      : tr("recorded active")));
    m_frozenModel->removeRows(0, m_frozenModel->rowCount());
    for (const admin::FrozenAccount &f : s.frozen) {
        QList<QStandardItem *> row{new QStandardItem(f.account.toChecksummed()), new QStandardItem(when(f.frozenAt)),
                                   new QStandardItem(QString::number(f.frozenBlock)),
                                   new QStandardItem(f.reason.isEmpty() ? tr("(no reason recorded)")
                                                                        : tr("%1 — %2").arg(f.reason, f.reasonBy))};
        m_frozenModel->appendRow(row);
    }
    m_proposalModel->removeRows(0, m_proposalModel->rowCount());
    for (const admin::PendingProposal &p : s.proposals) {
        QList<QStandardItem *> row{new QStandardItem(p.kind), new QStandardItem(p.safeNonce),
                                   new QStandardItem(p.safeTxHash),
                                   new QStandardItem(tr("%1 by %2").arg(when(p.createdAt), p.createdBy))};
        m_proposalModel->appendRow(row);
    }
    m_frozenView->resizeColumnsToContents();
    m_proposalView->resizeColumnsToContents();
    if (s.openRotation)
        m_rotation->setText(tr("Resume &key rotation…"));
    else
        m_rotation->setText(tr("&Key rotation…"));
}

void ContractPage::openRotationWizard()
{
    RotationWizard wizard(m_admin, m_runner, this);
    connect(&wizard, &RotationWizard::minterKeystoreChanged, this, &ContractPage::minterKeystoreChanged);
    wizard.exec();
    refresh();
}

} // namespace vd::ui
