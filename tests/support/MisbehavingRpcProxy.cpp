#include "MisbehavingRpcProxy.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace vd::test {

struct MisbehavingRpcProxy::Pending
{
    QPointer<QTcpSocket> socket;
    QByteArray rawBody;
    bool parsed = false;
    bool isBatch = false;
    QList<QJsonObject> requests;
    QList<std::optional<QJsonObject>> answers; // answered by the proxy itself (pre-faults)
    quint64 head = 0;                          // upstream block number, for eth_getLogs tags
};

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QJsonObject errorObject(const QJsonValue &id, int code, const QString &message, const QJsonValue &data = {})
{
    QJsonObject err{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined() && !data.isNull())
        err.insert(QStringLiteral("data"), data);
    return QJsonObject{
        {QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}, {QStringLiteral("error"), err}};
}

QString hexQuantity(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// Block number of a getLogs bound: hex quantity or tag; nullopt means "the head".
std::optional<quint64> blockOf(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    if (s == u"earliest")
        return 0;
    if (s.startsWith(u"0x")) {
        bool ok = false;
        const quint64 n = s.mid(2).toULongLong(&ok, 16);
        if (ok)
            return n;
    }
    return std::nullopt;
}

} // namespace

MisbehavingRpcProxy::MisbehavingRpcProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent), m_upstream(upstream), m_server(new QTcpServer(this)), m_nam(new QNetworkAccessManager(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MisbehavingRpcProxy::onNewConnection);
}

MisbehavingRpcProxy::~MisbehavingRpcProxy() = default;

bool MisbehavingRpcProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl MisbehavingRpcProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

quint16 MisbehavingRpcProxy::port() const
{
    return m_server->serverPort();
}

void MisbehavingRpcProxy::addFault(const Fault &fault)
{
    m_faults.append(fault);
}

void MisbehavingRpcProxy::clearFaults()
{
    m_faults.clear();
}

void MisbehavingRpcProxy::limitLogRange(quint64 maxBlocks, RangeStyle style, int times)
{
    Fault f;
    f.kind = FaultKind::RangeTooLarge;
    f.method = QStringLiteral("eth_getLogs");
    f.maxBlocks = maxBlocks;
    f.rangeStyle = style;
    f.times = times;
    addFault(f);
}

void MisbehavingRpcProxy::rateLimit(int retryAfterSeconds, int times, const QString &method)
{
    Fault f;
    f.kind = FaultKind::RateLimited;
    f.retryAfterSeconds = retryAfterSeconds;
    f.times = times;
    f.method = method;
    addFault(f);
}

void MisbehavingRpcProxy::serverError(int status, int times, const QString &method)
{
    Fault f;
    f.kind = FaultKind::HttpError;
    f.httpStatus = status;
    f.times = times;
    f.method = method;
    addFault(f);
}

void MisbehavingRpcProxy::respondRaw(const QByteArray &body, int status, const QByteArray &contentType, int times,
                                     const QString &method)
{
    Fault f;
    f.kind = FaultKind::RawBody;
    f.body = body;
    f.httpStatus = status;
    f.contentType = contentType;
    f.times = times;
    f.method = method;
    addFault(f);
}

void MisbehavingRpcProxy::truncate(int times, const QString &method)
{
    Fault f;
    f.kind = FaultKind::Truncate;
    f.times = times;
    f.method = method;
    addFault(f);
}

void MisbehavingRpcProxy::delay(int ms, int times, const QString &method)
{
    Fault f;
    f.kind = FaultKind::Delay;
    f.delayMs = ms;
    f.times = times;
    f.method = method;
    addFault(f);
}

void MisbehavingRpcProxy::emptyLogs(int times)
{
    Fault f;
    f.kind = FaultKind::EmptyLogs;
    f.method = QStringLiteral("eth_getLogs");
    f.times = times;
    addFault(f);
}

void MisbehavingRpcProxy::rewriteChainId(qint64 chainId, int times)
{
    Fault f;
    f.kind = FaultKind::ChainId;
    f.method = QStringLiteral("eth_chainId");
    f.chainId = chainId;
    f.times = times;
    addFault(f);
}

