#include "admin/AdminService.h"
#include "common/ThreadCleanup.h"

#include "admin/AdminWorkers.h"

namespace vd::admin {

AdminService::AdminService(AdminSettings settings, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_chainWorker(new AdminChainWorker(m_settings)),
      m_dbWorker(new AdminDbWorker(m_settings))
{
    qRegisterMetaType<vd::admin::ChainState>();
    qRegisterMetaType<vd::admin::DbState>();
    m_chainThread.setObjectName(QStringLiteral("vd-admin-chain"));
    m_dbThread.setObjectName(QStringLiteral("vd-admin-db"));
    m_chainWorker->moveToThread(&m_chainThread);
    releaseThreadCryptoOnFinish(m_chainThread);
    m_dbWorker->moveToThread(&m_dbThread);
    releaseThreadCryptoOnFinish(m_dbThread);
    connect(&m_chainThread, &QThread::finished, m_chainWorker, &QObject::deleteLater);
    connect(&m_dbThread, &QThread::finished, m_dbWorker, &QObject::deleteLater);
    connect(m_chainWorker, &AdminChainWorker::stateRead, this,
            [this](quint64 id, const ChainState &state) {
                m_chain = state;
                emit chainStateReady(id, state);
                emit stateChanged();
            },
            Qt::QueuedConnection);
    connect(m_dbWorker, &AdminDbWorker::stateRead, this,
            [this](quint64 id, const DbState &state) {
                // Roles seen in events that the last chain read did not ask about: ask now.
                bool unseen = false;
                for (const chain::Hash32 &r : state.seenRoles)
                    unseen = unseen || !std::any_of(m_chain.roles.cbegin(), m_chain.roles.cend(),
                                                    [&r](const ChainRole &c) { return c.role == r; });
                m_db = state;
                emit dbStateReady(id, state);
                emit stateChanged();
                if (unseen && m_chain.ok)
                    refreshChain();
            },
            Qt::QueuedConnection);
    connect(m_dbWorker, &AdminDbWorker::recorded, this, &AdminService::recorded, Qt::QueuedConnection);
    connect(m_dbWorker, &AdminDbWorker::rotationChanged, this, &AdminService::rotationChanged, Qt::QueuedConnection);
    connect(m_dbWorker, &AdminDbWorker::chainChanged, this, [this] { refresh(); }, Qt::QueuedConnection);
    m_chainThread.start();
    m_dbThread.start();
}

AdminService::~AdminService()
{
    QMetaObject::invokeMethod(m_dbWorker, [w = m_dbWorker]() { w->stop(); }, Qt::BlockingQueuedConnection);
    m_chainThread.quit();
    m_dbThread.quit();
    m_chainThread.wait();
    m_dbThread.wait();
}

std::optional<chain::Address> AdminService::tokenAddress() const
{
    if (auto a = chain::Address::fromString(m_settings.token); a && !m_settings.token.isEmpty())
        return a.value();
    return std::nullopt;
}

std::optional<chain::Address> AdminService::safeAddress() const
{
    if (auto a = chain::Address::fromString(m_settings.safe); a && !m_settings.safe.isEmpty())
        return a.value();
    return std::nullopt;
}

quint64 AdminService::refresh()
{
    const quint64 id = m_next++;
    QList<chain::Hash32> extra = m_db.seenRoles;
    const QString signer = m_signer ? m_signer->toChecksummed() : QString();
    QMetaObject::invokeMethod(m_chainWorker, [w = m_chainWorker, id, extra, signer]() { w->read(id, extra, signer); });
    QMetaObject::invokeMethod(m_dbWorker, [w = m_dbWorker, id]() { w->read(id); });
    return id;
}

quint64 AdminService::refreshChain()
{
    const quint64 id = m_next++;
    QList<chain::Hash32> extra = m_db.seenRoles;
    const QString signer = m_signer ? m_signer->toChecksummed() : QString();
    QMetaObject::invokeMethod(m_chainWorker, [w = m_chainWorker, id, extra, signer]() { w->read(id, extra, signer); });
    return id;
}

quint64 AdminService::refreshDatabase()
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_dbWorker, [w = m_dbWorker, id]() { w->read(id); });
    return id;
}

quint64 AdminService::recordSigned(const SignedRecord &record)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_dbWorker, [w = m_dbWorker, id, record]() { w->recordSigned(id, record); });
    return id;
}

quint64 AdminService::startRotation(const chain::Address &oldMinter, const chain::Address &newMinter,
                                    const QString &keystore, bool withPause)
{
    const quint64 id = m_next++;
    const QString o = oldMinter.toChecksummed();
    const QString n = newMinter.toChecksummed();
    QMetaObject::invokeMethod(m_dbWorker, [w = m_dbWorker, id, o, n, keystore, withPause]() {
        w->startRotation(id, o, n, keystore, withPause);
    });
    return id;
}

quint64 AdminService::rotationStepDone(qint64 rotationId, const QString &step, const QString &ref)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_dbWorker,
                              [w = m_dbWorker, id, rotationId, step, ref]() { w->rotationStep(id, rotationId, step, ref); });
    return id;
}

quint64 AdminService::finishRotation(qint64 rotationId, bool abandoned)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_dbWorker,
                              [w = m_dbWorker, id, rotationId, abandoned]() { w->finishRotation(id, rotationId, abandoned); });
    return id;
}

} // namespace vd::admin
