#pragma once
// Admin screen to manage operators: create a login in a group role, reset a password, disable/enable, see the
// last sign-in. All database work runs off the GUI thread through core/auth; results show in an inline banner.
// GUI thread only.
#include "auth/Operators.h"
#include "db/DbConfig.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace vd::ui {

class OperatorModel;

class OperatorsPage : public QWidget
{
    Q_OBJECT
public:
    OperatorsPage(db::DbConfig admin, QString workstation, QWidget *parent = nullptr);
    OperatorModel *model() const { return m_model; }

public slots:
    void refresh();
    void createOperator();
    void resetPassword();
    void toggleEnabled();

signals:
    void busyChanged(bool busy);
    void message(const QString &text, bool error);

private:
    void run(std::function<Result<void>()> work, const QString &success);
    const auth::Operator *selected() const;

    db::DbConfig m_admin;
    QString m_workstation;
    OperatorModel *m_model;
    QTableView *m_table;
    QLabel *m_banner;
    QPushButton *m_toggle;
};

} // namespace vd::ui
