#pragma once
// The deposits table: rows arrive in keyset pages from DepositService (off the GUI thread); the view pulls more
// with canFetchMore()/fetchMore() as it scrolls. sort() and setFilter() ask for a new first page; the rows on
// screen stay until it arrives, and answers to superseded requests are dropped by request id. GUI thread.
#include "deposits/DepositTypes.h"

#include <QAbstractTableModel>

namespace vd::deposits {
class DepositService;
}

namespace vd::ui {

class DepositModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Created, Customer, Wallet, FiatAmount, Currency, TokenAmount, Status, PaymentId, Updated,
                  ColumnCount };
    enum Role { DepositIdRole = Qt::UserRole + 1, StatusRole, SortKeyRole };

    explicit DepositModel(deposits::DepositService *service, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const deposits::DepositFilter &filter);
    const deposits::DepositFilter &filter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_order; }
    void setPageSize(int rows) { m_pageSize = qMax(10, rows); }
    /// Loads the first page again (as many rows as are on screen), e.g. after a change elsewhere.
    void reload();

    const deposits::DepositRow *rowAt(int row) const;
    int rowOfDeposit(qint64 depositId) const;
    qint64 total() const { return m_total; }
    bool isLoading() const { return m_firstRequest != 0; }

signals:
    /// A first page replaced the rows (after sort, filter or reload).
    void loaded();
    void totalChanged(qint64 total);
    void loadFailed(const QString &message);

private:
    void requestFirst(int limit);
    void onPage(quint64 requestId, const deposits::Page &page);

    deposits::DepositService *m_service;
    deposits::DepositFilter m_filter;
    int m_sortColumn = Created;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    int m_pageSize = 100;
    QList<deposits::DepositRow> m_rows;
    QList<deposits::PageKey> m_keys;
    bool m_atEnd = true;
    qint64 m_total = 0;
    quint64 m_firstRequest = 0; // the first page being waited for
    quint64 m_moreRequest = 0;  // the next page being waited for
};

} // namespace vd::ui
