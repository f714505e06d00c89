#include "reception/CameraPreview.h"

#include <QPainter>

namespace vd::ui {

CameraPreview::CameraPreview(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cameraPreview"));
    setMinimumSize(240, 135);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_pending.setSingleShot(true);
    connect(&m_pending, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void CameraPreview::setFrame(const QVideoFrame &frame)
{
    m_frame = frame;
    if (!m_pending.isActive()) {
        const qint64 since = m_lastPaint.isValid() ? m_lastPaint.elapsed() : 1000;
        m_pending.start(static_cast<int>(std::max<qint64>(0, 100 - since)));
    }
}

void CameraPreview::setMessage(const QString &text)
{
    m_message = text;
    update();
}

void CameraPreview::setLastScanOk(bool ok)
{
    m_flashOk = ok;
    m_flash.start();
    update();
    QTimer::singleShot(700, this, qOverload<>(&QWidget::update));
}

void CameraPreview::paintEvent(QPaintEvent *)
{
    m_lastPaint.start();
    QPainter p(this);
    p.fillRect(rect(), QColor(0x26, 0x32, 0x38));
    if (m_frame.isValid()) {
        const QSizeF fs = m_frame.size();
        QSizeF target = fs.scaled(size(), Qt::KeepAspectRatio);
        const QRectF r((width() - target.width()) / 2, (height() - target.height()) / 2, target.width(),
                       target.height());
        QVideoFrame::PaintOptions options;
        m_frame.paint(&p, r, options);
    } else {
        p.setPen(QColor(0xec, 0xef, 0xf1));
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                   m_message.isEmpty() ? tr("No camera picture") : m_message);
    }
    if (m_flash.isValid() && m_flash.elapsed() < 700) {
        p.setPen(QPen(m_flashOk ? QColor(0x66, 0xbb, 0x6a) : QColor(0xef, 0x53, 0x50), 6));
        p.drawRect(rect().adjusted(3, 3, -3, -3));
    }
}

} // namespace vd::ui
