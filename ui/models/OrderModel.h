#pragma once
// The back office's order list: rows from OfficeService::searchOrders, paged and sorted by the database
// (PagedOfficeModel). GUI thread only.
#include "models/PagedOfficeModel.h"
#include "office/OfficeTypes.h"

namespace vd::ui {

class OrderModel : public PagedOfficeModel
{
    Q_OBJECT
public:
    enum Role { OrderIdRole = Qt::UserRole + 1, HashRole, StatusRole };

    explicit OrderModel(office::OfficeService *service, QObject *parent = nullptr);

    void setFilter(const office::OrderFilter &filter); // starts over with the first page
    office::OrderFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    const office::OrderRow *orderAt(int row) const;
    int rowOf(qint64 orderId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    int loadedRows() const override { return int(m_rows.size()); }
    quint64 askPage(int offset) override;

private:
    office::OrderFilter m_filter;
    QList<office::OrderRow> m_rows;
};

} // namespace vd::ui
