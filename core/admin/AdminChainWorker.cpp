#include "admin/AdminWorkers.h"

#include "chain/Hex.h"
#include "chain/rpc/ContractReader.h"
#include "chain/rpc/EndpointPool.h"
#include "config/AppConfig.h"

#include <QUrl>

namespace vd::admin {

namespace {
constexpr quint64 kMaxMembersRead = 200; // a role with more members is shown truncated (and warned about)
}

struct AdminChainWorker::Job
{
    quint64 id = 0;
    ChainState state;
    chain::Address token;
    std::optional<chain::Address> signer;
    chain::BlockId block = chain::BlockId::latest();
    int pending = 0;
    bool finished = false;
    QList<chain::Hash32> roles;
    void fail(const vd::Error &e)
    {
        if (state.error.code.isEmpty())
            state.error = e;
    }
};

AdminChainWorker::AdminChainWorker(AdminSettings settings) : m_settings(std::move(settings)) {}

AdminChainWorker::~AdminChainWorker() = default;

void AdminChainWorker::ensureReader()
{
    if (m_reader)
        return;
    QList<QUrl> urls;
    for (const QString &u : std::as_const(m_settings.rpcUrls))
        urls << QUrl(u);
    chain::EndpointPoolOptions options;
    options.expectedChainId = m_settings.chainId;
    options.maxAttempts = 3;
    m_pool = new chain::EndpointPool(urls, options, nullptr, this);
    m_reader = new chain::ContractReader(m_pool, this);
}

void AdminChainWorker::read(quint64 id, const QList<chain::Hash32> &extraRoles, const QString &signer)
{
    auto job = std::make_shared<Job>();
    job->id = id;
    job->state.chainId = m_settings.chainId;
    job->state.chainName = config::chainName(m_settings.chainId);
    auto token = chain::Address::fromString(m_settings.token);
    if (m_settings.rpcUrls.isEmpty() || !token) {
        job->fail(vd::Error{QStringLiteral("admin.not_configured"),
                            tr("The token contract or the blockchain endpoints are not configured (File > Settings).")});
        done(job);
        return;
    }
    ensureReader();
    job->token = token.value();
    job->state.token = job->token.toChecksummed();
    if (auto s = chain::Address::fromString(signer); s && !signer.isEmpty()) {
        job->signer = s.value();
        job->state.hasSigner = true;
        job->state.signer = s.value();
    }
    job->roles = knownRoles();
    for (const chain::Hash32 &r : extraRoles)
        if (!job->roles.contains(r))
            job->roles.append(r);

    // Everything is read at one block so the picture is consistent.
    job->pending = 1;
    m_reader->blockNumber(this, [this, job](const chain::RpcResult<uint64_t> &n) {
        if (!n.ok()) {
            job->fail(n.error());
            --job->pending;
            return done(job);
        }
        job->block = chain::BlockId::number(n.value());
        const chain::BlockId at = job->block;
        job->pending += 4;
        --job->pending;

        m_reader->code(job->token, this, [this, job](const chain::RpcResult<QByteArray> &code) {
            --job->pending;
            if (!code.ok()) {
                job->fail(code.error());
            } else if (code.value().isEmpty()) {
                job->state.codeHashProblem = tr("There is no contract at this address on this chain.");
            } else {
                const chain::Hash32 h = chain::keccak256(code.value());
                job->state.codeHash = chain::hex::encode(QByteArrayView(h));
                const QString pinned = m_settings.tokenCodeHash.trimmed().toLower();
                if (pinned.isEmpty())
                    job->state.codeHashProblem =
                        tr("No code hash is pinned in the settings: the contract cannot be verified and nothing will "
                           "be signed until it is pinned.");
                else if (pinned != job->state.codeHash)
                    job->state.codeHashProblem =
                        tr("The contract's code is not the pinned one (pinned %1). Do not sign anything: the address "
                           "or the contract changed.")
                            .arg(pinned);
                else
                    job->state.codeHashVerified = true;
            }
            done(job);
        }, at);
        m_reader->paused(job->token, this, [this, job](const chain::RpcResult<bool> &p) {
            --job->pending;
            if (p.ok())
                job->state.paused = p.value();
            else
                job->fail(p.error());
            done(job);
        }, at);
        m_reader->totalSupply(job->token, this, [this, job](const chain::RpcResult<chain::U256> &s) {
            --job->pending;
            if (s.ok())
                job->state.totalSupply = s.value();
            else
                job->fail(s.error());
            done(job);
        }, at);
        m_reader->decimals(job->token, this, [this, job](const chain::RpcResult<int> &d) {
            --job->pending;
            if (d.ok())
                job->state.decimals = d.value();
            else
                job->fail(d.error());
            done(job);
        }, at);
        for (const chain::Hash32 &role : std::as_const(job->roles))
            readRole(job, role);
        done(job);
    });
}

void AdminChainWorker::readRole(const std::shared_ptr<Job> &job, const chain::Hash32 &role)
{
    const chain::BlockId at = job->block;
    const qsizetype index = job->state.roles.size();
    ChainRole cr;
    cr.role = role;
    job->state.roles.append(cr);
    job->pending += job->signer ? 3 : 2;
    m_reader->getRoleAdmin(job->token, role, this, [this, job, index](const chain::RpcResult<chain::Hash32> &a) {
        --job->pending;
        if (a.ok())
            job->state.roles[index].adminRole = a.value();
        else
            job->fail(a.error());
        done(job);
    }, at);
    if (job->signer) {
        m_reader->hasRole(job->token, role, *job->signer, this, [this, job, role](const chain::RpcResult<bool> &h) {
            --job->pending;
            if (h.ok() && h.value())
                job->state.signerRoles.append(role);
            else if (!h.ok())
                job->fail(h.error());
            done(job);
        }, at);
    }
    m_reader->getRoleMemberCount(job->token, role, this, [this, job, index, role, at](const chain::RpcResult<chain::U256> &c) {
        --job->pending;
        if (!c.ok()) {
            job->fail(c.error());
            return done(job);
        }
        const quint64 count = c.value().fitsUint64() ? c.value().low64() : kMaxMembersRead;
        job->state.roles[index].memberCount = count;
        const quint64 n = std::min(count, kMaxMembersRead);
        QList<chain::Address> *members = &job->state.roles[index].members;
        members->resize(static_cast<qsizetype>(n));
        job->pending += static_cast<int>(n);
        for (quint64 i = 0; i < n; ++i) {
            m_reader->getRoleMember(job->token, role, i, this, [this, job, index, i](const chain::RpcResult<chain::Address> &m) {
                --job->pending;
                if (m.ok())
                    job->state.roles[index].members[static_cast<qsizetype>(i)] = m.value();
                else
                    job->fail(m.error());
                done(job);
            }, at);
        }
        done(job);
    }, at);
}

void AdminChainWorker::done(const std::shared_ptr<Job> &job)
{
    if (job->pending > 0 || job->finished)
        return;
    job->finished = true;
    job->state.ok = job->state.error.code.isEmpty();
    job->state.readAt = QDateTime::currentDateTimeUtc();
    // Known roles first, in their order; the signer's roles in the same order.
    QList<chain::Hash32> ordered;
    for (const chain::Hash32 &r : std::as_const(job->roles))
        if (job->state.signerRoles.contains(r))
            ordered.append(r);
    job->state.signerRoles = ordered;
    if (job->state.hasSigner && ordered.isEmpty() && job->state.ok)
        job->state.signerProblem = tr("The loaded key %1 holds none of the token's roles.")
                                       .arg(job->state.signer.toChecksummed());
    emit stateRead(job->id, job->state);
}

} // namespace vd::admin
