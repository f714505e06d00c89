#pragma once
// RpcTransport over HTTP(S) with QNetworkAccessManager: TLS always verified (SSL errors are never ignored),
// no redirects followed, a cap on the response size and a hard per-call timeout (timer + abort). Lives on the
// thread that creates it (the listener owns one on its worker thread); its QNetworkAccessManager is its child.
#include "chain/rpc/RpcTransport.h"

#include <QList>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QSslCertificate;

namespace vd::chain {

class HttpRpcTransport : public RpcTransport
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultMaxBodyBytes = 32LL * 1024 * 1024;

    explicit HttpRpcTransport(QObject *parent = nullptr);
    ~HttpRpcTransport() override;

    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    /// Extra CAs to trust besides the system's (a node behind a private CA). Verification stays on.
    void addCaCertificates(const QList<QSslCertificate> &certificates);
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    void post(const QUrl &endpoint, const QByteArray &payload, std::chrono::milliseconds timeout,
              const QObject *context, Callback callback) override;

private:
    QNetworkAccessManager *m_nam;
    QSslConfiguration m_tls;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
};

} // namespace vd::chain
