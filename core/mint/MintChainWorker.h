#pragma once
// MintService's chain reads (never a signature: those go through SigningService): verifying a Safe execution by the
// full rule (receipt, head and canonical block fetched here, then SafeMintVerifier::verify) and finding which of the
// listener's unclaimed mints was sent by the minter with a given nonce (a hash lost between send and record).
// Lives on the mint-rpc thread with its own EndpointPool and ContractReader; answers are queued signals.
#include "chain/Receipt.h"
#include "chain/SafeMintVerifier.h"
#include "common/Result.h"
#include "mint/MintTypes.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace vd::chain {
class ContractReader;
class EndpointPool;
} // namespace vd::chain

namespace vd::mint {

class MintChainWorker : public QObject
{
    Q_OBJECT
public:
    MintChainWorker(QStringList rpcUrls, qint64 chainId);
    ~MintChainWorker() override;

    /// `expected.confirmations` and `.canonical` are filled here from the chain.
    void verifySafe(quint64 requestId, const QByteArray &executionTx, const vd::chain::SafeMintExpectation &expected);
    /// The first of `candidates` sent by `sender` with `nonce`, with its receipt; nullopt when none is.
    void findByNonce(quint64 requestId, const QList<QByteArray> &candidates, const QByteArray &sender, quint64 nonce);

signals:
    void safeVerified(quint64 requestId, const vd::Result<vd::mint::SafeCheck> &result);
    void foundByNonce(quint64 requestId, const vd::Result<std::optional<vd::chain::Receipt>> &result);

private:
    void ensureReader();
    void findNext(quint64 requestId, QList<QByteArray> candidates, const QByteArray &sender, quint64 nonce);

    QStringList m_urls;
    qint64 m_chainId;
    chain::EndpointPool *m_pool = nullptr;
    chain::ContractReader *m_reader = nullptr;
};

} // namespace vd::mint
