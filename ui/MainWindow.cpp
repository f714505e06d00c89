#include "MainWindow.h"

#include "BackOfficePage.h"
#include "MintingBanner.h"
#include "deposits/DepositService.h"
#include "deposits/DepositsPage.h"
#include "deposits/MintingWatcher.h"
#include "LockOverlay.h"
#include "OperatorsPage.h"
#include "ChainPage.h"
#include "DashboardPage.h"
#include "dashboard/DashboardService.h"
#include "mint/MintPanel.h"
#include "mint/MintService.h"
#include "signing/SigningService.h"
#include "ReceptionPage.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "StatusLight.h"
#include "admin/AdminService.h"
#include "contract/ContractPage.h"
#include "contract/RolesPage.h"
#include "config/RpcSecrets.h"
#include "health/HealthMonitor.h"
#include "config/SecretStore.h"
#include "listener/ListenerService.h"
#include "orders/DeskService.h"
#include "orders/RedemptionChecker.h"
#include "office/AuditPage.h"
#include "office/OfficeService.h"
#include "office/ReconciliationPage.h"
#include "office/SupplyReader.h"
#include "orders/OrdersPage.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QGuiApplication>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
orders::DeskSettings deskSettings(const config::AppSettings &s)
{
    orders::DeskSettings d;
    d.database = s.database;
    d.deskName = s.deskName.isEmpty() ? QStringLiteral("desk") : s.deskName;
    d.requiredConfirmations = s.chain.confirmations;
    return d;
}

orders::RecheckSettings recheckSettings(const config::AppSettings &s)
{
    orders::RecheckSettings r;
    r.rpcUrls = s.chain.rpcUrls;
    r.token = s.chain.token;
    r.chainId = s.chain.chainId;
    r.fromBlock = s.chain.startBlock;
    return r;
}

admin::AdminSettings adminSettings(const config::AppSettings &s)
{
    admin::AdminSettings a;
    a.database = s.database;
    a.workstation = s.deskName;
    a.chainId = s.chain.chainId;
    a.rpcUrls = s.chain.rpcUrls;
    a.token = s.chain.token;
    a.safe = s.chain.safe;
    a.tokenCodeHash = s.chain.tokenCodeHash;
    return a;
}

ReceptionPage::Deps receptionDeps(orders::DeskService *desk, orders::RedemptionChecker *checker)
{
    ReceptionPage::Deps deps;
    deps.desk = desk;
    deps.checker = checker;
    // Offscreen (tests, headless checks) has no camera and no keyboard to wedge.
    deps.startCamera = QGuiApplication::platformName() != QLatin1String("offscreen");
    return deps;
}
} // namespace

