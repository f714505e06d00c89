#pragma once
// Checks the database and the chain endpoints every few seconds and publishes a HealthSnapshot.
// Lives on its own thread (see HealthService): owns its database connection and its network manager,
// so nothing here ever runs on the GUI thread.
#include "HealthSnapshot.h"
#include "config/AppConfig.h"

#include <QObject>

class QNetworkAccessManager;
class QTimer;

namespace vd::health {

class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(config::AppSettings settings, QObject *parent = nullptr);
    ~HealthMonitor() override;

public slots:
    void start(int intervalMs);
    void checkNow();
    void stop();

signals:
    void snapshot(const vd::health::HealthSnapshot &snapshot);

private:
    void checkDatabase(HealthSnapshot &s);
    void checkChain();

    config::AppSettings m_settings;
    QNetworkAccessManager *m_net = nullptr;
    QTimer *m_timer = nullptr;
    HealthSnapshot m_last;
    int m_urlIndex = 0;
};

/// Owns the monitor's thread; stopping quits and waits.
class HealthService : public QObject
{
    Q_OBJECT
public:
    explicit HealthService(const config::AppSettings &settings, QObject *parent = nullptr);
    ~HealthService() override;
    void start(int intervalMs = 2000);
    void stop();

signals:
    void snapshot(const vd::health::HealthSnapshot &snapshot);

private:
    QThread *m_thread = nullptr;
    HealthMonitor *m_monitor = nullptr;
};

} // namespace vd::health
