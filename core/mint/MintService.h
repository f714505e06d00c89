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
    chain::U256 lowGasWei = chain::U256(10000000000000000ULL); // warn below 0.01 native coin, until the database's
                                                               // minter_low_gas_wei setting is read
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

    // Direct mint. With the shared SignDialog (which prepares, shows the summary and signs by itself):
    //   dialog.ready -> beginMint(); dialog.sent/confirmed/failed -> attemptSent/attemptMined/attemptFailed;
    //   closed before sending -> attemptAbandoned(). Headless (tests, scripts): prepareMint() -> mintPrepared ->
    //   confirmMint(password), which does the same steps through SigningService directly.
    /// Records the attempt (sender + nonce) before the signature. Refused (mintBegun with an error) while minting
    /// is paused, with another attempt in flight, when a resend after a drop would not reuse the dropped nonce, or
    /// when the minter cannot pay the fee. Answer: mintBegun(depositId, result).
    void beginMint(qint64 depositId, const vd::signing::PreparedCall &prepared);
    void attemptSent(qint64 depositId, const vd::chain::SentTransaction &tx);
    void attemptMined(qint64 depositId, const vd::chain::Receipt &receipt);
    void attemptFailed(qint64 depositId, const vd::Error &error);
    /// The person closed the summary without signing: the attempt gives its nonce back.
    void attemptAbandoned(qint64 depositId);

    /// Headless step 1. Answer: mintPrepared(depositId, signingId, prepared).
    void prepareMint(const vd::mint::MintDeposit &deposit);
    /// Headless step 2: beginMint + signAndSend. Answers: mintBegun, mintSent, mintConfirmations, mintDone.
    void confirmMint(qint64 depositId, quint64 signingId, const QByteArray &password);
    /// Headless: the person cancelled the summary.
    void cancelMint(qint64 depositId, quint64 signingId);
    /// Answer: retryAssessed(depositId, verdict); Minted also ends with mintDone. FreshMint / Resend / Failed mean
    /// "mint again now" (the dialog or prepareMint); a resend is held to the dropped attempt's nonce.
    void retry(const vd::mint::MintDeposit &deposit);
    /// Same nonce, bumped fees, for the attempt this session sent. Answers: mintSent, mintDone.
    void speedUp(qint64 depositId, const QByteArray &password);
    bool canSpeedUp(qint64 depositId) const { return m_sent.contains(depositId); }
    /// The signer a speed-up of this deposit's attempt uses (for its remembered password).
    std::optional<chain::Address> sentFrom(qint64 depositId) const;

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
    void mintBegun(qint64 depositId, const vd::Result<void> &result);
    void mintSent(qint64 depositId, const QString &txHash);
    void mintConfirmations(qint64 depositId, int confirmations, int target);
    void mintDone(qint64 depositId, const vd::Result<void> &result);
    void retryAssessed(qint64 depositId, const vd::mint::RetryVerdict &verdict);
    void proposalExported(qint64 depositId, const vd::Result<vd::signing::SafeProposal> &proposal);
    void safeExecutionRecorded(qint64 depositId, const vd::Result<vd::mint::SafeCheck> &check);
    void gasChecked(const vd::Result<vd::mint::GasStatus> &status);
    /// A deposit changed (this service, another desk, or the listener): its id, 0 = some deposit (the notice did not
    /// say which), -1 = new chain logs.
    void depositChanged(qint64 depositId);

private:
    // One direct attempt per deposit at a time (the database refuses a second one in flight).
    struct Flow
    {
        qint64 mintTx = 0;  // the attempt's row (the newest hash's row after a speed-up)
        bool begun = false; // the database recorded it
        bool sent = false;
        QList<std::function<void()>> afterBegin; // chain events that arrived before the database answered
        quint64 speedUpId = 0;                   // while a speed-up is under way, only its failure counts
    };
    using WriteCallback = std::function<void(const vd::Result<qint64> &)>;

    void write(std::function<void(MintWorker *, quint64)> call, WriteCallback done);
    void whenBegun(qint64 depositId, std::function<void()> action);
    void onPrepared(quint64 id, const vd::Result<signing::PreparedCall> &result);
    void onLanded(quint64 id, const vd::Result<chain::LandedStatus> &status);
    void onProposed(quint64 id, const vd::Result<signing::SafeProposal> &result);
    void recordMined(qint64 depositId, qint64 mintTx, const chain::Receipt &receipt);
    void investigateConsumedNonce(const vd::mint::MintDeposit &deposit, const vd::mint::MintAttempt &attempt);

    MintSettings m_settings;
    QPointer<signing::SigningService> m_signing;
    QThread m_dbThread;
    QThread m_rpcThread;
    MintWorker *m_worker;
    MintChainWorker *m_chain;
    quint64 m_next = 1;
    QHash<quint64, WriteCallback> m_writes;
    QHash<qint64, Flow> m_flows;                      // by deposit
    QHash<quint64, qint64> m_signingIds;              // SigningService ids this service started -> deposit
    QHash<quint64, signing::PreparedCall> m_prepared; // headless prepares
    QHash<qint64, quint64> m_expectedNonce;           // deposit -> the dropped nonce a resend must reuse
    QHash<qint64, chain::SentTransaction> m_sent;     // newest sent attempt per deposit (this session)
    QHash<quint64, vd::mint::MintDeposit> m_checks;   // checkLanded id -> deposit
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
