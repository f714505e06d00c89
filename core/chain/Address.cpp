#include "chain/Address.h"

#include "chain/Hex.h"
#include "chain/Keccak.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstring>

namespace vd::chain {
namespace {

// EIP-55: a hex letter is uppercase when the matching nibble of keccak(lowercase hex digits) is >= 8.
QString checksumDigits(const QString &lowerDigits)
{
    const Hash32 h = keccak256(lowerDigits.toLatin1());
    QString out = lowerDigits;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const uint8_t byte = h[static_cast<size_t>(i / 2)];
        const int nib = (i % 2 == 0) ? (byte >> 4) : (byte & 0xf);
        if (nib >= 8 && out[i] >= u'a' && out[i] <= u'f')
            out[i] = out[i].toUpper();
    }
    return out;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

vd::Result<Address> Address::fromString(QStringView text)
{
    const vd::Error malformed{
        QStringLiteral("address.malformed"),
        QCoreApplication::translate("vd::chain::Address",
                                    "An address is 0x followed by 40 hexadecimal digits; \"%1\" is not one.")
            .arg(text.left(64).toString())};
    if (text.size() != 42 || text[0] != u'0' || text[1] != u'x')
        return malformed;
    const QStringView digits = text.mid(2);
    if (!std::all_of(digits.begin(), digits.end(), isHexDigit))
        return malformed;
    const QString lower = digits.toString().toLower();
    const bool allLower = digits == lower;
    const bool allUpper = digits == digits.toString().toUpper();
    if (!allLower && !allUpper && checksumDigits(lower) != digits) {
        return vd::Error{QStringLiteral("address.bad_checksum"),
                         QCoreApplication::translate("vd::chain::Address",
                                                     "The address %1 has a wrong checksum (mixed upper and lower case "
                                                     "that does not match): it was probably mistyped or altered.")
                             .arg(text.toString())};
    }
    const auto bytes = hex::decode(digits);
    if (!bytes)
        return malformed;
    return fromBytes(*bytes);
}

vd::Result<Address> Address::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 20)
        return vd::Error{QStringLiteral("address.malformed"),
                         QCoreApplication::translate("vd::chain::Address", "An address is 20 bytes long, not %1.")
                             .arg(bytes.size())};
    Address a;
    std::memcpy(a.m_bytes.data(), bytes.data(), 20);
    return a;
}

Address Address::fromWord(const std::array<uint8_t, 32> &word)
{
    Address a;
    std::memcpy(a.m_bytes.data(), word.data() + 12, 20);
    return a;
}

bool Address::isChecksummed(QStringView text)
{
    if (text.size() != 42 || text[0] != u'0' || text[1] != u'x')
        return false;
    const QStringView digits = text.mid(2);
    if (!std::all_of(digits.begin(), digits.end(), isHexDigit))
        return false;
    return checksumDigits(digits.toString().toLower()) == digits;
}

QString Address::toChecksummed() const
{
    return QStringLiteral("0x") + checksumDigits(hex::encode(QByteArrayView(m_bytes), false));
}

QString Address::toLower() const
{
    return hex::encode(QByteArrayView(m_bytes), true);
}

QByteArray Address::toBytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), 20);
}

std::array<uint8_t, 32> Address::toWord() const
{
    std::array<uint8_t, 32> w{};
    std::memcpy(w.data() + 12, m_bytes.data(), 20);
    return w;
}

bool Address::isZero() const
{
    return std::all_of(m_bytes.begin(), m_bytes.end(), [](uint8_t b) { return b == 0; });
}

} // namespace vd::chain
