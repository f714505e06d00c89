// FrameDecoder + frame mapping on synthetic camera frames: QR images from renderQr painted into 1280x720 and
// 1920x1080 scenes, degraded the way a desk camera sees them, stored as NV12 (padded stride), YUV420P, YUYV, UYVY
// and an RGB32 frame that needs the conversion fallback.
#include "scan/FrameDecoder.h"
#include "scan/ImageDecodeReport.h"
#include "scan/LumaView.h"
#include "scan/MappedFrame.h"
#include "scan/PayloadParser.h"
#include "scan/QrRenderer.h"

#include <QGuiApplication>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <random>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace vd::scan;

namespace {

// ZXing 1.x cannot read light-on-dark at all without our inverted copy; newer versions only in their hard pass
// (tryInvert), so the fast pass must miss an inverted code either way -- asserted only where it is certain.
constexpr bool kFastMissesInverted = VD_ZXING_VERSION_MAJOR < 2;

const QString kPayload = QStringLiteral("VD1-0123456789ABCDEF00112233445566778899AABBCCDDEEFF0F1E2D3C4B5A6978");

struct Spec
{
    int codePx = 320;     // side of the painted code including its quiet zone
    int cx = -1, cy = -1; // top-left; -1 = centred
    int rotate = 0;
    bool mirror = false;  // a front camera / mirrored preview
    bool invert = false;  // light modules on dark: a phone in dark mode
    int lo = 0, hi = 255; // final luminance range of the whole scene (bad light = narrow and low)
    double noiseSigma = 0;
    bool blur = false;
};

// A tightly packed luminance scene.
struct Scene
{
    int width = 0, height = 0;
    std::vector<uint8_t> y;
    uint8_t at(int x, int yy) const { return y[size_t(yy) * size_t(width) + size_t(x)]; }
};

Scene makeScene(int w, int h, const Spec &s, const QString &payload = kPayload)
{
    Scene sc{w, h, std::vector<uint8_t>(size_t(w) * size_t(h))};
    // Background: a soft gradient with some texture, like a counter under a lamp.
    for (int yy = 0; yy < h; ++yy)
        for (int x = 0; x < w; ++x)
            sc.y[size_t(yy) * size_t(w) + size_t(x)] =
                uint8_t(100 + 60 * x / w + 30 * yy / h + ((x / 7 + yy / 5) % 3) * 4);
    if (!payload.isEmpty()) {
        QImage qr = renderQr(payload, 8, 4);
        if (s.rotate)
            qr = qr.transformed(QTransform().rotate(s.rotate));
        if (s.mirror)
            qr = qr.mirrored(true, false);
        qr = qr.scaled(s.codePx, s.codePx, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                 .convertToFormat(QImage::Format_Grayscale8);
        const int ox = s.cx < 0 ? (w - s.codePx) / 2 : s.cx;
        const int oy = s.cy < 0 ? (h - s.codePx) / 2 : s.cy;
        for (int yy = 0; yy < s.codePx; ++yy) {
            const uchar *row = qr.constScanLine(yy);
            for (int x = 0; x < s.codePx; ++x) {
                const uint8_t v = row[x] > 127 ? 235 : 20; // print/screen is never pure black and white
                sc.y[size_t(oy + yy) * size_t(w) + size_t(ox + x)] = s.invert ? uint8_t(255 - v) : v;
            }
        }
    }
    std::mt19937 rng(42);
    std::normal_distribution<double> noise(0.0, s.noiseSigma > 0 ? s.noiseSigma : 1.0);
    for (auto &v : sc.y) {
        double f = s.lo + double(v) * (s.hi - s.lo) / 255.0;
        if (s.noiseSigma > 0)
            f += noise(rng);
        v = uint8_t(std::clamp(std::lround(f), 0L, 255L));
    }
    if (s.blur) {
        std::vector<uint8_t> out = sc.y;
        for (int yy = 1; yy < h - 1; ++yy)
            for (int x = 1; x < w - 1; ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += sc.at(x + dx, yy + dy);
                out[size_t(yy) * size_t(w) + size_t(x)] = uint8_t(sum / 9);
            }
        sc.y.swap(out);
    }
    return sc;
}

// A video frame in `format`, allocated by Qt (its own bytesPerLine), with the scene's luminance and neutral chroma.
QVideoFrame toVideoFrame(const Scene &sc, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(QSize(sc.width, sc.height), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    const int w = sc.width, h = sc.height;
    switch (format) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_YUV420P:
        for (int yy = 0; yy < h; ++yy)
            std::copy_n(&sc.y[size_t(yy) * size_t(w)], w, frame.bits(0) + qsizetype(yy) * frame.bytesPerLine(0));
        for (int p = 1; p < frame.planeCount(); ++p)
            std::fill_n(frame.bits(p), frame.mappedBytes(p), uint8_t(128));
        break;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        const int yOff = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        for (int yy = 0; yy < h; ++yy) {
            uint8_t *row = frame.bits(0) + qsizetype(yy) * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                row[2 * x + yOff] = sc.at(x, yy);
                row[2 * x + 1 - yOff] = 128;
            }
        }
        break;
    }
    case QVideoFrameFormat::Format_BGRX8888: // QImage::Format_RGB32 byte order on little-endian machines
        for (int yy = 0; yy < h; ++yy) {
            uint8_t *row = frame.bits(0) + qsizetype(yy) * frame.bytesPerLine(0);
            for (int x = 0; x < w; ++x) {
                const uint8_t v = sc.at(x, yy);
                row[4 * x + 0] = v;
                row[4 * x + 1] = v;
                row[4 * x + 2] = v;
                row[4 * x + 3] = 255;
            }
        }
        break;
    default:
        frame.unmap();
        return {};
    }
    frame.unmap();
    return frame;
}

