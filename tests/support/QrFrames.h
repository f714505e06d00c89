#pragma once
// Camera frames for tests and benchmarks: an NV12 frame with a real QR symbol (QrRenderer) painted into its
// luminance plane, chroma neutral -- what the reception page's video sink receives from a webcam. Any thread.
#include <QSize>
#include <QString>
#include <QVideoFrame>
#include <cstdint>

namespace vd::test {

/// `payload` as a QR code (6 px modules), centred in an NV12 frame of `size` on a flat grey of `background`.
QVideoFrame nv12QrFrame(const QString &payload, QSize size = QSize(1280, 720), uint8_t background = 190);

} // namespace vd::test
