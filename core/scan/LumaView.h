#pragma once
// A non-owning view of 8-bit luminance samples: the Y plane of a camera frame read in place, or a grey image.
// Thread: a plain value; valid only while whoever owns the pixels keeps them (a mapped QVideoFrame, a QImage).
// `bytesPerLine` is the row stride (>= width * pixelStride, rows may be padded); `pixelStride` is the distance between
// two luminance samples of a row (1 for planar Y, 2 for packed YUYV/UYVY, 4 for AYUV).
#include <QVideoFrameFormat>
#include <cstdint>

namespace vd::scan {

struct LumaView
{
    const uint8_t *data = nullptr;
    int width = 0;
    int height = 0;
    int bytesPerLine = 0;
    int pixelStride = 1;

    bool isValid() const
    {
        return data && width > 0 && height > 0 && pixelStride > 0 && bytesPerLine >= (width - 1) * pixelStride + 1;
    }
    // The last byte this view may read is data[(height-1)*bytesPerLine + (width-1)*pixelStride].
    qsizetype spanBytes() const
    {
        return isValid() ? qsizetype(height - 1) * bytesPerLine + qsizetype(width - 1) * pixelStride + 1 : 0;
    }
    uint8_t at(int x, int y) const { return data[qsizetype(y) * bytesPerLine + qsizetype(x) * pixelStride]; }
};

// How the luminance of a pixel format can be read in place, if it can.
struct LumaLayout
{
    bool inPlace = false; // false: the format needs a conversion (RGB, JPEG, 16-bit luma...)
    int plane = 0;        // plane holding the Y samples
    int offset = 0;       // byte offset of the first Y sample within a row
    int pixelStride = 1;
};

LumaLayout lumaLayoutFor(QVideoFrameFormat::PixelFormat format);

// The in-place view of a plane given as raw pointers, for mapped frames and for callers holding their own buffers.
// `planeBytes` (if > 0) is the mapped size of that plane: a view that would read past it is returned invalid.
LumaView lumaViewForPlane(QVideoFrameFormat::PixelFormat format, int width, int height, const uint8_t *planeData,
                          int bytesPerLine, qsizetype planeBytes = 0);

} // namespace vd::scan
