#include "ListenerWorker.h"

#include "EventDecoder.h"
#include "RangeFetcher.h"
#include "chain/rpc/BlockId.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"
#include "chain/rpc/HttpRpcTransport.h"
#include "common/ThreadCleanup.h"
#include "db/CopyIn.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QTime>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcListener, "vd.listener")

namespace vd::listener {

namespace {

using chain::BlockHeader;
using chain::BlockId;
using chain::Hash32;
using chain::RpcError;
using chain::RpcErrorKind;
using chain::RpcResult;

QString hex(const Hash32 &h)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h.data()), 32).toHex());
}

std::optional<Hash32> hashFromBytes(const QByteArray &b)
{
    if (b.size() != 32)
        return std::nullopt;
    Hash32 h{};
    std::copy(b.begin(), b.end(), reinterpret_cast<char *>(h.data()));
    return h;
}

QByteArray bytesOf(const Hash32 &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), 32);
}

QByteArray bytesOf(const chain::Address &a)
{
    return QByteArray(reinterpret_cast<const char *>(a.bytes().data()), 20);
}

constexpr int kReorgWindow = 256;
const QString kLockLost = QStringLiteral("55P03");
const QString kCursorMoved = QStringLiteral("40001");

} // namespace

ListenerWorker::ListenerWorker(ListenerConfig config, QObject *parent)
    : QObject(parent), m_cfg(std::move(config)), m_planner(m_cfg.initialRange, m_cfg.maxRange, m_cfg.targetLogsPerBatch)
{
    if (m_cfg.leaderName.isEmpty())
        m_cfg.leaderName =
            QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
    m_dbPurpose = QStringLiteral("listener-%1").arg(reinterpret_cast<quintptr>(this), 0, 16);
    m_health.chainId = m_cfg.chainId;
    m_health.contract = m_cfg.token;
    m_health.leaderName = m_cfg.leaderName;
    m_health.rangeSize = m_planner.size();
}

ListenerWorker::~ListenerWorker()
{
    stopFetcher();
    delete m_decoder;
}

qint64 ListenerWorker::lockKey(qint64 chainId, const chain::Address &contract)
{
    QByteArray seed =
        QByteArrayLiteral("voucherdesk.listener:") + QByteArray::number(chainId) + ':' + bytesOf(contract);
    const Hash32 h = chain::keccak256(seed);
    quint64 k = 0;
    for (int i = 0; i < 8; ++i)
        k = (k << 8) | h[static_cast<size_t>(i)];
    return static_cast<qint64>(k);
}

void ListenerWorker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stepTimer = new QTimer(this);
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        if (!m_leader)
            elect();
        else if (!m_verified)
            verifyChain();
        else
            cycle();
    });
    m_healthTimer = new QTimer(this);
    connect(m_healthTimer, &QTimer::timeout, this, &ListenerWorker::writeHealth);
    m_healthTimer->start(m_cfg.healthIntervalMs);

    const auto token = chain::Address::fromString(m_cfg.token);
    if (!token.ok()) {
        fatal(QStringLiteral("listener.bad_token"),
              tr("The token address in the settings is not valid: %1").arg(m_cfg.token));
        return;
    }
    m_token = token.value();
    if (!m_cfg.safe.isEmpty()) {
        const auto safe = chain::Address::fromString(m_cfg.safe);
        if (!safe.ok()) {
            fatal(QStringLiteral("listener.bad_safe"),
                  tr("The Safe address in the settings is not valid: %1").arg(m_cfg.safe));
            return;
        }
        m_safe = safe.value();
    }
    if (m_cfg.rpcUrls.isEmpty()) {
        fatal(QStringLiteral("listener.no_endpoints"), tr("No RPC endpoint is configured."));
        return;
    }
    m_decoder = new EventDecoder(m_token, m_safe);
    m_lockKey = lockKey(m_cfg.chainId, m_token);
    setupRpc(0);
    setState(QStringLiteral("starting"));
    elect();
}

void ListenerWorker::setupRpc(int firstEndpoint)
{
    delete m_reader;
    delete m_pool;
    if (!m_transport)
        m_transport = new chain::HttpRpcTransport(this);
    m_firstEndpoint = firstEndpoint;
    QList<QUrl> urls;
    for (const QString &url : endpointOrder())
        urls << QUrl(url);
    if (m_fetcher) {
        m_prefetch.clear();
        QMetaObject::invokeMethod(
            m_fetcher, [fetcher = m_fetcher, urls = endpointOrder()] { fetcher->setEndpoints(urls); },
            Qt::QueuedConnection);
    }
    chain::EndpointPoolOptions options;
    options.expectedChainId = m_cfg.chainId;
    m_pool = new chain::EndpointPool(urls, options, m_transport, this);
    m_reader = new chain::ContractReader(m_pool, this);
    connect(m_pool, &chain::EndpointPool::endpointRefused, this,
            [this](qsizetype, const QString &url, const QString &error) {
                qCWarning(lcListener).noquote() << "endpoint refused:" << url << error;
                m_health.lastError = error;
                // Every endpoint on another chain: nothing to ingest from.
                const auto stats = m_pool->snapshot();
                if (std::all_of(stats.begin(), stats.end(), [](const chain::EndpointStats &s) {
                        return s.state == chain::EndpointStats::State::WrongChain;
                    }))
                    fatal(QStringLiteral("listener.wrong_chain"), error);
            });
}

