#pragma once
// RPC URLs that carry an API key (user info, a path or a query) are secrets: the settings file keeps only a
// reference "keychain:rpc/<id>#<redacted url>" and the URL itself lives in the OS keychain.
#include "AppConfig.h"
#include "common/Result.h"

namespace vd::config {

bool urlHasSecret(const QString &url);
bool isKeychainRef(const QString &value);
/// The redacted URL shown for a reference (for the settings dialog and logs).
QString refDisplay(const QString &ref);

/// Moves every secret-bearing RPC URL of `settings` into the keychain, replacing it by a reference.
/// Blocks on the keychain with a local event loop: call it off the GUI thread or where a nested loop is fine.
Result<void> storeRpcSecrets(AppSettings &settings, int timeoutMs = 10000);
/// Replaces every reference in `settings` by the URL from the keychain.
Result<void> resolveRpcSecrets(AppSettings &settings, int timeoutMs = 10000);

} // namespace vd::config