MainWindow::MainWindow(config::AppConfig &config, config::AppSettings settings, auth::SignedIn who, QWidget *parent)
    : QMainWindow(parent), m_config(config), m_settings(std::move(settings)), m_who(std::move(who)),
      m_desk(std::make_unique<orders::DeskService>(deskSettings(m_settings))),
      m_checker(std::make_unique<orders::RedemptionChecker>(recheckSettings(m_settings))),
      m_tabs(new QTabWidget(this)),
      m_reception(new ReceptionPage(receptionDeps(m_desk.get(), m_checker.get()), m_settings.deskName, this)), m_backOffice(new BackOfficePage(this)),
      m_dbLight(new StatusLight(tr("Database"), this)), m_chainLight(new StatusLight(tr("Chain"), this)),
      m_listenerLight(new StatusLight(tr("Listener"), this)), m_lock(nullptr), m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_settings.deskName.isEmpty() ? tr("VoucherDesk") : tr("VoucherDesk — %1").arg(m_settings.deskName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/voucherdesk.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reception, tr("&Reception"));
    // Only what the role may use is shown; the database refuses the rest anyway.
    if (auth::mayUseBackOffice(m_who.role)) {
        m_tabs->addTab(m_backOffice, tr("&Back office"));
        signing::SigningSettings signingSettings;
        signingSettings.chain = m_settings.chain;
        signingSettings.tx.confirmations = std::max(1, m_settings.chain.confirmations);
        m_signing = std::make_unique<signing::SigningService>(signingSettings);
        m_chainPage = new ChainPage(m_backOffice);
        m_backOffice->setPage(BackOfficePage::Section::Chain, m_chainPage);
    } else {
        m_backOffice->hide();
    }
    if (auth::mayUseBackOffice(m_who.role)) {
        // Orders, reconciliation and audit: one database service (own thread) and an on-chain checker with a longer
        // patience than the desk's, both owned by the back office.
        office::OfficeSettings officeSettings;
        officeSettings.database = m_settings.database;
        officeSettings.workstation = m_settings.deskName;
        officeSettings.chainId = m_settings.chain.chainId;
        officeSettings.token = m_settings.chain.token;
        auto *officeService = new office::OfficeService(officeSettings, m_backOffice);
        orders::RecheckSettings reverify = recheckSettings(m_settings);
        reverify.timeoutMs = 8000;
        auto *officeChecker = new orders::RedemptionChecker(reverify, m_backOffice);
        m_backOffice->setPage(BackOfficePage::Section::Orders, new OrdersPage(officeService, officeChecker, m_backOffice));
        const office::SupplySettings supply{m_settings.chain.rpcUrls, m_settings.chain.token, m_settings.chain.chainId};
        m_backOffice->setPage(BackOfficePage::Section::Reconciliation,
                              new ReconciliationPage(officeService, supply, m_backOffice));
        m_backOffice->setPage(BackOfficePage::Section::Audit, new AuditPage(officeService, m_backOffice));
    }
    if (auth::mayManageOperators(m_who.role))
        m_backOffice->addSection(tr("Operators"), new OperatorsPage(m_settings.database, m_settings.deskName, m_backOffice));
    if (auth::mayUseBackOffice(m_who.role))
        installContractPages();
    m_tabs->setStyleSheet(QStringLiteral("QTabBar::tab{font-size:13pt;padding:8px 24px;}"));
    // Deposits (back office) and the minting-paused banner shown above every tab.
    if (auth::mayUseBackOffice(m_who.role)) {
        m_deposits = std::make_unique<deposits::DepositService>(
            deposits::DepositServiceSettings{m_settings.database, m_settings.deskName, 18});
        auto *depositsPage = new DepositsPage(m_deposits.get(), m_who.role, m_backOffice);
        m_backOffice->setPage(BackOfficePage::Section::Deposits, depositsPage);
        // Mints of the selected deposit: direct through the signing path, or through the Safe.
        m_mint = std::make_unique<mint::MintService>(
            mint::MintSettings{m_settings.database, m_settings.deskName, m_settings.chain, m_settings.minterKeystore},
            m_signing.get());
        auto *mintPanel = new MintPanel(m_mint.get());
        depositsPage->setActionsPanel(mintPanel);
        connect(depositsPage, &DepositsPage::currentDepositChanged, mintPanel, &MintPanel::showDeposit);
        connect(mintPanel, &MintPanel::depositChanged, depositsPage, &DepositsPage::refresh);
        m_deposits->start();
        // Today at a glance, re-read when Postgres notifies a change.
        auto *dashboardPage = new DashboardPage(m_backOffice);
        m_backOffice->setPage(BackOfficePage::Section::Dashboard, dashboardPage);
        m_dashboard = std::make_unique<dashboard::DashboardService>(m_settings.database);
        connect(m_dashboard.get(), &dashboard::DashboardService::snapshotReady, dashboardPage,
                &DashboardPage::showSnapshot);
        m_dashboard->start();
    }
    m_mintingBanner = new MintingBanner(this);
    m_mintingWatch = std::make_unique<deposits::MintingWatcher>(m_settings.database);
    connect(m_mintingWatch.get(), &deposits::MintingWatcher::changed, m_mintingBanner, &MintingBanner::setState);
    m_mintingWatch->start();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_mintingBanner);
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto *person = new QLabel(tr("%1 (%2)").arg(m_who.login, auth::roleTitle(m_who.role)), this);
    person->setObjectName(QStringLiteral("signedInAs"));
    statusBar()->addWidget(person);
    statusBar()->addPermanentWidget(m_dbLight);
    statusBar()->addPermanentWidget(m_chainLight);
    statusBar()->addPermanentWidget(m_listenerLight);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    QAction *lockAction = file->addAction(tr("&Lock desk"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    file->addAction(tr("S&witch person…"), this, &MainWindow::switchPersonRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *full = view->addAction(tr("&Full screen"), this, [this](bool on) {
        on ? showFullScreen() : showNormal();
    });
    full->setCheckable(true);
    full->setShortcut(QKeySequence::FullScreen);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VoucherDesk"), this, [this]() {
        QMessageBox::about(this, tr("About VoucherDesk"),
                           tr("<b>VoucherDesk %1</b><p>Reception and back office for a token-paid shop.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    connect(m_reception, &ReceptionPage::kioskRequested, this, &MainWindow::setKiosk);
    // A hand scanner fired while another tab was open: the verdict must be seen.
    connect(m_reception, &ReceptionPage::scanArrived, this, [this]() { m_tabs->setCurrentWidget(m_reception); });
    resize(1280, 800);
    m_desk->start();

    m_lock = new LockOverlay(m_settings.database, this);
    connect(m_lock, &LockOverlay::switchPersonRequested, this, &MainWindow::switchPersonRequested);
    connect(m_lock, &LockOverlay::unlocked, m_idle, qOverload<>(&QTimer::start));
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lock);
    setIdleLockMinutes(10);
    qApp->installEventFilter(this);
    // A locked desk takes no scans (and a password typed by a password manager is never taken for one).
    connect(m_lock, &LockOverlay::unlocked, m_reception, [this]() { m_reception->setScanningEnabled(true); });
    startHealth();
    startListener();
    if (m_reception->prefs().kiosk)
        QTimer::singleShot(0, this, [this]() { setKiosk(true); });
}

MainWindow::~MainWindow()
{
    delete m_reception; // before the services it points at
    m_reception = nullptr;
    delete m_backOffice; // its pages point at the back-office services (signing, deposits, admin, ...)
    m_backOffice = nullptr;
}

void MainWindow::installContractPages()
{
    // Back office > Contract and Roles: everyone in the back office sees the state; administrators act. Signing
    // goes through the back office's one SigningService.
    m_admin = std::make_unique<admin::AdminService>(adminSettings(m_settings));
    const bool mayAct = auth::mayAdministerContract(m_who.role);
    auto *contract = new ContractPage(m_admin.get(), m_signing.get(), mayAct, m_backOffice);
    m_backOffice->setPage(BackOfficePage::Section::Contract, contract);
    m_backOffice->setPage(BackOfficePage::Section::Roles,
                          new RolesPage(m_admin.get(), contract->runner(), mayAct, m_backOffice));
    connect(contract, &ContractPage::minterKeystoreChanged, this, &MainWindow::adoptMinterKeystore);
    // The administrator's key when one is configured (pause, roles), else the minter's.
    const QString keystore = m_settings.adminKeystore.isEmpty() ? m_settings.minterKeystore : m_settings.adminKeystore;
    if (!keystore.isEmpty())
        if (const auto key = m_admin->setSignerKeystore(keystore); !key)
            statusBar()->showMessage(tr("Signing key: %1").arg(key.error().message));
    m_admin->refresh();
}

void MainWindow::setKiosk(bool on)
{
    // Kiosk: the reception desk alone, full screen, no menus or tabs to wander into.
    menuBar()->setVisible(!on);
    m_tabs->tabBar()->setVisible(!on);
    if (on) {
        m_tabs->setCurrentWidget(m_reception);
        showFullScreen();
    } else {
        showNormal();
    }
}

bool MainWindow::hasBackOffice() const
{
    return m_tabs->indexOf(m_backOffice) >= 0;
}

bool MainWindow::isLocked() const
{
    return m_lock->isLocked();
}

void MainWindow::setIdleLockMinutes(int minutes)
{
    m_idle->stop();
    if (minutes > 0) {
        m_idle->setInterval(minutes * 60 * 1000);
        m_idle->start();
    }
}

void MainWindow::lock()
{
    m_idle->stop();
    m_reception->setScanningEnabled(false);
    m_lock->lock();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Any input restarts the idle countdown (while unlocked).
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (!m_lock->isLocked() && m_idle->interval() > 0 && m_idle->isActive())
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}


void MainWindow::startListener()
{
    // Every workstation may host a listener; the database elects one leader per chain+contract and the others
    // stand by. It writes with its own vd_listener login, never the signed-in person's.
    if (m_settings.listenerLogin.isEmpty())
        return;
    listener::ListenerConfig config = listener::ListenerConfig::fromSettings(m_settings);
    config.database.user = m_settings.listenerLogin;
    config.database.applicationName = QStringLiteral("voucherdesk-listener");
    auto start = [this, config](const QString &password) mutable {
        config.database.password = password;
        m_listener = std::make_unique<listener::ListenerService>(config);
        connect(m_listener.get(), &listener::ListenerService::fatalError, this,
                [this](const QString &, const QString &message) {
                    statusBar()->showMessage(tr("Chain listener stopped: %1").arg(message));
                });
        m_listener->start();
        if (m_chainPage)
            m_chainPage->setHostedListener(m_listener.get());
    };
    const QString fromEnv = qEnvironmentVariable("VOUCHERDESK_LISTENER_PASSWORD");
    if (!fromEnv.isEmpty()) {
        start(fromEnv);
        return;
    }
    const QString key = SignInDialog::keychainKey(config.database);
    config::SecretStore::read(key, this, [this, start](Result<QString> r) mutable {
        if (r)
            start(r.value());
        else
            statusBar()->showMessage(tr("This desk does not host the chain listener: %1").arg(r.error().message));
    });
}

void MainWindow::startHealth()
{
    m_health = std::make_unique<health::HealthService>(m_settings);
    connect(m_health.get(), &health::HealthService::snapshot, this, &MainWindow::applyHealth);
    m_health->start();
}

void MainWindow::applyHealth(const health::HealthSnapshot &s)
{
    m_dbLight->setState(s.database, s.databaseDetail);
    m_chainLight->setState(s.chain, s.chainDetail);
    m_listenerLight->setState(s.listener, s.listenerDetail);
    m_reception->applyHealth(s);
    if (m_chainPage)
        m_chainPage->showSnapshot(s);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    config::AppSettings next = dialog.settings();
    next.database.password = m_settings.database.password;
    // URLs with API keys go to the keychain; the file keeps a reference.
    config::AppSettings stored = next;
    if (const auto moved = config::storeRpcSecrets(stored); !moved.ok()) {
        QMessageBox::warning(this, tr("Settings not saved"), moved.error().message);
        return;
    }
    QString error;
    if (!m_config.save(stored, &error)) {
        QMessageBox::warning(this, tr("Settings not saved"), error);
        return;
    }
    const bool languageChanged = next.language != m_settings.language;
    m_settings = next;
    m_health.reset();
    startHealth();
    startListener();
    if (languageChanged)
        emit rebuildRequested();
}

void MainWindow::adoptMinterKeystore(const QString &keystorePath)
{
    config::AppSettings stored = m_config.load(); // what is on disk (RPC URLs as keychain references)
    stored.minterKeystore = keystorePath;
    QString error;
    if (!m_config.save(stored, &error)) {
        QMessageBox::warning(this, tr("Settings not saved"),
                             tr("The new minter key could not be saved in the settings: %1\nSet it by hand in "
                                "Settings → Signing keys: %2")
                                 .arg(error, keystorePath));
        return;
    }
    // The mint service was built with the old key file: rebuild the window's services with the saved settings.
    emit rebuildRequested();
}

} // namespace vd::ui