void ListenerWorker::setState(const QString &state)
{
    if (m_health.state != state)
        qCInfo(lcListener).noquote() << "state:" << state;
    m_health.state = state;
}

void ListenerWorker::schedule(int ms)
{
    if (!m_running || m_halted)
        return;
    m_stepTimer->start(std::max(0, ms));
}

void ListenerWorker::elect()
{
    if (!m_running || m_halted)
        return;
    auto db = db::connection(m_cfg.database, m_dbPurpose);
    if (!db.ok()) {
        m_health.lastError = db.error().message;
        setState(QStringLiteral("standby"));
        schedule(m_cfg.electionRetryMs);
        return;
    }
    m_db = db.value();
    QSqlQuery q(m_db);
    // A batch sorts and joins its staged logs (thousands of rows): in memory, not in temporary files. temp_buffers
    // only takes before the session's first temporary table, so on a reused session its failure is expected.
    q.exec(QStringLiteral("SET work_mem = '64MB'"));
    q.exec(QStringLiteral("SET temp_buffers = '64MB'"));
    q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(?)"));
    q.addBindValue(m_lockKey);
    if (!q.exec() || !q.next()) {
        m_health.lastError = db::toError(q.lastError()).message;
        setState(QStringLiteral("standby"));
        schedule(m_cfg.electionRetryMs);
        return;
    }
    if (!q.value(0).toBool()) {
        m_leader = false;
        m_health.leader = false;
        setState(QStringLiteral("standby"));
        schedule(m_cfg.electionRetryMs);
        return;
    }
    m_leader = true;
    m_health.leader = true;
    m_verified = false;
    qCInfo(lcListener).noquote() << "elected leader for chain" << m_cfg.chainId << m_token.toChecksummed() << "as"
                                 << m_cfg.leaderName;
    setState(QStringLiteral("starting"));
    verifyChain();
}

void ListenerWorker::verifyChain()
{
    const quint64 gen = ++m_gen;
    m_reader->chainId(this, [this, gen](const RpcResult<uint64_t> &r) {
        if (gen != m_gen)
            return;
        if (!r.ok()) {
            if (r.kind() == RpcErrorKind::WrongChain) {
                fatal(QStringLiteral("listener.wrong_chain"), r.rpcError().message());
                return;
            }
            m_health.lastError = r.rpcError().message();
            ++m_health.rpcErrors;
            schedule(std::min(15000, 1000 << std::min(m_errorStreak++, 4)));
            return;
        }
        if (static_cast<qint64>(r.value()) != m_cfg.chainId) {
            fatal(QStringLiteral("listener.wrong_chain"),
                  tr("The RPC endpoint serves chain %1, but chain %2 is configured. The listener stopped.")
                      .arg(r.value())
                      .arg(m_cfg.chainId));
            return;
        }
        m_reader->code(m_token, this, [this, gen](const RpcResult<QByteArray> &code) {
            if (gen != m_gen)
                return;
            if (!code.ok()) {
                m_health.lastError = code.rpcError().message();
                ++m_health.rpcErrors;
                schedule(std::min(15000, 1000 << std::min(m_errorStreak++, 4)));
                return;
            }
            if (code.value().isEmpty()) {
                fatal(
                    QStringLiteral("chain.no_code"),
                    tr("There is no contract at %1 on this chain. The listener stopped.").arg(m_token.toChecksummed()));
                return;
            }
            pinCodeHash(chain::keccak256(code.value()));
        });
    });
}

void ListenerWorker::pinCodeHash(const Hash32 &actual)
{
    std::optional<Hash32> pinned;
    if (!m_cfg.tokenCodeHash.isEmpty()) {
        QString h = m_cfg.tokenCodeHash.trimmed();
        if (h.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            h = h.mid(2);
        pinned = hashFromBytes(QByteArray::fromHex(h.toLatin1()));
        if (!pinned) {
            fatal(QStringLiteral("listener.bad_code_hash"), tr("The pinned code hash in the settings is not valid."));
            return;
        }
    } else {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT code_hash FROM vd.contract_state WHERE chain_id = ? AND contract = ?"));
        q.addBindValue(m_cfg.chainId);
        q.addBindValue(bytesOf(m_token));
        if (!q.exec()) {
            onDbFailure(q.lastError(), QStringLiteral("code hash"));
            return;
        }
        if (q.next() && !q.value(0).isNull())
            pinned = hashFromBytes(q.value(0).toByteArray());
    }
    if (pinned && *pinned != actual) {
        fatal(QStringLiteral("chain.code_changed"),
              tr("The contract code at %1 changed: its hash is 0x%2, but 0x%3 was pinned. The listener stopped; an "
                 "administrator must check the contract.")
                  .arg(m_token.toChecksummed(), hex(actual), hex(*pinned)));
        return;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO vd.contract_state (chain_id, contract, code_hash) VALUES (?, ?, ?) "
                             "ON CONFLICT (chain_id, contract) DO UPDATE SET code_hash = EXCLUDED.code_hash "
                             "WHERE vd.contract_state.code_hash IS DISTINCT FROM EXCLUDED.code_hash"));
    q.addBindValue(m_cfg.chainId);
    q.addBindValue(bytesOf(m_token));
    q.addBindValue(bytesOf(actual));
    if (!q.exec()) {
        onDbFailure(q.lastError(), QStringLiteral("pin code hash"));
        return;
    }
    m_verified = true;
    m_errorStreak = 0;
    loadCursor();
    if (m_pendingReplay) {
        const qint64 block = *m_pendingReplay;
        m_pendingReplay.reset();
        replayFrom(block);
        return;
    }
    schedule(0);
}

