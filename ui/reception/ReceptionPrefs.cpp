#include "reception/ReceptionPrefs.h"

#include <QSettings>

namespace vd::ui {

ReceptionPrefs ReceptionPrefs::load(QSettings &s)
{
    ReceptionPrefs p;
    s.beginGroup(QStringLiteral("reception"));
    p.fastMode = s.value(QStringLiteral("fast_mode"), false).toBool();
    p.muted = s.value(QStringLiteral("muted"), false).toBool();
    p.hideCustomerNames = s.value(QStringLiteral("hide_customer_names"), false).toBool();
    p.largeFonts = s.value(QStringLiteral("large_fonts"), false).toBool();
    p.kiosk = s.value(QStringLiteral("kiosk"), false).toBool();
    p.useCamera = s.value(QStringLiteral("use_camera"), true).toBool();
    p.cameraId = s.value(QStringLiteral("camera_id")).toByteArray();
    p.cameraDescription = s.value(QStringLiteral("camera_description")).toString();
    s.endGroup();
    return p;
}

void ReceptionPrefs::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("reception"));
    s.setValue(QStringLiteral("fast_mode"), fastMode);
    s.setValue(QStringLiteral("muted"), muted);
    s.setValue(QStringLiteral("hide_customer_names"), hideCustomerNames);
    s.setValue(QStringLiteral("large_fonts"), largeFonts);
    s.setValue(QStringLiteral("kiosk"), kiosk);
    s.setValue(QStringLiteral("use_camera"), useCamera);
    s.setValue(QStringLiteral("camera_id"), cameraId);
    s.setValue(QStringLiteral("camera_description"), cameraDescription);
    s.endGroup();
}

} // namespace vd::ui
