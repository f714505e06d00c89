#include "models/PagedOfficeModel.h"

#include "office/OfficeService.h"

namespace vd::ui {

PagedOfficeModel::PagedOfficeModel(office::OfficeService *service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    connect(m_service, &office::OfficeService::failed, this,
            [this](quint64 id, const QString &, const QString &message) {
                if (id != m_request)
                    return;
                m_request = 0;
                emit loadFailed(message);
            });
}

int PagedOfficeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

bool PagedOfficeModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_request == 0 && loadedRows() < m_total;
}

void PagedOfficeModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_request = askPage(loadedRows());
}

} // namespace vd::ui
