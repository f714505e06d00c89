#include "scan/LumaView.h"

namespace vd::scan {

LumaLayout lumaLayoutFor(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    // Planar and semi-planar 8-bit YUV: plane 0 is the full-resolution Y plane.
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return {true, 0, 0, 1};
    // Packed 4:2:2: Y0 U Y1 V / U Y0 V Y1 -> every second byte is a Y sample.
    case QVideoFrameFormat::Format_YUYV:
        return {true, 0, 0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return {true, 0, 1, 2};
    // 16-bit little-endian luma with the value in the high bits: the high byte is an 8-bit luma sample.
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_Y16:
        return {true, 0, 1, 2};
    // Packed A Y U V.
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied:
        return {true, 0, 1, 4};
    default:
        return {};
    }
}

LumaView lumaViewForPlane(QVideoFrameFormat::PixelFormat format, int width, int height, const uint8_t *planeData,
                          int bytesPerLine, qsizetype planeBytes)
{
    const LumaLayout layout = lumaLayoutFor(format);
    if (!layout.inPlace || !planeData)
        return {};
    LumaView v{planeData + layout.offset, width, height, bytesPerLine, layout.pixelStride};
    if (!v.isValid())
        return {};
    // Never trust a stride/size pair that would make the decoder read past the mapped plane.
    if (planeBytes > 0 && layout.offset + v.spanBytes() > planeBytes)
        return {};
    return v;
}

} // namespace vd::scan
