#include "ReceptionPage.h"

#include "orders/RedemptionChecker.h"
#include "reception/CameraController.h"
#include "reception/CameraPreview.h"
#include "reception/DeskSounds.h"
#include "reception/VerdictCard.h"
#include "reception/VerdictPresenter.h"
#include "reception/WedgeFilter.h"
#include "scan/ImageDecodeReport.h"
#include "scan/PayloadParser.h"
#include "scan/ScanPipeline.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QImageReader>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QtConcurrent/QtConcurrentRun>

namespace vd::ui {

using orders::Verdict;
using orders::VerdictKind;

namespace {

QString shortHash(const QByteArray &hash)
{
    if (hash.size() != 32)
        return QString();
    return QStringLiteral("…") + QString::fromLatin1(hash.toHex().right(6)).toUpper();
}

QIcon swatch(const QColor &c)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(c);
    p.setPen(Qt::NoPen);
    p.drawRoundedRect(QRectF(1, 1, 12, 12), 3, 3);
    return QIcon(pm);
}

QString maskName(const QString &name)
{
    QStringList parts;
    for (const QString &w : name.split(u' ', Qt::SkipEmptyParts))
        parts << w.left(1) + QStringLiteral(".");
    return parts.join(u' ');
}

} // namespace

ReceptionPage::ReceptionPage(Deps deps, const QString &deskName, QWidget *parent)
    : QWidget(parent), m_deps(std::move(deps)), m_deskName(deskName),
      m_settings(m_deps.settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(m_deps.settingsFile, QSettings::IniFormat)),
      m_prefs(ReceptionPrefs::load(*m_settings)), m_pipeline(std::make_unique<scan::ScanPipeline>()),
      m_sink(new QVideoSink(this)), m_sounds(new DeskSounds(this))
{
    qRegisterMetaType<vd::orders::Verdict>();
    qRegisterMetaType<vd::orders::RecheckResult>();
    setObjectName(QStringLiteral("receptionPage"));
    buildUi(deskName);
    m_sounds->setMuted(m_prefs.muted);

    // The sink's slot does nothing but hand the frame over (dropped when the decoder is busy); the pipeline answers
    // by signal. The preview keeps its own reference to the newest frame (implicitly shared, no copy).
    connect(m_sink, &QVideoSink::videoFrameChanged, m_pipeline.get(), &scan::ScanPipeline::offer);
    connect(m_sink, &QVideoSink::videoFrameChanged, m_preview, &CameraPreview::setFrame);
    connect(m_pipeline.get(), &scan::ScanPipeline::codeScanned, this, &ReceptionPage::onCodeScanned);
    connect(m_pipeline.get(), &scan::ScanPipeline::codeRepeated, this, &ReceptionPage::onCodeRepeated);
    connect(m_pipeline.get(), &scan::ScanPipeline::rejected, this, &ReceptionPage::onRejected);

    if (m_deps.installWedge) {
        m_wedge = std::make_unique<WedgeFilter>();
        qApp->installEventFilter(m_wedge.get());
        connect(m_wedge.get(), &WedgeFilter::burst, this, [this](const QString &text) {
            m_lastWedgeMs = QDateTime::currentMSecsSinceEpoch();
            updateScannerLight();
            m_pipeline->submitText(text, scan::ScanSource::Wedge);
        });
    }
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this]() { updateScannerLight(); });

    m_checkingDelay.setSingleShot(true);
    connect(&m_checkingDelay, &QTimer::timeout, this, [this]() {
        if (m_current.phase == Phase::LookingUp)
            showLook(VerdictPresenter::checking());
    });
    m_deliverWatchdog.setSingleShot(true);
    m_deliverWatchdog.setInterval(5000);
    connect(&m_deliverWatchdog, &QTimer::timeout, this, [this]() {
        if (m_current.phase != Phase::Delivering)
            return;
        Verdict v;
        v.kind = VerdictKind::DatabaseOffline;
        v.orderHash = m_current.code.hash;
        v.message = tr("The database has not confirmed the delivery. Do not hand anything over until this screen "
                       "says DELIVERED; this scan can never be recorded twice.");
        showLook(VerdictPresenter::present(v, m_prefs.hideCustomerNames));
        m_sounds->play(VerdictLook::Tone::Problem);
    });
    m_statsTimer.setInterval(30'000);
    connect(&m_statsTimer, &QTimer::timeout, this, [this]() {
        if (m_deps.desk && m_online)
            m_deps.desk->refreshStats();
    });
    m_statsTimer.start();

    connectServices();

    if (m_deps.startCamera && m_prefs.useCamera) {
        m_camera = new CameraController(m_sink, this);
        connect(m_camera, &CameraController::statusChanged, this, [this](const QString &text, bool ok) {
            // A problem is said once, in the preview; a running camera names itself under it.
            m_cameraStatus->setText(text);
            m_cameraStatus->setVisible(ok);
            if (!ok)
                m_preview->setMessage(text);
        });
        connect(m_camera, &CameraController::chosen, this, [this](const QByteArray &id, const QString &description) {
            m_prefs.cameraId = id;
            m_prefs.cameraDescription = description;
            savePrefs();
        });
        auto fillPicker = [this]() {
            const QSignalBlocker block(m_cameraPicker);
            m_cameraPicker->clear();
            for (const QCameraDevice &d : m_camera->cameras())
                m_cameraPicker->addItem(d.description(), d.id());
            const int at = m_cameraPicker->findData(m_camera->current().id());
            m_cameraPicker->setCurrentIndex(at);
            m_cameraPicker->setVisible(m_cameraPicker->count() > 0);
        };
        connect(m_camera, &CameraController::camerasChanged, this, fillPicker);
        connect(m_cameraPicker, &QComboBox::activated, this, [this](int index) {
            const QByteArray id = m_cameraPicker->itemData(index).toByteArray();
            for (const QCameraDevice &d : m_camera->cameras())
                if (d.id() == id)
                    m_camera->select(d);
        });
        m_camera->restore(m_prefs.cameraId, m_prefs.cameraDescription);
        fillPicker();
    } else {
        m_cameraPicker->hide();
        m_cameraStatus->hide(); // the preview says it
        m_cameraStatus->setText(tr("Camera off. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F)."));
        m_preview->setMessage(m_cameraStatus->text());
    }
    updateScannerLight();
}

