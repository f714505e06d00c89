#pragma once
// The scanning core the reception window talks to. Lives on the GUI thread; owns one decoder thread.
//  - offer(frame): called from the video sink's slot for every frame. If the decoder is idle the frame is handed over
//    (QVideoFrame is implicitly shared: no pixel copy); otherwise it is dropped and counted -- frames never queue up.
//    offer() only touches atomics and posts to the decoder thread, so it is also safe from a multimedia backend's own
//    thread (some emit QVideoSink::videoFrameChanged off the GUI thread); everything else is GUI-thread only.
//  - submitText(): keyboard-wedge scans, pasted and typed text go through the same parser and debouncer.
// Every read goes through PayloadParser, then the Debouncer; results leave as signals carrying values:
// codeScanned (a new code: look it up), codeRepeated (same code again within the window: re-show the verdict),
// rejected (not an order code: never reaches the database).
// The destructor stops the decoder thread with quit() + wait().
#include "common/Result.h"
#include "scan/Clock.h"
#include "scan/Debouncer.h"
#include "scan/DecodeWorker.h"
#include "scan/OrderCode.h"
#include "scan/ScanCounters.h"

#include <QObject>
#include <QThread>
#include <QVideoFrame>
#include <atomic>
#include <memory>

namespace vd::scan {

class ScanPipeline : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int hardPassAfterMisses = 5;
        const Clock *clock = nullptr;    // test seam; nullptr = steady clock
        DecodeWorker::DecodeFn decodeFn; // test seam; empty = map + FrameDecoder
    };

    explicit ScanPipeline(QObject *parent = nullptr);
    explicit ScanPipeline(Options options, QObject *parent = nullptr);
    ~ScanPipeline() override;

    bool offer(const QVideoFrame &frame); // GUI thread; true if handed to the decoder, false if dropped
    void submitText(const QString &text, ScanSource source);
    void submitBytes(const QByteArray &utf8, ScanSource source); // e.g. a QR decoded from a pasted image

    bool isDecoderBusy() const { return m_busy.load(std::memory_order_acquire); }
    ScanCounters counters() const { return m_counters->snapshot(); }
    Debouncer &debouncer() { return m_debouncer; }

signals:
    void codeScanned(const vd::scan::OrderCode &code, vd::scan::ScanSource source);
    void codeRepeated(const vd::scan::OrderCode &code, vd::scan::ScanSource source);
    void rejected(const vd::Error &reason, vd::scan::ScanSource source);

private:
    void onDecoded(const vd::scan::DecodeOutcome &outcome);
    void handle(const Result<OrderCode> &parsed, const QString &rawKey, ScanSource source);

    std::atomic<bool> m_busy{false};
    const std::shared_ptr<AtomicScanCounters> m_counters = std::make_shared<AtomicScanCounters>();
    Debouncer m_debouncer;
    QThread m_thread;
    DecodeWorker *m_worker = nullptr; // lives on m_thread; deleted after the thread has stopped
};

} // namespace vd::scan