void MisbehavingRpcProxy::dropConnection(int times, const QString &method)
{
    Fault f;
    f.kind = FaultKind::Drop;
    f.times = times;
    f.method = method;
    addFault(f);
}

void MisbehavingRpcProxy::replaceResult(const QString &method, const QByteArray &rawJson, int times)
{
    Fault f;
    f.kind = FaultKind::ReplaceResult;
    f.method = method;
    f.body = rawJson;
    f.times = times;
    addFault(f);
}

void MisbehavingRpcProxy::respondError(const QString &method, int code, const QString &message, const QJsonValue &data,
                                       int times)
{
    Fault f;
    f.kind = FaultKind::JsonRpcError;
    f.method = method;
    f.rpcCode = code;
    f.rpcMessage = message;
    f.rpcData = data;
    f.times = times;
    addFault(f);
}

int MisbehavingRpcProxy::requestCount(const QString &method) const
{
    if (method.isEmpty())
        return static_cast<int>(m_methodsSeen.size());
    return static_cast<int>(m_methodsSeen.count(method));
}

std::optional<MisbehavingRpcProxy::Fault> MisbehavingRpcProxy::take(FaultKind kind, const QString &method,
                                                                    const std::function<bool(const Fault &)> &when)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.kind != kind || f.times == 0 || (!f.method.isEmpty() && f.method != method))
            continue;
        if (when && !when(f))
            continue;
        const Fault copy = f;
        if (f.times > 0 && --f.times == 0)
            m_faults.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

std::optional<MisbehavingRpcProxy::Fault> MisbehavingRpcProxy::takeAny(FaultKind kind, const QStringList &methods)
{
    for (const QString &m : methods) {
        if (auto f = take(kind, m))
            return f;
    }
    return std::nullopt;
}

void MisbehavingRpcProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void MisbehavingRpcProxy::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype contentLength = 0;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                contentLength = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return;
        const QByteArray body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        handle(socket, body);
    }
}

void MisbehavingRpcProxy::handle(QTcpSocket *socket, const QByteArray &body)
{
    auto p = std::make_shared<Pending>();
    p->socket = socket;
    p->rawBody = body;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        p->parsed = true;
        p->requests.append(doc.object());
    } else if (doc.isArray()) {
        p->parsed = true;
        p->isBatch = true;
        for (const QJsonValue &v : doc.array())
            p->requests.append(v.toObject());
    }
    p->answers.resize(p->requests.size());
    QStringList methods;
    for (const QJsonObject &r : p->requests) {
        const QString m = r.value(QLatin1String("method")).toString();
        methods.append(m);
        m_methodsSeen.append(m);
        emit requestReceived(m);
    }
    // Every live delay rule matching the request adds its delay once.
    int delayMs = 0;
    for (qsizetype i = 0; i < m_faults.size();) {
        Fault &f = m_faults[i];
        const bool matches = f.kind == FaultKind::Delay && f.times != 0 &&
                             (f.method.isEmpty() || methods.contains(f.method) || methods.isEmpty());
        if (matches) {
            delayMs += f.delayMs;
            if (f.times > 0 && --f.times == 0) {
                m_faults.removeAt(i);
                continue;
            }
        }
        ++i;
    }
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, [this, p] { process(p); });
    else
        process(p);
}

