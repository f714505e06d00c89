#pragma once
// Renders a QR code (error correction M; an order payload "VD1-..." fits QR alphanumeric mode) as a grey image:
// for the back office to show or print an order's code, and for tests that need real symbols.
// Thread: reentrant, any thread (QImage only, no widgets).
#include <QImage>
#include <QString>

namespace vd::scan {

// Black modules on white, `moduleSizePx` pixels per module, `quietZoneModules` white modules around (4 is the
// standard minimum). Returns a null image if the text cannot be encoded or the sizes are not positive.
QImage renderQr(const QString &text, int moduleSizePx = 8, int quietZoneModules = 4);

} // namespace vd::scan
