#include "scan/FrameDecoder.h"

#include "scan/ZXingCompat.h"

#include <QElapsedTimer>
#include <algorithm>
#include <array>

namespace vd::scan {

namespace {

QByteArray toBytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Copies `view` into `out` (tightly packed), stretching the 1st..99th percentile of luminance to 0..255 and
// optionally inverting. A dim, low-contrast frame (bad light, phone at low brightness) falls under the
// binarizer's minimum dynamic range otherwise.
LumaView stretchedCopy(const LumaView &view, std::vector<uint8_t> &out, bool invert)
{
    std::array<uint32_t, 256> histogram{};
    for (int y = 0; y < view.height; ++y)
        for (int x = 0; x < view.width; ++x)
            ++histogram[view.at(x, y)];
    const uint64_t total = uint64_t(view.width) * uint64_t(view.height);
    const uint64_t cut = total / 100;
    int lo = 0;
    int hi = 255;
    for (uint64_t acc = 0; lo < 255 && (acc += histogram[size_t(lo)]) <= cut;)
        ++lo;
    for (uint64_t acc = 0; hi > 0 && (acc += histogram[size_t(hi)]) <= cut;)
        --hi;
    if (hi <= lo) {
        lo = 0;
        hi = 255;
    }
    std::array<uint8_t, 256> lut{};
    for (int v = 0; v < 256; ++v) {
        const int s = std::clamp((v - lo) * 255 / (hi - lo), 0, 255);
        lut[size_t(v)] = uint8_t(invert ? 255 - s : s);
    }
    out.resize(size_t(total));
    for (int y = 0; y < view.height; ++y) {
        uint8_t *dst = out.data() + size_t(y) * size_t(view.width);
        for (int x = 0; x < view.width; ++x)
            dst[x] = lut[view.at(x, y)];
    }
    return LumaView{out.data(), view.width, view.height, view.width, 1};
}

} // namespace

FrameDecoder::FrameDecoder(int hardPassAfterMisses) : m_hardPassAfterMisses(std::max(1, hardPassAfterMisses)) {}

DecodeOutcome FrameDecoder::decodeFast(const LumaView &view)
{
    QElapsedTimer timer;
    timer.start();
    DecodeOutcome out;
    static const zx::Options fast = zx::fastOptions();
    if (auto text = zx::readQr(view, fast)) {
        out.found = true;
        out.text = toBytes(*text);
    }
    out.ms = elapsedMs(timer);
    return out;
}

bool FrameDecoder::hardPassInto(const LumaView &view, QByteArray &text)
{
    static const zx::Options hard = zx::hardOptions();
    if (auto t = zx::readQr(view, hard)) {
        text = toBytes(*t);
        return true;
    }
    // Cheap to try after a full hard read failed: the same pixels with their contrast stretched...
    if (auto t = zx::readQr(stretchedCopy(view, m_scratch, false), hard)) {
        text = toBytes(*t);
        return true;
    }
    // ...and inverted, for light-on-dark codes from phones in dark mode. Needed on 1.x (no tryInvert) and kept on
    // 2.x+: their tryInvert inverts after binarization and the LocalAverage binarizer is biased towards light
    // backgrounds, so some inverted QR codes are only read from an inverted image (zxing-cpp issues #575, #709).
    if (auto t = zx::readQr(stretchedCopy(view, m_scratch, true), hard)) {
        text = toBytes(*t);
        return true;
    }
    return false;
}

DecodeOutcome FrameDecoder::decodeHard(const LumaView &view)
{
    QElapsedTimer timer;
    timer.start();
    DecodeOutcome out;
    out.pass = DecodeOutcome::Pass::Hard;
    out.hardPassRan = true;
    out.found = view.isValid() && hardPassInto(view, out.text);
    out.ms = elapsedMs(timer);
    return out;
}

DecodeOutcome FrameDecoder::decode(const LumaView &view)
{
    QElapsedTimer timer;
    timer.start();
    DecodeOutcome out = decodeFast(view);
    if (out.found) {
        m_misses = 0;
    } else if (++m_misses >= m_hardPassAfterMisses) {
        m_misses = 0;
        out.pass = DecodeOutcome::Pass::Hard;
        out.hardPassRan = true;
        out.found = view.isValid() && hardPassInto(view, out.text);
    }
    out.ms = elapsedMs(timer);
    return out;
}

} // namespace vd::scan
