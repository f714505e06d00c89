#include "scan/QrRenderer.h"

#include "scan/ZXingCompat.h"

#include <cstring>

namespace vd::scan {

QImage renderQr(const QString &text, int moduleSizePx, int quietZoneModules)
{
    if (moduleSizePx <= 0 || quietZoneModules < 0 || moduleSizePx > 256 || quietZoneModules > 64)
        return {};
    const QByteArray utf8 = text.toUtf8();
    const auto modules = zx::encodeQr(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!modules)
        return {};
    const int side = (modules->size + 2 * quietZoneModules) * moduleSizePx;
    QImage image(side, side, QImage::Format_Grayscale8);
    if (image.isNull())
        return {};
    image.fill(255);
    const int origin = quietZoneModules * moduleSizePx;
    for (int my = 0; my < modules->size; ++my) {
        for (int mx = 0; mx < modules->size; ++mx) {
            if (!modules->dark[size_t(my * modules->size + mx)])
                continue;
            for (int py = 0; py < moduleSizePx; ++py) {
                uchar *row = image.scanLine(origin + my * moduleSizePx + py);
                std::memset(row + origin + mx * moduleSizePx, 0, size_t(moduleSizePx));
            }
        }
    }
    return image;
}

} // namespace vd::scan