void ListenerWorker::loadCursor()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.last_block, c.last_block_hash, extract(epoch FROM b.timestamp)::bigint "
                             "FROM vd.chain_cursor c LEFT JOIN vd.chain_blocks b ON b.chain_id = c.chain_id "
                             "AND b.number = c.last_block WHERE c.chain_id = ? AND c.contract = ?"));
    q.addBindValue(m_cfg.chainId);
    q.addBindValue(bytesOf(m_token));
    if (q.exec() && q.next()) {
        m_cursor = q.value(0).toLongLong();
        m_cursorHash = q.value(1).isNull() ? std::nullopt : hashFromBytes(q.value(1).toByteArray());
        m_cursorTime = q.value(2).toULongLong();
    } else {
        m_cursor = m_cfg.startBlock - 1;
        m_cursorHash.reset();
        m_cursorTime = 0;
    }
    m_health.lastBlock = m_cursor;
}

void ListenerWorker::cycle()
{
    if (!m_running || !m_leader || !m_verified || m_paused || m_halted || m_busy)
        return;
    m_busy = true;
    const quint64 gen = ++m_gen;
    QList<chain::RpcRequest> requests{
        {QStringLiteral("eth_getBlockByNumber"), QJsonArray{BlockId::latest().toJson(), false}}};
    if (m_cfg.useFinalizedTag)
        requests << chain::RpcRequest{QStringLiteral("eth_getBlockByNumber"),
                                      QJsonArray{BlockId::finalized().toJson(), false}};
    if (m_cursor >= 0 && m_cursorHash)
        requests << chain::RpcRequest{QStringLiteral("eth_getBlockByNumber"),
                                      QJsonArray{BlockId::number(static_cast<quint64>(m_cursor)).toJson(), false}};
    m_pool->batch(requests, chain::RpcCallOptions{}, this, [this, gen](const chain::RpcChannel::BatchResult &r) {
        if (gen != m_gen)
            return;
        if (!r.ok()) {
            onRpcFailure(r.rpcError());
            return;
        }
        onTips(gen, r.value());
    });
}

void ListenerWorker::onTips(quint64 gen, const QList<RpcResult<QJsonValue>> &answers)
{
    int i = 0;
    const auto next = [&]() -> RpcResult<std::optional<BlockHeader>> {
        const RpcResult<QJsonValue> &a = answers.at(i++);
        if (!a.ok())
            return a.rpcError();
        return chain::ChainJson::parseHeader(a.value());
    };
    const auto latest = next();
    if (!latest.ok() || !latest.value()) {
        onRpcFailure(latest.ok() ? RpcError::make(RpcErrorKind::InvalidResponse, QStringLiteral("no latest block"))
                                 : latest.rpcError());
        return;
    }
    m_head = latest.value()->number;
    m_headTime = latest.value()->timestamp;
    const quint64 fallbackFinal = m_head > static_cast<quint64>(m_cfg.finalityDepth) ? m_head - m_cfg.finalityDepth : 0;
    m_finalized = fallbackFinal;
    if (m_cfg.useFinalizedTag) {
        const auto fin = next();
        // An endpoint without the tag answers an error or null: fall back to head - depth.
        if (fin.ok() && fin.value() && fin.value()->number <= m_head)
            m_finalized = fin.value()->number;
    }
    m_finalizedSeen = std::max(m_finalizedSeen, m_finalized);
    m_health.headBlock = static_cast<qint64>(m_head);
    m_health.finalizedBlock = static_cast<qint64>(m_finalized);

    if (m_cursor >= 0 && m_cursorHash && i < answers.size()) {
        const auto cur = next();
        if (!cur.ok()) {
            onRpcFailure(cur.rpcError());
            return;
        }
        if (!cur.value() || cur.value()->hash != *m_cursorHash) {
            if (static_cast<quint64>(m_cursor) > m_head) {
                // The node is behind us (another endpoint, or a reorg to a shorter chain): treat as a reorg.
                qCWarning(lcListener) << "head" << m_head << "is below the cursor" << m_cursor;
            }
            handleReorg(gen);
            return;
        }
    }
    m_errorStreak = 0;
    if (static_cast<qint64>(m_head) <= m_cursor) {
        setState(QStringLiteral("live"));
        m_busy = false;
        schedule(m_cfg.pollIntervalMs);
        return;
    }
    const quint64 lag = m_head - static_cast<quint64>(m_cursor);
    const bool live = lag <= static_cast<quint64>(std::max(m_cfg.recheckBlocks, 2) * 2);
    setState(live ? QStringLiteral("live") : QStringLiteral("backfill"));
    quint64 from = static_cast<quint64>(m_cursor + 1);
    // Nodes that answered [] before they had indexed a block: near the head, read the last few blocks again, unless
    // they were dense (then re-reading costs more than it is likely to find).
    if (live && m_cfg.recheckBlocks > 0 && m_lastBatchLogs * 2 < m_cfg.targetLogsPerBatch)
        from = static_cast<quint64>(std::max<qint64>({m_cfg.startBlock, m_cursor + 1 - m_cfg.recheckBlocks, 0}));
    const quint64 to =
        std::min<quint64>(m_head, static_cast<quint64>(m_cursor) + static_cast<quint64>(m_planner.size()));
    fetchLogs(gen, from, to, false);
}

