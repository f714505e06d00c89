#include "chain/rpc/HttpRpcTransport.h"

#include "chain/rpc/RpcLog.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <memory>

namespace vd::chain {

HttpRpcTransport::HttpRpcTransport(QObject *parent)
    : RpcTransport(parent), m_nam(new QNetworkAccessManager(this)), m_tls(QSslConfiguration::defaultConfiguration())
{
    m_tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // No cookies, no cache: every JSON-RPC answer must come from the node.
    m_nam->setCookieJar(nullptr);
}

HttpRpcTransport::~HttpRpcTransport() = default;

void HttpRpcTransport::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_tls.addCaCertificates(certificates);
}

void HttpRpcTransport::post(const QUrl &endpoint, const QByteArray &payload, std::chrono::milliseconds timeout,
                            const QObject *context, Callback callback)
{
    QPointer<const QObject> guard(context);
    if (!endpoint.isValid() || (endpoint.scheme() != u"http" && endpoint.scheme() != u"https")) {
        RpcHttpResponse response;
        response.failure = RpcHttpResponse::Failure::Network;
        response.detail = QStringLiteral("unsupported or invalid URL");
        QTimer::singleShot(0, this, [guard, callback = std::move(callback), response] {
            if (guard)
                callback(response);
        });
        return;
    }

    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (endpoint.scheme() == u"https")
        request.setSslConfiguration(m_tls);
    // Qt's transfer timeout (inactivity) only as a backstop, later than the deadline timer below, so a timeout is
    // always reported as one.
    request.setTransferTimeout(static_cast<int>(std::max<int64_t>(1, timeout.count()) + 1000));

    struct State
    {
        bool timedOut = false;
        bool tooLarge = false;
        QElapsedTimer clock;
    };
    auto state = std::make_shared<State>();
    state->clock.start();

    QNetworkReply *reply = m_nam->post(request, payload);
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    deadline->start(std::chrono::milliseconds(std::max<int64_t>(1, timeout.count())));

    const qint64 cap = m_maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state, cap](qint64 received, qint64 total) {
        if (received > cap || total > cap) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    // Never connect sslErrors to ignoreSslErrors(): an unverified node is a failed node.
    connect(reply, &QNetworkReply::finished, this, [reply, state, guard, callback = std::move(callback)] {
        reply->deleteLater();
        RpcHttpResponse response;
        response.elapsed = std::chrono::milliseconds(state->clock.elapsed());
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QNetworkReply::NetworkError error = reply->error();
        if (state->tooLarge) {
            response.failure = RpcHttpResponse::Failure::TooLarge;
            response.detail = QStringLiteral("response larger than the size cap");
        } else if (state->timedOut || error == QNetworkReply::TimeoutError) {
            response.failure = RpcHttpResponse::Failure::Timeout;
            response.detail = QStringLiteral("timeout");
        } else if (status.isValid() && status.toInt() > 0) {
            response.httpStatus = status.toInt();
            response.body = reply->readAll();
            response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            response.retryAfter = parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
            if (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied &&
                error != QNetworkReply::OperationCanceledError) {
                // Connection broke after the status line: the body is incomplete.
                response.failure = RpcHttpResponse::Failure::Network;
                response.detail =
                    QString::fromLatin1(QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error));
            }
        } else {
            // errorString() can contain the URL (and so an API key): report the enum name only.
            const char *key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(error);
            response.detail =
                key ? QString::fromLatin1(key) : QStringLiteral("network error %1").arg(static_cast<int>(error));
            if (error == QNetworkReply::SslHandshakeFailedError)
                response.failure = RpcHttpResponse::Failure::Tls;
            else if (error == QNetworkReply::OperationCanceledError)
                response.failure = RpcHttpResponse::Failure::Canceled;
            else
                response.failure = RpcHttpResponse::Failure::Network;
        }
        if (guard)
            callback(response);
    });
}

} // namespace vd::chain
