#include "scan/ImageDecodeReport.h"

#include "scan/FrameDecoder.h"
#include "scan/PayloadParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace vd::scan {

namespace {

QJsonObject emptyReport(const QString &label)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), label);
    for (const char *key :
         {"width", "height", "decoded", "order_hash", "canonical", "format", "rejected", "reason", "pass", "error"})
        o.insert(QLatin1String(key), QJsonValue::Null);
    o.insert(QStringLiteral("decode_ms"), 0);
    return o;
}

QByteArray toLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

DecodeOutcome decodeImage(const QImage &image)
{
    QElapsedTimer timer;
    timer.start();
    DecodeOutcome outcome;
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    if (!grey.isNull()) {
        const LumaView view{grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()), 1};
        FrameDecoder decoder;
        outcome = decoder.decodeFast(view);
        if (!outcome.found)
            outcome = decoder.decodeHard(view);
    }
    outcome.ms = double(timer.nsecsElapsed()) / 1e6; // conversion included: what the user waits for
    return outcome;
}

QByteArray decodeImageToJsonLine(const QImage &image, const QString &label)
{
    QJsonObject o = emptyReport(label);
    if (image.isNull()) {
        o.insert(QStringLiteral("error"), QStringLiteral("image.unreadable"));
        o.insert(QStringLiteral("reason"),
                 QCoreApplication::translate("vd::scan::ImageDecodeReport", "The file could not be read as an image."));
        return toLine(o);
    }
    o.insert(QStringLiteral("width"), image.width());
    o.insert(QStringLiteral("height"), image.height());

    const DecodeOutcome outcome = decodeImage(image);
    const double ms = outcome.ms;
    o.insert(QStringLiteral("decode_ms"), std::round(ms * 100.0) / 100.0);
    if (!outcome.found)
        return toLine(o);

    o.insert(QStringLiteral("pass"),
             outcome.pass == DecodeOutcome::Pass::Fast ? QStringLiteral("fast") : QStringLiteral("hard"));
    o.insert(QStringLiteral("decoded"), QString::fromUtf8(outcome.text));
    const auto parsed = PayloadParser::parseUtf8(outcome.text);
    if (parsed) {
        o.insert(QStringLiteral("order_hash"), parsed->hashHex());
        o.insert(QStringLiteral("canonical"), parsed->canonical);
        o.insert(QStringLiteral("format"), formatName(parsed->format));
    } else {
        o.insert(QStringLiteral("rejected"), parsed.error().code);
        o.insert(QStringLiteral("reason"), parsed.error().message);
    }
    return toLine(o);
}

QByteArray decodeImageToJsonLine(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // phone photos carry EXIF orientation
    const QImage image = reader.read();
    QByteArray line = decodeImageToJsonLine(image, path);
    if (image.isNull()) {
        QJsonObject o = QJsonDocument::fromJson(line).object();
        o.insert(QStringLiteral("reason"), reader.errorString());
        line = toLine(o);
    }
    return line;
}

} // namespace vd::scan
