#include "chain/rpc/RpcLog.h"

namespace vd::chain {

Q_LOGGING_CATEGORY(lcRpc, "vd.chain.rpc")

QString redactUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("<invalid url>");
    QString out = url.scheme() + u"://";
    if (!url.userInfo().isEmpty())
        out += u"***@";
    const QString host = url.host(QUrl::FullyEncoded);
    out += host.contains(u':') ? u'[' + host + u']' : host; // IPv6 literal
    if (url.port() != -1)
        out += u':' + QString::number(url.port());
    const QString path = url.path();
    if (!path.isEmpty() && path != u"/")
        out += u"/***";
    if (url.hasQuery())
        out += u"?***";
    return out;
}

} // namespace vd::chain
