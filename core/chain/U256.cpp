#include "chain/U256.h"

#include <QCoreApplication>

#if defined(_MSC_VER) && !defined(__clang__)
#include <intrin.h>
#define VD_U256_MSVC 1 // MSVC has no unsigned __int128: its x64 intrinsics do the same (Windows CI only)
#endif

namespace vd::chain {
namespace {

#if !defined(VD_U256_MSVC)
__extension__ typedef unsigned __int128 u128; // GCC/Clang; pedantic-clean through __extension__
#endif

// low 64 bits of a * b + c + d (which never overflows 128 bits); the high 64 bits go to `high`.
inline uint64_t mulAdd(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t &high)
{
#if defined(VD_U256_MSVC)
    uint64_t hi = 0;
    uint64_t lo = _umul128(a, b, &hi);
    hi += _addcarry_u64(0, lo, c, &lo);
    hi += _addcarry_u64(0, lo, d, &lo);
    high = hi;
    return lo;
#else
    const u128 r = static_cast<u128>(a) * b + c + d;
    high = static_cast<uint64_t>(r >> 64);
    return static_cast<uint64_t>(r);
#endif
}

// (high:low) / divisor, with high < divisor so the quotient fits 64 bits; the remainder goes to `rem`.
inline uint64_t divWide(uint64_t high, uint64_t low, uint64_t divisor, uint64_t &rem)
{
#if defined(VD_U256_MSVC)
    return _udiv128(high, low, divisor, &rem);
#else
    const u128 cur = (static_cast<u128>(high) << 64) | low;
    rem = static_cast<uint64_t>(cur % divisor);
    return static_cast<uint64_t>(cur / divisor);
#endif
}

inline int leadingZeros(uint64_t x) // x != 0
{
#if defined(VD_U256_MSVC)
    unsigned long index = 0;
    _BitScanReverse64(&index, x);
    return 63 - static_cast<int>(index);
#else
    return __builtin_clzll(x);
#endif
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vd::chain::U256", text);
}

vd::Error amountError(const char *code, const char *text)
{
    return {QString::fromLatin1(code), tr(text)};
}

// Divides in place by a 64-bit divisor (non-zero) and returns the remainder.
uint64_t divSmall(std::array<uint64_t, 4> &limbs, uint64_t divisor)
{
    uint64_t rem = 0;
    for (int i = 3; i >= 0; --i)
        limbs[static_cast<size_t>(i)] = divWide(rem, limbs[static_cast<size_t>(i)], divisor, rem);
    return rem;
}

int hexNibble(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

vd::Result<U256> U256::fromBigEndian(QByteArrayView bytes)
{
    qsizetype start = 0;
    while (bytes.size() - start > 32) {
        if (bytes[start] != 0)
            return amountError("u256.overflow",
                               QT_TRANSLATE_NOOP("vd::chain::U256", "The number does not fit in 256 bits."));
        ++start;
    }
    U256 r;
    for (qsizetype i = start; i < bytes.size(); ++i) {
        const auto pos = static_cast<size_t>(bytes.size() - 1 - i); // byte position from the least significant end
        r.m_limbs[pos / 8] |= static_cast<uint64_t>(static_cast<uint8_t>(bytes[i])) << (8 * (pos % 8));
    }
    return r;
}

std::array<uint8_t, 32> U256::toBigEndian() const
{
    std::array<uint8_t, 32> out{};
    for (size_t pos = 0; pos < 32; ++pos)
        out[31 - pos] = static_cast<uint8_t>(m_limbs[pos / 8] >> (8 * (pos % 8)));
    return out;
}

QByteArray U256::toBigEndianBytes() const
{
    const auto be = toBigEndian();
    return QByteArray(reinterpret_cast<const char *>(be.data()), 32);
}

QByteArray U256::toMinimalBigEndian() const
{
    const auto be = toBigEndian();
    size_t first = 0;
    while (first < 32 && be[first] == 0)
        ++first;
    return QByteArray(reinterpret_cast<const char *>(be.data() + first), static_cast<qsizetype>(32 - first));
}

vd::Result<U256> U256::fromHexQuantity(QStringView text)
{
    if (text.size() < 3 || text[0] != u'0' || (text[1] != u'x' && text[1] != u'X'))
        return amountError("u256.malformed",
                           QT_TRANSLATE_NOOP("vd::chain::U256", "The value is not a 0x-prefixed hexadecimal number."));
    text = text.mid(2);
    while (text.size() > 1 && text[0] == u'0')
        text = text.mid(1);
    if (text.size() > 64)
        return amountError("u256.overflow",
                           QT_TRANSLATE_NOOP("vd::chain::U256", "The number does not fit in 256 bits."));
    U256 r;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int n = hexNibble(text[i].unicode());
        if (n < 0)
            return amountError(
                "u256.malformed",
                QT_TRANSLATE_NOOP("vd::chain::U256", "The value is not a 0x-prefixed hexadecimal number."));
        const auto pos = static_cast<size_t>(text.size() - 1 - i); // nibble position
        r.m_limbs[pos / 16] |= static_cast<uint64_t>(n) << (4 * (pos % 16));
    }
    return r;
}

QString U256::toHexQuantity() const
{
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString out = QStringLiteral("0x");
    bool started = false;
    for (int pos = 63; pos >= 0; --pos) {
        const auto n = static_cast<int>((m_limbs[static_cast<size_t>(pos / 16)] >> (4 * (pos % 16))) & 0xf);
        if (n == 0 && !started && pos > 0)
            continue;
        started = true;
        out += QChar(digits[n]);
    }
    return out;
}

std::optional<U256> U256::pow10(int exponent)
{
    if (exponent < 0 || exponent > 77)
        return std::nullopt;
    U256 r(1);
    for (int i = 0; i < exponent; ++i)
        r = r * U256(10);
    return r;
}

vd::Result<U256> U256::fromDecimal(QStringView text, int decimals)
{
    if (decimals < 0 || decimals > 77)
        return amountError("amount.malformed",
                           QT_TRANSLATE_NOOP("vd::chain::U256", "The token has an unsupported number of decimals."));
    if (text.isEmpty())
        return amountError("amount.empty", QT_TRANSLATE_NOOP("vd::chain::U256", "Enter an amount."));
    qsizetype dot = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == u'.') {
            if (dot >= 0)
                return amountError(
                    "amount.malformed",
                    QT_TRANSLATE_NOOP("vd::chain::U256",
                                      "The amount must be a plain number like 12.5 (digits and one decimal point)."));
            dot = i;
        } else if (c < u'0' || c > u'9') {
            return amountError(
                "amount.malformed",
                QT_TRANSLATE_NOOP("vd::chain::U256",
                                  "The amount must be a plain number like 12.5 (digits and one decimal point)."));
        }
    }
    const QStringView intPart = dot >= 0 ? text.left(dot) : text;
    const QStringView fracPart = dot >= 0 ? text.mid(dot + 1) : QStringView();
    if (intPart.isEmpty() && fracPart.isEmpty())
        return amountError(
            "amount.malformed",
            QT_TRANSLATE_NOOP("vd::chain::U256",
                              "The amount must be a plain number like 12.5 (digits and one decimal point)."));
    if (fracPart.size() > decimals) {
        return vd::Error{QStringLiteral("amount.too_many_decimals"),
                         QCoreApplication::translate("vd::chain::U256", "The amount has more than %n decimal place(s).",
                                                     nullptr, decimals)};
    }
    const vd::Error overflow =
        amountError("amount.overflow", QT_TRANSLATE_NOOP("vd::chain::U256", "The amount is too large."));
    U256 value;
    auto pushDigit = [&value](char16_t c) -> bool {
        const auto m = value.checkedMul(U256(10));
        if (!m)
            return false;
        const auto a = m->checkedAdd(U256(static_cast<uint64_t>(c - u'0')));
        if (!a)
            return false;
        value = *a;
        return true;
    };
    for (const QChar c : intPart)
        if (!pushDigit(c.unicode()))
            return overflow;
    for (const QChar c : fracPart)
        if (!pushDigit(c.unicode()))
            return overflow;
    for (qsizetype i = fracPart.size(); i < decimals; ++i)
        if (!pushDigit(u'0'))
            return overflow;
    return value;
}

