#pragma once
// Reads CSV as spreadsheet apps write it: optional UTF-8 byte-order mark, comma or semicolon separated (guessed
// from the header line), RFC 4180 quotes with doubled quotes and line breaks inside, CRLF or LF. Reentrant.
#include <QList>
#include <QStringList>

namespace vd::office {

struct CsvRecord
{
    int line = 0; // 1-based line where the record starts (for the import report)
    QStringList cells;
};

/// Parses the whole text; an unterminated quote ends the last record at the end of the data. Blank lines are skipped.
QList<CsvRecord> parseCsv(const QByteArray &data);

} // namespace vd::office
