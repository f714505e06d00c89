#include "chain/Hex.h"

#include <QCoreApplication>
#include <cstring>

namespace vd::chain::hex {
namespace {

int nibble(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

vd::Error malformed()
{
    return {QStringLiteral("hex.malformed"),
            QCoreApplication::translate("vd::chain::Hex", "The value is not valid hexadecimal data.")};
}

} // namespace

QString encode(QByteArrayView bytes, bool prefix)
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out;
    out.reserve(bytes.size() * 2 + 2);
    if (prefix)
        out += QLatin1String("0x");
    for (const char b : bytes) {
        const auto v = static_cast<uint8_t>(b);
        out += QChar(digits[v >> 4]);
        out += QChar(digits[v & 0xf]);
    }
    return out;
}

vd::Result<QByteArray> decode(QStringView text)
{
    if (text.size() >= 2 && text[0] == u'0' && (text[1] == u'x' || text[1] == u'X'))
        text = text.mid(2);
    if (text.size() % 2 != 0)
        return malformed();
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = nibble(text[2 * i].unicode());
        const int lo = nibble(text[2 * i + 1].unicode());
        if (hi < 0 || lo < 0)
            return malformed();
        out[i] = static_cast<char>((hi << 4) | lo);
    }
    return out;
}

vd::Result<QByteArray> decodeFixed(QStringView text, qsizetype size)
{
    auto r = decode(text);
    if (!r)
        return r;
    if (r->size() != size)
        return vd::Error{QStringLiteral("hex.size"),
                         QCoreApplication::translate("vd::chain::Hex", "Expected %1 bytes of hexadecimal data, got %2.")
                             .arg(size)
                             .arg(r->size())};
    return r;
}

vd::Result<std::array<uint8_t, 32>> decode32(QStringView text)
{
    auto r = decodeFixed(text, 32);
    if (!r)
        return r.error();
    std::array<uint8_t, 32> out{};
    std::memcpy(out.data(), r->constData(), out.size());
    return out;
}

} // namespace vd::chain::hex
