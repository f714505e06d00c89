#pragma once
// The main window: Reception and Back office views, status lights for database, chain and listener,
// the settings dialog. GUI thread only; health arrives by queued signal from HealthService's thread.
#include "config/AppConfig.h"
#include "health/HealthSnapshot.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace vd::health {
class HealthService;
}
namespace vd::orders {
class DeskService;
class RedemptionChecker;
} // namespace vd::orders

namespace vd::ui {

class StatusLight;
class ReceptionPage;
class BackOfficePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(config::AppConfig &config, config::AppSettings settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    StatusLight *databaseLight() const { return m_dbLight; }
    StatusLight *chainLight() const { return m_chainLight; }
    ReceptionPage *reception() const { return m_reception; }

public slots:
    void applyHealth(const vd::health::HealthSnapshot &snapshot);
    void openSettings();

private:
    void startHealth();
    void setKiosk(bool on);

    config::AppConfig &m_config;
    config::AppSettings m_settings;
    std::unique_ptr<orders::DeskService> m_desk;         // the reception desk's database service (own thread)
    std::unique_ptr<orders::RedemptionChecker> m_checker; // on-chain re-check before delivery (own thread)
    QTabWidget *m_tabs;
    ReceptionPage *m_reception;
    BackOfficePage *m_backOffice;
    StatusLight *m_dbLight;
    StatusLight *m_chainLight;
    StatusLight *m_listenerLight;
    std::unique_ptr<health::HealthService> m_health;
};

} // namespace vd::ui
