#pragma once
// Back office > Orders: search (code prefix, customer, phone, status, created dates), a sortable list loading in
// pages, an order's detail with its timeline and the on-chain re-verification, create an order by hand and show /
// print / save its QR code, cancel with a reason, export the current view as CSV, import orders from CSV with a
// per-line report. Talks only to OfficeService (database thread) and RedemptionChecker (RPC thread). GUI thread.
#include "office/OfficeTypes.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace vd::office {
class OfficeService;
}
namespace vd::orders {
class RedemptionChecker;
struct RecheckResult;
} // namespace vd::orders

namespace vd::ui {

class OrderModel;
class OrderDetailPanel;
class NewOrderDialog;
class OrderQrDialog;

class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    /// Neither is owned; `checker` may be null (no re-verification then).
    OrdersPage(office::OfficeService *office, orders::RedemptionChecker *checker, QWidget *parent = nullptr);

    OrderModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OrderDetailPanel *detailPanel() const { return m_detail; }
    QLabel *banner() const { return m_banner; }
    office::OrderFilter currentFilter() const;

    void search();
    NewOrderDialog *openNewOrder();
    OrderQrDialog *showQr(const office::OrderRow &order);
    void cancelSelected();
    void exportTo(const QString &path);
    void importFrom(const QString &path);
    void reverify();

signals:
    void exportFinished(qint64 rows, const QString &path);
    void importFinished(const vd::office::ImportReport &report);

private:
    void showBanner(const QString &text, bool problem);
    void selectionChanged();
    void showDetail(qint64 orderId);

    office::OfficeService *m_office;
    orders::RedemptionChecker *m_checker;
    OrderModel *m_model;
    QLineEdit *m_hash;
    QLineEdit *m_customer;
    QLineEdit *m_phone;
    QComboBox *m_status;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_banner;
    QTableView *m_table;
    OrderDetailPanel *m_detail;
    QPointer<NewOrderDialog> m_newOrder;
    qint64 m_selected = 0;
    qint64 m_selectAfterLoad = 0;
    quint64 m_detailRequest = 0;
    quint64 m_createRequest = 0;
    quint64 m_cancelRequest = 0;
    quint64 m_exportRequest = 0;
    quint64 m_importRequest = 0;
    quint64 m_recheckRequest = 0;
    QString m_importPath;
};

} // namespace vd::ui
