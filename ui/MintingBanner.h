#pragma once
// The strip at the top of the main window, on every tab, while an administrator has paused minting: who, since
// when and why. Hidden otherwise. GUI thread.
#include "deposits/DepositTypes.h"

#include <QFrame>

class QLabel;

namespace vd::ui {

class MintingBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MintingBanner(QWidget *parent = nullptr);
    QString text() const;

public slots:
    void setState(const vd::deposits::MintingSwitch &state);

private:
    QLabel *m_label;
};

} // namespace vd::ui
