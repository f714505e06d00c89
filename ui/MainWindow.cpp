#include "MainWindow.h"

#include "BackOfficePage.h"
#include "LockOverlay.h"
#include "OperatorsPage.h"
#include "ReceptionPage.h"
#include "SettingsDialog.h"
#include "StatusLight.h"
#include "config/RpcSecrets.h"
#include "health/HealthMonitor.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace vd::ui {

MainWindow::MainWindow(config::AppConfig &config, config::AppSettings settings, auth::SignedIn who, QWidget *parent)
    : QMainWindow(parent), m_config(config), m_settings(std::move(settings)), m_who(std::move(who)),
      m_tabs(new QTabWidget(this)),
      m_reception(new ReceptionPage(m_settings.deskName, this)), m_backOffice(new BackOfficePage(this)),
      m_dbLight(new StatusLight(tr("Database"), this)), m_chainLight(new StatusLight(tr("Chain"), this)),
      m_listenerLight(new StatusLight(tr("Listener"), this)), m_lock(nullptr), m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(m_settings.deskName.isEmpty() ? tr("VoucherDesk") : tr("VoucherDesk — %1").arg(m_settings.deskName));
    setWindowIcon(QIcon(QStringLiteral(":/icons/voucherdesk.svg")));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_reception, tr("&Reception"));
    // Only what the role may use is shown; the database refuses the rest anyway.
    if (auth::mayUseBackOffice(m_who.role))
        m_tabs->addTab(m_backOffice, tr("&Back office"));
    else
        m_backOffice->hide();
    if (auth::mayManageOperators(m_who.role))
        m_backOffice->addSection(tr("Operators"), new OperatorsPage(m_settings.database, m_settings.deskName, m_backOffice));
    m_tabs->setStyleSheet(QStringLiteral("QTabBar::tab{font-size:13pt;padding:8px 24px;}"));
    setCentralWidget(m_tabs);

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
    resize(1280, 800);

    m_lock = new LockOverlay(m_settings.database, this);
    connect(m_lock, &LockOverlay::switchPersonRequested, this, &MainWindow::switchPersonRequested);
    connect(m_lock, &LockOverlay::unlocked, m_idle, qOverload<>(&QTimer::start));
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, &MainWindow::lock);
    setIdleLockMinutes(10);
    qApp->installEventFilter(this);
    startHealth();
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

MainWindow::~MainWindow() = default;

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
    if (s.database != health::HealthSnapshot::Level::Unknown)
        m_reception->setDatabaseOnline(s.database == health::HealthSnapshot::Level::Ok, s.databaseDetail);
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
    m_settings = next;
    m_health.reset();
    startHealth();
}

} // namespace vd::ui
