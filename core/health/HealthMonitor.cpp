#include "HealthMonitor.h"
#include "common/ThreadCleanup.h"

#include "chain/rpc/RpcLog.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

namespace vd::health {

namespace {
const QString kPurpose = QStringLiteral("health");
} // namespace

HealthMonitor::HealthMonitor(config::AppSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_settings.database.applicationName = QStringLiteral("voucherdesk-health");
    m_settings.database.connectTimeoutSeconds = 2;
}

HealthMonitor::~HealthMonitor() = default;

void HealthMonitor::start(int intervalMs)
{
    m_net = new QNetworkAccessManager(this);
    m_timer = new QTimer(this);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &HealthMonitor::checkNow);
    m_timer->start();
    checkNow();
}

void HealthMonitor::stop()
{
    if (m_timer)
        m_timer->stop();
    db::closeConnection(kPurpose);
}

void HealthMonitor::checkNow()
{
    checkDatabase(m_last);
    m_last.checkedAt = QDateTime::currentDateTimeUtc();
    emit snapshot(m_last);
    checkChain();
}

void HealthMonitor::checkDatabase(HealthSnapshot &s)
{
    auto db = db::connection(m_settings.database, kPurpose);
    if (!db) {
        s.database = HealthSnapshot::Level::Down;
        s.databaseDetail = db.error().message;
        s.listener = HealthSnapshot::Level::Unknown;
        return;
    }
    const auto compatible = db::Migrator::checkCompatible(db.value());
    const auto version = db::Migrator::currentVersion(db.value());
    s.schemaVersion = version ? version.value() : 0;
    if (!compatible) {
        s.database = HealthSnapshot::Level::Warning;
        s.databaseDetail = compatible.error().message;
    } else {
        s.database = HealthSnapshot::Level::Ok;
        s.databaseDetail = tr("Connected to %1 (schema %2)").arg(m_settings.database.database).arg(s.schemaVersion);
    }
    auto q = db::exec(db.value(),
                      QStringLiteral("SELECT healthy, lag_blocks, coalesce(last_error, ''), state, "
                                     "extract(epoch FROM now() - heartbeat_at), leader, chain_id, "
                                     "'0x' || encode(contract, 'hex'), coalesce(head_block, -1), "
                                     "coalesce(finalized_block, -1), coalesce(last_block, -1), "
                                     "coalesce(lag_seconds, -1), coalesce(endpoint, ''), coalesce(error_rate, 0), "
                                     "coalesce(range_size, 0), reorgs, heartbeat_at FROM vd.listener_health "
                                     "ORDER BY heartbeat_at DESC LIMIT 1"));
    s.hasListenerRow = false;
    if (q && q.value().next()) {
        const QSqlQuery &r = q.value();
        const bool healthy = r.value(0).toBool();
        const double age = r.value(4).toDouble();
        s.listenerLagBlocks = r.value(1).toLongLong();
        s.hasListenerRow = true;
        s.listenerHeartbeatAge = age;
        listener::ListenerHealth &h = s.listenerRow;
        h.state = r.value(3).toString();
        h.leader = true;
        h.leaderName = r.value(5).toString();
        h.chainId = r.value(6).toLongLong();
        h.contract = r.value(7).toString();
        h.headBlock = r.value(8).toLongLong();
        h.finalizedBlock = r.value(9).toLongLong();
        h.lastBlock = r.value(10).toLongLong();
        h.lagBlocks = s.listenerLagBlocks;
        h.lagSeconds = r.value(11).toDouble();
        h.endpoint = r.value(12).toString();
        h.errorRate = r.value(13).toDouble();
        h.rangeSize = r.value(14).toInt();
        h.reorgs = r.value(15).toInt();
        h.lastError = r.value(2).toString();
        h.updatedAt = r.value(16).toDateTime();
        if (age > 60) {
            s.listener = HealthSnapshot::Level::Down;
            s.listenerDetail = tr("Chain listener silent for %1 s").arg(qRound(age));
        } else {
            s.listener = healthy ? HealthSnapshot::Level::Ok : HealthSnapshot::Level::Down;
            s.listenerDetail = healthy ? tr("Chain listener %1, %2 blocks behind").arg(h.state).arg(s.listenerLagBlocks)
                                       : h.lastError;
        }
    } else {
        s.listener = HealthSnapshot::Level::Unknown;
        s.listenerDetail = tr("No chain listener has reported yet");
    }
}

void HealthMonitor::checkChain()
{
    const QStringList urls = m_settings.chain.rpcUrls;
    if (urls.isEmpty()) {
        m_last.chain = HealthSnapshot::Level::Unknown;
        m_last.chainDetail = tr("No RPC endpoint configured");
        emit snapshot(m_last);
        return;
    }
    const QUrl url(urls.value(m_urlIndex % urls.size()));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setTransferTimeout(2000);
    const QByteArray body =
        R"([{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]},{"jsonrpc":"2.0","id":2,"method":"eth_blockNumber","params":[]}])";
    QNetworkReply *reply = m_net->post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, urls]() {
        reply->deleteLater();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->read(1 << 20));
        qint64 chainId = -1;
        qint64 head = -1;
        for (const QJsonValue v : doc.array()) {
            const QJsonObject o = v.toObject();
            bool ok = false;
            const qint64 n = o.value(QLatin1String("result")).toString().toLongLong(&ok, 16);
            if (!ok)
                continue;
            (o.value(QLatin1String("id")).toInt() == 1 ? chainId : head) = n;
        }
        if (reply->error() != QNetworkReply::NoError || chainId < 0) {
            m_last.chain = HealthSnapshot::Level::Down;
            m_last.chainDetail = reply->error() != QNetworkReply::NoError
                                     ? tr("RPC endpoint %1 unreachable: %2")
                                           .arg(chain::redactUrl(reply->url()),
                                                reply->errorString().replace(reply->url().toString(),
                                                                             chain::redactUrl(reply->url())))
                                     : tr("RPC endpoint gave an invalid answer");
            ++m_urlIndex; // try the next endpoint next time
        } else if (chainId != m_settings.chain.chainId) {
            m_last.chain = HealthSnapshot::Level::Down;
            m_last.chainDetail = tr("Wrong chain: the endpoint serves chain %1, expected %2")
                                     .arg(chainId)
                                     .arg(m_settings.chain.chainId);
            ++m_urlIndex;
        } else {
            m_last.chain = HealthSnapshot::Level::Ok;
            m_last.chainId = chainId;
            m_last.headBlock = head;
            m_last.chainDetail = tr("%1, block %2").arg(config::chainName(chainId)).arg(head);
        }
        emit snapshot(m_last);
    });
}

HealthService::HealthService(const config::AppSettings &settings, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_monitor(new HealthMonitor(settings))
{
    qRegisterMetaType<vd::health::HealthSnapshot>();
    m_thread->setObjectName(QStringLiteral("health"));
    m_monitor->moveToThread(m_thread);
    releaseThreadCryptoOnFinish(*m_thread);
    connect(m_thread, &QThread::finished, m_monitor, &QObject::deleteLater);
    connect(m_monitor, &HealthMonitor::snapshot, this, &HealthService::snapshot, Qt::QueuedConnection);
}

HealthService::~HealthService()
{
    stop();
}

void HealthService::start(int intervalMs)
{
    m_thread->start();
    QMetaObject::invokeMethod(m_monitor, [m = m_monitor, intervalMs]() { m->start(intervalMs); }, Qt::QueuedConnection);
}

void HealthService::stop()
{
    if (!m_thread->isRunning())
        return;
    QMetaObject::invokeMethod(m_monitor, &HealthMonitor::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

} // namespace vd::health
