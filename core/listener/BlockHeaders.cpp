#include "BlockHeaders.h"

#include "chain/rpc/BlockId.h"
#include "chain/rpc/RpcChannel.h"

#include <QJsonArray>
#include <memory>

namespace vd::listener {

namespace {
constexpr qsizetype kHeadersPerBatch = 200;
}

chain::LogFilter contractLogFilter(const chain::Address &token, const std::optional<chain::Address> &safe,
                                   quint64 from, quint64 to)
{
    chain::LogFilter filter;
    filter.addresses << token;
    if (safe)
        filter.addresses << *safe;
    filter.fromBlock = chain::BlockId::number(from);
    filter.toBlock = chain::BlockId::number(to);
    return filter;
}

void requestHeaders(chain::RpcChannel *channel, const QObject *context, const QList<quint64> &numbers,
                    std::function<void(const chain::RpcResult<Headers> &)> done)
{
    if (numbers.isEmpty()) {
        done(Headers{});
        return;
    }
    struct State
    {
        Headers headers;
        qsizetype remaining = 0;
        bool finished = false;
        std::function<void(const chain::RpcResult<Headers> &)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->remaining = (numbers.size() + kHeadersPerBatch - 1) / kHeadersPerBatch;
    for (qsizetype i = 0; i < numbers.size(); i += kHeadersPerBatch) {
        const QList<quint64> chunk = numbers.mid(i, kHeadersPerBatch);
        QList<chain::RpcRequest> requests;
        requests.reserve(chunk.size());
        for (const quint64 n : chunk)
            requests << chain::RpcRequest{QStringLiteral("eth_getBlockByNumber"),
                                          QJsonArray{chain::BlockId::number(n).toJson(), false}};
        channel->batch(requests, chain::RpcCallOptions{}, context,
                       [state, chunk](const chain::RpcChannel::BatchResult &r) {
                           if (state->finished)
                               return;
                           const auto fail = [&state](const chain::RpcError &e) {
                               state->finished = true;
                               state->done(e);
                           };
                           if (!r.ok()) {
                               fail(r.rpcError());
                               return;
                           }
                           for (qsizetype k = 0; k < chunk.size(); ++k) {
                               const auto &a = r.value().at(k);
                               const auto h = a.ok() ? chain::ChainJson::parseHeader(a.value())
                                                     : chain::RpcResult<std::optional<chain::BlockHeader>>(a.rpcError());
                               if (!h.ok()) {
                                   fail(h.rpcError());
                                   return;
                               }
                               if (!h.value() || h.value()->number != chunk[k]) {
                                   fail(chain::RpcError::make(chain::RpcErrorKind::InvalidResponse,
                                                              QStringLiteral("block %1 unknown").arg(chunk[k])));
                                   return;
                               }
                               state->headers.insert(chunk[k], *h.value());
                           }
                           if (--state->remaining == 0) {
                               state->finished = true;
                               state->done(state->headers);
                           }
                       });
    }
}

bool logsMatchHeaders(const QList<chain::LogEntry> &logs, const Headers &headers)
{
    for (const auto &l : logs) {
        const auto it = headers.constFind(l.blockNumber);
        if (it == headers.cend() || it->hash != l.blockHash || l.removed)
            return false;
    }
    return true;
}

} // namespace vd::listener
