#include "scan/MappedFrame.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace vd::scan {

namespace {

LumaView viewOfGrey(const QImage &grey)
{
    if (grey.isNull() || grey.format() != QImage::Format_Grayscale8)
        return {};
    return LumaView{grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()), 1};
}

struct RgbOffsets
{
    int r = -1, g = -1, b = -1;
    bool valid() const { return r >= 0; }
};

// Byte positions of R, G, B in memory for Qt's 32-bit RGB frame formats (names give the byte order).
RgbOffsets rgbOffsetsFor(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
        return {1, 2, 3};
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
        return {2, 1, 0};
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
        return {3, 2, 1};
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return {0, 1, 2};
    default:
        return {};
    }
}

bool mapReadOnly(QVideoFrame &frame)
{
    return frame.map(QVideoFrame::ReadOnly); // QVideoFrame::MapMode is still the API in Qt 6.8-6.10
}

} // namespace

MappedFrame::MappedFrame(const QVideoFrame &frame) : m_frame(frame)
{
    if (!m_frame.isValid())
        return;
    const QVideoFrameFormat::PixelFormat format = m_frame.pixelFormat();
    const int width = m_frame.width();
    const int height = m_frame.height();
    const LumaLayout layout = lumaLayoutFor(format);
    const RgbOffsets rgb = rgbOffsetsFor(format);
    const bool needsBytes = layout.inPlace || rgb.valid() || format == QVideoFrameFormat::Format_Jpeg;
    if (needsBytes)
        m_mapped = mapReadOnly(m_frame);
    const auto planeBits = [this](int plane) { return static_cast<const QVideoFrame &>(m_frame).bits(plane); };

    if (m_mapped && layout.inPlace && layout.plane < m_frame.planeCount()) {
        m_luma = lumaViewForPlane(format, width, height, planeBits(layout.plane), m_frame.bytesPerLine(layout.plane),
                                  m_frame.mappedBytes(layout.plane));
        if (m_luma.isValid())
            return;
    }
    m_fallback = true;
    if (m_mapped && rgb.valid() && width > 0 && height > 0) {
        const uint8_t *bits = planeBits(0);
        const qsizetype stride = m_frame.bytesPerLine(0);
        if (bits && stride >= qsizetype(width) * 4 &&
            qsizetype(height - 1) * stride + qsizetype(width) * 4 <= qsizetype(m_frame.mappedBytes(0))) {
            m_converted.resize(size_t(width) * size_t(height));
            for (int y = 0; y < height; ++y) {
                const uint8_t *src = bits + qsizetype(y) * stride;
                uint8_t *dst = m_converted.data() + size_t(y) * size_t(width);
                for (int x = 0; x < width; ++x, src += 4) // ITU-R BT.601 weights, as ZXing uses for RGB input
                    dst[x] = uint8_t((306 * src[rgb.r] + 601 * src[rgb.g] + 117 * src[rgb.b] + 512) >> 10);
            }
            m_luma = LumaView{m_converted.data(), width, height, width, 1};
        }
    } else if (m_mapped && format == QVideoFrameFormat::Format_Jpeg) {
        m_grey =
            QImage::fromData(planeBits(0), m_frame.mappedBytes(0), "JPEG").convertToFormat(QImage::Format_Grayscale8);
        m_luma = viewOfGrey(m_grey);
    } else if (!needsBytes && qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_grey = m_frame.toImage().convertToFormat(QImage::Format_Grayscale8);
        m_luma = viewOfGrey(m_grey);
    }
    // The mapping is no longer needed once the pixels were converted into memory we own.
    if (m_mapped) {
        m_frame.unmap();
        m_mapped = false;
    }
}

MappedFrame::~MappedFrame()
{
    if (m_mapped)
        m_frame.unmap();
}

} // namespace vd::scan
