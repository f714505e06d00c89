#pragma once
// The support tool behind `voucherdesk decode IMAGE...`: what the scanner sees in a photo or screenshot.
// Thread: any thread (QImage + FrameDecoder, no widgets, no database).
#include "scan/FrameDecoder.h"

#include <QByteArray>
#include <QImage>
#include <QString>

namespace vd::scan {

// One compact JSON object (no trailing newline) for one image file:
// {"file", "width", "height", "decoded": text|null, "order_hash": "0x.."|null, "canonical": "VD1-.."|null,
//  "format": "canonical"|"canonical_case_swapped"|"0x"|"url"|null, "rejected": "scan.payload.*"|null,
//  "reason": translated sentence|null, "pass": "fast"|"hard"|null, "decode_ms": n, "error": null|"..."}
// "error" is set (e.g. "image.unreadable") when the file cannot be read as an image; "decoded" is null when no QR
// code was found. Decoding is the camera's FrameDecoder: a fast pass, then the hard pass.
QByteArray decodeImageToJsonLine(const QString &path);
// For a pasted or dropped image in the reception window: same decoding, the raw result (feed outcome.text to
// ScanPipeline::submitBytes(..., ScanSource::Paste)). Run it off the GUI thread for large images.
DecodeOutcome decodeImage(const QImage &image);
QByteArray decodeImageToJsonLine(const QImage &image, const QString &label);

} // namespace vd::scan
