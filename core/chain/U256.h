#pragma once
// 256-bit unsigned integer for token amounts, fees and ABI words: exact arithmetic, no floating point.
// A value type (four 64-bit limbs, least significant first); safe to use from any thread.
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <array>
#include <compare>
#include <cstdint>
#include <optional>
#include <utility>

namespace vd::chain {

class U256
{
public:
    constexpr U256() = default;
    constexpr U256(uint64_t v) : m_limbs{v, 0, 0, 0} {} // NOLINT(google-explicit-constructor): literals read naturally
    /// limbs[0] is the least significant 64 bits.
    static constexpr U256 fromLimbs(uint64_t l0, uint64_t l1, uint64_t l2, uint64_t l3)
    {
        U256 r;
        r.m_limbs = {l0, l1, l2, l3};
        return r;
    }
    static constexpr U256 max() { return fromLimbs(~0ULL, ~0ULL, ~0ULL, ~0ULL); }

    /// Up to 32 big-endian bytes (shorter input is left-padded). Errors: "u256.overflow" for more than 32
    /// significant bytes (leading zero bytes beyond 32 are accepted).
    static vd::Result<U256> fromBigEndian(QByteArrayView bytes);
    std::array<uint8_t, 32> toBigEndian() const;
    QByteArray toBigEndianBytes() const;   // always 32 bytes
    QByteArray toMinimalBigEndian() const; // no leading zero bytes; zero -> empty (RLP integers)

    /// JSON-RPC quantity: "0x" + 1..64 hex digits (leading zeros tolerated). Errors: "u256.malformed", "u256.overflow".
    static vd::Result<U256> fromHexQuantity(QStringView text);
    /// "0x0", "0x1a" (JSON-RPC quantity form, no leading zeros).
    QString toHexQuantity() const;

    /// Decimal amount with `decimals` fraction digits: "12.5" with 18 -> 12500000000000000000. Digits and at most
    /// one '.', no sign, exponent, whitespace, grouping or empty parts ("5." and ".5" are accepted, "." is not).
    /// Errors: "amount.empty", "amount.malformed", "amount.too_many_decimals", "amount.overflow".
    static vd::Result<U256> fromDecimal(QStringView text, int decimals = 0);
    /// Exact decimal text; with decimals > 0 the fraction is printed without trailing zeros ("12.5", "1", "0.000001").
    QString toDecimal(int decimals = 0) const;

    bool isZero() const { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    bool fitsUint64() const { return (m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    uint64_t low64() const { return m_limbs[0]; }
    uint64_t limb(int i) const { return m_limbs[static_cast<size_t>(i)]; }
    int bitLength() const;
    bool bit(int index) const;

    // Wrapping arithmetic (mod 2^256) and checked variants that refuse overflow.
    friend U256 operator+(const U256 &a, const U256 &b);
    friend U256 operator-(const U256 &a, const U256 &b);
    friend U256 operator*(const U256 &a, const U256 &b);
    std::optional<U256> checkedAdd(const U256 &other) const;
    std::optional<U256> checkedSub(const U256 &other) const;
    std::optional<U256> checkedMul(const U256 &other) const;
    /// {quotient, remainder}; nullopt for division by zero.
    std::optional<std::pair<U256, U256>> divmod(const U256 &divisor) const;
    /// Division/modulo by zero give zero (EVM semantics); use divmod() to detect it.
    friend U256 operator/(const U256 &a, const U256 &b);
    friend U256 operator%(const U256 &a, const U256 &b);

    friend U256 operator<<(const U256 &a, int shift);
    friend U256 operator>>(const U256 &a, int shift);
    friend U256 operator&(const U256 &a, const U256 &b);
    friend U256 operator|(const U256 &a, const U256 &b);
    friend U256 operator~(const U256 &a);

    U256 &operator+=(const U256 &o) { return *this = *this + o; }
    U256 &operator-=(const U256 &o) { return *this = *this - o; }
    U256 &operator*=(const U256 &o) { return *this = *this * o; }

    friend bool operator==(const U256 &a, const U256 &b) = default;
    friend std::strong_ordering operator<=>(const U256 &a, const U256 &b);

    /// 10^exponent, nullopt above 10^77.
    static std::optional<U256> pow10(int exponent);

private:
    std::array<uint64_t, 4> m_limbs{};
};

} // namespace vd::chain