ReceptionPage::~ReceptionPage()
{
    if (m_wedge)
        qApp->removeEventFilter(m_wedge.get());
}

void ReceptionPage::buildUi(const QString &deskName)
{
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    root->setSpacing(12);

    auto *left = new QVBoxLayout;
    left->setSpacing(8);
    left->addWidget(buildOptionsBar());
    m_card = new VerdictCard(this);
    m_card->setLargeFonts(m_prefs.largeFonts);
    connect(m_card, &VerdictCard::expired, this, &ReceptionPage::returnToReady);

    m_deliverBar = new QWidget;
    m_deliverBar->setObjectName(QStringLiteral("deliverBar"));
    auto *bar = new QHBoxLayout(m_deliverBar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("deliveryNote"));
    m_note->setPlaceholderText(tr("Note for the hand-over (optional)"));
    m_note->setMaxLength(500);
    m_note->setStyleSheet(QStringLiteral("QLineEdit{font-size:18pt;padding:8px;border-radius:8px;"
                                         "background:#ffffff;color:#212121;}"));
    m_deliver = new QPushButton(tr("Deliver  ⏎"));
    m_deliver->setObjectName(QStringLiteral("deliverButton"));
    m_deliver->setToolTip(tr("Record the hand-over (Enter)"));
    m_deliver->setStyleSheet(QStringLiteral("QPushButton{font-size:22pt;font-weight:bold;padding:10px 36px;"
                                            "border-radius:10px;background:#ffffff;color:#1b5e20;}"
                                            "QPushButton:disabled{color:#9e9e9e;}"
                                            "QPushButton:focus{border:4px solid #0d47a1;}"));
    connect(m_deliver, &QPushButton::clicked, this, &ReceptionPage::deliver);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_deliver);
    m_card->setBottomWidget(m_deliverBar);
    m_deliverBar->hide();
    left->addWidget(m_card, 1);
    root->addLayout(left, 1);

    auto *side = buildSidePanel();
    side->setMaximumWidth(420);
    side->setMinimumWidth(320);
    root->addWidget(side);
    m_deskLabel->setText(deskName.isEmpty() ? tr("Desk not named — set it in Settings") : tr("Desk: %1").arg(deskName));

    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence::Open, &ReceptionPage::openImage);
    shortcut(QKeySequence::Paste, &ReceptionPage::pasteFromClipboard);
    shortcut(QKeySequence::Find, &ReceptionPage::focusSearch);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this]() { m_mute->toggle(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_K), [this]() { m_kiosk->toggle(); });

    showLook(VerdictPresenter::connecting());
}

