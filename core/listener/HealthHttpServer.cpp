#include "HealthHttpServer.h"

#include "ListenerService.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>

namespace vd::listener {

HealthHttpServer::HealthHttpServer(const ListenerService *service, int lagThresholdBlocks, QObject *parent)
    : QObject(parent), m_service(service), m_lagThreshold(lagThresholdBlocks), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HealthHttpServer::onConnection);
}

bool HealthHttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 HealthHttpServer::port() const
{
    return m_server->serverPort();
}

void HealthHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
    }
}

void HealthHttpServer::answer(QTcpSocket *socket)
{
    QByteArray request = socket->property("buffer").toByteArray() + socket->readAll();
    if (!request.contains("\r\n\r\n") && request.size() < 8192) {
        socket->setProperty("buffer", request);
        return;
    }
    const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
    const QByteArray path = line.size() >= 2 ? line[1] : QByteArray();
    const ListenerHealth h = m_service->health();
    int status = 404;
    QByteArray body = "not found\n";
    QByteArray type = "text/plain; charset=utf-8";
    if (path == "/health") {
        status = h.ok(m_lagThreshold) ? 200 : 503;
        body = QJsonDocument(h.toJson()).toJson(QJsonDocument::Compact) + '\n';
        type = "application/json";
    } else if (path == "/metrics") {
        status = 200;
        body = h.toPrometheus();
        type = "text/plain; version=0.0.4";
    }
    const QByteArray reason = status == 200 ? "OK" : status == 503 ? "Service Unavailable" : "Not Found";
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type +
                  "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace vd::listener
