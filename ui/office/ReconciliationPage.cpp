#include "office/ReconciliationPage.h"

#include "office/OfficeService.h"
#include "office/ReasonDialog.h"
#include "office/ReconciliationService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vd::ui {

ReconciliationPage::ReconciliationPage(office::OfficeService *office, const office::SupplySettings &supply,
                                       QWidget *parent)
    : QWidget(parent), m_service(new office::ReconciliationService(office, supply, this)),
      m_invariant(new QLabel(this)), m_figures(new QLabel(this)), m_banner(new QLabel(this)),
      m_unmatched(new QTableWidget(0, 5, this)), m_refresh(new QPushButton(tr("&Refresh"), this)),
      m_record(new QPushButton(tr("Record reconciliation &entry…"), this))
{
    setObjectName(QStringLiteral("reconciliationPage"));
    m_invariant->setObjectName(QStringLiteral("invariant"));
    m_invariant->setTextFormat(Qt::RichText);
    m_invariant->setWordWrap(true);
    m_invariant->setMinimumHeight(90);
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setObjectName(QStringLiteral("reconciliationBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_unmatched->setObjectName(QStringLiteral("unmatchedMints"));
    m_unmatched->setHorizontalHeaderLabels({tr("Block"), tr("When"), tr("Transaction"), tr("Minted to"), tr("Tokens")});
    m_unmatched->verticalHeader()->hide();
    m_unmatched->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unmatched->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unmatched->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unmatched->setAlternatingRowColors(true);
    m_unmatched->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setObjectName(QStringLiteral("refreshReconciliation"));
    m_record->setObjectName(QStringLiteral("recordReconciliation"));
    m_record->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Reconciliation").toHtmlEscaped()), this));
    top->addStretch(1);
    top->addWidget(m_refresh);
    layout->addLayout(top);
    auto *rule = new QLabel(tr("The rule of the operations runbook: tokens on chain = tokens the books minted − tokens "
                               "redeemed + reconciliation entries."),
                            this);
    rule->setWordWrap(true);
    layout->addWidget(rule);
    layout->addWidget(m_invariant);
    layout->addWidget(m_banner);
    layout->addWidget(m_figures);
    auto *listTitle = new QLabel(
        QStringLiteral("<h3>%1</h3>").arg(tr("On-chain mints without a deposit or mint record").toHtmlEscaped()), this);
    layout->addWidget(listTitle);
    layout->addWidget(m_unmatched, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_record);
    layout->addLayout(bottom);

    connect(m_refresh, &QPushButton::clicked, this, &ReconciliationPage::refresh);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &ReconciliationPage::refresh);
    connect(m_record, &QPushButton::clicked, this, &ReconciliationPage::recordSelected);
    connect(m_unmatched, &QTableWidget::itemSelectionChanged, this,
            [this]() { m_record->setEnabled(!m_unmatched->selectedItems().isEmpty()); });
    connect(m_service, &office::ReconciliationService::reportReady, this, &ReconciliationPage::showReport);
    connect(m_service, &office::ReconciliationService::failed, this, [this](const QString &message) {
        m_refresh->setEnabled(true);
        showBanner(message, true);
        emit refreshed();
    });
    connect(m_service, &office::ReconciliationService::recorded, this, [this](qint64 entry) {
        showBanner(tr("Reconciliation entry %1 recorded.").arg(entry), false);
        refresh();
    });
}

void ReconciliationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void ReconciliationPage::refresh()
{
    m_loadedOnce = true;
    m_refresh->setEnabled(false);
    m_service->refresh();
}

void ReconciliationPage::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem
                                ? QStringLiteral("background:#fde7e9;color:#a4262c;padding:6px;border-radius:4px;")
                                : QStringLiteral("background:#dff6dd;color:#0b5a0b;padding:6px;border-radius:4px;"));
    m_banner->setVisible(!text.isEmpty());
}

