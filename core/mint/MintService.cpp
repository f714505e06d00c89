#include "mint/MintService.h"
#include "common/ThreadCleanup.h"

#include "chain/Abi.h"
#include "chain/AbiValue.h"
#include "chain/Hex.h"
#include "chain/Keccak.h"
#include "mint/MintChainWorker.h"
#include "mint/MintWorker.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <cstring>

namespace vd::mint {

namespace {
QByteArray bytes(const chain::Hash32 &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), 32);
}

QString nativeSymbol(qint64 chainId)
{
    return chainId == 56 || chainId == 97 ? QStringLiteral("BNB") : QStringLiteral("ETH");
}

void wipe(QByteArray &secret)
{
    secret.detach();
    std::memset(secret.data(), 0, static_cast<size_t>(secret.size()));
    secret.clear();
}
} // namespace

MintService::MintService(MintSettings settings, signing::SigningService *signing, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_signing(signing),
      m_worker(new MintWorker(m_settings.database, m_settings.workstation)),
      m_chain(new MintChainWorker(m_settings.chain.rpcUrls, m_settings.chain.chainId))
{
    qRegisterMetaType<vd::mint::MintDeposit>();
    qRegisterMetaType<vd::mint::SafeCheck>();
    qRegisterMetaType<vd::mint::GasStatus>();
    qRegisterMetaType<vd::mint::RetryVerdict>();
    m_dbThread.setObjectName(QStringLiteral("mint-db"));
    m_rpcThread.setObjectName(QStringLiteral("mint-rpc"));
    m_worker->moveToThread(&m_dbThread);
    releaseThreadCryptoOnFinish(m_dbThread);
    m_chain->moveToThread(&m_rpcThread);
    releaseThreadCryptoOnFinish(m_rpcThread);
    connect(&m_dbThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(&m_rpcThread, &QThread::finished, m_chain, &QObject::deleteLater);

    connect(m_worker, &MintWorker::loaded, this, [this](quint64 id, const vd::Result<MintDeposit> &d) {
        if (d.ok() && !d.value().lowGasWei.isZero())
            m_settings.lowGasWei = d.value().lowGasWei; // the shared setting wins over the default
        emit loaded(id, d);
    });
    connect(m_worker, &MintWorker::written, this, [this](quint64 id, const vd::Result<qint64> &r) {
        if (auto cb = m_writes.take(id))
            cb(r);
    });
    connect(m_worker, &MintWorker::chainMints, this, [this](quint64 id, const vd::Result<QList<QByteArray>> &r) {
        if (auto cb = m_mintSearches.take(id))
            cb(r);
    });
    connect(m_worker, &MintWorker::notified, this, &MintService::depositChanged);
    connect(m_chain, &MintChainWorker::safeVerified, this, [this](quint64 id, const vd::Result<SafeCheck> &r) {
        if (auto cb = m_safeChecks.take(id))
            cb(r);
    });
    connect(m_chain, &MintChainWorker::foundByNonce, this,
            [this](quint64 id, const vd::Result<std::optional<chain::Receipt>> &r) {
                if (auto cb = m_nonceSearches.take(id))
                    cb(r);
            });

    if (m_signing) {
        connect(m_signing, &signing::SigningService::prepared, this, &MintService::onPrepared);
        connect(m_signing, &signing::SigningService::sent, this, [this](quint64 id, const chain::SentTransaction &tx) {
            if (m_signingIds.contains(id))
                attemptSent(m_signingIds.value(id), tx);
        });
        connect(m_signing, &signing::SigningService::progress, this, [this](quint64 id, int n, int target) {
            if (m_signingIds.contains(id))
                emit mintConfirmations(m_signingIds.value(id), n, target);
        });
        connect(m_signing, &signing::SigningService::mined, this, [this](quint64 id, const chain::Receipt &receipt) {
            if (m_signingIds.contains(id))
                attemptMined(m_signingIds.take(id), receipt);
        });
        connect(m_signing, &signing::SigningService::failed, this, [this](quint64 id, const vd::Error &error) {
            if (!m_signingIds.contains(id))
                return;
            const qint64 depositId = m_signingIds.value(id);
            if (error.code == QLatin1String("keystore.wrong_password") ||
                error.code == QLatin1String("keystore.unreadable")) {
                // Nothing was signed; SigningService keeps the prepared call for another try (confirmMint again).
                emit mintDone(depositId, error);
                return;
            }
            m_signingIds.remove(id);
            if (m_flows.contains(depositId) && m_flows.value(depositId).speedUpId &&
                m_flows.value(depositId).speedUpId != id)
                return; // the original attempt's follower gave up; the speed-up decides
            if (m_flows.contains(depositId) && m_flows.value(depositId).speedUpId == id) {
                m_flows[depositId].speedUpId = 0; // the earlier hash is still out there: Retry finds it
                emit mintDone(depositId, error);
                return;
            }
            attemptFailed(depositId, error);
        });
        connect(m_signing, &signing::SigningService::landed, this, &MintService::onLanded);
        connect(m_signing, &signing::SigningService::proposed, this, &MintService::onProposed);
        connect(m_signing, &signing::SigningService::balance, this,
                [this](quint64 id, const vd::Result<chain::U256> &wei) {
                    if (id != m_gasRequest)
                        return;
                    if (!wei.ok()) {
                        emit gasChecked(wei.error());
                        return;
                    }
                    GasStatus g;
                    g.minter = m_gasAccount;
                    g.wei = wei.value();
                    g.text = QStringLiteral("%1 %2").arg(g.wei.toDecimal(18), nativeSymbol(m_settings.chain.chainId));
                    g.low = g.wei < m_settings.lowGasWei;
                    emit gasChecked(g);
                });
    }
    m_dbThread.start();
    m_rpcThread.start();
}

MintService::~MintService()
{
    QMetaObject::invokeMethod(m_worker, &MintWorker::stop, Qt::BlockingQueuedConnection);
    m_dbThread.quit();
    m_rpcThread.quit();
    m_dbThread.wait();
    m_rpcThread.wait();
}

quint64 MintService::load(qint64 depositId)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, depositId]() { w->load(id, depositId); }, Qt::QueuedConnection);
    return id;
}

