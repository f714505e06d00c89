#pragma once
// A tiny HTTP server on a loopback port for `voucherdesk listen`: GET /health answers the listener's health as
// JSON (200 when healthy and not lagging beyond the threshold, 503 otherwise), GET /metrics the Prometheus text.
// Anything else is 404. Lives on the thread that creates it (the CLI's main thread); reads the latest health
// from the ListenerService it is given.
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace vd::listener {

class ListenerService;

class HealthHttpServer : public QObject
{
    Q_OBJECT
public:
    HealthHttpServer(const ListenerService *service, int lagThresholdBlocks, QObject *parent = nullptr);
    /// Listens on 127.0.0.1:`port` (0: a free port).
    bool listen(quint16 port);
    quint16 port() const;

private:
    void onConnection();
    void answer(QTcpSocket *socket);

    const ListenerService *m_service;
    int m_lagThreshold;
    QTcpServer *m_server;
};

} // namespace vd::listener
