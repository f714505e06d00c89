#include "signing/SigningWorker.h"

#include "chain/Hex.h"
#include "chain/Keystore.h"
#include "chain/SafeBatchExport.h"
#include "chain/SafeTxHasher.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"
#include "chain/rpc/HttpRpcTransport.h"
#include "chain/rpc/TxSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSigning, "vd.signing")

namespace vd::signing {

namespace {

QString trs(const char *text)
{
    return QCoreApplication::translate("vd::signing::SigningService", text);
}

QString hashHex(const chain::Hash32 &h)
{
    return chain::hex::encode(QByteArrayView(reinterpret_cast<const char *>(h.data()), qsizetype(h.size())));
}

vd::Error refusal(const QString &code, const QString &message)
{
    return vd::Error{code, message};
}

/// Native coin of a chain, for fee and balance figures.
QString nativeSymbol(qint64 chainId)
{
    switch (chainId) {
    case 56:
    case 97:
        return QStringLiteral("BNB");
    default:
        return QStringLiteral("ETH"); // Base, Ethereum, local test chains
    }
}

/// "1.234567" from a decimal with many digits: keeps `digits` significant decimals, trims zeros.
QString shortDecimal(const chain::U256 &value, int decimals, int digits)
{
    QString text = value.toDecimal(decimals);
    const qsizetype dot = text.indexOf(u'.');
    if (dot < 0)
        return text;
    qsizetype firstSignificant = dot + 1;
    if (text.left(dot) == QLatin1String("0"))
        while (firstSignificant < text.size() && text[firstSignificant] == u'0')
            ++firstSignificant;
    const qsizetype keep = qMin<qsizetype>(text.size(), qMax(dot + 1 + 2, firstSignificant + digits));
    text.truncate(keep);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

SigningWorker::SigningWorker(SigningSettings settings) : m_settings(std::move(settings))
{
    m_settings.tx.chainId = uint64_t(m_settings.chain.chainId);
}

SigningWorker::~SigningWorker() = default;

void SigningWorker::ensureRpc()
{
    if (m_sender)
        return;
    m_transport = new chain::HttpRpcTransport(this);
    QList<QUrl> urls;
    for (const QString &u : std::as_const(m_settings.chain.rpcUrls))
        urls << QUrl(u);
    chain::EndpointPoolOptions options;
    options.expectedChainId = m_settings.chain.chainId;
    options.maxAttempts = 3;
    m_pool = new chain::EndpointPool(urls, options, m_transport, this);
    m_reader = new chain::ContractReader(m_pool, this);
    m_sender = new chain::TxSender(m_pool, m_settings.tx, this);
    connect(m_sender, &chain::TxSender::confirmationProgress, this, [this](const QString &hash, int n, int target) {
        if (auto it = m_following.constFind(hash.toLower()); it != m_following.constEnd())
            emit progress(*it, n, target);
    });
}

TxSummary SigningWorker::baseSummary(const ContractCall &call, const QString &codeHash) const
{
    TxSummary s;
    s.chainId = m_settings.chain.chainId;
    s.chainName = config::chainName(m_settings.chain.chainId);
    s.contract = call.to.toChecksummed();
    s.contractLabel = call.contractLabel;
    s.codeHash = codeHash;
    s.function = call.function;
    s.arguments = call.arguments;
    return s;
}

QString SigningWorker::nativeAmount(const chain::U256 &wei) const
{
    return shortDecimal(wei, 18, 6) + u' ' + nativeSymbol(m_settings.chain.chainId);
}

void SigningWorker::checkChainAndCode(const chain::Address &target, std::function<void(const vd::Result<QString> &)> done)
{
    ensureRpc();
    m_reader->chainId(this, [this, target, done = std::move(done)](const chain::RpcResult<uint64_t> &id) {
        if (!id) {
            done(id.error());
            return;
        }
        if (qint64(*id) != m_settings.chain.chainId) {
            done(refusal(QStringLiteral("signing.wrong_chain"),
                         trs("The RPC endpoint serves chain %1, but this workstation is set up for %2. Nothing was "
                            "signed.")
                             .arg(config::chainName(qint64(*id)), config::chainName(m_settings.chain.chainId))));
            return;
        }
        const auto token = chain::Address::fromString(m_settings.chain.token);
        if (token && *token == target) {
            const QString pin = m_settings.chain.tokenCodeHash.trimmed();
            if (pin.isEmpty()) {
                done(refusal(QStringLiteral("signing.code_not_pinned"),
                             trs("The token contract's code hash is not pinned in the settings, so the contract "
                                "cannot be checked. Ask an administrator to pin it before signing.")));
                return;
            }
            const auto pinned = chain::hex::decode32(pin);
            if (!pinned) {
                done(refusal(QStringLiteral("signing.bad_code_hash"),
                             trs("The pinned code hash in the settings is not a valid 32-byte hash.")));
                return;
            }
            m_reader->verifyCodeHash(target, *pinned, this, [done](const chain::RpcResult<chain::Hash32> &h) {
                if (!h)
                    done(h.error());
                else
                    done(hashHex(*h));
            });
            return;
        }
        m_reader->code(target, this, [target, done](const chain::RpcResult<QByteArray> &code) {
            if (!code)
                done(code.error());
            else if (code->isEmpty())
                done(refusal(QStringLiteral("chain.no_code"),
                             trs("There is no contract at %1 on this chain.").arg(target.toChecksummed())));
            else
                done(hashHex(chain::keccak256(*code)));
        });
    });
}

void SigningWorker::checkRole(const ContractCall &call, const chain::Address &signer,
                              std::function<void(const vd::Error *)> done)
{
    if (!call.needsRole) {
        done(nullptr);
        return;
    }
    m_reader->hasRole(call.to, call.requiredRole, signer, this,
                      [this, call, signer, done = std::move(done)](const chain::RpcResult<bool> &has) {
        if (!has) {
            const vd::Error e = has.error();
            done(&e);
            return;
        }
        if (*has) {
            done(nullptr);
            return;
        }
        // Say who holds it, so the person knows whom to ask (or to propose to the Safe).
        m_reader->getRoleMemberCount(call.to, call.requiredRole, this,
                                     [this, call, signer, done](const chain::RpcResult<chain::U256> &count) {
            auto holders = std::make_shared<QStringList>();
            const uint64_t n = count ? std::min<uint64_t>((count->fitsUint64() ? count->low64() : 5), 5) : 0;
            auto finish = [call, signer, holders, done]() {
                const QString who = holders->isEmpty() ? trs("nobody") : holders->join(QStringLiteral("\n  "));
                const vd::Error e = refusal(
                    QStringLiteral("signing.missing_role"),
                    trs("The key %1 does not hold %2 on %3, so the contract would refuse this.\nHeld by:\n  %4\nUse "
                        "a key that holds it, or propose the action to the Safe.")
                        .arg(signer.toChecksummed(), call.requiredRoleName, call.to.toChecksummed(), who));
                done(&e);
            };
            if (n == 0) {
                finish();
                return;
            }
            auto remaining = std::make_shared<uint64_t>(n);
            for (uint64_t i = 0; i < n; ++i)
                m_reader->getRoleMember(call.to, call.requiredRole, i, this,
                                        [holders, remaining, finish](const chain::RpcResult<chain::Address> &a) {
                    if (a)
                        holders->append(a->toChecksummed());
                    if (--*remaining == 0)
                        finish();
                });
        });
    });
}

void SigningWorker::prepare(quint64 id, const QString &keystorePath, const ContractCall &call)
{
    const auto signer = SigningService::keystoreAddress(keystorePath);
    if (!signer) {
        emit prepared(id, signer.error());
        return;
    }
    Pending pending;
    pending.keystorePath = keystorePath;
    pending.call = call;
    m_pending.insert(id, pending);
    const chain::Address from = *signer;
    checkChainAndCode(call.to, [this, id, call, from](const vd::Result<QString> &codeHash) {
        if (!m_pending.contains(id))
            return; // discarded meanwhile
        if (!codeHash) {
            m_pending.remove(id);
            emit prepared(id, codeHash.error());
            return;
        }
        const QString hash = *codeHash;
        checkRole(call, from, [this, id, call, from, hash](const vd::Error *roleError) {
            if (!m_pending.contains(id))
                return;
            if (roleError) {
                m_pending.remove(id);
                emit prepared(id, *roleError);
                return;
            }
            // Simulate first: a revert comes back decoded, before any fee (estimateGas inside prepare() too).
            m_reader->call(call.to, call.data, chain::BlockId::latest(), this,
                           [this, id, call, from, hash](const chain::RpcResult<QByteArray> &sim) {
                if (!m_pending.contains(id))
                    return;
                if (!sim) {
                    m_pending.remove(id);
                    emit prepared(id, sim.error());
                    return;
                }
                chain::TxRequest request;
                request.to = call.to;
                request.value = call.value;
                request.data = call.data;
                m_sender->prepare(from, request, this,
                                  [this, id, call, from, hash](const chain::RpcResult<chain::UnsignedTransaction> &tx) {
                    if (!m_pending.contains(id))
                        return;
                    if (!tx) {
                        m_pending.remove(id);
                        emit prepared(id, tx.error());
                        return;
                    }
                    const chain::UnsignedTransaction utx = *tx;
                    m_pool->call(QStringLiteral("eth_getBalance"), QJsonArray{from.toLower(), QStringLiteral("latest")},
                                 this, [this, id, call, from, hash, utx](const chain::RpcResult<QJsonValue> &bal) {
                        auto it = m_pending.find(id);
                        if (it == m_pending.end())
                            return;
                        const chain::U256 fee = utx.type == chain::UnsignedTransaction::Type::Eip1559
                                                    ? utx.maxFeePerGas
                                                    : utx.gasPrice;
                        const chain::U256 maxCost = fee * chain::U256(utx.gasLimit) + utx.value;
                        PreparedCall p;
                        p.tx = utx;
                        p.signer = from;
                        p.summary = baseSummary(call, hash);
                        p.summary.signer = from.toChecksummed();
                        p.summary.nonce = utx.nonce;
                        p.summary.gasLimit = utx.gasLimit;
                        p.summary.maxFeePerGas = shortDecimal(fee, 9, 3) + QStringLiteral(" gwei");
                        p.summary.maxCost = nativeAmount(maxCost);
                        if (bal) {
                            const auto wei = chain::U256::fromHexQuantity(bal->toString());
                            if (wei) {
                                p.summary.signerBalance = nativeAmount(*wei);
                                p.summary.balanceTooLow = *wei < maxCost;
                            }
                        }
                        it->prepared = p;
                        it->ready = true;
                        emit prepared(id, p);
                    });
                });
            }, from);
        });
    });
}

vd::Result<chain::PrivateKey> SigningWorker::unlock(const QString &keystorePath, const QByteArray &password,
                                                    const std::optional<chain::Address> &expected)
{
    QFile file(keystorePath);
    if (!file.open(QIODevice::ReadOnly))
        return vd::Result<chain::PrivateKey>::fail(
            QStringLiteral("keystore.unreadable"),
            trs("The key file %1 cannot be read: %2").arg(keystorePath, file.errorString()));
    const QByteArray json = file.readAll();
    auto key = chain::Keystore::decrypt(json, password); // scrypt: this thread, never the GUI's
    if (!key)
        return key;
    if (expected && key->address() != *expected)
        return vd::Result<chain::PrivateKey>::fail(
            QStringLiteral("signing.key_changed"),
            trs("The key file now holds another key (%1) than the one checked (%2). Start again.")
                .arg(key->address().toChecksummed(), expected->toChecksummed()));
    return key;
}

void SigningWorker::signAndSend(quint64 id, const QByteArray &password)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end() || !it->ready || it->sending) {
        emit failed(id, refusal(QStringLiteral("signing.not_prepared"),
                                trs("There is nothing prepared to sign. Start the action again.")));
        return;
    }
    auto key = unlock(it->keystorePath, password, it->prepared.signer);
    if (!key) {
        // A wrong password keeps the prepared call: the person may try again.
        emit failed(id, key.error());
        return;
    }
    it->sending = true;
    const chain::UnsignedTransaction tx = it->prepared.tx;
    qCInfo(lcSigning).noquote() << "signing" << it->call.function << "to" << it->call.to.toChecksummed() << "nonce"
                                << tx.nonce << "from" << it->prepared.signer.toChecksummed();
    m_sender->signAndSend(std::move(key).value(), tx, this, [this, id](const chain::RpcResult<chain::SentTransaction> &s) {
        if (!s) {
            m_pending.remove(id);
            emit failed(id, s.error());
            return;
        }
        emit sent(id, *s);
        follow(id, *s);
    });
}

void SigningWorker::follow(quint64 id, const chain::SentTransaction &tx)
{
    m_following.insert(hashHex(tx.hash), id);
    m_sender->waitForReceipt(tx.hash, this, [this, id, tx](const chain::RpcResult<chain::Receipt> &r) {
        m_following.remove(hashHex(tx.hash));
        if (!r) {
            m_pending.remove(id);
            emit failed(id, r.error());
            return;
        }
        if (!r->status) {
            explainFailure(id, *r);
            return;
        }
        m_pending.remove(id);
        qCInfo(lcSigning).noquote() << "mined" << hashHex(tx.hash) << "in block" << r->blockNumber;
        emit mined(id, *r);
    });
}

void SigningWorker::explainFailure(quint64 id, const chain::Receipt &receipt)
{
    // The receipt carries no reason: replay the call on the state the transaction ran on for the decoded revert.
    const auto it = m_pending.constFind(id);
    const QString base = trs("The transaction %1 was mined in block %2 but failed; nothing changed on chain.")
                             .arg(hashHex(receipt.transactionHash))
                             .arg(receipt.blockNumber);
    if (it == m_pending.constEnd() || receipt.blockNumber == 0) {
        m_pending.remove(id);
        emit failed(id, refusal(QStringLiteral("tx.reverted"), base));
        return;
    }
    const ContractCall call = it->call;
    const chain::Address from = it->prepared.signer;
    m_pending.remove(id);
    m_reader->call(call.to, call.data, chain::BlockId::number(receipt.blockNumber - 1), this,
                   [this, id, base](const chain::RpcResult<QByteArray> &sim) {
        QString reason;
        if (!sim && sim.kind() == chain::RpcErrorKind::Revert)
            reason = sim.error().message;
        emit failed(id, refusal(QStringLiteral("tx.reverted"), reason.isEmpty() ? base : base + u' ' + reason));
    }, from);
}

void SigningWorker::discard(quint64 id)
{
    auto it = m_pending.find(id);
    if (it != m_pending.end() && !it->sending)
        m_pending.erase(it);
}

void SigningWorker::checkLanded(quint64 id, const QList<chain::Hash32> &hashes, const chain::Address &from,
                                quint64 nonce)
{
    ensureRpc();
    m_sender->checkLanded(hashes, from, nonce, this, [this, id](const chain::RpcResult<chain::LandedStatus> &s) {
        emit landed(id, s.toResult());
    });
}

void SigningWorker::speedUp(quint64 id, const QString &keystorePath, const QByteArray &password,
                            const chain::SentTransaction &previous)
{
    ensureRpc();
    auto key = unlock(keystorePath, password, previous.from);
    if (!key) {
        emit failed(id, key.error());
        return;
    }
    m_sender->speedUp(std::move(key).value(), previous, this, [this, id](const chain::RpcResult<chain::SentTransaction> &s) {
        if (!s) {
            emit failed(id, s.error());
            return;
        }
        emit sent(id, *s);
        follow(id, *s);
    });
}

void SigningWorker::proposeToSafe(quint64 id, const ContractCall &call, const QString &title)
{
    const auto safe = chain::Address::fromString(m_settings.chain.safe);
    if (m_settings.chain.safe.isEmpty() || !safe) {
        emit proposed(id, vd::Error{QStringLiteral("signing.no_safe"),
                                    trs("No Safe is configured for this workstation (Settings, chain).")});
        return;
    }
    checkChainAndCode(call.to, [this, id, call, title, safe = *safe](const vd::Result<QString> &codeHash) {
        if (!codeHash) {
            emit proposed(id, codeHash.error());
            return;
        }
        const QString hash = *codeHash;
        // The Safe executes the call: simulate it from the Safe, so a refusal shows before owners sign anything.
        m_reader->call(call.to, call.data, chain::BlockId::latest(), this,
                       [this, id, call, title, safe, hash](const chain::RpcResult<QByteArray> &sim) {
            if (!sim) {
                emit proposed(id, sim.error());
                return;
            }
            m_reader->safeNonce(safe, this, [this, id, call, title, safe, hash](const chain::RpcResult<chain::U256> &nonce) {
                if (!nonce) {
                    emit proposed(id, nonce.error());
                    return;
                }
                chain::SafeTx stx;
                stx.to = call.to;
                stx.value = call.value;
                stx.data = call.data;
                stx.nonce = *nonce;
                const chain::Hash32 local =
                    chain::SafeTxHasher::safeTxHash(stx, uint64_t(m_settings.chain.chainId), safe);
                m_reader->safeTransactionHash(safe, stx, this,
                                              [this, id, call, title, safe, hash, stx, local](
                                                  const chain::RpcResult<chain::Hash32> &onChain) {
                    if (!onChain) {
                        emit proposed(id, onChain.error());
                        return;
                    }
                    if (*onChain != local) {
                        emit proposed(id, vd::Error{QStringLiteral("signing.safe_hash_mismatch"),
                                                    trs("The Safe computes another transaction hash (%1) than this "
                                                       "app (%2). Nothing was proposed; check the Safe address and "
                                                       "version.")
                                                        .arg(hashHex(*onChain), hashHex(local))});
                        return;
                    }
                    m_reader->safeThreshold(safe, this, [this, id, call, title, safe, hash, stx,
                                                         local](const chain::RpcResult<chain::U256> &threshold) {
                        chain::SafeBatchCall bc;
                        bc.to = call.to;
                        bc.value = call.value;
                        if (chain::SafeBatchExport::knownMethods().contains(call.function) &&
                            (call.function.endsWith(QLatin1String("()")) || !call.abiArgs.isEmpty())) {
                            bc.method = call.function;
                            bc.args = call.abiArgs;
                        } else {
                            bc.data = call.data;
                        }
                        chain::SafeBatchMeta meta;
                        meta.name = title;
                        meta.description = trs("safeTxHash %1 for Safe nonce %2")
                                               .arg(hashHex(local), stx.nonce.toDecimal());
                        meta.chainId = uint64_t(m_settings.chain.chainId);
                        meta.safe = safe;
                        meta.createdAtMs = QDateTime::currentMSecsSinceEpoch();
                        auto json = chain::SafeBatchExport::toJson(meta, {bc});
                        if (!json) {
                            emit proposed(id, json.error());
                            return;
                        }
                        // The JSON's calldata must be the bytes we hashed.
                        const auto data = chain::SafeBatchExport::calldata(bc);
                        if (!data || *data != call.data) {
                            emit proposed(id, vd::Error{QStringLiteral("signing.calldata_mismatch"),
                                                        trs("The proposal file would not carry the checked call. "
                                                           "Nothing was proposed.")});
                            return;
                        }
                        SafeProposal p;
                        p.safe = safe;
                        p.chainId = m_settings.chain.chainId;
                        p.safeNonce = stx.nonce.low64();
                        p.safeTxHash = local;
                        p.target = call.to;
                        p.calldata = call.data;
                        p.transactionBuilderJson = *json;
                        p.summary = baseSummary(call, hash);
                        p.summary.signer = safe.toChecksummed();
                        p.summary.nonce = p.safeNonce;
                        p.threshold = threshold ? threshold->low64() : 0;
                        emit proposed(id, p);
                    });
                });
            });
        }, safe);
    });
}

void SigningWorker::nativeBalance(quint64 id, const chain::Address &account)
{
    ensureRpc();
    m_pool->call(QStringLiteral("eth_getBalance"), QJsonArray{account.toLower(), QStringLiteral("latest")}, this,
                 [this, id](const chain::RpcResult<QJsonValue> &r) {
        if (!r) {
            emit balance(id, r.error());
            return;
        }
        emit balance(id, chain::U256::fromHexQuantity(r->toString()));
    });
}

} // namespace vd::signing
