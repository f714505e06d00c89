#pragma once
// SigningService's worker: lives on the signing thread and owns everything network- and key-related there (HTTP
// transport, endpoint pool, ContractReader, TxSender), created lazily on that thread. Prepared calls wait here,
// keyed by request id, until signed or discarded. A decrypted key exists only inside signAndSend()/speedUp(),
// moved into TxSender, which wipes it after the signature.
#include "signing/SigningService.h"

#include <QHash>
#include <QObject>

namespace vd::chain {
class ContractReader;
class EndpointPool;
class HttpRpcTransport;
class TxSender;
} // namespace vd::chain

namespace vd::signing {

class SigningWorker : public QObject
{
    Q_OBJECT
public:
    explicit SigningWorker(SigningSettings settings);
    ~SigningWorker() override;

    void prepare(quint64 id, const QString &keystorePath, const vd::signing::ContractCall &call);
    void signAndSend(quint64 id, const QByteArray &password);
    void discard(quint64 id);
    void checkLanded(quint64 id, const QList<vd::chain::Hash32> &hashes, const vd::chain::Address &from,
                                 quint64 nonce);
    void speedUp(quint64 id, const QString &keystorePath, const QByteArray &password,
                             const vd::chain::SentTransaction &previous);
    void proposeToSafe(quint64 id, const vd::signing::ContractCall &call, const QString &title);
    void nativeBalance(quint64 id, const vd::chain::Address &account);

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
    struct Pending
    {
        QString keystorePath;
        ContractCall call;
        PreparedCall prepared;
        bool ready = false;
        bool sending = false;
    };
    struct Checks;

    void ensureRpc();
    /// Steps 1 and 2 for `target`: chain id, then pinned code hash (token) or code present (anything else).
    void checkChainAndCode(const chain::Address &target, std::function<void(const vd::Result<QString> &)> done);
    void checkRole(const ContractCall &call, const chain::Address &signer, std::function<void(const vd::Error *)> done);
    void follow(quint64 id, const chain::SentTransaction &tx);
    void explainFailure(quint64 id, const chain::Receipt &receipt);
    vd::Result<chain::PrivateKey> unlock(const QString &keystorePath, const QByteArray &password,
                                         const std::optional<chain::Address> &expected);
    TxSummary baseSummary(const ContractCall &call, const QString &codeHash) const;
    QString nativeAmount(const chain::U256 &wei) const;

    SigningSettings m_settings;
    chain::HttpRpcTransport *m_transport = nullptr; // children of this, created on the worker thread
    chain::EndpointPool *m_pool = nullptr;
    chain::ContractReader *m_reader = nullptr;
    chain::TxSender *m_sender = nullptr;
    QHash<quint64, Pending> m_pending;
    QHash<QString, quint64> m_following; // tx hash (hex) -> request id, for progress
};

} // namespace vd::signing
