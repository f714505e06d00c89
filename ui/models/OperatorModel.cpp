#include "OperatorModel.h"

#include <QColor>
#include <QLocale>

namespace vd::ui {

int OperatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operators.size());
}

int OperatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OperatorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_operators.size())
        return {};
    const auth::Operator &o = m_operators.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Login:
            return o.login;
        case Name:
            return o.fullName;
        case Role:
            return auth::roleTitle(o.role);
        case Status:
            return o.disabled ? tr("Disabled") : tr("Active");
        case LastSignIn:
            return o.lastSignInAt.isValid() ? QLocale().toString(o.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                                            : tr("never");
        case Workstation:
            return o.lastWorkstation;
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && o.disabled)
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::UserRole)
        return o.login;
    return {};
}

QVariant OperatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Login:
        return tr("Login");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case LastSignIn:
        return tr("Last sign-in");
    case Workstation:
        return tr("Where");
    default:
        return {};
    }
}

void OperatorModel::setOperators(QList<auth::Operator> operators)
{
    beginResetModel();
    m_operators = std::move(operators);
    endResetModel();
}

const auth::Operator *OperatorModel::operatorAt(int row) const
{
    return row >= 0 && row < m_operators.size() ? &m_operators.at(row) : nullptr;
}

} // namespace vd::ui
