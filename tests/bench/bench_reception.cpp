// Reception desk timings against the harness's local Postgres (and anvil for the re-check), through the real page:
//  - scan-to-verdict: an NV12 1280x720 camera frame handed to the page's QVideoSink -> verdict on the card
//  - deliver: Deliver pressed -> DELIVERED on the card, without the on-chain re-check, with it (anvil answering),
//    and with an RPC endpoint that refuses connections (falls back to "not_rechecked")
// Prints p50/p95/max per row. Reads the harness through VD_HARNESS_ENV (./run bench starts the services).
#include "BenchReport.h"
#include "Harness.h"
#include "QrFrames.h"
#include "ReceptionPage.h"
#include "TestDatabase.h"
#include "orders/DeskService.h"
#include "orders/RedemptionChecker.h"
#include "reception/VerdictCard.h"
#include "scan/PayloadParser.h"
#include "scan/QrRenderer.h"
#include "scan/ScanPipeline.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <libpq-fe.h>
#include <vector>

using namespace vd;
using orders::Verdict;
using orders::VerdictKind;

namespace {

QByteArray randomHash()
{
    QByteArray h(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(h.data()), 8);
    return h;
}

QString bytea(const QByteArray &h)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(h.toHex()));
}

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
    int n = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.n = int(v.size());
    s.p50 = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    s.max = v.back();
    return s;
}

// Runs the event loop until the page shows a verdict of `kind` (or times out); returns ms or -1.
double waitFor(ui::ReceptionPage &page, VerdictKind kind, const QElapsedTimer &since, int timeoutMs = 5000,
               const std::function<void()> &tick = {})
{
    QEventLoop loop;
    double ms = -1;
    const QMetaObject::Connection c =
        QObject::connect(&page, &ui::ReceptionPage::verdictShown, &loop, [&](const Verdict &v) {
            if (v.kind == kind) {
                ms = double(since.nsecsElapsed()) / 1e6;
                loop.quit();
            }
        });
    QTimer timeout;
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    QTimer ticker;
    if (tick) {
        QObject::connect(&ticker, &QTimer::timeout, &loop, tick);
        ticker.start(33); // a 30 fps camera keeps offering frames
    }
    loop.exec();
    QObject::disconnect(c);
    return ms;
}

// The baseline for "deliver": one plain UPDATE of the order row through libpq (autocommit, parameterised), i.e. the
// database round trip and commit a delivery cannot avoid.
std::vector<double> plainUpdates(const db::DbConfig &c, const std::vector<QByteArray> &hashes)
{
    std::vector<double> out;
    const QByteArray info = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5 sslmode=disable")
                                .arg(c.host)
                                .arg(c.port)
                                .arg(c.database, c.user, c.password)
                                .toUtf8();
    PGconn *conn = PQconnectdb(info.constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "bench_reception: libpq: %s\n", PQerrorMessage(conn));
        PQfinish(conn);
        return out;
    }
    for (const QByteArray &h : hashes) {
        const char *values[1] = {h.constData()};
        const int lengths[1] = {static_cast<int>(h.size())};
        const int formats[1] = {1};
        QElapsedTimer t;
        t.start();
        PGresult *r = PQexecParams(conn, "UPDATE vd.orders SET updated_at = now() WHERE order_hash = $1", 1, nullptr,
                                   values, lengths, formats, 0);
        if (PQresultStatus(r) == PGRES_COMMAND_OK)
            out.push_back(double(t.nsecsElapsed()) / 1e6);
        PQclear(r);
    }
    PQfinish(conn);
    return out;
}

