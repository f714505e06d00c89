#include "scan/ScanPipeline.h"

#include "scan/PayloadParser.h"

namespace vd::scan {

ScanPipeline::ScanPipeline(QObject *parent) : ScanPipeline(Options{}, parent) {}

ScanPipeline::ScanPipeline(Options options, QObject *parent) : QObject(parent), m_debouncer(options.clock)
{
    m_thread.setObjectName(QStringLiteral("vd-scan-decoder"));
    m_worker = new DecodeWorker(&m_busy, m_counters, options.hardPassAfterMisses, std::move(options.decodeFn));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &DecodeWorker::decoded, this, &ScanPipeline::onDecoded, Qt::QueuedConnection);
    m_thread.start();
}

ScanPipeline::~ScanPipeline()
{
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has finished: safe to delete from here
}

bool ScanPipeline::offer(const QVideoFrame &frame)
{
    m_counters->framesOffered.fetch_add(1);
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true, std::memory_order_acq_rel)) {
        m_counters->framesDropped.fetch_add(1);
        return false;
    }
    m_counters->framesHandedOver.fetch_add(1);
    DecodeWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, frame] { worker->process(frame); }, Qt::QueuedConnection);
    return true;
}

void ScanPipeline::submitText(const QString &text, ScanSource source)
{
    handle(PayloadParser::parse(text), text, source);
}

void ScanPipeline::submitBytes(const QByteArray &utf8, ScanSource source)
{
    handle(PayloadParser::parseUtf8(utf8), QString::fromUtf8(utf8.left(PayloadParser::MaxInputChars)), source);
}

void ScanPipeline::onDecoded(const DecodeOutcome &outcome)
{
    submitBytes(outcome.text, ScanSource::Camera);
}

void ScanPipeline::handle(const Result<OrderCode> &parsed, const QString &rawKey, ScanSource source)
{
    if (!parsed) {
        // Recorded so that any different read pre-empts like a different code would. A foreign QR code held in front
        // of the camera would otherwise be rejected 30 times a second: report it once per window. Rejections of
        // what a person scanned, pasted or typed are always reported.
        const auto decision = m_debouncer.offer(QStringLiteral("!") + rawKey, source);
        if (source == ScanSource::Camera && decision == Debouncer::Decision::Repeat)
            return;
        emit rejected(parsed.error(), source);
        return;
    }
    if (m_debouncer.offer(parsed->canonical, source) == Debouncer::Decision::Repeat)
        emit codeRepeated(parsed.value(), source);
    else
        emit codeScanned(parsed.value(), source);
}

} // namespace vd::scan
