#include "signing/SigningService.h"
#include "common/ThreadCleanup.h"

#include "chain/Keystore.h"
#include "signing/SigningWorker.h"

#include <QCoreApplication>
#include <QFile>

namespace vd::signing {

QString TxSummary::toText() const
{
    auto t = [](const char *s) { return QCoreApplication::translate("vd::signing::TxSummary", s); };
    QStringList lines;
    lines << t("Chain: %1").arg(chainName);
    lines << t("Contract: %1 (%2)").arg(contractLabel, contract);
    if (!codeHash.isEmpty())
        lines << t("Contract code: %1 (matches the pinned hash)").arg(codeHash);
    lines << t("Function: %1").arg(function);
    for (const auto &[name, value] : arguments)
        lines << QStringLiteral("  %1: %2").arg(name, value);
    if (!signer.isEmpty())
        lines << t("Signed by: %1").arg(signer);
    lines << t("Nonce: %1").arg(nonce);
    if (gasLimit > 0) {
        lines << t("Gas limit: %1, max fee %2").arg(gasLimit).arg(maxFeePerGas);
        lines << t("At most: %1").arg(maxCost);
    }
    if (!signerBalance.isEmpty())
        lines << t("Signer's balance: %1").arg(signerBalance);
    return lines.join(u'\n');
}

SigningService::SigningService(SigningSettings settings, QObject *parent)
    : QObject(parent), m_worker(new SigningWorker(std::move(settings)))
{
    qRegisterMetaType<vd::signing::ContractCall>();
    qRegisterMetaType<vd::Result<vd::signing::PreparedCall>>();
    qRegisterMetaType<vd::Result<vd::signing::SafeProposal>>();
    qRegisterMetaType<vd::chain::SentTransaction>();
    qRegisterMetaType<vd::chain::Receipt>();
    qRegisterMetaType<vd::Error>();
    qRegisterMetaType<vd::Result<vd::chain::LandedStatus>>();
    qRegisterMetaType<vd::Result<vd::chain::U256>>();
    qRegisterMetaType<vd::chain::Address>();
    qRegisterMetaType<QList<vd::chain::Hash32>>();
    m_thread.setObjectName(QStringLiteral("vd-signing"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SigningWorker::prepared, this, &SigningService::prepared, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::sent, this, &SigningService::sent, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::progress, this, &SigningService::progress, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::mined, this, &SigningService::mined, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::failed, this, &SigningService::failed, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::landed, this, &SigningService::landed, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::proposed, this, &SigningService::proposed, Qt::QueuedConnection);
    connect(m_worker, &SigningWorker::balance, this, &SigningService::balance, Qt::QueuedConnection);
    m_thread.start();
}

SigningService::~SigningService()
{
    m_thread.quit();
    m_thread.wait();
}

quint64 SigningService::prepare(const QString &keystorePath, const ContractCall &call)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, keystorePath, call] { w->prepare(id, keystorePath, call); },
                              Qt::QueuedConnection);
    return id;
}

void SigningService::signAndSend(quint64 id, const QByteArray &password)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, password] { w->signAndSend(id, password); },
                              Qt::QueuedConnection);
}

void SigningService::discard(quint64 id)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id] { w->discard(id); }, Qt::QueuedConnection);
}

quint64 SigningService::checkLanded(const QList<chain::Hash32> &hashes, const chain::Address &from, quint64 nonce)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, hashes, from, nonce] { w->checkLanded(id, hashes, from, nonce); },
                              Qt::QueuedConnection);
    return id;
}

quint64 SigningService::speedUp(const QString &keystorePath, const QByteArray &password,
                                const chain::SentTransaction &previous)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, keystorePath, password, previous] { w->speedUp(id, keystorePath, password, previous); },
        Qt::QueuedConnection);
    return id;
}

quint64 SigningService::proposeToSafe(const ContractCall &call, const QString &title)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, call, title] { w->proposeToSafe(id, call, title); },
                              Qt::QueuedConnection);
    return id;
}

quint64 SigningService::nativeBalance(const chain::Address &account)
{
    const quint64 id = m_next++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, account] { w->nativeBalance(id, account); },
                              Qt::QueuedConnection);
    return id;
}

vd::Result<chain::Address> SigningService::keystoreAddress(const QString &keystorePath)
{
    QFile file(keystorePath);
    if (!file.open(QIODevice::ReadOnly))
        return vd::Result<chain::Address>::fail(
            QStringLiteral("keystore.unreadable"),
            QCoreApplication::translate("vd::signing::SigningService", "The key file %1 cannot be read: %2")
                .arg(keystorePath, file.errorString()));
    return chain::Keystore::declaredAddress(file.readAll());
}

QString SigningService::keychainKey(const chain::Address &signer)
{
    return QStringLiteral("keystore:") + signer.toLower();
}

} // namespace vd::signing
