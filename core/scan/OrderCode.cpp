#include "scan/OrderCode.h"

namespace vd::scan {

QString formatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Canonical:
        return QStringLiteral("canonical");
    case PayloadFormat::CanonicalCaseSwapped:
        return QStringLiteral("canonical_case_swapped");
    case PayloadFormat::Hex0x:
        return QStringLiteral("0x");
    case PayloadFormat::Url:
        return QStringLiteral("url");
    }
    return {};
}

QString sourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Camera:
        return QStringLiteral("camera");
    case ScanSource::Wedge:
        return QStringLiteral("wedge");
    case ScanSource::Paste:
        return QStringLiteral("paste");
    case ScanSource::ImageFile:
        return QStringLiteral("image_file");
    case ScanSource::Typed:
        return QStringLiteral("typed");
    }
    return {};
}

} // namespace vd::scan