// An NV12 Y plane with a stride wider than the width, the padding filled with a pattern that ruins decoding if it
// is read as pixels, and (on Unix) the last luminance byte placed right before an inaccessible page, so a read past
// the plane crashes the test instead of passing silently.
class PaddedNv12
{
public:
    PaddedNv12(const Scene &sc, int padding) : m_width(sc.width), m_height(sc.height), m_stride(sc.width + padding)
    {
        const size_t span = size_t(m_height - 1) * size_t(m_stride) + size_t(m_width);
#ifdef Q_OS_UNIX
        const size_t page = size_t(sysconf(_SC_PAGESIZE));
        m_mapBytes = ((span + page - 1) / page + 1) * page;
        void *p = mmap(nullptr, m_mapBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            qFatal("mmap failed");
        m_map = static_cast<uint8_t *>(p);
        uint8_t *guard = m_map + m_mapBytes - page;
        mprotect(guard, page, PROT_NONE);
        m_y = guard - span;
#else
        m_storage.resize(span);
        m_y = m_storage.data();
#endif
        for (int yy = 0; yy < m_height; ++yy) {
            uint8_t *row = m_y + size_t(yy) * size_t(m_stride);
            std::copy_n(&sc.y[size_t(yy) * size_t(m_width)], m_width, row);
            if (yy < m_height - 1)
                for (int x = m_width; x < m_stride; ++x)
                    row[x] = uint8_t((x * 37 + yy * 11) & 1 ? 0 : 255);
        }
        m_planeBytes = qsizetype(span);
    }
    ~PaddedNv12()
    {
#ifdef Q_OS_UNIX
        munmap(m_map, m_mapBytes);
#endif
    }
    Q_DISABLE_COPY_MOVE(PaddedNv12)

    LumaView view() const
    {
        return lumaViewForPlane(QVideoFrameFormat::Format_NV12, m_width, m_height, m_y, m_stride, m_planeBytes);
    }
    int stride() const
    {
        return m_stride;
    }

private:
    int m_width, m_height, m_stride;
    uint8_t *m_y = nullptr;
    qsizetype m_planeBytes = 0;
#ifdef Q_OS_UNIX
    uint8_t *m_map = nullptr;
    size_t m_mapBytes = 0;
#else
    std::vector<uint8_t> m_storage;
#endif
};

bool decodesToPayload(const DecodeOutcome &o)
{
    if (!o.found)
        return false;
    const auto parsed = PayloadParser::parseUtf8(o.text);
    return parsed.ok() && parsed->canonical == kPayload;
}

// Runs the adaptive decoder on the same frame repeatedly, like a camera looking at a still scene.
// Returns the 1-based frame index of the first successful read, 0 if none within `maxFrames`.
int framesUntilDecoded(FrameDecoder &decoder, const LumaView &view, int maxFrames, DecodeOutcome *last = nullptr)
{
    for (int i = 1; i <= maxFrames; ++i) {
        const DecodeOutcome o = decoder.decode(view);
        if (last)
            *last = o;
        if (decodesToPayload(o))
            return i;
    }
    return 0;
}

} // namespace

