#include "ActionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

ActionDialog::ActionDialog(const admin::Action &action, const vd::Result<void> &refusal,
                           const admin::SignerStatus &signer, bool safeConfigured, bool contractVerified,
                           QWidget *parent)
    : QDialog(parent), m_sign(nullptr), m_safe(nullptr), m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(admin::kindTitle(action.kind));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(admin::actionTitle(action), this);
    title->setObjectName(QStringLiteral("actionTitle"));
    title->setStyleSheet(QStringLiteral("font-size:16pt;font-weight:bold;"));
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(title);
    if (!action.reason.trimmed().isEmpty()) {
        auto *reason = new QLabel(tr("Reason: %1").arg(action.reason.trimmed()), this);
        reason->setWordWrap(true);
        layout->addWidget(reason);
    }

    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setStyleSheet(QStringLiteral("color:#8a1c1c;background:#fdecea;border:1px solid #e6a19a;"
                                            "padding:10px;font-size:12pt;"));
    layout->addWidget(m_refusal);

    auto *buttons = new QDialogButtonBox(this);
    if (!refusal.ok()) {
        m_refusal->setText(tr("Refused: %1").arg(refusal.error().message));
        buttons->addButton(QDialogButtonBox::Close);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        return;
    }
    m_refusal->hide();

    auto *who = new QLabel(signer.text, this);
    who->setObjectName(QStringLiteral("signerStatus"));
    who->setWordWrap(true);
    who->setTextInteractionFlags(Qt::TextSelectableByMouse);
    who->setStyleSheet(signer.maySign ? QStringLiteral("font-size:12pt;")
                                      : QStringLiteral("font-size:12pt;color:#7a4b00;"));
    layout->addWidget(who);
    if (!contractVerified) {
        auto *warn = new QLabel(tr("The contract's code hash is not verified against the pinned one: signing is "
                                   "refused until it is (see the Contract page)."),
                                this);
        warn->setWordWrap(true);
        warn->setStyleSheet(QStringLiteral("color:#8a1c1c;font-size:12pt;"));
        layout->addWidget(warn);
    }
    auto *paths = new QLabel(tr("<b>Sign now</b>: the loaded key signs and sends it at once (emergency path).<br>"
                                "<b>Propose to Safe</b>: a file for the Safe's owners to import and sign; it "
                                "happens when they execute it."),
                             this);
    paths->setWordWrap(true);
    layout->addWidget(paths);

    m_sign = buttons->addButton(tr("&Sign now…"), QDialogButtonBox::AcceptRole);
    m_sign->setObjectName(QStringLiteral("signNow"));
    m_sign->setEnabled(signer.maySign && contractVerified);
    m_safe = buttons->addButton(tr("Propose to Sa&fe…"), QDialogButtonBox::AcceptRole);
    m_safe->setObjectName(QStringLiteral("proposeToSafe"));
    m_safe->setEnabled(safeConfigured);
    if (!safeConfigured)
        m_safe->setToolTip(tr("No Safe is configured (File > Settings)."));
    buttons->addButton(QDialogButtonBox::Cancel);
    // Neither path is the default: Enter alone never starts an action.
    m_sign->setAutoDefault(false);
    m_safe->setAutoDefault(false);
    connect(m_sign, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::SignNow;
        accept();
    });
    connect(m_safe, &QPushButton::clicked, this, [this]() {
        m_choice = Choice::ProposeToSafe;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

} // namespace vd::ui
