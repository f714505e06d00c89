#pragma once
// The workstation's settings (QSettings: the platform store, or an INI file given with --config).
// Secrets never live here: passwords and API-key-bearing RPC URLs go to the keychain (SecretStore).
// Read on any thread through a value copy; written only by the settings dialog or the sandbox.
#include "db/DbConfig.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace vd::config {

struct ChainSettings
{
    qint64 chainId = 56;
    QStringList rpcUrls;          // priority order
    QString token;                // EIP-55 address
    QString safe;                 // EIP-55 address of the Safe (may be empty)
    QString tokenCodeHash;        // pinned keccak of the runtime code, 0x.. (empty: pin on first use)
    int confirmations = 15;       // depth at which a redemption makes an order VALID
    qint64 startBlock = 0;        // listener backfill start
    bool useFinalizedTag = true;
};

struct AppSettings
{
    db::DbConfig database;
    ChainSettings chain;
    QString deskName;
    QString language;             // "", "en", "fr", "sw"
    QString minterKeystore;       // path to the minter's keystore v3 file
    QString adminKeystore;        // path to the keystore of the key used for contract administration (pause, roles)
    QString listenerLogin;        // a vd_listener login: when set, this workstation hosts a chain listener
};

class AppConfig
{
public:
    /// Reads from `iniPath` when given, else from the platform's settings store.
    explicit AppConfig(const QString &iniPath = QString());
    ~AppConfig();

    AppSettings load() const;
    /// Writes everything except secrets; returns false with a message when the store is not writable.
    bool save(const AppSettings &settings, QString *error = nullptr);
    QString location() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

/// Chain id -> human name for summaries ("BNB Chain (56)").
QString chainName(qint64 chainId);

} // namespace vd::config
