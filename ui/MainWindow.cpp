#include "MainWindow.h"

#include "BackOfficePage.h"
#include "ReceptionPage.h"
#include "SettingsDialog.h"
#include "StatusLight.h"
#include "health/HealthMonitor.h"
#include "orders/DeskService.h"
#include "orders/RedemptionChecker.h"

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

MainWindow::MainWindow(config::AppConfig &config, config::AppSettings settings, QWidget *parent)
    : QMainWindow(parent), m_config(config), m_settings(std::move(settings)),
      m_desk(std::make_unique<orders::DeskService>(deskSettings(m_settings))),
      m_checker(std::make_unique<orders::RedemptionChecker>(recheckSettings(m_settings))),
      m_tabs(new QTabWidget(this)),
      m_reception(new ReceptionPage(receptionDeps(m_desk.get(), m_checker.get()), m_settings.deskName, this)), m_backOffice(new BackOfficePage(this)),
      m_dbLight(new StatusLight(tr("Database"), this)), m_chainLight(new StatusLight(tr("Chain"), this)),
      m_listenerLight(new StatusLight(tr("Listener"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_settings.deskName.isEmpty() ? tr("VoucherDesk") : tr("VoucherDesk — %1").arg(m_settings.deskName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/voucherdesk.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reception, tr("&Reception"));
    m_tabs->addTab(m_backOffice, tr("&Back office"));
    m_tabs->setStyleSheet(QStringLiteral("QTabBar::tab{font-size:13pt;padding:8px 24px;}"));
    setCentralWidget(m_tabs);

    statusBar()->addPermanentWidget(m_dbLight);
    statusBar()->addPermanentWidget(m_chainLight);
    statusBar()->addPermanentWidget(m_listenerLight);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
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
    startHealth();
    if (m_reception->prefs().kiosk)
        QTimer::singleShot(0, this, [this]() { setKiosk(true); });
}

MainWindow::~MainWindow()
{
    delete m_reception; // before the services it points at
    m_reception = nullptr;
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
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    config::AppSettings next = dialog.settings();
    next.database.password = m_settings.database.password;
    QString error;
    if (!m_config.save(next, &error)) {
        QMessageBox::warning(this, tr("Settings not saved"), error);
        return;
    }
    m_settings = next;
    m_health.reset();
    startHealth();
}

} // namespace vd::ui
