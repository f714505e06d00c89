#pragma once
// One order on one screen (the dispute runbook): what it is, its timeline (created by whom, the redemption with
// block and confirmations, validity, every scan at a desk, the delivery by whom/when/where with the note,
// cancellation), the on-chain re-verification's outcome in words, and the actions that apply to its status.
// GUI thread.
#include "office/OfficeTypes.h"
#include "orders/RecheckResult.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace vd::ui {

class OrderDetailPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OrderDetailPanel(QWidget *parent = nullptr);

    void clear();
    void setLoading();
    void setDetail(const office::OrderDetail &detail);
    void setReverifying();
    void setRecheckResult(const orders::RecheckResult &result);
    bool hasOrder() const { return m_detail.order.id != 0; }
    const office::OrderDetail &detail() const { return m_detail; }
    QTreeWidget *timeline() const { return m_timeline; }
    QLabel *verdictLabel() const { return m_verdict; }

signals:
    void reverifyRequested();
    void qrRequested();
    void cancelRequested();

private:
    office::OrderDetail m_detail;
    QLabel *m_title;
    QLabel *m_facts;
    QTreeWidget *m_timeline;
    QLabel *m_verdict;
    QPushButton *m_reverify;
    QPushButton *m_qr;
    QPushButton *m_cancel;
};

/// The colour a status is shown in (calm: green valid, blue delivered, amber pending/underpaid, grey others).
QString statusColour(const QString &status);

} // namespace vd::ui
