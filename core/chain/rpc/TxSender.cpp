#include "chain/rpc/TxSender.h"

#include "chain/Hex.h"
#include "chain/TransactionSigner.h"
#include "chain/rpc/ChainJson.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/RpcChannel.h"
#include "chain/rpc/RpcLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace vd::chain {
namespace {

QString hexOf(const Hash32 &h)
{
    return hex::encode(QByteArrayView(h.data(), 32));
}

QJsonObject callObject(const Address &from, const TxRequest &request)
{
    QJsonObject o{{QStringLiteral("from"), from.toLower()},
                  {QStringLiteral("to"), request.to.toLower()},
                  {QStringLiteral("data"), hex::encode(request.data)}};
    if (!request.value.isZero())
        o.insert(QStringLiteral("value"), request.value.toHexQuantity());
    return o;
}

bool alreadyKnown(const RpcError &e)
{
    const QString m = e.detail.toLower();
    return m.contains(u"already known") || m.contains(u"known transaction") || m.contains(u"already imported") ||
           m.contains(u"already exists");
}

bool nonceUsed(const RpcError &e)
{
    const QString m = e.detail.toLower();
    return m.contains(u"nonce too low") || m.contains(u"nonce has already been used") || m.contains(u"invalid nonce");
}

U256 maxOf(const U256 &a, const U256 &b)
{
    return a < b ? b : a;
}

} // namespace

struct TxSender::Waiter
{
    Hash32 hash{};
    int target = 1;
    QPointer<const QObject> context;
    Callback<Receipt> callback;
    QElapsedTimer clock;
    // The caller's context may be gone by the time an answer arrives: never call into it then.
    void finish(const RpcResult<Receipt> &result) const
    {
        if (context)
            callback(result);
    }
};

TxSender::TxSender(RpcChannel *channel, const TxSenderOptions &options, QObject *parent)
    : QObject(parent), m_channel(channel), m_reader(new ContractReader(channel, this)), m_options(options)
{
}

TxSender::~TxSender() = default;

U256 TxSender::bump(const U256 &value, int permille)
{
    const U256 scaled = value * U256(static_cast<uint64_t>(std::max(permille, 1000)));
    const auto q = scaled.divmod(U256(1000));
    U256 bumped = q->first;
    if (!q->second.isZero())
        bumped += U256(1);
    if (!(value < bumped))
        bumped = value + U256(1);
    return bumped;
}

RpcError TxSender::feeCapExceeded(const U256 &fee) const
{
    return RpcError::refused(QStringLiteral("tx.fee_cap_exceeded"),
                             QCoreApplication::translate(
                                 "vd::chain::TxSender",
                                 "The fee needed now, %1 gwei per gas, is above your cap of %2 gwei. Raise the cap or "
                                 "try again when fees are lower.")
                                 .arg(fee.toDecimal(9), m_options.maxFeeCap.toDecimal(9)));
}

