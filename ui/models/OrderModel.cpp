#include "models/OrderModel.h"

#include "office/OfficeService.h"
#include "orders/OrderDetailPanel.h"
#include "scan/PayloadParser.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace vd::ui {

OrderModel::OrderModel(office::OfficeService *service, QObject *parent) : PagedOfficeModel(service, parent)
{
    connect(m_service, &office::OfficeService::ordersFound, this,
            [this](quint64 id, const QList<office::OrderRow> &rows, int offset, int total) {
                takePage(m_rows, id, rows, offset, total);
            });
}

void OrderModel::setFilter(const office::OrderFilter &filter)
{
    startOver([&] {
        m_filter = filter;
        m_rows.clear();
    });
}

quint64 OrderModel::askPage(int offset)
{
    return m_service->searchOrders(m_filter, offset, PageSize);
}

const office::OrderRow *OrderModel::orderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OrderModel::rowOf(qint64 orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == orderId)
            return i;
    return -1;
}

int OrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(office::OrderColumn::Count);
}

QVariant OrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const office::OrderRow &r = m_rows.at(index.row());
    const auto column = static_cast<office::OrderColumn>(index.column());
    auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case office::OrderColumn::Hash: {
            const QString code = scan::PayloadParser::canonicalPayload(r.hash);
            return QString(code.left(14) + u'…');
        }
        case office::OrderColumn::Status:
            return r.status;
        case office::OrderColumn::Amount:
            return r.amount;
        case office::OrderColumn::Item:
            return r.item;
        case office::OrderColumn::Customer:
            return r.customerName;
        case office::OrderColumn::Phone:
            return r.customerPhone;
        case office::OrderColumn::Created:
            return when(r.createdAt);
        case office::OrderColumn::Expires:
            return when(r.expiresAt);
        case office::OrderColumn::Delivered:
            return when(r.deliveredAt);
        case office::OrderColumn::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == office::OrderColumn::Hash)
            return scan::PayloadParser::canonicalPayload(r.hash);
        if (column == office::OrderColumn::Delivered && r.deliveredAt.isValid())
            return tr("Delivered by %1 at desk %2").arg(r.deliveredBy, r.deliveredDesk);
        return {};
    case Qt::TextAlignmentRole:
        if (column == office::OrderColumn::Amount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == office::OrderColumn::Status)
            return QColor(statusColour(r.status));
        return {};
    case Qt::FontRole:
        if (column == office::OrderColumn::Status || column == office::OrderColumn::Hash) {
            QFont f;
            if (column == office::OrderColumn::Status)
                f.setBold(true);
            else
                f.setFamily(QStringLiteral("monospace"));
            return f;
        }
        return {};
    case OrderIdRole:
        return r.id;
    case HashRole:
        return r.hash;
    case StatusRole:
        return r.status;
    default:
        return {};
    }
}

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<office::OrderColumn>(section)) {
    case office::OrderColumn::Hash:
        return tr("Code");
    case office::OrderColumn::Status:
        return tr("Status");
    case office::OrderColumn::Amount:
        return tr("Tokens");
    case office::OrderColumn::Item:
        return tr("What to hand over");
    case office::OrderColumn::Customer:
        return tr("Customer");
    case office::OrderColumn::Phone:
        return tr("Phone");
    case office::OrderColumn::Created:
        return tr("Created");
    case office::OrderColumn::Expires:
        return tr("Expires");
    case office::OrderColumn::Delivered:
        return tr("Delivered");
    case office::OrderColumn::Count:
        break;
    }
    return {};
}

void OrderModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= static_cast<int>(office::OrderColumn::Count))
        return;
    office::OrderFilter f = m_filter;
    f.sortColumn = static_cast<office::OrderColumn>(column);
    f.descending = order == Qt::DescendingOrder;
    if (sortUnchanged(f.sortColumn == m_filter.sortColumn && f.descending == m_filter.descending))
        return;
    setFilter(f);
}

} // namespace vd::ui