void MisbehavingRpcProxy::process(const std::shared_ptr<Pending> &p)
{
    if (!p->socket)
        return;
    QStringList methods;
    for (const QJsonObject &r : p->requests)
        methods.append(r.value(QLatin1String("method")).toString());

    if (takeAny(FaultKind::Drop, methods)) {
        p->socket->abort();
        return;
    }
    if (auto f = takeAny(FaultKind::RateLimited, methods)) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (f->retryAfterSeconds >= 0)
            headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(f->retryAfterSeconds)});
        const QJsonValue id = p->requests.isEmpty() ? QJsonValue() : p->requests.first().value(QLatin1String("id"));
        const QByteArray body =
            QJsonDocument(errorObject(id, -32005, QStringLiteral("rate limit exceeded, too many requests")))
                .toJson(QJsonDocument::Compact);
        writeResponse(p->socket, 429, "application/json", body, headers);
        return;
    }
    if (auto f = takeAny(FaultKind::HttpError, methods)) {
        const int status = f->httpStatus > 0 ? f->httpStatus : 502;
        const QByteArray body =
            !f->body.isEmpty()
                ? f->body
                : QByteArrayLiteral("<html>\r\n<head><title>") + QByteArray::number(status) + ' ' +
                      reasonPhrase(status) + QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>") +
                      QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      QByteArrayLiteral("</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
        writeResponse(p->socket, status, "text/html", body);
        return;
    }
    if (auto f = takeAny(FaultKind::RawBody, methods)) {
        writeResponse(p->socket, f->httpStatus > 0 ? f->httpStatus : 200, f->contentType, f->body);
        return;
    }

    // Element-level answers made here. eth_getLogs with tags needs the head first.
    bool needHead = false;
    for (const QJsonObject &r : p->requests) {
        if (r.value(QLatin1String("method")).toString() != u"eth_getLogs")
            continue;
        const QJsonObject filter = r.value(QLatin1String("params")).toArray().first().toObject();
        if (!blockOf(filter.value(QLatin1String("fromBlock"))) || !blockOf(filter.value(QLatin1String("toBlock"))))
            needHead = true;
    }
    auto decide = [this, p] {
        for (qsizetype i = 0; i < p->requests.size(); ++i) {
            const QJsonObject &r = p->requests[i];
            const QString method = r.value(QLatin1String("method")).toString();
            const QJsonValue id = r.value(QLatin1String("id"));
            if (auto f = take(FaultKind::JsonRpcError, method)) {
                p->answers[i] = errorObject(id, f->rpcCode, f->rpcMessage, f->rpcData);
                continue;
            }
            if (method != u"eth_getLogs")
                continue;
            const QJsonObject filter = r.value(QLatin1String("params")).toArray().first().toObject();
            if (filter.contains(QLatin1String("blockHash")))
                continue;
            const quint64 from = blockOf(filter.value(QLatin1String("fromBlock"))).value_or(p->head);
            const quint64 to = blockOf(filter.value(QLatin1String("toBlock"))).value_or(p->head);
            const quint64 span = to >= from ? to - from + 1 : 0;
            auto f = take(FaultKind::RangeTooLarge, method, [span](const Fault &x) { return span > x.maxBlocks; });
            if (!f)
                continue;
            switch (f->rangeStyle) {
            case RangeStyle::Suggest: {
                const quint64 sTo = from + f->maxBlocks - 1;
                p->answers[i] = errorObject(
                    id, -32005,
                    QStringLiteral("query returned more than 10000 results. Try with this block range [%1, %2].")
                        .arg(hexQuantity(from), hexQuantity(sTo)),
                    QJsonObject{{QStringLiteral("from"), hexQuantity(from)}, {QStringLiteral("to"), hexQuantity(sTo)}});
                break;
            }
            case RangeStyle::LimitHint:
                p->answers[i] =
                    errorObject(id, -32602, QStringLiteral("eth_getLogs is limited to a %1 range").arg(f->maxBlocks));
                break;
            case RangeStyle::Bare:
                p->answers[i] = errorObject(id, -32000, QStringLiteral("block range too large"));
                break;
            }
        }
        forward(p);
    };
    if (!needHead) {
        decide();
        return;
    }
    const QByteArray headCall = QByteArrayLiteral(R"({"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]})");
    upstreamCall(headCall, [p, decide](int, const QByteArray &body) {
        const QString hex = QJsonDocument::fromJson(body).object().value(QLatin1String("result")).toString();
        p->head = hex.mid(2).toULongLong(nullptr, 16);
        decide();
    });
}