void TxSender::quote(const std::optional<Address> &from, const std::optional<TxRequest> &request,
                     const QObject *context,
                     std::function<void(const RpcResult<FeeQuote> &, uint64_t, uint64_t)> callback)
{
    // One batch, so one endpoint answers all of it: chain id first of all.
    QList<RpcRequest> calls{
        {QStringLiteral("eth_chainId"), {}},
        {QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false}},
        {QStringLiteral("eth_maxPriorityFeePerGas"), {}},
        {QStringLiteral("eth_gasPrice"), {}},
    };
    if (from)
        calls.append({QStringLiteral("eth_getTransactionCount"), {from->toLower(), QStringLiteral("pending")}});
    if (from && request)
        calls.append({QStringLiteral("eth_estimateGas"), {callObject(*from, *request)}});
    const uint64_t expected = m_options.chainId;
    const bool withNonce = from.has_value();
    const bool withEstimate = from && request;
    m_channel->batch(
        calls, RpcCallOptions{}, context,
        [expected, withNonce, withEstimate, callback](const RpcChannel::BatchResult &batch) {
            if (!batch.ok()) {
                callback(batch.rpcError(), 0, 0);
                return;
            }
            const auto &r = batch.value();
            if (!r[0].ok()) {
                callback(r[0].rpcError(), 0, 0);
                return;
            }
            auto chain = JsonRpcCodec::toUint64(r[0].value());
            if (!chain) {
                callback(chain.rpcError(), 0, 0);
                return;
            }
            if (chain.value() != expected) {
                RpcError e = RpcError::wrongChain(static_cast<int64_t>(chain.value()), static_cast<int64_t>(expected));
                qCWarning(lcRpc) << "refusing to sign: endpoint on chain" << chain.value() << "expected" << expected;
                callback(e, 0, 0);
                return;
            }
            uint64_t estimate = 0;
            if (withEstimate) {
                const auto &est = r[withNonce ? 5 : 4];
                if (!est.ok()) {
                    callback(est.rpcError(), 0, 0); // a revert, decoded: nothing signed or spent
                    return;
                }
                auto gas = JsonRpcCodec::toUint64(est.value());
                if (!gas) {
                    callback(gas.rpcError(), 0, 0);
                    return;
                }
                estimate = gas.value();
            }
            uint64_t nonce = 0;
            if (withNonce) {
                if (!r[4].ok()) {
                    callback(r[4].rpcError(), 0, 0);
                    return;
                }
                auto n = JsonRpcCodec::toUint64(r[4].value());
                if (!n) {
                    callback(n.rpcError(), 0, 0);
                    return;
                }
                nonce = n.value();
            }
            FeeQuote q;
            if (!r[1].ok()) {
                callback(r[1].rpcError(), 0, 0);
                return;
            }
            auto header = ChainJson::parseHeader(r[1].value());
            if (!header || !header.value()) {
                callback(header.ok() ? RpcError::make(RpcErrorKind::NodeUnhealthy, QStringLiteral("no latest block"))
                                     : header.rpcError(),
                         0, 0);
                return;
            }
            if (header.value()->baseFeePerGas) {
                q.hasBaseFee = true;
                q.baseFee = *header.value()->baseFeePerGas;
            }
            std::optional<U256> gasPrice;
            if (r[3].ok()) {
                if (auto g = JsonRpcCodec::toU256(r[3].value()))
                    gasPrice = g.value();
            }
            if (r[2].ok()) {
                auto tip = JsonRpcCodec::toU256(r[2].value());
                if (!tip) {
                    callback(tip.rpcError(), 0, 0);
                    return;
                }
                q.priorityFee = tip.value();
            } else if (gasPrice) {
                // Nodes without eth_maxPriorityFeePerGas: the part of the gas price above the base fee.
                q.priorityFee = q.baseFee < *gasPrice ? *gasPrice - q.baseFee : U256();
            } else {
                callback(r[2].rpcError(), 0, 0);
                return;
            }
            if (!gasPrice) {
                if (!r[3].ok()) {
                    callback(r[3].rpcError(), 0, 0);
                    return;
                }
                callback(RpcError::make(RpcErrorKind::InvalidResponse, QStringLiteral("malformed gas price")), 0, 0);
                return;
            }
            q.gasPrice = *gasPrice;
            callback(q, nonce, estimate);
        });
}

RpcResult<UnsignedTransaction> TxSender::applyFees(UnsignedTransaction tx, const FeeQuote &quote) const
{
    const bool legacy = m_options.legacy || !quote.hasBaseFee;
    if (legacy) {
        tx.type = UnsignedTransaction::Type::Legacy;
        const U256 price = maxOf(quote.gasPrice, m_options.minPriorityFee);
        if (m_options.maxFeeCap < price)
            return feeCapExceeded(price);
        tx.gasPrice = price;
        return tx;
    }
    tx.type = UnsignedTransaction::Type::Eip1559;
    const U256 tip = maxOf(quote.priorityFee, m_options.minPriorityFee);
    const U256 needed = quote.baseFee + tip;
    if (m_options.maxFeeCap < needed)
        return feeCapExceeded(needed);
    // Room for the base fee to double; never above the cap (the transaction is still includable now).
    U256 maxFee = quote.baseFee * U256(2) + tip;
    if (m_options.maxFeeCap < maxFee)
        maxFee = m_options.maxFeeCap;
    tx.maxPriorityFeePerGas = tip;
    tx.maxFeePerGas = maxFee;
    return tx;
}

void TxSender::prepare(const Address &from, const TxRequest &request, const QObject *context,
                       Callback<UnsignedTransaction> callback)
{
    const TxSenderOptions options = m_options;
    quote(from, request, context,
          [this, request, options, callback](const RpcResult<FeeQuote> &q, uint64_t nonce, uint64_t estimate) {
              if (!q.ok()) {
                  callback(q.rpcError());
                  return;
              }
              UnsignedTransaction tx;
              tx.chainId = options.chainId;
              tx.nonce = request.nonce.value_or(nonce);
              tx.to = request.to;
              tx.value = request.value;
              tx.data = request.data;
              // estimate * (100 + margin) / 100, rounded up, in 128 bits of headroom via U256.
              const U256 withMargin =
                  U256(estimate) * U256(static_cast<uint64_t>(100 + std::max(0, options.gasMarginPercent)));
              const auto dm = withMargin.divmod(U256(100));
              U256 gas = dm->first + (dm->second.isZero() ? U256() : U256(1));
              tx.gasLimit = request.gasLimit.value_or(gas.fitsUint64() ? gas.low64() : UINT64_MAX);
              callback(applyFees(tx, q.value()));
          });
}

