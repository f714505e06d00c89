#include "DepositsPage.h"

#include "NewDepositDialog.h"
#include "chain/U256.h"
#include "deposits/DepositService.h"
#include "models/DepositModel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace vd::ui {

using deposits::DepositRow;

namespace {
bool oneOf(const QString &s, std::initializer_list<const char *> list)
{
    for (const char *x : list)
        if (s == QLatin1String(x))
            return true;
    return false;
}
} // namespace

DepositsPage::DepositsPage(deposits::DepositService *service, auth::Role role, QWidget *parent)
    : QWidget(parent), m_service(service), m_role(role), m_model(new DepositModel(service, this)),
      m_capLabel(new QLabel(this)), m_reference(new QLineEdit(this)), m_customer(new QLineEdit(this)),
      m_minAmount(new QLineEdit(this)), m_maxAmount(new QLineEdit(this)), m_useDates(new QCheckBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_new(new QPushButton(tr("&New deposit…"), this)),
      m_import(new QPushButton(tr("&Import CSV…"), this)), m_confirm(new QPushButton(tr("Confirm &payment…"), this)),
      m_mint(new QPushButton(tr("Request &mint"), this)), m_cancel(new QPushButton(tr("Cance&l deposit…"), this)),
      m_shown(new QLabel(this)), m_banner(new QLabel(this)), m_table(new QTableView(this)),
      m_split(new QSplitter(Qt::Horizontal, this)), m_panelHost(new QWidget(this)), m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("depositsPage"));
    setStyleSheet(QStringLiteral("QLabel,QLineEdit,QPushButton,QToolButton,QDateEdit,QCheckBox{font-size:12pt;}"
                                 "QTableView{font-size:12pt;}"));

    // Counts per status: each a toggle that filters by it.
    auto *counts = new QHBoxLayout;
    counts->setSpacing(6);
    for (const QString &status : deposits::allStatuses()) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("count_") + status);
        b->setCheckable(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setText(tr("%1\n%2").arg(deposits::statusTitle(status)).arg(0));
        b->setToolTip(tr("Show only deposits that are %1 (click again to show all)").arg(deposits::statusTitle(status)));
        b->setStyleSheet(QStringLiteral("QToolButton{padding:4px 10px;border:1px solid #b8c0c8;border-radius:4px;"
                                        "background:#f6f8fa;}QToolButton:checked{background:#dbe9f7;"
                                        "border:2px solid #2d6cb5;}"));
        connect(b, &QToolButton::toggled, this, [this]() { applyFilter(); });
        m_countButtons.insert(status, b);
        counts->addWidget(b);
    }
    counts->addStretch(1);

    // Today's cap (UTC) and, for administrators, its controls and the minting switch.
    auto *cap = new QHBoxLayout;
    m_capLabel->setObjectName(QStringLiteral("capLabel"));
    m_capLabel->setTextFormat(Qt::PlainText);
    m_capLabel->setWordWrap(true); // long in French and Swahili: wrap rather than run under the buttons
    m_capLabel->setMinimumWidth(1);
    cap->addWidget(m_capLabel, 1);
    if (m_role == auth::Role::Admin) {
        m_capButton = new QPushButton(tr("Change c&ap…"), this);
        m_capButton->setObjectName(QStringLiteral("changeCap"));
        m_rateButton = new QPushButton(tr("&Rates…"), this);
        m_rateButton->setObjectName(QStringLiteral("setRate"));
        m_pauseButton = new QPushButton(tr("Pa&use minting…"), this);
        m_pauseButton->setObjectName(QStringLiteral("toggleMinting"));
        connect(m_capButton, &QPushButton::clicked, this, &DepositsPage::changeCap);
        connect(m_rateButton, &QPushButton::clicked, this, &DepositsPage::setRate);
        connect(m_pauseButton, &QPushButton::clicked, this, &DepositsPage::toggleMintingPause);
        cap->addWidget(m_rateButton);
        cap->addWidget(m_capButton);
        cap->addWidget(m_pauseButton);
    }

    auto *filterBar = new QWidget(this);
    buildFilterBar(filterBar);

    auto *actions = new QHBoxLayout;
    m_new->setObjectName(QStringLiteral("newDeposit"));
    m_import->setObjectName(QStringLiteral("importCsv"));
    m_confirm->setObjectName(QStringLiteral("confirmPayment"));
    m_mint->setObjectName(QStringLiteral("requestMint"));
    m_cancel->setObjectName(QStringLiteral("cancelDeposit"));
    m_new->setShortcut(QKeySequence::New);
    m_mint->setToolTip(tr("Decide how this deposit is minted: directly, through the Safe, or held by today's cap"));
    for (QPushButton *b : {m_new, m_import, m_confirm, m_mint, m_cancel})
        actions->addWidget(b);
    actions->addStretch(1);
    m_shown->setObjectName(QStringLiteral("shownCount"));
    actions->addWidget(m_shown);
    connect(m_new, &QPushButton::clicked, this, &DepositsPage::newDeposit);
    connect(m_import, &QPushButton::clicked, this, &DepositsPage::importCsv);
    connect(m_confirm, &QPushButton::clicked, this, &DepositsPage::confirmPayment);
    connect(m_mint, &QPushButton::clicked, this, &DepositsPage::requestMint);
    connect(m_cancel, &QPushButton::clicked, this, &DepositsPage::cancelDeposit);

    m_banner->setObjectName(QStringLiteral("depositsBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();

    m_table->setObjectName(QStringLiteral("depositsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setSortIndicator(DepositModel::Created, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true); // asks the model for its first page (Created, newest first)
    const QList<QPair<int, int>> widths = {{DepositModel::Reference, 170}, {DepositModel::Created, 150},
                                           {DepositModel::Customer, 180},  {DepositModel::Wallet, 170},
                                           {DepositModel::FiatAmount, 100}, {DepositModel::Currency, 80},
                                           {DepositModel::TokenAmount, 110}, {DepositModel::Status, 150},
                                           {DepositModel::PaymentId, 120}};
    for (const auto &w : widths)
        m_table->setColumnWidth(w.first, w.second);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_panelHost->setObjectName(QStringLiteral("actionsPanelHost"));
    auto *hostLayout = new QVBoxLayout(m_panelHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_panelHost->hide();
    m_split->addWidget(m_table);
    m_split->addWidget(m_panelHost);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    // The counts never force the window wider than the screen (long words in Swahili): they scroll sideways instead.
    auto *countsHost = new QWidget(this);
    countsHost->setLayout(counts);
    auto *countsScroll = new QScrollArea(this);
    countsScroll->setWidget(countsHost);
    countsScroll->setWidgetResizable(true);
    countsScroll->setFrameShape(QFrame::NoFrame);
    countsScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    countsScroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    countsScroll->setFixedHeight(countsHost->sizeHint().height() + countsScroll->horizontalScrollBar()->sizeHint().height());
    layout->addWidget(countsScroll);
    layout->addLayout(cap);
    layout->addWidget(filterBar);
    layout->addLayout(actions);
    layout->addWidget(m_split, 1);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, [this]() { m_model->setFilter(filterFromBar()); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        const DepositRow *r = currentRow();
        const qint64 id = r ? r->id : 0;
        updateActions();
        if (id != m_current) {
            m_current = id;
            emit currentDepositChanged(id);
        }
    });
    connect(m_model, &DepositModel::loaded, this, [this]() {
        if (!m_sized && m_model->rowCount() > 0) {
            // Once, from the first rows: wide enough for references and dates, the wallet shortened.
            m_sized = true;
            m_table->resizeColumnsToContents();
            m_table->setColumnWidth(DepositModel::Wallet, 190);
            m_table->setColumnWidth(DepositModel::Status, qMax(m_table->columnWidth(DepositModel::Status), 170));
        }
        // Keep the person's place: the same deposit stays selected after a reload (or the one just created).
        const qint64 want = m_selectAfterLoad ? m_selectAfterLoad : m_current;
        m_selectAfterLoad = 0;
        const int row = m_model->rowOfDeposit(want);
        if (row >= 0)
            m_table->selectRow(row);
        else if (m_current != 0) {
            m_current = 0;
            emit currentDepositChanged(0);
        }
        updateActions();
    });
    auto shown = [this]() {
        m_shown->setText(tr("Showing %1 of %2").arg(m_model->rowCount()).arg(m_model->total()));
    };
    connect(m_model, &DepositModel::loaded, this, shown);
    connect(m_model, &DepositModel::rowsInserted, this, shown);
    connect(m_model, &DepositModel::loadFailed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_service, &deposits::DepositService::countsReady, this, &DepositsPage::onCounts);
    connect(m_service, &deposits::DepositService::settingsReady, this, &DepositsPage::onSettings);
    connect(m_service, &deposits::DepositService::actionDone, this, &DepositsPage::onAction);
    connect(m_service, &deposits::DepositService::importDone, this, &DepositsPage::onImport);
    connect(m_service, &deposits::DepositService::depositsChanged, m_model, &DepositModel::reload);

    setTabOrder(m_reference, m_customer);
    setTabOrder(m_customer, m_minAmount);
    setTabOrder(m_minAmount, m_maxAmount);
    setTabOrder(m_maxAmount, m_useDates);
    setTabOrder(m_useDates, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_new);
    setTabOrder(m_new, m_import);
    setTabOrder(m_import, m_confirm);
    setTabOrder(m_confirm, m_mint);
    setTabOrder(m_mint, m_cancel);
    setTabOrder(m_cancel, m_table);
    updateActions();
    m_service->refreshCounts();
    m_service->refreshSettings();
}

void DepositsPage::buildFilterBar(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_reference->setObjectName(QStringLiteral("filterReference"));
    m_reference->setPlaceholderText(tr("D-2026…"));
    m_customer->setObjectName(QStringLiteral("filterCustomer"));
    m_customer->setPlaceholderText(tr("name"));
    m_minAmount->setObjectName(QStringLiteral("filterMinAmount"));
    m_maxAmount->setObjectName(QStringLiteral("filterMaxAmount"));
    m_minAmount->setPlaceholderText(tr("from"));
    m_maxAmount->setPlaceholderText(tr("to"));
    m_minAmount->setMaximumWidth(110);
    m_maxAmount->setMaximumWidth(110);
    m_useDates->setObjectName(QStringLiteral("filterUseDates"));
    m_useDates->setText(tr("Cre&ated"));
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to->setObjectName(QStringLiteral("filterTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addDays(-30));
    auto *refLabel = new QLabel(tr("Re&ference:"), bar);
    refLabel->setBuddy(m_reference);
    auto *custLabel = new QLabel(tr("C&ustomer:"), bar);
    custLabel->setBuddy(m_customer);
    auto *amountLabel = new QLabel(tr("Am&ount:"), bar);
    amountLabel->setBuddy(m_minAmount);
    auto *clear = new QPushButton(tr("Clear filters"), bar);
    clear->setObjectName(QStringLiteral("clearFilters"));
    row->addWidget(refLabel);
    row->addWidget(m_reference);
    row->addWidget(custLabel);
    row->addWidget(m_customer);
    row->addWidget(amountLabel);
    row->addWidget(m_minAmount);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_maxAmount);
    row->addWidget(m_useDates);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);
    row->addWidget(clear);
    row->addStretch(1);
    for (QLineEdit *e : {m_reference, m_customer, m_minAmount, m_maxAmount})
        connect(e, &QLineEdit::textChanged, this, &DepositsPage::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DepositsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &DepositsPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this]() {
        const QSignalBlocker b1(m_reference), b2(m_customer), b3(m_minAmount), b4(m_maxAmount), b5(m_useDates);
        m_reference->clear();
        m_customer->clear();
        m_minAmount->clear();
        m_maxAmount->clear();
        m_useDates->setChecked(false);
        m_from->setEnabled(false);
        m_to->setEnabled(false);
        for (QToolButton *b : std::as_const(m_countButtons)) {
            const QSignalBlocker block(b);
            b->setChecked(false);
        }
        applyFilter();
    });
}

deposits::DepositFilter DepositsPage::filterFromBar() const
{
    deposits::DepositFilter f;
    for (const QString &status : deposits::allStatuses())
        if (m_countButtons.value(status)->isChecked())
            f.statuses << status;
    f.referencePrefix = m_reference->text().trimmed();
    f.customer = m_customer->text().trimmed();
    // Amount bounds that are not numbers are ignored rather than sent (the field turns red).
    auto amount = [](QLineEdit *e) {
        const QString t = e->text().trimmed().replace(u',', u'.');
        const bool ok = t.isEmpty() || chain::U256::fromDecimal(t, 2).ok();
        e->setStyleSheet(ok ? QString() : QStringLiteral("border:2px solid #a31f1f;"));
        return ok ? t : QString();
    };
    f.minFiat = amount(m_minAmount);
    f.maxFiat = amount(m_maxAmount);
    if (m_useDates->isChecked()) {
        // Local calendar days, as the clerk reads them.
        f.createdFrom = m_from->date().startOfDay();
        f.createdTo = m_to->date().addDays(1).startOfDay();
    }
    return f;
}

void DepositsPage::applyFilter()
{
    m_banner->hide(); // an earlier action's message is not about what is shown next
    m_filterDelay->start();
}

void DepositsPage::refresh()
{
    m_model->reload();
    m_service->refreshCounts();
    m_service->refreshSettings();
}

void DepositsPage::setActionsPanel(QWidget *panel)
{
    auto *layout = m_panelHost->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (!panel) {
        m_panelHost->hide();
        return;
    }
    panel->setParent(m_panelHost);
    layout->addWidget(panel);
    m_panelHost->show();
}

const DepositRow *DepositsPage::currentRow() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    return i.isValid() ? m_model->rowAt(i.row()) : nullptr;
}

void DepositsPage::selectDeposit(qint64 depositId)
{
    const int row = m_model->rowOfDeposit(depositId);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

void DepositsPage::updateActions()
{
    const DepositRow *r = currentRow();
    const QString s = r ? r->status : QString();
    m_confirm->setEnabled(r && s == QLatin1String("submitted"));
    const bool mintable = r && oneOf(s, {"payment_confirmed", "cap_exceeded", "mint_failed"});
    m_mint->setEnabled(mintable && !m_settings.minting.paused);
    m_mint->setToolTip(m_settings.minting.paused ? tr("Minting is paused: %1").arg(m_settings.minting.reason)
                                                 : tr("Decide how this deposit is minted: directly, through the "
                                                      "Safe, or held by today's cap"));
    m_cancel->setEnabled(r && oneOf(s, {"submitted", "payment_confirmed", "mint_pending", "mint_failed",
                                        "mint_requires_safe", "cap_exceeded"}));
}

QString DepositsPage::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void DepositsPage::showMessage(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(error ? QStringLiteral("background:#fbe3e3;color:#7a1010;padding:8px;font-weight:bold;")
                                  : QStringLiteral("background:#e3f3e6;color:#14532d;padding:8px;"));
    m_banner->show();
}

void DepositsPage::onCounts(const QHash<QString, qint64> &counts, qint64)
{
    for (auto it = m_countButtons.begin(); it != m_countButtons.end(); ++it)
        it.value()->setText(tr("%1\n%2").arg(deposits::statusTitle(it.key())).arg(counts.value(it.key())));
}

void DepositsPage::onSettings(const deposits::DepositSettings &s)
{
    m_settings = s;
    const int dec = m_service->decimals();
    auto tokens = [dec](const QString &units) {
        const auto n = chain::U256::fromDecimal(units);
        return n ? n->toDecimal(dec) : units;
    };
    if (!s.cap.day.isValid()) {
        m_capLabel->clear();
    } else if (!s.cap.hasCap()) {
        m_capLabel->setText(tr("Issuance today (UTC %1): %2 tokens minted, %3 in flight — no daily cap set.")
                                .arg(s.cap.day.toString(Qt::ISODate), tokens(s.cap.minted), tokens(s.cap.inFlight)));
    } else {
        m_capLabel->setText(tr("Daily cap (UTC %1): %2 of %3 tokens used (%4 minted, %5 in flight) — %6 remaining.")
                                .arg(s.cap.day.toString(Qt::ISODate))
                                .arg(tokens((chain::U256::fromDecimal(s.cap.minted).valueOr(0) +
                                             chain::U256::fromDecimal(s.cap.inFlight).valueOr(0))
                                                .toDecimal()),
                                     tokens(s.cap.cap), tokens(s.cap.minted), tokens(s.cap.inFlight),
                                     tokens(s.cap.remaining)));
    }
    if (m_pauseButton)
        m_pauseButton->setText(s.minting.paused ? tr("Res&ume minting…") : tr("Pa&use minting…"));
    updateActions();
}

QString DepositsPage::askText(const QString &title, const QString &label, const QString &objectName,
                              const QString &initial)
{
    QInputDialog d(this);
    d.setObjectName(objectName);
    d.setWindowTitle(title);
    d.setLabelText(label);
    d.setTextValue(initial);
    d.setMinimumWidth(460);
    if (d.exec() != QDialog::Accepted)
        return {};
    return d.textValue().trimmed();
}

void DepositsPage::newDeposit()
{
    NewDepositDialog d(m_settings.rates, m_service->decimals(), this);
    if (d.exec() != QDialog::Accepted)
        return;
    m_pending.insert(m_service->create(d.deposit()), QStringLiteral("create"));
}

void DepositsPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import deposits"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void DepositsPage::importFile(const QString &path)
{
    QFile f(path);
    constexpr qint64 kMaxBytes = 20 * 1024 * 1024;
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, f.errorString()), true);
        return;
    }
    if (f.size() > kMaxBytes) {
        showMessage(tr("%1 is larger than 20 MB; split it into smaller files.").arg(path), true);
        return;
    }
    showMessage(tr("Importing %1…").arg(path), false);
    m_pending.insert(m_service->importCsv(f.readAll()), QStringLiteral("import"));
}

