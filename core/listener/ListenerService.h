#pragma once
// The facade the app (GUI or `voucherdesk listen`) hosts: owns the listener's QThread and its ListenerWorker,
// forwards operator actions to it by queued calls and its health back by queued signals. Lives on the thread that
// creates it (the GUI thread in the app); never blocks it except in stop(), which waits for the worker to let go
// of its lock and connection.
#include "ListenerConfig.h"
#include "ListenerHealth.h"

#include <QObject>

class QThread;

namespace vd::listener {

class ListenerWorker;

class ListenerService : public QObject
{
    Q_OBJECT
public:
    explicit ListenerService(ListenerConfig config, QObject *parent = nullptr);
    ~ListenerService() override;

    void start();
    /// Stops the worker (releases leadership) and joins the thread. Idempotent.
    void stop();
    bool isRunning() const;

    // Operator actions (runbooks).
    void replayFrom(qint64 block);
    void switchEndpoint(int index);
    void pause();
    void resume();

    /// The latest health the worker reported.
    ListenerHealth health() const { return m_health; }
    const ListenerConfig &config() const { return m_config; }

signals:
    void healthChanged(const vd::listener::ListenerHealth &health);
    void fatalError(const QString &code, const QString &message);
    void batchCommitted(qint64 lastBlock, int newLogs);

private:
    ListenerConfig m_config;
    QThread *m_thread = nullptr;
    ListenerWorker *m_worker = nullptr;
    ListenerHealth m_health;
};

} // namespace vd::listener
