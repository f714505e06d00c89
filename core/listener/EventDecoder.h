#pragma once
// Turns a log of the followed token or Safe into the row listener_apply() stores: the raw log fields (hex, no 0x)
// plus what the event means ("k": redeemed, mint, burn, transfer, paused, unpaused, role_granted, role_revoked,
// frozen, unfrozen, safe_success, safe_failure, other) and its decoded fields. A log whose shape does not match its
// topic (wrong topic count, short data) is stored as "other" and has no effect. Pure functions, any thread.
#include "chain/Address.h"
#include "chain/Receipt.h"

#include <QJsonObject>
#include <optional>

namespace vd::listener {

class EventDecoder
{
public:
    EventDecoder(const chain::Address &token, const std::optional<chain::Address> &safe);

    /// `blockTime`: unix seconds of the log's block.
    QJsonObject toRow(const chain::LogEntry &log, quint64 blockTime) const;
    /// The same row appended to `out` as JSON text (the fast path for large batches).
    void appendRow(QByteArray &out, const chain::LogEntry &log, quint64 blockTime) const;
    /// The same row as one line of COPY text format, columns in the order of copyColumns() (the staging table of
    /// resources/sql/008_listener_copy.sql; used by the listener's COPY path).
    void appendCopyRow(QByteArray &out, const chain::LogEntry &log, quint64 blockTime) const;
    static const char *copyColumns();
    /// The event kind alone (for tests and counters).
    QString kind(const chain::LogEntry &log) const;

private:
    struct Decoded
    {
        const char *kind = "other";
        QByteArray hash;    // hex: Redeemed order hash, Safe transaction hash
        QByteArray account; // hex: minted to / burned from / redeemer / role member / frozen account
        QByteArray amount;  // decimal
        QByteArray role;    // hex
    };
    Decoded decode(const chain::LogEntry &log) const;

    chain::Address m_token;
    std::optional<chain::Address> m_safe;
};

} // namespace vd::listener
