// Chain listener figures against a private anvil and the harness's Postgres:
//  1. backfill throughput: >= 100,000 Transfer events of the token (a helper contract sprays transfers; generation
//     is outside the measured time) ingested into Postgres, events/s, against the ceiling measured in the same run:
//     the raw eth_getLogs download (and strict parse) of the same blocks in the same chunk size;
//  2. live latency: a redemption mined (0 confirmations configured, polling) -> its order row changed (the
//     vd_orders notification arriving), p50/p95 over 100 redemptions.
// Prints a table. Usage: bench_listener [EVENTS] [POLL_MS] [LOGS_PER_BATCH]
// LOGS_PER_BATCH (default 5000, a multiple of 5000) is the listener's targetLogsPerBatch and, for a like-for-like
// ceiling, the raw download's logs per call.
#include "BenchReport.h"
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/HttpRpcTransport.h"
#include "chain/rpc/RpcClient.h"
#include "db/Database.h"
#include "listener/ListenerService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace vd;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

const char *kSpraySource = R"(// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;
interface IT { function transfer(address to, uint256 amount) external returns (bool); }
contract Spray {
    function spray(address t, uint256 n) external {
        for (uint256 i = 0; i < n; ++i) IT(t).transfer(address(uint160(0x1000 + (i & 15))), 1);
    }
}
)";

