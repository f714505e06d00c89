#pragma once
// The subcommands of `voucherdesk` other than the GUI. Each returns a process exit code.
#include <QString>
#include <QStringList>

namespace vd::app {

struct CliOptions
{
    QString configPath;   // --config FILE (empty: the platform settings store)
    QStringList args;     // positional arguments after the subcommand
};

int runMigrate(const CliOptions &options);
int runCheck(const CliOptions &options);
int runDecode(const CliOptions &options);
QString versionText();
/// The database password for headless use: VOUCHERDESK_DB_PASSWORD, else a no-echo prompt on a terminal.
QString headlessPassword(const QString &user);

} // namespace vd::app
