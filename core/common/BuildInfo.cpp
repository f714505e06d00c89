#include "BuildInfo.h"

#include "GeneratedBuildInfo.h"
#include <libpq-fe.h>
#include <openssl/crypto.h>

#if __has_include(<ZXing/ZXVersion.h>)
#include <ZXing/ZXVersion.h>
#else
#include <ZXing/Version.h>
#endif

#include <QtGlobal>

namespace vd {

QString appVersion()
{
    return QStringLiteral(VD_BUILD_VERSION);
}

QString gitCommit()
{
    return QStringLiteral(VD_BUILD_COMMIT);
}

QList<QPair<QString, QString>> dependencyVersions()
{
    // Qt, OpenSSL and libpq report the library loaded at run time. ZXing-C++, QtKeychain and libsecp256k1 have no
    // run-time version call: their version is the one built against, marked so.
    const int pq = PQlibVersion();
    const QString built = QStringLiteral(" (build)");
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("ZXing-C++"),
         QStringLiteral("%1.%2.%3").arg(ZXING_VERSION_MAJOR).arg(ZXING_VERSION_MINOR).arg(ZXING_VERSION_PATCH) + built},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))},
        {QStringLiteral("libpq"), pq >= 100000 ? QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000)
                                               : QStringLiteral("%1.%2.%3").arg(pq / 10000).arg(pq / 100 % 100).arg(pq % 100)},
        {QStringLiteral("QtKeychain"), QStringLiteral(VD_BUILD_QTKEYCHAIN_VERSION) + built},
        {QStringLiteral("libsecp256k1"), QStringLiteral(VD_BUILD_SECP256K1_VERSION) + built},
    };
}

} // namespace vd
