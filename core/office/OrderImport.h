#pragma once
// The orders CSV import, first half: reading and checking each line without a database. Header names (any case,
// any order): item (required), amount (required, in tokens, "." decimal point), order_hash (optional: VD1-, 0x or
// 64 plain hex digits; a fresh random hash when empty), customer_name, customer_phone, expires_at (ISO 8601, UTC
// when no offset; optional). The same file the orders export writes. Reentrant; any thread.
#include "office/CsvReader.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vd::office {

struct ImportCandidate
{
    int line = 0;
    QByteArray hash; // 32 bytes when the line gave one (else empty: the importer draws one)
    QString amountBase;
    QString item;
    QString customerName;
    QString customerPhone;
    QDateTime expiresAt;
    QString problem; // translated; empty when the line may go to the database
};

/// Every data line of the file, each with its problem if any. A file without the required columns gives one
/// candidate for line 1 carrying the problem.
QList<ImportCandidate> parseOrderImport(const QByteArray &csv, int decimals, const QDateTime &now);

/// 32 bytes from the system's cryptographic random source.
QByteArray randomOrderHash();

} // namespace vd::office