void DepositsPage::confirmPayment()
{
    const DepositRow *r = currentRow();
    if (!r)
        return;
    const QString id = askText(tr("Confirm payment"),
                               tr("Payment provider's transaction id for %1 (%2 %3 from %4), as shown on the provider's "
                                  "dashboard:")
                                   .arg(r->reference, r->fiatAmount, r->currency, r->customer),
                               QStringLiteral("paymentIdDialog"));
    if (!id.isEmpty())
        confirmPaymentWith(id);
}

void DepositsPage::confirmPaymentWith(const QString &paymentTxId)
{
    if (const DepositRow *r = currentRow())
        m_pending.insert(m_service->confirmPayment(r->id, paymentTxId), QStringLiteral("confirm"));
}

void DepositsPage::requestMint()
{
    if (const DepositRow *r = currentRow())
        m_pending.insert(m_service->requestMint(r->id), QStringLiteral("mint"));
}

void DepositsPage::cancelDeposit()
{
    const DepositRow *r = currentRow();
    if (!r)
        return;
    const QString reason = askText(tr("Cancel deposit"), tr("Why is %1 cancelled? (kept in the audit log)").arg(r->reference),
                                   QStringLiteral("cancelReasonDialog"));
    if (!reason.isEmpty())
        cancelWith(reason);
}

