#include "orders/NewOrderDialog.h"

#include "chain/U256.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

NewOrderDialog::NewOrderDialog(int decimals, QWidget *parent)
    : QDialog(parent), m_decimals(decimals), m_item(new QLineEdit(this)), m_amount(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_expires(new QCheckBox(tr("E&xpires"), this)),
      m_expiry(new QDateTimeEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("newOrderDialog"));
    setWindowTitle(tr("New order"));
    m_item->setObjectName(QStringLiteral("item"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_item->setMaxLength(500);
    m_item->setPlaceholderText(tr("e.g. 2 bags of rice, 25 kg"));
    m_amount->setPlaceholderText(tr("e.g. 12.5"));
    m_phone->setPlaceholderText(tr("optional"));
    m_name->setPlaceholderText(tr("optional"));
    m_expires->setChecked(true);
    m_expiry->setDateTime(QDateTime::currentDateTime().addDays(30));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#a4262c;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&What to hand over:"), m_item);
    form->addRow(tr("&Amount (tokens):"), m_amount);
    form->addRow(tr("Customer &name:"), m_name);
    form->addRow(tr("Customer &phone:"), m_phone);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);
    form->addRow(tr("Validity:"), expiryRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_create = buttons->addButton(tr("&Create order"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOrder"));
    m_create->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A fresh random order code is made for this order; the customer redeems it with the "
                                "token and shows the QR code at the desk."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewOrderDialog::validate);
    resize(560, 340);
}

office::NewOrder NewOrderDialog::order() const
{
    office::NewOrder o;
    o.item = m_item->text().trimmed();
    o.amount = m_amount->text().trimmed();
    o.customerName = m_name->text().trimmed();
    o.customerPhone = m_phone->text().trimmed();
    if (m_expires->isChecked())
        o.expiresAt = m_expiry->dateTime().toUTC();
    return o;
}

void NewOrderDialog::setProblem(const QString &text)
{
    m_problem->setText(text);
}

void NewOrderDialog::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
}

void NewOrderDialog::validate()
{
    const office::NewOrder o = order();
    if (o.item.isEmpty()) {
        setProblem(tr("Say what is to be handed over."));
        m_item->setFocus();
        return;
    }
    const auto amount = chain::U256::fromDecimal(o.amount, m_decimals);
    if (!amount.ok() || amount.value().isZero()) {
        setProblem(tr("The amount must be a number of tokens above zero, with a point for decimals (at most %1).")
                       .arg(m_decimals));
        m_amount->setFocus();
        return;
    }
    if (o.expiresAt.isValid() && o.expiresAt <= QDateTime::currentDateTimeUtc()) {
        setProblem(tr("The expiry is in the past."));
        m_expiry->setFocus();
        return;
    }
    setProblem({});
    setBusy(true);
    emit createRequested(o);
}

} // namespace vd::ui
