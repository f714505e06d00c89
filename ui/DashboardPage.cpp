#include "DashboardPage.h"

#include "chain/U256.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
const QColor kDeliveries(0x2e, 0x6d, 0xb4);
const QColor kMints(0xd9, 0x8c, 0x1f);

QString big(const QString &number, const QString &caption, const QString &sub)
{
    return QStringLiteral("<div style='font-size:26pt;font-weight:700;'>%1</div><div style='font-size:11pt;'>%2</div>"
                          "<div style='font-size:9pt;color:#555;'>%3</div>")
        .arg(number.toHtmlEscaped(), caption.toHtmlEscaped(), sub.toHtmlEscaped());
}
/// A coloured one-line state with up to two lines of explanation under it.
QString stateHtml(const QString &color, const QString &state, const QString &line, const QString &note = QString())
{
    QString html = QStringLiteral("<div style='font-size:18pt;font-weight:700;color:%1;'>%2</div>")
                       .arg(color, state.toHtmlEscaped());
    if (!line.isEmpty())
        html += QStringLiteral("<div style='font-size:11pt;'>%1</div>").arg(line.toHtmlEscaped());
    if (!note.isEmpty())
        html += QStringLiteral("<div style='font-size:9pt;color:#555;'>%1</div>").arg(note.toHtmlEscaped());
    return html;
}
const QString kGood = QStringLiteral("#1b5e20");
const QString kBad = QStringLiteral("#a33");
} // namespace

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent), m_day(new QLabel(this)), m_error(new QLabel(this)), m_created(tile(QStringLiteral("created"))),
      m_pending(tile(QStringLiteral("pending"))), m_valid(tile(QStringLiteral("valid"))),
      m_delivered(tile(QStringLiteral("delivered"))), m_expired(tile(QStringLiteral("expired"))),
      m_deposits(tile(QStringLiteral("deposits"))), m_listener(tile(QStringLiteral("listener"))),
      m_books(tile(QStringLiteral("books"))), m_incidents(tile(QStringLiteral("incidents"))),
      m_chart(new HourlyChart(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_day->setStyleSheet(QStringLiteral("font-size:15pt;font-weight:bold;"));
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setStyleSheet(QStringLiteral("background:#fdecea;color:#7a1212;padding:8px;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_deposits->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_incidents->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_created, 0, 0);
    grid->addWidget(m_pending, 0, 1);
    grid->addWidget(m_valid, 0, 2);
    grid->addWidget(m_delivered, 0, 3);
    grid->addWidget(m_expired, 0, 4);
    grid->addWidget(m_listener, 1, 0, 1, 2);
    grid->addWidget(m_books, 1, 2, 1, 3);
    grid->addWidget(m_deposits, 2, 0, 1, 2);
    grid->addWidget(m_incidents, 2, 2, 1, 3);
    for (int c = 0; c < 5; ++c)
        grid->setColumnStretch(c, 1);

    auto *chartTitle = new QLabel(tr("Deliveries and mints per hour today (UTC)"), this);
    chartTitle->setStyleSheet(QStringLiteral("font-size:12pt;font-weight:bold;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->addWidget(m_day);
    layout->addWidget(m_error);
    layout->addLayout(grid);
    layout->addWidget(chartTitle);
    layout->addWidget(m_chart, 1);
    showSnapshot({});
}

QLabel *DashboardPage::tile(const QString &objectName)
{
    auto *l = new QLabel(this);
    l->setObjectName(objectName);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    l->setMinimumHeight(96);
    l->setStyleSheet(QStringLiteral("QLabel{background:#ffffff;border:1px solid #d6d6d6;border-radius:6px;padding:8px;}"));
    return l;
}

void DashboardPage::showSnapshot(const dashboard::DashboardSnapshot &s)
{
    m_snapshot = s;
    const QLocale locale;
    m_day->setText(s.day.isValid() ? tr("Today, %1 (UTC)").arg(locale.toString(s.day, QLocale::LongFormat))
                                   : tr("Today"));
    m_error->setVisible(!s.error.isEmpty());
    m_error->setText(s.error);
    auto today = [&s](const QString &status) { return s.ordersToday.value(status); };
    auto total = [&s](const QString &status) { return s.ordersTotal.value(status); };
    qint64 createdToday = 0;
    qint64 createdTotal = 0;
    for (auto it = s.ordersToday.cbegin(); it != s.ordersToday.cend(); ++it)
        createdToday += it.value();
    for (auto it = s.ordersTotal.cbegin(); it != s.ordersTotal.cend(); ++it)
        createdTotal += it.value();
    const QString pendingKey = QStringLiteral("PENDING_CHAIN");
    const QString validKey = QStringLiteral("VALID");
    const QString deliveredKey = QStringLiteral("DELIVERED");
    const QString expiredKey = QStringLiteral("EXPIRED");
    const QString n = QStringLiteral("%L1");
    m_created->setText(big(n.arg(createdToday), tr("orders created"), tr("%L1 in total").arg(createdTotal)));
    m_pending->setText(big(n.arg(today(pendingKey)), tr("waiting for the chain"), tr("%L1 in total").arg(total(pendingKey))));
    m_valid->setText(big(n.arg(total(validKey)), tr("valid, not yet delivered"),
                         tr("%L1 created today").arg(today(validKey))));
    m_delivered->setText(big(n.arg(s.deliveredToday), tr("delivered today"), tr("%L1 in total").arg(total(deliveredKey))));
    m_expired->setText(big(n.arg(today(expiredKey)), tr("expired"), tr("%L1 in total").arg(total(expiredKey))));

    // Deposits per status, in the order of their life.
    const QList<QPair<QString, QString>> statuses = {
        {QStringLiteral("submitted"), tr("submitted")},
        {QStringLiteral("payment_confirmed"), tr("payment confirmed")},
        {QStringLiteral("mint_pending"), tr("mint pending")},
        {QStringLiteral("mint_processing"), tr("minting")},
        {QStringLiteral("minted"), tr("minted")},
        {QStringLiteral("mint_failed"), tr("mint failed")},
        {QStringLiteral("mint_requires_safe"), tr("waiting for the Safe")},
        {QStringLiteral("cap_exceeded"), tr("over the daily cap")},
        {QStringLiteral("cancelled"), tr("cancelled")},
    };
    QString deposits = QStringLiteral("<b style='font-size:12pt;'>%1</b><table cellspacing='2'>").arg(tr("Deposits").toHtmlEscaped());
    for (const auto &[key, label] : statuses) {
        const qint64 count = s.deposits.value(key);
        const bool attention = count > 0 && (key == QLatin1String("mint_failed") || key == QLatin1String("cap_exceeded"));
        deposits += QStringLiteral("<tr><td>%1</td><td align='right' style='padding-left:16px;%3'><b>%2</b></td></tr>")
                        .arg(label.toHtmlEscaped(), locale.toString(count),
                             attention ? QStringLiteral("color:#a33;") : QString());
    }
    deposits += QStringLiteral("</table>");
    m_deposits->setText(deposits);

    if (s.listeners.isEmpty()) {
        m_listener->setText(big(tr("—"), tr("chain listener"), tr("no listener has reported")));
    } else {
        const dashboard::ListenerRow &l = s.listeners.first();
        const qint64 age = l.heartbeatAt.isValid() ? l.heartbeatAt.secsTo(QDateTime::currentDateTimeUtc()) : -1;
        const bool ok = l.healthy && age >= 0 && age < 60;
        m_listener->setText(stateHtml(ok ? kGood : kBad,
                                      ok ? tr("✔ listener %1").arg(l.state) : tr("✖ listener needs attention"),
                                      tr("%L1 blocks behind").arg(std::max<qint64>(0, l.lagBlocks)),
                                      l.lastError.isEmpty() ? tr("led by %1").arg(l.leader) : l.lastError));
    }
    if (s.unmatchedMints == 0) {
        m_books->setText(stateHtml(kGood, tr("✔ every on-chain mint is in the books"), QString(),
                                   tr("Supply against the books: see Reconciliation.")));
    } else {
        const auto amount = chain::U256::fromDecimal(s.unmatchedAmountBase);
        m_books->setText(stateHtml(kBad, tr("✖ %n on-chain mint(s) not in the books", nullptr, int(s.unmatchedMints)),
                                   tr("%1 tokens — record them on the Reconciliation page.")
                                       .arg(amount ? amount->toDecimal(18) : s.unmatchedAmountBase)));
    }
    QString incidents = QStringLiteral("<b style='font-size:12pt;'>%1</b><br>").arg(tr("Open incidents").toHtmlEscaped());
    if (s.incidents.isEmpty())
        incidents += tr("None.").toHtmlEscaped();
    for (const dashboard::IncidentRow &i : s.incidents)
        incidents += QStringLiteral("%1 — <b>%2</b> %3<br>")
                         .arg(locale.toString(i.at.toLocalTime(), QLocale::ShortFormat).toHtmlEscaped(),
                              i.kind.toHtmlEscaped(), i.details.left(120).toHtmlEscaped());
    m_incidents->setText(incidents);
    m_chart->setSeries(s.deliveriesPerHour, s.mintsPerHour);
}

HourlyChart::HourlyChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hourlyChart"));
    setMinimumHeight(180);
    setAccessibleName(tr("Deliveries and mints per hour"));
}

void HourlyChart::setSeries(const std::array<int, 24> &first, const std::array<int, 24> &second)
{
    m_first = first;
    m_second = second;
    update();
}

void HourlyChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const QFontMetrics fm = fontMetrics();
    const int legend = fm.height() + 8;
    const QRectF area(40, legend + 6, width() - 52, height() - legend - fm.height() - 16);
    int top = 1;
    for (int h = 0; h < 24; ++h)
        top = std::max({top, m_first[size_t(h)], m_second[size_t(h)]});
    // A round top for the scale: 4, 8, 20, 40, 80, 200, ... (four gridlines with whole steps).
    int scale = 4;
    const int steps[] = {1, 2, 5};
    for (int mag = 4; scale < top; mag *= 10)
        for (int step : steps)
            if (scale < top)
                scale = step * mag;
    p.setPen(QColor(0xdd, 0xdd, 0xdd));
    for (int i = 0; i <= 4; ++i) {
        const qreal y = area.bottom() - area.height() * i / 4;
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, y - fm.height() / 2.0, area.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale().toString(scale * i / 4));
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
    }
    const qreal slot = area.width() / 24;
    const qreal bar = std::max<qreal>(2, slot * 0.36);
    for (int h = 0; h < 24; ++h) {
        const qreal x = area.left() + slot * h + slot * 0.12;
        const qreal h1 = area.height() * m_first[size_t(h)] / scale;
        const qreal h2 = area.height() * m_second[size_t(h)] / scale;
        p.fillRect(QRectF(x, area.bottom() - h1, bar, h1), kDeliveries);
        p.fillRect(QRectF(x + bar, area.bottom() - h2, bar, h2), kMints);
        if (h % 3 == 0) {
            p.setPen(QColor(0x33, 0x33, 0x33));
            p.drawText(QRectF(area.left() + slot * h, area.bottom() + 4, slot * 3, fm.height()), Qt::AlignLeft,
                       QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
        }
    }
    // Legend.
    int x = int(area.left());
    for (const auto &[color, text] : {std::pair{kDeliveries, tr("Deliveries")}, std::pair{kMints, tr("Mints")}}) {
        p.fillRect(QRect(x, 4, 14, 14), color);
        p.setPen(Qt::black);
        p.drawText(QPoint(x + 20, 4 + fm.ascent()), text);
        x += 20 + fm.horizontalAdvance(text) + 24;
    }
}

} // namespace vd::ui
