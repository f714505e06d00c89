#pragma once
// Downloads a finalized range ahead of the listener, on its own thread with its own network stack: eth_getLogs
// (an empty answer asked once more), the headers of the log blocks and of the range's last block, the check that
// the logs belong to those headers, and the batch's COPY rows. Everything a backfill batch needs before the
// database, so the next range is ready when the previous batch commits (the worker's thread blocks during the
// commit; this one does not). Only finalized blocks are fetched here: no reorg can change them between the fetch
// and the commit. Any failure is handed back as is and the worker asks for the range itself, on its own path
// (range shrinking, failover, health).
#include "BlockHeaders.h"
#include "chain/Address.h"
#include "chain/rpc/RpcError.h"

#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace vd::chain {
class ContractReader;
class EndpointPool;
} // namespace vd::chain

namespace vd::listener {

class EventDecoder;

struct FetchedRange
{
    quint64 ticket = 0;
    quint64 from = 0;
    quint64 to = 0;
    std::optional<chain::RpcError> error; // set: nothing else is
    QList<chain::LogEntry> logs;
    Headers headers;
    QByteArray copyRows; // EventDecoder::appendCopyRow of every log
};

class RangeFetcher : public QObject
{
    Q_OBJECT
public:
    /// `endpoints` in the worker's current order (its endpoint in use first).
    RangeFetcher(const QStringList &endpoints, qint64 chainId, const chain::Address &token,
                 const std::optional<chain::Address> &safe);
    ~RangeFetcher() override;

public slots:
    /// Answers fetched(range) once, on this object's thread. Ranges are fetched one after the other in the order
    /// asked, so the one needed first is not slowed down by the next.
    void fetch(quint64 ticket, quint64 from, quint64 to);
    void setEndpoints(const QStringList &endpoints);

signals:
    void fetched(const std::shared_ptr<const vd::listener::FetchedRange> &range);

private:
    void ensureRpc();
    void startNext();
    void askLogs(const std::shared_ptr<FetchedRange> &range, bool confirmingEmpty);
    void finish(const std::shared_ptr<FetchedRange> &range);

    QList<std::shared_ptr<FetchedRange>> m_queue; // asked for, not started
    bool m_busy = false;
    QStringList m_endpoints;
    qint64 m_chainId = 0;
    chain::Address m_token;
    std::optional<chain::Address> m_safe;
    quint64 m_rpcGeneration = 0; // bumped when the endpoints change: answers of the old stack are dropped
    chain::EndpointPool *m_pool = nullptr;
    chain::ContractReader *m_reader = nullptr;
    std::unique_ptr<EventDecoder> m_decoder;
};

} // namespace vd::listener
