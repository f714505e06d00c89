#include "scan/DecodeWorker.h"

#include "scan/MappedFrame.h"

#include <QElapsedTimer>

namespace vd::scan {

DecodeWorker::DecodeWorker(std::atomic<bool> *busy, std::shared_ptr<AtomicScanCounters> counters,
                           int hardPassAfterMisses, DecodeFn decodeFn)
    : m_busy(busy), m_counters(std::move(counters)), m_decoder(hardPassAfterMisses), m_decodeFn(std::move(decodeFn))
{
}

DecodeOutcome DecodeWorker::decodeFrame(const QVideoFrame &frame, FrameDecoder &decoder, bool *usedFallback)
{
    QElapsedTimer timer;
    timer.start();
    DecodeOutcome out;
    {
        const MappedFrame mapped(frame); // unmapped at the end of this scope, before anything is emitted
        if (usedFallback)
            *usedFallback = mapped.usedFallback();
        if (mapped.isValid())
            out = decoder.decode(mapped.luma());
    }
    out.ms = double(timer.nsecsElapsed()) / 1e6; // map + decode + unmap: what the desk actually waits for
    return out;
}

void DecodeWorker::process(const QVideoFrame &frame)
{
    DecodeOutcome out;
    bool fallback = false;
    try {
        out = m_decodeFn ? m_decodeFn(frame, m_decoder) : decodeFrame(frame, m_decoder, &fallback);
    } catch (...) {
        out = {}; // a decoder fault must never wedge the pipeline: report "nothing found" and stay available
    }
    m_counters->framesDecoded.fetch_add(1);
    if (out.found)
        m_counters->codesFound.fetch_add(1);
    if (out.hardPassRan)
        m_counters->hardPasses.fetch_add(1);
    if (fallback)
        m_counters->fallbackConversions.fetch_add(1);
    m_counters->lastDecodeMicros.store(qint64(out.ms * 1000.0));
    m_busy->store(false, std::memory_order_release);
    if (out.found)
        emit decoded(out);
}

} // namespace vd::scan