void MintService::write(std::function<void(MintWorker *, quint64)> call, WriteCallback done)
{
    const quint64 id = m_next++;
    m_writes.insert(id, std::move(done));
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, call = std::move(call)]() { call(w, id); }, Qt::QueuedConnection);
}

vd::Result<signing::ContractCall> MintService::mintCall(const MintDeposit &deposit) const
{
    const auto token = chain::Address::fromString(m_settings.chain.token);
    if (!token.ok())
        return vd::Error{QStringLiteral("mint.no_token"), describe(QStringLiteral("mint.no_token"))};
    auto data = chain::Abi::encodeCall(
        u"mint(address,uint256)", {chain::AbiValue::address(deposit.wallet), chain::AbiValue::uint(deposit.amount)});
    if (!data.ok())
        return data.error();
    signing::ContractCall call;
    call.to = token.value();
    call.contractLabel = tr("VoucherDesk token");
    call.function = QStringLiteral("mint(address,uint256)");
    call.arguments = {
        {tr("to (deposit %1)").arg(deposit.reference), deposit.wallet.toChecksummed()},
        {tr("amount"), tr("%1 tokens (%2 base units)")
                           .arg(deposit.amount.toDecimal(m_settings.decimals), deposit.amount.toDecimal())}};
    call.data = data.value();
    call.abiArgs = {chain::AbiValue::address(deposit.wallet), chain::AbiValue::uint(deposit.amount)};
    call.requiredRole = chain::keccak256(QByteArrayView("MINTER_ROLE"));
    call.needsRole = true;
    call.requiredRoleName = QStringLiteral("MINTER_ROLE");
    return call;
}

// ---- direct mint ----------------------------------------------------------------------------------------------

void MintService::whenBegun(qint64 depositId, std::function<void()> action)
{
    if (!m_flows.contains(depositId))
        return;
    Flow &flow = m_flows[depositId];
    if (flow.begun)
        action();
    else
        flow.afterBegin.append(std::move(action));
}