void DepositsPage::cancelWith(const QString &reason)
{
    if (const DepositRow *r = currentRow())
        m_pending.insert(m_service->cancel(r->id, reason), QStringLiteral("cancel"));
}

void DepositsPage::changeCap()
{
    const auto current = chain::U256::fromDecimal(m_settings.cap.cap);
    const QString tokens = askText(tr("Daily issuance cap"),
                                   tr("Tokens that may be minted per UTC day (0 for no cap). Raising it releases "
                                      "deposits held by the cap that now fit."),
                                   QStringLiteral("capDialog"),
                                   current ? current->toDecimal(m_service->decimals()) : QString());
    if (!tokens.isEmpty())
        m_pending.insert(m_service->setDailyCap(tokens), QStringLiteral("cap"));
}

void DepositsPage::toggleMintingPause()
{
    const bool pause = !m_settings.minting.paused;
    const QString reason = askText(pause ? tr("Pause minting") : tr("Resume minting"),
                                   pause ? tr("Why is minting paused? Every workstation shows this reason.")
                                         : tr("Why may minting resume?"),
                                   QStringLiteral("mintingReasonDialog"));
    if (!reason.isEmpty())
        m_pending.insert(m_service->setMintingPaused(pause, reason), QStringLiteral("minting"));
}

