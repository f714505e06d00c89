#pragma once
// The big verdict card that fills the desk: colour + huge word + icon, the item to hand over, the instruction,
// details, and a countdown back to "ready". Painted (fonts scale with the card so it reads at two metres); the
// deliver bar (note + button) sits at its bottom, shown only when the verdict allows delivery. GUI thread.
#include "reception/VerdictLook.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

namespace vd::ui {

class VerdictCard : public QWidget
{
    Q_OBJECT
public:
    explicit VerdictCard(QWidget *parent = nullptr);

    /// Shows `look` and restarts the countdown (look.holdSeconds; 0 = stays until replaced).
    void show(const VerdictLook &look);
    const VerdictLook &look() const { return m_look; }
    int secondsLeft() const;
    /// Widget placed at the bottom of the card (the deliver bar); owned by the card.
    void setBottomWidget(QWidget *widget);
    void setLargeFonts(bool on);

signals:
    void expired(); // the countdown reached zero

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void layoutBottom();

    VerdictLook m_look;
    QWidget *m_bottom = nullptr;
    QTimer m_tick;
    QElapsedTimer m_shownAt;
    bool m_large = false;
};

} // namespace vd::ui
