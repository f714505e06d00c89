#pragma once
// Reads the token's totalSupply() and decimals() from the chain, at a given block (the one the listener's figures
// are taken at) or the latest. Thread: a thin facade on the caller's thread; the RPC work (EndpointPool +
// ContractReader, with their own QNetworkAccessManager) lives on its own QThread, stopped with quit() + wait().
#include <QObject>
#include <QStringList>
#include <QThread>

namespace vd::office {

class SupplyReadWorker;

struct SupplySettings
{
    QStringList rpcUrls; // priority order
    QString token;       // 0x address
    qint64 chainId = 0;  // every endpoint is checked to serve this chain
    int timeoutMs = 8000;
};

class SupplyReader : public QObject
{
    Q_OBJECT
public:
    explicit SupplyReader(SupplySettings settings, QObject *parent = nullptr);
    ~SupplyReader() override;

    /// `block` < 0: latest. Answer: supplyRead(requestId, ...).
    quint64 read(qint64 block);

signals:
    /// ok: `supplyBase` in base units and the token's decimals; else `error` is a translated sentence.
    void supplyRead(quint64 requestId, bool ok, const QString &supplyBase, int decimals, const QString &error);

private:
    QThread m_thread;
    SupplyReadWorker *m_worker;
    quint64 m_next = 1;
};

} // namespace vd::office
