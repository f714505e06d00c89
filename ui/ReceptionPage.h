#pragma once
// The reception desk: scan (camera, hand scanner, image file, paste, search), verdict card that fills the screen,
// deliver exactly once (explicit, or fast mode), on-chain re-check before the hand-over, side panel with the
// scanner light, camera, last scans, delivered-today count and the listener's lag.
// GUI thread only: database work goes through DeskService, the re-check through RedemptionChecker, decoding
// through ScanPipeline (its own thread) -- nothing here can block.
#include "health/HealthSnapshot.h"
#include "orders/DeskService.h"
#include "orders/RecheckResult.h"
#include "orders/Verdict.h"
#include "reception/ReceptionPrefs.h"
#include "scan/OrderCode.h"

#include <QPointer>
#include <QTimer>
#include <QUuid>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;
class QVideoSink;

namespace vd {
struct Error;
}
namespace vd::orders {
class RedemptionChecker;
}
namespace vd::scan {
class ScanPipeline;
}

namespace vd::ui {

class CameraController;
class CameraPreview;
class DeskSounds;
class VerdictCard;
struct VerdictLook;
class WedgeFilter;

class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    struct Deps
    {
        orders::DeskService *desk = nullptr;          // not owned; nullptr: the page says the database is offline
        orders::RedemptionChecker *checker = nullptr; // not owned; nullptr: deliveries are "not_rechecked"
        QString settingsFile;                         // INI for the desk's preferences; empty: platform store
        bool startCamera = true;                      // tests feed the video sink themselves
        bool installWedge = true;                     // the app-wide keyboard-wedge filter
    };

    ReceptionPage(Deps deps, const QString &deskName, QWidget *parent = nullptr);
    ~ReceptionPage() override;

    /// From the health monitor: the database light (DeskService's own probe decides the desk's state) and lag.
    void applyHealth(const vd::health::HealthSnapshot &snapshot);

    // What tests and the benchmark drive and inspect.
    QVideoSink *videoSink() const { return m_sink; }
    scan::ScanPipeline *pipeline() const { return m_pipeline.get(); }
    VerdictCard *card() const { return m_card; }
    bool hasVerdict() const { return m_current.hasVerdict; }
    const orders::Verdict &currentVerdict() const { return m_current.verdict; }
    QPushButton *deliverButton() const { return m_deliver; }
    QLineEdit *noteEdit() const { return m_note; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *searchResults() const { return m_results; }
    QListWidget *history() const { return m_history; }
    QLabel *scannerLight() const { return m_scannerLight; }
    DeskSounds *sounds() const { return m_sounds; }
    WedgeFilter *wedge() const { return m_wedge.get(); }
    bool isOnline() const { return m_online; }
    ReceptionPrefs prefs() const { return m_prefs; }
    void setPrefs(const ReceptionPrefs &prefs);
    bool canDeliver() const;
    /// Off while the desk is locked: no scan from any source is taken.
    void setScanningEnabled(bool on);

public slots:
    void deliver();            // Enter / the Deliver button
    void returnToReady();      // Esc / the countdown
    void openImage();          // Ctrl+O
    void pasteFromClipboard(); // Ctrl+V: an image (decoded) or text (parsed)
    void focusSearch();        // Ctrl+F
    void decodeImage(const QImage &image, vd::scan::ScanSource source);

signals:
    /// Every verdict put on screen (lookups, deliveries, rejections, offline, refreshes).
    void verdictShown(const vd::orders::Verdict &verdict);
    void kioskRequested(bool on);
    /// A code arrived (any source): the window brings the reception desk forward.
    void scanArrived();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Phase { Idle, LookingUp, Shown, Rechecking, Delivering };
    struct Current
    {
        scan::OrderCode code;
        scan::ScanSource source = scan::ScanSource::Typed;
        QUuid idempotencyKey; // one per scan
        orders::Verdict verdict;
        bool hasVerdict = false;
        Phase phase = Phase::Idle;
        quint64 lookupId = 0;
        quint64 refreshId = 0;
        quint64 recheckId = 0;
        quint64 deliverId = 0;
    };

    void buildUi(const QString &deskName);
    QWidget *buildSidePanel();
    QWidget *buildOptionsBar();
    void connectServices();

    void onCodeScanned(const vd::scan::OrderCode &code, vd::scan::ScanSource source);
    void onCodeRepeated(const vd::scan::OrderCode &code, vd::scan::ScanSource source);
    void onRejected(const vd::Error &reason, vd::scan::ScanSource source);
    void onVerdict(quint64 requestId, const vd::orders::Verdict &verdict);
    void onDelivery(quint64 requestId, const vd::orders::Verdict &verdict);
    void onRecheck(quint64 requestId, const vd::orders::RecheckResult &result);
    void onOrderChanged(const QByteArray &orderHash, const QString &status);
    void onOnline(bool online, const QString &detail);
    void onSearchDone(quint64 requestId, const QList<vd::orders::SearchHit> &hits);
    void onSearchEdited();
    void pickSearchResult();
    void lookup(const scan::OrderCode &code, scan::ScanSource source);

    void showVerdict(const orders::Verdict &verdict, bool sound);
    void showLook(const VerdictLook &look);
    void addHistory(const orders::Verdict &verdict, const QString &codeText);
    void updateDeliverBar();
    void updateScannerLight();
    void savePrefs();

    Deps m_deps;
    QString m_deskName;
    std::unique_ptr<QSettings> m_settings;
    ReceptionPrefs m_prefs;
    std::unique_ptr<scan::ScanPipeline> m_pipeline;
    std::unique_ptr<WedgeFilter> m_wedge;
    QVideoSink *m_sink;
    CameraController *m_camera = nullptr;
    DeskSounds *m_sounds;
    Current m_current;
    bool m_online = false;
    bool m_onlineKnown = false;
    bool m_scanningEnabled = true;
    QString m_offlineDetail;
    QString m_recheckMessage; // what the on-chain re-check said, shown with the delivery
    quint64 m_searchId = 0;
    QTimer m_checkingDelay;
    QTimer m_searchDelay;
    QTimer m_statsTimer;
    QTimer m_deliverWatchdog;
    qint64 m_lastWedgeMs = 0;

    VerdictCard *m_card = nullptr;
    QWidget *m_deliverBar = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_deliver = nullptr;
    CameraPreview *m_preview = nullptr;
    QComboBox *m_cameraPicker = nullptr;
    QLabel *m_cameraStatus = nullptr;
    QLabel *m_scannerLight = nullptr;
    QLabel *m_stats = nullptr;
    QLabel *m_lag = nullptr;
    QLabel *m_deskLabel = nullptr;
    QListWidget *m_history = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_results = nullptr;
    QCheckBox *m_fast = nullptr;
    QCheckBox *m_mute = nullptr;
    QCheckBox *m_hideNames = nullptr;
    QCheckBox *m_large = nullptr;
    QPushButton *m_kiosk = nullptr;
};

} // namespace vd::ui
