#pragma once
// A small live preview of the camera: keeps only the newest frame and repaints at most ~10 times a second, so the
// preview never competes with the decoder or the verdict for the GUI thread. Shows a sentence when there is no
// picture (no camera, permission denied, disconnected). GUI thread.
#include <QElapsedTimer>
#include <QTimer>
#include <QVideoFrame>
#include <QWidget>

namespace vd::ui {

class CameraPreview : public QWidget
{
    Q_OBJECT
public:
    explicit CameraPreview(QWidget *parent = nullptr);
    void setFrame(const QVideoFrame &frame);
    void setMessage(const QString &text);
    void setLastScanOk(bool ok); // a brief coloured frame around the picture after each read

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QVideoFrame m_frame;
    QString m_message;
    QElapsedTimer m_lastPaint;
    QTimer m_pending;
    QElapsedTimer m_flash;
    bool m_flashOk = true;
};

} // namespace vd::ui
