#include "office/ReconciliationService.h"

namespace vd::office {

ReconciliationService::ReconciliationService(OfficeService *office, SupplySettings supply, QObject *parent)
    : QObject(parent), m_office(office), m_supply(std::move(supply))
{
    connect(m_office, &OfficeService::booksReady, this, [this](quint64 id, const ReconciliationReport &books) {
        if (id != m_booksRequest)
            return;
        m_pending = books;
        m_supplyRequest = m_supply.read(books.listenerBlock);
    });
    connect(&m_supply, &SupplyReader::supplyRead, this,
            [this](quint64 id, bool ok, const QString &supplyBase, int decimals, const QString &error) {
                if (id != m_supplyRequest)
                    return;
                ReconciliationReport r = m_pending;
                r.supplyKnown = ok;
                r.supplyError = error;
                if (ok) {
                    r.supplyBase = supplyBase;
                    r.decimals = decimals;
                }
                evaluate(r);
                emit reportReady(r);
            });
    connect(m_office, &OfficeService::reconciliationRecorded, this, [this](quint64 id, qint64 entry) {
        if (id == m_recordRequest)
            emit recorded(entry);
    });
    connect(m_office, &OfficeService::failed, this, [this](quint64 id, const QString &, const QString &message) {
        if (id == m_booksRequest || id == m_recordRequest)
            emit failed(message);
    });
}

void ReconciliationService::refresh()
{
    m_supplyRequest = 0;
    m_booksRequest = m_office->reconciliationBooks();
}

void ReconciliationService::record(const QByteArray &txHash, const QString &amountBase, const QString &reason)
{
    m_recordRequest = m_office->recordReconciliation(txHash, amountBase, reason);
}

void ReconciliationService::evaluate(ReconciliationReport &r)
{
    if (!r.supplyKnown) {
        r.differenceBase.clear();
        r.holds = false;
        return;
    }
    r.differenceBase = subtractSigned(r.supplyBase, r.expectedBase);
    r.holds = r.differenceBase == QLatin1String("0");
}

} // namespace vd::office
