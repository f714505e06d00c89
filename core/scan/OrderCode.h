#pragma once
// A parsed order code: the 32-byte order hash plus how it arrived. A plain value, safe to pass between threads
// and through queued signals. Only PayloadParser creates valid ones.
#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace vd::scan {

// Which accepted shape the payload had (see PayloadParser for the exact grammar).
enum class PayloadFormat {
    Canonical,            // VD1- + 64 uppercase hex digits
    CanonicalCaseSwapped, // vd1- + 64 lowercase hex digits: a wedge scanner typing with caps lock on
    Hex0x,                // 0x + 64 hex digits, either case
    Url,                  // http(s) URL whose last path segment is one of the above
};

// Where a code came from; the debouncer uses it to pick its window, the UI to word its messages.
enum class ScanSource {
    Camera,
    Wedge, // keyboard-wedge handheld scanner
    Paste,
    ImageFile,
    Typed,
};

struct OrderCode
{
    QByteArray hash;   // exactly 32 bytes
    QString canonical; // "VD1-" + 64 uppercase hex digits
    PayloadFormat format = PayloadFormat::Canonical;

    bool isValid() const { return hash.size() == 32; }
    QString hashHex() const { return QStringLiteral("0x") + QString::fromLatin1(hash.toHex()); } // lowercase
    bool operator==(const OrderCode &) const = default;
};

QString formatName(PayloadFormat format); // stable, untranslated: "canonical", "canonical_case_swapped", "0x", "url"
QString sourceName(ScanSource source);    // stable, untranslated: "camera", "wedge", "paste", "image_file", "typed"

} // namespace vd::scan

Q_DECLARE_METATYPE(vd::scan::OrderCode)
Q_DECLARE_METATYPE(vd::scan::ScanSource)
