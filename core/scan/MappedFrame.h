#pragma once
// Maps one QVideoFrame read-only for as long as this object lives and exposes its luminance as a LumaView.
// Thread: used on the decoder thread only (the frame is a shallow, implicitly shared copy of the sink's frame).
// YUV formats (NV12/NV21/YUV420P/YV12/IMC*/YUV422P/Y8, YUYV/UYVY, AYUV, the high byte of P010/P016/Y16) are read in
// place with the plane's own bytesPerLine -- no copy. The rest falls back to a conversion this object owns:
// 32-bit RGB variants are converted to luminance directly from the mapped bytes, JPEG frames are decompressed with
// QImage, and any other format goes through QVideoFrame::toImage() -- only when a QGuiApplication exists, because
// Qt 6.4's toImage() needs one (it crashes in a QCoreApplication, e.g. a headless tool); otherwise the frame is
// reported unusable (isValid() false).
#include "scan/LumaView.h"

#include <QImage>
#include <QVideoFrame>
#include <vector>

namespace vd::scan {

class MappedFrame
{
public:
    explicit MappedFrame(const QVideoFrame &frame);
    ~MappedFrame();
    MappedFrame(const MappedFrame &) = delete;
    MappedFrame &operator=(const MappedFrame &) = delete;

    bool isValid() const { return m_luma.isValid(); }
    const LumaView &luma() const { return m_luma; }
    bool usedFallback() const { return m_fallback; } // true when the frame had to be converted (costs a copy)

private:
    QVideoFrame m_frame;
    QImage m_grey;
    std::vector<uint8_t> m_converted;
    LumaView m_luma;
    bool m_mapped = false;
    bool m_fallback = false;
};

} // namespace vd::scan
