#include "Cli.h"

#include "chain/rpc/RpcLog.h"
#include "common/BuildInfo.h"
#include "config/AppConfig.h"
#include "config/RpcSecrets.h"
#include "config/SecretStore.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "chain/Address.h"
#include "listener/HealthHttpServer.h"
#include "listener/ListenerConfig.h"
#include "listener/ListenerService.h"
#include "scan/ImageDecodeReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

// The terminal (password prompt) and the stop signals of `listen` are platform code. The Windows branch is written
// against the Win32 documentation and built only by .github/workflows/windows.yml, not on Debian.
#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <io.h>
#include <windows.h>
#else
#include <sys/socket.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace vd::app {

namespace {
QString tr(const char *s, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("vd::app", s, disambiguation, n);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

config::AppSettings loadSettings(const CliOptions &o)
{
    config::AppConfig cfg(o.configPath);
    config::AppSettings s = cfg.load();
    if (const auto r = config::resolveRpcSecrets(s); !r.ok())
        err() << r.error().message << "\n";
    s.database.password = headlessPassword(s.database.user);
    return s;
}

QString redact(const QString &url)
{
    return chain::redactUrl(QUrl(url));
}
} // namespace

QString headlessPassword(const QString &user)
{
    const QByteArray env = qgetenv("VOUCHERDESK_DB_PASSWORD");
    if (!env.isEmpty())
        return QString::fromUtf8(env);
#if defined(Q_OS_WIN)
    if (!_isatty(_fileno(stdin)))
        return {};
    err() << tr("Database password for %1: ").arg(user) << Qt::flush;
    HANDLE console = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    GetConsoleMode(console, &mode);
    SetConsoleMode(console, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    QTextStream in(stdin);
    const QString pw = in.readLine();
    SetConsoleMode(console, mode);
#else
    if (!isatty(STDIN_FILENO))
        return {};
    err() << tr("Database password for %1: ").arg(user) << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios noEcho = old;
    noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &noEcho);
    QTextStream in(stdin);
    const QString pw = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
#endif
    err() << "\n" << Qt::flush;
    return pw;
}

QString versionText()
{
    QString t = QStringLiteral("voucherdesk %1 (commit %2)\n").arg(appVersion(), gitCommit());
    for (const auto &[name, version] : dependencyVersions())
        t += QStringLiteral("  %1 %2\n").arg(name, version);
    return t;
}

int runMigrate(const CliOptions &o)
{
    const config::AppSettings s = loadSettings(o);
    int code = 0;
    {
        auto db = db::connection(s.database, QStringLiteral("migrate"));
        if (!db) {
            err() << tr("Cannot connect to %1: %2").arg(s.database.describe(), db.error().message) << "\n";
            return 2;
        }
        const auto r = db::Migrator::migrate(db.value());
        if (!r) {
            err() << r.error().message << "\n";
            code = 1;
        } else if (r->applied.isEmpty()) {
            out() << tr("Schema is up to date (version %1).").arg(r->after) << "\n";
        } else {
            out() << tr("Migrated from version %1 to %2: %3").arg(r->before).arg(r->after).arg(r->applied.join(u", "))
                  << "\n";
        }
    }
    db::closeConnection(QStringLiteral("migrate"));
    return code;
}

int runCheck(const CliOptions &o)
{
    const config::AppSettings s = loadSettings(o);
    int failures = 0;
    auto line = [&](bool ok, const QString &what, const QString &detail) {
        out() << (ok ? QStringLiteral("ok    ") : QStringLiteral("FAIL  ")) << what.leftJustified(22) << detail << "\n";
        if (!ok)
            ++failures;
    };
    out() << versionText();
    out() << tr("Settings: %1").arg(o.configPath.isEmpty() ? config::AppConfig().location() : o.configPath) << "\n";

    // Qt plugins
    line(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")), tr("Qt SQL driver"),
         QSqlDatabase::drivers().join(u' '));
    const QString plugins = QLibraryInfo::path(QLibraryInfo::PluginsPath);
    const QStringList platforms = QDir(plugins + QStringLiteral("/platforms")).entryList(QDir::Files);
    line(!platforms.isEmpty(), tr("Qt platform plugins"), platforms.join(u' '));
    const QStringList media = QDir(plugins + QStringLiteral("/multimedia")).entryList(QDir::Files);
    line(!media.isEmpty(), tr("Qt multimedia"), media.join(u' '));

    // Database
    {
        auto db = db::connection(s.database, QStringLiteral("check"));
        if (!db) {
            line(false, tr("Database"), tr("%1: %2").arg(s.database.describe(), db.error().message));
        } else {
            const auto compatible = db::Migrator::checkCompatible(db.value());
            const auto version = db::Migrator::currentVersion(db.value());
            line(compatible.ok(), tr("Database"),
                 compatible ? tr("%1, schema %2").arg(s.database.describe()).arg(version.valueOr(0))
                            : compatible.error().message);
            auto role = db::exec(db.value(), QStringLiteral("SELECT vd.my_role()"));
            if (role && role.value().next())
                line(true, tr("Database role"), role.value().value(0).toString());
        }
    }
    db::closeConnection(QStringLiteral("check"));

    // Chain endpoints
    if (s.chain.rpcUrls.isEmpty())
        line(false, tr("RPC"), tr("no endpoint configured"));
    QNetworkAccessManager net;
    for (const QString &url : s.chain.rpcUrls) {
        QNetworkRequest req{QUrl(url)};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setTransferTimeout(5000);
        QNetworkReply *reply = net.post(req, R"({"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]})");
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        bool ok = false;
        const qint64 id = QJsonDocument::fromJson(reply->readAll())
                              .object()
                              .value(QLatin1String("result"))
                              .toString()
                              .toLongLong(&ok, 16);
        if (reply->error() != QNetworkReply::NoError)
            line(false, tr("RPC"),
                 tr("%1: %2").arg(redact(url), reply->errorString().replace(reply->url().toString(), redact(url))));
        else if (!ok)
            line(false, tr("RPC"), tr("%1: not a JSON-RPC answer").arg(redact(url)));
        else
            line(id == s.chain.chainId, tr("RPC"),
                 id == s.chain.chainId ? tr("%1: %2").arg(redact(url), config::chainName(id))
                                       : tr("%1: chain %2, expected %3").arg(redact(url)).arg(id).arg(s.chain.chainId));
        reply->deleteLater();
    }

    // Keychain
    const auto keychain = config::SecretStore::probe();
    line(keychain.ok(), tr("Keychain"), keychain ? tr("Secret storage works") : keychain.error().message);

    // Cameras (informational: a back-office PC may have none)
    const auto cameras = QMediaDevices::videoInputs();
    QStringList names;
    for (const auto &c : cameras)
        names << c.description();
    out() << QStringLiteral("info  ") << tr("Cameras").leftJustified(22)
          << (names.isEmpty() ? tr("none found") : names.join(u", ")) << "\n";

    out() << (failures == 0 ? tr("All checks passed.") : tr("%n check(s) failed.", nullptr, failures)) << "\n";
    return failures == 0 ? 0 : 1;
}

