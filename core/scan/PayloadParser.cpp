#include "scan/PayloadParser.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace vd::scan {

namespace {

constexpr qsizetype kHexDigits = 64;

Error reject(const char *code, QString message)
{
    return Error{QStringLiteral("scan.payload.") + QLatin1String(code), std::move(message)};
}

bool isTrimmable(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F);
}

// Characters that change how text is displayed without being visible themselves: a payload containing one is
// either an attack (U+202E can make a code look like another) or garbage from a copy-paste.
bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x061C || c == 0x180E || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
}

// What a US-layout scanner's digit keys produce on a French AZERTY layout (é è ç à are the non-ASCII ones).
bool isAzertyDigitRow(char16_t c)
{
    return c == 0x00E9 || c == 0x00E8 || c == 0x00E7 || c == 0x00E0;
}

bool isHex(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
bool isAlnum(char16_t c)
{
    return isUpper(c) || isLower(c) || (c >= u'0' && c <= u'9');
}

Error wrongPrefix()
{
    return reject("wrong_prefix", QCoreApplication::translate("vd::scan::PayloadParser",
                                                              "Not an order code: it does not start with VD1- or 0x."));
}

// 64 hex digits; `requiredCase` 'U' / 'L' / 0 (any).
Result<QByteArray> parseHexBody(QStringView body, char requiredCase)
{
    if (body.size() != kHexDigits)
        return reject("wrong_length", QCoreApplication::translate(
                                          "vd::scan::PayloadParser",
                                          "Not an order code: expected %1 hex digits after the prefix, found %2.")
                                          .arg(kHexDigits)
                                          .arg(body.size()));
    bool sawUpper = false;
    bool sawLower = false;
    for (const QChar qc : body) {
        const char16_t c = qc.unicode();
        if (!isHex(c))
            return reject("not_hex", QCoreApplication::translate("vd::scan::PayloadParser",
                                                                 "Not an order code: \"%1\" is not a hex digit.")
                                         .arg(qc));
        sawUpper |= isUpper(c);
        sawLower |= isLower(c);
    }
    if ((requiredCase == 'U' && sawLower) || (requiredCase == 'L' && sawUpper))
        return reject("mixed_case",
                      QCoreApplication::translate("vd::scan::PayloadParser",
                                                  "Not an order code: upper and lower case letters are mixed."));
    return QByteArray::fromHex(body.toLatin1());
}

Result<OrderCode> parseToken(QStringView t)
{
    OrderCode code;
    if (t.size() >= 4 && t.first(4).compare(u"VD1-", Qt::CaseInsensitive) == 0) {
        const QStringView prefix = t.first(4);
        char requiredCase = 0;
        if (prefix == u"VD1-") {
            requiredCase = 'U';
            code.format = PayloadFormat::Canonical;
        } else if (prefix == u"vd1-") {
            requiredCase = 'L';
            code.format = PayloadFormat::CanonicalCaseSwapped;
        } else {
            return reject("mixed_case",
                          QCoreApplication::translate("vd::scan::PayloadParser",
                                                      "Not an order code: upper and lower case letters are mixed."));
        }
        auto hash = parseHexBody(t.sliced(4), requiredCase);
        if (!hash)
            return hash.error();
        code.hash = std::move(hash).value();
    } else if (t.size() >= 2 && (t.first(2) == u"0x" || t.first(2) == u"0X")) {
        auto hash = parseHexBody(t.sliced(2), 0);
        if (!hash)
            return hash.error();
        code.hash = std::move(hash).value();
        code.format = PayloadFormat::Hex0x;
    } else if (t.size() >= 3 && t.first(3).compare(u"VD&", Qt::CaseInsensitive) == 0) {
        return reject("keyboard_layout",
                      QCoreApplication::translate(
                          "vd::scan::PayloadParser",
                          "Not an order code: the scanner seems to type with a different keyboard layout (AZERTY?). "
                          "Set the scanner to the keyboard layout of this computer."));
    } else {
        return wrongPrefix();
    }
    code.canonical = PayloadParser::canonicalPayload(code.hash);
    return code;
}

Error urlError(const char *code)
{
    if (qstrcmp(code, "url_query") == 0)
        return reject(code,
                      QCoreApplication::translate("vd::scan::PayloadParser",
                                                  "Not an order code: links with a query (\"?\") are not accepted."));
    if (qstrcmp(code, "url_fragment") == 0)
        return reject(
            code, QCoreApplication::translate("vd::scan::PayloadParser",
                                              "Not an order code: links with a fragment (\"#\") are not accepted."));
    if (qstrcmp(code, "url_userinfo") == 0)
        return reject(
            code, QCoreApplication::translate("vd::scan::PayloadParser",
                                              "Not an order code: links with a user name (\"@\") are not accepted."));
    if (qstrcmp(code, "url_encoded") == 0)
        return reject(code, QCoreApplication::translate(
                                "vd::scan::PayloadParser",
                                "Not an order code: links with escaped characters (\"%\") are not accepted."));
    if (qstrcmp(code, "url_no_code") == 0)
        return reject(code,
                      QCoreApplication::translate("vd::scan::PayloadParser",
                                                  "Not an order code: the link does not end with an order code."));
    return reject("url_malformed",
                  QCoreApplication::translate("vd::scan::PayloadParser", "Not an order code: the link is malformed."));
}

Result<OrderCode> parseUrl(QStringView s, qsizetype colon)
{
    QStringView rest = s.sliced(colon + 1);
    if (!rest.startsWith(u"//"))
        return urlError("url_malformed");
    rest = rest.sliced(2);
    for (const QChar qc : rest) {
        switch (qc.unicode()) {
        case u'?':
            return urlError("url_query");
        case u'#':
            return urlError("url_fragment");
        case u'@':
            return urlError("url_userinfo");
        case u'%':
            return urlError("url_encoded");
        default:
            break;
        }
    }
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView authority = slash < 0 ? rest : rest.first(slash);
    QStringView host = authority;
    if (const qsizetype portColon = authority.indexOf(u':'); portColon >= 0) {
        const QStringView port = authority.sliced(portColon + 1);
        if (port.isEmpty() || port.size() > 5)
            return urlError("url_malformed");
        for (const QChar qc : port)
            if (!qc.isDigit())
                return urlError("url_malformed");
        host = authority.first(portColon);
    }
    if (host.isEmpty() || host.startsWith(u'.') || host.startsWith(u'-'))
        return urlError("url_malformed");
    for (const QChar qc : host)
        if (!isAlnum(qc.unicode()) && qc != u'.' && qc != u'-')
            return urlError("url_malformed");
    if (slash < 0)
        return urlError("url_no_code");

    QStringView path = rest.sliced(slash); // starts with '/'
    if (path.endsWith(u'/'))
        path.chop(1); // one trailing slash is fine; a second one leaves an empty segment below
    if (path.isEmpty())
        return urlError("url_no_code");
    QStringView last;
    for (const QStringView segment : path.sliced(1).tokenize(u'/')) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return urlError("url_malformed");
        for (const QChar qc : segment) {
            const char16_t c = qc.unicode();
            if (!isAlnum(c) && c != u'.' && c != u'_' && c != u'~' && c != u'-')
                return urlError("url_malformed");
        }
        last = segment;
    }
    auto code = parseToken(last);
    if (!code)
        return code;
    code.value().format = PayloadFormat::Url;
    return code;
}

} // namespace