void ListenerWorker::fetchLogs(quint64 gen, quint64 from, quint64 to, bool confirmingEmpty)
{
    m_health.rangeSize = m_planner.size();
    m_reader->logs(contractLogFilter(m_token, m_safe, from, to), this,
                   [this, gen, from, to, confirmingEmpty](const RpcResult<QList<chain::LogEntry>> &r) {
                       onLogs(gen, from, to, confirmingEmpty, r);
                   });
}

QStringList ListenerWorker::endpointOrder() const
{
    QStringList urls;
    for (qsizetype i = 0; i < m_cfg.rpcUrls.size(); ++i)
        urls << m_cfg.rpcUrls[(i + m_firstEndpoint) % m_cfg.rpcUrls.size()];
    return urls;
}

void ListenerWorker::prefetchAfter(quint64 after, qsizetype lastLogs)
{
    if (!m_prefetch.empty() && m_prefetch.front().from != after + 1)
        m_prefetch.clear(); // planned for another position (replay, a failed range): start again from here
    if (after + static_cast<quint64>(m_planner.size()) > m_finalized)
        return; // near the head: each step reads the tips first
    if (!m_fetcher) {
        m_fetchThread = new QThread(this);
        m_fetchThread->setObjectName(QStringLiteral("vd-listener-fetch"));
        m_fetcher = new RangeFetcher(endpointOrder(), m_cfg.chainId, m_token, m_safe);
        m_fetcher->moveToThread(m_fetchThread);
        connect(m_fetchThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
        releaseThreadCryptoOnFinish(*m_fetchThread); // an https endpoint's TLS state
        connect(m_fetcher, &RangeFetcher::fetched, this, &ListenerWorker::onFetched);
        m_fetchThread->start();
    }
    // In dense history two ranges in flight: the fetcher downloads the second while the first waits for its commit,
    // which evens out the jitter of a busy provider or machine. While the ranges still grow (sparse history, the
    // density unknown) only one: a range planned ahead at the grown size could carry far more logs than a batch
    // should.
    const std::size_t depth = lastLogs * 2 >= m_cfg.targetLogsPerBatch ? 2 : 1;
    while (m_prefetch.size() < depth) {
        const quint64 from = m_prefetch.empty() ? after + 1 : m_prefetch.back().to + 1;
        const quint64 to = from + static_cast<quint64>(m_planner.size()) - 1;
        if (to > m_finalized)
            break;
        m_prefetch.push_back(Prefetch{++m_tickets, from, to, {}, {}});
        QMetaObject::invokeMethod(
            m_fetcher, [fetcher = m_fetcher, ticket = m_tickets, from, to] { fetcher->fetch(ticket, from, to); },
            Qt::QueuedConnection);
    }
}

void ListenerWorker::onFetched(const std::shared_ptr<const FetchedRange> &range)
{
    const auto it = std::find_if(m_prefetch.begin(), m_prefetch.end(),
                                 [&range](const Prefetch &p) { return p.ticket == range->ticket; });
    if (it == m_prefetch.end())
        return; // given up on (another position, another endpoint)
    it->result = range;
    if (it == m_prefetch.begin() && it->waitingGen) {
        const quint64 gen = *it->waitingGen;
        m_prefetch.pop_front();
        takeFetched(gen, range);
    }
}

void ListenerWorker::takeFetched(quint64 gen, const std::shared_ptr<const FetchedRange> &range)
{
    if (gen != m_gen)
        return;
    if (range->error || !linksToCursor(range->headers)) {
        // The worker's own path classifies the failure (range too large, failover, backoff) or finds the reorg.
        qCDebug(lcListener) << "prefetch of" << range->from << "-" << range->to << "not used; asking again";
        m_prefetch.clear();
        fetchLogs(gen, range->from, range->to, false);
        return;
    }
    m_planner.onSuccess(static_cast<int>(range->to - range->from + 1), range->logs.size());
    ++m_health.prefetchedBatches;
    proceed(gen, range->from, range->to, range->logs, range->headers, &range->copyRows);
}

void ListenerWorker::stopFetcher()
{
    m_prefetch.clear();
    if (!m_fetchThread)
        return;
    m_fetchThread->quit();
    m_fetchThread->wait();
    delete m_fetchThread;
    m_fetchThread = nullptr;
    m_fetcher = nullptr; // deleted on its thread when it finished
}

void ListenerWorker::onLogs(quint64 gen, quint64 from, quint64 to, bool confirmingEmpty,
                            const RpcResult<QList<chain::LogEntry>> &r)
{
    {
        if (gen != m_gen)
            return;
        if (!r.ok()) {
            const RpcError &e = r.rpcError();
            // An answer larger than the transport accepts is a range too large too, just without the provider saying
            // so.
            const bool tooBig = e.kind == RpcErrorKind::ParseError && e.detail.contains(QLatin1String("too large"));
            if (e.kind == RpcErrorKind::RangeTooLarge || tooBig) {
                const int tried = static_cast<int>(to - static_cast<quint64>(m_cursor));
                std::optional<qint64> span;
                if (e.suggestedRange && e.suggestedRange->to >= e.suggestedRange->from)
                    span = static_cast<qint64>(e.suggestedRange->to - e.suggestedRange->from + 1);
                else if (e.maxBlockSpan)
                    span = static_cast<qint64>(*e.maxBlockSpan);
                if (tried <= 1) {
                    if (from < to) { // drop the re-read part first
                        fetchLogs(gen, to, to, false);
                        return;
                    }
                    onRpcFailure(e); // one block is too much for this provider: nothing smaller to ask
                    return;
                }
                m_planner.onTooLarge(std::max(1, tried), span);
                qCInfo(lcListener) << "range too large at" << from << "-" << to << "; now" << m_planner.size();
                const quint64 newTo =
                    std::max<quint64>(from, std::min<quint64>(to - 1, static_cast<quint64>(m_cursor) +
                                                                          static_cast<quint64>(m_planner.size())));
                fetchLogs(gen, from, std::max(newTo, static_cast<quint64>(m_cursor + 1)), false);
                return;
            }
            onRpcFailure(e);
            return;
        }
        if (r.value().isEmpty() && !confirmingEmpty) {
            // Some nodes answer [] for blocks they have not indexed yet: ask once more before believing it.
            fetchLogs(gen, from, to, true);
            return;
        }
        m_planner.onSuccess(static_cast<int>(to - from + 1), r.value().size());
        fetchHeaders(gen, from, to, r.value());
    }
}

void ListenerWorker::headersBatch(quint64 gen, const QList<quint64> &numbers, std::function<void(const Headers &)> done)
{
    requestHeaders(m_pool, this, numbers, [this, gen, done = std::move(done)](const RpcResult<Headers> &r) {
        if (gen != m_gen)
            return;
        if (!r.ok()) {
            onRpcFailure(r.rpcError());
            return;
        }
        done(r.value());
    });
}

bool ListenerWorker::linksToCursor(const Headers &headers) const
{
    // New blocks link to each other and to the cursor.
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (it.key() <= static_cast<quint64>(std::max<qint64>(m_cursor, 0)) && m_cursor >= 0)
            continue;
        const auto prev = headers.constFind(it.key() - 1);
        if (prev != headers.cend() && it->parentHash != prev->hash)
            return false;
        if (it.key() == static_cast<quint64>(m_cursor + 1) && m_cursorHash && it->parentHash != *m_cursorHash)
            return false;
    }
    return true;
}

