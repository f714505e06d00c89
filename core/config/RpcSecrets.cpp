#include "RpcSecrets.h"

#include "SecretStore.h"
#include "chain/rpc/RpcLog.h"
#include "common/Log.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QTimer>
#include <QUrl>

namespace vd::config {

namespace {
const QString kPrefix = QStringLiteral("keychain:");

QString tr(const char *s)
{
    return QCoreApplication::translate("vd::config", s);
}

// Runs one keychain job to completion with a local event loop (bounded by timeoutMs).
template <typename Start>
bool waitFor(Start start, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start(&loop, [&]() {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return finished;
}
} // namespace

bool urlHasSecret(const QString &url)
{
    const QUrl u(url);
    return !u.userInfo().isEmpty() || u.hasQuery() || (!u.path().isEmpty() && u.path() != QLatin1String("/"));
}

bool isKeychainRef(const QString &value)
{
    return value.startsWith(kPrefix);
}

QString refDisplay(const QString &ref)
{
    const qsizetype hash = ref.indexOf(u'#');
    return hash < 0 ? ref : ref.mid(hash + 1);
}

Result<void> storeRpcSecrets(AppSettings &settings, int timeoutMs)
{
    for (QString &url : settings.chain.rpcUrls) {
        if (isKeychainRef(url) || !urlHasSecret(url))
            continue;
        log::addSecret(url);
        const QString id = QString::fromLatin1(
            QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
        const QString key = QStringLiteral("rpc/") + id;
        Result<void> outcome = Result<void>::fail(QStringLiteral("keychain.timeout"), tr("The keychain did not answer."));
        waitFor(
            [&](QObject *ctx, auto done) {
                SecretStore::write(key, url, ctx, [&outcome, done](Result<void> r) {
                    outcome = r;
                    done();
                });
            },
            timeoutMs);
        if (!outcome)
            return Result<void>::fail(outcome.error().code,
                                      tr("This RPC URL contains an API key and must be kept in the keychain, "
                                         "which is not available: %1")
                                          .arg(outcome.error().message));
        url = kPrefix + key + u'#' + chain::redactUrl(QUrl(url));
    }
    return {};
}

Result<void> resolveRpcSecrets(AppSettings &settings, int timeoutMs)
{
    for (QString &url : settings.chain.rpcUrls) {
        if (!isKeychainRef(url))
            continue;
        const QString key = url.mid(kPrefix.size()).section(u'#', 0, 0);
        Result<QString> outcome = Result<QString>::fail(QStringLiteral("keychain.timeout"), tr("The keychain did not answer."));
        waitFor(
            [&](QObject *ctx, auto done) {
                SecretStore::read(key, ctx, [&outcome, done](Result<QString> r) {
                    outcome = r;
                    done();
                });
            },
            timeoutMs);
        if (!outcome)
            return Result<void>::fail(outcome.error().code, tr("The RPC endpoint %1 is kept in the keychain, which "
                                                               "could not be read: %2")
                                                                .arg(refDisplay(url), outcome.error().message));
        url = outcome.value();
        log::addSecret(url);
        const QUrl u(url);
        if (u.path().size() > 1)
            log::addSecret(u.path());
        if (u.hasQuery())
            log::addSecret(u.query());
    }
    return {};
}

} // namespace vd::config
