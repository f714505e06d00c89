#include "chain/Rlp.h"

#include <QCoreApplication>

namespace vd::chain {
namespace {

QByteArray lengthPrefix(qsizetype length, uint8_t shortBase, uint8_t longBase)
{
    if (length < 56)
        return QByteArray(1, static_cast<char>(shortBase + length));
    const QByteArray len = U256(static_cast<uint64_t>(length)).toMinimalBigEndian();
    return QByteArray(1, static_cast<char>(longBase + len.size())) + len;
}

vd::Error rlpError(const char *code, const char *text)
{
    return {QString::fromLatin1(code), QCoreApplication::translate("vd::chain::Rlp", text)};
}

class Decoder
{
public:
    Decoder(QByteArrayView data, int maxDepth) : m_data(data), m_maxDepth(maxDepth) {}

    // Decodes the item starting at m_pos and ending at or before `end`.
    vd::Result<RlpItem> item(qsizetype end, int depth)
    {
        if (depth > m_maxDepth)
            return rlpError("rlp.too_deep", QT_TRANSLATE_NOOP("vd::chain::Rlp", "The RLP data is nested too deeply."));
        if (m_pos >= end)
            return truncated();
        const auto prefix = static_cast<uint8_t>(m_data[m_pos]);
        ++m_pos;
        if (prefix < 0x80)
            return RlpItem::bytes(QByteArray(1, static_cast<char>(prefix)));
        const bool isList = prefix >= 0xc0;
        const uint8_t shortBase = isList ? 0xc0 : 0x80;
        const uint8_t longBase = isList ? 0xf7 : 0xb7;
        qsizetype length = 0;
        if (prefix <= longBase) {
            length = prefix - shortBase;
        } else {
            const int lenOfLen = prefix - longBase;
            if (end - m_pos < lenOfLen)
                return truncated();
            if (static_cast<uint8_t>(m_data[m_pos]) == 0)
                return nonCanonical();
            uint64_t len = 0;
            for (int i = 0; i < lenOfLen; ++i) {
                if (len > (UINT64_MAX >> 8))
                    return overflow();
                len = (len << 8) | static_cast<uint8_t>(m_data[m_pos + i]);
            }
            m_pos += lenOfLen;
            if (len < 56)
                return nonCanonical();
            if (len > static_cast<uint64_t>(end - m_pos))
                return overflow();
            length = static_cast<qsizetype>(len);
        }
        if (length > end - m_pos)
            return truncated();
        const qsizetype itemEnd = m_pos + length;
        if (!isList) {
            if (length == 1 && static_cast<uint8_t>(m_data[m_pos]) < 0x80)
                return nonCanonical(); // a single byte below 0x80 is its own encoding
            const QByteArray bytes = m_data.sliced(m_pos, length).toByteArray();
            m_pos = itemEnd;
            return RlpItem::bytes(bytes);
        }
        QList<RlpItem> items;
        while (m_pos < itemEnd) {
            auto child = item(itemEnd, depth + 1);
            if (!child)
                return child;
            items.append(std::move(child).value());
        }
        return RlpItem::list(items);
    }

    qsizetype pos() const { return m_pos; }

private:
    static vd::Error truncated()
    {
        return rlpError("rlp.truncated",
                        QT_TRANSLATE_NOOP("vd::chain::Rlp", "The RLP data ends before its declared length."));
    }
    static vd::Error nonCanonical()
    {
        return rlpError("rlp.non_canonical",
                        QT_TRANSLATE_NOOP("vd::chain::Rlp", "The RLP data is not in canonical (shortest) form."));
    }
    static vd::Error overflow()
    {
        return rlpError("rlp.length_overflow",
                        QT_TRANSLATE_NOOP("vd::chain::Rlp", "The RLP data declares a length larger than the data."));
    }

    QByteArrayView m_data;
    int m_maxDepth;
    qsizetype m_pos = 0;
};

} // namespace

QByteArray Rlp::encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && static_cast<uint8_t>(bytes[0]) < 0x80)
        return bytes.toByteArray();
    return lengthPrefix(bytes.size(), 0x80, 0xb7) + bytes.toByteArray();
}

QByteArray Rlp::encodeUint(const U256 &value)
{
    return encodeBytes(value.toMinimalBigEndian());
}

QByteArray Rlp::encodeList(const QList<QByteArray> &encodedItems)
{
    QByteArray body;
    for (const QByteArray &e : encodedItems)
        body += e;
    return lengthPrefix(body.size(), 0xc0, 0xf7) + body;
}

QByteArray Rlp::encode(const RlpItem &item)
{
    if (!item.isList())
        return encodeBytes(item.bytes());
    QList<QByteArray> parts;
    parts.reserve(item.items().size());
    for (const RlpItem &child : item.items())
        parts.append(encode(child));
    return encodeList(parts);
}

vd::Result<RlpItem> Rlp::decode(QByteArrayView data, int maxDepth)
{
    if (data.isEmpty())
        return rlpError("rlp.empty", QT_TRANSLATE_NOOP("vd::chain::Rlp", "The RLP data is empty."));
    Decoder d(data, maxDepth);
    auto r = d.item(data.size(), 0);
    if (!r)
        return r;
    if (d.pos() != data.size())
        return rlpError("rlp.trailing_bytes",
                        QT_TRANSLATE_NOOP("vd::chain::Rlp", "The RLP data has bytes after its single item."));
    return r;
}

} // namespace vd::chain
