#pragma once
// Back office > Reconciliation: on-chain totalSupply against the books (DB minted - redeemed + reconciled), shown as
// HOLDS or BREAKS BY <amount>, the figures behind it, and every on-chain mint without a deposit or mint record with
// "Record reconciliation entry" (reason required, audited). GUI thread; the work runs in ReconciliationService's
// threads.
#include "office/OfficeTypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vd::office {
class OfficeService;
class ReconciliationService;
struct SupplySettings;
} // namespace vd::office

namespace vd::ui {

class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    /// `office` is not owned.
    ReconciliationPage(office::OfficeService *office, const office::SupplySettings &supply, QWidget *parent = nullptr);

    void refresh();
    /// Asks for the reason of the selected unmatched mint's entry (non-blocking dialog).
    void recordSelected();
    const office::ReconciliationReport &report() const { return m_report; }
    QLabel *invariantLabel() const { return m_invariant; }
    QTableWidget *unmatchedTable() const { return m_unmatched; }
    QLabel *banner() const { return m_banner; }

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showReport(const office::ReconciliationReport &report);
    void showBanner(const QString &text, bool problem);

    office::ReconciliationService *m_service;
    office::ReconciliationReport m_report;
    QLabel *m_invariant;
    QLabel *m_figures;
    QLabel *m_banner;
    QTableWidget *m_unmatched;
    QPushButton *m_refresh;
    QPushButton *m_record;
    bool m_loadedOnce = false;
};

} // namespace vd::ui
