#pragma once
// A Solidity ABI type (address, bool, uint<M>, int<M>, bytes<N>, bytes, string, T[], T[k], tuples), parsed from its
// canonical text ("(address,uint256)[]"). Value type, any thread.
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <memory>

namespace vd::chain {

class AbiType
{
public:
    enum class Kind { Address, Bool, Uint, Int, FixedBytes, Bytes, String, Array, FixedArray, Tuple };

    /// Canonical type text without spaces or names: "uint256", "bytes32", "address[]", "(address,uint256)[2]".
    /// Aliases "uint"/"int" mean 256 bits. Errors: "abi.bad_type".
    static vd::Result<AbiType> parse(QStringView text);

    static AbiType address() { return AbiType(Kind::Address); }
    static AbiType boolean() { return AbiType(Kind::Bool); }
    static AbiType uint(int bits = 256);
    static AbiType int_(int bits = 256);
    static AbiType fixedBytes(int size);
    static AbiType bytes() { return AbiType(Kind::Bytes); }
    static AbiType string() { return AbiType(Kind::String); }
    static AbiType array(const AbiType &element);
    static AbiType fixedArray(const AbiType &element, int length);
    static AbiType tuple(const QList<AbiType> &components);

    Kind kind() const { return m_kind; }
    int bits() const { return m_size; }                               // uint/int width
    int byteSize() const { return m_size; }                           // bytesN width
    int length() const { return m_size; }                             // T[k] length
    const AbiType &element() const { return m_components.front(); }   // for arrays
    const QList<AbiType> &components() const { return m_components; } // for tuples

    bool isDynamic() const;
    /// Bytes occupied in the head of an enclosing tuple (32 for dynamic types).
    qint64 headSize() const;
    QString canonical() const;

    AbiType() = default;

private:
    explicit AbiType(Kind kind, int size = 0) : m_kind(kind), m_size(size) {}
    Kind m_kind = Kind::Uint;
    int m_size = 256;
    QList<AbiType> m_components;
};

} // namespace vd::chain
