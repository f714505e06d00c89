#pragma once
// The time seam of the scanning core: the debouncer asks a Clock, tests inject a manual one.
// Thread: SteadyClock is safe from any thread; implementations used by tests live on the test's thread.
#include <QElapsedTimer>
#include <QtGlobal>

namespace vd::scan {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0; // monotonic milliseconds; only differences are meaningful
};

class SteadyClock final : public Clock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace vd::scan
