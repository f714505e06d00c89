#pragma once
// Captures keyboard-wedge scanner bursts application-wide, so a scan is never lost whichever widget or dialog has
// focus. Installed on qApp; it looks at key events addressed to windows (QWindow), which every real
// keystroke passes first, and at widget level too (QTest and synthetic events are sent to widgets directly).
//  - A printable key is held back for `gapMs`; if the next one arrives within that gap, it is a burst (a scanner
//    types 2-30 ms apart, people 80+ ms) and the keys are swallowed into the buffer.
//  - Enter or Tab during a burst, or an idle gap, ends the code: burst(text) is emitted.
//  - A held key that turns out not to be a burst (or a burst shorter than `minLength`) is replayed to its window,
//    so typing in the note or search field still works; it just arrives `gapMs` later.
// GUI thread only.
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QKeyEvent;

namespace vd::ui {

class WedgeFilter : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxChars = 4096;

    explicit WedgeFilter(QObject *parent = nullptr);
    ~WedgeFilter() override;

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    void setGapMs(int ms) { m_gapMs = ms; }
    void setMinLength(int n) { m_minLength = n; }
    qint64 bursts() const { return m_bursts; }

signals:
    void burst(const QString &text);
    void keystrokeSeen(); // any captured scanner keystroke (for the "scanner ready" light)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Held
    {
        int key;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 nativeScanCode;
        quint32 nativeVirtualKey;
        quint32 nativeModifiers;
    };
    bool finish(bool terminatorSeen); // true: a burst was emitted
    void replay();

    bool m_enabled = true;
    bool m_replaying = false;
    int m_gapMs = 50;
    int m_minLength = 8;
    qint64 m_bursts = 0;
    QString m_buffer;
    QList<Held> m_held;
    QPointer<QObject> m_target;
    QElapsedTimer m_lastKey;
    QTimer m_idle;
};

} // namespace vd::ui
