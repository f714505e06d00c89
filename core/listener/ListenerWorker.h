#pragma once
// The chain follower. Lives on the listener's own QThread (see ListenerService) with its own network stack
// (HttpRpcTransport + EndpointPool) and its own database connection; nothing here runs on the GUI thread.
//
// Leader election: pg_try_advisory_lock(key of chain id + contract) on its connection; others stand by and retry
// every ~2 s; the lock goes with the leader's session. Every batch re-checks the lock inside its transaction.
// Each step: tips (head, finalized, the cursor block's hash) in one RPC batch -> eth_getLogs over an adaptive range
// -> the headers the batch needs -> consistency checks (log block hashes, parent links) -> listener_apply() in one
// transaction (logs, effects, block hashes, cursor, NOTIFY vd_chain). A changed cursor hash walks the stored
// block hashes back to the common ancestor and listener_rewind()s above it in one transaction; a reorg reaching
// below the finalized block marks the listener unhealthy until an operator replays.
#include "BlockHeaders.h"
#include "ListenerConfig.h"
#include "ListenerHealth.h"
#include "RangePlanner.h"
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/Receipt.h"
#include "chain/rpc/ChainJson.h"
#include "chain/rpc/RpcError.h"
#include "chain/rpc/RpcResult.h"

#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <deque>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace vd::chain {
class ContractReader;
class EndpointPool;
class HttpRpcTransport;
} // namespace vd::chain

namespace vd::listener {

class EventDecoder;
class RangeFetcher;
struct FetchedRange;

class ListenerWorker : public QObject
{
    Q_OBJECT
public:
    explicit ListenerWorker(ListenerConfig config, QObject *parent = nullptr);
    ~ListenerWorker() override;

    /// The advisory-lock key for a chain + contract (stable across versions: first 8 bytes of keccak).
    static qint64 lockKey(qint64 chainId, const chain::Address &contract);

public slots:
    void start();
    /// Releases leadership and the connection; call before the thread quits.
    void stop();
    void pause();
    void resume();
    /// Operator action: move the cursor back to `block` - 1 and re-ingest (idempotent). Also clears "unhealthy".
    void replayFrom(qint64 block);
    /// Operator action: put endpoint `index` (of the configured list) first.
    void switchEndpoint(int index);

signals:
    void healthChanged(const vd::listener::ListenerHealth &health);
    /// A configuration error that stops the listener (wrong chain, contract code changed, bad address).
    void fatalError(const QString &code, const QString &message);
    void batchCommitted(qint64 lastBlock, int newLogs);
    void stopped();

private:
    void setupRpc(int firstEndpoint);
    void elect();
    void verifyChain();
    void pinCodeHash(const chain::Hash32 &actual);
    void loadCursor();
    void schedule(int ms);
    void cycle();
    void onTips(quint64 gen, const QList<chain::RpcResult<QJsonValue>> &answers);
    void fetchLogs(quint64 gen, quint64 from, quint64 to, bool confirmingEmpty);
    void fetchHeaders(quint64 gen, quint64 from, quint64 to, const QList<chain::LogEntry> &logs);
    /// Keeps the next one or two finalized ranges after block `after` requested from the fetcher (`lastLogs`: the
    /// logs of the batch ending at `after`).
    void prefetchAfter(quint64 after, qsizetype lastLogs);
    void onFetched(const std::shared_ptr<const FetchedRange> &range);
    void takeFetched(quint64 gen, const std::shared_ptr<const FetchedRange> &range);
    bool linksToCursor(const Headers &headers) const;
    void proceed(quint64 gen, quint64 from, quint64 to, const QList<chain::LogEntry> &logs, const Headers &headers,
                 const QByteArray *copyRows);
    void stopFetcher();
    QStringList endpointOrder() const;
    void onLogs(quint64 gen, quint64 from, quint64 to, bool confirmingEmpty,
                const chain::RpcResult<QList<chain::LogEntry>> &result);
    void headersBatch(quint64 gen, const QList<quint64> &numbers, std::function<void(const Headers &)> done);
    /// `copyRows`: the logs' COPY rows when already encoded (by the range fetcher), else encoded here.
    void apply(quint64 gen, quint64 from, quint64 to, const QList<chain::LogEntry> &logs, const Headers &headers,
               const QByteArray *copyRows = nullptr);
    void handleReorg(quint64 gen);
    void rewind(quint64 ancestor, const std::optional<chain::Hash32> &hash);
    void onRpcFailure(const chain::RpcError &error);
    void onDbFailure(const QSqlError &error, const QString &what);
    void fatal(const QString &code, const QString &message);
    void lostLeadership(const QString &why);
    void setState(const QString &state);
    void writeHealth();
    void refreshEndpointStats();
    QString lastErrorText() const { return m_health.lastError; }

    ListenerConfig m_cfg;
    chain::Address m_token;
    std::optional<chain::Address> m_safe;
    qint64 m_lockKey = 0;
    QString m_dbPurpose;
    QSqlDatabase m_db;

    chain::HttpRpcTransport *m_transport = nullptr;
    chain::EndpointPool *m_pool = nullptr;
    chain::ContractReader *m_reader = nullptr;
    EventDecoder *m_decoder = nullptr;
    QTimer *m_stepTimer = nullptr;
    QTimer *m_healthTimer = nullptr;

    // The next finalized ranges, fetched (logs, headers, COPY rows) on the fetcher's thread while a batch commits.
    QThread *m_fetchThread = nullptr;
    RangeFetcher *m_fetcher = nullptr;
    int m_firstEndpoint = 0;
    struct Prefetch
    {
        quint64 ticket = 0;
        quint64 from = 0;
        quint64 to = 0;
        std::shared_ptr<const FetchedRange> result;
        std::optional<quint64> waitingGen; // set when the step wants it before it arrived
    };
    std::deque<Prefetch> m_prefetch; // consecutive ranges, the next one first
    quint64 m_tickets = 0;

    RangePlanner m_planner;
    ListenerHealth m_health;
    quint64 m_gen = 0; // bumped to drop in-flight callbacks (pause, replay, switch, stop)
    bool m_running = false;
    bool m_leader = false;
    bool m_paused = false;
    bool m_halted = false; // unhealthy or fatal: waits for a person
    bool m_busy = false;
    bool m_verified = false;
    int m_errorStreak = 0;
    qsizetype m_lastBatchLogs = 0;
    std::optional<qint64> m_pendingReplay;
    qint64 m_reconcileUntil = -1; // after a replay: batches up to here drop stored logs the chain no longer has

    qint64 m_cursor = -1;
    std::optional<chain::Hash32> m_cursorHash;
    quint64 m_cursorTime = 0;
    quint64 m_head = 0;
    quint64 m_headTime = 0;
    quint64 m_finalized = 0;
    quint64 m_finalizedSeen = 0; // the highest finalized block ever reported (a shorter fork must not lower it)
};

} // namespace vd::listener