void MintService::beginMint(qint64 depositId, const signing::PreparedCall &prepared)
{
    auto refuse = [this, depositId](const vd::Error &error) { emit mintBegun(depositId, error); };
    if (m_flows.contains(depositId))
        return refuse({QStringLiteral("mint.in_flight"), describe(QStringLiteral("mint.in_flight"))});
    if (m_expectedNonce.contains(depositId) && prepared.tx.nonce != m_expectedNonce.value(depositId))
        // A resend after a drop must reuse the nonce: another nonce could let the dropped transaction land later too.
        return refuse({QStringLiteral("mint.nonce_moved"),
                       tr("The minter's next nonce is %1, but the dropped attempt used %2; nothing was sent. Wait for "
                          "the minter's pending transactions, then retry.")
                           .arg(prepared.tx.nonce)
                           .arg(m_expectedNonce.value(depositId))});
    if (prepared.summary.balanceTooLow)
        return refuse({QStringLiteral("mint.no_gas"),
                       tr("The minter %1 has %2, less than this transaction may cost (%3); nothing was sent. Top up "
                          "the minter's gas first.")
                           .arg(prepared.summary.signer, prepared.summary.signerBalance, prepared.summary.maxCost)});
    m_flows.insert(depositId, Flow{});
    write([depositId, chainId = m_settings.chain.chainId, sender = prepared.signer.toBytes(),
           nonce = prepared.tx.nonce](MintWorker *w,
                                      quint64 id) { w->beginDirect(id, depositId, chainId, sender, nonce); },
          [this, depositId](const vd::Result<qint64> &r) {
              if (!m_flows.contains(depositId))
                  return;
              if (!r.ok()) {
                  m_flows.remove(depositId);
                  emit mintBegun(depositId, r.error());
                  emit depositChanged(depositId);
                  return;
              }
              m_expectedNonce.remove(depositId);
              Flow &flow = m_flows[depositId];
              flow.mintTx = r.value();
              flow.begun = true;
              const auto pending = std::exchange(flow.afterBegin, {});
              emit mintBegun(depositId, vd::Result<void>::success());
              emit depositChanged(depositId);
              for (const auto &action : pending)
                  action();
          });
}

void MintService::attemptSent(qint64 depositId, const chain::SentTransaction &tx)
{
    m_sent.insert(depositId, tx);
    const QString hashText = chain::hex::encode(bytes(tx.hash));
    whenBegun(depositId, [this, depositId, hash = bytes(tx.hash)]() {
        Flow &flow = m_flows[depositId];
        flow.sent = true;
        write([mintTx = flow.mintTx, hash](MintWorker *w, quint64 rid) { w->recordSent(rid, mintTx, hash); },
              [this, depositId](const vd::Result<qint64> &r) {
                  // On failure (database offline) the hash is still followed; the outcome records it by hash.
                  if (r.ok() && m_flows.contains(depositId))
                      m_flows[depositId].mintTx = r.value();
                  emit depositChanged(depositId);
              });
    });
    emit mintSent(depositId, hashText);
}

void MintService::recordMined(qint64 depositId, qint64 mintTx, const chain::Receipt &receipt)
{
    write([mintTx, block = static_cast<qint64>(receipt.blockNumber), hash = bytes(receipt.transactionHash)](
              MintWorker *w,
              quint64 id) { w->recordResult(id, mintTx, QStringLiteral("confirmed"), block, QString(), hash); },
          [this, depositId](const vd::Result<qint64> &r) {
              m_sent.remove(depositId);
              m_flows.remove(depositId);
              emit mintDone(depositId, r.ok() ? vd::Result<void>::success() : vd::Result<void>(r.error()));
              emit depositChanged(depositId);
          });
}

void MintService::attemptMined(qint64 depositId, const chain::Receipt &receipt)
{
    // Whichever hash of the nonce was mined (the first or a speed-up) is the mint.
    whenBegun(depositId,
              [this, depositId, receipt]() { recordMined(depositId, m_flows.value(depositId).mintTx, receipt); });
}

void MintService::attemptFailed(qint64 depositId, const vd::Error &error)
{
    if (!m_flows.contains(depositId)) {
        emit mintDone(depositId, error); // refused before anything was recorded (checks, simulation)
        return;
    }
    if (m_flows.value(depositId).speedUpId)
        return; // the first hash's follower gave up while a speed-up is under way: the speed-up decides
    whenBegun(depositId, [this, depositId, error]() {
        const Flow flow = m_flows.take(depositId);
        // 'failed' keeps the nonce: whether or not the node got it, Retry asks the chain before sending again.
        write(
            [mintTx = flow.mintTx, reason = error.message](MintWorker *w, quint64 rid) {
                w->recordResult(rid, mintTx, QStringLiteral("failed"), -1, reason, {});
            },
            [this, depositId, error](const vd::Result<qint64> &) {
                emit mintDone(depositId, error);
                emit depositChanged(depositId);
            });
    });
}