void TxSender::signAndSend(PrivateKey &&key, const UnsignedTransaction &tx, const QObject *context,
                           Callback<SentTransaction> callback)
{
    auto secret = std::make_shared<PrivateKey>(std::move(key));
    const uint64_t expected = m_options.chainId;
    QPointer<const QObject> guard(context);
    // The chain id is checked right before signing, on the endpoint that will carry the transaction.
    m_channel->call(
        QStringLiteral("eth_chainId"), {}, context,
        [this, secret, tx, expected, guard, callback](const RpcResult<QJsonValue> &r) mutable {
            if (!r.ok()) {
                callback(r.rpcError());
                return;
            }
            auto chain = JsonRpcCodec::toUint64(r.value());
            if (!chain) {
                callback(chain.rpcError());
                return;
            }
            if (chain.value() != expected || tx.chainId != expected) {
                qCWarning(lcRpc) << "refusing to sign: endpoint on chain" << chain.value() << "transaction for"
                                 << tx.chainId << "configured" << expected;
                callback(RpcError::wrongChain(static_cast<int64_t>(chain.value()), static_cast<int64_t>(expected)));
                return;
            }
            if (!guard)
                return; // nobody waits for this any more: do not sign or send
            const Address from = secret->address();
            auto signedTx = TransactionSigner::sign(tx, *secret);
            secret.reset(); // wipes the key bytes
            if (!signedTx) {
                callback(RpcError::refused(QStringLiteral("tx.sign_failed"), signedTx.error().message));
                return;
            }
            SentTransaction sent;
            sent.hash = signedTx->hash;
            sent.from = from;
            sent.tx = tx;
            const QString hashHex = hexOf(sent.hash);
            auto accepted = [this, sent, hashHex, callback] {
                qCInfo(lcRpc).noquote() << "sent" << hashHex << "nonce" << sent.tx.nonce;
                emit transactionSent(hashHex, sent.tx.nonce);
                callback(sent);
            };
            m_channel->call(
                QStringLiteral("eth_sendRawTransaction"), {hex::encode(signedTx->raw)}, guard.data(),
                [this, sent, hashHex, callback, accepted, guard](const RpcResult<QJsonValue> &sendResult) {
                    if (sendResult.ok()) {
                        if (sendResult.value().toString().toLower() != hashHex) {
                            callback(RpcError::make(RpcErrorKind::InvalidResponse,
                                                    QStringLiteral("the node reported another transaction hash")));
                            return;
                        }
                        accepted();
                        return;
                    }
                    const RpcError error = sendResult.rpcError();
                    if (alreadyKnown(error)) {
                        accepted();
                        return;
                    }
                    // "nonce too low" after a failover may mean this very transaction already went through another
                    // endpoint: look before reporting a failure.
                    if (!nonceUsed(error)) {
                        callback(error);
                        return;
                    }
                    checkLanded({sent.hash}, sent.from, sent.tx.nonce, guard.data(),
                                [error, accepted, callback](const RpcResult<LandedStatus> &landed) {
                                    if (landed.ok() && (landed->state == LandedStatus::State::Mined ||
                                                        landed->state == LandedStatus::State::Pending))
                                        accepted();
                                    else
                                        callback(error);
                                });
                });
        });
}

void TxSender::send(PrivateKey &&key, const TxRequest &request, const QObject *context,
                    Callback<SentTransaction> callback)
{
    auto secret = std::make_shared<PrivateKey>(std::move(key));
    QPointer<const QObject> guard(context);
    prepare(secret->address(), request, context,
            [this, secret, guard, callback](const RpcResult<UnsignedTransaction> &prepared) {
                if (!prepared.ok()) {
                    callback(prepared.rpcError()); // `secret` dies with this lambda: wiped
                    return;
                }
                signAndSend(std::move(*secret), prepared.value(), guard.data(), callback);
            });
}