QWidget *ReceptionPage::buildOptionsBar()
{
    auto *w = new QWidget;
    auto *row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    const QString big = QStringLiteral("font-size:12pt;");
    auto *open = new QPushButton(tr("Open image…"));
    connect(open, &QPushButton::clicked, this, &ReceptionPage::openImage);
    auto *paste = new QPushButton(tr("Paste"));
    connect(paste, &QPushButton::clicked, this, &ReceptionPage::pasteFromClipboard);
    m_fast = new QCheckBox(tr("Fast mode"));
    m_fast->setObjectName(QStringLiteral("fastMode"));
    m_fast->setToolTip(tr("Deliver VALID codes as soon as they are scanned (the verdict is still shown)"));
    m_mute = new QCheckBox(tr("Mute"));
    m_mute->setObjectName(QStringLiteral("mute"));
    m_mute->setToolTip(tr("Silence the desk sounds (Ctrl+M)"));
    m_hideNames = new QCheckBox(tr("Hide names"));
    m_large = new QCheckBox(tr("Large text"));
    m_kiosk = new QPushButton(tr("Kiosk"));
    m_kiosk->setCheckable(true);
    m_kiosk->setToolTip(tr("The reception desk alone, full screen (Ctrl+K)"));
    for (QWidget *c : {static_cast<QWidget *>(open), static_cast<QWidget *>(paste), static_cast<QWidget *>(m_fast),
                       static_cast<QWidget *>(m_mute), static_cast<QWidget *>(m_hideNames),
                       static_cast<QWidget *>(m_large), static_cast<QWidget *>(m_kiosk)})
        c->setStyleSheet(big);
    m_fast->setChecked(m_prefs.fastMode);
    m_mute->setChecked(m_prefs.muted);
    m_hideNames->setChecked(m_prefs.hideCustomerNames);
    m_large->setChecked(m_prefs.largeFonts);
    m_kiosk->setChecked(m_prefs.kiosk);
    connect(m_fast, &QCheckBox::toggled, this, [this](bool on) {
        m_prefs.fastMode = on;
        savePrefs();
    });
    connect(m_mute, &QCheckBox::toggled, this, [this](bool on) {
        m_prefs.muted = on;
        m_sounds->setMuted(on);
        savePrefs();
    });
    connect(m_hideNames, &QCheckBox::toggled, this, [this](bool on) {
        m_prefs.hideCustomerNames = on;
        savePrefs();
        if (m_current.hasVerdict && m_card->look().word == VerdictPresenter::word(m_current.verdict.kind))
            showLook(VerdictPresenter::present(m_current.verdict, on));
    });
    connect(m_large, &QCheckBox::toggled, this, [this](bool on) {
        m_prefs.largeFonts = on;
        m_card->setLargeFonts(on);
        savePrefs();
    });
    connect(m_kiosk, &QPushButton::toggled, this, [this](bool on) {
        m_prefs.kiosk = on;
        savePrefs();
        emit kioskRequested(on);
    });
    row->addWidget(open);
    row->addWidget(paste);
    row->addSpacing(16);
    row->addWidget(m_fast);
    row->addWidget(m_mute);
    row->addWidget(m_hideNames);
    row->addWidget(m_large);
    row->addStretch(1);
    row->addWidget(m_kiosk);
    return w;
}

