#pragma once
// The reconciliation of the operations runbook: on-chain totalSupply (read at the block the listener has processed,
// so both sides describe the same chain) against the books: DB minted - redeemed + reconciled. Combines the
// OfficeService's books (database thread) with the SupplyReader (RPC thread) into one report. GUI thread facade.
#include "office/OfficeService.h"
#include "office/SupplyReader.h"

#include <QObject>

namespace vd::office {

class ReconciliationService : public QObject
{
    Q_OBJECT
public:
    /// `office` is not owned and must outlive this service.
    ReconciliationService(OfficeService *office, SupplySettings supply, QObject *parent = nullptr);

    /// Books first, then the supply at the listener's block. Answer: reportReady or failed.
    void refresh();
    /// Records a reconciliation entry for an on-chain mint without a deposit. Answer: recorded or failed.
    void record(const QByteArray &txHash, const QString &amountBase, const QString &reason);

    /// supply - expected and whether it is zero; the report's supply fields must be filled.
    static void evaluate(ReconciliationReport &report);

signals:
    void reportReady(const vd::office::ReconciliationReport &report);
    void recorded(qint64 entryId);
    void failed(const QString &message);

private:
    OfficeService *m_office;
    SupplyReader m_supply;
    quint64 m_booksRequest = 0;
    quint64 m_supplyRequest = 0;
    quint64 m_recordRequest = 0;
    ReconciliationReport m_pending;
};

} // namespace vd::office
