#pragma once
// CSV for spreadsheet apps: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads accents right), CRLF
// line ends, and cells a spreadsheet would run as a formula (= + - @, tab, carriage return first) defused with a
// leading apostrophe. One writer for every export of the back office (orders, audit). Reentrant; any thread.
#include <QStringList>

class QIODevice;

namespace vd::office {

class CsvWriter
{
public:
    /// `device` must be open for writing; not owned. Writes the BOM first when `bom` is true.
    explicit CsvWriter(QIODevice *device, bool bom = true);

    /// Writes one row; false when the device refused the bytes.
    bool writeRow(const QStringList &cells);
    qint64 rows() const { return m_rows; }

    /// The cell as it goes into the file: defused, then quoted when it holds a comma, quote or line break.
    static QString escapeCell(const QString &cell);
    /// The whole row as text, CRLF-terminated.
    static QString formatRow(const QStringList &cells);

private:
    QIODevice *m_device;
    qint64 m_rows = 0;
    bool m_ok = true;
};

} // namespace vd::office
