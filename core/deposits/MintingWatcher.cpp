#include "MintingWatcher.h"
#include "common/ThreadCleanup.h"

#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QTimer>

namespace vd::deposits {

namespace {
const QString kPurpose = QStringLiteral("minting-watch");
const QString kChannel = QStringLiteral("vd_settings");

// Lives on the watcher's thread: owns the connection, the subscription and a reconnect timer.
class Reader : public QObject
{
public:
    Reader(db::DbConfig config, MintingWatcher *facade) : m_config(std::move(config)), m_facade(facade)
    {
        m_config.applicationName = QStringLiteral("voucherdesk-minting-watch");
        m_config.connectTimeoutSeconds = 3;
    }

    void start()
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10000); // a dropped connection is re-opened (and the switch re-read) within 10 s
        connect(timer, &QTimer::timeout, this, [this]() { ensure(); });
        timer->start();
        ensure();
    }

    void stop() { db::closeConnection(kPurpose); }

private:
    void ensure()
    {
        const QString name = db::connectionName(kPurpose);
        const bool wasOpen = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
        auto conn = db::connection(m_config, kPurpose);
        if (!conn)
            return;
        QSqlDriver *driver = conn.value().driver();
        if (wasOpen && driver->subscribedToNotifications().contains(kChannel))
            return;
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        driver->subscribeToNotification(kChannel);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (channel != kChannel)
                        return;
                    const QString key =
                        QJsonDocument::fromJson(payload.toString().toUtf8()).object().value(QLatin1String("key")).toString();
                    if (key.startsWith(QLatin1String("minting_paused")))
                        read();
                });
        read();
    }

    void read()
    {
        auto conn = db::connection(m_config, kPurpose);
        if (!conn)
            return;
        auto q = db::exec(conn.value(), QStringLiteral("SELECT (SELECT value = 'true'::jsonb FROM vd.app_settings "
                                                       "WHERE key = 'minting_paused'), (SELECT value::text FROM "
                                                       "vd.app_settings WHERE key = 'minting_paused_reason')"));
        if (!q || !q.value().next())
            return;
        MintingSwitch s;
        s.paused = q.value().value(0).toBool();
        if (s.paused) {
            const QJsonObject o = QJsonDocument::fromJson(q.value().value(1).toString().toUtf8()).object();
            s.reason = o.value(QLatin1String("reason")).toString();
            s.by = o.value(QLatin1String("by")).toString();
            s.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
        }
        QMetaObject::invokeMethod(m_facade, [f = m_facade, s]() { f->apply(s); }, Qt::QueuedConnection);
    }

    db::DbConfig m_config;
    MintingWatcher *m_facade;
};
} // namespace

MintingWatcher::MintingWatcher(db::DbConfig database, QObject *parent)
    : QObject(parent), m_worker(new Reader(std::move(database), this))
{
    qRegisterMetaType<vd::deposits::MintingSwitch>();
    m_thread.setObjectName(QStringLiteral("minting-watch"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

MintingWatcher::~MintingWatcher()
{
    if (m_thread.isRunning()) {
        auto *reader = static_cast<Reader *>(m_worker);
        QMetaObject::invokeMethod(m_worker, [reader]() { reader->stop(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void MintingWatcher::start()
{
    m_thread.start();
    auto *reader = static_cast<Reader *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [reader]() { reader->start(); }, Qt::QueuedConnection);
}

void MintingWatcher::apply(const MintingSwitch &state)
{
    // Every read reaches the facade; only a change (or the first answer) is passed on.
    if (m_known && state == m_state)
        return;
    m_state = state;
    m_known = true;
    emit changed(m_state);
}

} // namespace vd::deposits
