#pragma once
// The decoder thread's object: maps a frame, reads its luminance in place, runs the FrameDecoder, unmaps, and
// reports the outcome by a (queued) signal. Nothing here runs on the GUI thread; ScanPipeline owns the thread.
// It clears the shared `busy` flag when a frame is done, which is what lets the next frame in.
#include "scan/FrameDecoder.h"
#include "scan/ScanCounters.h"

#include <QObject>
#include <QVideoFrame>
#include <atomic>
#include <functional>
#include <memory>

namespace vd::scan {

class DecodeWorker : public QObject
{
    Q_OBJECT
public:
    // Test seam: replaces "map + decode" (e.g. to make decoding slow). Default: MappedFrame + FrameDecoder::decode.
    using DecodeFn = std::function<DecodeOutcome(const QVideoFrame &, FrameDecoder &)>;

    DecodeWorker(std::atomic<bool> *busy, std::shared_ptr<AtomicScanCounters> counters, int hardPassAfterMisses,
                 DecodeFn decodeFn = {});

    void process(const QVideoFrame &frame); // decoder thread only

    static DecodeOutcome decodeFrame(const QVideoFrame &frame, FrameDecoder &decoder, bool *usedFallback = nullptr);

signals:
    void decoded(const vd::scan::DecodeOutcome &outcome);

private:
    std::atomic<bool> *const m_busy;
    const std::shared_ptr<AtomicScanCounters> m_counters;
    FrameDecoder m_decoder;
    DecodeFn m_decodeFn;
};

} // namespace vd::scan