QString U256::toDecimal(int decimals) const
{
    // Collect decimal digits 19 at a time (10^19 is the largest power of ten in 64 bits).
    std::array<uint64_t, 4> limbs = m_limbs;
    QString digits;
    auto isZero = [&limbs] { return (limbs[0] | limbs[1] | limbs[2] | limbs[3]) == 0; };
    do {
        uint64_t chunk = divSmall(limbs, 10000000000000000000ULL);
        for (int i = 0; i < 19; ++i) {
            digits.prepend(QChar(u'0' + static_cast<char16_t>(chunk % 10)));
            chunk /= 10;
        }
    } while (!isZero());
    qsizetype firstNonZero = 0;
    while (firstNonZero < digits.size() - 1 && digits[firstNonZero] == u'0')
        ++firstNonZero;
    digits = digits.mid(firstNonZero);
    if (decimals <= 0)
        return digits;
    if (digits.size() <= decimals)
        digits = QString(decimals + 1 - digits.size(), u'0') + digits;
    QString integer = digits.left(digits.size() - decimals);
    QString fraction = digits.mid(digits.size() - decimals);
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    if (fraction.isEmpty())
        return integer;
    return integer + u'.' + fraction;
}

int U256::bitLength() const
{
    for (int i = 3; i >= 0; --i) {
        const uint64_t l = m_limbs[static_cast<size_t>(i)];
        if (l != 0)
            return 64 * i + 64 - leadingZeros(l);
    }
    return 0;
}

