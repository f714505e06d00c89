#pragma once
// What the listener's step and its range fetcher share: the log filter of the followed contracts, the headers of a
// set of blocks in JSON-RPC batches, and the check that logs belong to the headers read. Any thread (the callbacks
// run on the context object's thread).
#include "chain/Address.h"
#include "chain/Receipt.h"
#include "chain/rpc/ChainJson.h"
#include "chain/rpc/RpcResult.h"

#include <QMap>
#include <functional>
#include <optional>

namespace vd::chain {
class RpcChannel;
}

namespace vd::listener {

using Headers = QMap<quint64, chain::BlockHeader>;

/// eth_getLogs filter over [from, to] for the token and, when set, the Safe.
chain::LogFilter contractLogFilter(const chain::Address &token, const std::optional<chain::Address> &safe,
                                   quint64 from, quint64 to);

/// The headers of `numbers` (eth_getBlockByNumber, 200 per batch, batches in parallel). `done` is called once: with
/// every header, or with the first failure (an unknown block is an InvalidResponse).
void requestHeaders(chain::RpcChannel *channel, const QObject *context, const QList<quint64> &numbers,
                    std::function<void(const chain::RpcResult<Headers> &)> done);

/// Every log's block is the header held for its number (same hash) and no log is marked removed.
bool logsMatchHeaders(const QList<chain::LogEntry> &logs, const Headers &headers);

} // namespace vd::listener
