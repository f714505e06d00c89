#pragma once
// Asks for the reason of a deliberate, audited action (cancel an order, record a reconciliation entry). OK stays
// disabled until a reason of at least `minimumChars` is typed. Opened with open() (non-blocking). GUI thread.
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace vd::ui {

class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &explanation, const QString &actionText, int minimumChars,
                 QWidget *parent = nullptr);
    QString reason() const;
    void setReason(const QString &text);
    QPushButton *okButton() const { return m_ok; }

private:
    QPlainTextEdit *m_reason;
    QPushButton *m_ok;
    int m_minimum;
};

} // namespace vd::ui