bool U256::bit(int index) const
{
    if (index < 0 || index > 255)
        return false;
    return (m_limbs[static_cast<size_t>(index / 64)] >> (index % 64)) & 1;
}

U256 operator+(const U256 &a, const U256 &b)
{
    U256 r;
    uint64_t carry = 0;
    for (size_t i = 0; i < 4; ++i) {
        r.m_limbs[i] = mulAdd(a.m_limbs[i], 1, b.m_limbs[i], carry, carry);
    }
    return r;
}

U256 operator-(const U256 &a, const U256 &b)
{
    U256 r;
    uint64_t borrow = 0;
    for (size_t i = 0; i < 4; ++i) {
        const uint64_t ai = a.m_limbs[i], bi = b.m_limbs[i];
        const uint64_t d = ai - bi - borrow;
        borrow = (ai < bi || (ai == bi && borrow)) ? 1 : 0;
        r.m_limbs[i] = d;
    }
    return r;
}

U256 operator*(const U256 &a, const U256 &b)
{
    U256 r;
    for (size_t i = 0; i < 4; ++i) {
        uint64_t carry = 0;
        for (size_t j = 0; i + j < 4; ++j) {
            r.m_limbs[i + j] = mulAdd(a.m_limbs[i], b.m_limbs[j], r.m_limbs[i + j], carry, carry);
        }
    }
    return r;
}

std::optional<U256> U256::checkedAdd(const U256 &other) const
{
    const U256 r = *this + other;
    if (r < *this)
        return std::nullopt;
    return r;
}

std::optional<U256> U256::checkedSub(const U256 &other) const
{
    if (other > *this)
        return std::nullopt;
    return *this - other;
}

std::optional<U256> U256::checkedMul(const U256 &other) const
{
    if (isZero() || other.isZero())
        return U256();
    if (bitLength() + other.bitLength() > 257)
        return std::nullopt;
    const U256 r = *this * other;
    // bitLength sum of 257 may or may not overflow: verify by division.
    const auto q = r.divmod(other);
    if (!q || q->first != *this || !q->second.isZero())
        return std::nullopt;
    return r;
}

