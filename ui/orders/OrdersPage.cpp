#include "orders/OrdersPage.h"

#include "ListPage.h"
#include "models/OrderModel.h"
#include "office/OfficeService.h"
#include "office/ReasonDialog.h"
#include "orders/ImportReportDialog.h"
#include "orders/NewOrderDialog.h"
#include "orders/OrderDetailPanel.h"
#include "orders/OrderQrDialog.h"
#include "orders/RedemptionChecker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

OrdersPage::OrdersPage(office::OfficeService *office, orders::RedemptionChecker *checker, QWidget *parent)
    : QWidget(parent), m_office(office), m_checker(checker), m_model(new OrderModel(office, this)),
      m_hash(new QLineEdit(this)), m_customer(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_dates(new QCheckBox(tr("Created &between"), this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_count(new QLabel(this)), m_banner(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new OrderDetailPanel(this))
{
    setObjectName(QStringLiteral("ordersPage"));
    m_hash->setObjectName(QStringLiteral("filterHash"));
    m_customer->setObjectName(QStringLiteral("filterCustomer"));
    m_phone->setObjectName(QStringLiteral("filterPhone"));
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_hash->setPlaceholderText(tr("VD1-…, 0x… or the first digits"));
    m_customer->setPlaceholderText(tr("part of the name"));
    m_phone->setPlaceholderText(tr("part of the number"));
    m_hash->setClearButtonEnabled(true);
    m_customer->setClearButtonEnabled(true);
    m_phone->setClearButtonEnabled(true);
    m_status->addItem(tr("Any status"), QString());
    for (const char *s : {"CREATED", "PENDING_CHAIN", "VALID", "DELIVERED", "UNDERPAID", "EXPIRED", "CANCELLED"})
        m_status->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    listpage::setUpDateRange(m_dates, m_from, m_to, 30);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_dates->setObjectName(QStringLiteral("filterDates"));

    auto *searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("searchOrders"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    auto *newButton = new QPushButton(tr("&New order…"), this);
    newButton->setObjectName(QStringLiteral("newOrder"));
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    importButton->setObjectName(QStringLiteral("importOrders"));
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportOrders"));

    auto *filters = new QGridLayout;
    listpage::addField(filters, 0, 0, new QLabel(tr("&Code:"), this), m_hash);
    listpage::addField(filters, 0, 1, new QLabel(tr("C&ustomer:"), this), m_customer);
    listpage::addField(filters, 0, 2, new QLabel(tr("&Phone:"), this), m_phone);
    listpage::addField(filters, 1, 0, new QLabel(tr("S&tatus:"), this), m_status);
    auto *dates = listpage::dateRangeRow(m_dates, m_from, m_to, new QLabel(tr("and"), this));
    dates->addStretch(1);
    filters->addLayout(dates, 1, 2, 1, 3);
    auto *searchButtons = new QHBoxLayout;
    searchButtons->addWidget(searchButton);
    searchButtons->addWidget(clearButton);
    filters->addLayout(searchButtons, 1, 5);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);

    auto *actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(importButton);
    actions->addWidget(exportButton);
    actions->addStretch(1);
    m_count->setObjectName(QStringLiteral("orderCount"));
    actions->addWidget(m_count);

    m_banner->setObjectName(QStringLiteral("ordersBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();

    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model);
    listpage::setUpTable(m_table, static_cast<int>(office::OrderColumn::Created));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Hash), 150);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Status), 130);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Item), 200);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Amount), 90);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Customer), 150);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Phone), 140);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Created), 150);
    m_table->setColumnWidth(static_cast<int>(office::OrderColumn::Expires), 150);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 500});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Orders").toHtmlEscaped()), this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    setTabOrder(m_hash, m_customer);
    setTabOrder(m_customer, m_phone);
    setTabOrder(m_phone, m_status);
    setTabOrder(m_status, m_dates);
    setTabOrder(m_dates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, searchButton);
    setTabOrder(searchButton, m_table);

    for (QLineEdit *e : {m_hash, m_customer, m_phone})
        connect(e, &QLineEdit::returnPressed, this, &OrdersPage::search);
    connect(searchButton, &QPushButton::clicked, this, &OrdersPage::search);
    connect(clearButton, &QPushButton::clicked, this, [this]() {
        m_hash->clear();
        m_customer->clear();
        m_phone->clear();
        m_status->setCurrentIndex(0);
        m_dates->setChecked(false);
        search();
    });
    connect(newButton, &QPushButton::clicked, this, &OrdersPage::openNewOrder);
    connect(exportButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export orders as CSV"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/orders-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(importButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import orders from CSV"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::selectionChanged);
    connect(m_model, &OrderModel::loaded, this, [this](int total) {
        m_count->setText(tr("%n order(s)", nullptr, total));
        if (m_selectAfterLoad) {
            const int row = m_model->rowOf(m_selectAfterLoad);
            if (row >= 0) {
                m_selectAfterLoad = 0;
                m_table->setCurrentIndex(m_model->index(row, 0));
            }
        }
    });
    connect(m_model, &OrderModel::loadFailed, this, [this](const QString &m) { showBanner(m, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_detail->clear();
        m_selected = 0;
    });

    connect(m_detail, &OrderDetailPanel::reverifyRequested, this, &OrdersPage::reverify);
    connect(m_detail, &OrderDetailPanel::qrRequested, this, [this]() {
        if (m_detail->hasOrder())
            showQr(m_detail->detail().order);
    });
    connect(m_detail, &OrderDetailPanel::cancelRequested, this, &OrdersPage::cancelSelected);
    if (m_checker)
        connect(m_checker, &orders::RedemptionChecker::checked, this,
                [this](quint64 id, const orders::RecheckResult &r) {
                    if (id == m_recheckRequest)
                        m_detail->setRecheckResult(r);
                });

    connect(m_office, &office::OfficeService::orderDetailReady, this, [this](quint64 id, const office::OrderDetail &d) {
        if (id == m_detailRequest)
            m_detail->setDetail(d);
    });
    connect(m_office, &office::OfficeService::orderCreated, this, [this](quint64 id, const office::OrderRow &o) {
        if (id != m_createRequest)
            return;
        if (m_newOrder)
            m_newOrder->accept();
        // Show the new order in the list whatever was searched before.
        m_hash->clear();
        m_customer->clear();
        m_phone->clear();
        m_status->setCurrentIndex(0);
        m_dates->setChecked(false);
        m_selectAfterLoad = o.id;
        search();
        showBanner(tr("Order created: %1 for %2 tokens. Give the customer its QR code.").arg(o.item, o.amount), false);
        showQr(o);
    });
    connect(m_office, &office::OfficeService::orderCancelled, this,
            [this](quint64 id, qint64 orderId, const QString &was) {
                if (id != m_cancelRequest)
                    return;
                showBanner(tr("Order cancelled (it was %1).").arg(was), false);
                m_selectAfterLoad = orderId;
                m_model->reload();
            });
    connect(m_office, &office::OfficeService::exportDone, this, [this](quint64 id, qint64 rows, const QString &path) {
        if (id != m_exportRequest)
            return;
        showBanner(tr("%n order(s) exported to %1", nullptr, int(rows)).arg(path), false);
        emit exportFinished(rows, path);
    });
    connect(m_office, &office::OfficeService::importDone, this, [this](quint64 id, const office::ImportReport &report) {
        if (id != m_importRequest)
            return;
        showBanner(tr("Import: %1 created, %2 rejected.").arg(report.created).arg(report.rejected),
                   report.rejected > 0);
        if (report.created > 0)
            search();
        showBanner(tr("Import: %1 created, %2 rejected.").arg(report.created).arg(report.rejected),
                   report.rejected > 0);
        auto *dialog = new ImportReportDialog(m_importPath, report, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        emit importFinished(report);
    });
    connect(m_office, &office::OfficeService::failed, this,
            [this](quint64 id, const QString &, const QString &message) {
                if (id == m_createRequest && m_newOrder) {
                    m_newOrder->setProblem(message);
                    m_newOrder->setBusy(false);
                } else if (id == m_detailRequest || id == m_cancelRequest || id == m_exportRequest ||
                           id == m_importRequest || id == m_createRequest) {
                    showBanner(message, true);
                }
            });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this]() {
        m_hash->setFocus();
        m_hash->selectAll();
    });
    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &OrdersPage::openNewOrder);
    search();
}

