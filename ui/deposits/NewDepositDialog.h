#pragma once
// Asks for a new deposit: customer, wallet (EIP-55 checked as it is typed), fiat amount and currency, and the
// token amount, computed from the configured rate of the currency unless typed. Checks without the database;
// the database checks again. GUI thread.
#include "deposits/DepositTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vd::ui {

class NewDepositDialog : public QDialog
{
    Q_OBJECT
public:
    NewDepositDialog(QMap<QString, QString> rates, int decimals, QWidget *parent = nullptr);
    deposits::NewDeposit deposit() const;
    /// The first problem with what is typed (empty when it may be sent).
    QString problem() const;

private:
    void update();

    QMap<QString, QString> m_rates;
    int m_decimals;
    QLineEdit *m_customer;
    QLineEdit *m_wallet;
    QLabel *m_walletCheck;
    QLineEdit *m_fiat;
    QComboBox *m_currency;
    QLineEdit *m_tokens;
    QLabel *m_preview;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace vd::ui
