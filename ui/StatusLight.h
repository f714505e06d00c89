#pragma once
// A status light that never relies on colour alone: a coloured dot, a symbol and a word
// ("● Database: connected"), with the detail in the tooltip. GUI thread.
#include "health/HealthSnapshot.h"

#include <QWidget>

class QLabel;

namespace vd::ui {

class StatusLight : public QWidget
{
    Q_OBJECT
public:
    explicit StatusLight(const QString &name, QWidget *parent = nullptr);
    void setState(health::HealthSnapshot::Level level, const QString &detail);
    health::HealthSnapshot::Level level() const { return m_level; }
    QString text() const;

private:
    QString m_name;
    QLabel *m_dot;
    QLabel *m_label;
    health::HealthSnapshot::Level m_level = health::HealthSnapshot::Level::Unknown;
};

} // namespace vd::ui
