#include "SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace vd::config {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("vd::config::SecretStore", s);
}

Error jobError(const QKeychain::Job *job)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {QStringLiteral("keychain.not_found"),
                QCoreApplication::translate("vd::config::SecretStore", "No saved secret was found in the keychain.")};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {QStringLiteral("keychain.denied"),
                QCoreApplication::translate("vd::config::SecretStore", "The keychain refused access.")};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {QStringLiteral("keychain.unavailable"),
                QCoreApplication::translate(
                    "vd::config::SecretStore",
                    "No keychain is available on this computer; passwords will be asked each time.")};
    default:
        return {QStringLiteral("keychain.error"),
                QCoreApplication::translate("vd::config::SecretStore", "The keychain reported an error: %1")
                    .arg(job->errorString())};
    }
}

template <typename Job>
Job *makeJob(const QString &key)
{
    auto *job = new Job(QString::fromLatin1(SecretStore::kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}
} // namespace

void SecretStore::read(const QString &key, QObject *context, std::function<void(Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            done(jobError(j));
        else
            done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context,
                        std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() != QKeychain::NoError ? Result<void>(jobError(j)) : Result<void>());
    });
    job->start();
}

void SecretStore::remove(const QString &key, QObject *context, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *j) {
        done(j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound ? Result<void>(jobError(j))
                                                                                          : Result<void>());
    });
    job->start();
}

Result<void> SecretStore::probe(int timeoutMs)
{
    QObject context;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    const QString key = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> outcome = Result<void>::fail(QStringLiteral("keychain.timeout"),
                                              tr("The keychain did not answer within %1 s.").arg(timeoutMs / 1000));
    write(key, value, &context, [&](Result<void> w) {
        if (!w) {
            outcome = w;
            loop.quit();
            return;
        }
        read(key, &context, [&](Result<QString> r) {
            if (!r)
                outcome = r.error();
            else if (r.value() != value)
                outcome = Result<void>::fail(QStringLiteral("keychain.mismatch"),
                                             tr("The keychain returned a different value than was stored."));
            else
                outcome = Result<void>();
            remove(key, &context, [&](Result<void>) { loop.quit(); });
        });
    });
    loop.exec();
    return outcome;
}

} // namespace vd::config