void ListenerWorker::fetchHeaders(quint64 gen, quint64 from, quint64 to, const QList<chain::LogEntry> &logs)
{
    QSet<quint64> need;
    need.insert(to);
    for (const auto &l : logs)
        need.insert(l.blockNumber);
    // The unfinalized part of the new blocks: every header, so parent links can be checked and a later reorg found.
    const quint64 firstNew = static_cast<quint64>(m_cursor + 1);
    for (quint64 n = std::max(firstNew, m_finalized + 1); n <= to; ++n)
        need.insert(n);
    if (m_cursorHash && firstNew <= to && firstNew > m_finalized)
        need.insert(firstNew);
    QList<quint64> numbers(need.begin(), need.end());
    std::sort(numbers.begin(), numbers.end());
    headersBatch(gen, numbers, [this, gen, from, to, logs](const Headers &headers) {
        // Consistency: every log's block is the header we hold, and new blocks link to each other and the cursor.
        bool consistent = logsMatchHeaders(logs, headers) && linksToCursor(headers);
        if (consistent && from <= static_cast<quint64>(std::max<qint64>(m_cursor, 0)) && m_cursor >= 0) {
            // Re-read blocks must be the ones stored.
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral(
                "SELECT number, hash FROM vd.chain_blocks WHERE chain_id = ? AND number BETWEEN ? AND ?"));
            q.addBindValue(m_cfg.chainId);
            q.addBindValue(static_cast<qint64>(from));
            q.addBindValue(m_cursor);
            if (q.exec()) {
                while (q.next()) {
                    const auto it = headers.constFind(q.value(0).toULongLong());
                    if (it != headers.cend() && hashFromBytes(q.value(1).toByteArray()) != it->hash)
                        consistent = false;
                }
            }
        }
        if (!consistent) {
            // The chain moved between our calls: start the step again (the cursor check finds a reorg).
            qCInfo(lcListener) << "chain changed during batch" << from << "-" << to << "; retrying";
            m_busy = false;
            schedule(100);
            return;
        }
        proceed(gen, from, to, logs, headers, nullptr);
    });
}

void ListenerWorker::proceed(quint64 gen, quint64 from, quint64 to, const QList<chain::LogEntry> &logs,
                             const Headers &headers, const QByteArray *copyRows)
{
    // Backfill of finalized blocks: fetch the next range now, so it is ready when this batch has committed.
    if (to >= static_cast<quint64>(m_cursor + 1))
        prefetchAfter(to, logs.size());
    apply(gen, from, to, logs, headers, copyRows);
}

