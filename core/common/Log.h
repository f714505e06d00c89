#pragma once
// The application log: a rotating file per OS user (and stderr when attached to a terminal or a service
// manager). Every message passes through a mask that replaces each registered secret (database and keystore
// passwords, RPC URLs with API keys) before anything is written. Thread-safe; install once from main().
#include <QString>

namespace vd::log {

/// Installs the Qt message handler writing to `directory` (empty: the platform's app data dir + "/logs").
/// Rotates at `maxBytes` keeping `keep` old files. Returns the log file path.
QString install(const QString &directory = QString(), qint64 maxBytes = 2 * 1024 * 1024, int keep = 5,
                bool alsoStderr = true);
/// Registers a secret to mask in every later message (ignored if shorter than 4 characters).
void addSecret(const QString &secret);
/// The masking applied to every message (exposed for tests).
QString mask(QString message);
QString filePath();

} // namespace vd::log
