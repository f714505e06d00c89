#pragma once
// "New order" by hand (a phone or walk-in sale): what to hand over, the amount in tokens, the customer, the expiry.
// Checks what it can before anything is sent; the database checks the rest. Opened with open(). GUI thread.
#include "office/OfficeTypes.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vd::ui {

class NewOrderDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewOrderDialog(int decimals, QWidget *parent = nullptr);

    office::NewOrder order() const;
    void setProblem(const QString &text); // shown inline, the dialog stays open
    void setBusy(bool busy);

signals:
    void createRequested(const vd::office::NewOrder &order);

private:
    void validate();

    int m_decimals;
    QLineEdit *m_item;
    QLineEdit *m_amount;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QLabel *m_problem;
    QPushButton *m_create;
};

} // namespace vd::ui
