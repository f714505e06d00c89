#include "EventDecoder.h"

#include "chain/Abi.h"
#include "chain/U256.h"

#include <QJsonDocument>

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
    QByteArray json;
    appendRow(json, log, blockTime);
    return QJsonDocument::fromJson(json).object();
}

EventDecoder::Decoded EventDecoder::decode(const chain::LogEntry &log) const
{
    const auto hexOf = [](const uint8_t *data, qsizetype n) {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(data), n).toHex();
    };
    Decoded d;
    const Topics &t = topics();
    const auto &tp = log.topics;
    const qsizetype n = tp.size();
    if (n > 0 && log.address == m_token) {
        const Hash32 &t0 = tp[0];
        if (t0 == t.transfer && n == 3 && log.data.size() >= 32) {
            const chain::Address from = chain::Address::fromWord(tp[1]);
            const chain::Address to = chain::Address::fromWord(tp[2]);
            if (from == chain::Address::zero() && to != chain::Address::zero()) {
                d.kind = "mint";
                d.account = hexOf(to.bytes().data(), 20);
                d.amount = amountOf(log.data, 0).toLatin1();
            } else if (to == chain::Address::zero() && from != chain::Address::zero()) {
                d.kind = "burn";
                d.account = hexOf(from.bytes().data(), 20);
                d.amount = amountOf(log.data, 0).toLatin1();
            } else {
                d.kind = "transfer";
            }
        } else if (t0 == t.redeemed && n == 3 && log.data.size() >= 32) {
            d.kind = "redeemed";
            d.hash = hexOf(tp[1].data(), 32);
            d.account = wordAddress(tp[2]).toLatin1();
            d.amount = amountOf(log.data, 0).toLatin1();
        } else if ((t0 == t.paused || t0 == t.unpaused) && n == 1) {
            d.kind = t0 == t.paused ? "paused" : "unpaused";
        } else if ((t0 == t.roleGranted || t0 == t.roleRevoked) && n == 4) {
            d.kind = t0 == t.roleGranted ? "role_granted" : "role_revoked";
            d.role = hexOf(tp[1].data(), 32);
            d.account = wordAddress(tp[2]).toLatin1();
        } else if ((t0 == t.frozen || t0 == t.unfrozen) && n == 2) {
            d.kind = t0 == t.frozen ? "frozen" : "unfrozen";
            d.account = wordAddress(tp[1]).toLatin1();
        }
    } else if (n == 2 && m_safe && log.address == *m_safe) {
        // Safe 1.4.1: txHash indexed (1.3.0 put it in data; that layout stays "other").
        if (tp[0] == t.safeSuccess || tp[0] == t.safeFailure) {
            d.kind = tp[0] == t.safeSuccess ? "safe_success" : "safe_failure";
            d.hash = hexOf(tp[1].data(), 32);
        }
    }
    return d;
}

void EventDecoder::appendRow(QByteArray &out, const chain::LogEntry &log, quint64 blockTime) const
{
    // Written by hand: QJsonObject costs more than the database insert for large batches. Only hex, digits and
    // fixed keys go in, so nothing needs escaping.
    const auto field = [&out](const char *key, const QByteArray &value, bool quoted) {
        out += ",\"";
        out += key;
        out += quoted ? "\":\"" : "\":";
        out += value;
        if (quoted)
            out += '"';
    };
    const auto hexOf = [](const uint8_t *data, qsizetype n) {
        return QByteArray::fromRawData(reinterpret_cast<const char *>(data), n).toHex();
    };
    out += "{\"n\":";
    out += QByteArray::number(static_cast<qulonglong>(log.blockNumber));
    field("bh", hexOf(log.blockHash.data(), 32), true);
    field("bt", QByteArray::number(static_cast<qulonglong>(blockTime)), false);
    field("tx", hexOf(log.transactionHash.data(), 32), true);
    field("ti", QByteArray::number(static_cast<qulonglong>(log.transactionIndex)), false);
    field("li", QByteArray::number(static_cast<qulonglong>(log.logIndex)), false);
    field("a", hexOf(log.address.bytes().data(), 20), true);
    field("d", log.data.toHex(), true);
    static const char *const topicKeys[] = {"t0", "t1", "t2", "t3"};
    for (qsizetype i = 0; i < log.topics.size() && i < 4; ++i)
        field(topicKeys[i], hexOf(log.topics[i].data(), 32), true);
    const Decoded d = decode(log);
    if (!d.role.isEmpty())
        field("role", d.role, true);
    if (!d.hash.isEmpty())
        field("hash", d.hash, true);
    if (!d.account.isEmpty())
        field("account", d.account, true);
    if (!d.amount.isEmpty())
        field("amount", d.amount, true);
    field("k", QByteArray(d.kind), true);
    out += '}';
}

const char *EventDecoder::copyColumns()
{
    return "n, bh, bt, tx, ti, li, a, t0, t1, t2, t3, d, k, hash, account, amount, role";
}

void EventDecoder::appendCopyRow(QByteArray &out, const chain::LogEntry &log, quint64 blockTime) const
{
    // COPY text format: tab-separated, \N for NULL, bytea as \\x<hex> (the backslash itself escaped). Only digits,
    // hex and fixed words go in, so nothing else needs escaping.
    const auto bytes = [&out](const uint8_t *data, qsizetype n) {
        out += "\\\\x";
        out += QByteArray::fromRawData(reinterpret_cast<const char *>(data), n).toHex();
    };
    const auto hexText = [&out](const QByteArray &hex) {
        if (hex.isEmpty()) {
            out += "\\N";
        } else {
            out += "\\\\x";
            out += hex;
        }
    };
    out += QByteArray::number(static_cast<qulonglong>(log.blockNumber));
    out += '\t';
    bytes(log.blockHash.data(), 32);
    out += '\t';
    out += QByteArray::number(static_cast<qulonglong>(blockTime));
    out += '\t';
    bytes(log.transactionHash.data(), 32);
    out += '\t';
    out += QByteArray::number(static_cast<qulonglong>(log.transactionIndex));
    out += '\t';
    out += QByteArray::number(static_cast<qulonglong>(log.logIndex));
    out += '\t';
    bytes(log.address.bytes().data(), 20);
    for (qsizetype i = 0; i < 4; ++i) {
        out += '\t';
        if (i < log.topics.size())
            bytes(log.topics[i].data(), 32);
        else
            out += "\\N";
    }
    out += '\t';
    out += "\\\\x";
    out += log.data.toHex();
    const Decoded d = decode(log);
    out += '\t';
    out += d.kind;
    out += '\t';
    hexText(d.hash);
    out += '\t';
    hexText(d.account);
    out += '\t';
    if (d.amount.isEmpty())
        out += "\\N";
    else
        out += d.amount;
    out += '\t';
    hexText(d.role);
    out += '\n';
}

} // namespace vd::listener