class TestFrameDecoder : public QObject
{
    Q_OBJECT
private slots:
    void layoutTable();
    void writerRoundTrip();
    void fastPathEasyFrames_data();
    void fastPathEasyFrames();
    void mirroredCode();
    void paddedStrideNv12_data();
    void paddedStrideNv12();
    void hardPassRecovers_data();
    void hardPassRecovers();
    void noCodeYieldsNothing();
    void invalidViews();
    void imageDecodeReport();
};

void TestFrameDecoder::layoutTable()
{
    using F = QVideoFrameFormat;
    for (auto f : {F::Format_NV12, F::Format_NV21, F::Format_YUV420P, F::Format_YV12, F::Format_IMC1, F::Format_IMC2,
                   F::Format_IMC3, F::Format_IMC4, F::Format_Y8, F::Format_YUV422P}) {
        const LumaLayout l = lumaLayoutFor(f);
        QVERIFY(l.inPlace);
        QCOMPARE(l.plane, 0);
        QCOMPARE(l.offset, 0);
        QCOMPARE(l.pixelStride, 1);
    }
    QCOMPARE(lumaLayoutFor(F::Format_YUYV).pixelStride, 2);
    QCOMPARE(lumaLayoutFor(F::Format_YUYV).offset, 0);
    QCOMPARE(lumaLayoutFor(F::Format_UYVY).pixelStride, 2);
    QCOMPARE(lumaLayoutFor(F::Format_UYVY).offset, 1);
    for (auto f : {F::Format_BGRA8888, F::Format_XRGB8888, F::Format_Jpeg, F::Format_YUV420P10})
        QVERIFY(!lumaLayoutFor(f).inPlace);
    QCOMPARE(lumaLayoutFor(F::Format_P010).offset, 1); // high byte of 16-bit little-endian samples
    QCOMPARE(lumaLayoutFor(F::Format_P010).pixelStride, 2);

    // A stride smaller than the row, or a plane smaller than the view, is refused rather than over-read.
    std::vector<uint8_t> buf(100 * 10);
    QVERIFY(lumaViewForPlane(F::Format_NV12, 100, 10, buf.data(), 100, qsizetype(buf.size())).isValid());
    QVERIFY(!lumaViewForPlane(F::Format_NV12, 100, 10, buf.data(), 99, qsizetype(buf.size())).isValid());
    QVERIFY(!lumaViewForPlane(F::Format_NV12, 100, 11, buf.data(), 100, qsizetype(buf.size())).isValid());
    QVERIFY(!lumaViewForPlane(F::Format_YUYV, 100, 10, buf.data(), 100, qsizetype(buf.size())).isValid());
    QVERIFY(lumaViewForPlane(F::Format_YUYV, 50, 10, buf.data(), 100, qsizetype(buf.size())).isValid());
    // UYVY: the last Y sample of the last row is byte 2*49+1 = 99 of that row.
    QVERIFY(lumaViewForPlane(F::Format_UYVY, 50, 10, buf.data(), 100, qsizetype(buf.size())).isValid());
    QVERIFY(!lumaViewForPlane(F::Format_UYVY, 50, 10, buf.data(), 100, qsizetype(buf.size()) - 1).isValid());
}

