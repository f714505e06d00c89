#pragma once
// Asks how an administrative action is to be carried out: "Sign now" with the loaded key (the emergency path) or
// "Propose to Safe". Shows what will happen, the refusal when the move is dangerous (then only Close is offered),
// and whether the loaded key holds the role needed (if not: which role, who holds it, and the Safe instead).
// GUI thread only.
#include "admin/AdminModel.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace vd::ui {

class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, SignNow, ProposeToSafe };

    ActionDialog(const admin::Action &action, const vd::Result<void> &refusal, const admin::SignerStatus &signer,
                 bool safeConfigured, bool contractVerified, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton *signButton() const { return m_sign; }
    QPushButton *safeButton() const { return m_safe; }
    QLabel *refusalLabel() const { return m_refusal; }

private:
    Choice m_choice = Choice::None;
    QPushButton *m_sign;
    QPushButton *m_safe;
    QLabel *m_refusal;
};

} // namespace vd::ui
