#include "orders/OrderDetailPanel.h"

#include "scan/PayloadParser.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vd::ui {

QString statusColour(const QString &status)
{
    if (status == QLatin1String("VALID"))
        return QStringLiteral("#107c10");
    if (status == QLatin1String("DELIVERED"))
        return QStringLiteral("#0063b1");
    if (status == QLatin1String("PENDING_CHAIN") || status == QLatin1String("UNDERPAID"))
        return QStringLiteral("#b35c00");
    if (status == QLatin1String("CANCELLED"))
        return QStringLiteral("#a4262c");
    return QStringLiteral("#505050");
}

OrderDetailPanel::OrderDetailPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_facts(new QLabel(this)), m_timeline(new QTreeWidget(this)),
      m_verdict(new QLabel(this)), m_reverify(new QPushButton(tr("Re-&verify on chain"), this)),
      m_qr(new QPushButton(tr("&QR code…"), this)), m_cancel(new QPushButton(tr("Ca&ncel order…"), this))
{
    setObjectName(QStringLiteral("orderDetail"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(false);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_title->setTextFormat(Qt::RichText);
    m_facts->setObjectName(QStringLiteral("detailFacts"));
    m_facts->setWordWrap(false);
    m_facts->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeline->setObjectName(QStringLiteral("detailTimeline"));
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("When"), tr("What happened"), tr("Details")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(false);
    m_timeline->setMinimumHeight(140);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setStretchLastSection(true);
    m_verdict->setObjectName(QStringLiteral("recheckVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reverify->setObjectName(QStringLiteral("reverify"));
    m_qr->setObjectName(QStringLiteral("showQr"));
    m_cancel->setObjectName(QStringLiteral("cancelOrder"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reverify);
    buttons->addWidget(m_qr);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_timeline, 1);
    connect(m_reverify, &QPushButton::clicked, this, &OrderDetailPanel::reverifyRequested);
    connect(m_qr, &QPushButton::clicked, this, &OrderDetailPanel::qrRequested);
    connect(m_cancel, &QPushButton::clicked, this, &OrderDetailPanel::cancelRequested);
    clear();
}

void OrderDetailPanel::clear()
{
    m_detail = {};
    m_title->setText(QStringLiteral("<span style='font-size:14pt;color:#505050'>%1</span>")
                         .arg(tr("Select an order to see its timeline.").toHtmlEscaped()));
    m_facts->clear();
    m_timeline->clear();
    m_verdict->clear();
    m_reverify->setEnabled(false);
    m_qr->setEnabled(false);
    m_cancel->setEnabled(false);
}

void OrderDetailPanel::setLoading()
{
    m_timeline->clear();
    m_verdict->clear();
    m_facts->setText(tr("Loading…"));
}

void OrderDetailPanel::setDetail(const office::OrderDetail &d)
{
    m_detail = d;
    const office::OrderRow &o = d.order;
    const QString code = scan::PayloadParser::canonicalPayload(o.hash);
    m_title->setText(QStringLiteral("<span style='font-size:20pt;font-weight:700;color:%1'>%2</span>"
                                    "&nbsp;&nbsp;<span style='font-size:13pt'>%3</span>")
                         .arg(statusColour(o.status), o.status.toHtmlEscaped(), o.item.toHtmlEscaped()));
    auto when = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    QString facts = QStringLiteral("<table cellspacing='2'>");
    auto row = [&facts](const QString &label, const QString &value) {
        if (!value.isEmpty())
            facts += QStringLiteral("<tr><td style='color:#505050;padding-right:12px'>%1</td><td>%2</td></tr>")
                         .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Code"), QStringLiteral("<span style='font-family:monospace'>%1</span>").arg(code));
    row(tr("Tokens due"), o.amount.toHtmlEscaped());
    row(tr("Customer"),
        QStringList{o.customerName, o.customerPhone}.join(QStringLiteral("  ")).trimmed().toHtmlEscaped());
    row(tr("Valid until"), when(o.expiresAt).toHtmlEscaped());
    if (!d.redeemTx.isEmpty())
        row(tr("Redemption"), tr("%1 tokens from %2 — transaction <span style='font-family:monospace'>%3</span>, block "
                                 "%4, %5 confirmations")
                                  .arg(d.redeemAmount.toHtmlEscaped(), d.redeemer.toHtmlEscaped(),
                                       QStringLiteral("0x") + QString::fromLatin1(d.redeemTx.toHex()))
                                  .arg(d.redeemBlock)
                                  .arg(o.confirmations));
    else
        row(tr("Redemption"), tr("none seen on chain yet"));
    if (!d.cancelReason.isEmpty())
        row(tr("Cancelled because"), d.cancelReason.toHtmlEscaped());
    facts += QStringLiteral("</table>");
    m_facts->setText(facts);

    m_timeline->clear();
    for (const office::TimelineEvent &e : d.timeline) {
        auto *item = new QTreeWidgetItem(m_timeline, {when(e.at), e.title, e.detail});
        item->setData(0, Qt::UserRole, e.kind);
        item->setToolTip(1, e.title);
        item->setToolTip(2, e.detail);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
    m_timeline->setColumnWidth(1, std::min(std::max(260, m_timeline->columnWidth(1)), 520));
    m_verdict->clear();
    const bool open = o.status != QLatin1String("DELIVERED") && o.status != QLatin1String("CANCELLED");
    m_reverify->setEnabled(true);
    m_qr->setEnabled(true);
    m_cancel->setEnabled(open);
    m_cancel->setToolTip(open ? QString() : tr("A %1 order cannot be cancelled.").arg(o.status));
}

void OrderDetailPanel::setReverifying()
{
    m_reverify->setEnabled(false);
    m_verdict->setText(tr("Asking the blockchain…"));
}

void OrderDetailPanel::setRecheckResult(const orders::RecheckResult &r)
{
    m_reverify->setEnabled(hasOrder());
    QString headline;
    QString colour;
    QString words;
    switch (r.outcome) {
    case orders::RecheckOutcome::Confirmed:
        colour = QStringLiteral("#107c10");
        headline = tr("CONFIRMED ON CHAIN");
        words = tr("The redemption transaction succeeded, it redeems exactly this order code with our token, and its "
                   "block is on the main chain. The customer paid.");
        break;
    case orders::RecheckOutcome::Contradicted:
        if (r.code == QLatin1String("recheck.no_redemption") &&
            (m_detail.order.status == QLatin1String("CREATED") || m_detail.order.status == QLatin1String("EXPIRED") ||
             m_detail.order.status == QLatin1String("CANCELLED"))) {
            // Nobody claimed it was paid: the chain agrees with the books.
            colour = QStringLiteral("#505050");
            headline = tr("NOT REDEEMED ON CHAIN");
            words = tr("The blockchain has no redemption for this order code: the customer has not paid for it yet.");
            break;
        }
        colour = QStringLiteral("#a4262c");
        headline = tr("NOT CONFIRMED — the chain contradicts the books");
        if (r.code == QLatin1String("recheck.no_redemption"))
            words = tr("The blockchain has no redemption for this order code: the customer has not paid for it.");
        else if (r.code == QLatin1String("recheck.no_receipt"))
            words = tr("The recorded redemption transaction is not on the blockchain.");
        else if (r.code == QLatin1String("recheck.reverted"))
            words = tr("The recorded redemption transaction failed on the blockchain: nothing was paid.");
        else if (r.code == QLatin1String("recheck.no_log"))
            words = tr("The recorded transaction does not redeem this order code with our token.");
        else if (r.code == QLatin1String("recheck.reorged"))
            words = tr("The block that held the redemption is no longer on the main chain (reorganisation).");
        else
            words = r.message;
        words += u' ' + tr("Do not hand anything over for this order until it is cleared up.");
        break;
    case orders::RecheckOutcome::Unreachable:
        colour = QStringLiteral("#b35c00");
        headline = tr("COULD NOT CHECK");
        words = r.code == QLatin1String("recheck.not_configured")
                    ? tr("No blockchain endpoint or token is configured on this workstation (Settings).")
                    : tr("The blockchain did not answer in time. Try again in a minute or check the endpoint "
                         "settings.");
        break;
    }
    m_verdict->setText(QStringLiteral("<div style='border:2px solid %1;padding:6px'>"
                                      "<span style='font-size:15pt;font-weight:700;color:%1'>%2</span><br>%3</div>")
                           .arg(colour, headline.toHtmlEscaped(), words.toHtmlEscaped()));
}

} // namespace vd::ui