void MintService::attemptAbandoned(qint64 depositId)
{
    if (!m_flows.contains(depositId) || m_flows.value(depositId).sent || m_sent.contains(depositId))
        return;
    whenBegun(depositId, [this, depositId]() {
        const Flow flow = m_flows.take(depositId);
        write(
            [mintTx = flow.mintTx, reason = tr("Cancelled before signing; nothing was sent.")](
                MintWorker *w, quint64 id) { w->recordResult(id, mintTx, QStringLiteral("not_sent"), -1, reason, {}); },
            [this, depositId](const vd::Result<qint64> &) { emit depositChanged(depositId); });
    });
}

void MintService::prepareMint(const MintDeposit &deposit)
{
    auto refuse = [this, &deposit](const QString &code) {
        emit mintPrepared(deposit.id, 0, vd::Error{code, describe(code)});
    };
    if (!m_signing)
        return refuse(QStringLiteral("mint.no_signing"));
    if (m_settings.minterKeystore.isEmpty())
        return refuse(QStringLiteral("mint.no_keystore"));
    if (deposit.mintingPaused)
        return refuse(QStringLiteral("mint.paused"));
    auto call = mintCall(deposit);
    if (!call.ok()) {
        emit mintPrepared(deposit.id, 0, call.error());
        return;
    }
    const quint64 id = m_signing->prepare(m_settings.minterKeystore, call.value());
    m_signingIds.insert(id, deposit.id);
}

void MintService::onPrepared(quint64 id, const vd::Result<signing::PreparedCall> &result)
{
    if (!m_signingIds.contains(id))
        return;
    const qint64 depositId = m_signingIds.value(id);
    if (!result.ok())
        m_signingIds.remove(id);
    else
        m_prepared.insert(id, result.value());
    emit mintPrepared(depositId, id, result);
}

void MintService::confirmMint(qint64 depositId, quint64 signingId, const QByteArray &password)
{
    if (!m_signing || !m_prepared.contains(signingId)) {
        emit mintDone(depositId,
                      vd::Error{QStringLiteral("mint.not_prepared"), describe(QStringLiteral("mint.not_prepared"))});
        return;
    }
    if (!m_flows.contains(depositId)) {
        auto begun = std::make_shared<QMetaObject::Connection>();
        *begun = connect(this, &MintService::mintBegun, this,
                         [this, depositId, signingId, begun](qint64 id, const vd::Result<void> &r) {
                             if (id != depositId)
                                 return;
                             disconnect(*begun);
                             if (!r.ok()) {
                                 m_signing->discard(signingId);
                                 m_signingIds.remove(signingId);
                                 m_prepared.remove(signingId);
                                 emit mintDone(depositId, r.error());
                             }
                         });
        beginMint(depositId, m_prepared.value(signingId));
    }
    QByteArray secret = password;
    whenBegun(depositId, [this, signingId, secret]() mutable {
        if (m_signingIds.contains(signingId))
            m_signing->signAndSend(signingId, secret);
        wipe(secret);
    });
}

void MintService::cancelMint(qint64 depositId, quint64 signingId)
{
    if (m_signing)
        m_signing->discard(signingId);
    m_signingIds.remove(signingId);
    m_prepared.remove(signingId);
    attemptAbandoned(depositId);
}

std::optional<chain::Address> MintService::sentFrom(qint64 depositId) const
{
    if (!m_sent.contains(depositId))
        return std::nullopt;
    return m_sent.value(depositId).from;
}

// ---- retry / speed up ------------------------------------------------------------------------------------------

