#include "DbConfig.h"

#include <QStringList>

namespace vd::db {

namespace {
// libpq option values may not contain ';' in QPSQL's option syntax; drop anything that would break it.
QString sanitize(QString v)
{
    v.remove(u';');
    return v;
}
} // namespace

QString DbConfig::connectOptions() const
{
    QStringList o;
    o << QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    o << QStringLiteral("application_name=%1").arg(sanitize(applicationName));
    if (!sslMode.isEmpty())
        o << QStringLiteral("sslmode=%1").arg(sanitize(sslMode));
    if (!sslRootCert.isEmpty())
        o << QStringLiteral("sslrootcert=%1").arg(sanitize(sslRootCert));
    // Detect a dead server within seconds rather than minutes.
    o << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=5") << QStringLiteral("keepalives_interval=2")
      << QStringLiteral("keepalives_count=2");
    return o.join(u';');
}

QString DbConfig::describe() const
{
    return QStringLiteral("%1@%2:%3/%4 (sslmode=%5)").arg(user, host).arg(port).arg(database, sslMode);
}

} // namespace vd::db