void ListenerWorker::apply(quint64 gen, quint64 from, quint64 to, const QList<chain::LogEntry> &logs,
                           const Headers &headers, const QByteArray *copyRows)
{
    Q_UNUSED(gen)
    QJsonArray blocks;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        if (it.key() <= static_cast<quint64>(std::max<qint64>(m_cursor, -1)) && m_cursor >= 0)
            continue; // already stored
        if (it.key() <= m_finalized && it.key() != to)
            continue; // finalized: no reorg can reach it; only the cursor block is kept
        blocks.append(QJsonObject{{QStringLiteral("n"), static_cast<qint64>(it.key())},
                                  {QStringLiteral("h"), hex(it->hash)},
                                  {QStringLiteral("p"), hex(it->parentHash)},
                                  {QStringLiteral("t"), static_cast<qint64>(it->timestamp)}});
    }

    const BlockHeader toHeader = headers.value(to);
    const qint64 pruneBelow = static_cast<qint64>(m_finalized) - 1;
    const QJsonObject batch{
        {QStringLiteral("lock"), QString::number(m_lockKey)},
        {QStringLiteral("chain"), m_cfg.chainId},
        {QStringLiteral("contract"), QString::fromLatin1(bytesOf(m_token).toHex())},
        {QStringLiteral("start"), m_cfg.startBlock},
        {QStringLiteral("prev"), m_cursor},
        {QStringLiteral("from"), static_cast<qint64>(from)},
        {QStringLiteral("to"), static_cast<qint64>(to)},
        {QStringLiteral("to_hash"), hex(toHeader.hash)},
        {QStringLiteral("head"), static_cast<qint64>(m_head)},
        {QStringLiteral("depth"), m_cfg.confirmations},
        {QStringLiteral("prune_below"), pruneBelow},
        {QStringLiteral("safe"), m_safe ? QString::fromLatin1(bytesOf(*m_safe).toHex()) : QString()},
        {QStringLiteral("reconcile"), m_reconcileUntil >= 0 && static_cast<qint64>(from) <= m_reconcileUntil},
        {QStringLiteral("blocks"), blocks},
    };
    QElapsedTimer sqlTimer;
    sqlTimer.start();
    // The logs go in by COPY into the session's staging table (no JSON to parse, no WAL), then listener_apply() with
    // the header moves them and applies their effects - one transaction (resources/sql/008_listener_copy.sql).
    QByteArray encoded;
    if (!copyRows) {
        encoded.reserve(logs.size() * 600);
        for (const auto &log : logs)
            m_decoder->appendCopyRow(encoded, log, headers.value(log.blockNumber).timestamp);
    }
    const QByteArray &rows = copyRows ? *copyRows : encoded;
    const QString header = QString::fromLatin1(QJsonDocument(batch).toJson(QJsonDocument::Compact));
    const qint64 encodeMs = sqlTimer.restart();
    if (!m_db.transaction()) {
        onDbFailure(m_db.lastError(), QStringLiteral("apply"));
        return;
    }
    const auto failed = [this](const QSqlError &error) {
        m_db.rollback();
        onDbFailure(error, QStringLiteral("apply"));
    };
    {
        QSqlQuery stage(m_db);
        if (!stage.exec(QStringLiteral("SELECT vd.listener_stage()"))) {
            failed(stage.lastError());
            return;
        }
    }
    if (!logs.isEmpty()) {
        static const QByteArray copy =
            QByteArrayLiteral("COPY pg_temp.listener_staging (") + EventDecoder::copyColumns() + ") FROM STDIN";
        const QSqlError copied = db::copyIn(m_db, copy, rows);
        if (copied.isValid()) {
            failed(copied);
            return;
        }
    }
    const qint64 copyMs = sqlTimer.elapsed();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT vd.listener_apply(?::jsonb)"));
    q.addBindValue(header);
    if (!q.exec() || !q.next()) {
        failed(q.lastError());
        return;
    }
    const int newLogs = q.value(0).toInt();
    q.finish();
    if (!m_db.commit()) {
        failed(m_db.lastError());
        return;
    }
    m_lastBatchLogs = logs.size();
    if (m_reconcileUntil >= 0 && static_cast<qint64>(to) >= m_reconcileUntil)
        m_reconcileUntil = -1; // the replayed range is done
    m_cursor = static_cast<qint64>(to);
    m_cursorHash = toHeader.hash;
    m_cursorTime = toHeader.timestamp;
    m_health.lastBlock = m_cursor;
    m_health.logsIngested += static_cast<quint64>(newLogs);
    ++m_health.batches;
    if (newLogs > 0 || m_health.batches % 50 == 0)
        qCInfo(lcListener).noquote() << QTime::currentTime().toString(QStringLiteral("ss.zzz")) << "batch" << from
                                     << "-" << to << ":" << logs.size() << "logs," << newLogs << "new; head" << m_head
                                     << "; encode" << encodeMs << "ms, commit" << sqlTimer.elapsed() << "ms (copy"
                                     << copyMs << "ms)";
    emit batchCommitted(m_cursor, newLogs);
    m_busy = false;
    const quint64 nextTo = static_cast<quint64>(m_cursor) + static_cast<quint64>(m_planner.size());
    const bool prefetched = !m_prefetch.empty() && m_prefetch.front().from == static_cast<quint64>(m_cursor + 1);
    if ((prefetched || nextTo <= m_finalized) && !m_paused && !m_halted && m_running) {
        // Deep in the finalized past no reorg can reach: no need to ask for the tips before every batch.
        m_busy = true;
        const quint64 gen2 = ++m_gen;
        if (prefetched) {
            if (const auto ready = m_prefetch.front().result) {
                m_prefetch.pop_front();
                takeFetched(gen2, ready);
            } else {
                m_prefetch.front().waitingGen = gen2;
            }
        } else {
            m_prefetch.clear();
            fetchLogs(gen2, static_cast<quint64>(m_cursor + 1), nextTo, false);
        }
    } else if (static_cast<quint64>(m_cursor) < m_head)
        schedule(0);
    else {
        setState(QStringLiteral("live"));
        writeHealth();
        schedule(m_cfg.pollIntervalMs);
    }
}

