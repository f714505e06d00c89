#include "DepositModel.h"

#include "chain/Address.h"
#include "chain/U256.h"
#include "deposits/DepositService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace vd::ui {

using deposits::DepositRow;

DepositModel::DepositModel(deposits::DepositService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(m_service, &deposits::DepositService::pageReady, this, &DepositModel::onPage);
}

int DepositModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DepositModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const DepositRow *DepositModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DepositModel::rowOfDeposit(qint64 depositId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == depositId)
            return i;
    return -1;
}

QVariant DepositModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DepositRow &r = m_rows.at(index.row());
    switch (role) {
    case DepositIdRole:
        return r.id;
    case StatusRole:
        return r.status;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Reference: return r.reference;
        case Created: return r.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Customer: return r.customer;
        case Wallet: {
            const auto a = chain::Address::fromBytes(r.wallet);
            return a ? a->toChecksummed() : QString::fromLatin1(r.wallet.toHex());
        }
        case FiatAmount: return r.fiatAmount;
        case Currency: return r.currency;
        case TokenAmount: {
            const auto n = chain::U256::fromDecimal(r.tokenAmount);
            return n ? n->toDecimal(m_service->decimals()) : r.tokenAmount;
        }
        case Status: return deposits::statusTitle(r.status);
        case PaymentId: return r.paymentTxId;
        case Updated: return r.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Status) {
            if (!r.failureReason.isEmpty())
                return tr("Failed: %1").arg(r.failureReason);
            if (!r.cancelReason.isEmpty())
                return tr("Cancelled: %1").arg(r.cancelReason);
        }
        if (index.column() == Wallet) {
            const auto a = chain::Address::fromBytes(r.wallet);
            return a ? a->toChecksummed() : QString();
        }
        if (index.column() == Created)
            return tr("Created by %1 at %2 UTC").arg(r.createdBy, r.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FiatAmount || index.column() == TokenAmount)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (index.column() == Status) {
            if (r.status == QLatin1String("mint_failed") || r.status == QLatin1String("cap_exceeded"))
                return QBrush(QColor(0xa3, 0x1f, 0x1f));
            if (r.status == QLatin1String("minted"))
                return QBrush(QColor(0x1e, 0x6b, 0x34));
            if (r.status == QLatin1String("cancelled"))
                return QBrush(QColor(0x70, 0x70, 0x70));
        }
        return {};
    default:
        return {};
    }
}

QVariant DepositModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference: return tr("Reference");
    case Created: return tr("Created");
    case Customer: return tr("Customer");
    case Wallet: return tr("Wallet");
    case FiatAmount: return tr("Amount");
    case Currency: return tr("Currency");
    case TokenAmount: return tr("Tokens");
    case Status: return tr("Status");
    case PaymentId: return tr("Payment id");
    case Updated: return tr("Updated");
    default: return {};
    }
}

void DepositModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    requestFirst(m_pageSize);
}

void DepositModel::setFilter(const deposits::DepositFilter &filter)
{
    m_filter = filter;
    requestFirst(m_pageSize);
}

void DepositModel::reload()
{
    requestFirst(qMax(m_pageSize, int(m_rows.size())));
}

void DepositModel::requestFirst(int limit)
{
    deposits::PageRequest r;
    r.filter = m_filter;
    r.sort = static_cast<deposits::SortColumn>(m_sortColumn);
    r.order = m_order;
    r.limit = limit;
    m_moreRequest = 0; // a page continuing the old order is of no use any more
    m_firstRequest = m_service->loadPage(r);
}

bool DepositModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && m_firstRequest == 0 && m_moreRequest == 0 && !m_keys.isEmpty();
}

void DepositModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    deposits::PageRequest r;
    r.filter = m_filter;
    r.sort = static_cast<deposits::SortColumn>(m_sortColumn);
    r.order = m_order;
    r.limit = m_pageSize;
    r.after = m_keys.last();
    r.withTotal = false;
    m_moreRequest = m_service->loadPage(r);
}

void DepositModel::onPage(quint64 requestId, const deposits::Page &page)
{
    if (requestId == m_firstRequest) {
        m_firstRequest = 0;
        if (page.error) {
            emit loadFailed(page.error->message);
            return;
        }
        beginResetModel();
        m_rows = page.rows;
        m_keys = page.keys;
        m_atEnd = page.atEnd;
        endResetModel();
        if (page.total >= 0 && page.total != m_total) {
            m_total = page.total;
            emit totalChanged(m_total);
        }
        emit loaded();
        return;
    }
    if (requestId == m_moreRequest) {
        m_moreRequest = 0;
        if (page.error) {
            emit loadFailed(page.error->message);
            return;
        }
        if (!page.rows.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.rows.size() - 1));
            m_rows += page.rows;
            m_keys += page.keys;
            endInsertRows();
        }
        m_atEnd = page.atEnd;
    }
    // Anything else answers a request that was superseded: dropped.
}

} // namespace vd::ui
