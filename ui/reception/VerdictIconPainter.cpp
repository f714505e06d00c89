#include "reception/VerdictIconPainter.h"

#include <QPainter>
#include <QPainterPath>

namespace vd::ui {

void VerdictIconPainter::paint(QPainter &p, const QRectF &sq, VerdictLook::Icon icon, const QColor &colour)
{
    if (icon == VerdictLook::Icon::None || sq.width() < 4)
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = sq.width();
    const qreal stroke = s * 0.09;
    QPen pen(colour, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QRectF ring = sq.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    auto pt = [&](qreal x, qreal y) { return QPointF(sq.left() + x * s, sq.top() + y * s); };

    switch (icon) {
    case VerdictLook::Icon::None:
        break;
    case VerdictLook::Icon::Check:
        p.drawEllipse(ring);
        p.drawPolyline(QList<QPointF>{pt(0.27, 0.52), pt(0.43, 0.68), pt(0.74, 0.35)});
        break;
    case VerdictLook::Icon::DoubleCheck:
        p.drawEllipse(ring);
        p.drawPolyline(QList<QPointF>{pt(0.18, 0.52), pt(0.32, 0.66), pt(0.58, 0.36)});
        p.drawPolyline(QList<QPointF>{pt(0.44, 0.62), pt(0.48, 0.66), pt(0.80, 0.36)});
        break;
    case VerdictLook::Icon::Cross:
        p.drawEllipse(ring);
        p.drawLine(pt(0.33, 0.33), pt(0.67, 0.67));
        p.drawLine(pt(0.67, 0.33), pt(0.33, 0.67));
        break;
    case VerdictLook::Icon::Warning: {
        QPainterPath tri;
        tri.moveTo(pt(0.5, 0.06));
        tri.lineTo(pt(0.95, 0.90));
        tri.lineTo(pt(0.05, 0.90));
        tri.closeSubpath();
        p.drawPath(tri);
        p.drawLine(pt(0.5, 0.36), pt(0.5, 0.62));
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(pt(0.5, 0.76), stroke * 0.6, stroke * 0.6);
        break;
    }
    case VerdictLook::Icon::Clock:
        p.drawEllipse(ring);
        p.drawLine(pt(0.5, 0.5), pt(0.5, 0.24));
        p.drawLine(pt(0.5, 0.5), pt(0.68, 0.62));
        break;
    case VerdictLook::Icon::Question: {
        p.drawEllipse(ring);
        QPainterPath q;
        q.moveTo(pt(0.36, 0.38));
        q.cubicTo(pt(0.36, 0.20), pt(0.66, 0.20), pt(0.64, 0.38));
        q.cubicTo(pt(0.63, 0.50), pt(0.50, 0.50), pt(0.50, 0.60));
        p.drawPath(q);
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(pt(0.5, 0.75), stroke * 0.6, stroke * 0.6);
        break;
    }
    case VerdictLook::Icon::Unplugged: {
        // a database cylinder, struck through
        const qreal l = 0.24, r = 0.76, top = 0.16, bottom = 0.84, eh = 0.14;
        p.drawEllipse(QRectF(pt(l, top), pt(r, top + eh)));
        p.drawLine(pt(l, top + eh / 2), pt(l, bottom - eh / 2));
        p.drawLine(pt(r, top + eh / 2), pt(r, bottom - eh / 2));
        p.drawArc(QRectF(pt(l, bottom - eh), pt(r, bottom)), 180 * 16, 180 * 16);
        p.drawArc(QRectF(pt(l, 0.5 - eh / 2), pt(r, 0.5 + eh / 2)), 180 * 16, 180 * 16);
        QPen strike = pen;
        strike.setWidthF(stroke * 1.1);
        p.setPen(strike);
        p.drawLine(pt(0.10, 0.92), pt(0.90, 0.08));
        break;
    }
    case VerdictLook::Icon::Scan:
        // viewfinder corners around a small QR-like square
        for (const auto &c : {std::pair{0.1, 0.1}, std::pair{0.9, 0.1}, std::pair{0.1, 0.9}, std::pair{0.9, 0.9}}) {
            const qreal dx = c.first < 0.5 ? 0.2 : -0.2;
            const qreal dy = c.second < 0.5 ? 0.2 : -0.2;
            p.drawPolyline(
                QList<QPointF>{pt(c.first + dx, c.second), pt(c.first, c.second), pt(c.first, c.second + dy)});
        }
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(pt(0.34, 0.34), pt(0.47, 0.47)));
        p.drawRect(QRectF(pt(0.53, 0.34), pt(0.66, 0.47)));
        p.drawRect(QRectF(pt(0.34, 0.53), pt(0.47, 0.66)));
        p.drawRect(QRectF(pt(0.56, 0.56), pt(0.63, 0.63)));
        break;
    case VerdictLook::Icon::Hourglass:
        p.drawPolyline(QList<QPointF>{pt(0.25, 0.1), pt(0.75, 0.1), pt(0.25, 0.9), pt(0.75, 0.9), pt(0.25, 0.1)});
        break;
    }
    p.restore();
}

} // namespace vd::ui
