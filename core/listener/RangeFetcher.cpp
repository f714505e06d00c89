#include "RangeFetcher.h"

#include "EventDecoder.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"

#include <QUrl>
#include <algorithm>

namespace vd::listener {

RangeFetcher::RangeFetcher(const QStringList &endpoints, qint64 chainId, const chain::Address &token,
                           const std::optional<chain::Address> &safe)
    : m_endpoints(endpoints), m_chainId(chainId), m_token(token), m_safe(safe),
      m_decoder(std::make_unique<EventDecoder>(token, safe))
{
}

RangeFetcher::~RangeFetcher() = default;

void RangeFetcher::setEndpoints(const QStringList &endpoints)
{
    if (endpoints == m_endpoints)
        return;
    m_endpoints = endpoints;
    ++m_rpcGeneration; // the worker has given up on everything asked before
    m_queue.clear();
    m_busy = false;
    delete m_reader;
    delete m_pool;
    m_reader = nullptr;
    m_pool = nullptr;
}

void RangeFetcher::ensureRpc()
{
    if (m_pool)
        return;
    // Created on first use, so the network stack lives on this object's thread.
    QList<QUrl> urls;
    for (const QString &u : std::as_const(m_endpoints))
        urls << QUrl(u);
    chain::EndpointPoolOptions options;
    options.expectedChainId = m_chainId;
    m_pool = new chain::EndpointPool(urls, options, nullptr, this);
    m_reader = new chain::ContractReader(m_pool, this);
}

void RangeFetcher::fetch(quint64 ticket, quint64 from, quint64 to)
{
    auto range = std::make_shared<FetchedRange>();
    range->ticket = ticket;
    range->from = from;
    range->to = to;
    m_queue << range;
    startNext();
}

void RangeFetcher::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    ensureRpc();
    m_busy = true;
    askLogs(m_queue.takeFirst(), false);
}

void RangeFetcher::askLogs(const std::shared_ptr<FetchedRange> &range, bool confirmingEmpty)
{
    const quint64 generation = m_rpcGeneration;
    m_reader->logs(contractLogFilter(m_token, m_safe, range->from, range->to), this,
                   [this, range, confirmingEmpty, generation](const chain::RpcResult<QList<chain::LogEntry>> &r) {
                       if (generation != m_rpcGeneration)
                           return; // the endpoints changed meanwhile: the worker asks again
                       if (!r.ok()) {
                           range->error = r.rpcError();
                           finish(range);
                           return;
                       }
                       // Some nodes answer [] for blocks they have not indexed yet: ask once more, as the worker does.
                       if (r.value().isEmpty() && !confirmingEmpty) {
                           askLogs(range, true);
                           return;
                       }
                       range->logs = r.value();
                       QList<quint64> numbers{range->to};
                       for (const auto &l : std::as_const(range->logs))
                           if (numbers.constLast() != l.blockNumber)
                               numbers << l.blockNumber;
                       std::sort(numbers.begin(), numbers.end());
                       numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
                       requestHeaders(m_pool, this, numbers, [this, range, generation](const chain::RpcResult<Headers> &h) {
                           if (generation != m_rpcGeneration)
                               return;
                           if (!h.ok()) {
                               range->error = h.rpcError();
                           } else if (!logsMatchHeaders(range->logs, h.value())) {
                               range->error = chain::RpcError::make(chain::RpcErrorKind::InvalidResponse,
                                                                    QStringLiteral("logs and headers disagree"));
                           } else {
                               range->headers = h.value();
                               range->copyRows.reserve(range->logs.size() * 600);
                               for (const auto &log : std::as_const(range->logs))
                                   m_decoder->appendCopyRow(range->copyRows, log,
                                                            range->headers.value(log.blockNumber).timestamp);
                           }
                           finish(range);
                       });
                   });
}

void RangeFetcher::finish(const std::shared_ptr<FetchedRange> &range)
{
    if (range->error) {
        range->logs.clear();
        range->headers.clear();
        range->copyRows.clear();
    }
    m_busy = false;
    emit fetched(range);
    startNext();
}

} // namespace vd::listener
