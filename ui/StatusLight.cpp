#include "StatusLight.h"

#include <QHBoxLayout>
#include <QLabel>

namespace vd::ui {

using Level = health::HealthSnapshot::Level;

StatusLight::StatusLight(const QString &name, QWidget *parent)
    : QWidget(parent), m_name(name), m_dot(new QLabel(this)), m_label(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(6);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    m_dot->setFixedSize(14, 14);
    setState(Level::Unknown, tr("Checking…"));
}

void StatusLight::setState(Level level, const QString &detail)
{
    m_level = level;
    QString colour;
    QString word;
    switch (level) {
    case Level::Ok:
        colour = QStringLiteral("#1f8a4c");
        word = tr("✔ connected");
        break;
    case Level::Warning:
        colour = QStringLiteral("#c77700");
        word = tr("▲ attention");
        break;
    case Level::Down:
        colour = QStringLiteral("#c62828");
        word = tr("✖ offline");
        break;
    case Level::Unknown:
        colour = QStringLiteral("#8a8a8a");
        word = tr("… unknown");
        break;
    }
    m_dot->setStyleSheet(QStringLiteral("background:%1;border-radius:7px;").arg(colour));
    m_label->setText(tr("%1: %2").arg(m_name, word));
    setToolTip(detail);
    setAccessibleName(m_label->text());
    setAccessibleDescription(detail);
}

QString StatusLight::text() const
{
    return m_label->text();
}

} // namespace vd::ui
