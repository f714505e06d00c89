#pragma once

class QThread;

namespace vd {

/// Frees OpenSSL's per-thread state (the thread's DRBGs, its error queue) on `thread` itself, as the last thing its
/// event loop does. libcrypto otherwise frees that state from a pthread-key destructor, which runs after the thread
/// function has returned, i.e. after QThread::wait() has already let the owner go on (Qt threads are detached). A
/// process that exits right after stopping the thread (`voucherdesk listen` on SIGTERM) races that destructor:
/// exit() runs OPENSSL_cleanup, which deletes the keys, and the state is never freed (LeakSanitizer reports it).
void releaseThreadCryptoOnFinish(QThread &thread);

} // namespace vd
