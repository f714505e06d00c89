// Fuzzes PayloadParser with arbitrary bytes. Invariants checked on every input (abort = finding):
//  - parsing never crashes or reads out of bounds (ASan under VD_FUZZ);
//  - an accepted payload has a 32-byte hash and a canonical form that parses back to the same hash;
//  - a rejected payload has a stable "scan.payload." code and a non-empty message;
//  - bytes and the same text as a QString agree, except for the byte-level checks (length cap, invalid UTF-8).
#include "scan/PayloadParser.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

using vd::scan::PayloadParser;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(data, qsizetype(size));
    const auto fromBytes = PayloadParser::parseUtf8(bytes);
    if (fromBytes) {
        if (fromBytes->hash.size() != 32)
            std::abort();
        const auto again = PayloadParser::parse(fromBytes->canonical);
        if (!again || again->hash != fromBytes->hash || again->canonical != fromBytes->canonical)
            std::abort();
    } else {
        if (!fromBytes.error().code.startsWith(QStringLiteral("scan.payload.")) || fromBytes.error().message.isEmpty())
            std::abort();
    }

    const QString text = QString::fromUtf8(bytes);
    const auto fromText = PayloadParser::parse(text);
    if (fromText && fromText->hash.size() != 32)
        std::abort();
    // Valid UTF-8 within the byte cap must give the same verdict either way.
    if (fromBytes.ok() != fromText.ok() && fromBytes.error().code != QStringLiteral("scan.payload.binary") &&
        fromBytes.error().code != QStringLiteral("scan.payload.too_long") &&
        fromBytes.error().code != QStringLiteral("scan.payload.invisible_character"))
        std::abort();
    return 0;
}