void TestFrameDecoder::writerRoundTrip()
{
    const QImage img = renderQr(kPayload, 4, 4);
    QVERIFY(!img.isNull());
    QCOMPARE(img.format(), QImage::Format_Grayscale8);
    QCOMPARE(img.width(), img.height());
    QCOMPARE(img.width() % 4, 0);
    // 68 alphanumeric characters at level M need version 4 (33 modules); byte mode at M would need version 5 (37),
    // level L would fit version 3 (29): 33 pins "alphanumeric mode, level M".
    QCOMPARE(img.width() / 4 - 8, 33);
    const LumaView view{img.constBits(), img.width(), img.height(), int(img.bytesPerLine()), 1};
    FrameDecoder decoder;
    QVERIFY(decodesToPayload(decoder.decodeFast(view)));
    QVERIFY(renderQr(kPayload, 0, 4).isNull());
    QVERIFY(renderQr(kPayload, 4, -1).isNull());
}

void TestFrameDecoder::fastPathEasyFrames_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("rotate");
    QTest::addColumn<double>("noise");
    QTest::addColumn<bool>("blur");
    QTest::addColumn<bool>("expectFallback");

    using F = QVideoFrameFormat;
    const QSize hd(1280, 720), fhd(1920, 1080);
    QTest::newRow("720p NV12") << hd << int(F::Format_NV12) << 0 << 0.0 << false << false;
    QTest::newRow("1080p NV12") << fhd << int(F::Format_NV12) << 0 << 0.0 << false << false;
    QTest::newRow("720p YUV420P") << hd << int(F::Format_YUV420P) << 0 << 0.0 << false << false;
    QTest::newRow("1080p YUV420P") << fhd << int(F::Format_YUV420P) << 0 << 0.0 << false << false;
    QTest::newRow("720p YUYV") << hd << int(F::Format_YUYV) << 0 << 0.0 << false << false;
    QTest::newRow("720p UYVY") << hd << int(F::Format_UYVY) << 0 << 0.0 << false << false;
    QTest::newRow("720p RGB32 fallback") << hd << int(F::Format_BGRX8888) << 0 << 0.0 << false << true;
    QTest::newRow("720p NV12 rotated 90") << hd << int(F::Format_NV12) << 90 << 0.0 << false << false;
    QTest::newRow("720p NV12 rotated 180") << hd << int(F::Format_NV12) << 180 << 0.0 << false << false;
    QTest::newRow("1080p YUYV rotated 270") << fhd << int(F::Format_YUYV) << 270 << 0.0 << false << false;
    QTest::newRow("720p NV12 noise") << hd << int(F::Format_NV12) << 0 << 12.0 << false << false;
    QTest::newRow("720p NV12 blur") << hd << int(F::Format_NV12) << 0 << 0.0 << true << false;
    QTest::newRow("1080p NV12 noise+blur") << fhd << int(F::Format_NV12) << 0 << 10.0 << true << false;
}

void TestFrameDecoder::fastPathEasyFrames()
{
    QFETCH(QSize, size);
    QFETCH(int, format);
    QFETCH(int, rotate);
    QFETCH(double, noise);
    QFETCH(bool, blur);
    QFETCH(bool, expectFallback);

    Spec spec;
    spec.rotate = rotate;
    spec.noiseSigma = noise;
    spec.blur = blur;
    const Scene sc = makeScene(size.width(), size.height(), spec);
    const QVideoFrame frame = toVideoFrame(sc, QVideoFrameFormat::PixelFormat(format));
    QVERIFY(frame.isValid());

    const MappedFrame mapped(frame);
    QVERIFY(mapped.isValid());
    QCOMPARE(mapped.usedFallback(), expectFallback);
    QCOMPARE(mapped.luma().width, size.width());
    QCOMPARE(mapped.luma().height, size.height());
    if (!expectFallback) {
        QCOMPARE(mapped.luma().pixelStride, lumaLayoutFor(QVideoFrameFormat::PixelFormat(format)).pixelStride);
        // In place, no copy: the view points into the frame's own mapped plane (copies of a QVideoFrame share
        // its mapping) and reads the scene's samples through the frame's own stride.
        const LumaLayout layout = lumaLayoutFor(QVideoFrameFormat::PixelFormat(format));
        QCOMPARE(mapped.luma().data, frame.bits(layout.plane) + layout.offset);
        QCOMPARE(mapped.luma().bytesPerLine, frame.bytesPerLine(layout.plane));
        for (const QPoint p : {QPoint(0, 0), QPoint(size.width() - 1, size.height() - 1), QPoint(517, 311)})
            QCOMPARE(mapped.luma().at(p.x(), p.y()), sc.at(p.x(), p.y()));
    }
    FrameDecoder decoder;
    const DecodeOutcome o = decoder.decodeFast(mapped.luma());
    QVERIFY2(decodesToPayload(o), qPrintable(QString::fromUtf8(o.text)));
    qInfo("fast pass %.2f ms", o.ms);
}

