#pragma once
// What one chain listener follows and how: chain, contracts, endpoints, depth and finality, range sizes, timings,
// and the database login it writes with. Built from the app's settings; tests set the fields directly.
// Value type, any thread.
#include "config/AppConfig.h"
#include "db/DbConfig.h"

#include <QString>
#include <QStringList>

namespace vd::listener {

struct ListenerConfig
{
    db::DbConfig database;
    qint64 chainId = 0;
    QStringList rpcUrls;    // priority order; may contain API keys: never logged unredacted
    QString token;          // the contract followed (0x address)
    QString safe;           // optional Safe whose ExecutionSuccess/Failure resolve proposals
    QString tokenCodeHash;  // pinned keccak of the runtime code (empty: pinned on first use in contract_state)
    int confirmations = 15; // depth at which a redemption makes an order VALID (0: at once)
    qint64 startBlock = 0;
    bool useFinalizedTag = true; // else finality = head - finalityDepth
    int finalityDepth = 64;      // also the fallback when the endpoint has no "finalized" block
    int pollIntervalMs = 1000;   // live mode
    int initialRange = 500;      // blocks per eth_getLogs at start
    int maxRange = 10000;
    int targetLogsPerBatch = 5000; // the range adapts so a batch carries about this many logs
    int recheckBlocks = 4;         // live mode re-reads this many already-processed blocks (nodes that answer [] early)
    int electionRetryMs = 2000;
    int healthIntervalMs = 2000;
    int lagThresholdBlocks = 50; // /health turns non-200 beyond this
    QString leaderName;          // shown in listener_health; default host:pid

    static ListenerConfig fromSettings(const config::AppSettings &settings);
};

} // namespace vd::listener
