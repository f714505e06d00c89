#include "LocalChain.h"

#include "Harness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QThread>
#include <QUuid>

namespace vd::test {

LocalChain::LocalChain(const QStringList &extraArgs)
{
    const Harness &h = Harness::instance();
    if (!h.ok()) {
        m_error = h.error();
        return;
    }
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    m_dir = h.stateDir() + QStringLiteral("/localchain-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QDir().mkpath(m_dir);
    m_url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QStringList args{QStringLiteral("--host"),       QStringLiteral("127.0.0.1"),
                     QStringLiteral("--port"),       QString::number(port),
                     QStringLiteral("--chain-id"),   QString::number(h.chainId()),
                     QStringLiteral("--accounts"),   QStringLiteral("10"),
                     QStringLiteral("--config-out"), m_dir + QStringLiteral("/accounts.json"),
                     QStringLiteral("--silent")};
    args << extraArgs;
    m_anvil.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_anvil.setStandardOutputFile(m_dir + QStringLiteral("/anvil.log"));
    m_anvil.start(h.value(QStringLiteral("tools/anvil")), args);
    if (!m_anvil.waitForStarted(10000)) {
        m_error = QStringLiteral("anvil did not start");
        return;
    }
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15000) {
        QString e;
        if (!rpc(QStringLiteral("eth_chainId"), {}, &e).isEmpty() && e.isEmpty())
            break;
        QThread::msleep(100);
    }
    // deploy.mjs needs automine; with --no-mining the caller mines later, so switch it on for the deployment.
    const bool noMining = extraArgs.contains(QStringLiteral("--no-mining"));
    if (noMining)
        rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("true")});
    QProcess deploy;
    deploy.start(h.value(QStringLiteral("tools/node")),
                 {qEnvironmentVariable("VD_SOURCE_DIR") + QStringLiteral("/tests/chain/deploy.mjs"), m_url,
                  m_dir + QStringLiteral("/accounts.json"), h.stateDir() + QStringLiteral("/contracts")});
    if (!deploy.waitForFinished(120000) || deploy.exitCode() != 0) {
        m_error = QStringLiteral("deploy failed: ") + QString::fromUtf8(deploy.readAllStandardError());
        return;
    }
    m_deploy = QJsonDocument::fromJson(deploy.readAllStandardOutput()).object();
    if (m_deploy.isEmpty())
        m_error = QStringLiteral("deploy printed no JSON");
    if (noMining)
        rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("false")});
}

LocalChain::~LocalChain()
{
    if (m_anvil.state() != QProcess::NotRunning) {
        m_anvil.kill();
        m_anvil.waitForFinished(5000);
    }
}

QStringList LocalChain::customerKeys() const
{
    QStringList out;
    for (const auto &v : m_deploy.value(QStringLiteral("customerKeys")).toArray())
        out << v.toString();
    return out;
}

QStringList LocalChain::customers() const
{
    QStringList out;
    for (const auto &v : m_deploy.value(QStringLiteral("customers")).toArray())
        out << v.toString();
    return out;
}

QString LocalChain::cast(const QStringList &args, QString *error) const
{
    return Harness::instance().runCast(QStringList(args) << QStringLiteral("--rpc-url") << m_url, error);
}

QString LocalChain::rpc(const QString &method, const QStringList &params, QString *error) const
{
    return cast(QStringList{QStringLiteral("rpc"), method} + params, error);
}

QString LocalChain::tokenCodeHash() const
{
    return Harness::instance().runCast({QStringLiteral("keccak"), cast({QStringLiteral("code"), token()})});
}

qint64 LocalChain::blockNumber() const
{
    return cast({QStringLiteral("block-number")}).toLongLong();
}

void LocalChain::mine(int blocks) const
{
    rpc(QStringLiteral("anvil_mine"), {QString::number(blocks)});
}

QStringList LocalChain::logKeys(qint64 to) const
{
    const QJsonObject filter{
        {QStringLiteral("address"), QJsonArray{token(), safe()}},
        {QStringLiteral("fromBlock"), QString(QStringLiteral("0x") + QString::number(deployBlock(), 16))},
        {QStringLiteral("toBlock"), QString(QStringLiteral("0x") + QString::number(to, 16))}};
    const QString out =
        rpc(QStringLiteral("eth_getLogs"), {QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact))});
    QStringList rows;
    for (const auto &v : QJsonDocument::fromJson(out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        rows << QStringLiteral("%1:%2:%3")
                    .arg(o.value(QStringLiteral("blockNumber")).toString().mid(2).toLongLong(nullptr, 16))
                    .arg(o.value(QStringLiteral("blockHash")).toString().mid(2).toLower())
                    .arg(o.value(QStringLiteral("logIndex")).toString().mid(2).toLongLong(nullptr, 16));
    }
    rows.sort();
    return rows;
}

QStringList LocalChain::storedLogKeys(const std::function<QString(const QString &)> &sql, qint64 to)
{
    QStringList rows = sql(QStringLiteral("SELECT block_number || ':' || encode(block_hash, 'hex') || ':' || log_index "
                                          "FROM vd.chain_logs WHERE block_number <= %1")
                               .arg(to))
                           .split(u'\n', Qt::SkipEmptyParts);
    rows.sort();
    return rows;
}

listener::ListenerConfig LocalChain::listenerConfig(const db::DbConfig &login) const
{
    listener::ListenerConfig c;
    c.database = login;
    c.chainId = Harness::instance().chainId();
    c.rpcUrls = {rpcUrl()};
    c.token = token();
    c.safe = safe();
    c.confirmations = 1;
    c.startBlock = deployBlock();
    c.useFinalizedTag = false;
    c.finalityDepth = 30;
    c.pollIntervalMs = 100;
    c.healthIntervalMs = 300;
    return c;
}

} // namespace vd::test