Result<OrderCode> PayloadParser::parse(QStringView input)
{
    if (input.size() > MaxInputChars)
        return reject("too_long", QCoreApplication::translate("vd::scan::PayloadParser",
                                                              "Not an order code: it is longer than %1 characters.")
                                      .arg(MaxInputChars));

    qsizetype begin = 0;
    qsizetype end = input.size();
    while (begin < end && isTrimmable(input[begin].unicode()))
        ++begin;
    while (end > begin && isTrimmable(input[end - 1].unicode()))
        --end;
    const QStringView s = input.sliced(begin, end - begin);
    if (s.isEmpty())
        return reject("empty",
                      QCoreApplication::translate("vd::scan::PayloadParser", "Not an order code: nothing was read."));

    // Hostile or broken characters first, so the reason names the real problem rather than a length or prefix.
    bool nonAscii = false;
    bool azerty = false;
    for (const QChar qc : s) {
        const char16_t c = qc.unicode();
        if (isControl(c))
            return reject("control_character",
                          QCoreApplication::translate("vd::scan::PayloadParser",
                                                      "Not an order code: it contains control characters."));
        if (isInvisible(c))
            return reject(
                "invisible_character",
                QCoreApplication::translate("vd::scan::PayloadParser",
                                            "Not an order code: it contains invisible or text-direction characters."));
        nonAscii |= c > 0x7E;
        azerty |= isAzertyDigitRow(c);
    }
    if (azerty)
        return reject("keyboard_layout",
                      QCoreApplication::translate(
                          "vd::scan::PayloadParser",
                          "Not an order code: the scanner seems to type with a different keyboard layout (AZERTY?). "
                          "Set the scanner to the keyboard layout of this computer."));
    if (nonAscii)
        return reject("non_ascii",
                      QCoreApplication::translate(
                          "vd::scan::PayloadParser",
                          "Not an order code: it contains characters other than plain letters and digits."));

    // A URI scheme: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    if (!s.isEmpty() && isAlnum(s[0].unicode()) && !s[0].isDigit()) {
        qsizetype i = 1;
        while (i < s.size() && (isAlnum(s[i].unicode()) || s[i] == u'+' || s[i] == u'-' || s[i] == u'.'))
            ++i;
        if (i < s.size() && s[i] == u':') {
            const QStringView scheme = s.first(i);
            if (scheme.compare(u"http", Qt::CaseInsensitive) == 0 || scheme.compare(u"https", Qt::CaseInsensitive) == 0)
                return parseUrl(s, i);
            return reject("unsupported_scheme",
                          QCoreApplication::translate("vd::scan::PayloadParser",
                                                      "Not an order code: \"%1\" links are not accepted.")
                              .arg(scheme));
        }
    }
    return parseToken(s);
}

Result<OrderCode> PayloadParser::parseUtf8(QByteArrayView bytes)
{
    if (bytes.size() > MaxInputChars)
        return reject("too_long", QCoreApplication::translate("vd::scan::PayloadParser",
                                                              "Not an order code: it is longer than %1 characters.")
                                      .arg(MaxInputChars));
    // Keep a leading BOM as U+FEFF so it is reported as an invisible character instead of silently dropped.
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return reject("binary", QCoreApplication::translate("vd::scan::PayloadParser",
                                                            "Not an order code: it contains binary data."));
    return parse(text);
}

QString PayloadParser::canonicalPayload(const QByteArray &hash)
{
    if (hash.size() != 32)
        return {};
    return QStringLiteral("VD1-") + QString::fromLatin1(hash.toHex().toUpper());
}

} // namespace vd::scan
