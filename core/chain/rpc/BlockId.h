#pragma once
// Which block a read refers to: a tag ("latest", "safe", "finalized", "pending", "earliest") or a number, in the
// form JSON-RPC takes. Value type, any thread.
#include <QJsonValue>
#include <QString>
#include <cstdint>

namespace vd::chain {

class BlockId
{
public:
    static BlockId latest() { return BlockId(QStringLiteral("latest")); }
    static BlockId safe() { return BlockId(QStringLiteral("safe")); }
    static BlockId finalized() { return BlockId(QStringLiteral("finalized")); }
    static BlockId pending() { return BlockId(QStringLiteral("pending")); }
    static BlockId earliest() { return BlockId(QStringLiteral("earliest")); }
    static BlockId number(uint64_t n) { return BlockId(QStringLiteral("0x") + QString::number(n, 16)); }

    QString toString() const { return m_text; }
    QJsonValue toJson() const { return m_text; }
    bool operator==(const BlockId &) const = default;

private:
    explicit BlockId(QString text) : m_text(std::move(text)) {}
    QString m_text;
};

} // namespace vd::chain
