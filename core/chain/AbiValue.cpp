#include "chain/AbiValue.h"

#include "chain/Hex.h"

#include <QStringList>

namespace vd::chain {

AbiValue AbiValue::address(const Address &a)
{
    AbiValue v;
    v.m_kind = Kind::Address;
    v.m_address = a;
    return v;
}

AbiValue AbiValue::boolean(bool b)
{
    AbiValue v;
    v.m_kind = Kind::Bool;
    v.m_word = U256(b ? 1 : 0);
    return v;
}

AbiValue AbiValue::uint(const U256 &value)
{
    AbiValue v;
    v.m_kind = Kind::Uint;
    v.m_word = value;
    return v;
}

AbiValue AbiValue::int_(const U256 &twosComplement)
{
    AbiValue v;
    v.m_kind = Kind::Int;
    v.m_word = twosComplement;
    return v;
}

AbiValue AbiValue::int64(int64_t value)
{
    if (value >= 0)
        return int_(U256(static_cast<uint64_t>(value)));
    // -value as unsigned without overflow for INT64_MIN, then negate in 256 bits.
    const uint64_t magnitude = ~static_cast<uint64_t>(value) + 1;
    return int_(U256(0) - U256(magnitude));
}

AbiValue AbiValue::bytes(const QByteArray &b)
{
    AbiValue v;
    v.m_kind = Kind::Bytes;
    v.m_bytes = b;
    return v;
}

AbiValue AbiValue::string(const QString &s)
{
    AbiValue v;
    v.m_kind = Kind::String;
    v.m_string = s;
    return v;
}

AbiValue AbiValue::list(const QList<AbiValue> &items)
{
    AbiValue v;
    v.m_kind = Kind::List;
    v.m_items = items;
    return v;
}

QString AbiValue::toDisplayString(bool asTuple) const
{
    switch (m_kind) {
    case Kind::Address:
        return m_address.toChecksummed();
    case Kind::Bool:
        return m_word.isZero() ? QStringLiteral("false") : QStringLiteral("true");
    case Kind::Uint:
        return m_word.toDecimal();
    case Kind::Int:
        if (isNegative())
            return u'-' + (U256(0) - m_word).toDecimal();
        return m_word.toDecimal();
    case Kind::Bytes:
        return hex::encode(m_bytes);
    case Kind::String:
        return m_string;
    case Kind::List: {
        QStringList parts;
        for (const AbiValue &item : m_items)
            parts.append(item.toDisplayString(false));
        return asTuple ? u'(' + parts.join(QStringLiteral(", ")) + u')'
                       : u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    }
    return {};
}

} // namespace vd::chain

namespace vd::chain {

bool operator==(const AbiValue &a, const AbiValue &b)
{
    if (a.m_kind != b.m_kind || a.m_address != b.m_address || a.m_word != b.m_word || a.m_bytes != b.m_bytes ||
        a.m_string != b.m_string || a.m_items.size() != b.m_items.size())
        return false;
    for (qsizetype i = 0; i < a.m_items.size(); ++i)
        if (!(a.m_items[i] == b.m_items[i]))
            return false;
    return true;
}

} // namespace vd::chain
