#pragma once
// Finds a QR code in a luminance view. One instance per decoder thread (it remembers how many frames in a row
// missed, and owns a scratch buffer for the hard pass); not thread safe, no Qt event loop needed.
// decode() runs a fast pass on every frame (QR only, no try-harder/rotate/downscale); after `hardPassAfterMisses`
// consecutive misses it runs one hard pass on the same frame (try harder, rotate, downscale, contrast stretch, and
// the inverted image for dark-mode phones), then goes back to fast passes.
#include "scan/LumaView.h"

#include <QByteArray>
#include <QMetaType>
#include <cstdint>
#include <vector>

namespace vd::scan {

struct DecodeOutcome
{
    enum class Pass { Fast, Hard };

    bool found = false;
    QByteArray text;        // the symbol's content as UTF-8 bytes, unvalidated: PayloadParser decides what it is
    Pass pass = Pass::Fast; // the pass that produced the result (or the last pass tried)
    bool hardPassRan = false;
    double ms = 0; // wall time spent in decode() for this frame
};

class FrameDecoder
{
public:
    explicit FrameDecoder(int hardPassAfterMisses = 5);

    DecodeOutcome decode(const LumaView &view);     // adaptive: fast, and hard every N-th consecutive miss
    DecodeOutcome decodeFast(const LumaView &view); // exactly one fast pass (benchmarks, tests)
    DecodeOutcome decodeHard(const LumaView &view); // exactly one hard pass (image files, tests)
    void reset() { m_misses = 0; }

    int consecutiveMisses() const { return m_misses; }
    int hardPassAfterMisses() const { return m_hardPassAfterMisses; }

private:
    bool hardPassInto(const LumaView &view, QByteArray &text);

    const int m_hardPassAfterMisses;
    int m_misses = 0;
    std::vector<uint8_t> m_scratch; // contrast-stretched / inverted copy, reused between hard passes
};

} // namespace vd::scan

Q_DECLARE_METATYPE(vd::scan::DecodeOutcome)
