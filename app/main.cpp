// voucherdesk: the composition root. Parses the command line, then either runs a subcommand or opens the GUI.
#include "Cli.h"
#include "MainWindow.h"
#include "common/BuildInfo.h"
#include "config/AppConfig.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QInputDialog>
#include <QTextStream>

namespace {

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
        if (a == QLatin1String("--config") || a == QLatin1String("--health-port") || a == QLatin1String("--replay-from") ||
            a == QLatin1String("--endpoint") || a == QLatin1String("--poll-ms")) {
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
    const QCommandLineOption healthPortOption(QStringLiteral("health-port"), QStringLiteral("port"), QStringLiteral("N"));
    const QCommandLineOption replayOption(QStringLiteral("replay-from"), QStringLiteral("block"), QStringLiteral("N"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"), QStringLiteral("index"), QStringLiteral("I"));
    const QCommandLineOption pollOption(QStringLiteral("poll-ms"), QStringLiteral("interval"), QStringLiteral("MS"));
    parser.addOptions({configOption, versionOption, helpOption, healthPortOption, replayOption, endpointOption, pollOption});
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

    vd::config::AppConfig config(options.configPath);
    vd::config::AppSettings settings = config.load();
    settings.database.password = QString::fromUtf8(qgetenv("VOUCHERDESK_DB_PASSWORD"));
    if (settings.database.password.isEmpty() && !settings.database.user.isEmpty()) {
        bool ok = false;
        settings.database.password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("main", "Sign in"),
            QCoreApplication::translate("main", "Database password for %1:").arg(settings.database.user),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return 0;
    }
    vd::ui::MainWindow window(config, settings);
    window.show();
    return app->exec();
}
