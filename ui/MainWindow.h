#pragma once
// The main window: Reception and Back office views, status lights for database, chain and listener,
// the settings dialog. GUI thread only; health arrives by queued signal from HealthService's thread.
#include "auth/Operators.h"
#include "config/AppConfig.h"
#include "health/HealthSnapshot.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace vd::health {
class HealthService;
}
namespace vd::admin {
class AdminService;
}
namespace vd::listener {
class ListenerService;
}
namespace vd::deposits {
class DepositService;
class MintingWatcher;
} // namespace vd::deposits
namespace vd::orders {
class DeskService;
class RedemptionChecker;
} // namespace vd::orders
namespace vd::signing {
class SigningService;
}
namespace vd::dashboard {
class DashboardService;
}
namespace vd::mint {
class MintService;
}

namespace vd::ui {

class StatusLight;
class ReceptionPage;
class BackOfficePage;
class MintingBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `who` is the signed-in person: the window shows only what their role may use.
    MainWindow(config::AppConfig &config, config::AppSettings settings, auth::SignedIn who, QWidget *parent = nullptr);
    ~MainWindow() override;

    StatusLight *databaseLight() const { return m_dbLight; }
    StatusLight *chainLight() const { return m_chainLight; }
    StatusLight *listenerLight() const { return m_listenerLight; }
    /// The chain listener this workstation hosts (null when it hosts none or it has not started yet).
    listener::ListenerService *hostedListener() const { return m_listener.get(); }
    ReceptionPage *reception() const { return m_reception; }
    MintingBanner *mintingBanner() const { return m_mintingBanner; }
    bool hasBackOffice() const;
    bool isLocked() const;
    /// Idle time before the desk locks itself (0: never).
    void setIdleLockMinutes(int minutes);

public slots:
    void applyHealth(const vd::health::HealthSnapshot &snapshot);
    void openSettings();
    void lock();
    /// The key rotation finished: mint with `keystorePath` from now on (saved, then the window is rebuilt).
    void adoptMinterKeystore(const QString &keystorePath);

signals:
    /// The person asked to sign out so someone else can sign in.
    void switchPersonRequested();
    /// Saved settings changed what the window's services were built with (interface language, minter key): the app
    /// reloads the settings, installs the language and rebuilds the window, same person signed in.
    void rebuildRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startHealth();
    void startListener();
    void installContractPages();
    void setKiosk(bool on);

    config::AppConfig &m_config;
    config::AppSettings m_settings;
    auth::SignedIn m_who;
    std::unique_ptr<orders::DeskService> m_desk;         // the reception desk's database service (own thread)
    std::unique_ptr<orders::RedemptionChecker> m_checker; // on-chain re-check before delivery (own thread)
    std::unique_ptr<signing::SigningService> m_signing;   // back office only: every signature and Safe proposal
    std::unique_ptr<dashboard::DashboardService> m_dashboard; // back office only: today at a glance (own thread)
    std::unique_ptr<mint::MintService> m_mint;            // back office only; uses m_signing, so declared after it
    QTabWidget *m_tabs;
    ReceptionPage *m_reception;
    BackOfficePage *m_backOffice;
    class ChainPage *m_chainPage = nullptr; // back office only
    StatusLight *m_dbLight;
    StatusLight *m_chainLight;
    StatusLight *m_listenerLight;
    std::unique_ptr<health::HealthService> m_health;
    std::unique_ptr<listener::ListenerService> m_listener; // optional: one elected leader per chain+contract
    std::unique_ptr<deposits::DepositService> m_deposits;      // back office deposits (own thread)
    std::unique_ptr<deposits::MintingWatcher> m_mintingWatch;  // minting kill switch, for the banner (own thread)
    MintingBanner *m_mintingBanner = nullptr;
    std::unique_ptr<admin::AdminService> m_admin;              // contract state and records (own threads)
    class LockOverlay *m_lock;
    class QTimer *m_idle;
};

} // namespace vd::ui
