#pragma once
// Deposits become tokens (ARCHITECTURE.md section 3), after mint_pending / mint_requires_safe:
// - direct mint (below the Safe threshold): prepareMint() builds mint(to, amount) for the minter (SigningService:
//   chain id, pinned code hash, MINTER_ROLE, simulation) and hands the summary back; after the person confirms,
//   confirmMint() records the attempt (sender + nonce) BEFORE the signature (begin_direct_mint), signs and sends
//   through SigningService, records every hash and the receipt's outcome (minted, or mint_failed with the decoded
//   reason);
// - retry() never double-mints: checkLanded() over every recorded hash of the nonce (and, for a hash lost between
//   send and record, the listener's unclaimed mint of that amount to that wallet sent with that nonce) decides:
//   mined -> minted; pending -> speed up; nonce used by something else -> refused; dropped -> sent again with the
//   same nonce;
// - Safe (at or above the threshold): exportProposal() writes the Transaction Builder JSON and records the proposal;
//   recordSafeExecution() verifies the execution tx by the full rule (SafeMintVerifier) before minted.
// Thread: a facade on the GUI thread. Database work on its own thread (MintWorker), chain reads on another
// (MintChainWorker), signatures through the SigningService given (not owned). Answers are queued signals.
#include "chain/Receipt.h"
#include "chain/U256.h"
#include "common/Result.h"
#include "config/AppConfig.h"
#include "db/DbConfig.h"
#include "mint/MintTypes.h"
#include "signing/SigningService.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <optional>

namespace vd::mint {

class MintWorker;
class MintChainWorker;

struct MintSettings
{
    db::DbConfig database;
    QString workstation;
    config::ChainSettings chain; // chain id, RPC URLs, token, Safe, confirmations (depth for a Safe execution)
    QString minterKeystore;      // AppSettings::minterKeystore
    int decimals = 18;           // token decimals, for the readable amounts
    chain::U256 lowGasWei = chain::U256(10000000000000000ULL); // warn below 0.01 native coin
};

/// The minter's gas money.
struct GasStatus
{
    chain::Address minter;
    chain::U256 wei;
    QString text; // "0.52 ETH"
    bool low = false;
};

/// What retry() found about the previous attempt before doing anything.
struct RetryVerdict
{
    enum class Kind {
        FreshMint,     // no earlier direct attempt: a normal mint follows (mintPrepared)
        Minted,        // it landed: recorded as minted
        Pending,       // still in the node's pool: speed it up or wait
        NonceConsumed, // the nonce was used by another transaction and no mint of this deposit was found: refused
        Resend,        // dropped: prepared again with the same nonce (mintPrepared follows)
        Failed,        // it was mined and reverted: a new attempt was prepared (mintPrepared follows)
    };
    Kind kind = Kind::FreshMint;
    QString message;
};

class MintService : public QObject
{
    Q_OBJECT
public:
    MintService(MintSettings settings, signing::SigningService *signing, QObject *parent = nullptr);
    ~MintService() override; // quit() + wait() both threads

    const MintSettings &settings() const { return m_settings; }
    signing::SigningService *signing() const { return m_signing; }

    /// Answer: loaded(requestId, deposit).
    quint64 load(qint64 depositId);

    /// Direct mint, step 1. Answer: mintPrepared(depositId, signingId, prepared).
    void prepareMint(const vd::mint::MintDeposit &deposit);
    /// Step 2 after the person confirmed the summary of `signingId`. Answers: mintSent, mintConfirmations, mintDone.
    void confirmMint(qint64 depositId, quint64 signingId, const QByteArray &password);
    /// The person cancelled the summary.
    void cancelMint(qint64 depositId, quint64 signingId);
    /// Answer: retryAssessed(depositId, verdict), then what it implies (mintPrepared / mintDone).
    void retry(const vd::mint::MintDeposit &deposit);
    /// Same nonce, bumped fees, for the attempt this session sent. Answers as confirmMint.
    void speedUp(qint64 depositId, const QByteArray &password);
    bool canSpeedUp(qint64 depositId) const { return m_sent.contains(depositId); }