QWidget *ReceptionPage::buildSidePanel()
{
    auto *w = new QWidget;
    w->setObjectName(QStringLiteral("receptionSide"));
    auto *col = new QVBoxLayout(w);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(8);
    const QString heading = QStringLiteral("font-size:12pt;font-weight:bold;color:#37474f;");
    const QString body = QStringLiteral("font-size:13pt;");

    m_deskLabel = new QLabel;
    m_deskLabel->setStyleSheet(QStringLiteral("font-size:15pt;font-weight:bold;"));
    col->addWidget(m_deskLabel);

    m_scannerLight = new QLabel;
    m_scannerLight->setObjectName(QStringLiteral("scannerLight"));
    m_scannerLight->setWordWrap(true);
    col->addWidget(m_scannerLight);

    m_preview = new CameraPreview;
    m_preview->setMinimumHeight(170);
    col->addWidget(m_preview);
    m_cameraPicker = new QComboBox;
    m_cameraPicker->setObjectName(QStringLiteral("cameraPicker"));
    m_cameraPicker->setAccessibleName(tr("Camera"));
    col->addWidget(m_cameraPicker);
    m_cameraStatus = new QLabel;
    m_cameraStatus->setWordWrap(true);
    m_cameraStatus->setStyleSheet(QStringLiteral("color:#455a64;"));
    col->addWidget(m_cameraStatus);

    m_stats = new QLabel(tr("Delivered today: —"));
    m_stats->setObjectName(QStringLiteral("deliveredToday"));
    m_stats->setStyleSheet(body);
    m_stats->setWordWrap(true);
    col->addWidget(m_stats);
    m_lag = new QLabel(tr("Chain listener: —"));
    m_lag->setObjectName(QStringLiteral("listenerLag"));
    m_lag->setStyleSheet(body);
    m_lag->setWordWrap(true);
    col->addWidget(m_lag);

    auto *searchTitle = new QLabel(tr("Search (Ctrl+F)"));
    searchTitle->setStyleSheet(heading);
    col->addWidget(searchTitle);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Name, phone or order code"));
    m_search->setClearButtonEnabled(true);
    m_search->setStyleSheet(body);
    m_search->installEventFilter(this);
    col->addWidget(m_search);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setStyleSheet(body);
    m_results->setMaximumHeight(150);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->hide();
    m_results->installEventFilter(this);
    connect(m_results, &QListWidget::itemActivated, this, [this]() { pickSearchResult(); });
    col->addWidget(m_results);
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ReceptionPage::onSearchEdited);
    connect(m_search, &QLineEdit::textEdited, this, [this]() { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_results->clear();
            m_results->hide();
        }
    });

    auto *historyTitle = new QLabel(tr("Last scans at this desk"));
    historyTitle->setStyleSheet(heading);
    col->addWidget(historyTitle);
    m_history = new QListWidget;
    m_history->setObjectName(QStringLiteral("scanHistory"));
    m_history->setStyleSheet(QStringLiteral("font-size:12pt;"));
    m_history->setFocusPolicy(Qt::NoFocus);
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setTextElideMode(Qt::ElideRight);
    col->addWidget(m_history, 1);
    return w;
}

void ReceptionPage::connectServices()
{
    orders::DeskService *desk = m_deps.desk;
    if (!desk) {
        onOnline(false, tr("No database is configured."));
        return;
    }
    connect(desk, &orders::DeskService::verdictReady, this, &ReceptionPage::onVerdict);
    connect(desk, &orders::DeskService::deliveryDone, this, &ReceptionPage::onDelivery);
    connect(desk, &orders::DeskService::searchDone, this, &ReceptionPage::onSearchDone);
    connect(desk, &orders::DeskService::orderChanged, this, &ReceptionPage::onOrderChanged);
    connect(desk, &orders::DeskService::onlineChanged, this, &ReceptionPage::onOnline);
    connect(desk, &orders::DeskService::statsReady, this, [this](int mine, int all) {
        m_stats->setText(tr("Delivered today: %1 at this desk (%2 at all desks)").arg(mine).arg(all));
    });
    if (m_deps.checker)
        connect(m_deps.checker, &orders::RedemptionChecker::checked, this, &ReceptionPage::onRecheck);
    if (desk->isOnline())
        onOnline(true, QString());
}

