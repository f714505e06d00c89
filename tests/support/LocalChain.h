#pragma once
// A private anvil node with the project's token and Safe deployed (tests/chain/deploy.mjs), for tests that must
// reorganise, mine at will or flood the chain without disturbing the shared node of the "services" fixture.
// Started by the constructor, killed by the destructor. Main thread of the test.
#include "listener/ListenerConfig.h"

#include <QJsonObject>
#include <functional>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace vd::test {

class LocalChain
{
public:
    /// `extraArgs` go to anvil (e.g. "--no-mining").
    explicit LocalChain(const QStringList &extraArgs = {});
    ~LocalChain();
    LocalChain(const LocalChain &) = delete;
    LocalChain &operator=(const LocalChain &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString rpcUrl() const { return m_url; }
    /// A listener following this chain's token and Safe from the deployment, writing with `login`: depth 1, finality
    /// 30 blocks (no "finalized" tag), polling every 100 ms, health every 300 ms.
    listener::ListenerConfig listenerConfig(const db::DbConfig &login) const;
    QString token() const { return m_deploy.value(QStringLiteral("token")).toString(); }
    QString safe() const { return m_deploy.value(QStringLiteral("safe")).toString(); }
    QString adminKey() const { return m_deploy.value(QStringLiteral("adminKey")).toString(); }
    QString minterKey() const { return m_deploy.value(QStringLiteral("minterKey")).toString(); }
    QStringList customerKeys() const;
    QStringList customers() const;
    /// keccak of the token's runtime code, 0x.. (what an operator pins in the settings).
    QString tokenCodeHash() const;
    qint64 deployBlock() const { return m_deploy.value(QStringLiteral("deployBlock")).toInteger(); }

    /// cast ARGS --rpc-url <this node>; returns trimmed stdout ("" + *error on failure).
    QString cast(const QStringList &args, QString *error = nullptr) const;
    /// A raw JSON-RPC call (cast rpc); returns the result text.
    QString rpc(const QString &method, const QStringList &params = {}, QString *error = nullptr) const;
    /// "blocknumber:blockhash:logindex" of every log of the token and the Safe up to block `to`, sorted: what the
    /// chain holds, to compare with what a listener stored (chain_logs rows in the same format).
    QStringList logKeys(qint64 to) const;
    /// The same keys for what a listener stored in vd.chain_logs up to block `to`, read through `sql` (a test's
    /// psql runner returning one row per line), sorted: compare with logKeys().
    static QStringList storedLogKeys(const std::function<QString(const QString &)> &sql, qint64 to);
    qint64 blockNumber() const;
    void mine(int blocks) const;

private:
    QProcess m_anvil;
    QString m_url;
    QString m_dir;
    QString m_error;
    QJsonObject m_deploy;
};

} // namespace vd::test