void TestFrameDecoder::mirroredCode()
{
    Spec spec;
    spec.mirror = true;
    const Scene sc = makeScene(1280, 720, spec);
    const QVideoFrame frame = toVideoFrame(sc, QVideoFrameFormat::Format_NV12);
    const MappedFrame mapped(frame);
    FrameDecoder decoder;
    QVERIFY(decodesToPayload(decoder.decodeFast(mapped.luma())));
}

void TestFrameDecoder::paddedStrideNv12_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("padding");
    QTest::newRow("1280x720 stride 1344") << QSize(1280, 720) << 64;
    QTest::newRow("1920x1080 stride 2048") << QSize(1920, 1080) << 128;
    QTest::newRow("1280x720 odd stride 1283") << QSize(1280, 720) << 3;
}

void TestFrameDecoder::paddedStrideNv12()
{
    QFETCH(QSize, size);
    QFETCH(int, padding);
    Spec spec;
    spec.cx = size.width() - spec.codePx - 1; // touching the right edge, next to the padding
    spec.cy = size.height() - spec.codePx - 1;
    const Scene sc = makeScene(size.width(), size.height(), spec);
    const PaddedNv12 buf(sc, padding);
    const LumaView view = buf.view();
    QVERIFY(view.isValid());
    QCOMPARE(view.bytesPerLine, size.width() + padding);
    FrameDecoder decoder;
    QVERIFY(decodesToPayload(decoder.decodeFast(view)));
    // The hard pass walks every pixel too (histogram, copies): still within the plane.
    QVERIFY(decoder.decodeHard(view).found);
    // Reading the same bytes as if tightly packed shears the image: the code is no longer there. This is the
    // "ignored the stride" bug, shown to be detectable by this test.
    LumaView wrong = view;
    wrong.bytesPerLine = size.width();
    QVERIFY(!decoder.decodeFast(wrong).found);
}

void TestFrameDecoder::hardPassRecovers_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("codePx");
    QTest::addColumn<bool>("corner");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");
    QTest::addColumn<double>("noise");
    QTest::addColumn<bool>("fastMustMiss");

    using F = QVideoFrameFormat;
    const QSize hd(1280, 720), fhd(1920, 1080);
    QTest::newRow("inverted (dark mode) 720p NV12")
        << hd << int(F::Format_NV12) << 320 << false << true << 0 << 255 << 0.0 << kFastMissesInverted;
    QTest::newRow("inverted (dark mode) 1080p YUYV")
        << fhd << int(F::Format_YUYV) << 360 << false << true << 0 << 255 << 4.0 << kFastMissesInverted;
    QTest::newRow("dark, low contrast 720p NV12")
        << hd << int(F::Format_NV12) << 320 << false << false << 6 << 22 << 1.0 << false;
    QTest::newRow("dim, low contrast 1080p NV12")
        << fhd << int(F::Format_NV12) << 360 << false << false << 40 << 58 << 1.0 << false;
    QTest::newRow("dark + inverted 1080p NV12")
        << fhd << int(F::Format_NV12) << 360 << false << true << 10 << 40 << 1.0 << false;
    QTest::newRow("small in a corner 1080p NV12")
        << fhd << int(F::Format_NV12) << 92 << true << false << 0 << 255 << 0.0 << false;
    QTest::newRow("small in a corner 720p YUV420P")
        << hd << int(F::Format_YUV420P) << 80 << true << false << 0 << 255 << 0.0 << false;
}