void MisbehavingRpcProxy::forward(const std::shared_ptr<Pending> &p)
{
    if (!p->parsed) {
        upstreamCall(p->rawBody, [this, p](int status, const QByteArray &body) { finish(p, status, body); });
        return;
    }
    QJsonArray toSend;
    for (qsizetype i = 0; i < p->requests.size(); ++i) {
        if (!p->answers[i])
            toSend.append(p->requests[i]);
    }
    auto merge = [this, p](int status, const QByteArray &upstreamBody) {
        // Upstream answers by id, then the post-faults per element.
        QHash<QString, QJsonObject> byId;
        const QJsonDocument doc = QJsonDocument::fromJson(upstreamBody);
        const QJsonArray answers = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &a : answers)
            byId.insert(
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{a.toObject().value(QLatin1String("id"))}).toJson(QJsonDocument::Compact)),
                a.toObject());
        QJsonArray out;
        for (qsizetype i = 0; i < p->requests.size(); ++i) {
            const QJsonObject &r = p->requests[i];
            if (p->answers[i]) {
                out.append(*p->answers[i]);
                continue;
            }
            const QString key = QString::fromUtf8(
                QJsonDocument(QJsonArray{r.value(QLatin1String("id"))}).toJson(QJsonDocument::Compact));
            QJsonObject a = byId.value(key);
            const QString method = r.value(QLatin1String("method")).toString();
            if (a.contains(QLatin1String("result"))) {
                if (take(FaultKind::EmptyLogs, method) && method == u"eth_getLogs")
                    a.insert(QStringLiteral("result"), QJsonArray{});
                if (auto f = take(FaultKind::ChainId, method))
                    a.insert(QStringLiteral("result"), hexQuantity(static_cast<quint64>(f->chainId)));
            }
            out.append(a);
        }
        QByteArray body = p->isBatch ? QJsonDocument(out).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(out.first().toObject()).toJson(QJsonDocument::Compact);
        // ReplaceResult is spliced in as raw text: it may hold JSON that QJsonDocument cannot represent (huge numbers).
        for (qsizetype i = 0; i < p->requests.size(); ++i) {
            const QString method = p->requests[i].value(QLatin1String("method")).toString();
            if (auto f = take(FaultKind::ReplaceResult, method)) {
                QJsonObject a = out[i].toObject();
                a.remove(QStringLiteral("result"));
                a.remove(QStringLiteral("error"));
                a.insert(QStringLiteral("result"), QStringLiteral("@@REPLACED@@"));
                QByteArray single = QJsonDocument(a).toJson(QJsonDocument::Compact);
                single.replace("\"@@REPLACED@@\"", f->body);
                if (p->isBatch) {
                    QByteArray original = QJsonDocument(out[i].toObject()).toJson(QJsonDocument::Compact);
                    body.replace(original, single);
                } else {
                    body = single;
                }
            }
        }
        finish(p, status, body);
    };
    if (toSend.isEmpty()) {
        merge(200, QByteArrayLiteral("[]"));
        return;
    }
    const QByteArray payload = p->isBatch ? QJsonDocument(toSend).toJson(QJsonDocument::Compact)
                                          : QJsonDocument(toSend.first().toObject()).toJson(QJsonDocument::Compact);
    upstreamCall(payload, merge);
}

void MisbehavingRpcProxy::finish(const std::shared_ptr<Pending> &p, int status, const QByteArray &body)
{
    if (!p->socket)
        return;
    QStringList methods;
    for (const QJsonObject &r : p->requests)
        methods.append(r.value(QLatin1String("method")).toString());
    QByteArray out = body;
    if (takeAny(FaultKind::Truncate, methods.isEmpty() ? QStringList{QString()} : methods))
        out = body.left(body.size() / 2);
    writeResponse(p->socket, status > 0 ? status : 502, "application/json", out);
}

void MisbehavingRpcProxy::upstreamCall(const QByteArray &payload, std::function<void(int, const QByteArray &)> done)
{
    QNetworkRequest request(m_upstream);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    });
}

void MisbehavingRpcProxy::writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType,
                                        const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Connection: keep-alive\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "\r\n";
    out += body;
    socket->write(out);
}

} // namespace vd::test
