#include "mint/MintChainWorker.h"

#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"

#include <QUrl>
#include <cstring>

namespace vd::mint {

namespace {
chain::Hash32 toHash(const QByteArray &b)
{
    chain::Hash32 h{};
    if (b.size() == 32)
        std::memcpy(h.data(), b.constData(), 32);
    return h;
}
} // namespace

MintChainWorker::MintChainWorker(QStringList rpcUrls, qint64 chainId) : m_urls(std::move(rpcUrls)), m_chainId(chainId)
{
}

MintChainWorker::~MintChainWorker() = default;

void MintChainWorker::ensureReader()
{
    if (m_reader)
        return;
    QList<QUrl> urls;
    for (const QString &u : std::as_const(m_urls))
        urls.append(QUrl(u));
    chain::EndpointPoolOptions options;
    options.expectedChainId = m_chainId;
    m_pool = new chain::EndpointPool(urls, options, nullptr, this);
    m_reader = new chain::ContractReader(m_pool, this);
}

void MintChainWorker::verifySafe(quint64 requestId, const QByteArray &executionTx,
                                 const chain::SafeMintExpectation &expected)
{
    ensureReader();
    if (executionTx.size() != 32) {
        emit safeVerified(requestId, vd::Error{QStringLiteral("safe.not_a_transaction"),
                                               describe(QStringLiteral("safe.not_a_transaction"))});
        return;
    }
    const chain::Hash32 hash = toHash(executionTx);
    m_reader->receipt(
        hash, this, [this, requestId, expected, hash](const chain::RpcResult<std::optional<chain::Receipt>> &r) {
            if (!r.ok()) {
                emit safeVerified(requestId, r.error());
                return;
            }
            if (!r.value()) {
                const auto v = chain::SafeMintVerifier::verify(std::nullopt, expected);
                emit safeVerified(requestId, v.error());
                return;
            }
            const chain::Receipt receipt = *r.value();
            m_reader->header(
                chain::BlockId::latest(), this,
                [this, requestId, expected, receipt,
                 hash](const chain::RpcResult<std::optional<chain::BlockHeader>> &head) {
                    if (!head.ok() || !head.value()) {
                        emit safeVerified(requestId, head.ok()
                                                         ? vd::Error{QStringLiteral("chain.no_head"),
                                                                     tr("The node did not report its latest block.")}
                                                         : head.error());
                        return;
                    }
                    const quint64 headNumber = head.value()->number;
                    m_reader->header(chain::BlockId::number(receipt.blockNumber), this,
                                     [this, requestId, expected, receipt, hash,
                                      headNumber](const chain::RpcResult<std::optional<chain::BlockHeader>> &atBlock) {
                                         if (!atBlock.ok()) {
                                             emit safeVerified(requestId, atBlock.error());
                                             return;
                                         }
                                         chain::SafeMintExpectation e = expected;
                                         e.canonical = atBlock.value() && atBlock.value()->hash == receipt.blockHash;
                                         e.confirmations = headNumber >= receipt.blockNumber
                                                               ? headNumber - receipt.blockNumber + 1
                                                               : 0;
                                         const auto v = chain::SafeMintVerifier::verify(receipt, e);
                                         if (!v.ok()) {
                                             emit safeVerified(requestId, v.error());
                                             return;
                                         }
                                         SafeCheck check;
                                         check.executionTx = hash;
                                         check.block = receipt.blockNumber;
                                         check.confirmations = e.confirmations;
                                         check.required = e.requiredConfirmations;
                                         emit safeVerified(requestId, check);
                                     });
                });
        });
}

void MintChainWorker::findByNonce(quint64 requestId, const QList<QByteArray> &candidates, const QByteArray &sender,
                                  quint64 nonce)
{
    ensureReader();
    findNext(requestId, candidates, sender, nonce);
}

void MintChainWorker::findNext(quint64 requestId, QList<QByteArray> candidates, const QByteArray &sender, quint64 nonce)
{
    if (candidates.isEmpty()) {
        emit foundByNonce(requestId, std::optional<chain::Receipt>());
        return;
    }
    const chain::Hash32 hash = toHash(candidates.takeFirst());
    m_reader->transaction(
        hash, this,
        [this, requestId, candidates, sender, nonce,
         hash](const chain::RpcResult<std::optional<chain::TransactionInfo>> &t) {
            if (!t.ok()) {
                emit foundByNonce(requestId, t.error());
                return;
            }
            if (!t.value() || t.value()->from.toBytes() != sender || t.value()->nonce != nonce) {
                findNext(requestId, candidates, sender, nonce);
                return;
            }
            m_reader->receipt(hash, this, [this, requestId](const chain::RpcResult<std::optional<chain::Receipt>> &r) {
                if (!r.ok())
                    emit foundByNonce(requestId, r.error());
                else
                    emit foundByNonce(requestId, r.value());
            });
        });
}

} // namespace vd::mint
