#pragma once
// A value for ABI encoding / the result of decoding. Integers are held as 256-bit words: uint<M> as the number,
// int<M> in two's complement over 256 bits. Value type, any thread.
#include "chain/Address.h"
#include "chain/U256.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace vd::chain {

class AbiValue
{
public:
    enum class Kind { Address, Bool, Uint, Int, Bytes, String, List };

    AbiValue() = default;
    static AbiValue address(const Address &a);
    static AbiValue boolean(bool b);
    static AbiValue uint(const U256 &v);
    /// Two's-complement 256-bit word.
    static AbiValue int_(const U256 &twosComplement);
    static AbiValue int64(int64_t v);
    static AbiValue bytes(const QByteArray &b); // for both bytes and bytesN
    static AbiValue string(const QString &s);
    static AbiValue list(const QList<AbiValue> &items); // arrays and tuples

    Kind kind() const { return m_kind; }
    const Address &asAddress() const { return m_address; }
    bool asBool() const { return !m_word.isZero(); }
    const U256 &asUint() const { return m_word; } // also the raw word of an Int
    bool isNegative() const { return m_kind == Kind::Int && m_word.bit(255); }
    const QByteArray &asBytes() const { return m_bytes; }
    const QString &asString() const { return m_string; }
    const QList<AbiValue> &items() const { return m_items; }

    /// Human-readable text like cast prints it: checksummed address, decimal numbers (with '-'), 0x bytes,
    /// strings as-is, lists as "[a, b]" and tuples as "(a, b)" when `asTuple`.
    QString toDisplayString(bool asTuple = false) const;

    friend bool operator==(const AbiValue &a, const AbiValue &b);

private:
    Kind m_kind = Kind::Uint;
    Address m_address;
    U256 m_word;
    QByteArray m_bytes;
    QString m_string;
    QList<AbiValue> m_items;
};

} // namespace vd::chain
