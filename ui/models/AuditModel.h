#pragma once
// The audit trail: rows from OfficeService::searchAudit in pages of 200 loaded off the GUI thread (fetchMore),
// sorted by the database. Stale answers are dropped by request id. GUI thread only.
#include "office/OfficeTypes.h"

#include <QAbstractTableModel>

namespace vd::office {
class OfficeService;
}

namespace vd::ui {

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    explicit AuditModel(office::OfficeService *service, QObject *parent = nullptr);

    void setFilter(const office::AuditFilter &filter);
    office::AuditFilter filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    const office::AuditRow *rowAt(int row) const;
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
    office::OfficeService *m_service;
    office::AuditFilter m_filter;
    QList<office::AuditRow> m_rows;
    int m_total = 0;
    quint64 m_request = 0;
};

} // namespace vd::ui