void ReceptionPage::applyHealth(const health::HealthSnapshot &s)
{
    if (s.listenerLagBlocks >= 0)
        m_lag->setText(tr("Chain listener: %n block(s) behind", nullptr, int(s.listenerLagBlocks)));
    else if (!s.listenerDetail.isEmpty())
        m_lag->setText(tr("Chain listener: %1").arg(s.listenerDetail));
}

// ---- scans -----------------------------------------------------------------------------------------------------

void ReceptionPage::onCodeScanned(const scan::OrderCode &code, scan::ScanSource source)
{
    if (!m_scanningEnabled)
        return;
    m_current = Current{};
    m_current.code = code;
    m_current.source = source;
    m_current.idempotencyKey = QUuid::createUuid();
    m_preview->setLastScanOk(true);
    emit scanArrived();
    lookup(code, source);
}

void ReceptionPage::lookup(const scan::OrderCode &code, scan::ScanSource source)
{
    if (!m_online || !m_deps.desk) {
        Verdict v;
        v.kind = VerdictKind::DatabaseOffline;
        v.orderHash = code.hash;
        v.message = m_offlineDetail;
        m_current.phase = Phase::LookingUp; // looked up by itself when the database is back
        m_current.verdict = v;
        m_current.hasVerdict = false;
        showVerdict(v, true);
        addHistory(v, shortHash(code.hash));
        return;
    }
    m_current.phase = Phase::LookingUp;
    m_current.lookupId = m_deps.desk->lookup(code, source);
    m_checkingDelay.start(150); // "checking" only if the answer is not there in a blink
}

void ReceptionPage::onCodeRepeated(const scan::OrderCode &code, scan::ScanSource source)
{
    if (!m_scanningEnabled)
        return;
    if (!(m_current.code == code)) {
        onCodeScanned(code, source);
        return;
    }
    if (!m_current.hasVerdict || m_current.phase != Phase::Shown)
        return; // still looking it up / delivering: the answer is on its way
    Verdict v = m_current.verdict;
    v.repeat = true;
    showVerdict(v, true);
}

void ReceptionPage::onRejected(const Error &reason, scan::ScanSource)
{
    if (!m_scanningEnabled)
        return;
    m_current = Current{};
    Verdict v;
    v.kind = VerdictKind::NotAnOrderCode;
    v.message = reason.message;
    m_current.verdict = v;
    m_current.hasVerdict = true;
    m_current.phase = Phase::Shown;
    m_preview->setLastScanOk(false);
    emit scanArrived();
    showVerdict(v, true);
    addHistory(v, QString());
}

void ReceptionPage::onVerdict(quint64 requestId, const Verdict &verdict)
{
    if (requestId == m_current.lookupId && m_current.phase == Phase::LookingUp) {
        m_checkingDelay.stop();
        m_current.verdict = verdict;
        m_current.hasVerdict = true;
        m_current.phase = Phase::Shown;
        showVerdict(verdict, true);
        addHistory(verdict, shortHash(m_current.code.hash));
        if (m_prefs.fastMode && verdict.kind == VerdictKind::Valid)
            deliver();
        return;
    }
    if (requestId == m_current.refreshId && m_current.phase == Phase::Shown) {
        const bool changed = verdict.kind != m_current.verdict.kind;
        if (!changed && verdict.confirmations == m_current.verdict.confirmations)
            return;
        m_current.verdict = verdict;
        showVerdict(verdict, changed);
        if (changed)
            addHistory(verdict, shortHash(m_current.code.hash));
    }
}

