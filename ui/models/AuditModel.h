#pragma once
// The audit trail: rows from OfficeService::searchAudit, paged and sorted by the database (PagedOfficeModel).
// GUI thread only.
#include "models/PagedOfficeModel.h"
#include "office/OfficeTypes.h"

namespace vd::ui {

class AuditModel : public PagedOfficeModel
{
    Q_OBJECT
public:
    explicit AuditModel(office::OfficeService *service, QObject *parent = nullptr);

    void setFilter(const office::AuditFilter &filter);
    office::AuditFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    const office::AuditRow *rowAt(int row) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    int loadedRows() const override { return int(m_rows.size()); }
    quint64 askPage(int offset) override;

private:
    office::AuditFilter m_filter;
    QList<office::AuditRow> m_rows;
};

} // namespace vd::ui