void ListenerWorker::handleReorg(quint64 gen)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number, hash FROM vd.chain_blocks WHERE chain_id = ? AND number <= ? "
                             "ORDER BY number DESC LIMIT ?"));
    q.addBindValue(m_cfg.chainId);
    q.addBindValue(m_cursor);
    q.addBindValue(kReorgWindow);
    if (!q.exec()) {
        onDbFailure(q.lastError(), QStringLiteral("reorg window"));
        return;
    }
    QList<QPair<quint64, Hash32>> stored;
    while (q.next()) {
        if (const auto h = hashFromBytes(q.value(1).toByteArray()))
            stored.append({q.value(0).toULongLong(), *h});
    }
    QList<quint64> numbers;
    for (const auto &s : stored)
        if (s.first <= m_head)
            numbers << s.first;
    std::sort(numbers.begin(), numbers.end());
    qCWarning(lcListener) << "block hash at the cursor" << m_cursor << "changed: reorganisation; checking"
                          << numbers.size() << "stored blocks";
    headersBatch(gen, numbers, [this, stored](const Headers &fresh) {
        std::optional<quint64> ancestor;
        std::optional<Hash32> ancestorHash;
        quint64 lowestMismatch = static_cast<quint64>(m_cursor);
        for (const auto &s : stored) { // newest first
            const auto it = fresh.constFind(s.first);
            if (it != fresh.cend() && it->hash == s.second) {
                ancestor = s.first;
                ancestorHash = s.second;
                break;
            }
            lowestMismatch = s.first;
        }
        // Deeper than finality: the fork is below a block once reported final, or below every stored block (the
        // window reaches down to the finalized block, so no stored block being canonical means the same).
        const quint64 finalSeen = std::max(m_finalized, m_finalizedSeen);
        if (!ancestor || lowestMismatch <= finalSeen) {
            if (!ancestor)
                lowestMismatch = stored.isEmpty() ? static_cast<quint64>(m_cursor) : stored.last().first;
            m_halted = true;
            m_busy = false;
            ++m_health.reorgs;
            m_health.lastError = tr("A chain reorganisation reached block %1, below the finalized block %2. The "
                                    "listener stopped and waits for an operator (replay from a block to resume).")
                                     .arg(lowestMismatch)
                                     .arg(finalSeen);
            qCCritical(lcListener).noquote() << m_health.lastError;
            setState(QStringLiteral("unhealthy"));
            writeHealth();
            return;
        }
        rewind(static_cast<quint64>(std::max<qint64>(static_cast<qint64>(*ancestor), m_cfg.startBlock - 1)),
               ancestorHash);
    });
}

void ListenerWorker::rewind(quint64 ancestor, const std::optional<Hash32> &hash)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT vd.listener_rewind(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(m_lockKey);
    q.addBindValue(m_cfg.chainId);
    q.addBindValue(bytesOf(m_token));
    q.addBindValue(m_safe ? QVariant(bytesOf(*m_safe)) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(static_cast<qint64>(ancestor));
    q.addBindValue(hash ? QVariant(bytesOf(*hash)) : QVariant(QMetaType(QMetaType::QByteArray)));
    q.addBindValue(static_cast<qint64>(m_head));
    q.addBindValue(m_cfg.confirmations);
    if (!q.exec() || !q.next()) {
        onDbFailure(q.lastError(), QStringLiteral("rewind"));
        return;
    }
    ++m_health.reorgs;
    qCWarning(lcListener) << "rewound to block" << ancestor << "; removed" << q.value(0).toInt() << "logs";
    m_cursor = static_cast<qint64>(ancestor);
    m_cursorHash = hash;
    m_health.lastBlock = m_cursor;
    m_busy = false;
    writeHealth();
    schedule(0);
}

void ListenerWorker::onRpcFailure(const RpcError &error)
{
    m_busy = false;
    ++m_health.rpcErrors;
    m_health.lastError = error.message();
    if (error.kind == RpcErrorKind::WrongChain) {
        fatal(QStringLiteral("listener.wrong_chain"), error.message());
        return;
    }
    const int delay = std::min(15000, 250 << std::min(m_errorStreak++, 6));
    qCWarning(lcListener).noquote() << "rpc:" << error.code() << error.message() << "; retry in" << delay << "ms";
    schedule(delay);
}

void ListenerWorker::onDbFailure(const QSqlError &error, const QString &what)
{
    m_busy = false;
    const QString code = error.nativeErrorCode();
    m_health.lastError = db::toError(error).message;
    qCWarning(lcListener).noquote() << "database (" << what << "):" << code << error.text();
    // A connection the driver already closed (the server went away during another query) reports no error at
    // all: it is lost just the same, and only a new session can re-elect and resume.
    if (code == kLockLost || db::isConnectionLoss(error) || !m_db.isOpen()) {
        if (!m_db.isOpen() && error.text().trimmed().isEmpty())
            m_health.lastError = db::toError(QSqlError(QStringLiteral("no connection to the server"), QString(),
                                                       QSqlError::ConnectionError))
                                     .message;
        lostLeadership(m_health.lastError);
        return;
    }
    if (code == kCursorMoved)
        loadCursor();
    schedule(std::min(15000, 250 << std::min(m_errorStreak++, 6)));
}

void ListenerWorker::lostLeadership(const QString &why)
{
    qCWarning(lcListener).noquote() << "lost leadership:" << why;
    ++m_gen;
    m_leader = false;
    m_verified = false;
    m_busy = false;
    m_health.leader = false;
    m_db = QSqlDatabase();
    db::closeConnection(m_dbPurpose); // the session (and any lock it still had) ends
    setState(QStringLiteral("standby"));
    schedule(m_cfg.electionRetryMs);
}

void ListenerWorker::fatal(const QString &code, const QString &message)
{
    qCCritical(lcListener).noquote() << code << message;
    ++m_gen;
    m_halted = true;
    m_busy = false;
    m_health.lastError = message;
    setState(QStringLiteral("stopped"));
    if (m_stepTimer)
        m_stepTimer->stop();
    writeHealth();
    if (m_leader && m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock_all()"));
    }
    m_leader = false;
    m_health.leader = false;
    emit fatalError(code, message);
}

void ListenerWorker::stop()
{
    if (!m_running)
        return;
    ++m_gen;
    if (m_stepTimer)
        m_stepTimer->stop();
    if (m_healthTimer)
        m_healthTimer->stop();
    stopFetcher();
    if (!m_halted)
        setState(QStringLiteral("stopped"));
    writeHealth();
    if (m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT pg_advisory_unlock_all()"));
    }
    m_running = false;
    m_leader = false;
    m_db = QSqlDatabase();
    db::closeConnection(m_dbPurpose);
    emit stopped();
}

void ListenerWorker::pause()
{
    m_paused = true;
    ++m_gen;
    m_busy = false;
    setState(QStringLiteral("paused"));
    writeHealth();
}

void ListenerWorker::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    setState(m_leader ? QStringLiteral("live") : QStringLiteral("standby"));
    schedule(0);
}

