// Resident memory with the camera path running: the real ReceptionPage with its DeskService (own thread and database
// connection on the harness's Postgres) fed 1280x720 NV12 frames through its QVideoSink at camera rate (30 fps) for
// N seconds -- a third of them carry a QR code of an order (looked up, verdict shown), the rest are an empty scene.
// Reads VmRSS and VmHWM (peak) from /proc/self/status. Baseline in the same run: VmRSS of this process with the page
// shown and online, before the first frame. Aim: peak < 200 MB.   Usage: bench_memory [SECONDS=20]
#include "BenchReport.h"
#include "Harness.h"
#include "QrFrames.h"
#include "ReceptionPage.h"
#include "TestDatabase.h"
#include "orders/DeskService.h"
#include "scan/PayloadParser.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <cstdio>
#include <vector>

using namespace vd;

namespace {

// kB of a /proc/self/status field ("VmRSS", "VmHWM").
double statusMb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// An empty scene: NV12 with a soft gradient and some noise, no code.
QVideoFrame emptyScene(int seed)
{
    QVideoFrame f(QVideoFrameFormat(QSize(1280, 720), QVideoFrameFormat::Format_NV12));
    if (!f.map(QVideoFrame::WriteOnly))
        return {};
    QRandomGenerator rng(static_cast<quint32>(seed));
    for (int y = 0; y < 720; ++y) {
        uchar *line = f.bits(0) + qsizetype(y) * f.bytesPerLine(0);
        for (int x = 0; x < 1280; ++x)
            line[x] = uchar(60 + (x + y + seed) % 120 + rng.bounded(8));
    }
    std::fill_n(f.bits(1), f.mappedBytes(1), uchar(128));
    f.unmap();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(2, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    const test::Harness &h = test::Harness::instance();
    if (!h.ok()) {
        std::fprintf(stderr, "bench_memory: %s\n", qPrintable(h.error()));
        return 1;
    }
    test::TestDatabase db(QStringLiteral("bench_mem"));
    if (!db.ok()) {
        std::fprintf(stderr, "bench_memory: %s\n", qPrintable(db.error()));
        return 1;
    }
    // Orders the codes refer to.
    std::vector<QByteArray> hashes;
    QStringList rows;
    for (int i = 0; i < 10; ++i) {
        QByteArray hh(32, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(hh.data()), 8);
        hashes.push_back(hh);
        rows << QStringLiteral("('\\x%1', 1000, 'Memory item %2', 'VALID', 3)")
                    .arg(QString::fromLatin1(hh.toHex()))
                    .arg(i);
    }
    db.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations) VALUES ") +
            rows.join(u','));

    QTemporaryDir dir;
    orders::DeskSettings ds;
    ds.database = db.createLogin(QStringLiteral("vd_reception"), QStringLiteral("mem"));
    ds.deskName = QStringLiteral("Memory desk");
    ds.requiredConfirmations = 3;
    orders::DeskService desk(ds);
    desk.start();
    ui::ReceptionPage::Deps deps;
    deps.desk = &desk;
    deps.settingsFile = dir.filePath(QStringLiteral("bench.ini"));
    deps.startCamera = false;
    deps.installWedge = false;
    ui::ReceptionPage page(deps, QStringLiteral("Memory desk"));
    ui::ReceptionPrefs prefs;
    prefs.muted = true;
    page.setPrefs(prefs);
    page.resize(1366, 820);
    page.show();
    QElapsedTimer t;
    t.start();
    while (!page.isOnline() && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!page.isOnline()) {
        std::fprintf(stderr, "bench_memory: the database did not come online\n");
        return 1;
    }
    // 9 distinct frames, about what a camera's buffer pool cycles through: every third one with a code.
    constexpr int pool = 9;
    std::vector<QVideoFrame> frames;
    for (int i = 0; i < pool; ++i)
        frames.push_back(i % 3 == 0 ? test::nv12QrFrame(scan::PayloadParser::canonicalPayload(hashes[size_t(i / 3)]))
                                    : emptyScene(i));
    const double baseline = statusMb("VmRSS");
    int verdicts = 0;
    QObject::connect(&page, &ui::ReceptionPage::verdictShown, &app, [&]() { ++verdicts; });
    int fed = 0;
    QTimer camera;
    // Each distinct QVideoFrame keeps the RGB image the preview converted it to, so a pool of camera-like size, not
    // a long list of pre-rendered frames, is what a camera costs.
    QObject::connect(&camera, &QTimer::timeout, &page,
                     [&]() { page.videoSink()->setVideoFrame(frames[size_t(fed++ % pool)]); });
    camera.start(33);
    double peakRss = 0;
    std::vector<double> trend; // VmRSS every second: growth would be a leak on the camera path
    int ticks = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&]() {
        const double rss = statusMb("VmRSS");
        peakRss = std::max(peakRss, rss);
        if (++ticks % 4 == 0)
            trend.push_back(rss);
    });
    sampler.start(250);
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    camera.stop();
    const double rss = statusMb("VmRSS"), hwm = statusMb("VmHWM");
    std::printf("bench_memory: %d s at 30 fps, %d frames fed, %d verdicts shown\n", seconds, fed, verdicts);
    std::printf("%-44s %8.1f MB\n", "VmRSS before the first frame (baseline)", baseline);
    std::printf("%-44s %8.1f MB\n", "VmRSS peak while scanning (sampled 4/s)", peakRss);
    std::printf("%-44s %8.1f MB\n", "VmRSS at the end", rss);
    std::printf("%-44s %8.1f MB\n", "VmHWM (kernel's peak RSS)", hwm);
    std::printf("VmRSS each second (MB):");
    for (const double v : trend)
        std::printf(" %.0f", v);
    std::printf("\n");
    vd::bench::report("resident memory, camera path at 30 fps (VmHWM; vs before the first frame)", hwm, "MB",
                      baseline, "< 200 MB", hwm < 200 && verdicts > 0);
    return verdicts > 0 ? 0 : 1;
}