void ReceptionPage::onOrderChanged(const QByteArray &orderHash, const QString &status)
{
    if (status == QLatin1String("DELIVERED") && m_deps.desk)
        m_deps.desk->refreshStats();
    if (orderHash != m_current.code.hash || !m_current.hasVerdict || m_current.phase != Phase::Shown || !m_online)
        return;
    // The notification of a change this screen already shows (e.g. the INSERT arriving after our lookup) needs no
    // second look; a pending order is re-read on every change because its confirmations count up.
    const VerdictKind kind = orders::verdictKindForStatus(status);
    if (kind == m_current.verdict.kind && kind != VerdictKind::PendingChain)
        return;
    switch (m_current.verdict.kind) {
    case VerdictKind::Valid: // another desk may just have delivered it: show that at once
    case VerdictKind::PendingChain:
    case VerdictKind::NotPaid:
    case VerdictKind::Underpaid:
    case VerdictKind::Expired:
        m_current.refreshId = m_deps.desk->lookup(m_current.code, m_current.source);
        break;
    default:
        break;
    }
}

void ReceptionPage::onOnline(bool online, const QString &detail)
{
    const bool was = m_online;
    m_online = online;
    m_onlineKnown = true;
    m_offlineDetail = online ? QString() : detail;
    if (!online) {
        Verdict v;
        v.kind = VerdictKind::DatabaseOffline;
        v.message = detail;
        // The card says so at once; what the clerk typed (note, search) stays where it is.
        showVerdict(v, was);
        updateDeliverBar();
        return;
    }
    if (m_deps.desk)
        m_deps.desk->refreshStats();
    if (m_current.phase == Phase::LookingUp && m_current.code.isValid()) {
        lookup(m_current.code, m_current.source); // the scan made while offline
        return;
    }
    if (m_current.hasVerdict && m_current.phase == Phase::Shown && m_current.code.isValid()) {
        m_current.refreshId = m_deps.desk->lookup(m_current.code, m_current.source);
        m_current.verdict.kind = VerdictKind::DatabaseOffline; // so the refreshed answer counts as a change
        return;
    }
    returnToReady();
}

// ---- delivery --------------------------------------------------------------------------------------------------

bool ReceptionPage::canDeliver() const
{
    return m_online && m_deps.desk && m_current.hasVerdict && m_current.phase == Phase::Shown &&
           m_current.verdict.kind == VerdictKind::Valid && m_card->look().canDeliver;
}

void ReceptionPage::deliver()
{
    if (!canDeliver())
        return;
    m_current.phase = Phase::Rechecking;
    showLook(VerdictPresenter::rechecking());
    if (m_deps.checker) {
        m_current.recheckId = m_deps.checker->check(m_current.code.hash, m_current.verdict.redeemTx);
        return;
    }
    orders::RecheckResult none;
    none.outcome = orders::RecheckOutcome::Unreachable;
    none.code = QStringLiteral("recheck.not_configured");
    m_current.recheckId = 0;
    onRecheck(0, none);
}

void ReceptionPage::onRecheck(quint64 requestId, const orders::RecheckResult &result)
{
    if (m_current.phase != Phase::Rechecking || requestId != m_current.recheckId)
        return;
    if (result.outcome == orders::RecheckOutcome::Contradicted) {
        Verdict v = m_current.verdict;
        v.kind = VerdictKind::RecheckFailed;
        v.message = result.message;
        m_current.verdict = v;
        m_current.phase = Phase::Shown;
        showVerdict(v, true);
        addHistory(v, shortHash(m_current.code.hash));
        return;
    }
    if (!m_online) {
        m_current.phase = Phase::Shown;
        Verdict v;
        v.kind = VerdictKind::DatabaseOffline;
        v.message = m_offlineDetail;
        showVerdict(v, true);
        return;
    }
    m_current.phase = Phase::Delivering;
    m_recheckMessage = result.message;
    m_current.deliverId = m_deps.desk->deliver(m_current.code.hash, m_current.idempotencyKey, m_note->text().trimmed(),
                                               result.deliveryTag());
    // A database that hangs mid-call answers nothing at all: say so after a while, and still take the late answer.
    m_deliverWatchdog.start();
}