void TxSender::resend(PrivateKey &&key, const SentTransaction &previous, const UnsignedTransaction &base,
                      const QObject *context, Callback<SentTransaction> callback)
{
    auto secret = std::make_shared<PrivateKey>(std::move(key));
    QPointer<const QObject> guard(context);
    quote(std::nullopt, std::nullopt, context,
          [this, secret, previous, base, guard, callback](const RpcResult<FeeQuote> &q, uint64_t, uint64_t) {
              if (!q.ok()) {
                  callback(q.rpcError());
                  return;
              }
              auto fresh = applyFees(base, q.value());
              UnsignedTransaction tx = base;
              const int permille = m_options.replacementBumpPermille;
              if (base.type == UnsignedTransaction::Type::Legacy) {
                  tx.gasPrice = bump(previous.tx.gasPrice, permille);
                  if (fresh.ok())
                      tx.gasPrice = maxOf(tx.gasPrice, fresh->gasPrice);
                  if (m_options.maxFeeCap < tx.gasPrice) {
                      callback(feeCapExceeded(tx.gasPrice));
                      return;
                  }
              } else {
                  tx.maxPriorityFeePerGas = bump(previous.tx.maxPriorityFeePerGas, permille);
                  tx.maxFeePerGas = bump(previous.tx.maxFeePerGas, permille);
                  if (fresh.ok()) {
                      tx.maxPriorityFeePerGas = maxOf(tx.maxPriorityFeePerGas, fresh->maxPriorityFeePerGas);
                      tx.maxFeePerGas = maxOf(tx.maxFeePerGas, fresh->maxFeePerGas);
                  }
                  tx.maxFeePerGas = maxOf(tx.maxFeePerGas, tx.maxPriorityFeePerGas);
                  if (m_options.maxFeeCap < tx.maxFeePerGas) {
                      callback(feeCapExceeded(tx.maxFeePerGas));
                      return;
                  }
              }
              signAndSend(std::move(*secret), tx, guard.data(),
                          [previous, callback](const RpcResult<SentTransaction> &r) {
                              if (!r.ok()) {
                                  callback(r);
                                  return;
                              }
                              SentTransaction sent = r.value();
                              sent.earlierHashes = previous.allHashes();
                              callback(sent);
                          });
          });
}

void TxSender::speedUp(PrivateKey &&key, const SentTransaction &previous, const QObject *context,
                       Callback<SentTransaction> callback)
{
    resend(std::move(key), previous, previous.tx, context, std::move(callback));
}

void TxSender::replace(PrivateKey &&key, const SentTransaction &previous, const TxRequest &replacement,
                       const QObject *context, Callback<SentTransaction> callback)
{
    auto secret = std::make_shared<PrivateKey>(std::move(key));
    QPointer<const QObject> guard(context);
    TxRequest request = replacement;
    request.nonce = previous.tx.nonce;
    // Estimate the replacement (and catch its revert) before re-signing the nonce.
    prepare(previous.from, request, context,
            [this, secret, previous, guard, callback](const RpcResult<UnsignedTransaction> &prepared) {
                if (!prepared.ok()) {
                    callback(prepared.rpcError());
                    return;
                }
                UnsignedTransaction base = prepared.value();
                base.type = previous.tx.type;
                resend(std::move(*secret), previous, base, guard.data(), callback);
            });
}

void TxSender::waitForReceipt(const Hash32 &hash, const QObject *context, Callback<Receipt> callback, int confirmations)
{
    auto w = std::make_shared<Waiter>();
    w->hash = hash;
    w->target = std::max(1, confirmations < 0 ? m_options.confirmations : confirmations);
    w->context = context;
    w->callback = std::move(callback);
    w->clock.start();
    QTimer::singleShot(0, this, [this, w] { poll(w); });
}

