#pragma once
// Decides whether a read is a new scan or a repeat of the one just handled, so a phone held in front of the camera
// (or a trigger pulled twice) re-shows the verdict instead of re-running it. A different code pre-empts at once.
// The window slides: every sighting of the same code within it extends it, so a code that stays in view never
// turns into a second scan; once nothing is seen for a whole window, the same code is a new scan again.
// Windows per source follow pretixSCAN: camera 5 s, hardware scanner 2.5 s; manual input (paste, file, typed) is
// never debounced because a person asked for it.
// Thread: owned by whoever feeds it (ScanPipeline, GUI thread); not thread safe. The clock is injected (test seam).
#include "scan/Clock.h"
#include "scan/OrderCode.h"

#include <QString>

namespace vd::scan {

class Debouncer
{
public:
    enum class Decision { New, Repeat };

    explicit Debouncer(const Clock *clock = nullptr); // nullptr: an internal SteadyClock
    Q_DISABLE_COPY_MOVE(Debouncer)                    // m_clock may point at m_ownClock

    Decision offer(const QString &key, ScanSource source);
    void reset();

    void setWindowMs(ScanSource source, qint64 ms);
    qint64 windowMs(ScanSource source) const;

private:
    SteadyClock m_ownClock;
    const Clock *m_clock;
    QString m_lastKey;
    qint64 m_lastSeenMs = 0;
    qint64 m_cameraWindowMs = 5000;
    qint64 m_wedgeWindowMs = 2500;
    qint64 m_manualWindowMs = 0;
};

} // namespace vd::scan
