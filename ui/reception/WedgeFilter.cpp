#include "reception/WedgeFilter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWindow>

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
    if (!m_enabled || m_replaying || !watched->isWindowType())
        return false;
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    auto *window = static_cast<QWindow *>(watched);
    const bool collecting = !m_held.isEmpty();

    if (event->type() == QEvent::KeyRelease)
        return collecting; // releases of held/swallowed keys go nowhere; replay() sends its own

    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const bool terminator = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Tab;
    const QString text = key->text();
    const bool printable = mods == Qt::NoModifier && text.size() == 1 && text.at(0).unicode() >= 0x20 &&
                           text.at(0).unicode() != 0x7f;
    const qint64 gap = m_lastKey.isValid() ? m_lastKey.elapsed() : 1'000'000;

    if (collecting && gap > m_gapMs)
        finish(false); // the previous burst went idle without its timer having fired yet

    if (!printable) {
        if (!m_held.isEmpty() && terminator)
            return finish(true); // a scanner's Enter/Tab ends the code and never reaches a widget
        if (!m_held.isEmpty())
            replay();
        return false;
    }

    if (m_held.isEmpty())
        m_window = window;
    m_held.append(Held{key->key(), key->modifiers(), text, key->nativeScanCode(), key->nativeVirtualKey(),
                       key->nativeModifiers()});
    m_buffer += text;
    m_lastKey.start();
    m_idle.start(m_gapMs + 1);
    if (m_held.size() > 1)
        emit keystrokeSeen();
    if (m_buffer.size() > 4096) { // a stuck key or a flood: drop it rather than grow without bound
        m_held.clear();
        m_buffer.clear();
        m_idle.stop();
    }
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
    QWindow *target = m_window;
    if (!target)
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