void ListenerWorker::replayFrom(qint64 block)
{
    if (!m_leader || !m_verified) {
        m_pendingReplay = block;
        return;
    }
    ++m_gen;
    m_busy = false;
    block = std::max(block, m_cfg.startBlock);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT vd.listener_replay_from(?, ?, ?, ?)"));
    q.addBindValue(m_lockKey);
    q.addBindValue(m_cfg.chainId);
    q.addBindValue(bytesOf(m_token));
    q.addBindValue(block);
    if (!q.exec()) {
        onDbFailure(q.lastError(), QStringLiteral("replay"));
        return;
    }
    qCInfo(lcListener) << "replay from block" << block;
    m_reconcileUntil = std::max(m_reconcileUntil, m_cursor);
    loadCursor();
    m_halted = false;
    m_health.lastError.clear();
    setState(QStringLiteral("backfill"));
    schedule(0);
}

void ListenerWorker::switchEndpoint(int index)
{
    if (index < 0 || index >= m_cfg.rpcUrls.size())
        return;
    ++m_gen;
    m_busy = false;
    setupRpc(index);
    qCInfo(lcListener).noquote() << "switched to endpoint" << index;
    schedule(0);
}

void ListenerWorker::refreshEndpointStats()
{
    if (!m_pool)
        return;
    const auto stats = m_pool->snapshot();
    for (const auto &s : stats) {
        if (s.state == chain::EndpointStats::State::Healthy || &s == &stats.back()) {
            m_health.endpoint = s.url;
            m_health.errorRate = s.errorRate;
            break;
        }
    }
}

void ListenerWorker::writeHealth()
{
    refreshEndpointStats();
    m_health.rangeSize = m_planner.size();
    m_health.lagBlocks = m_health.headBlock >= 0 ? std::max<qint64>(0, m_health.headBlock - m_cursor) : -1;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_health.lagSeconds =
        m_health.lagBlocks <= 0
            ? 0.0
            : (m_cursorTime > 0 ? static_cast<double>(now - static_cast<qint64>(m_cursorTime)) : -1.0);
    m_health.updatedAt = QDateTime::currentDateTimeUtc();
    if (m_leader && m_db.isOpen()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO vd.listener_health (chain_id, contract, leader, healthy, state, head_block, finalized_block, "
            "last_block, lag_blocks, lag_seconds, endpoint, error_rate, range_size, reorgs, last_error, heartbeat_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (chain_id, contract) DO UPDATE "
            "SET "
            "leader = EXCLUDED.leader, healthy = EXCLUDED.healthy, state = EXCLUDED.state, head_block = "
            "EXCLUDED.head_block, finalized_block = EXCLUDED.finalized_block, last_block = EXCLUDED.last_block, "
            "lag_blocks = EXCLUDED.lag_blocks, lag_seconds = EXCLUDED.lag_seconds, endpoint = EXCLUDED.endpoint, "
            "error_rate = EXCLUDED.error_rate, range_size = EXCLUDED.range_size, reorgs = EXCLUDED.reorgs, "
            "last_error = EXCLUDED.last_error, heartbeat_at = now()"));
        q.addBindValue(m_cfg.chainId);
        q.addBindValue(bytesOf(m_token));
        q.addBindValue(m_cfg.leaderName);
        q.addBindValue(m_health.healthy());
        q.addBindValue(m_health.state);
        q.addBindValue(m_health.headBlock >= 0 ? QVariant(m_health.headBlock)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(m_health.finalizedBlock >= 0 ? QVariant(m_health.finalizedBlock)
                                                    : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(m_cursor);
        q.addBindValue(m_health.lagBlocks >= 0 ? QVariant(m_health.lagBlocks)
                                               : QVariant(QMetaType(QMetaType::LongLong)));
        q.addBindValue(m_health.lagSeconds);
        q.addBindValue(m_health.endpoint);
        q.addBindValue(m_health.errorRate);
        q.addBindValue(m_health.rangeSize);
        q.addBindValue(m_health.reorgs);
        q.addBindValue(m_health.lastError.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(m_health.lastError));
        if (!q.exec())
            qCWarning(lcListener).noquote() << "health:" << q.lastError().text();
    }
    emit healthChanged(m_health);
}

} // namespace vd::listener