void ReceptionPage::onDelivery(quint64 requestId, const Verdict &answer)
{
    if (requestId != m_current.deliverId || m_current.phase != Phase::Delivering)
        return;
    m_deliverWatchdog.stop();
    // The delivery answer carries the delivery; the order's context (item, customer, amount) comes from the scan.
    Verdict verdict = answer;
    const Verdict &before = m_current.verdict;
    if (verdict.item.isEmpty())
        verdict.item = before.item;
    if (verdict.customerName.isEmpty())
        verdict.customerName = before.customerName;
    if (verdict.amount.isEmpty())
        verdict.amount = before.amount;
    if (verdict.orderId == 0)
        verdict.orderId = before.orderId;
    if (verdict.kind == VerdictKind::Delivered && verdict.message.isEmpty())
        verdict.message = m_recheckMessage;
    m_current.verdict = verdict;
    m_current.phase = Phase::Shown;
    if (verdict.kind == VerdictKind::Delivered)
        m_note->clear(); // only now: a failed delivery keeps what was typed
    showVerdict(verdict, true);
    addHistory(verdict, shortHash(m_current.code.hash));
    if (m_deps.desk)
        m_deps.desk->refreshStats();
}

// ---- screen ----------------------------------------------------------------------------------------------------

void ReceptionPage::showVerdict(const Verdict &verdict, bool sound)
{
    const VerdictLook look = VerdictPresenter::present(verdict, m_prefs.hideCustomerNames);
    showLook(look);
    if (sound)
        m_sounds->play(look.tone);
    emit verdictShown(verdict);
}

void ReceptionPage::showLook(const VerdictLook &look)
{
    m_card->show(look);
    updateDeliverBar();
}

void ReceptionPage::updateDeliverBar()
{
    const bool show = m_card->look().canDeliver;
    m_deliverBar->setVisible(show);
    m_deliver->setEnabled(canDeliver());
    if (show && canDeliver() && !m_note->hasFocus() && !m_search->hasFocus())
        m_deliver->setFocus(Qt::OtherFocusReason);
    m_card->update();
}

void ReceptionPage::returnToReady()
{
    if (m_current.phase == Phase::Rechecking || m_current.phase == Phase::Delivering)
        return; // never hide a hand-over in progress
    if (m_onlineKnown && !m_online) {
        Verdict v;
        v.kind = VerdictKind::DatabaseOffline;
        v.message = m_offlineDetail;
        showLook(VerdictPresenter::present(v, m_prefs.hideCustomerNames));
        return;
    }
    if (m_current.phase == Phase::Shown)
        m_current.phase = Phase::Idle;
    showLook(m_onlineKnown ? VerdictPresenter::ready(true) : VerdictPresenter::connecting());
}

void ReceptionPage::addHistory(const Verdict &verdict, const QString &codeText)
{
    const VerdictLook look = VerdictPresenter::present(verdict, true);
    QString text = tr("%1  %2").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss")), look.word);
    if (!codeText.isEmpty())
        text = tr("%1  %2").arg(text, codeText);
    if (!verdict.item.isEmpty())
        text = tr("%1 · %2").arg(text, verdict.item);
    auto *item = new QListWidgetItem(swatch(look.background), text);
    item->setData(Qt::UserRole, verdict.orderHash);
    m_history->insertItem(0, item);
    while (m_history->count() > 50)
        delete m_history->takeItem(m_history->count() - 1);
}

void ReceptionPage::updateScannerLight()
{
    const bool active = QGuiApplication::applicationState() == Qt::ApplicationActive || !m_wedge;
    QString text;
    QString style;
    if (!m_wedge) {
        text = tr("Hand scanner: off");
        style = QStringLiteral("color:#455a64;");
    } else if (active) {
        text = tr("● Hand scanner ready");
        if (m_lastWedgeMs > 0)
            text = tr("%1 — last read %2")
                       .arg(text, QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_lastWedgeMs).time(),
                                                     QStringLiteral("HH:mm:ss")));
        style = QStringLiteral("color:#1b5e20;background:#e8f5e9;");
    } else {
        text = tr("○ Focus lost — click this window so the hand scanner can type into it");
        style = QStringLiteral("color:#e65100;background:#fff3e0;font-weight:bold;");
    }
    m_scannerLight->setText(text);
    m_scannerLight->setStyleSheet(QStringLiteral("font-size:13pt;padding:6px;border-radius:6px;") + style);
}

