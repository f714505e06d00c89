#pragma once
// The seam between JSON-RPC and the wire: send one JSON payload to an endpoint URL with a timeout and get the raw
// HTTP answer (or the reason there is none) back through a callback. Tests substitute their own transport or put
// MisbehavingRpcProxy behind the real one. An implementation lives on the thread that owns it and calls back on
// that thread, never synchronously from inside post(), and never once `context` is destroyed.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <functional>
#include <optional>

namespace vd::chain {

struct RpcHttpResponse
{
    enum class Failure {
        None,     // an HTTP answer arrived (any status); see httpStatus/body
        Timeout,  // the call's timeout elapsed
        Network,  // refused, reset, DNS, proxy...
        Tls,      // certificate or handshake failure (never ignored)
        TooLarge, // body exceeded the transport's cap
        Canceled, // the transport was destroyed or aborted the call
    };
    Failure failure = Failure::None;
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    std::optional<std::chrono::milliseconds> retryAfter; // from a Retry-After header
    QString detail;                                      // technical note for failures; never contains the URL
    std::chrono::milliseconds elapsed{0};
};

class RpcTransport : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcHttpResponse &)>;

    explicit RpcTransport(QObject *parent = nullptr);
    ~RpcTransport() override;

    /// POSTs `payload` (application/json) to `endpoint`. `callback` runs later on this object's thread, unless
    /// `context` was destroyed in the meantime (then it is dropped).
    virtual void post(const QUrl &endpoint, const QByteArray &payload, std::chrono::milliseconds timeout,
                      const QObject *context, Callback callback) = 0;

    /// Parses a Retry-After header value: delta seconds or an HTTP date. nullopt when absent or malformed.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value);
};

} // namespace vd::chain