void DepositsPage::setRate()
{
    const QString currency =
        askText(tr("Token rate"), tr("Currency (three letters, e.g. EUR):"), QStringLiteral("rateCurrencyDialog"));
    if (currency.isEmpty())
        return;
    const auto current = chain::U256::fromDecimal(m_settings.rates.value(currency.toUpper()));
    const QString rate = askText(tr("Token rate"),
                                 tr("Tokens per 1 %1 (empty removes the currency):").arg(currency.toUpper()),
                                 QStringLiteral("rateDialog"),
                                 current ? current->toDecimal(m_service->decimals()) : QString());
    m_pending.insert(m_service->setTokenRate(currency, rate), QStringLiteral("rate"));
}

void DepositsPage::onAction(quint64 requestId, const deposits::ActionResult &result)
{
    if (!m_pending.contains(requestId))
        return; // another page's request
    const QString what = m_pending.take(requestId);
    showMessage(result.message, !result.ok);
    emit actionFinished(result.ok, result.message);
    if (!result.ok)
        return;
    if (what == QLatin1String("create"))
        m_selectAfterLoad = result.depositId; // selected once the reload shows it
    refresh();
}

void DepositsPage::onImport(quint64 requestId, const deposits::ImportReport &report)
{
    if (!m_pending.contains(requestId))
        return;
    m_pending.remove(requestId);
    if (report.error)
        showMessage(report.error->message, true);
    else if (report.committed)
        showMessage(tr("%n deposit(s) imported.", nullptr, report.accepted), false);
    else
        showMessage(tr("Nothing was imported: %n row(s) have problems. Fix them and import the whole file again.",
                       nullptr, report.rejected),
                    true);
    if (!report.rows.isEmpty())
        showImportReport(report);
    emit importReported(report);
    if (report.committed)
        refresh();
}

