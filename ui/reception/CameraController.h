#pragma once
// The desk's webcam: QCamera + QMediaCaptureSession feeding the page's QVideoSink. Picks a capture format near
// 1280x720 preferring NV12/YUYV (the decoder reads their luminance plane in place) over MJPEG; remembers the chosen
// camera by id AND description (ids are not stable on every backend); follows hot-plug through
// QMediaDevices::videoInputsChanged; reports "no camera" and "permission denied" as a plain sentence.
// GUI thread (Qt Multimedia objects); it never touches frames itself.
#include <QCameraDevice>
#include <QCameraFormat>
#include <QList>
#include <QMediaDevices>
#include <QObject>
#include <QPointer>
#include <memory>

class QCamera;
class QMediaCaptureSession;
class QVideoSink;

namespace vd::ui {

class CameraController : public QObject
{
    Q_OBJECT
public:
    explicit CameraController(QVideoSink *sink, QObject *parent = nullptr);
    ~CameraController() override;

    QList<QCameraDevice> cameras() const { return QMediaDevices::videoInputs(); }
    /// Starts the camera remembered as (id, description); falls back to the description, then the default camera.
    void restore(const QByteArray &id, const QString &description);
    void select(const QCameraDevice &device);
    void stop();
    QCameraDevice current() const { return m_device; }
    bool isActive() const;
    QString statusText() const { return m_status; }

    /// The capture format the desk wants: closest to 1280x720 (and >= 15 fps), NV12 > YUYV > other YUV > RGB >
    /// MJPEG on ties of size. A null format when the device lists none.
    static QCameraFormat pickFormat(const QList<QCameraFormat> &formats);

signals:
    void camerasChanged();
    /// A sentence for the side panel ("Camera: Logitech C920 (1280x720 NV12)", "No camera found", ...).
    void statusChanged(const QString &text, bool ok);
    /// The user (or a fallback) chose this camera: remember it.
    void chosen(const QByteArray &id, const QString &description);

private:
    void onDevicesChanged();
    void setStatus(const QString &text, bool ok);
    void startDevice(const QCameraDevice &device);

    QVideoSink *m_sink;
    QMediaDevices m_devices;
    std::unique_ptr<QMediaCaptureSession> m_session;
    std::unique_ptr<QCamera> m_camera;
    QCameraDevice m_device;
    QByteArray m_wantedId;
    QString m_wantedDescription;
    QString m_status;
};

} // namespace vd::ui