std::optional<std::pair<U256, U256>> U256::divmod(const U256 &divisor) const
{
    if (divisor.isZero())
        return std::nullopt;
    if (divisor.fitsUint64()) {
        std::array<uint64_t, 4> q = m_limbs;
        const uint64_t rem = divSmall(q, divisor.m_limbs[0]);
        U256 quotient;
        quotient.m_limbs = q;
        return std::make_pair(quotient, U256(rem));
    }
    if (*this < divisor)
        return std::make_pair(U256(), *this);
    // Shift-subtract long division; the divisor has > 64 bits so at most ~192 iterations.
    U256 quotient, rem;
    for (int i = bitLength() - 1; i >= 0; --i) {
        rem = rem << 1;
        if (bit(i))
            rem.m_limbs[0] |= 1;
        if (rem >= divisor) {
            rem = rem - divisor;
            quotient.m_limbs[static_cast<size_t>(i / 64)] |= 1ULL << (i % 64);
        }
    }
    return std::make_pair(quotient, rem);
}

U256 operator/(const U256 &a, const U256 &b)
{
    const auto r = a.divmod(b);
    return r ? r->first : U256();
}

U256 operator%(const U256 &a, const U256 &b)
{
    const auto r = a.divmod(b);
    return r ? r->second : U256();
}

U256 operator<<(const U256 &a, int shift)
{
    if (shift <= 0)
        return shift == 0 ? a : a >> -shift;
    if (shift >= 256)
        return {};
    U256 r;
    const int limbShift = shift / 64, bitShift = shift % 64;
    for (int i = 3; i >= limbShift; --i) {
        uint64_t v = a.m_limbs[static_cast<size_t>(i - limbShift)] << bitShift;
        if (bitShift && i - limbShift - 1 >= 0)
            v |= a.m_limbs[static_cast<size_t>(i - limbShift - 1)] >> (64 - bitShift);
        r.m_limbs[static_cast<size_t>(i)] = v;
    }
    return r;
}

U256 operator>>(const U256 &a, int shift)
{
    if (shift <= 0)
        return shift == 0 ? a : a << -shift;
    if (shift >= 256)
        return {};
    U256 r;
    const int limbShift = shift / 64, bitShift = shift % 64;
    for (int i = 0; i + limbShift < 4; ++i) {
        uint64_t v = a.m_limbs[static_cast<size_t>(i + limbShift)] >> bitShift;
        if (bitShift && i + limbShift + 1 < 4)
            v |= a.m_limbs[static_cast<size_t>(i + limbShift + 1)] << (64 - bitShift);
        r.m_limbs[static_cast<size_t>(i)] = v;
    }
    return r;
}

U256 operator&(const U256 &a, const U256 &b)
{
    U256 r;
    for (size_t i = 0; i < 4; ++i)
        r.m_limbs[i] = a.m_limbs[i] & b.m_limbs[i];
    return r;
}

U256 operator|(const U256 &a, const U256 &b)
{
    U256 r;
    for (size_t i = 0; i < 4; ++i)
        r.m_limbs[i] = a.m_limbs[i] | b.m_limbs[i];
    return r;
}

U256 operator~(const U256 &a)
{
    U256 r;
    for (size_t i = 0; i < 4; ++i)
        r.m_limbs[i] = ~a.m_limbs[i];
    return r;
}

std::strong_ordering operator<=>(const U256 &a, const U256 &b)
{
    for (int i = 3; i >= 0; --i) {
        const auto c = a.m_limbs[static_cast<size_t>(i)] <=> b.m_limbs[static_cast<size_t>(i)];
        if (c != 0)
            return c;
    }
    return std::strong_ordering::equal;
}

} // namespace vd::chain