QString compileSpray()
{
    const QString js = QStringLiteral(
        "const solc=require(process.argv[1]+'/tests/chain/node_modules/solc');"
        "const src=require('fs').readFileSync(0,'utf8');"
        "const o=JSON.parse(solc.compile(JSON.stringify({language:'Solidity',sources:{'S.sol':{content:src}},"
        "settings:{optimizer:{enabled:true,runs:200},outputSelection:{'*':{'*':['evm.bytecode.object']}}}})));"
        "if(o.errors&&o.errors.some(e=>e.severity==='error')){console.error(JSON.stringify(o.errors));process.exit(1)}"
        "console.log('0x'+o.contracts['S.sol'].Spray.evm.bytecode.object);");
    QProcess p;
    p.start(test::Harness::instance().value(QStringLiteral("tools/node")),
            {QStringLiteral("-e"), js, qEnvironmentVariable("VD_SOURCE_DIR")});
    p.waitForStarted();
    p.write(kSpraySource);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (p.exitCode() != 0)
        qFatal("solc: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<qsizetype>(
        std::min<double>(static_cast<double>(v.size() - 1), p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

QString randomHash()
{
    QByteArray b(32, '\0');
    for (auto &c : b)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(b.toHex());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const int pollMs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100;
    const int perTx = 5000;
    const int perBatch = argc > 3 ? std::max(perTx, QString::fromLocal8Bit(argv[3]).toInt() / perTx * perTx) : 5000;
    const int blocksPerCall = perBatch / perTx;
    if (!test::Harness::instance().ok())
        qFatal("%s", qPrintable(test::Harness::instance().error()));
    QLoggingCategory::setFilterRules(
        QStringLiteral("vd.listener.info=false\nvd.chain.rpc.info=false\nvd.chain.rpc.debug=false"));

    // --- generation (not measured) ---------------------------------------------------------------------------
    test::LocalChain chain({QStringLiteral("--gas-limit"), QStringLiteral("3000000000")});
    if (!chain.ok())
        qFatal("%s", qPrintable(chain.error()));
    QElapsedTimer gen;
    gen.start();
    const QString bytecode = compileSpray();
    QString err;
    const QString deployed = test::Harness::instance().runCast(
        {QStringLiteral("send"), QStringLiteral("--rpc-url"), chain.rpcUrl(), QStringLiteral("--private-key"),
         chain.adminKey(), QStringLiteral("--json"), QStringLiteral("--create"), bytecode},
        &err);
    const QString spray =
        QJsonDocument::fromJson(deployed.toUtf8()).object().value(QStringLiteral("contractAddress")).toString();
    if (spray.isEmpty()) {
        out() << "deploy spray: " << err << '\n';
        return 2;
    }
    chain.cast({QStringLiteral("send"), chain.token(), QStringLiteral("mint(address,uint256)"), spray,
                QStringLiteral("1000000000000000000000000"), QStringLiteral("--private-key"), chain.minterKey()},
               &err);
    const qint64 firstBlock = chain.blockNumber() + 1;
    for (int sent = 0; sent < events; sent += perTx) {
        chain.cast({QStringLiteral("send"), spray, QStringLiteral("spray(address,uint256)"), chain.token(),
                    QString::number(std::min(perTx, events - sent)), QStringLiteral("--private-key"), chain.adminKey(),
                    QStringLiteral("--gas-limit"), QStringLiteral("2000000000")},
                   &err);
        if (!err.isEmpty())
            qFatal("spray: %s", qPrintable(err));
    }
    const qint64 lastBlock = chain.blockNumber();
    chain.mine(
        50); // history is mostly finalized: the backfill runs below the finality depth, as it would on a real chain
    out() << "generated " << events << " transfers in blocks " << firstBlock << ".." << lastBlock << " in "
          << gen.elapsed() << " ms (not measured)\n"
          << Qt::flush;

    // --- ceiling: raw eth_getLogs of the same blocks, as many logs per call as a listener batch, parsed ------------
    chain::HttpRpcTransport transport;
    chain::RpcClient client(&transport, QUrl(chain.rpcUrl()));
    chain::ContractReader reader(&client);
    const auto token = chain::Address::fromString(chain.token()).value();
    qint64 rawLogs = 0;
    QElapsedTimer rawTimer;
    rawTimer.start();
    for (qint64 b = chain.deployBlock(); b <= lastBlock; b += blocksPerCall) {
        chain::LogFilter f;
        f.addresses << token;
        f.fromBlock = chain::BlockId::number(static_cast<quint64>(b));
        f.toBlock = chain::BlockId::number(static_cast<quint64>(std::min(lastBlock, b + blocksPerCall - 1)));
        QEventLoop loop;
        reader.logs(f, &loop, [&](const chain::RpcResult<QList<chain::LogEntry>> &r) {
            if (!r.ok())
                qFatal("getLogs: %s", qPrintable(r.rpcError().message()));
            rawLogs += r.value().size();
            loop.quit();
        });
        loop.exec();
    }
    const double rawMs = static_cast<double>(rawTimer.nsecsElapsed()) / 1e6;

    // --- listener backfill ------------------------------------------------------------------------------------
    test::TestDatabase db(QStringLiteral("bench_listener"));
    if (!db.ok())
        qFatal("%s", qPrintable(db.error()));
    const db::DbConfig login = db.createLogin(QStringLiteral("vd_listener"));
    listener::ListenerConfig cfg;
    cfg.database = login;
    cfg.chainId = test::Harness::instance().chainId();
    cfg.rpcUrls = {chain.rpcUrl()};
    cfg.token = chain.token();
    cfg.confirmations = 0;
    cfg.startBlock = chain.deployBlock();
    cfg.useFinalizedTag = false;
    cfg.finalityDepth = 12;
    cfg.pollIntervalMs = pollMs;
    cfg.initialRange = 1;
    cfg.targetLogsPerBatch = perBatch;
    listener::ListenerService service(cfg);
    QElapsedTimer lt;
    QEventLoop done;
    qint64 ingestedAtEnd = 0;
    QObject::connect(&service, &listener::ListenerService::batchCommitted, &done, [&](qint64 last, int) {
        if (last >= lastBlock && ingestedAtEnd == 0) {
            ingestedAtEnd = lt.elapsed();
            done.quit();
        }
    });
    lt.start();
    service.start();
    QTimer::singleShot(600000, &done, &QEventLoop::quit);
    done.exec();
    const double listenerMs = static_cast<double>(ingestedAtEnd);
    const qint64 stored = db.psql(QStringLiteral("SELECT count(*) FROM vd.chain_logs")).trimmed().toLongLong();

    // --- live latency: 100 redemptions, 0 confirmations, polling ------------------------------------------------
    const int n = 100;
    QStringList hashes;
    QString inserts;
    for (int i = 0; i < n; ++i) {
        hashes << randomHash();
        inserts +=
            QStringLiteral("SELECT vd.create_order(decode('%1', 'hex'), 1, 'bench', NULL, NULL, NULL, 'backoffice');")
                .arg(hashes.last());
    }
    db.psql(inserts);
    auto conn = db::connection(db.superConfig(), QStringLiteral("bench-listen"));
    if (!conn.ok())
        qFatal("%s", qPrintable(conn.error().message));
    QSqlDatabase ldb = conn.value();
    QHash<QString, qint64> seenAt;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(ldb.driver(), &QSqlDriver::notification, &app,
                     [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                         const auto o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                         const QString h = o.value(QStringLiteral("hash")).toString();
                         if (o.value(QStringLiteral("status")).toString() == QLatin1String("VALID") &&
                             !seenAt.contains(h))
                             seenAt.insert(h, clock.nsecsElapsed());
                     });
    ldb.driver()->subscribeToNotification(QStringLiteral("vd_orders"));
    QList<double> latencies;
    const QString key = chain.customerKeys().value(0);
    for (int i = 0; i < n; ++i) {
        // Wait a random part of a polling interval so the redemptions do not line up with the polls.
        QEventLoop pause;
        QTimer::singleShot(QRandomGenerator::global()->bounded(pollMs + 1) + 20, &pause, &QEventLoop::quit);
        pause.exec();
        // `cast send --async` returns once the node accepted the transaction; with automine it is mined by then.
        chain.cast({QStringLiteral("send"), QStringLiteral("--async"), chain.token(),
                    QStringLiteral("redeem(bytes32,uint256)"), QStringLiteral("0x") + hashes[i], QStringLiteral("1"),
                    QStringLiteral("--private-key"), key},
                   &err);
        const qint64 mined = clock.nsecsElapsed();
        QElapsedTimer wait;
        wait.start();
        while (!seenAt.contains(hashes[i]) && wait.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (seenAt.contains(hashes[i]))
            latencies << static_cast<double>(seenAt.value(hashes[i]) - mined) / 1e6;
    }
    ldb = QSqlDatabase();
    db::closeConnection(QStringLiteral("bench-listen"));
    const auto health = service.health();
    service.stop();

    const double rawRate = static_cast<double>(rawLogs) / (rawMs / 1000.0);
    const double lRate = static_cast<double>(stored) / (listenerMs / 1000.0);
    out() << "\n| measure | value |\n|---|---|\n";
    out() << "| events in range (anvil) | " << rawLogs << " |\n";
    out() << "| events stored by the listener | " << stored << " |\n";
    out() << "| raw eth_getLogs + parse, " << blocksPerCall << " block(s) (~" << perBatch << " logs) per call | "
          << QString::number(rawMs, 'f', 0)
          << " ms = " << QString::number(rawRate, 'f', 0) << " events/s |\n";
    out() << "| listener backfill into Postgres | " << QString::number(listenerMs, 'f', 0)
          << " ms = " << QString::number(lRate, 'f', 0) << " events/s |\n";
    out() << "| listener / ceiling | " << QString::number(100.0 * lRate / rawRate, 'f', 1) << " % |\n";
    out() << "| batches | " << health.batches << " (final range " << health.rangeSize << " blocks) |\n";
    out() << "| live latency, 0 confirmations, poll " << pollMs << " ms, n=" << latencies.size() << " | p50 "
          << QString::number(percentile(latencies, 0.5), 'f', 1) << " ms, p95 "
          << QString::number(percentile(latencies, 0.95), 'f', 1) << " ms, max "
          << QString::number(percentile(latencies, 1.0), 'f', 1) << " ms |\n"
          << Qt::flush;
    vd::bench::report("listener backfill into Postgres (events/s; vs raw eth_getLogs)", lRate, "ev/s", rawRate,
                      ">= 0.5x raw", stored >= events && lRate >= 0.5 * rawRate);
    const double p95 = percentile(latencies, 0.95);
    const QByteArray aim = QStringLiteral("p95 < %1 ms (poll + 100)").arg(pollMs + 100).toLatin1();
    vd::bench::report("listener live latency, mined -> order VALID (p95, 0 conf.)", p95, "ms", std::nullopt,
                      aim.constData(), latencies.size() == n && p95 < pollMs + 100);
    return stored >= events && latencies.size() == n ? 0 : 1;
}