void ReceptionPage::setPrefs(const ReceptionPrefs &prefs)
{
    m_prefs = prefs;
    m_fast->setChecked(prefs.fastMode);
    m_mute->setChecked(prefs.muted);
    m_hideNames->setChecked(prefs.hideCustomerNames);
    m_large->setChecked(prefs.largeFonts);
    m_sounds->setMuted(prefs.muted);
}

void ReceptionPage::setScanningEnabled(bool on)
{
    m_scanningEnabled = on;
    if (m_wedge)
        m_wedge->setEnabled(on);
    if (!on)
        returnToReady();
}

void ReceptionPage::savePrefs()
{
    m_prefs.save(*m_settings);
}

// ---- keyboard, search, images ----------------------------------------------------------------------------------

void ReceptionPage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (canDeliver()) {
            deliver();
            event->accept();
            return;
        }
    } else if (event->key() == Qt::Key_Escape) {
        returnToReady();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ReceptionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if (key->key() == Qt::Key_Down && m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && !m_search->text().trimmed().isEmpty()) {
            const auto parsed = scan::PayloadParser::parse(m_search->text().trimmed());
            if (parsed.ok())
                m_pipeline->submitText(m_search->text().trimmed(), scan::ScanSource::Typed);
            else if (m_results->count() > 0) {
                m_results->setCurrentRow(std::max(0, m_results->currentRow()));
                pickSearchResult();
            } else
                onSearchEdited();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            m_results->clear();
            m_results->hide();
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            pickSearchResult();
            return true;
        }
        if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_Up && m_results->currentRow() <= 0)) {
            m_search->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReceptionPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ReceptionPage::onSearchEdited()
{
    const QString text = m_search->text().trimmed();
    if (text.size() < 2 || !m_deps.desk || !m_online) {
        m_results->clear();
        m_results->hide();
        return;
    }
    m_searchId = m_deps.desk->search(text, 20);
}

void ReceptionPage::onSearchDone(quint64 requestId, const QList<orders::SearchHit> &hits)
{
    if (requestId != m_searchId)
        return;
    m_results->clear();
    for (const orders::SearchHit &h : hits) {
        const QString name = m_prefs.hideCustomerNames ? maskName(h.customerName) : h.customerName;
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3 · %4").arg(shortHash(h.orderHash), h.status, name, h.item));
        item->setData(Qt::UserRole, h.orderHash);
        m_results->addItem(item);
    }
    if (hits.isEmpty())
        m_results->addItem(tr("No order matches “%1”").arg(m_search->text().trimmed()));
    m_results->setVisible(true);
}

void ReceptionPage::pickSearchResult()
{
    QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const QByteArray hash = item->data(Qt::UserRole).toByteArray();
    if (hash.size() != 32)
        return;
    m_pipeline->submitText(scan::PayloadParser::canonicalPayload(hash), scan::ScanSource::Typed);
}

void ReceptionPage::openImage()
{
    // A non-native dialog: scans made while it is open still reach the desk through the wedge filter.
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a picture of a QR code"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    decodeImage(reader.read(), scan::ScanSource::ImageFile);
}

void ReceptionPage::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasImage()) {
        decodeImage(qvariant_cast<QImage>(mime->imageData()), scan::ScanSource::Paste);
        return;
    }
    if (mime->hasText())
        m_pipeline->submitText(mime->text(), scan::ScanSource::Paste);
}

void ReceptionPage::decodeImage(const QImage &image, scan::ScanSource source)
{
    if (image.isNull()) {
        onRejected(Error{QStringLiteral("image.unreadable"), tr("The picture could not be read.")}, source);
        return;
    }
    auto *watcher = new QFutureWatcher<scan::DecodeOutcome>(this);
    connect(watcher, &QFutureWatcher<scan::DecodeOutcome>::finished, this, [this, watcher, source]() {
        const scan::DecodeOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.found) {
            onRejected(Error{QStringLiteral("image.no_code"), tr("No QR code was found in the picture.")}, source);
            return;
        }
        m_pipeline->submitBytes(outcome.text, source);
    });
    watcher->setFuture(QtConcurrent::run([image]() { return scan::decodeImage(image); }));
}

} // namespace vd::ui