void TestFrameDecoder::hardPassRecovers()
{
    QFETCH(QSize, size);
    QFETCH(int, format);
    QFETCH(int, codePx);
    QFETCH(bool, corner);
    QFETCH(bool, invert);
    QFETCH(int, lo);
    QFETCH(int, hi);
    QFETCH(double, noise);
    QFETCH(bool, fastMustMiss);

    Spec spec;
    spec.codePx = codePx;
    if (corner) {
        spec.cx = 24;
        spec.cy = 24;
    }
    spec.invert = invert;
    spec.lo = lo;
    spec.hi = hi;
    spec.noiseSigma = noise;
    const Scene sc = makeScene(size.width(), size.height(), spec);
    const QVideoFrame frame = toVideoFrame(sc, QVideoFrameFormat::PixelFormat(format));
    const MappedFrame mapped(frame);
    QVERIFY(mapped.isValid());

    FrameDecoder decoder(5);
    const DecodeOutcome fast = decoder.decodeFast(mapped.luma());
    if (fastMustMiss)
        QVERIFY2(!fast.found, "the fast pass was expected to miss this frame");
    decoder.reset();
    DecodeOutcome last;
    const int n = framesUntilDecoded(decoder, mapped.luma(), decoder.hardPassAfterMisses(), &last);
    QVERIFY2(n > 0, "not recovered within one hard-pass cycle");
    QVERIFY(n <= decoder.hardPassAfterMisses());
    qInfo("fast pass %s (%.1f ms); decoded on frame %d by the %s pass (%.1f ms)", fast.found ? "read it" : "missed",
          fast.ms, n, last.pass == DecodeOutcome::Pass::Hard ? "hard" : "fast", last.ms);
    if (!fast.found)
        QCOMPARE(last.pass, DecodeOutcome::Pass::Hard);
}

void TestFrameDecoder::noCodeYieldsNothing()
{
    Spec spec;
    spec.noiseSigma = 6;
    const Scene sc = makeScene(1280, 720, spec, QString());
    const QVideoFrame frame = toVideoFrame(sc, QVideoFrameFormat::Format_NV12);
    const MappedFrame mapped(frame);
    QVERIFY(mapped.isValid());
    FrameDecoder decoder(5);
    int hardPasses = 0;
    for (int i = 0; i < 12; ++i) {
        const DecodeOutcome o = decoder.decode(mapped.luma());
        QVERIFY(!o.found);
        QVERIFY(o.text.isEmpty());
        hardPasses += o.hardPassRan ? 1 : 0;
    }
    QCOMPARE(hardPasses, 2); // frames 5 and 10: one hard pass per 5 misses, never on every frame
}

void TestFrameDecoder::invalidViews()
{
    FrameDecoder decoder(1);
    const uint8_t px[4] = {0, 0, 0, 0};
    QVERIFY(!decoder.decode(LumaView{}).found);
    QVERIFY(!decoder.decode(LumaView{nullptr, 10, 10, 10, 1}).found);
    QVERIFY(!decoder.decode(LumaView{px, 0, 1, 1, 1}).found);
    QVERIFY(!decoder.decode(LumaView{px, 2, 2, 1, 1}).found); // stride shorter than a row
    QVERIFY(!decoder.decodeHard(LumaView{px, 2, 2, 2, 1}).found);
    const MappedFrame none{QVideoFrame()};
    QVERIFY(!none.isValid());
    // A format without an in-place or direct conversion, in a process without QGuiApplication (a headless tool):
    // reported unusable instead of calling Qt 6.4's toImage(), which needs a GUI application.
    QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    const MappedFrame tenBit{QVideoFrame(QVideoFrameFormat(QSize(64, 64), QVideoFrameFormat::Format_YUV420P10))};
    QVERIFY(!tenBit.isValid());
}

