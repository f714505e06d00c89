// Decode cost per camera frame through the app's path -- QVideoFrame -> map -> LumaView (Y plane in place) ->
// FrameDecoder fast pass -> unmap -- next to a direct zxing-cpp ReadBarcode call with the same options on the same
// luminance bytes, interleaved in the same run. Prints median and p95 in ms per frame and the app/direct ratio
// (aim: <= 1.2). Usage: bench_decode [FRAMES=200]
#include "BenchReport.h"
#include "scan/FrameDecoder.h"
#include "scan/MappedFrame.h"
#include "scan/QrRenderer.h"
#include "scan/ZXingCompat.h" // only for the identical option set; the direct call below is plain zxing-cpp

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace vd::scan;

namespace {

const QString kPayload = QStringLiteral("VD1-0123456789ABCDEF00112233445566778899AABBCCDDEEFF0F1E2D3C4B5A6978");

// An NV12 frame: textured background with mild noise, optionally a QR code of `codePx` pixels off-centre.
QVideoFrame makeNv12(int w, int h, int codePx, std::vector<uint8_t> &lumaOut)
{
    lumaOut.assign(size_t(w) * size_t(h), 0);
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> noise(-6, 6);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            lumaOut[size_t(y) * size_t(w) + size_t(x)] =
                uint8_t(std::clamp(100 + 60 * x / w + 30 * y / h + ((x / 7 + y / 5) % 3) * 4 + noise(rng), 0, 255));
    if (codePx > 0) {
        const QImage qr =
            renderQr(kPayload, 8, 4).scaled(codePx, codePx, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        const int ox = w / 3, oy = h / 4;
        for (int y = 0; y < codePx; ++y)
            for (int x = 0; x < codePx; ++x)
                lumaOut[size_t(oy + y) * size_t(w) + size_t(ox + x)] = qr.constScanLine(y)[x] > 127 ? 225 : 30;
    }
    QVideoFrame frame(QVideoFrameFormat(QSize(w, h), QVideoFrameFormat::Format_NV12));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < h; ++y)
        std::copy_n(&lumaOut[size_t(y) * size_t(w)], w, frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0));
    std::fill_n(frame.bits(1), frame.mappedBytes(1), uint8_t(128));
    frame.unmap();
    return frame;
}

struct Stats
{
    double median = 0, p95 = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const auto pick = [&](double q) { return v[std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))]; };
    return {pick(0.5), pick(0.95)};
}

void run(const char *label, int w, int h, int codePx, int frames)
{
    std::vector<uint8_t> luma;
    const QVideoFrame frame = makeNv12(w, h, codePx, luma);
    FrameDecoder decoder;
    const auto options = zx::fastOptions();
    std::vector<double> app, direct;
    int appFound = 0, directFound = 0;
    const auto timeApp = [&](bool &found) {
        QElapsedTimer t;
        t.start();
        {
            const MappedFrame mapped(frame);
            found = decoder.decodeFast(mapped.luma()).found;
        }
        return double(t.nsecsElapsed()) / 1e6;
    };
    const auto timeDirect = [&](bool &found) {
        QElapsedTimer t;
        t.start();
        const auto barcode = ZXing::ReadBarcode(ZXing::ImageView(luma.data(), w, h, ZXing::ImageFormat::Lum), options);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        found = barcode.isValid();
        return ms;
    };
    // The first 5 rounds warm caches and are not counted; the order alternates so neither side always runs first.
    for (int i = 0; i < frames + 5; ++i) {
        bool foundApp = false, foundDirect = false;
        double appMs = 0, directMs = 0;
        if (i % 2 == 0) {
            appMs = timeApp(foundApp);
            directMs = timeDirect(foundDirect);
        } else {
            directMs = timeDirect(foundDirect);
            appMs = timeApp(foundApp);
        }
        if (i < 5)
            continue;
        app.push_back(appMs);
        direct.push_back(directMs);
        appFound += foundApp ? 1 : 0;
        directFound += foundDirect ? 1 : 0;
    }
    const Stats a = stats(app), d = stats(direct);
    // Each round runs both back to back, so the per-round ratio cancels most of a shared machine's noise.
    std::vector<double> paired;
    for (size_t i = 0; i < app.size(); ++i)
        paired.push_back(app[i] / std::max(direct[i], 1e-6));
    const Stats r = stats(paired);
    std::printf("%-16s %4dx%-4d app %6.2f / %6.2f ms  direct %6.2f / %6.2f ms  ratio: of medians %4.2f, "
                "paired median %4.2f, paired p95 %4.2f  found %d/%d vs %d/%d\n",
                label, w, h, a.median, a.p95, d.median, d.p95, a.median / d.median, r.median, r.p95, appFound, frames,
                directFound, frames);
    if (codePx > 0) {
        char figure[96];
        std::snprintf(figure, sizeof figure, "decode per frame, NV12 %dx%d (median; vs direct zxing-cpp)", w, h);
        vd::bench::report(figure, a.median, "ms", d.median, "<= 1.2x direct (paired median)", r.median <= 1.2);
    }
}

void runHard(const char *label, int w, int h, int frames)
{
    std::vector<uint8_t> luma;
    const QVideoFrame frame = makeNv12(w, h, 0, luma);
    FrameDecoder decoder;
    std::vector<double> ms;
    for (int i = 0; i < frames; ++i) {
        const MappedFrame mapped(frame);
        ms.push_back(decoder.decodeHard(mapped.luma()).ms);
    }
    const Stats s = stats(ms);
    std::printf("%-16s %4dx%-4d hard pass %7.2f / %7.2f ms (median / p95, runs once per 5 missed frames)\n", label, w,
                h, s.median, s.p95);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(20, QByteArray(argv[1]).toInt()) : 200;
    std::printf("bench_decode: %d frames per row, ZXing-C++ %d.x, NV12 Y plane read in place; times median / p95\n",
                frames, VD_ZXING_VERSION_MAJOR);
    run("NV12 with code", 1280, 720, 300, frames);
    run("NV12 with code", 1920, 1080, 420, frames);
    run("NV12 empty scene", 1280, 720, 0, frames);
    run("NV12 empty scene", 1920, 1080, 0, frames);
    runHard("NV12 empty scene", 1280, 720, std::max(10, frames / 10));
    runHard("NV12 empty scene", 1920, 1080, std::max(10, frames / 10));
    return 0;
}
