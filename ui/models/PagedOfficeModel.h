#pragma once
// What the back office's paged lists share: rows asked from OfficeService in pages of 200 off the GUI thread
// (fetchMore asks for the next page when the view scrolls to the end), sorting and filtering start over, and a stale
// answer (the filter changed meanwhile) is dropped by its request id. Subclasses hold the rows and say how to ask
// for a page. GUI thread only.
#include <QAbstractTableModel>
#include <QList>

#include <algorithm>

namespace vd::office {
class OfficeService;
}

namespace vd::ui {

class PagedOfficeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    int total() const { return m_total; }
    bool isLoading() const { return m_request != 0; }

    int rowCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded(int total);
    void loadFailed(const QString &message);

protected:
    explicit PagedOfficeModel(office::OfficeService *service, QObject *parent = nullptr);

    /// The rows held so far.
    virtual int loadedRows() const = 0;
    /// Asks the service for `PageSize` rows from `offset` with the current filter; returns the request id.
    virtual quint64 askPage(int offset) = 0;

    /// Empties the model (`clear` drops the subclass's rows, after it may change its filter) and asks for page one.
    template <typename Clear> void startOver(Clear clear)
    {
        beginResetModel();
        clear();
        m_total = 0;
        endResetModel();
        m_request = askPage(0);
    }
    /// An answer of the service: appended to `rows` when it is the page after the last one of the current request.
    template <typename Row>
    void takePage(QList<Row> &rows, quint64 id, const QList<Row> &page, int offset, int total)
    {
        if (id != m_request)
            return;
        m_request = 0;
        if (offset != rows.size())
            return; // not the page after the last one: a reload started meanwhile
        m_total = std::max(total, int(rows.size() + page.size()));
        if (!page.isEmpty()) {
            beginInsertRows({}, int(rows.size()), int(rows.size() + page.size() - 1));
            rows += page;
            endInsertRows();
        } else {
            m_total = int(rows.size());
        }
        emit loaded(m_total);
    }
    /// Sorting by what is already shown (or being loaded) needs no new query.
    bool sortUnchanged(bool sameColumnAndOrder) const { return sameColumnAndOrder && (m_request || loadedRows() > 0); }

    office::OfficeService *m_service;

private:
    int m_total = 0;
    quint64 m_request = 0;
};

} // namespace vd::ui
