#pragma once
// Secrets (database and keystore passwords, RPC URLs carrying API keys) in the OS keychain via QtKeychain.
// Never an insecure fallback: when no keychain answers, callers get an error and ask the person each time.
// Jobs are asynchronous; callbacks run on the thread of `context`.
#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace vd::config {

class SecretStore
{
public:
    static constexpr const char *kService = "VoucherDesk";

    static void read(const QString &key, QObject *context, std::function<void(Result<QString>)> done);
    static void write(const QString &key, const QString &secret, QObject *context, std::function<void(Result<void>)> done);
    static void remove(const QString &key, QObject *context, std::function<void(Result<void>)> done);

    /// Blocking round trip (write, read back, delete a probe entry) for `voucherdesk check` and tests.
    /// Never call it on the GUI thread.
    static Result<void> probe(int timeoutMs = 5000);
};

} // namespace vd::config
