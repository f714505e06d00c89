#pragma once
// Table model of the operators an admin manages (login, name, role, status, last sign-in). Holds values only;
// the page loads them off the GUI thread and hands them over with setOperators(). GUI thread.
#include "auth/Operators.h"

#include <QAbstractTableModel>

namespace vd::ui {

class OperatorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Login, Name, Role, Status, LastSignIn, Workstation, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setOperators(QList<auth::Operator> operators);
    const auth::Operator *operatorAt(int row) const;

private:
    QList<auth::Operator> m_operators;
};

} // namespace vd::ui
