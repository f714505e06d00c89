// PayloadParser: every accepted shape, and hostile or near-miss payloads rejected with the right reason code.
#include "scan/PayloadParser.h"

#include <QtTest>

using vd::scan::OrderCode;
using vd::scan::PayloadFormat;
using vd::scan::PayloadParser;

namespace {

const QString kHexUpper = QStringLiteral("0123456789ABCDEF00112233445566778899AABBCCDDEEFF0F1E2D3C4B5A6978");
const QString kHexLower = kHexUpper.toLower();
const QString kCanonical = QStringLiteral("VD1-") + kHexUpper;

QString ch(char32_t c)
{
    // Not QString::fromUcs4: it would swallow a leading U+FEFF as a byte-order mark.
    if (c <= 0xFFFF)
        return QString(QChar(char16_t(c)));
    const QChar pair[] = {QChar::highSurrogate(c), QChar::lowSurrogate(c)};
    return QString(pair, 2);
}

} // namespace

class TestPayloadParser : public QObject
{
    Q_OBJECT
private slots:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void bytesInput_data();
    void bytesInput();
    void canonicalPayload();
    void messagesAreSentences();
};

void TestPayloadParser::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("format");

    const int canonical = int(PayloadFormat::Canonical);
    const int swapped = int(PayloadFormat::CanonicalCaseSwapped);
    const int hex = int(PayloadFormat::Hex0x);
    const int url = int(PayloadFormat::Url);

    QTest::newRow("canonical") << kCanonical << canonical;
    QTest::newRow("canonical + CR LF (wedge scanner)") << kCanonical + QStringLiteral("\r\n") << canonical;
    QTest::newRow("canonical + tab") << kCanonical + QStringLiteral("\t") << canonical;
    QTest::newRow("canonical surrounded by spaces")
        << QStringLiteral("  ") + kCanonical + QStringLiteral(" \n") << canonical;
    QTest::newRow("caps-lock swapped") << QStringLiteral("vd1-") + kHexLower << swapped;
    QTest::newRow("0x lower") << QStringLiteral("0x") + kHexLower << hex;
    QTest::newRow("0x upper") << QStringLiteral("0x") + kHexUpper << hex;
    QTest::newRow("0x mixed case") << QStringLiteral("0x") + kHexUpper.left(32) + kHexLower.mid(32) << hex;
    QTest::newRow("0X caps-lock") << QStringLiteral("0X") + kHexUpper << hex;
    QTest::newRow("https canonical") << QStringLiteral("https://desk.example.com/o/") + kCanonical << url;
    QTest::newRow("https trailing slash")
        << QStringLiteral("https://desk.example.com/o/") + kCanonical + QStringLiteral("/") << url;
    QTest::newRow("http port 0x") << QStringLiteral("http://localhost:8080/orders/0x") + kHexLower << url;
    QTest::newRow("HTTPS scheme upper") << QStringLiteral("HTTPS://EXAMPLE.COM/") + kCanonical << url;
    QTest::newRow("url segment swapped") << QStringLiteral("https://x.example/vd1-") + kHexLower << url;
    QTest::newRow("url + CRLF") << QStringLiteral("https://x.example/") + kCanonical + QStringLiteral("\r\n") << url;
}

void TestPayloadParser::accepted()
{
    QFETCH(QString, input);
    QFETCH(int, format);
    const auto r = PayloadParser::parse(input);
    QVERIFY2(r.ok(), qPrintable(r.error().code + QStringLiteral(": ") + r.error().message));
    QCOMPARE(int(r->format), format);
    QCOMPARE(r->hash.size(), 32);
    QCOMPARE(r->hash, QByteArray::fromHex(kHexUpper.toLatin1()));
    QCOMPARE(r->canonical, kCanonical);
    QCOMPARE(r->hashHex(), QStringLiteral("0x") + kHexLower);
    QVERIFY(r->isValid());
}