int runDecode(const CliOptions &o)
{
    if (o.args.isEmpty()) {
        err() << tr("usage: voucherdesk decode IMAGE...") << "\n";
        return 2;
    }
    // One JSON line per image, in the order given; the exit code says whether every image held an order code,
    // so a support script can test it (0: all decoded to order codes, 1: at least one did not).
    bool allOrderCodes = true;
    for (const QString &path : o.args) {
        const QByteArray line = scan::decodeImageToJsonLine(path);
        out() << QString::fromUtf8(line) << "\n";
        out().flush();
        const QJsonObject report = QJsonDocument::fromJson(line).object();
        if (!report.value(QLatin1String("order_hash")).isString())
            allOrderCodes = false;
    }
    return allOrderCodes ? 0 : 1;
}

} // namespace vd::app

// ---------------------------------------------------------------------------------------------------------------
// listen

namespace vd::app {

namespace {

#if defined(Q_OS_WIN)
// Ctrl+C, Ctrl+Break, console close, service stop: called on a thread of its own, so it only queues the quit.
BOOL WINAPI onConsoleControl(DWORD)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [] {
            qInfo("signal received: stopping");
            QCoreApplication::quit();
        },
        Qt::QueuedConnection);
    return TRUE;
}
#else
int g_signalFd[2] = {-1, -1};

