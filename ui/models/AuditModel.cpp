#include "models/AuditModel.h"

#include "office/OfficeService.h"

#include <QLocale>

namespace vd::ui {

AuditModel::AuditModel(office::OfficeService *service, QObject *parent) : PagedOfficeModel(service, parent)
{
    connect(m_service, &office::OfficeService::auditFound, this,
            [this](quint64 id, const QList<office::AuditRow> &rows, int offset, int total) {
                takePage(m_rows, id, rows, offset, total);
            });
}

void AuditModel::setFilter(const office::AuditFilter &filter)
{
    startOver([&] {
        m_filter = filter;
        m_rows.clear();
    });
}

quint64 AuditModel::askPage(int offset)
{
    return m_service->searchAudit(m_filter, offset, PageSize);
}

const office::AuditRow *AuditModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(office::AuditColumn::Count);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const office::AuditRow &r = m_rows.at(index.row());
    const auto column = static_cast<office::AuditColumn>(index.column());
    auto change = [&r]() {
        QStringList parts;
        if (!r.before.isEmpty() || !r.after.isEmpty())
            parts << QStringLiteral("%1 → %2").arg(r.before.isEmpty() ? QStringLiteral("∅") : r.before,
                                                   r.after.isEmpty() ? QStringLiteral("∅") : r.after);
        if (!r.details.isEmpty())
            parts << r.details;
        return parts.join(QStringLiteral("  "));
    };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case office::AuditColumn::At:
            return QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case office::AuditColumn::Actor:
            return r.actor;
        case office::AuditColumn::Workstation:
            return r.workstation;
        case office::AuditColumn::Action:
            return r.action;
        case office::AuditColumn::Entity:
            return r.entity;
        case office::AuditColumn::EntityId:
            return r.entityId;
        case office::AuditColumn::Details:
            return change();
        case office::AuditColumn::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole && column == office::AuditColumn::Details) {
        return tr("Before: %1\nAfter: %2\nDetails: %3").arg(r.before, r.after, r.details);
    } else if (role == Qt::UserRole) {
        return r.id;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<office::AuditColumn>(section)) {
    case office::AuditColumn::At:
        return tr("When");
    case office::AuditColumn::Actor:
        return tr("Who");
    case office::AuditColumn::Workstation:
        return tr("Workstation");
    case office::AuditColumn::Action:
        return tr("Action");
    case office::AuditColumn::Entity:
        return tr("On");
    case office::AuditColumn::EntityId:
        return tr("Id");
    case office::AuditColumn::Details:
        return tr("Change and details");
    case office::AuditColumn::Count:
        break;
    }
    return {};
}

void AuditModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(office::AuditColumn::Count))
        return;
    office::AuditFilter f = m_filter;
    f.sortColumn = static_cast<office::AuditColumn>(column);
    f.descending = order == Qt::DescendingOrder;
    if (sortUnchanged(f.sortColumn == m_filter.sortColumn && f.descending == m_filter.descending))
        return;
    setFilter(f);
}

} // namespace vd::ui
