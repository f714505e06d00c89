#pragma once
// Version of VoucherDesk and of the libraries it runs with, for `--version`, `check` and support tickets.
#include <QList>
#include <QPair>
#include <QString>

namespace vd {

QString appVersion();
QString gitCommit();
/// (library, version) pairs: Qt (runtime), ZXing, OpenSSL (runtime), libpq (runtime), QtKeychain, libsecp256k1.
QList<QPair<QString, QString>> dependencyVersions();

} // namespace vd