    /// Safe: Answer: proposalExported(depositId, proposal) after the JSON is written to `filePath` and recorded.
    void exportProposal(const vd::mint::MintDeposit &deposit, const QString &filePath);
    /// Safe: verify `executionTx` (32 bytes) for the deposit's proposal, then record minted.
    /// Answer: safeExecutionRecorded(depositId, check).
    void recordSafeExecution(const vd::mint::MintDeposit &deposit, const QByteArray &executionTx);

    /// Minter's native balance. Answer: gasChecked(status).
    void checkGas();

    /// The ContractCall mint(wallet, amount) on the configured token, needing MINTER_ROLE.
    vd::Result<signing::ContractCall> mintCall(const vd::mint::MintDeposit &deposit) const;

signals:
    void loaded(quint64 requestId, const vd::Result<vd::mint::MintDeposit> &deposit);
    void mintPrepared(qint64 depositId, quint64 signingId, const vd::Result<vd::signing::PreparedCall> &prepared);
    void mintSent(qint64 depositId, const QString &txHash);
    void mintConfirmations(qint64 depositId, int confirmations, int target);
    void mintDone(qint64 depositId, const vd::Result<void> &result);
    void retryAssessed(qint64 depositId, const vd::mint::RetryVerdict &verdict);
    void proposalExported(qint64 depositId, const vd::Result<vd::signing::SafeProposal> &proposal);
    void safeExecutionRecorded(qint64 depositId, const vd::Result<vd::mint::SafeCheck> &check);
    void gasChecked(const vd::Result<vd::mint::GasStatus> &status);
    /// A deposit changed (this service, another desk, or the listener: -1 = new chain logs).
    void depositChanged(qint64 depositId);

private:
    struct Flow
    {
        qint64 depositId = 0;
        qint64 mintTx = 0;                   // the attempt's row (the newest hash's row after a speed-up)
        std::optional<quint64> expectedNonce; // a resend after a drop must reuse the old nonce
        std::optional<signing::PreparedCall> prepared;
        QByteArray password;
        bool speedUp = false;
    };
    using WriteCallback = std::function<void(const vd::Result<qint64> &)>;

    void write(std::function<void(MintWorker *, quint64)> call, WriteCallback done);
    void onPrepared(quint64 id, const vd::Result<signing::PreparedCall> &result);
    void onSent(quint64 id, const chain::SentTransaction &tx);
    void onMined(quint64 id, const chain::Receipt &receipt);
    void onFailed(quint64 id, const vd::Error &error);
    void onLanded(quint64 id, const vd::Result<chain::LandedStatus> &status);
    void onProposed(quint64 id, const vd::Result<signing::SafeProposal> &result);
    void finishFlow(quint64 signingId, const vd::Result<void> &result);
    void recordMined(qint64 depositId, qint64 mintTx, const chain::Receipt &receipt);
    void investigateConsumedNonce(const vd::mint::MintDeposit &deposit, const vd::mint::MintAttempt &attempt);
    void prepareWithNonce(const vd::mint::MintDeposit &deposit, std::optional<quint64> nonce);

    MintSettings m_settings;
    QPointer<signing::SigningService> m_signing;
    QThread m_dbThread;
    QThread m_rpcThread;
    MintWorker *m_worker;
    MintChainWorker *m_chain;
    quint64 m_next = 1;
    QHash<quint64, WriteCallback> m_writes;
    QHash<quint64, Flow> m_flows;                      // by signing id
    QHash<qint64, chain::SentTransaction> m_sent;      // newest sent attempt per deposit (this session)
    QHash<qint64, qint64> m_sentRow;                   // its mint_transactions row
    QHash<quint64, vd::mint::MintDeposit> m_checks;    // checkLanded id -> deposit
    QHash<quint64, std::pair<vd::mint::MintDeposit, QString>> m_proposals; // proposeToSafe id -> deposit, file
    QHash<quint64, std::function<void(const vd::Result<vd::mint::SafeCheck> &)>> m_safeChecks;
    QHash<quint64, std::function<void(const vd::Result<std::optional<chain::Receipt>> &)>> m_nonceSearches;
    QHash<quint64, std::function<void(const vd::Result<QList<QByteArray>> &)>> m_mintSearches;
    quint64 m_gasRequest = 0;
    chain::Address m_gasAccount;
};

} // namespace vd::mint

Q_DECLARE_METATYPE(vd::mint::GasStatus)
Q_DECLARE_METATYPE(vd::mint::RetryVerdict)