void ReconciliationPage::showReport(const office::ReconciliationReport &r)
{
    m_report = r;
    m_refresh->setEnabled(true);
    auto tokens = [&r](const QString &base) { return office::formatTokens(base, r.decimals); };
    QString colour;
    QString headline;
    QString sub;
    if (!r.supplyKnown) {
        colour = QStringLiteral("#b35c00");
        headline = tr("CANNOT CHECK");
        sub = tr("The on-chain supply could not be read: %1").arg(r.supplyError);
    } else if (r.holds) {
        colour = QStringLiteral("#107c10");
        headline = tr("HOLDS");
        sub = tr("Every token on chain is accounted for (at block %1).").arg(r.listenerBlock);
    } else {
        colour = QStringLiteral("#a4262c");
        const bool more = !r.differenceBase.startsWith(u'-');
        headline = tr("BREAKS BY %1 tokens").arg(tokens(r.differenceBase));
        sub = more ? tr("There are %1 more tokens on chain than the books account for.").arg(tokens(r.differenceBase))
                   : tr("There are %1 fewer tokens on chain than the books account for.")
                         .arg(tokens(r.differenceBase.mid(1)));
    }
    m_invariant->setText(QStringLiteral("<div style='border:3px solid %1;padding:10px'>"
                                        "<span style='font-size:28pt;font-weight:800;color:%1'>%2</span><br>"
                                        "<span style='font-size:12pt'>%3</span></div>")
                             .arg(colour, headline.toHtmlEscaped(), sub.toHtmlEscaped()));
    QString figures = QStringLiteral("<table cellspacing='3'>");
    auto row = [&figures](const QString &label, const QString &value, bool strong = false) {
        figures += QStringLiteral("<tr><td style='padding-right:24px'>%1</td><td align='right'>%2</td></tr>")
                       .arg(label.toHtmlEscaped(),
                            strong ? QStringLiteral("<b>%1</b>").arg(value.toHtmlEscaped()) : value.toHtmlEscaped());
    };
    const QString block = r.listenerBlock >= 0 ? QString::number(r.listenerBlock) : tr("none yet");
    row(tr("On-chain total supply (at the listener's block %1)").arg(block),
        r.supplyKnown ? tokens(r.supplyBase) : tr("unknown"), true);
    row(tr("On-chain minted (listener)"), tokens(r.onchainMintedBase));
    row(tr("On-chain burned (listener)"), tokens(r.onchainBurnedBase));
    row(tr("Minted according to the books (deposits and mint records)"), tokens(r.dbMintedBase));
    row(tr("Redeemed for orders"), QStringLiteral("− ") + tokens(r.redeemedBase));
    row(tr("Reconciliation entries (%n)", nullptr, r.entries), QStringLiteral("+ ") + tokens(r.reconciledBase));
    row(tr("Expected on chain"), tokens(r.expectedBase), true);
    if (r.supplyKnown)
        row(tr("Difference (on chain − expected)"), tokens(r.differenceBase), true);
    figures += QStringLiteral("</table>");
    m_figures->setText(figures);

    m_unmatched->setRowCount(int(r.unmatched.size()));
    for (int i = 0; i < r.unmatched.size(); ++i) {
        const office::UnmatchedMint &m = r.unmatched.at(i);
        const QString tx = QStringLiteral("0x") + QString::fromLatin1(m.txHash.toHex());
        m_unmatched->setItem(i, 0, new QTableWidgetItem(QString::number(m.block)));
        m_unmatched->setItem(i, 1,
                             new QTableWidgetItem(m.at.isValid()
                                                      ? QLocale().toString(m.at.toLocalTime(), QLocale::ShortFormat)
                                                      : QString()));
        auto *txItem = new QTableWidgetItem(tx.left(18) + u'…');
        txItem->setToolTip(tx);
        m_unmatched->setItem(i, 2, txItem);
        m_unmatched->setItem(i, 3, new QTableWidgetItem(m.account));
        auto *amount = new QTableWidgetItem(m.amount);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_unmatched->setItem(i, 4, amount);
    }
    m_unmatched->resizeColumnsToContents();
    m_record->setEnabled(!m_unmatched->selectedItems().isEmpty());
    emit refreshed();
}

void ReconciliationPage::recordSelected()
{
    const int row = m_unmatched->currentRow();
    if (row < 0 || row >= m_report.unmatched.size())
        return;
    const office::UnmatchedMint m = m_report.unmatched.at(row);
    auto *dialog = new ReasonDialog(
        tr("Record reconciliation entry"),
        tr("Transaction 0x%1 minted %2 tokens to %3 in block %4, and no deposit or mint record of the app matches it. "
           "Record why (who made it and what for), so the books account for these tokens.")
            .arg(QString::fromLatin1(m.txHash.toHex()), m.amount, m.account)
            .arg(m.block),
        tr("&Record entry"), 5, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, m]() { m_service->record(m.txHash, m.amountBase, dialog->reason()); });
    dialog->open();
}

} // namespace vd::ui