void MintService::retry(const MintDeposit &deposit)
{
    if (!m_signing) {
        emit mintDone(deposit.id,
                      vd::Error{QStringLiteral("mint.no_signing"), describe(QStringLiteral("mint.no_signing"))});
        return;
    }
    const auto latest = deposit.latestDirect();
    if (!latest) {
        m_flows.remove(deposit.id); // nothing was ever sent for it
        emit retryAssessed(deposit.id, {RetryVerdict::Kind::FreshMint, tr("No earlier attempt was sent: mint again.")});
        return;
    }
    const auto sender = chain::Address::fromBytes(latest->sender);
    if (!sender.ok()) {
        emit mintDone(deposit.id, sender.error());
        return;
    }
    const quint64 id = m_signing->checkLanded(deposit.hashesOfLatestNonce(), sender.value(), latest->nonce);
    m_checks.insert(id, deposit);
}

void MintService::onLanded(quint64 id, const vd::Result<chain::LandedStatus> &status)
{
    if (!m_checks.contains(id))
        return;
    const MintDeposit deposit = m_checks.take(id);
    const MintAttempt latest = *deposit.latestDirect();
    if (!status.ok()) {
        emit mintDone(deposit.id, status.error());
        return;
    }
    const chain::LandedStatus &s = status.value();
    using State = chain::LandedStatus::State;
    if (s.state == State::Dropped || (s.state == State::Mined && !(s.receipt && s.receipt->status))) {
        // The chain and the database decide from here; whatever this session still followed is over.
        m_flows.remove(deposit.id);
        m_sent.remove(deposit.id);
    }
    switch (s.state) {
    case State::Mined:
        if (s.receipt && s.receipt->status) {
            emit retryAssessed(deposit.id, {RetryVerdict::Kind::Minted,
                                            tr("The earlier attempt %1 was mined in block %2: recorded as minted, "
                                               "nothing sent again.")
                                                .arg(chain::hex::encode(bytes(s.minedHash)))
                                                .arg(s.receipt->blockNumber)});
            recordMined(deposit.id, latest.id, *s.receipt);
            return;
        }
        // Mined and reverted: nothing was minted and the nonce is spent; a new attempt is safe.
        {
            const RetryVerdict verdict{RetryVerdict::Kind::Failed,
                                       tr("The earlier attempt was mined but reverted (nothing minted): mint again.")};
            if (deposit.status != QLatin1String("mint_processing")) {
                emit retryAssessed(deposit.id, verdict);
                return;
            }
            write(
                [mintTx = latest.id, block = s.receipt ? static_cast<qint64>(s.receipt->blockNumber) : -1,
                 reason = tr("The transaction reverted on chain.")](MintWorker *w, quint64 rid) {
                    w->recordResult(rid, mintTx, QStringLiteral("failed"), block, reason, {});
                },
                [this, id = deposit.id, verdict](const vd::Result<qint64> &) {
                    emit retryAssessed(id, verdict);
                    emit depositChanged(id);
                });
        }
        return;
    case State::Pending:
        emit retryAssessed(deposit.id, {RetryVerdict::Kind::Pending,
                                        canSpeedUp(deposit.id)
                                            ? tr("The earlier attempt is still waiting in the network: speed it up "
                                                 "(same nonce, higher fee) or wait.")
                                            : tr("The earlier attempt is still waiting in the network: wait for it, "
                                                 "then retry again.")});
        return;
    case State::NonceConsumed:
        investigateConsumedNonce(deposit, latest);
        return;
    case State::Dropped: {
        m_expectedNonce.insert(deposit.id, latest.nonce);
        const RetryVerdict verdict{RetryVerdict::Kind::Resend,
                                   tr("The earlier attempt never reached the chain and its nonce %1 is free: mint "
                                      "again, with the same nonce.")
                                       .arg(latest.nonce)};
        if (latest.status != QLatin1String("signed") && latest.status != QLatin1String("sent")) {
            emit retryAssessed(deposit.id, verdict);
            return;
        }
        write(
            [mintTx = latest.id, reason = tr("Dropped by the network (not on chain); to be sent again with the same "
                                             "nonce.")](MintWorker *w, quint64 rid) {
                w->recordResult(rid, mintTx, QStringLiteral("failed"), -1, reason, {});
            },
            [this, id = deposit.id, verdict](const vd::Result<qint64> &r) {
                if (!r.ok()) {
                    emit mintDone(id, r.error());
                    return;
                }
                emit retryAssessed(id, verdict);
                emit depositChanged(id);
            });
    }
        return;
    }
}

