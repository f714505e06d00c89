#include "chain/RlpItem.h"

#include <QCoreApplication>

namespace vd::chain {

RlpItem RlpItem::bytes(const QByteArray &b)
{
    RlpItem i;
    i.m_bytes = b;
    return i;
}

RlpItem RlpItem::list(const QList<RlpItem> &items)
{
    RlpItem i;
    i.m_isList = true;
    i.m_items = items;
    return i;
}

RlpItem RlpItem::uint(const U256 &v)
{
    return bytes(v.toMinimalBigEndian());
}

vd::Result<U256> RlpItem::toU256() const
{
    if (m_isList || m_bytes.size() > 32 || (!m_bytes.isEmpty() && m_bytes[0] == 0))
        return vd::Error{QStringLiteral("rlp.not_an_integer"),
                         QCoreApplication::translate("vd::chain::Rlp", "The RLP item is not a canonical integer.")};
    return U256::fromBigEndian(m_bytes);
}

bool operator==(const RlpItem &a, const RlpItem &b)
{
    if (a.m_isList != b.m_isList || a.m_bytes != b.m_bytes || a.m_items.size() != b.m_items.size())
        return false;
    for (qsizetype i = 0; i < a.m_items.size(); ++i)
        if (!(a.m_items[i] == b.m_items[i]))
            return false;
    return true;
}

} // namespace vd::chain