void TxSender::poll(const std::shared_ptr<Waiter> &w)
{
    if (!w->context)
        return;
    auto again = [this, w](const std::optional<RpcError> &error) {
        if (error && !error->isTransient()) {
            w->finish(*error);
            return;
        }
        if (w->clock.elapsed() > m_options.receiptTimeout.count()) {
            RpcError timeout = error ? *error
                                     : RpcError::make(RpcErrorKind::Timeout,
                                                      QStringLiteral("no receipt yet: the transaction may still land"));
            timeout.kind = RpcErrorKind::Timeout;
            w->finish(timeout);
            return;
        }
        QTimer::singleShot(m_options.pollInterval, this, [this, w] { poll(w); });
    };
    m_reader->receipt(w->hash, this, [this, w, again](const RpcResult<std::optional<Receipt>> &r) {
        if (!r.ok()) {
            again(r.rpcError());
            return;
        }
        if (!r.value()) {
            again(std::nullopt);
            return;
        }
        const Receipt receipt = *r.value();
        m_reader->blockNumber(this, [this, w, receipt, again](const RpcResult<uint64_t> &head) {
            if (!head.ok()) {
                again(head.rpcError());
                return;
            }
            const int depth =
                head.value() >= receipt.blockNumber
                    ? static_cast<int>(std::min<uint64_t>(head.value() - receipt.blockNumber + 1, 1000000))
                    : 0;
            emit confirmationProgress(hexOf(w->hash), depth, w->target);
            if (depth < w->target) {
                again(std::nullopt);
                return;
            }
            if (w->target == 1) {
                w->finish(receipt);
                return;
            }
            // Deep enough: make sure the receipt's block is still the canonical one (no reorg in between).
            m_reader->receipt(w->hash, this, [w, receipt, again](const RpcResult<std::optional<Receipt>> &r2) {
                if (!r2.ok()) {
                    again(r2.rpcError());
                    return;
                }
                if (!r2.value() || r2.value()->blockHash != receipt.blockHash) {
                    qCInfo(lcRpc) << "receipt moved (reorg); waiting again";
                    again(std::nullopt);
                    return;
                }
                w->finish(*r2.value());
            });
        });
    });
}

void TxSender::checkLanded(const QList<Hash32> &hashes, const Address &from, uint64_t nonce, const QObject *context,
                           Callback<LandedStatus> callback)
{
    QList<RpcRequest> calls;
    for (const Hash32 &h : hashes)
        calls.append({QStringLiteral("eth_getTransactionReceipt"), {hexOf(h)}});
    calls.append({QStringLiteral("eth_getTransactionCount"), {from.toLower(), QStringLiteral("latest")}});
    for (const Hash32 &h : hashes)
        calls.append({QStringLiteral("eth_getTransactionByHash"), {hexOf(h)}});
    // A transaction of this nonce waiting in the pool whose hash we do not know (lost between send and record).
    calls.append({QStringLiteral("eth_getTransactionCount"), {from.toLower(), QStringLiteral("pending")}});
    const qsizetype n = hashes.size();
    m_channel->batch(calls, RpcCallOptions{}, context,
                     [hashes, nonce, n, callback](const RpcChannel::BatchResult &batch) {
                         if (!batch.ok()) {
                             callback(batch.rpcError());
                             return;
                         }
                         const auto &r = batch.value();
                         LandedStatus status;
                         for (qsizetype i = 0; i < n; ++i) {
                             if (!r[i].ok()) {
                                 callback(r[i].rpcError());
                                 return;
                             }
                             auto receipt = ChainJson::parseReceipt(r[i].value());
                             if (!receipt) {
                                 callback(receipt.rpcError());
                                 return;
                             }
                             if (receipt.value()) {
                                 status.state = LandedStatus::State::Mined;
                                 status.receipt = receipt.value();
                                 status.minedHash = hashes[i];
                                 callback(status);
                                 return;
                             }
                         }
                         if (!r[n].ok()) {
                             callback(r[n].rpcError());
                             return;
                         }
                         auto count = JsonRpcCodec::toUint64(r[n].value());
                         if (!count) {
                             callback(count.rpcError());
                             return;
                         }
                         if (count.value() > nonce) {
                             status.state = LandedStatus::State::NonceConsumed;
                             callback(status);
                             return;
                         }
                         for (qsizetype i = 0; i < n; ++i) {
                             const auto &t = r[n + 1 + i];
                             if (t.ok() && !t.value().isNull()) {
                                 status.state = LandedStatus::State::Pending;
                                 callback(status);
                                 return;
                             }
                         }
                         // Not "dropped" while the node holds some transaction of this sender with this nonce: a
                         // send of the same nonce would only replace it, and calling it dropped would record a
                         // failure that is not one.
                         const auto &p = r[2 * n + 1];
                         if (!p.ok()) {
                             callback(p.rpcError());
                             return;
                         }
                         auto pendingCount = JsonRpcCodec::toUint64(p.value());
                         if (!pendingCount) {
                             callback(pendingCount.rpcError());
                             return;
                         }
                         if (pendingCount.value() > nonce) {
                             status.state = LandedStatus::State::Pending;
                             callback(status);
                             return;
                         }
                         status.state = LandedStatus::State::Dropped;
                         callback(status);
                     });
}

} // namespace vd::chain
