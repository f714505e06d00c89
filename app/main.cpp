// voucherdesk: the composition root. Parses the command line, then either runs a subcommand or opens the GUI.
#include "Cli.h"
#include "Language.h"
#include "MainWindow.h"
#include "common/BuildInfo.h"
#include "SignInDialog.h"
#include "common/Log.h"
#include "config/AppConfig.h"
#include "config/RpcSecrets.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QGuiApplication>
#include <QTextStream>
#include <QTimer>
#include <QUrl>

namespace {

// VOUCHERDESK_BENCH_STARTUP=1 (tests/bench/bench_startup.cpp measures cold start): at the main window's first paint
// after sign-in, print one marker line on stdout and quit. The timing itself is taken by the caller, from exec.
class FirstPaintQuit : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTextStream(stdout) << "VD_FIRST_PAINT\n" << Qt::flush;
            QTimer::singleShot(0, qApp, []() { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

const QStringList kCommands = {QStringLiteral("migrate"), QStringLiteral("check"), QStringLiteral("decode"),
                               QStringLiteral("listen")};

QString helpText()
{
    return QCoreApplication::translate(
        "main",
        "Usage: voucherdesk [COMMAND] [--config FILE] [ARGS]\n"
        "\n"
        "Without a command, opens the VoucherDesk window.\n"
        "\n"
        "Commands:\n"
        "  migrate          apply the database migrations (as the database owner)\n"
        "  check            self-test: Qt plugins, database and schema, RPC chain id, keychain, cameras\n"
        "  decode IMAGE...  what the scanner reads in each image, one JSON line per image\n"
        "  listen           follow the token contract into the database (headless service; SIGTERM stops it)\n"
        "\n"
        "Options:\n"
        "  --config FILE    read settings from this INI file instead of the user's settings\n"
        "  --health-port N  listen: serve /health and /metrics on 127.0.0.1:N\n"
        "  --replay-from N  listen: re-read the chain from block N (idempotent), then follow\n"
        "  --endpoint I     listen: use the I-th configured RPC endpoint first\n"
        "  --poll-ms MS     listen: polling interval near the head\n"
        "  --version        print the version of VoucherDesk and of the libraries it runs with\n"
        "  --exit-after S   close the window after S seconds (smoke tests)\n"
        "  -h, --help       show this help\n"
        "\n"
        "Environment:\n"
        "  VOUCHERDESK_DB_PASSWORD  database password for headless use (services, the sandbox)\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("VoucherDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("VoucherDesk"));
    QCoreApplication::setApplicationVersion(vd::appVersion());

    // Find the subcommand before creating the application object: CLI commands never need a display.
    QString command;
    bool informational = false; // --help / --version: no window, no display needed
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version"))
            informational = true;
        if (a == QLatin1String("--config") || a == QLatin1String("--exit-after") || a == QLatin1String("--health-port") ||
            a == QLatin1String("--replay-from") || a == QLatin1String("--endpoint") || a == QLatin1String("--poll-ms")) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-')) {
            command = a;
            break;
        }
    }
    if (!command.isEmpty() && !kCommands.contains(command)) {
        QTextStream(stderr) << "voucherdesk: unknown command '" << command << "'\n\n" << helpText();
        return 2;
    }

    std::unique_ptr<QCoreApplication> app;
    if (informational || command == QLatin1String("listen")) {
        app = std::make_unique<QCoreApplication>(argc, argv); // the listener service needs no display
    } else if (command.isEmpty()) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv); // images and the media device list need Gui
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("VoucherDesk"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("settings file"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption versionOption(QStringList{QStringLiteral("version")});
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption exitAfterOption(QStringLiteral("exit-after"), QStringLiteral("seconds"),
                                             QStringLiteral("S"));
    const QCommandLineOption healthPortOption(QStringLiteral("health-port"), QStringLiteral("port"), QStringLiteral("N"));
    const QCommandLineOption replayOption(QStringLiteral("replay-from"), QStringLiteral("block"), QStringLiteral("N"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QStringLiteral("index"), QStringLiteral("I"));
    const QCommandLineOption pollOption(QStringLiteral("poll-ms"), QStringLiteral("interval"), QStringLiteral("MS"));
    parser.addOptions({configOption, versionOption, helpOption, exitAfterOption, healthPortOption, replayOption,
                       endpointOption, pollOption});
    if (!parser.parse(app->arguments())) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << helpText();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << helpText();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << vd::app::versionText();
        return 0;
    }

    vd::app::CliOptions options;
    options.configPath = parser.value(configOption);
    options.args = parser.positionalArguments().mid(1);
    if (parser.isSet(healthPortOption))
        options.healthPort = parser.value(healthPortOption).toInt();
    if (parser.isSet(replayOption))
        options.replayFrom = parser.value(replayOption).toLongLong();
    if (parser.isSet(endpointOption))
        options.endpoint = parser.value(endpointOption).toInt();
    if (parser.isSet(pollOption))
        options.pollMs = parser.value(pollOption).toInt();
    if (command == QLatin1String("listen"))
        return vd::app::runListen(options);
    if (command == QLatin1String("migrate"))
        return vd::app::runMigrate(options);
    if (command == QLatin1String("check"))
        return vd::app::runCheck(options);
    if (command == QLatin1String("decode"))
        return vd::app::runDecode(options);

    vd::log::install();
    vd::config::AppConfig config(options.configPath);
    vd::config::AppSettings settings = config.load();
    // Headless environments (the sandbox) may give the password; it still goes through the sign-in check.
    QString presetPassword = QString::fromUtf8(qgetenv("VOUCHERDESK_DB_PASSWORD"));
    vd::log::addSecret(presetPassword);
    // RPC URLs carrying API keys live in the keychain (the settings keep a reference); a URL written into a
    // settings file by hand is moved there on first start, so it does not stay on disk.
    if (std::any_of(settings.chain.rpcUrls.cbegin(), settings.chain.rpcUrls.cend(), vd::config::urlHasSecret)) {
        vd::config::AppSettings stored = settings;
        if (const auto moved = vd::config::storeRpcSecrets(stored); moved.ok())
            config.save(stored);
        else
            qWarning("%s", qPrintable(moved.error().message));
    }
    if (const auto resolved = vd::config::resolveRpcSecrets(settings); !resolved.ok())
        qWarning("%s", qPrintable(resolved.error().message));
    qInfo("VoucherDesk %s starting; settings from %s", qPrintable(vd::appVersion()), qPrintable(config.location()));
    vd::ui::applyLanguage(settings.language);

    constexpr int kSwitchPerson = 0x5157;
    constexpr int kRebuildWindow = 0x5158;
    if (parser.isSet(exitAfterOption))
        QTimer::singleShot(parser.value(exitAfterOption).toInt() * 1000, app.get(), [&app]() { app->exit(0); });
    for (;;) {
        vd::ui::SignInDialog signIn(settings.database, settings.deskName);
        if (!presetPassword.isEmpty()) {
            signIn.setPassword(presetPassword);
            QTimer::singleShot(0, &signIn, &vd::ui::SignInDialog::attempt);
            presetPassword.clear(); // only the first sign-in
        }
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        settings.database = signIn.config();
        qInfo("signed in as %s (%s)", qPrintable(signIn.signedIn().login),
              qPrintable(vd::auth::roleName(signIn.signedIn().role)));
        // A language change rebuilds the window for the same person (simpler and more robust than retranslating
        // every widget in place); the window's geometry carries over.
        int rc = kRebuildWindow;
        QByteArray geometry;
        while (rc == kRebuildWindow) {
            auto window = std::make_unique<vd::ui::MainWindow>(config, settings, signIn.signedIn());
            QObject::connect(window.get(), &vd::ui::MainWindow::switchPersonRequested, app.get(),
                             [&app]() { app->exit(kSwitchPerson); });
            QObject::connect(window.get(), &vd::ui::MainWindow::rebuildRequested, app.get(),
                             [&app]() { app->exit(kRebuildWindow); });
            if (!geometry.isEmpty())
                window->restoreGeometry(geometry);
            if (qEnvironmentVariableIsSet("VOUCHERDESK_BENCH_STARTUP"))
                window->installEventFilter(new FirstPaintQuit(window.get()));
            window->show();
            rc = app->exec();
            if (rc == kRebuildWindow) {
                geometry = window->saveGeometry();
                window.reset(); // its services stop before the new window starts its own
                const QString password = settings.database.password;
                settings = config.load();
                settings.database.password = password;
                if (const auto resolved = vd::config::resolveRpcSecrets(settings); !resolved.ok())
                    qWarning("%s", qPrintable(resolved.error().message));
                vd::ui::applyLanguage(settings.language);
                qInfo("interface language now %s", qPrintable(QLocale().name()));
            }
        }
        if (rc != kSwitchPerson)
            return rc;
        settings.database.password.clear();
        qInfo("switching person");
    }
}
