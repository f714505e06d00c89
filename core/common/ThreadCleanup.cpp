#include "ThreadCleanup.h"

#include <QThread>
#include <openssl/crypto.h>

namespace vd {

void releaseThreadCryptoOnFinish(QThread &thread)
{
    // QThread::finished is emitted from the finishing thread; a direct connection runs the slot there.
    QObject::connect(&thread, &QThread::finished, &thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
}

void releaseThreadCrypto()
{
    OPENSSL_thread_stop();
}

} // namespace vd
