#pragma once
// The back office's order list: rows from OfficeService::searchOrders, loaded in pages of 200 off the GUI thread
// (fetchMore asks for the next page when the view scrolls to the end); sorting asks the database again. A stale
// answer (the filter changed meanwhile) is dropped by its request id. GUI thread only.
#include "office/OfficeTypes.h"

#include <QAbstractTableModel>

namespace vd::office {
class OfficeService;
}

namespace vd::ui {

class OrderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Role { OrderIdRole = Qt::UserRole + 1, HashRole, StatusRole };

    explicit OrderModel(office::OfficeService *service, QObject *parent = nullptr);

    void setFilter(const office::OrderFilter &filter); // starts over with the first page
    office::OrderFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    const office::OrderRow *orderAt(int row) const;
    int rowOf(qint64 orderId) const;
    int total() const { return m_total; }
    bool isLoading() const { return m_request != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loaded(int total);
    void loadFailed(const QString &message);

private:
    void request(int offset);

    office::OfficeService *m_service;
    office::OrderFilter m_filter;
    QList<office::OrderRow> m_rows;
    int m_total = 0;
    quint64 m_request = 0;
};

} // namespace vd::ui
