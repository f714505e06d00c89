#include "office/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &explanation, const QString &actionText,
                           int minimumChars, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_minimum(minimumChars)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *label = new QLabel(tr("&Reason (kept in the audit trail):"), this);
    label->setBuddy(m_reason);
    layout->addWidget(label);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(90);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(actionText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("reasonOk"));
    m_ok->setEnabled(false);
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this]() { m_ok->setEnabled(reason().size() >= m_minimum); });
    resize(640, 280);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString &text)
{
    m_reason->setPlainText(text);
}

} // namespace vd::ui