void TestPayloadParser::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code");

    const auto row = [](const char *name, const QString &input, const char *code) {
        QTest::newRow(name) << input << (QStringLiteral("scan.payload.") + QLatin1String(code));
    };

    // Size
    row("empty", QString(), "empty");
    row("only whitespace", QStringLiteral(" \r\n\t "), "empty");
    row("4 KB", QString(4096, u'A'), "too_long");
    row("4 KB of a valid code repeated", kCanonical.repeated(60), "too_long");
    row("301 chars", QString(301, u' '), "too_long");

    // Hostile content
    row("SQL injection", QStringLiteral("' OR 1=1; DROP TABLE orders; --"), "wrong_prefix");
    row("SQL after a valid code", kCanonical + QStringLiteral("'; DROP TABLE orders;--"), "wrong_length");
    row("SQL inside prefix", QStringLiteral("VD1-' OR ''='"), "wrong_length");
    row("NUL byte", kCanonical.left(20) + QChar(u'\0') + kCanonical.mid(21), "control_character");
    row("escape sequence", QStringLiteral("\x1b[2J") + kCanonical, "control_character");
    row("DEL", kCanonical + QChar(0x7F), "control_character");
    row("C1 control", kCanonical + QChar(0x85), "control_character");
    row("internal newline", kCanonical.left(30) + QStringLiteral("\n") + kCanonical.mid(30), "control_character");
    row("bidi override U+202E", ch(0x202E) + kCanonical, "invisible_character");
    row("bidi isolate U+2066", kCanonical.left(10) + ch(0x2066) + kCanonical.mid(10), "invisible_character");
    row("zero-width space", kCanonical.left(10) + ch(0x200B) + kCanonical.mid(11), "invisible_character");
    row("zero-width joiner", kCanonical + ch(0x200D), "invisible_character");
    row("BOM", ch(0xFEFF) + kCanonical, "invisible_character");
    row("soft hyphen", QStringLiteral("VD1") + ch(0x00AD) + QStringLiteral("-") + kHexUpper, "invisible_character");
    row("fullwidth digits", QStringLiteral("VD1-") + ch(0xFF10) + kHexUpper.mid(1), "non_ascii");
    row("fullwidth prefix", ch(0xFF36) + ch(0xFF24) + QStringLiteral("1-") + kHexUpper, "non_ascii");
    row("cyrillic lookalike", QStringLiteral("V") + ch(0x0414) + QStringLiteral("1-") + kHexUpper, "non_ascii");
    row("non-breaking space", ch(0x00A0) + kCanonical, "non_ascii");
    row("emoji", kCanonical + ch(0x1F600), "non_ascii");
    row("AZERTY digit row", QStringLiteral("VD&)") + QStringLiteral("àé") + kHexUpper.mid(2), "keyboard_layout");
    row("AZERTY ascii only", QStringLiteral("VD&)\"'(-_") + kHexUpper.mid(7), "keyboard_layout");

    // Near-miss formats
    row("63 hex digits", QStringLiteral("VD1-") + kHexUpper.left(63), "wrong_length");
    row("65 hex digits", QStringLiteral("VD1-") + kHexUpper + QStringLiteral("A"), "wrong_length");
    row("0x 63", QStringLiteral("0x") + kHexLower.left(63), "wrong_length");
    row("0x 65", QStringLiteral("0x") + kHexLower + QStringLiteral("0"), "wrong_length");
    row("0x address (20 bytes)", QStringLiteral("0x") + kHexLower.left(40), "wrong_length");
    row("VD2-", QStringLiteral("VD2-") + kHexUpper, "wrong_prefix");
    row("VD1 missing dash", QStringLiteral("VD1") + kHexUpper, "wrong_prefix");
    row("VD1_ underscore", QStringLiteral("VD1_") + kHexUpper, "wrong_prefix");
    row("bare hex", kHexUpper, "wrong_prefix");
    row("0 only", QStringLiteral("0") + kHexUpper, "wrong_prefix");
    row("non-hex G", QStringLiteral("VD1-") + kHexUpper.left(63) + QStringLiteral("G"), "not_hex");
    row("0x non-hex", QStringLiteral("0x") + kHexLower.left(63) + QStringLiteral("z"), "not_hex");
    row("internal space", QStringLiteral("VD1- ") + kHexUpper.left(63), "not_hex");
    row("canonical lowercase hex", QStringLiteral("VD1-") + kHexLower, "mixed_case");
    row("swapped prefix uppercase hex", QStringLiteral("vd1-") + kHexUpper, "mixed_case");
    row("mixed prefix", QStringLiteral("Vd1-") + kHexUpper, "mixed_case");
    row("canonical one lowercase", QStringLiteral("VD1-") + kHexUpper.left(63) + QStringLiteral("a"), "mixed_case");

    // URLs
    const QString base = QStringLiteral("https://desk.example.com/o/");
    row("url query", base + kCanonical + QStringLiteral("?x=1"), "url_query");
    row("url query before code", QStringLiteral("https://e.com/?code=") + kCanonical, "url_query");
    row("url fragment", base + kCanonical + QStringLiteral("#frag"), "url_fragment");
    row("url fragment carrying code", QStringLiteral("https://e.com/#") + kCanonical, "url_fragment");
    row("url userinfo", QStringLiteral("https://user:pw@e.com/") + kCanonical, "url_userinfo");
    row("url userinfo spoof", QStringLiteral("https://desk.example.com@evil.com/") + kCanonical, "url_userinfo");
    row("url percent-encoded", base + QStringLiteral("VD1%2D") + kHexUpper, "url_encoded");
    row("url two trailing slashes", base + kCanonical + QStringLiteral("//"), "url_malformed");
    row("url empty segment", QStringLiteral("https://e.com//") + kCanonical, "url_malformed");
    row("url dot segment", QStringLiteral("https://e.com/a/../") + kCanonical, "url_malformed");
    row("url backslash", QStringLiteral("https://e.com\\") + kCanonical, "url_malformed");
    row("url no slashes", QStringLiteral("https:") + kCanonical, "url_malformed");
    row("url bad port", QStringLiteral("https://e.com:80a/") + kCanonical, "url_malformed");
    row("url no host", QStringLiteral("https:///") + kCanonical, "url_malformed");
    row("url no path", QStringLiteral("https://e.com"), "url_no_code");
    row("url root", QStringLiteral("https://e.com/"), "url_no_code");
    row("url code not last", base + kCanonical + QStringLiteral("/details"), "wrong_prefix");
    row("url wrong length", base + QStringLiteral("VD1-") + kHexUpper.left(10), "wrong_length");
    row("javascript scheme", QStringLiteral("javascript:alert('") + kCanonical + QStringLiteral("')"),
        "unsupported_scheme");
    row("data scheme", QStringLiteral("data:text/plain,") + kCanonical, "unsupported_scheme");
    row("ftp scheme", QStringLiteral("ftp://e.com/") + kCanonical, "unsupported_scheme");
    row("ethereum scheme", QStringLiteral("ethereum:0x") + kHexLower, "unsupported_scheme");
}

