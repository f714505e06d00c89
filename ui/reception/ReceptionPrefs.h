#pragma once
// The desk's own preferences (this workstation, not secrets): fast mode, sound, hiding customer names, large
// fonts, kiosk mode and the remembered camera (by id and description). Value type; load/save through QSettings
// group "reception". GUI thread.
#include <QByteArray>
#include <QString>

class QSettings;

namespace vd::ui {

struct ReceptionPrefs
{
    bool fastMode = false; // deliver VALID codes on scan (the verdict is still shown)
    bool muted = false;
    bool hideCustomerNames = false;
    bool largeFonts = false;
    bool kiosk = false;
    bool useCamera = true;
    QByteArray cameraId;
    QString cameraDescription;

    static ReceptionPrefs load(QSettings &settings);
    void save(QSettings &settings) const;
};

} // namespace vd::ui