void row(const char *label, const Stats &s, const char *aim)
{
    std::printf("%-44s %4d  %8.2f  %8.2f  %8.2f   %s\n", label, s.n, s.p50, s.p95, s.max, aim);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Harness &h = test::Harness::instance();
    if (!h.ok()) {
        std::fprintf(stderr, "bench_reception: %s\n", qPrintable(h.error()));
        return 1;
    }
    test::TestDatabase db(QStringLiteral("bench_rcp"));
    if (!db.ok()) {
        std::fprintf(stderr, "bench_reception: %s\n", qPrintable(db.error()));
        return 1;
    }
    QTemporaryDir dir;
    orders::DeskSettings ds;
    ds.database = db.createLogin(QStringLiteral("vd_reception"), QStringLiteral("bench"));
    ds.deskName = QStringLiteral("Bench desk");
    ds.requiredConfirmations = 3;
    orders::DeskService desk(ds);
    desk.start();

    auto makePage = [&](orders::RedemptionChecker *checker) {
        ui::ReceptionPage::Deps deps;
        deps.desk = &desk;
        deps.checker = checker;
        deps.settingsFile = dir.filePath(QStringLiteral("bench.ini"));
        deps.startCamera = false;
        deps.installWedge = false;
        auto page = std::make_unique<ui::ReceptionPage>(deps, QStringLiteral("Bench desk"));
        ui::ReceptionPrefs prefs;
        prefs.muted = true;
        page->setPrefs(prefs);
        page->resize(1366, 820);
        page->show();
        return page;
    };
    auto waitOnline = [&](ui::ReceptionPage &page) {
        QElapsedTimer t;
        t.start();
        while (!page.isOnline() && t.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return page.isOnline();
    };

    // --- scan to verdict -----------------------------------------------------------------------------------------
    const int scans = argc > 1 ? std::max(10, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    std::vector<QByteArray> hashes;
    QStringList values;
    for (int i = 0; i < scans; ++i) {
        hashes.push_back(randomHash());
        values << QStringLiteral("(%1, 1000, 'Bench item %2', '%3', 3)")
                      .arg(bytea(hashes.back()))
                      .arg(i)
                      .arg(i % 2 ? QStringLiteral("VALID") : QStringLiteral("CREATED"));
    }
    db.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations) VALUES ") +
            values.join(u','));
    std::vector<QVideoFrame> frames;
    for (const QByteArray &hh : hashes)
        frames.push_back(test::nv12QrFrame(scan::PayloadParser::canonicalPayload(hh)));

    auto page = makePage(nullptr);
    if (!waitOnline(*page)) {
        std::fprintf(stderr, "bench_reception: the database did not come online\n");
        return 1;
    }
    std::vector<double> scanMs;
    int dropped = 0;
    for (int i = 0; i < scans; ++i) {
        while (page->pipeline()->isDecoderBusy())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QElapsedTimer t;
        t.start();
        const QVideoFrame &frame = frames[size_t(i)];
        page->videoSink()->setVideoFrame(frame);
        const double ms = waitFor(*page, i % 2 ? VerdictKind::Valid : VerdictKind::NotPaid, t, 5000,
                                  [&]() { page->videoSink()->setVideoFrame(frame); });
        if (ms < 0)
            ++dropped;
        else
            scanMs.push_back(ms);
    }

    // --- deliver -------------------------------------------------------------------------------------------------
    auto deliverRun = [&](ui::ReceptionPage &p, const std::vector<QByteArray> &valid) {
        std::vector<double> out;
        for (const QByteArray &hh : valid) {
            QElapsedTimer t0;
            t0.start();
            p.pipeline()->submitText(scan::PayloadParser::canonicalPayload(hh), scan::ScanSource::Typed);
            if (waitFor(p, VerdictKind::Valid, t0) < 0)
                continue;
            QElapsedTimer t;
            t.start();
            p.deliver();
            const double ms = waitFor(p, VerdictKind::Delivered, t);
            if (ms >= 0)
                out.push_back(ms);
        }
        return out;
    };
    auto freshValid = [&](int n, const QString &amount = QStringLiteral("1000")) {
        std::vector<QByteArray> v;
        QStringList rows;
        for (int i = 0; i < n; ++i) {
            v.push_back(randomHash());
            rows << QStringLiteral("(%1, %2, 'Deliver item', 'VALID', 3)").arg(bytea(v.back()), amount);
        }
        db.psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations) VALUES ") +
                rows.join(u','));
        return v;
    };
    const std::vector<double> deliverPlain = deliverRun(*page, freshValid(100));
    const std::vector<double> baselineUpdate = plainUpdates(db.superConfig(), freshValid(100));

    // With the re-check against anvil: each order really redeemed on chain.
    const int chained = 30;
    std::vector<QByteArray> redeemed = freshValid(chained, QStringLiteral("1"));
    QString error;
    const QString customerKey = h.customerKeys().value(2);
    const QString customer =
        h.runCast({QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"), customerKey});
    const QStringList rpc = {QStringLiteral("--rpc-url"), h.rpcUrl()};
    h.runCast(QStringList{QStringLiteral("send"), QStringLiteral("--private-key"), h.minterKey(), h.token(),
                          QStringLiteral("mint(address,uint256)"), customer, QStringLiteral("1000")} +
                  rpc,
              &error);
    for (const QByteArray &hh : redeemed) {
        const QString out =
            h.runCast(QStringList{QStringLiteral("send"), QStringLiteral("--json"), QStringLiteral("--private-key"),
                                  customerKey, h.token(), QStringLiteral("redeem(bytes32,uint256)"),
                                  QStringLiteral("0x") + QString::fromLatin1(hh.toHex()), QStringLiteral("1")} +
                          rpc,
                      &error);
        // What the listener would record: the desk's re-check then asks for this exact transaction.
        const QString tx =
            QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("transactionHash")).toString();
        if (tx.size() == 66)
            db.psql(QStringLiteral("UPDATE vd.orders SET redeem_tx = '\\x%1'::bytea WHERE order_hash = %2")
                        .arg(tx.mid(2), bytea(hh)));
    }
    orders::RecheckSettings rs;
    rs.rpcUrls = {h.rpcUrl()};
    rs.token = h.token();
    rs.fromBlock = h.deployBlock();
    rs.chainId = h.chainId();
    orders::RedemptionChecker checker(rs);
    page.reset();
    page = makePage(&checker);
    waitOnline(*page);
    const std::vector<double> deliverChecked = deliverRun(*page, redeemed);
    const int confirmed =
        db.psql(QStringLiteral("SELECT count(*) FROM vd.deliveries WHERE chain_recheck = 'confirmed'")).toInt();

    orders::RecheckSettings dead = rs;
    dead.rpcUrls = {QStringLiteral("http://127.0.0.1:1")};
    orders::RedemptionChecker deadChecker(dead);
    page.reset();
    page = makePage(&deadChecker);
    waitOnline(*page);
    const std::vector<double> deliverDead = deliverRun(*page, freshValid(30));
    page.reset();

    std::printf("bench_reception: local Postgres, offscreen, real ReceptionPage; times in ms\n");
    std::printf("%-44s %4s  %8s  %8s  %8s   %s\n", "", "n", "p50", "p95", "max", "aim");
    row("scan-to-verdict (NV12 1280x720 via QVideoSink)", stats(scanMs), "p95 < 100 ms");
    row("deliver -> DELIVERED, no re-check", stats(deliverPlain), "");
    row("deliver -> DELIVERED, re-check on anvil", stats(deliverChecked), "");
    row("deliver -> DELIVERED, RPC refused", stats(deliverDead), "");
    row("baseline: plain UPDATE of the order (libpq)", stats(baselineUpdate), "");
    std::printf("scans that never reached a verdict: %d; re-checks confirmed on chain: %d of %d\n", dropped, confirmed,
                chained);
    const Stats scan = stats(scanMs), plain = stats(deliverPlain), checked = stats(deliverChecked),
                base = stats(baselineUpdate);
    vd::bench::report("scan-to-verdict, NV12 1280x720 (p95)", scan.p95, "ms", std::nullopt, "p95 < 100 ms",
                      scan.p95 < 100 && dropped == 0);
    vd::bench::report("deliver -> DELIVERED shown, no re-check (p95; vs plain UPDATE)", plain.p95, "ms", base.p95, "",
                      std::nullopt);
    vd::bench::report("deliver -> DELIVERED shown, re-check on anvil (p95; vs plain UPDATE)", checked.p95, "ms",
                      base.p95, "", std::nullopt);
    return dropped == 0 ? 0 : 1;
}
