#include "EventDecoder.h"

#include "chain/Abi.h"
#include "chain/U256.h"

namespace vd::listener {

namespace {

using chain::Hash32;

struct Topics
{
    Hash32 transfer = chain::Abi::eventTopic(u"Transfer(address,address,uint256)");
    Hash32 redeemed = chain::Abi::eventTopic(u"Redeemed(bytes32,address,uint256)");
    Hash32 paused = chain::Abi::eventTopic(u"Paused(address)");
    Hash32 unpaused = chain::Abi::eventTopic(u"Unpaused(address)");
    Hash32 roleGranted = chain::Abi::eventTopic(u"RoleGranted(bytes32,address,address)");
    Hash32 roleRevoked = chain::Abi::eventTopic(u"RoleRevoked(bytes32,address,address)");
    Hash32 frozen = chain::Abi::eventTopic(u"Frozen(address)");
    Hash32 unfrozen = chain::Abi::eventTopic(u"Unfrozen(address)");
    Hash32 safeSuccess = chain::Abi::eventTopic(u"ExecutionSuccess(bytes32,uint256)");
    Hash32 safeFailure = chain::Abi::eventTopic(u"ExecutionFailure(bytes32,uint256)");
};

const Topics &topics()
{
    static const Topics t;
    return t;
}

QString hex(const Hash32 &h)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h.data()), 32).toHex());
}

QString hex(const chain::Address &a)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(a.bytes().data()), 20).toHex());
}

QString wordAddress(const Hash32 &word)
{
    return hex(chain::Address::fromWord(word));
}

QString amountOf(const QByteArray &data, int word)
{
    if (data.size() < (word + 1) * 32)
        return {};
    const auto v = chain::U256::fromBigEndian(QByteArrayView(data).sliced(word * 32, 32));
    return v.ok() ? v->toDecimal() : QString();
}

} // namespace

EventDecoder::EventDecoder(const chain::Address &token, const std::optional<chain::Address> &safe)
    : m_token(token), m_safe(safe)
{
}

QString EventDecoder::kind(const chain::LogEntry &log) const
{
    return toRow(log, 0).value(QStringLiteral("k")).toString();
}

QJsonObject EventDecoder::toRow(const chain::LogEntry &log, quint64 blockTime) const
{
    QJsonObject row{
        {QStringLiteral("n"), static_cast<qint64>(log.blockNumber)},
        {QStringLiteral("bh"), hex(log.blockHash)},
        {QStringLiteral("bt"), static_cast<qint64>(blockTime)},
        {QStringLiteral("tx"), hex(log.transactionHash)},
        {QStringLiteral("ti"), static_cast<qint64>(log.transactionIndex)},
        {QStringLiteral("li"), static_cast<qint64>(log.logIndex)},
        {QStringLiteral("a"), hex(log.address)},
        {QStringLiteral("d"), QString::fromLatin1(log.data.toHex())},
    };
    static const QString topicKeys[] = {QStringLiteral("t0"), QStringLiteral("t1"), QStringLiteral("t2"),
                                        QStringLiteral("t3")};
    for (qsizetype i = 0; i < log.topics.size() && i < 4; ++i)
        row.insert(topicKeys[i], hex(log.topics[i]));

    const Topics &t = topics();
    const auto &tp = log.topics;
    const qsizetype n = tp.size();
    QString k = QStringLiteral("other");
    if (n > 0 && log.address == m_token) {
        const Hash32 &t0 = tp[0];
        if (t0 == t.transfer && n == 3 && log.data.size() >= 32) {
            const chain::Address from = chain::Address::fromWord(tp[1]);
            const chain::Address to = chain::Address::fromWord(tp[2]);
            const QString amount = amountOf(log.data, 0);
            if (from == chain::Address::zero() && to != chain::Address::zero()) {
                k = QStringLiteral("mint");
                row.insert(QStringLiteral("account"), hex(to));
            } else if (to == chain::Address::zero() && from != chain::Address::zero()) {
                k = QStringLiteral("burn");
                row.insert(QStringLiteral("account"), hex(from));
            } else {
                k = QStringLiteral("transfer");
            }
            row.insert(QStringLiteral("amount"), amount);
        } else if (t0 == t.redeemed && n == 3 && log.data.size() >= 32) {
            k = QStringLiteral("redeemed");
            row.insert(QStringLiteral("hash"), hex(tp[1]));
            row.insert(QStringLiteral("account"), wordAddress(tp[2]));
            row.insert(QStringLiteral("amount"), amountOf(log.data, 0));
        } else if ((t0 == t.paused || t0 == t.unpaused) && n == 1) {
            k = t0 == t.paused ? QStringLiteral("paused") : QStringLiteral("unpaused");
        } else if ((t0 == t.roleGranted || t0 == t.roleRevoked) && n == 4) {
            k = t0 == t.roleGranted ? QStringLiteral("role_granted") : QStringLiteral("role_revoked");
            row.insert(QStringLiteral("role"), hex(tp[1]));
            row.insert(QStringLiteral("account"), wordAddress(tp[2]));
        } else if ((t0 == t.frozen || t0 == t.unfrozen) && n == 2) {
            k = t0 == t.frozen ? QStringLiteral("frozen") : QStringLiteral("unfrozen");
            row.insert(QStringLiteral("account"), wordAddress(tp[1]));
        }
    } else if (n == 2 && m_safe && log.address == *m_safe) {
        // Safe 1.4.1: txHash indexed (1.3.0 put it in data; that layout stays "other").
        if (tp[0] == t.safeSuccess || tp[0] == t.safeFailure) {
            k = tp[0] == t.safeSuccess ? QStringLiteral("safe_success") : QStringLiteral("safe_failure");
            row.insert(QStringLiteral("hash"), hex(tp[1]));
        }
    }
    row.insert(QStringLiteral("k"), k);
    return row;
}

} // namespace vd::listener
