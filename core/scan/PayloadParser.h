#pragma once
// The one parser for every way an order code reaches the desk: camera, keyboard-wedge scanner, pasted text, image
// file, typed. It never touches a database; anything it rejects is "not an order code" and goes no further.
// Thread: stateless and reentrant; call it from any thread.
//
// Accepted, after trimming ASCII space/tab/CR/LF that scanners add at either end (nothing else is trimmed):
//   1. "VD1-" + 64 uppercase hex digits                                   -> PayloadFormat::Canonical
//   2. "vd1-" + 64 lowercase hex digits                                   -> PayloadFormat::CanonicalCaseSwapped
//      (a wedge scanner typing while caps lock is on swaps the case of every letter and leaves digits alone; the
//       value is unambiguous, so we accept it and let the UI hint at caps lock. Mixed case such as "Vd1-" or
//       "VD1-abc..." is not something caps lock produces and is rejected as scan.payload.mixed_case.)
//   3. "0x" or "0X" + 64 hex digits, any case                             -> PayloadFormat::Hex0x
//   4. "http://" or "https://" (scheme case-insensitive) + host[:port] + path whose last segment is form 1-3,
//      optionally followed by one "/"                                     -> PayloadFormat::Url
//      The URL must have no userinfo ("@"), query ("?"), fragment ("#"), percent-escapes ("%"), backslashes, empty
//      or dot segments; host is [A-Za-z0-9.-]+, path characters are [A-Za-z0-9._~-]. The host is not trusted or
//      used for anything: only the order hash matters.
// Bare 64 hex digits without a prefix are rejected (wrong_prefix): the payload contract names the prefixes.
// Rejected, with a stable code ("scan.payload.*") and a translated sentence:
//   too_long (over MaxInputChars before any other work), empty, control_character (C0/C1/DEL, NUL included),
//   invisible_character (bidi overrides/isolates, zero-width characters, BOM, soft hyphen...), binary (bytes that are
//   not UTF-8), keyboard_layout (what an AZERTY-mapped wedge scanner types for digits: é è ç à, or "VD&"), non_ascii,
//   unsupported_scheme (javascript:, ftp:, data:...), url_malformed, url_userinfo, url_query, url_fragment,
//   url_encoded, url_no_code, wrong_prefix, wrong_length, not_hex, mixed_case.
#include "common/Result.h"
#include "scan/OrderCode.h"

#include <QByteArrayView>
#include <QStringView>

namespace vd::scan {

class PayloadParser
{
public:
    static constexpr qsizetype MaxInputChars = 300; // longest accepted URL is far below; checked before any work

    static Result<OrderCode> parse(QStringView input);
    // For decoder output and other raw bytes: the cap applies to the byte count, then the bytes must be UTF-8.
    static Result<OrderCode> parseUtf8(QByteArrayView bytes);

    // "VD1-" + 64 uppercase hex digits; empty if `hash` is not 32 bytes.
    static QString canonicalPayload(const QByteArray &hash);
};

} // namespace vd::scan