office::OrderFilter OrdersPage::currentFilter() const
{
    office::OrderFilter f = m_model->filter();
    f.hash = m_hash->text().trimmed();
    f.customer = m_customer->text().trimmed();
    f.phone = m_phone->text().trimmed();
    f.status = m_status->currentData().toString();
    f.createdFrom = m_dates->isChecked() ? m_from->date() : QDate();
    f.createdTo = m_dates->isChecked() ? m_to->date() : QDate();
    return f;
}

void OrdersPage::search()
{
    m_count->setText(tr("Searching…"));
    m_banner->hide();
    m_model->setFilter(currentFilter());
}

void OrdersPage::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem
                                ? QStringLiteral("background:#fde7e9;color:#a4262c;padding:6px;border-radius:4px;")
                                : QStringLiteral("background:#dff6dd;color:#0b5a0b;padding:6px;border-radius:4px;"));
    m_banner->setVisible(!text.isEmpty());
}

void OrdersPage::selectionChanged()
{
    const office::OrderRow *o = m_model->orderAt(m_table->currentIndex().row());
    if (!o) {
        m_detail->clear();
        m_selected = 0;
        return;
    }
    showDetail(o->id);
}

void OrdersPage::showDetail(qint64 orderId)
{
    m_selected = orderId;
    m_detail->setLoading();
    m_detailRequest = m_office->orderDetail(orderId);
}

