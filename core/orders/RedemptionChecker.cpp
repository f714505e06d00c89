#include "orders/RedemptionChecker.h"
#include "common/ThreadCleanup.h"

#include "chain/Keccak.h"
#include "orders/RedemptionCheckWorker.h"

namespace vd::orders {

RedemptionChecker::RedemptionChecker(RecheckSettings settings, QObject *parent)
    : QObject(parent), m_worker(new RedemptionCheckWorker(std::move(settings)))
{
    qRegisterMetaType<vd::orders::RecheckResult>();
    m_thread.setObjectName(QStringLiteral("vd-recheck"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RedemptionCheckWorker::checked, this, &RedemptionChecker::checked, Qt::QueuedConnection);
    m_thread.start();
}

RedemptionChecker::~RedemptionChecker()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 RedemptionChecker::check(const QByteArray &orderHash, const QByteArray &redeemTx)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, "check", Qt::QueuedConnection, Q_ARG(quint64, id), Q_ARG(QByteArray, orderHash),
                              Q_ARG(QByteArray, redeemTx));
    return id;
}

QByteArray RedemptionChecker::redeemedTopic()
{
    return chain::keccak256Bytes(QByteArrayLiteral("Redeemed(bytes32,address,uint256)"));
}

} // namespace vd::orders
