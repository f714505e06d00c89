#include "reception/CameraController.h"

#include <QCamera>
#include <QMediaCaptureSession>
#include <QVideoSink>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QCoreApplication>
#include <QPermissions>
#endif

#include <cmath>
#include <limits>

namespace vd::ui {

namespace {
int formatRank(QVideoFrameFormat::PixelFormat f)
{
    switch (f) {
    case QVideoFrameFormat::Format_NV12:
        return 0;
    case QVideoFrameFormat::Format_YUYV:
        return 1;
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_UYVY:
        return 2;
    case QVideoFrameFormat::Format_Jpeg:
        return 5;
    default:
        return 3;
    }
}

QString pixelName(QVideoFrameFormat::PixelFormat f)
{
    switch (f) {
    case QVideoFrameFormat::Format_NV12:
        return QStringLiteral("NV12");
    case QVideoFrameFormat::Format_YUYV:
        return QStringLiteral("YUYV");
    case QVideoFrameFormat::Format_Jpeg:
        return QStringLiteral("MJPEG");
    case QVideoFrameFormat::Format_YUV420P:
        return QStringLiteral("YUV420P");
    default:
        return QStringLiteral("#%1").arg(int(f));
    }
}
} // namespace

CameraController::CameraController(QVideoSink *sink, QObject *parent)
    : QObject(parent), m_sink(sink), m_session(std::make_unique<QMediaCaptureSession>())
{
    m_session->setVideoSink(m_sink);
    connect(&m_devices, &QMediaDevices::videoInputsChanged, this, &CameraController::onDevicesChanged);
}

CameraController::~CameraController()
{
    stop();
}

QCameraFormat CameraController::pickFormat(const QList<QCameraFormat> &formats)
{
    QCameraFormat best;
    double bestScore = std::numeric_limits<double>::max();
    for (const QCameraFormat &f : formats) {
        const QSize r = f.resolution();
        if (r.isEmpty())
            continue;
        // Distance in pixel count from 1280x720 on a log scale, so 640x480 and 1920x1080 are both "one step off".
        double score = std::abs(std::log2(double(r.width()) * r.height() / (1280.0 * 720.0))) * 10.0;
        score += formatRank(f.pixelFormat()) * 3.0;
        if (f.maxFrameRate() > 0 && f.maxFrameRate() < 15)
            score += 20;
        if (score < bestScore) {
            bestScore = score;
            best = f;
        }
    }
    return best;
}

void CameraController::restore(const QByteArray &id, const QString &description)
{
    m_wantedId = id;
    m_wantedDescription = description;
    const QList<QCameraDevice> all = cameras();
    if (all.isEmpty()) {
        setStatus(tr("No camera found. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F)."), false);
        return;
    }
    for (const QCameraDevice &d : all)
        if (!id.isEmpty() && d.id() == id)
            return startDevice(d);
    for (const QCameraDevice &d : all)
        if (!description.isEmpty() && d.description() == description)
            return startDevice(d);
    startDevice(QMediaDevices::defaultVideoInput().isNull() ? all.first() : QMediaDevices::defaultVideoInput());
}

void CameraController::select(const QCameraDevice &device)
{
    m_wantedId = device.id();
    m_wantedDescription = device.description();
    emit chosen(m_wantedId, m_wantedDescription);
    startDevice(device);
}

void CameraController::startDevice(const QCameraDevice &device)
{
    stop();
    if (device.isNull())
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QCameraPermission permission;
    switch (qApp->checkPermission(permission)) {
    case Qt::PermissionStatus::Undetermined:
        qApp->requestPermission(permission, this, [this, device]() { startDevice(device); });
        setStatus(tr("Waiting for permission to use the camera…"), false);
        return;
    case Qt::PermissionStatus::Denied:
        setStatus(tr("This computer does not allow VoucherDesk to use the camera. Allow it in the system's privacy "
                     "settings, or use the hand scanner."),
                  false);
        return;
    case Qt::PermissionStatus::Granted:
        break;
    }
#endif
    m_device = device;
    m_camera = std::make_unique<QCamera>(device);
    const QCameraFormat format = pickFormat(device.videoFormats());
    if (!format.isNull())
        m_camera->setCameraFormat(format);
    connect(m_camera.get(), &QCamera::errorOccurred, this, [this](QCamera::Error error, const QString &text) {
        if (error == QCamera::NoError)
            return;
        setStatus(tr("The camera reported a problem: %1. Try another camera or use the hand scanner.").arg(text),
                  false);
    });
    m_session->setCamera(m_camera.get());
    m_camera->start();
    const QString fmt = format.isNull() ? tr("default format")
                                        : tr("%1x%2 %3")
                                              .arg(format.resolution().width())
                                              .arg(format.resolution().height())
                                              .arg(pixelName(format.pixelFormat()));
    setStatus(tr("Camera: %1 (%2)").arg(device.description(), fmt), true);
}

void CameraController::stop()
{
    if (m_camera) {
        m_camera->stop();
        m_session->setCamera(nullptr);
        m_camera.reset();
    }
    m_device = QCameraDevice();
}

bool CameraController::isActive() const
{
    return m_camera && m_camera->isActive();
}

void CameraController::onDevicesChanged()
{
    emit camerasChanged();
    const QList<QCameraDevice> all = cameras();
    const bool currentPresent =
        !m_device.isNull() &&
        std::any_of(all.cbegin(), all.cend(), [&](const QCameraDevice &d) { return d == m_device; });
    if (currentPresent)
        return;
    if (!m_device.isNull()) {
        stop();
        setStatus(tr("The camera was disconnected. Plug it back in, pick another one, or use the hand scanner."),
                  false);
    }
    // The remembered camera (or any, if none is running) came back: use it.
    for (const QCameraDevice &d : all)
        if (d.id() == m_wantedId || (!m_wantedDescription.isEmpty() && d.description() == m_wantedDescription))
            return startDevice(d);
    if (all.isEmpty() && m_device.isNull())
        setStatus(tr("No camera found. Use the hand scanner, open an image (Ctrl+O) or search (Ctrl+F)."), false);
}

void CameraController::setStatus(const QString &text, bool ok)
{
    m_status = text;
    emit statusChanged(text, ok);
}

} // namespace vd::ui
