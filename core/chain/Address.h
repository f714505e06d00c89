#pragma once
// A 20-byte account address with EIP-55 checksum formatting and strict parsing. Value type, any thread.
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <array>
#include <compare>
#include <cstdint>

namespace vd::chain {

class Address
{
public:
    constexpr Address() = default; // the zero address

    /// "0x" + 40 hex digits. All-lowercase or all-uppercase digits are accepted as-is; mixed case must carry a
    /// valid EIP-55 checksum. Errors: "address.malformed", "address.bad_checksum" (message says which was meant).
    static vd::Result<Address> fromString(QStringView text);
    /// Exactly 20 bytes. Errors: "address.malformed".
    static vd::Result<Address> fromBytes(QByteArrayView bytes);
    /// The low 20 bytes of a 32-byte ABI word / log topic (no check of the upper 12 bytes).
    static Address fromWord(const std::array<uint8_t, 32> &word);
    static constexpr Address zero() { return {}; }

    /// True when `text` is "0x" + 40 hex digits written exactly in its EIP-55 form.
    static bool isChecksummed(QStringView text);

    QString toChecksummed() const; // EIP-55, "0x" prefixed
    QString toLower() const;       // "0x" + lowercase
    QString toString() const { return toChecksummed(); }
    QByteArray toBytes() const;
    const std::array<uint8_t, 20> &bytes() const { return m_bytes; }
    /// Left-padded to a 32-byte ABI word / topic.
    std::array<uint8_t, 32> toWord() const;
    bool isZero() const;

    friend bool operator==(const Address &, const Address &) = default;
    friend auto operator<=>(const Address &, const Address &) = default;

private:
    std::array<uint8_t, 20> m_bytes{};
};

inline size_t qHash(const Address &a, size_t seed = 0)
{
    return qHashBits(a.bytes().data(), a.bytes().size(), seed);
}

} // namespace vd::chain