void MintService::investigateConsumedNonce(const MintDeposit &deposit, const MintAttempt &attempt)
{
    // The hash may have been lost between send and record: the listener's mints to this wallet of this amount that
    // no other deposit claims, sent by the minter with this very nonce, are this deposit's mint.
    const quint64 search = m_next++;
    m_mintSearches.insert(search, [this, deposit, attempt](const vd::Result<QList<QByteArray>> &candidates) {
        if (!candidates.ok()) {
            emit mintDone(deposit.id, candidates.error());
            return;
        }
        const quint64 find = m_next++;
        m_nonceSearches.insert(find, [this, deposit, attempt](const vd::Result<std::optional<chain::Receipt>> &found) {
            if (!found.ok()) {
                emit mintDone(deposit.id, found.error());
                return;
            }
            if (found.value() && found.value()->status) {
                emit retryAssessed(deposit.id,
                                   {RetryVerdict::Kind::Minted,
                                    tr("The mint was found on chain in transaction %1 (sent with nonce %2; its hash "
                                       "had not been recorded): recorded as minted, nothing sent again.")
                                        .arg(chain::hex::encode(bytes(found.value()->transactionHash)))
                                        .arg(attempt.nonce)});
                recordMined(deposit.id, attempt.id, *found.value());
                return;
            }
            emit retryAssessed(
                deposit.id, {RetryVerdict::Kind::NonceConsumed,
                             tr("The minter's nonce %1 was used by a transaction that is not a recorded attempt, "
                                "and no mint of %2 to %3 sent with that nonce is known. Nothing was sent: find "
                                "out what used the nonce (block explorer, listener) before minting again.")
                                 .arg(attempt.nonce)
                                 .arg(deposit.amount.toDecimal(m_settings.decimals), deposit.wallet.toChecksummed())});
        });
        QMetaObject::invokeMethod(
            m_chain,
            [c = m_chain, find, list = candidates.value(), sender = attempt.sender, nonce = attempt.nonce]() {
                c->findByNonce(find, list, sender, nonce);
            },
            Qt::QueuedConnection);
    });
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, search, id = deposit.id]() { w->unclaimedChainMints(search, id); },
        Qt::QueuedConnection);
}

void MintService::speedUp(qint64 depositId, const QByteArray &password)
{
    if (!m_signing || !m_sent.contains(depositId) || !m_flows.contains(depositId)) {
        emit mintDone(depositId, vd::Error{QStringLiteral("mint.nothing_to_speed_up"),
                                           describe(QStringLiteral("mint.nothing_to_speed_up"))});
        return;
    }
    const quint64 id = m_signing->speedUp(m_settings.minterKeystore, password, m_sent.value(depositId));
    m_signingIds.insert(id, depositId);
    m_flows[depositId].speedUpId = id;
}

// ---- Safe ------------------------------------------------------------------------------------------------------

void MintService::exportProposal(const MintDeposit &deposit, const QString &filePath)
{
    auto refuse = [this, &deposit](const QString &code) {
        emit proposalExported(deposit.id, vd::Error{code, describe(code)});
    };
    if (!m_signing)
        return refuse(QStringLiteral("mint.no_signing"));
    if (deposit.mintingPaused)
        return refuse(QStringLiteral("mint.paused"));
    auto call = mintCall(deposit);
    if (!call.ok()) {
        emit proposalExported(deposit.id, call.error());
        return;
    }
    const quint64 id = m_signing->proposeToSafe(call.value(), tr("Mint for deposit %1").arg(deposit.reference));
    m_proposals.insert(id, {deposit, filePath});
}

