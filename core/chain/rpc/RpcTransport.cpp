#include "chain/rpc/RpcTransport.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace vd::chain {

RpcTransport::RpcTransport(QObject *parent) : QObject(parent) {}

RpcTransport::~RpcTransport() = default;

std::optional<std::chrono::milliseconds> RpcTransport::parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = v.toLongLong(&ok);
    if (ok)
        return seconds >= 0 && seconds <= 86400 ? std::optional(std::chrono::milliseconds(seconds * 1000))
                                                : std::nullopt;
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    const QString text = QString::fromLatin1(v);
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeSpec(Qt::UTC); // the fields were GMT
    }
    if (!when.isValid())
        return std::nullopt;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    if (ms > 86400LL * 1000)
        return std::nullopt;
    return std::chrono::milliseconds(std::max<qint64>(0, ms));
}

} // namespace vd::chain