void TestFrameDecoder::imageDecodeReport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto report = [](const QString &path) {
        const QByteArray line = decodeImageToJsonLine(path);
        if (line.contains('\n'))
            qFatal("a JSON line must not contain a newline");
        return QJsonDocument::fromJson(line).object();
    };

    // A photo-like image: small, dark-mode code in a large frame -> found by the hard pass.
    Spec spec;
    spec.invert = true;
    const Scene sc = makeScene(1280, 720, spec);
    QImage photo(sc.y.data(), sc.width, sc.height, sc.width, QImage::Format_Grayscale8);
    const QString photoPath = dir.filePath(QStringLiteral("dark mode.png"));
    QVERIFY(photo.save(photoPath));
    const DecodeOutcome pasted = decodeImage(photo); // the reception window's paste path
    QVERIFY(decodesToPayload(pasted));
    QCOMPARE(pasted.pass, DecodeOutcome::Pass::Hard);
    QJsonObject o = report(photoPath);
    QCOMPARE(o.value(QStringLiteral("file")).toString(), photoPath);
    QCOMPARE(o.value(QStringLiteral("decoded")).toString(), kPayload);
    QCOMPARE(o.value(QStringLiteral("canonical")).toString(), kPayload);
    QCOMPARE(o.value(QStringLiteral("order_hash")).toString(), QStringLiteral("0x") + kPayload.mid(4).toLower());
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("canonical"));
    QVERIFY(o.value(QStringLiteral("rejected")).isNull());
    QCOMPARE(o.value(QStringLiteral("pass")).toString(), QStringLiteral("hard"));
    QCOMPARE(o.value(QStringLiteral("width")).toInt(), 1280);
    QCOMPARE(o.value(QStringLiteral("height")).toInt(), 720);
    QVERIFY(o.value(QStringLiteral("decode_ms")).toDouble() > 0);
    QVERIFY(o.value(QStringLiteral("error")).isNull());

    // A QR code that is not an order code: decoded, but rejected with the reason.
    const QString otherPath = dir.filePath(QStringLiteral("wifi.png"));
    QVERIFY(renderQr(QStringLiteral("WIFI:S:desk;T:WPA;P:secret;;"), 6, 4).save(otherPath));
    o = report(otherPath);
    QCOMPARE(o.value(QStringLiteral("decoded")).toString(), QStringLiteral("WIFI:S:desk;T:WPA;P:secret;;"));
    QVERIFY(o.value(QStringLiteral("order_hash")).isNull());
    QVERIFY(o.value(QStringLiteral("canonical")).isNull());
    QCOMPARE(o.value(QStringLiteral("rejected")).toString(), QStringLiteral("scan.payload.unsupported_scheme"));
    QVERIFY(!o.value(QStringLiteral("reason")).toString().isEmpty());

    // No code at all, and not an image at all.
    const QString blankPath = dir.filePath(QStringLiteral("blank.png"));
    QImage blank(320, 240, QImage::Format_Grayscale8);
    blank.fill(200);
    QVERIFY(blank.save(blankPath));
    o = report(blankPath);
    QVERIFY(o.contains(QStringLiteral("decoded")) && o.value(QStringLiteral("decoded")).isNull());
    QVERIFY(o.value(QStringLiteral("error")).isNull());
    const QString junkPath = dir.filePath(QStringLiteral("junk.png"));
    QFile junk(junkPath);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a png");
    junk.close();
    o = report(junkPath);
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("image.unreadable"));
    QVERIFY(o.value(QStringLiteral("decoded")).isNull());
    o = report(dir.filePath(QStringLiteral("missing.png")));
    QCOMPARE(o.value(QStringLiteral("error")).toString(), QStringLiteral("image.unreadable"));
}

QTEST_GUILESS_MAIN(TestFrameDecoder)
#include "tst_frame_decoder.moc"
