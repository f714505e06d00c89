#pragma once
// A tiny HTTP/1.1 JSON-RPC proxy for tests: listens on 127.0.0.1 (free port), forwards every request to a real
// upstream node (anvil) and injects faults by rule, so the RPC client, endpoint pool and chain listener can be
// tested against the failures real providers produce:
//   - eth_getLogs wider than N blocks -> range-too-large error (with a suggested range, a limit hint, or bare)
//   - HTTP 429 with Retry-After, 5xx HTML pages, arbitrary raw bodies (HTML, truncated JSON, garbage)
//   - truncated JSON (the upstream answer cut in half), slow answers, dropped connections
//   - empty-then-full eth_getLogs (a node that has not indexed yet), a rewritten eth_chainId (wrong chain)
//   - a replaced result (wrong types, huge numbers) or a given JSON-RPC error for a method
// Rules apply in the order added; each hits `times` matching requests (-1: forever), then is spent. A rule with
// an empty method matches any request (for batches: any element). Lives on the thread that creates it
// (the test's main thread); everything is asynchronous, so the client under test may share that thread.
//
//   MisbehavingRpcProxy proxy(QUrl(Harness::instance().rpcUrl()));
//   QVERIFY(proxy.listen());
//   proxy.limitLogRange(100, MisbehavingRpcProxy::RangeStyle::Suggest); // every getLogs over 100 blocks
//   proxy.rateLimit(2, 1, QStringLiteral("eth_getLogs"));               // one 429 with Retry-After: 2
//   proxy.emptyLogs(1);                                                  // then one empty answer
//   ... point the code under test at proxy.url(); proxy.requestCount("eth_getLogs") counts what reached it.
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace vd::test {

class MisbehavingRpcProxy : public QObject
{
    Q_OBJECT
public:
    enum class FaultKind {
        RangeTooLarge, // eth_getLogs spanning more than maxBlocks blocks -> JSON-RPC error (see rangeStyle)
        RateLimited,   // HTTP 429 + Retry-After + a JSON-RPC rate limit error body
        HttpError,     // HTTP `httpStatus` with an HTML page (or `body` when set)
        RawBody,       // HTTP `httpStatus` (default 200) with exactly `body` / `contentType`
        Truncate,      // forward, then cut the upstream answer in half
        Delay,         // wait delayMs before handling (combines with the other rules)
        EmptyLogs,     // eth_getLogs answers [] instead of the real logs
        ChainId,       // eth_chainId answers `chainId`
        Drop,          // close the connection without answering
        ReplaceResult, // the element's "result" becomes the raw JSON `body`
        JsonRpcError,  // the element answers {"error":{code, message, data}}
    };
    enum class RangeStyle {
        Suggest,   // -32005 "query returned more than 10000 results. Try with this block range [0x.., 0x..]."
        LimitHint, // -32602 "eth_getLogs is limited to a N range"
        Bare,      // -32000 "block range too large"
    };
    struct Fault
    {
        FaultKind kind = FaultKind::RawBody;
        QString method; // empty: any
        int times = -1; // -1: forever
        quint64 maxBlocks = 0;
        RangeStyle rangeStyle = RangeStyle::Suggest;
        int httpStatus = 0;
        int retryAfterSeconds = -1; // -1: no header
        int delayMs = 0;
        qint64 chainId = 0;
        QByteArray body;
        QByteArray contentType = QByteArrayLiteral("application/json");
        int rpcCode = -32000;
        QString rpcMessage;
        QJsonValue rpcData;
    };

    explicit MisbehavingRpcProxy(const QUrl &upstream, QObject *parent = nullptr);
    ~MisbehavingRpcProxy() override;

    /// Starts listening on 127.0.0.1 with a free port.
    bool listen();
    QUrl url() const;
    quint16 port() const;

    void addFault(const Fault &fault);
    void clearFaults();

    // Shorthands for the common rules.
    void limitLogRange(quint64 maxBlocks, RangeStyle style = RangeStyle::Suggest, int times = -1);
    void rateLimit(int retryAfterSeconds, int times = 1, const QString &method = {});
    void serverError(int status = 502, int times = 1, const QString &method = {});
    void respondRaw(const QByteArray &body, int status = 200, const QByteArray &contentType = "application/json",
                    int times = 1, const QString &method = {});
    void truncate(int times = 1, const QString &method = {});
    void delay(int ms, int times = 1, const QString &method = {});
    void emptyLogs(int times = 1);
    void rewriteChainId(qint64 chainId, int times = -1);
    void dropConnection(int times = 1, const QString &method = {});
    void replaceResult(const QString &method, const QByteArray &rawJson, int times = 1);
    void respondError(const QString &method, int code, const QString &message, const QJsonValue &data = {},
                      int times = 1);

    /// Requests seen (batch elements counted one by one), optionally only for `method`.
    int requestCount(const QString &method = {}) const;
    QStringList methodsSeen() const { return m_methodsSeen; }
    void resetCounters() { m_methodsSeen.clear(); }

signals:
    void requestReceived(const QString &method);

private:
    struct Pending;

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &body);
    void process(const std::shared_ptr<Pending> &p);
    void forward(const std::shared_ptr<Pending> &p);
    void finish(const std::shared_ptr<Pending> &p, int status, const QByteArray &body);
    void writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void upstreamCall(const QByteArray &payload, std::function<void(int, const QByteArray &)> done);
    // Finds the first live rule of `kind` matching `method` (or any of `methods`), spends one use, returns a copy.
    std::optional<Fault> take(FaultKind kind, const QString &method,
                              const std::function<bool(const Fault &)> &when = {});
    std::optional<Fault> takeAny(FaultKind kind, const QStringList &methods);

    QUrl m_upstream;
    QTcpServer *m_server;
    QNetworkAccessManager *m_nam;
    QList<Fault> m_faults;
    QStringList m_methodsSeen;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace vd::test
