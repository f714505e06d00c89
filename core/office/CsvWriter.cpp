#include "office/CsvWriter.h"

#include <QIODevice>

namespace vd::office {

CsvWriter::CsvWriter(QIODevice *device, bool bom) : m_device(device)
{
    if (bom)
        m_ok = m_device->write("\xEF\xBB\xBF", 3) == 3;
}

QString CsvWriter::escapeCell(const QString &cell)
{
    QString out = cell;
    // Formula injection (OWASP "CSV injection"): a cell starting with one of these runs as a formula.
    if (!out.isEmpty()) {
        const QChar first = out.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            out.prepend(u'\'');
    }
    if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r') || out.contains(u';')) {
        out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        out = u'"' + out + u'"';
    }
    return out;
}

QString CsvWriter::formatRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escapeCell(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    return line;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    const QByteArray bytes = formatRow(cells).toUtf8();
    m_ok = m_ok && m_device->write(bytes) == bytes.size();
    if (m_ok)
        ++m_rows;
    return m_ok;
}

} // namespace vd::office
