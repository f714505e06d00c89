#pragma once
// The only place that knows which ZXing-C++ API generation we build against (1.4 on Debian 12, 2.x, 3.x).
// Everything else in core/scan talks to the small vocabulary below. Header-only and private to core/scan's .cpp files
// (and the decode benchmark): core links ZXing privately, so no public core header may include this one.
// Thread: stateless helpers, safe from any thread (ZXing's readers are thread safe for distinct images).
//
// API differences hidden here (checked against the zxing-cpp sources):
//  - 1.x: DecodeHints + Result; Result::text() is std::wstring unless ZX_USE_UTF8 is defined; no tryInvert;
//         writer = MultiFormatWriter -> BitMatrix (eccLevel 0..8, QR level = (eccLevel - 1) / 2).
//  - 2.x: ReaderOptions (2.2+, DecodeHints before) + Barcode (Result is an alias); text() is UTF-8; tryInvert exists;
//         MultiFormatWriter deprecated but present.
//  - 3.x: version macros moved to Version.h; the writer is CreateBarcodeFromText(CreatorOptions(format, "eclevel=M"))
//         + WriteBarcodeToImage(WriterOptions); MultiFormatWriter may be compiled out (ZXING_WRITERS=NEW);
//         WriterOptions' quiet-zone property was renamed between releases, so we do not use it (see encodeQr).
// Not compiled here against 2.x/3.x (Debian 12 ships 1.4): those branches follow the upstream headers as read.
#include "scan/LumaView.h"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#if defined(VD_ZXING_VERSION_MAJOR)
#define VD_ZX_MAJOR VD_ZXING_VERSION_MAJOR
#elif __has_include(<ZXing/ZXVersion.h>)
#include <ZXing/ZXVersion.h>
#define VD_ZX_MAJOR ZXING_VERSION_MAJOR
#elif __has_include(<ZXing/Version.h>)
#include <ZXing/Version.h>
#define VD_ZX_MAJOR ZXING_VERSION_MAJOR
#else
#error "Cannot determine the ZXing-C++ version"
#endif

#if VD_ZX_MAJOR < 2
// 1.x returns std::wstring from Result::text() unless this is set before its headers are seen.
#ifndef ZX_USE_UTF8
#define ZX_USE_UTF8 1
#endif
#endif

#include <ZXing/BarcodeFormat.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#if VD_ZX_MAJOR >= 3
#include <ZXing/CreateBarcode.h>
#include <ZXing/WriteBarcode.h>
#else
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#endif

#if VD_ZX_MAJOR >= 3 || (VD_ZX_MAJOR == 2 && __has_include(<ZXing/ReaderOptions.h>))
#define VD_ZX_HAS_READER_OPTIONS 1
#else
#define VD_ZX_HAS_READER_OPTIONS 0
#endif

namespace vd::scan::zx {

#if VD_ZX_HAS_READER_OPTIONS
using Options = ZXing::ReaderOptions;
#else
using Options = ZXing::DecodeHints;
#endif

// The per-frame pass: QR only, no extra effort. LocalAverage (hybrid) copes with uneven light at no extra cost.
inline Options fastOptions()
{
    Options o;
    o.setFormats(ZXing::BarcodeFormat::QRCode);
    o.setTryHarder(false);
    o.setTryRotate(false);
    o.setTryDownscale(false);
    o.setBinarizer(ZXing::Binarizer::LocalAverage);
    o.setMaxNumberOfSymbols(1);
#if VD_ZX_MAJOR >= 2
    o.setTryInvert(false);
#endif
    return o;
}

// The occasional pass when fast passes keep missing: everything ZXing offers (inversion only where supported).
// 2.x+ default tryInvert to true: fastOptions() turns it off explicitly, it doubles the cost of every frame.
inline Options hardOptions()
{
    Options o;
    o.setFormats(ZXing::BarcodeFormat::QRCode);
    o.setTryHarder(true);
    o.setTryRotate(true);
    o.setTryDownscale(true);
    o.setBinarizer(ZXing::Binarizer::LocalAverage);
    o.setMaxNumberOfSymbols(1);
#if VD_ZX_MAJOR >= 2
    o.setTryInvert(true);
#endif
    return o;
}

inline ZXing::ImageView toImageView(const LumaView &v)
{
    return ZXing::ImageView(v.data, v.width, v.height, ZXing::ImageFormat::Lum, v.bytesPerLine, v.pixelStride);
}

// One read. Never throws: newer ImageView/readers throw std::invalid_argument on inconsistent input.
inline std::optional<std::string> readQr(const LumaView &view, const Options &options)
{
    if (!view.isValid())
        return std::nullopt;
    try {
        const auto barcode = ZXing::ReadBarcode(toImageView(view), options);
        if (!barcode.isValid())
            return std::nullopt;
        return std::string(barcode.text());
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

// QR symbol modules (true = dark), row-major, `size` x `size`, without quiet zone; error correction level M.
struct QrModules
{
    int size = 0;
    std::vector<bool> dark;
};

inline std::optional<QrModules> encodeQr(std::string_view utf8)
{
    try {
        QrModules m;
#if VD_ZX_MAJOR >= 3
        const auto barcode =
            ZXing::CreateBarcodeFromText(utf8, ZXing::CreatorOptions(ZXing::BarcodeFormat::QRCode, "eclevel=M"));
        if (!barcode.isValid())
            return std::nullopt;
        // One pixel per module. Quiet-zone handling differs between 3.x releases (withQuietZones / addQuietZones,
        // zint's per-symbology defaults), so crop to the dark modules instead: a QR symbol's finder patterns touch
        // all four edges of the symbol, so their bounding box is exactly the symbol.
        const auto image = ZXing::WriteBarcodeToImage(barcode, ZXing::WriterOptions().scale(1));
        int left = image.width(), top = image.height(), right = -1, bottom = -1;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (*image.data(x, y) < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y);
                }
        if (right < left || right - left != bottom - top)
            return std::nullopt;
        m.size = right - left + 1;
        m.dark.resize(static_cast<size_t>(m.size) * static_cast<size_t>(m.size));
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x)
                m.dark[static_cast<size_t>(y * m.size + x)] = *image.data(left + x, top + y) < 128;
#else
        // eccLevel 4 -> (4 - 1) / 2 == 1 == QR level M in the 0..8 scale MultiFormatWriter maps onto L/M/Q/H.
        // 2.x marks the legacy writer deprecated; it is the only writer there without ZXING_EXPERIMENTAL_API.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#elif defined(_MSC_VER)
#pragma warning(push)
#pragma warning(disable : 4996)
#endif
        const auto matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                                .setEccLevel(4)
                                .setMargin(0)
                                .encode(std::string(utf8), 0, 0);
        if (matrix.width() <= 0 || matrix.width() != matrix.height())
            return std::nullopt;
        m.size = matrix.width();
        m.dark.resize(static_cast<size_t>(m.size) * static_cast<size_t>(m.size));
        for (int y = 0; y < m.size; ++y)
            for (int x = 0; x < m.size; ++x)
                m.dark[static_cast<size_t>(y * m.size + x)] = matrix.get(x, y);
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#elif defined(_MSC_VER)
#pragma warning(pop)
#endif
#endif
        return m;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace vd::scan::zx
