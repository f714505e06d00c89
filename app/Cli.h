#pragma once
// The subcommands of `voucherdesk` other than the GUI. Each returns a process exit code.
#include <QString>
#include <QStringList>

namespace vd::app {

struct CliOptions
{
    QString configPath;   // --config FILE (empty: the platform settings store)
    QStringList args;     // positional arguments after the subcommand
    int healthPort = -1;  // listen: loopback port for /health and /metrics (-1: none, 0: any free port)
    qint64 replayFrom = -1; // listen: operator action "replay from block N" before following
    int endpoint = -1;    // listen: operator action "switch endpoint": start with this one (index)
    int pollMs = -1;      // listen: live polling interval override
};

int runMigrate(const CliOptions &options);
int runCheck(const CliOptions &options);
int runDecode(const CliOptions &options);
/// Headless chain listener: logs to stdout, /health and /metrics on loopback, stops cleanly on SIGTERM/SIGINT.
int runListen(const CliOptions &options);
QString versionText();
/// The database password for headless use: VOUCHERDESK_DB_PASSWORD, else a no-echo prompt on a terminal.
QString headlessPassword(const QString &user);

} // namespace vd::app
