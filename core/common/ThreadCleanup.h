#pragma once

class QThread;

namespace vd {

/// Frees OpenSSL's per-thread state (the thread's DRBGs, its error queue) on `thread` itself, as the last thing its
/// event loop does. libcrypto otherwise frees that state from a pthread-key destructor, which runs after the thread
/// function has returned, i.e. after QThread::wait() has already let the owner go on (Qt threads are detached). A
/// process that exits right after stopping the thread (`voucherdesk listen` on SIGTERM, a test) races that destructor:
/// exit() runs OPENSSL_cleanup, which deletes the keys, and the state is never freed (LeakSanitizer reports it).
/// Every worker thread that talks to Postgres (libpq's SCRAM nonce and TLS use libcrypto) or to an RPC endpoint
/// (Qt's TLS backend) calls this.
void releaseThreadCryptoOnFinish(QThread &thread);

/// The same for a job on a shared pool (QtConcurrent::run), called at the end of the job on the pool thread: the
/// global pool's threads are torn down at process exit, with the same race. The next job re-creates the state.
void releaseThreadCrypto();

} // namespace vd