void DepositsPage::showImportReport(const deposits::ImportReport &report)
{
    auto *d = new QDialog(this);
    d->setObjectName(QStringLiteral("importReport"));
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setWindowTitle(tr("Import report"));
    auto *summary = new QLabel(d);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setWordWrap(true);
    summary->setText(report.committed
                         ? tr("All %n row(s) were imported, each as a new deposit.", nullptr, report.accepted)
                         : tr("Nothing was imported. %1 of %2 rows have problems; the other rows are fine. The "
                              "import is all or nothing, so a corrected file can be imported again without "
                              "creating any deposit twice.")
                               .arg(report.rejected)
                               .arg(report.rows.size()));
    auto *table = new QTableWidget(int(report.rows.size()), 4, d);
    table->setObjectName(QStringLiteral("importRows"));
    table->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Reason / reference"), tr("Row as read")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < report.rows.size(); ++i) {
        const deposits::ImportRow &r = report.rows.at(i);
        table->setItem(i, 0, new QTableWidgetItem(QString::number(r.line)));
        auto *result = new QTableWidgetItem(r.accepted ? (report.committed ? tr("Imported") : tr("OK"))
                                                       : tr("Rejected"));
        result->setForeground(r.accepted ? QColor(0x1e, 0x6b, 0x34) : QColor(0xa3, 0x1f, 0x1f));
        table->setItem(i, 1, result);
        table->setItem(i, 2, new QTableWidgetItem(r.accepted ? (report.committed ? r.reference
                                                                                : tr("No problem (not imported)"))
                                                            : r.problem));
        table->setItem(i, 3, new QTableWidgetItem(r.text));
    }
    table->resizeColumnsToContents();
    table->setColumnWidth(2, qMin(table->columnWidth(2), 640));
    table->setWordWrap(true);
    table->resizeRowsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, d);
    connect(buttons, &QDialogButtonBox::rejected, d, &QDialog::close);
    auto *layout = new QVBoxLayout(d);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    d->resize(1280, 460);
    d->show();
}

} // namespace vd::ui