NewOrderDialog *OrdersPage::openNewOrder()
{
    if (m_newOrder)
        return m_newOrder;
    m_newOrder = new NewOrderDialog(m_office->settings().decimals, this);
    m_newOrder->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newOrder, &NewOrderDialog::createRequested, this,
            [this](const office::NewOrder &o) { m_createRequest = m_office->createOrder(o); });
    m_newOrder->open();
    return m_newOrder;
}

OrderQrDialog *OrdersPage::showQr(const office::OrderRow &order)
{
    auto *dialog = new OrderQrDialog(order, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void OrdersPage::cancelSelected()
{
    if (!m_detail->hasOrder())
        return;
    const office::OrderRow order = m_detail->detail().order;
    auto *dialog = new ReasonDialog(tr("Cancel order"),
                                    tr("Cancel the order for \"%1\" (%2 tokens, %3)? A cancelled order can no longer "
                                       "be delivered. This cannot be undone.")
                                        .arg(order.item, order.amount, order.status),
                                    tr("Cancel &order"), 3, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id = order.id]() { m_cancelRequest = m_office->cancelOrder(id, dialog->reason()); });
    dialog->open();
}

void OrdersPage::exportTo(const QString &path)
{
    showBanner(tr("Exporting…"), false);
    m_exportRequest = m_office->exportOrders(m_model->filter(), path);
}

void OrdersPage::importFrom(const QString &path)
{
    m_importPath = path;
    showBanner(tr("Importing %1…").arg(path), false);
    m_importRequest = m_office->importOrders(path);
}

void OrdersPage::reverify()
{
    if (!m_detail->hasOrder())
        return;
    if (!m_checker) {
        orders::RecheckResult r;
        r.code = QStringLiteral("recheck.not_configured");
        m_detail->setRecheckResult(r);
        return;
    }
    m_detail->setReverifying();
    m_recheckRequest = m_checker->check(m_detail->detail().order.hash, m_detail->detail().redeemTx);
}

} // namespace vd::ui
