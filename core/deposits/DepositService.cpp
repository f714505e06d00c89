#include "DepositService.h"
#include "common/ThreadCleanup.h"

#include "DepositWorker.h"

namespace vd::deposits {

DepositService::DepositService(DepositServiceSettings settings, QObject *parent)
    : QObject(parent), m_worker(nullptr), m_latestFirstPage(std::make_shared<std::atomic<quint64>>(0)),
      m_decimals(settings.decimals)
{
    qRegisterMetaType<vd::deposits::PageRequest>();
    qRegisterMetaType<vd::deposits::Page>();
    qRegisterMetaType<vd::deposits::DepositSettings>();
    qRegisterMetaType<vd::deposits::ActionResult>();
    qRegisterMetaType<vd::deposits::ImportReport>();
    qRegisterMetaType<vd::deposits::MintingSwitch>();
    qRegisterMetaType<QHash<QString, qint64>>();
    m_worker = new DepositWorker(std::move(settings), m_latestFirstPage);
    m_thread.setObjectName(QStringLiteral("deposits-db"));
    m_worker->moveToThread(&m_thread);
    releaseThreadCryptoOnFinish(m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DepositWorker::pageReady, this, &DepositService::pageReady);
    connect(m_worker, &DepositWorker::countsReady, this, &DepositService::countsReady);
    connect(m_worker, &DepositWorker::settingsReady, this, &DepositService::settingsReady);
    connect(m_worker, &DepositWorker::actionDone, this, &DepositService::actionDone);
    connect(m_worker, &DepositWorker::importDone, this, &DepositService::importDone);
    connect(m_worker, &DepositWorker::depositsChanged, this, &DepositService::depositsChanged);
    connect(m_worker, &DepositWorker::onlineChanged, this, &DepositService::onlineChanged);
}

DepositService::~DepositService()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(m_worker, &DepositWorker::stop, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    } else {
        delete m_worker;
    }
}

void DepositService::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &DepositWorker::start, Qt::QueuedConnection);
}

quint64 DepositService::loadPage(const PageRequest &request)
{
    const quint64 id = next();
    if (!request.after)
        m_latestFirstPage->store(id);
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, request]() { w->loadPage(id, request); },
                              Qt::QueuedConnection);
    return id;
}

void DepositService::refreshCounts()
{
    QMetaObject::invokeMethod(m_worker, &DepositWorker::counts, Qt::QueuedConnection);
}

void DepositService::refreshSettings()
{
    QMetaObject::invokeMethod(m_worker, &DepositWorker::settings, Qt::QueuedConnection);
}

quint64 DepositService::create(const NewDeposit &deposit)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, deposit]() { w->create(id, deposit); },
                              Qt::QueuedConnection);
    return id;
}

quint64 DepositService::importCsv(const QByteArray &file)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, file]() { w->importCsv(id, file); }, Qt::QueuedConnection);
    return id;
}

quint64 DepositService::confirmPayment(qint64 depositId, const QString &paymentTxId)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, depositId, paymentTxId]() { w->confirmPayment(id, depositId, paymentTxId); },
        Qt::QueuedConnection);
    return id;
}

quint64 DepositService::cancel(qint64 depositId, const QString &reason)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, depositId, reason]() { w->cancel(id, depositId, reason); },
                              Qt::QueuedConnection);
    return id;
}

quint64 DepositService::requestMint(qint64 depositId)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, depositId]() { w->requestMint(id, depositId); },
                              Qt::QueuedConnection);
    return id;
}

quint64 DepositService::setDailyCap(const QString &tokens)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, tokens]() { w->setDailyCap(id, tokens); },
                              Qt::QueuedConnection);
    return id;
}

quint64 DepositService::setMintingPaused(bool paused, const QString &reason)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(m_worker, [w = m_worker, id, paused, reason]() { w->setMintingPaused(id, paused, reason); },
                              Qt::QueuedConnection);
    return id;
}

quint64 DepositService::setTokenRate(const QString &currency, const QString &tokensPerUnit)
{
    const quint64 id = next();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, id, currency, tokensPerUnit]() { w->setTokenRate(id, currency, tokensPerUnit); },
        Qt::QueuedConnection);
    return id;
}

} // namespace vd::deposits