void onTerminate(int)
{
    const char c = 1;
    const auto ignored = ::write(g_signalFd[0], &c, 1); // async-signal-safe: the event loop does the rest
    (void)ignored;
}
#endif

void listenMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const char *level = type >= 0 && type <= 4 ? levels[type] : "info";
    QTextStream s(stdout);
    s << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << level << ' '
      << (context.category ? context.category : "default") << ": " << message << '\n';
    s.flush();
}

} // namespace

int runListen(const CliOptions &options)
{
    qInstallMessageHandler(listenMessageHandler);
    config::AppSettings s = loadSettings(options);
    listener::ListenerConfig cfg = listener::ListenerConfig::fromSettings(s);
    if (options.pollMs > 0)
        cfg.pollIntervalMs = options.pollMs;
    if (cfg.database.user.isEmpty()) {
        err() << tr("listen: no database user is configured.") << '\n';
        return 2;
    }
    if (cfg.rpcUrls.isEmpty() || cfg.token.isEmpty()) {
        err() << tr("listen: the chain settings need rpc_urls and token.") << '\n';
        return 2;
    }
    if (!chain::Address::fromString(cfg.token).ok()) {
        err() << tr("listen: the token address %1 is not valid.").arg(cfg.token) << '\n';
        return 2;
    }
    {
        auto db = db::connection(cfg.database, QStringLiteral("listen-check"));
        if (!db.ok()) {
            err() << tr("listen: cannot reach the database: %1").arg(db.error().message) << '\n';
            return 3;
        }
        QSqlDatabase handle = db.value();
        const auto compatible = db::Migrator::checkCompatible(handle);
        handle = QSqlDatabase();
        db::closeConnection(QStringLiteral("listen-check"));
        if (!compatible.ok()) {
            err() << tr("listen: %1").arg(compatible.error().message) << '\n';
            return 3;
        }
    }

#if defined(Q_OS_WIN)
    if (!SetConsoleCtrlHandler(onConsoleControl, TRUE)) {
        err() << tr("listen: cannot set up the signal handler.") << '\n';
        return 1;
    }
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0) {
        err() << tr("listen: cannot set up the signal handler.") << '\n';
        return 1;
    }
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &notifier, [&notifier] {
        notifier.setEnabled(false);
        char c = 0;
        const auto ignored = ::read(g_signalFd[1], &c, 1);
        (void)ignored;
        qInfo("signal received: stopping");
        QCoreApplication::quit();
    });
    struct sigaction sa{};
    sa.sa_handler = onTerminate;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);
#endif

    listener::ListenerService service(cfg);
    int exitCode = 0;
    QObject::connect(&service, &listener::ListenerService::fatalError, &service,
                     [&exitCode](const QString &code, const QString &message) {
                         err() << tr("listen: %1 (%2)").arg(message, code) << '\n' << Qt::flush;
                         exitCode = 4;
                         QCoreApplication::quit();
                     });
    std::unique_ptr<listener::HealthHttpServer> http;
    if (options.healthPort >= 0) {
        http = std::make_unique<listener::HealthHttpServer>(&service, cfg.lagThresholdBlocks);
        if (!http->listen(static_cast<quint16>(options.healthPort))) {
            err() << tr("listen: cannot serve /health on 127.0.0.1:%1").arg(options.healthPort) << '\n';
            return 2;
        }
        qInfo("health on http://127.0.0.1:%d/health and /metrics", http->port());
    }
    qInfo("listening to chain %lld, token %s, %lld endpoint(s), start block %lld, %d confirmations",
          static_cast<long long>(cfg.chainId), qPrintable(cfg.token), static_cast<long long>(cfg.rpcUrls.size()),
          static_cast<long long>(cfg.startBlock), cfg.confirmations);
    service.start();
    if (options.endpoint >= 0)
        service.switchEndpoint(options.endpoint);
    if (options.replayFrom >= 0)
        service.replayFrom(options.replayFrom);
    QCoreApplication::exec();
    service.stop();
    qInfo("stopped");
    return exitCode;
}

} // namespace vd::app
