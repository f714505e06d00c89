#include "AppConfig.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace vd::config {

AppConfig::AppConfig(const QString &iniPath)
    : m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

AppConfig::~AppConfig() = default;

QString AppConfig::location() const
{
    return m_settings->fileName();
}

AppSettings AppConfig::load() const
{
    QSettings &s = *m_settings;
    AppSettings a;
    s.beginGroup(QStringLiteral("database"));
    a.database.host = s.value(QStringLiteral("host"), a.database.host).toString();
    a.database.port = s.value(QStringLiteral("port"), a.database.port).toInt();
    a.database.database = s.value(QStringLiteral("name"), a.database.database).toString();
    a.database.user = s.value(QStringLiteral("user")).toString();
    a.database.sslMode = s.value(QStringLiteral("sslmode"), a.database.sslMode).toString();
    a.database.sslRootCert = s.value(QStringLiteral("sslrootcert")).toString();
    s.endGroup();

    s.beginGroup(QStringLiteral("chain"));
    a.chain.chainId = s.value(QStringLiteral("chain_id"), a.chain.chainId).toLongLong();
    a.chain.rpcUrls = s.value(QStringLiteral("rpc_urls")).toStringList();
    a.chain.token = s.value(QStringLiteral("token")).toString();
    a.chain.safe = s.value(QStringLiteral("safe")).toString();
    a.chain.tokenCodeHash = s.value(QStringLiteral("token_code_hash")).toString();
    a.chain.confirmations = s.value(QStringLiteral("confirmations"), a.chain.confirmations).toInt();
    a.chain.startBlock = s.value(QStringLiteral("start_block"), a.chain.startBlock).toLongLong();
    a.chain.useFinalizedTag = s.value(QStringLiteral("use_finalized_tag"), a.chain.useFinalizedTag).toBool();
    s.endGroup();

    a.deskName = s.value(QStringLiteral("desk/name")).toString();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.minterKeystore = s.value(QStringLiteral("keys/minter_keystore")).toString();
    a.adminKeystore = s.value(QStringLiteral("keys/admin_keystore")).toString();
    a.listenerLogin = s.value(QStringLiteral("listener/login")).toString();
    // A password in the settings file is never read, even if someone put it there.
    return a;
}

bool AppConfig::save(const AppSettings &a, QString *error)
{
    QSettings &s = *m_settings;
    s.beginGroup(QStringLiteral("database"));
    s.setValue(QStringLiteral("host"), a.database.host);
    s.setValue(QStringLiteral("port"), a.database.port);
    s.setValue(QStringLiteral("name"), a.database.database);
    s.setValue(QStringLiteral("user"), a.database.user);
    s.setValue(QStringLiteral("sslmode"), a.database.sslMode);
    s.setValue(QStringLiteral("sslrootcert"), a.database.sslRootCert);
    s.endGroup();
    s.beginGroup(QStringLiteral("chain"));
    s.setValue(QStringLiteral("chain_id"), a.chain.chainId);
    s.setValue(QStringLiteral("rpc_urls"), a.chain.rpcUrls);
    s.setValue(QStringLiteral("token"), a.chain.token);
    s.setValue(QStringLiteral("safe"), a.chain.safe);
    s.setValue(QStringLiteral("token_code_hash"), a.chain.tokenCodeHash);
    s.setValue(QStringLiteral("confirmations"), a.chain.confirmations);
    s.setValue(QStringLiteral("start_block"), a.chain.startBlock);
    s.setValue(QStringLiteral("use_finalized_tag"), a.chain.useFinalizedTag);
    s.endGroup();
    s.setValue(QStringLiteral("desk/name"), a.deskName);
    s.setValue(QStringLiteral("ui/language"), a.language);
    s.setValue(QStringLiteral("keys/minter_keystore"), a.minterKeystore);
    s.setValue(QStringLiteral("keys/admin_keystore"), a.adminKeystore);
    s.setValue(QStringLiteral("listener/login"), a.listenerLogin);
    s.sync();
    if (s.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("vd::config", "The settings could not be saved to %1 (%2).")
                         .arg(s.fileName(),
                              s.status() == QSettings::AccessError
                                  ? QCoreApplication::translate("vd::config", "not writable")
                                  : QCoreApplication::translate("vd::config", "format error"));
        return false;
    }
    return true;
}

QString chainName(qint64 chainId)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("vd::config", s); };
    switch (chainId) {
    case 56:
        return tr("BNB Chain (56)");
    case 97:
        return tr("BNB Chain testnet (97)");
    case 8453:
        return tr("Base (8453)");
    case 84532:
        return tr("Base Sepolia (84532)");
    case 31337:
        return tr("Local test chain (31337)");
    default:
        return tr("Chain %1").arg(chainId);
    }
}

} // namespace vd::config
