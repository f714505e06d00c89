#include "NewDepositDialog.h"

#include "chain/Address.h"
#include "chain/U256.h"
#include "deposits/DepositCsv.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

NewDepositDialog::NewDepositDialog(QMap<QString, QString> rates, int decimals, QWidget *parent)
    : QDialog(parent), m_rates(std::move(rates)), m_decimals(decimals), m_customer(new QLineEdit(this)),
      m_wallet(new QLineEdit(this)), m_walletCheck(new QLabel(this)), m_fiat(new QLineEdit(this)),
      m_currency(new QComboBox(this)), m_tokens(new QLineEdit(this)), m_preview(new QLabel(this)),
      m_problem(new QLabel(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("newDepositDialog"));
    setWindowTitle(tr("New deposit"));
    setMinimumWidth(620);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_wallet->setObjectName(QStringLiteral("wallet"));
    m_wallet->setPlaceholderText(tr("0x… (checksummed address)"));
    m_wallet->setFont(QFont(QStringLiteral("monospace")));
    m_walletCheck->setObjectName(QStringLiteral("walletCheck"));
    m_fiat->setObjectName(QStringLiteral("fiatAmount"));
    m_fiat->setPlaceholderText(tr("e.g. 50.00"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setEditable(true);
    m_currency->addItems(m_rates.keys());
    m_tokens->setObjectName(QStringLiteral("tokenAmount"));
    m_preview->setObjectName(QStringLiteral("tokenPreview"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color:#a31f1f;font-weight:bold;"));
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Wallet:"), m_wallet);
    form->addRow(QString(), m_walletCheck);
    form->addRow(tr("&Amount paid:"), m_fiat);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("&Tokens:"), m_tokens);
    form->addRow(QString(), m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("C&reate deposit"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        const QString p = problem();
        if (!p.isEmpty()) {
            m_problem->setText(p);
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setStyleSheet(QStringLiteral("QLineEdit,QComboBox,QLabel{font-size:12pt;}"));

    for (QLineEdit *e : {m_customer, m_wallet, m_fiat, m_tokens})
        connect(e, &QLineEdit::textChanged, this, &NewDepositDialog::update);
    connect(m_currency, &QComboBox::currentTextChanged, this, &NewDepositDialog::update);
    update();
}

deposits::NewDeposit NewDepositDialog::deposit() const
{
    deposits::NewDeposit d;
    d.customer = m_customer->text().trimmed();
    d.wallet = m_wallet->text().trimmed();
    d.fiatAmount = m_fiat->text().trimmed();
    d.currency = m_currency->currentText().trimmed().toUpper();
    d.tokenAmount = m_tokens->text().trimmed();
    return d;
}

QString NewDepositDialog::problem() const
{
    const deposits::NewDeposit d = deposit();
    QString p = deposits::newDepositProblem(d, m_decimals);
    if (p.isEmpty() && d.tokenAmount.isEmpty() && !m_rates.contains(d.currency))
        p = tr("No rate is configured for %1: type the token amount, or ask an administrator to set the rate.")
                .arg(d.currency);
    return p;
}

void NewDepositDialog::update()
{
    m_problem->clear();
    const QString wallet = m_wallet->text().trimmed();
    if (wallet.isEmpty()) {
        m_walletCheck->setText(tr("Paste the customer's address."));
        m_walletCheck->setStyleSheet(QString());
    } else if (const auto a = chain::Address::fromString(wallet); a) {
        m_walletCheck->setText(chain::Address::isChecksummed(wallet)
                                   ? tr("✔ Checksum correct")
                                   : tr("✔ Valid address (no checksum to verify): %1").arg(a->toChecksummed()));
        m_walletCheck->setStyleSheet(QStringLiteral("color:#1e6b34;"));
    } else {
        m_walletCheck->setText(a.error().message);
        m_walletCheck->setStyleSheet(QStringLiteral("color:#a31f1f;font-weight:bold;"));
    }
    const QString cur = m_currency->currentText().trimmed().toUpper();
    const QString rate = m_rates.value(cur);
    const auto fiat = chain::U256::fromDecimal(m_fiat->text().trimmed(), 2);
    const auto rateUnits = chain::U256::fromDecimal(rate);
    if (!m_tokens->text().trimmed().isEmpty()) {
        m_preview->setText(tr("Token amount typed by hand."));
    } else if (rate.isEmpty()) {
        m_preview->setText(cur.isEmpty() ? QString() : tr("No rate configured for %1.").arg(cur));
    } else if (fiat && rateUnits) {
        // fiat (2 decimals) x rate (base units per unit) / 100, rounded down as the database does
        const chain::U256 units = fiat.value() * rateUnits.value() / chain::U256(100);
        m_tokens->setPlaceholderText(units.toDecimal(m_decimals));
        m_preview->setText(tr("%1 tokens at the configured rate (1 %2 = %3 tokens).")
                               .arg(units.toDecimal(m_decimals), cur, rateUnits->toDecimal(m_decimals)));
    } else {
        m_tokens->setPlaceholderText(QString());
        m_preview->setText(tr("1 %1 = %2 tokens").arg(cur, rateUnits ? rateUnits->toDecimal(m_decimals) : rate));
    }
    m_ok->setEnabled(!m_customer->text().trimmed().isEmpty() && !wallet.isEmpty() && !m_fiat->text().trimmed().isEmpty());
}

} // namespace vd::ui