void MintService::onProposed(quint64 id, const vd::Result<signing::SafeProposal> &result)
{
    if (!m_proposals.contains(id))
        return;
    const auto entry = m_proposals.take(id);
    const MintDeposit deposit = entry.first;
    const QString filePath = entry.second;
    if (!result.ok()) {
        emit proposalExported(deposit.id, result);
        return;
    }
    const signing::SafeProposal p = result.value();
    write(
        [depositId = deposit.id, chainId = p.chainId, safe = p.safe.toBytes(), nonce = p.safeNonce,
         hash = bytes(p.safeTxHash), target = p.target.toBytes(), calldata = p.calldata,
         summary = p.summary.toText()](MintWorker *w, quint64 rid) {
            w->recordProposal(rid, depositId, chainId, safe, nonce, hash, target, calldata, summary);
        },
        [this, depositId = deposit.id, filePath, p](const vd::Result<qint64> &r) {
            if (!r.ok()) {
                emit proposalExported(depositId, r.error());
                return;
            }
            if (!filePath.isEmpty()) {
                QSaveFile file(filePath);
                if (!file.open(QIODevice::WriteOnly) || file.write(p.transactionBuilderJson) < 0 || !file.commit()) {
                    emit proposalExported(depositId,
                                          vd::Error{QStringLiteral("mint.file"),
                                                    tr("The proposal was recorded but the file %1 could not be "
                                                       "written: %2. Export it again to another place.")
                                                        .arg(filePath, file.errorString())});
                    emit depositChanged(depositId);
                    return;
                }
            }
            emit proposalExported(depositId, p);
            emit depositChanged(depositId);
        });
}

void MintService::recordSafeExecution(const MintDeposit &deposit, const QByteArray &executionTx)
{
    if (!deposit.proposal) {
        emit safeExecutionRecorded(
            deposit.id, vd::Error{QStringLiteral("mint.no_proposal"), describe(QStringLiteral("mint.no_proposal"))});
        return;
    }
    const auto token = chain::Address::fromString(m_settings.chain.token);
    if (!token.ok()) {
        emit safeExecutionRecorded(
            deposit.id, vd::Error{QStringLiteral("mint.no_token"), describe(QStringLiteral("mint.no_token"))});
        return;
    }
    chain::SafeMintExpectation e;
    // Our Safe is the configured one; the proposal names the Safe it was exported for (the same, unless the
    // settings changed since).
    const auto configuredSafe = chain::Address::fromString(m_settings.chain.safe);
    e.safe = configuredSafe.ok() ? configuredSafe.value() : deposit.proposal->safe;
    e.token = token.value();
    e.recipient = deposit.wallet;
    e.amount = deposit.amount;
    e.safeTxHash = deposit.proposal->safeTxHash;
    e.requiredConfirmations = static_cast<uint64_t>(std::max(1, m_settings.chain.confirmations));
    const quint64 id = m_next++;
    m_safeChecks.insert(id, [this, depositId = deposit.id, safeTxHash = bytes(deposit.proposal->safeTxHash),
                             executionTx](const vd::Result<SafeCheck> &check) {
        if (!check.ok()) {
            const QString rule = describe(check.error().code);
            emit safeExecutionRecorded(
                depositId, vd::Error{check.error().code,
                                     rule.isEmpty() ? check.error().message : rule + u' ' + check.error().message});
            return;
        }
        write([depositId, safeTxHash, executionTx, block = static_cast<qint64>(check.value().block)](
                  MintWorker *w, quint64 rid) { w->recordSafeMint(rid, depositId, safeTxHash, executionTx, block); },
              [this, depositId, check](const vd::Result<qint64> &r) {
                  emit safeExecutionRecorded(depositId, r.ok() ? check : vd::Result<SafeCheck>(r.error()));
                  emit depositChanged(depositId);
              });
    });
    QMetaObject::invokeMethod(
        m_chain, [c = m_chain, id, executionTx, e]() { c->verifySafe(id, executionTx, e); }, Qt::QueuedConnection);
}

// ---- gas -------------------------------------------------------------------------------------------------------

void MintService::checkGas()
{
    if (!m_signing) {
        emit gasChecked(vd::Error{QStringLiteral("mint.no_signing"), describe(QStringLiteral("mint.no_signing"))});
        return;
    }
    if (m_settings.minterKeystore.isEmpty()) {
        emit gasChecked(vd::Error{QStringLiteral("mint.no_keystore"), describe(QStringLiteral("mint.no_keystore"))});
        return;
    }
    const auto minter = signing::SigningService::keystoreAddress(m_settings.minterKeystore);
    if (!minter.ok()) {
        emit gasChecked(minter.error());
        return;
    }
    m_gasAccount = minter.value();
    m_gasRequest = m_signing->nativeBalance(m_gasAccount);
}

} // namespace vd::mint