void TestPayloadParser::rejected()
{
    QFETCH(QString, input);
    QFETCH(QString, code);
    const auto r = PayloadParser::parse(input);
    QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted: ") + input.left(120)));
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
}

void TestPayloadParser::bytesInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code"); // empty = accepted

    QTest::newRow("canonical utf8") << kCanonical.toLatin1() << QString();
    QTest::newRow("canonical + CRLF") << (kCanonical.toLatin1() + "\r\n") << QString();
    QTest::newRow("invalid utf8") << (kCanonical.toLatin1() + "\xff\xfe") << QStringLiteral("scan.payload.binary");
    QTest::newRow("random binary") << QByteArray("\x00\x01\x02\xff\x80VD1-", 9)
                                   << QStringLiteral("scan.payload.binary");
    QTest::newRow("NUL in ascii") << QByteArray("VD1-\0ABC", 8) << QStringLiteral("scan.payload.control_character");
    QTest::newRow("utf8 BOM") << (QByteArray("\xef\xbb\xbf") + kCanonical.toLatin1())
                              << QStringLiteral("scan.payload.invisible_character");
    QTest::newRow("utf8 RLO") << (QByteArray("\xe2\x80\xae") + kCanonical.toLatin1())
                              << QStringLiteral("scan.payload.invisible_character");
    QTest::newRow("4 KB bytes") << QByteArray(4096, 'A') << QStringLiteral("scan.payload.too_long");
    // 100 three-byte characters: 100 UTF-16 units but 300+ bytes -- the byte cap applies first.
    QTest::newRow("300 bytes of 3-byte chars + 1")
        << (QByteArray("\xe2\x82\xac").repeated(100) + "x") << QStringLiteral("scan.payload.too_long");
}

void TestPayloadParser::bytesInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const auto r = PayloadParser::parseUtf8(bytes);
    if (code.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().code));
        QCOMPARE(r->canonical, kCanonical);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }
}

void TestPayloadParser::canonicalPayload()
{
    const QByteArray hash = QByteArray::fromHex(kHexLower.toLatin1());
    QCOMPARE(PayloadParser::canonicalPayload(hash), kCanonical);
    QVERIFY(PayloadParser::canonicalPayload(hash.left(31)).isEmpty());
    QVERIFY(PayloadParser::canonicalPayload({}).isEmpty());
    // Round trip through every accepted form gives the same canonical text.
    const auto r = PayloadParser::parse(PayloadParser::canonicalPayload(hash));
    QVERIFY(r.ok());
    QCOMPARE(r->hash, hash);
    // The canonical form is QR alphanumeric-mode material: digits, uppercase, '-'.
    for (const QChar c : kCanonical)
        QVERIFY(c.isDigit() || (c >= u'A' && c <= u'Z') || c == u'-');
}

void TestPayloadParser::messagesAreSentences()
{
    // The UI shows message; logic and tests use code. The length cap is named in the message through %1.
    const auto r = PayloadParser::parse(QString(500, u'x'));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("300")));
    QVERIFY(!r.error().message.contains(QStringLiteral("%1")));
}

QTEST_GUILESS_MAIN(TestPayloadParser)
#include "tst_payload_parser.moc"
