#pragma once
// Counters of the camera scanning path, for the side panel, `voucherdesk check` and tests.
// ScanCounters is a snapshot value; AtomicScanCounters is the live set shared by the GUI-side pipeline (offer) and
// the decoder thread (decode), hence atomics only.
#include <QtGlobal>
#include <atomic>

namespace vd::scan {

struct ScanCounters
{
    quint64 framesOffered = 0;    // every frame the sink handed to offer()
    quint64 framesHandedOver = 0; // accepted because the decoder was idle
    quint64 framesDropped = 0;    // refused because the decoder was busy (never queued)
    quint64 framesDecoded = 0;    // frames the decoder finished (found or not)
    quint64 codesFound = 0;       // frames where a QR symbol was read
    quint64 hardPasses = 0;
    quint64 fallbackConversions = 0; // frames whose pixel format needed a conversion (not read in place)
    double lastDecodeMs = 0;
};

struct AtomicScanCounters
{
    std::atomic<quint64> framesOffered{0};
    std::atomic<quint64> framesHandedOver{0};
    std::atomic<quint64> framesDropped{0};
    std::atomic<quint64> framesDecoded{0};
    std::atomic<quint64> codesFound{0};
    std::atomic<quint64> hardPasses{0};
    std::atomic<quint64> fallbackConversions{0};
    std::atomic<qint64> lastDecodeMicros{0};

    ScanCounters snapshot() const
    {
        ScanCounters c;
        c.framesOffered = framesOffered.load();
        c.framesHandedOver = framesHandedOver.load();
        c.framesDropped = framesDropped.load();
        c.framesDecoded = framesDecoded.load();
        c.codesFound = codesFound.load();
        c.hardPasses = hardPasses.load();
        c.fallbackConversions = fallbackConversions.load();
        c.lastDecodeMs = double(lastDecodeMicros.load()) / 1000.0;
        return c;
    }
};

} // namespace vd::scan
