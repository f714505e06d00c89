#pragma once
// What the status lights show: a value passed by queued signal from the health monitor's thread.
#include "listener/ListenerHealth.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace vd::health {

struct HealthSnapshot
{
    enum class Level { Unknown, Ok, Warning, Down };
    Level database = Level::Unknown;
    QString databaseDetail;      // translated, no secrets
    int schemaVersion = 0;
    Level chain = Level::Unknown;
    QString chainDetail;
    qint64 chainId = 0;
    qint64 headBlock = -1;
    Level listener = Level::Unknown;
    QString listenerDetail;      // from vd.listener_health, written by the chain listener
    qint64 listenerLagBlocks = -1;
    bool hasListenerRow = false;          // a listener has reported (the leader's row in vd.listener_health)
    listener::ListenerHealth listenerRow; // that row, for the Chain page
    double listenerHeartbeatAge = -1;     // seconds since its last heartbeat
    QDateTime checkedAt;
};

} // namespace vd::health

Q_DECLARE_METATYPE(vd::health::HealthSnapshot)
