#include "QrFrames.h"

#include "scan/QrRenderer.h"

#include <QImage>
#include <QVideoFrameFormat>
#include <algorithm>

namespace vd::test {

QVideoFrame nv12QrFrame(const QString &payload, QSize size, uint8_t background)
{
    const QImage qr = scan::renderQr(payload, 6, 4);
    QVideoFrame f(QVideoFrameFormat(size, QVideoFrameFormat::Format_NV12));
    if (qr.isNull() || qr.width() > size.width() || qr.height() > size.height() || !f.map(QVideoFrame::WriteOnly))
        return {};
    std::fill_n(f.bits(0), f.mappedBytes(0), background);
    std::fill_n(f.bits(1), f.mappedBytes(1), uint8_t(128));
    const int x0 = (size.width() - qr.width()) / 2;
    const int y0 = (size.height() - qr.height()) / 2;
    for (int y = 0; y < qr.height(); ++y)
        std::copy_n(qr.constScanLine(y), qr.width(), f.bits(0) + qsizetype(y + y0) * f.bytesPerLine(0) + x0);
    f.unmap();
    return f;
}

} // namespace vd::test
