#include "ListenerHealth.h"

namespace vd::listener {

bool ListenerHealth::ok(int lagThreshold) const
{
    if (!healthy())
        return false;
    if (state == QLatin1String("standby") || state == QLatin1String("starting") || state == QLatin1String("paused"))
        return true;
    return lagBlocks >= 0 && lagBlocks <= lagThreshold;
}

QJsonObject ListenerHealth::toJson() const
{
    return QJsonObject{
        {QStringLiteral("state"), state},
        {QStringLiteral("leader"), leader},
        {QStringLiteral("leader_name"), leaderName},
        {QStringLiteral("chain_id"), chainId},
        {QStringLiteral("contract"), contract},
        {QStringLiteral("head_block"), headBlock},
        {QStringLiteral("finalized_block"), finalizedBlock},
        {QStringLiteral("last_block"), lastBlock},
        {QStringLiteral("lag_blocks"), lagBlocks},
        {QStringLiteral("lag_seconds"), lagSeconds},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("error_rate"), errorRate},
        {QStringLiteral("range_size"), rangeSize},
        {QStringLiteral("reorgs"), reorgs},
        {QStringLiteral("logs_ingested"), static_cast<qint64>(logsIngested)},
        {QStringLiteral("batches"), static_cast<qint64>(batches)},
        {QStringLiteral("prefetched_batches"), static_cast<qint64>(prefetchedBatches)},
        {QStringLiteral("rpc_errors"), static_cast<qint64>(rpcErrors)},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("updated_at"), updatedAt.toString(Qt::ISODateWithMs)},
    };
}

QByteArray ListenerHealth::toPrometheus() const
{
    QByteArray out;
    const auto metric = [&out](const char *name, const char *help, const char *type, double value) {
        out += QByteArray("# HELP voucherdesk_listener_") + name + ' ' + help + '\n';
        out += QByteArray("# TYPE voucherdesk_listener_") + name + ' ' + type + '\n';
        out += QByteArray("voucherdesk_listener_") + name + ' ' + QByteArray::number(value, 'g', 17) + '\n';
    };
    metric("up", "1 when the listener is healthy", "gauge", healthy() ? 1 : 0);
    metric("leader", "1 when this process is the elected writer", "gauge", leader ? 1 : 0);
    metric("head_block", "chain head seen", "gauge", static_cast<double>(headBlock));
    metric("finalized_block", "finalized block seen", "gauge", static_cast<double>(finalizedBlock));
    metric("last_block", "last block applied to the database", "gauge", static_cast<double>(lastBlock));
    metric("lag_blocks", "head minus last applied block", "gauge", static_cast<double>(lagBlocks));
    metric("lag_seconds", "age of the last applied block", "gauge", lagSeconds);
    metric("range_size", "current eth_getLogs range in blocks", "gauge", rangeSize);
    metric("endpoint_error_rate", "error rate of the endpoint in use (EWMA)", "gauge", errorRate);
    metric("reorgs_total", "reorganisations handled", "counter", reorgs);
    metric("logs_ingested_total", "new logs written by this process", "counter", static_cast<double>(logsIngested));
    metric("batches_total", "batches committed by this process", "counter", static_cast<double>(batches));
    metric("prefetched_batches_total", "batches whose range was downloaded during the previous commit", "counter",
           static_cast<double>(prefetchedBatches));
    metric("rpc_errors_total", "failed RPC calls", "counter", static_cast<double>(rpcErrors));
    return out;
}

} // namespace vd::listener
