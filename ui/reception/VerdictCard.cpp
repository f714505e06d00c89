#include "reception/VerdictCard.h"

#include "reception/VerdictIconPainter.h"

#include <QPainter>
#include <QPainterPath>
#include <QResizeEvent>
#include <algorithm>

namespace vd::ui {

namespace {

// Largest pixel size <= `start` at which `text` fits `width` on one line.
QFont fitOneLine(QFont font, const QString &text, qreal start, qreal width)
{
    qreal px = start;
    for (; px > 10; px *= 0.92) {
        font.setPixelSize(static_cast<int>(px));
        if (QFontMetricsF(font).horizontalAdvance(text) <= width)
            break;
    }
    return font;
}

// Draws wrapped text at `px` (shrinking until it fits `rect`), returns the height used.
qreal drawWrapped(QPainter &p, QFont font, qreal px, const QRectF &rect, const QString &text, int align)
{
    if (text.isEmpty() || rect.height() <= 0)
        return 0;
    QRectF used;
    for (; px > 9; px *= 0.92) {
        font.setPixelSize(static_cast<int>(px));
        used = QFontMetricsF(font).boundingRect(rect, align | Qt::TextWordWrap, text);
        if (used.height() <= rect.height())
            break;
    }
    p.setFont(font);
    p.drawText(rect, align | Qt::TextWordWrap, text);
    return std::min(used.height(), rect.height());
}

} // namespace

VerdictCard::VerdictCard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("verdictCard"));
    setMinimumSize(480, 360);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        if (m_look.holdSeconds > 0 && secondsLeft() <= 0) {
            m_tick.stop();
            emit expired();
        }
        update();
    });
}

void VerdictCard::show(const VerdictLook &look)
{
    m_look = look;
    m_shownAt.start();
    if (look.holdSeconds > 0)
        m_tick.start();
    else
        m_tick.stop();
    setAccessibleName(look.word);
    setAccessibleDescription(look.headline + QLatin1Char('\n') + look.instruction);
    layoutBottom();
    update();
}

int VerdictCard::secondsLeft() const
{
    if (m_look.holdSeconds <= 0 || !m_shownAt.isValid())
        return 0;
    const qint64 left = m_look.holdSeconds * 1000LL - m_shownAt.elapsed();
    return static_cast<int>(std::max<qint64>(0, (left + 999) / 1000));
}

void VerdictCard::setBottomWidget(QWidget *widget)
{
    m_bottom = widget;
    m_bottom->setParent(this);
    layoutBottom();
}

void VerdictCard::setLargeFonts(bool on)
{
    m_large = on;
    update();
}

void VerdictCard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBottom();
}

void VerdictCard::layoutBottom()
{
    if (!m_bottom)
        return;
    const int margin = std::max(16, width() / 40);
    const int h = m_bottom->sizeHint().height();
    // above the countdown strip (its words and bar take the bottom ~40 px)
    const int strip = static_cast<int>(margin * 0.6) + 6 + 34;
    m_bottom->setGeometry(margin, height() - strip - h, width() - 2 * margin, h);
}

void VerdictCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QRectF all = rect();
    const qreal margin = std::max<qreal>(16, all.width() / 40);
    QPainterPath bg;
    bg.addRoundedRect(all.adjusted(4, 4, -4, -4), 18, 18);
    p.fillPath(bg, m_look.background.isValid() ? m_look.background : palette().window().color());
    const QColor fg = m_look.foreground.isValid() ? m_look.foreground : palette().windowText().color();
    p.setPen(fg);

    const qreal scale = m_large ? 1.15 : 1.0;
    const qreal h = all.height();
    QRectF area = all.adjusted(margin, margin, -margin, -margin);
    if (m_bottom && m_bottom->isVisible())
        area.setBottom(m_bottom->geometry().top() - margin / 2);
    area.setBottom(area.bottom() - 24); // countdown strip

    // Icon and the huge word on one row.
    const qreal rowH = std::min(h * 0.2, area.width() * 0.16) * scale;
    const QRectF iconRect(area.left(), area.top(), rowH, rowH);
    VerdictIconPainter::paint(p, iconRect, m_look.icon, fg);
    const qreal wordLeft = m_look.icon == VerdictLook::Icon::None ? area.left() : iconRect.right() + margin;
    QFont wordFont = font();
    wordFont.setBold(true);
    wordFont.setLetterSpacing(QFont::PercentageSpacing, 104);
    wordFont = fitOneLine(wordFont, m_look.word, rowH * 0.78, area.right() - wordLeft);
    p.setFont(wordFont);
    p.drawText(QRectF(wordLeft, area.top(), area.right() - wordLeft, rowH), Qt::AlignLeft | Qt::AlignVCenter,
               m_look.word);

    qreal y = area.top() + rowH + margin;
    QFont headFont = font();
    headFont.setBold(true);
    y += drawWrapped(p, headFont, h * 0.075 * scale, QRectF(area.left(), y, area.width(), area.bottom() - y),
                     m_look.headline, Qt::AlignLeft | Qt::AlignTop);
    y += margin * 0.6;
    QFont instrFont = font();
    y += drawWrapped(p, instrFont, h * 0.05 * scale, QRectF(area.left(), y, area.width(), area.bottom() - y),
                     m_look.instruction, Qt::AlignLeft | Qt::AlignTop);
    y += margin * 0.6;
    QFont detailFont = font();
    QColor soft = fg;
    soft.setAlphaF(0.85);
    p.setPen(soft);
    drawWrapped(p, detailFont, h * 0.036 * scale, QRectF(area.left(), y, area.width(), area.bottom() - y),
                m_look.details.join(QLatin1Char('\n')), Qt::AlignLeft | Qt::AlignTop);

    // Countdown: a thin bar along the bottom and the seconds in words.
    if (m_look.holdSeconds > 0) {
        const int left = secondsLeft();
        const qreal frac =
            std::clamp((m_look.holdSeconds * 1000.0 - m_shownAt.elapsed()) / (m_look.holdSeconds * 1000.0), 0.0, 1.0);
        const QRectF track(margin, all.bottom() - margin * 0.6 - 6, all.width() - 2 * margin, 6);
        QColor dim = fg;
        dim.setAlphaF(0.25);
        p.fillRect(track, dim);
        p.fillRect(QRectF(track.left(), track.top(), track.width() * frac, track.height()), fg);
        QFont small = font();
        small.setPixelSize(std::max(13, static_cast<int>(h * 0.026)));
        p.setFont(small);
        p.setPen(fg);
        p.drawText(QRectF(margin, track.top() - 26, all.width() - 2 * margin, 22), Qt::AlignRight | Qt::AlignBottom,
                   tr("Back to ready in %n s", nullptr, left));
    }
}

} // namespace vd::ui
