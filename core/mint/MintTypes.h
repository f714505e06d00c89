#pragma once
// Plain values the mint service hands to the UI: one deposit's mint state (its attempts, its Safe proposal, what
// the listener saw) and the outcomes of the chain checks. Value types, any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/U256.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace vd::mint {

/// One row of vd.mint_transactions: one hash of one attempt (a speed-up adds a row with the same nonce).
struct MintAttempt
{
    qint64 id = 0;
    QString path;   // direct | safe
    QString status; // signed | sent | confirmed | failed | replaced
    qint64 chainId = 0;
    QByteArray txHash; // 32 bytes, empty while only signed
    QByteArray sender; // 20 bytes (direct)
    quint64 nonce = 0;
    bool hasNonce = false;
    qint64 block = -1;
    QString error;
    QDateTime createdAt;
};

/// The deposit's latest mint proposal to the Safe.
struct MintProposal
{
    qint64 id = 0;
    QString status; // pending | executed | failed | abandoned
    chain::Address safe;
    quint64 safeNonce = 0;
    chain::Hash32 safeTxHash{};
    QByteArray executionTx; // set by the listener (ExecutionSuccess seen) or by record_safe_mint
    qint64 executionBlock = -1;
    QDateTime createdAt;
    QString createdBy;
};

struct MintDeposit
{
    qint64 id = 0;
    QString reference;
    QString customerName;
    chain::Address wallet;
    chain::U256 amount; // token base units
    QString fiatAmount; // "120.00 EUR"
    QString status;
    QString failureReason;
    QDateTime mintedAt;
    QList<MintAttempt> attempts; // newest first
    std::optional<MintProposal> proposal;
    bool mintingPaused = false;
    chain::U256 safeThreshold; // 0: always direct
    chain::U256 lowGasWei;     // app setting minter_low_gas_wei (0: not set)
    bool isAdmin = false;      // the signed-in login may record Safe executions

    /// The direct attempt still open (signed or sent), newest first; nullopt when none.
    std::optional<MintAttempt> openAttempt() const;
    /// Every recorded hash of the newest direct nonce, and that nonce / sender (for checkLanded).
    QList<chain::Hash32> hashesOfLatestNonce() const;
    std::optional<MintAttempt> latestDirect() const;
};

/// What the Safe verification saw, for the UI and the audit.
struct SafeCheck
{
    chain::Hash32 executionTx{};
    quint64 block = 0;
    quint64 confirmations = 0;
    quint64 required = 0;
};

/// Translated sentence for a "mint.*" / "safe.*" code (the verifier's and the database's refusals).
QString describe(const QString &code);

} // namespace vd::mint

Q_DECLARE_METATYPE(vd::mint::MintDeposit)
Q_DECLARE_METATYPE(vd::mint::SafeCheck)
