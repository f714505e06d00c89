#pragma once
// Everything that puts a signature or a Safe proposal on the chain goes through here, so every money- or
// power-moving action gets the same checks (ARCHITECTURE.md section 7) in the same order:
//   1. the endpoint's chain id equals the configured one;
//   2. the contract's runtime code hash equals the pinned one (ChainSettings::tokenCodeHash; an empty pin is
//      refused for signing: pin it in the settings first);
//   3. the signer holds the role the call needs (hasRole eth_call), else "signing.missing_role" naming the role
//      and who holds it (getRoleMember);
//   4. the call is simulated (eth_call from the signer, then estimateGas) so a revert comes back decoded
//      ("AccessControlUnauthorizedAccount(...)", "EnforcedPause()") before any fee is spent;
//   5. the person reads the summary (chain, contract, function, arguments, signer, nonce, fee cap) and confirms;
//   6. only then is the keystore decrypted (scrypt: off the GUI thread), the transaction signed, the key wiped and
//      the raw transaction sent; the receipt is followed to the configured depth with progress.
// Proposals for the Safe skip the key entirely: the Safe's nonce is read, the safeTxHash computed (EIP-712, checked
// against the Safe's own getTransactionHash) and the Transaction Builder JSON produced.
// Thread: a facade living on the caller's (GUI) thread; all RPC and key work runs on its own QThread. Answers come
// back as queued signals carrying the request id that the call returned.
#include "chain/AbiValue.h"
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/Receipt.h"
#include "chain/Transaction.h"
#include "chain/U256.h"
#include "chain/rpc/TxSender.h"
#include "common/Result.h"
#include "config/AppConfig.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QThread>

namespace vd::signing {

class SigningWorker;

/// A contract call described for people and for the chain.
struct ContractCall
{
    chain::Address to;                           // the contract called (the token, unless stated)
    QString contractLabel;                       // "VoucherDesk token", "Safe", ...
    QString function;                            // canonical signature, "mint(address,uint256)"
    QList<QPair<QString, QString>> arguments;    // readable name -> readable value, in order
    QByteArray data;                             // ABI calldata (selector + arguments)
    QList<chain::AbiValue> abiArgs;              // the same arguments typed, for readable Safe proposals (optional)
    chain::U256 value;                           // native coin sent (normally 0)
    chain::Hash32 requiredRole{};                // role the signer must hold on `to` (all zero bytes + !needsRole: none)
    bool needsRole = false;
    QString requiredRoleName;                    // "MINTER_ROLE"
};

/// What a person confirms before a signature. Plain text fields, already formatted.
struct TxSummary
{
    qint64 chainId = 0;
    QString chainName;      // "BNB Chain (56)"
    QString contract;       // EIP-55
    QString contractLabel;
    QString codeHash;       // 0x.., equal to the pinned one (checked)
    QString function;
    QList<QPair<QString, QString>> arguments;
    QString signer;         // EIP-55 address of the key
    quint64 nonce = 0;
    quint64 gasLimit = 0;
    QString maxFeePerGas;   // "3.2 gwei"
    QString maxCost;        // "0.00041 BNB" (gasLimit * maxFee + value)
    QString signerBalance;  // native coin balance of the signer, same unit
    bool balanceTooLow = false;
    /// Multi-line plain text, the same words the dialog shows (also written into the audit row).
    QString toText() const;
};

struct PreparedCall
{
    TxSummary summary;
    chain::UnsignedTransaction tx;
    chain::Address signer;
};

/// A Safe proposal ready for the owners.
struct SafeProposal
{
    chain::Address safe;
    qint64 chainId = 0;
    quint64 safeNonce = 0;
    chain::Hash32 safeTxHash{};
    chain::Address target;
    QByteArray calldata;
    QByteArray transactionBuilderJson; // the file owners import into the Safe app
    TxSummary summary;                 // chain, contract, function, arguments (no signer/nonce/fee: the Safe pays)
    quint64 threshold = 0;             // owners needed
};

struct SigningSettings
{
    config::ChainSettings chain;
    chain::TxSenderOptions tx; // chainId is taken from `chain`
};

class SigningService : public QObject
{
    Q_OBJECT
public:
    explicit SigningService(SigningSettings settings, QObject *parent = nullptr);
    ~SigningService() override;

    /// Steps 1-4 for `call` signed by the key in the keystore file at `keystorePath` (its address is read from the
    /// file; nothing is decrypted). Answer: prepared(id, result).
    quint64 prepare(const QString &keystorePath, const ContractCall &call);
    /// Step 6 for an earlier prepare() of the same id: decrypts with `password` (wiped after use), re-checks the
    /// chain id, signs, sends. Answers: sent(id, hash) once it is in the node's pool (or failed(id, error):
    /// "keystore.wrong_password" keeps the prepared call so the person can try again), then progress(id, n, target)
    /// and finally mined(id, receipt) — a receipt with status 0 arrives as failed() with the decoded reason.
    void signAndSend(quint64 id, const QByteArray &password);
    /// Forgets a prepared call (the person cancelled).
    void discard(quint64 id);

    /// Did an earlier attempt land? (hashes of every attempt of that nonce). Answer: landed(id, status).
    quint64 checkLanded(const QList<chain::Hash32> &hashes, const chain::Address &from, quint64 nonce);
    /// Re-sends a stuck transaction with the same nonce and bumped fees. Answers as signAndSend.
    quint64 speedUp(const QString &keystorePath, const QByteArray &password, const chain::SentTransaction &previous);

    /// A Safe proposal for `calls` (one or more; more than one becomes a MultiSend batch in the JSON only when the
    /// Safe app supports it — here each call is its own proposal, so pass one). Answer: proposed(id, result).
    quint64 proposeToSafe(const ContractCall &call, const QString &title);

    /// The native-coin balance of `account` (gas money). Answer: balance(id, wei).
    quint64 nativeBalance(const chain::Address &account);

    /// Reads the address declared in a keystore file (no decryption; any thread).
    static vd::Result<chain::Address> keystoreAddress(const QString &keystorePath);
    /// Keychain key under which a keystore's password may be remembered: "keystore:<lowercase 0x address>".
    static QString keychainKey(const chain::Address &signer);

signals:
    void prepared(quint64 id, const vd::Result<vd::signing::PreparedCall> &result);
    void sent(quint64 id, const vd::chain::SentTransaction &tx);
    void progress(quint64 id, int confirmations, int target);
    void mined(quint64 id, const vd::chain::Receipt &receipt);
    void failed(quint64 id, const vd::Error &error);
    void landed(quint64 id, const vd::Result<vd::chain::LandedStatus> &status);
    void proposed(quint64 id, const vd::Result<vd::signing::SafeProposal> &result);
    void balance(quint64 id, const vd::Result<vd::chain::U256> &wei);

private:
    QThread m_thread;
    SigningWorker *m_worker;
    quint64 m_next = 1;
};

} // namespace vd::signing
