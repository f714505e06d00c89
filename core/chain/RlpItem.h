#pragma once
// One RLP item: a byte string or a list of items (the decoded tree, or something to encode). Value type, any thread.
#include "chain/U256.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>

namespace vd::chain {

class RlpItem
{
public:
    RlpItem() = default; // the empty byte string
    static RlpItem bytes(const QByteArray &b);
    static RlpItem list(const QList<RlpItem> &items);
    /// Minimal big-endian integer (zero is the empty string).
    static RlpItem uint(const U256 &v);

    bool isList() const { return m_isList; }
    const QByteArray &bytes() const { return m_bytes; }
    const QList<RlpItem> &items() const { return m_items; }

    /// Strict integer read: a byte string of at most 32 bytes without leading zeros.
    /// Errors: "rlp.not_an_integer".
    vd::Result<U256> toU256() const;

    friend bool operator==(const RlpItem &a, const RlpItem &b);

private:
    bool m_isList = false;
    QByteArray m_bytes;
    QList<RlpItem> m_items;
};

} // namespace vd::chain
