#include "reception/WedgeFilter.h"

#include <QApplication>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace vd::ui {

WedgeFilter::WedgeFilter(QObject *parent) : QObject(parent)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this]() { finish(false); });
}

WedgeFilter::~WedgeFilter() = default;

void WedgeFilter::setEnabled(bool on)
{
    m_enabled = on;
    if (!on && !m_held.isEmpty())
        replay();
}

bool WedgeFilter::eventFilter(QObject *watched, QEvent *event)
{
    // Real keystrokes reach the QWindow first, then the focus widget; QTest sends to widgets directly. Seeing one
    // twice is harmless: a held key is swallowed at first sight, and a key let through is let through again.
    if (!m_enabled || m_replaying || !(watched->isWindowType() || watched->isWidgetType()))
        return false;
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    // Never take what is typed into a password field for a scan, however fast (password managers type fast).
    if (const auto *edit = qobject_cast<const QLineEdit *>(QApplication::focusWidget());
        edit && edit->echoMode() != QLineEdit::Normal) {
        if (!m_held.isEmpty())
            replay();
        return false;
    }
    auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::KeyRelease)
        return !m_held.isEmpty(); // releases of held keys go nowhere; replay() sends its own

    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const bool terminator = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab;
    const QString text = key->text();
    const qint64 gap = m_lastKey.isValid() ? m_lastKey.elapsed() : 1'000'000;

    if (!m_held.isEmpty() && gap > m_gapMs)
        finish(false); // the previous burst went idle before its timer fired
    const bool collecting = !m_held.isEmpty();

    if (terminator && mods == Qt::NoModifier)
        return collecting ? finish(true) : false; // a scanner's Enter/Tab ends the code and reaches no widget

    // Inside a burst anything with text belongs to the code (control characters included: the parser rejects
    // them); a burst starts only with a printable character.
    const bool hasText = mods == Qt::NoModifier && !text.isEmpty();
    const bool printable = hasText && text.at(0).unicode() >= 0x20 && text.at(0).unicode() != 0x7f;
    if (!(collecting ? hasText : printable)) {
        if (collecting)
            replay();
        return false;
    }

    if (!collecting)
        m_target = watched;
    m_held.append(Held{key->key(), key->modifiers(), text, key->nativeScanCode(), key->nativeVirtualKey(),
                       key->nativeModifiers()});
    if (m_buffer.size() < MaxChars)
        m_buffer += text; // a flood keeps being swallowed but stops growing; the parser rejects it as too long
    m_lastKey.start();
    m_idle.start(m_gapMs + 1);
    if (m_held.size() > 1)
        emit keystrokeSeen();
    return true;
}

bool WedgeFilter::finish(bool terminatorSeen)
{
    m_idle.stop();
    if (m_held.isEmpty())
        return false;
    // One key alone is typing; a burst too short to be any order code is fast typing (or a rolled key pair).
    if (m_held.size() < 2 || (m_buffer.size() < m_minLength && !terminatorSeen) || m_buffer.size() < 3) {
        replay();
        return false;
    }
    const QString code = m_buffer;
    m_held.clear();
    m_buffer.clear();
    ++m_bursts;
    emit burst(code);
    return true;
}

void WedgeFilter::replay()
{
    m_idle.stop();
    const QList<Held> held = std::exchange(m_held, {});
    m_buffer.clear();
    QObject *target = m_target;
    if (!target || held.size() > MaxChars)
        return;
    m_replaying = true;
    for (const Held &h : held) {
        QKeyEvent press(QEvent::KeyPress, h.key, h.modifiers, h.nativeScanCode, h.nativeVirtualKey, h.nativeModifiers,
                        h.text);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, h.key, h.modifiers, h.nativeScanCode, h.nativeVirtualKey,
                          h.nativeModifiers, h.text);
        QCoreApplication::sendEvent(target, &release);
    }
    m_replaying = false;
}

} // namespace vd::ui
