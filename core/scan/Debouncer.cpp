#include "scan/Debouncer.h"

namespace vd::scan {

Debouncer::Debouncer(const Clock *clock) : m_clock(clock ? clock : &m_ownClock) {}

Debouncer::Decision Debouncer::offer(const QString &key, ScanSource source)
{
    const qint64 now = m_clock->nowMs();
    const qint64 window = windowMs(source);
    const bool repeat = !m_lastKey.isEmpty() && key == m_lastKey && window > 0 && now - m_lastSeenMs < window;
    m_lastKey = key;
    m_lastSeenMs = now;
    return repeat ? Decision::Repeat : Decision::New;
}

void Debouncer::reset()
{
    m_lastKey.clear();
    m_lastSeenMs = 0;
}

void Debouncer::setWindowMs(ScanSource source, qint64 ms)
{
    switch (source) {
    case ScanSource::Camera:
        m_cameraWindowMs = ms;
        break;
    case ScanSource::Wedge:
        m_wedgeWindowMs = ms;
        break;
    default:
        m_manualWindowMs = ms;
        break;
    }
}

qint64 Debouncer::windowMs(ScanSource source) const
{
    switch (source) {
    case ScanSource::Camera:
        return m_cameraWindowMs;
    case ScanSource::Wedge:
        return m_wedgeWindowMs;
    default:
        return m_manualWindowMs;
    }
}

} // namespace vd::scan
