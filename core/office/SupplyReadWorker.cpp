#include "office/SupplyReadWorker.h"

#include "chain/Address.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"

#include <QTimer>
#include <QUrl>
#include <memory>

namespace vd::office {

SupplyReadWorker::SupplyReadWorker(SupplySettings settings) : m_settings(std::move(settings)) {}

SupplyReadWorker::~SupplyReadWorker() = default;

void SupplyReadWorker::read(quint64 requestId, qint64 block)
{
    const auto token = chain::Address::fromString(m_settings.token);
    QList<QUrl> urls;
    for (const QString &u : std::as_const(m_settings.rpcUrls))
        if (QUrl url(u); url.isValid() && !url.isEmpty())
            urls << url;
    if (!token.ok() || urls.isEmpty()) {
        emit supplyRead(requestId, false, {}, 0,
                        tr("No blockchain endpoint or token contract is configured (Settings)."));
        return;
    }
    if (!m_pool) {
        chain::EndpointPoolOptions options;
        options.expectedChainId = m_settings.chainId;
        options.maxAttempts = 3;
        m_pool = new chain::EndpointPool(urls, options, nullptr, this);
        m_reader = new chain::ContractReader(m_pool, this);
    }
    // Answer exactly once, whichever comes first: both figures, an error, or the deadline.
    struct State
    {
        bool done = false;
        QString supply;
        int decimals = -1;
    };
    auto state = std::make_shared<State>();
    auto finish = [this, requestId, state](bool ok, const QString &error) {
        if (state->done)
            return;
        state->done = true;
        emit supplyRead(requestId, ok, state->supply, state->decimals, error);
    };
    QTimer::singleShot(m_settings.timeoutMs, this, [finish, this]() {
        finish(false, tr("The blockchain did not answer within %1 s.").arg(m_settings.timeoutMs / 1000));
    });
    auto maybeDone = [state, finish]() {
        if (!state->supply.isEmpty() && state->decimals >= 0)
            finish(true, {});
    };
    const chain::BlockId at =
        block >= 0 ? chain::BlockId::number(static_cast<uint64_t>(block)) : chain::BlockId::latest();
    m_reader->totalSupply(
        token.value(), this,
        [state, finish, maybeDone](const chain::RpcResult<chain::U256> &r) {
            if (!r.ok())
                return finish(false, r.error().message);
            state->supply = r.value().toDecimal();
            maybeDone();
        },
        at);
    m_reader->decimals(
        token.value(), this,
        [state, finish, maybeDone](const chain::RpcResult<int> &r) {
            if (!r.ok())
                return finish(false, r.error().message);
            state->decimals = r.value();
            maybeDone();
        },
        at);
}

} // namespace vd::office
