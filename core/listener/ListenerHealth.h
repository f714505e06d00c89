#pragma once
// How healthy a listener is, as written to vd.listener_health and served on /health and /metrics: a value passed
// by queued signal from the listener's thread. Value type, any thread.
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace vd::listener {

struct ListenerHealth
{
    QString state = QStringLiteral("stopped"); // starting, standby, backfill, live, paused, unhealthy, stopped
    bool leader = false;
    QString leaderName;
    qint64 chainId = 0;
    QString contract;
    qint64 headBlock = -1;
    qint64 finalizedBlock = -1;
    qint64 lastBlock = -1; // everything up to here is applied
    qint64 lagBlocks = -1;
    double lagSeconds = -1;
    QString endpoint; // redacted
    double errorRate = 0;
    int rangeSize = 0;
    int reorgs = 0;
    quint64 logsIngested = 0; // by this process
    quint64 batches = 0;
    quint64 prefetchedBatches = 0; // of which downloaded ahead, during the previous commit
    quint64 rpcErrors = 0;
    QString lastError;
    QDateTime updatedAt;

    bool healthy() const { return state != QLatin1String("unhealthy") && state != QLatin1String("stopped"); }
    /// Ok for /health: healthy, and a leader not lagging beyond `lagThreshold` blocks (standby is fine).
    bool ok(int lagThreshold) const;
    QJsonObject toJson() const;
    /// Prometheus text exposition.
    QByteArray toPrometheus() const;
};

} // namespace vd::listener

Q_DECLARE_METATYPE(vd::listener::ListenerHealth)
