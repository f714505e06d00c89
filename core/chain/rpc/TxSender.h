#pragma once
// Sends transactions safely: checks the endpoint's chain id against the configured one before any signature,
// takes the nonce from "pending", estimates gas with a margin (a revert at estimate time comes back decoded before
// any fee is spent), suggests fees from the latest block's baseFeePerGas and eth_maxPriorityFeePerGas (BNB: base
// fee 0) and refuses a suggestion above the user's cap, signs (type 2, or legacy EIP-155 when configured) through
// TransactionSigner, sends raw and follows the receipt to a configured depth with progress signals.
// Stuck transactions: speedUp()/replace() re-sign the same nonce with fees bumped by at least 12.5 %
// (geth needs 10 %). checkLanded() tells whether an earlier attempt (any of its hashes, or its nonce) made it,
// so a retry never double-mints. The private key is moved in, kept only until the signature, then wiped; it is
// never logged. Lives on its channel's thread; callbacks and signals run there.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/PrivateKey.h"
#include "chain/Receipt.h"
#include "chain/Transaction.h"
#include "chain/U256.h"
#include "chain/rpc/RpcResult.h"

#include <QObject>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace vd::chain {

class ContractReader;
class RpcChannel;

struct TxSenderOptions
{
    uint64_t chainId = 0; // the configured chain; every send checks the endpoint against it
    bool legacy = false;  // legacy EIP-155 (gasPrice) instead of type 2
    int gasMarginPercent = 20;
    U256 maxFeeCap = U256(500) * U256(1000000000); // wei per gas (500 gwei); the user-visible cap
    U256 minPriorityFee;   // floor for the tip (some BNB validators ignore tips below a minimum)
    int confirmations = 1; // receipt depth waitForReceipt() waits for
    std::chrono::milliseconds pollInterval{1000};
    std::chrono::milliseconds receiptTimeout{std::chrono::minutes(10)};
    int replacementBumpPermille = 1125; // new fee >= old * 1.125
};

struct TxRequest
{
    Address to;
    U256 value;
    QByteArray data;
    std::optional<uint64_t> gasLimit; // overrides the estimate (the estimate still runs, to catch reverts)
    std::optional<uint64_t> nonce;    // overrides "pending"
};

/// What was sent, enough to follow it, speed it up or ask later whether it landed.
struct SentTransaction
{
    Hash32 hash{};
    Address from;
    UnsignedTransaction tx;
    QList<Hash32> earlierHashes; // previous attempts with the same nonce (speed-ups / replacements)
    QList<Hash32> allHashes() const
    {
        QList<Hash32> all = earlierHashes;
        all.append(hash);
        return all;
    }
};

struct LandedStatus
{
    enum class State {
        Mined,         // one of the hashes has a receipt: see receipt / minedHash
        Pending,       // none mined, but the node still holds one of them
        NonceConsumed, // none of our hashes, yet the nonce is used: another transaction took it
        Dropped,       // unknown to the node and the nonce is free: safe to send again with the same nonce
    };
    State state = State::Dropped;
    std::optional<Receipt> receipt;
    Hash32 minedHash{};
};

class TxSender : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const RpcResult<T> &)>;

    /// `channel` is not owned and must outlive the sender.
    TxSender(RpcChannel *channel, const TxSenderOptions &options, QObject *parent = nullptr);
    ~TxSender() override;

    const TxSenderOptions &options() const { return m_options; }
    void setOptions(const TxSenderOptions &options) { m_options = options; }

    /// Builds the transaction `from` would send (chain check, nonce, estimate + margin, fees under the cap)
    /// without any key: for the readable summary a person confirms before signing.
    void prepare(const Address &from, const TxRequest &request, const QObject *context,
                 Callback<UnsignedTransaction> callback);
    /// Checks the chain id again, signs `tx` with `key` (wiped right after) and sends it.
    void signAndSend(PrivateKey &&key, const UnsignedTransaction &tx, const QObject *context,
                     Callback<SentTransaction> callback);
    /// prepare() + signAndSend().
    void send(PrivateKey &&key, const TxRequest &request, const QObject *context, Callback<SentTransaction> callback);

    /// Same nonce, same call, fees max(fresh suggestion, old * bump). Refused above the cap.
    void speedUp(PrivateKey &&key, const SentTransaction &previous, const QObject *context,
                 Callback<SentTransaction> callback);
    /// Same nonce, another call (e.g. a 0-value transfer to self to cancel), fees bumped like speedUp().
    void replace(PrivateKey &&key, const SentTransaction &previous, const TxRequest &replacement,
                 const QObject *context, Callback<SentTransaction> callback);

    /// Polls until the receipt is `confirmations` blocks deep (-1: options().confirmations), re-checking that its
    /// block is still canonical. Emits confirmationProgress(). Timeout after options().receiptTimeout.
    void waitForReceipt(const Hash32 &hash, const QObject *context, Callback<Receipt> callback, int confirmations = -1);

    /// Did any of `hashes` (all attempts of one nonce) land? See LandedStatus.
    void checkLanded(const QList<Hash32> &hashes, const Address &from, uint64_t nonce, const QObject *context,
                     Callback<LandedStatus> callback);

    /// Bumped fee: ceil(value * permille / 1000), and at least value + 1.
    static U256 bump(const U256 &value, int permille);

signals:
    void transactionSent(const QString &hash, quint64 nonce);
    void confirmationProgress(const QString &hash, int confirmations, int target);

private:
    struct FeeQuote
    {
        U256 baseFee;
        U256 priorityFee;
        U256 gasPrice;
        bool hasBaseFee = false;
    };
    struct Waiter;

    void quote(const std::optional<Address> &from, const std::optional<TxRequest> &request, const QObject *context,
               std::function<void(const RpcResult<FeeQuote> &, uint64_t nonce, uint64_t gasEstimate)> callback);
    RpcResult<UnsignedTransaction> applyFees(UnsignedTransaction tx, const FeeQuote &quote) const;
    void resend(PrivateKey &&key, const SentTransaction &previous, const UnsignedTransaction &base,
                const QObject *context, Callback<SentTransaction> callback);
    void poll(const std::shared_ptr<Waiter> &waiter);
    RpcError feeCapExceeded(const U256 &fee) const;

    RpcChannel *m_channel;
    ContractReader *m_reader;
    TxSenderOptions m_options;
};

} // namespace vd::chain
