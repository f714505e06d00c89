#include "office/CsvReader.h"

namespace vd::office {

QList<CsvRecord> parseCsv(const QByteArray &data)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // The separator: whichever of , and ; appears more often in the first line outside quotes.
    QChar sep = u',';
    {
        int commas = 0;
        int semis = 0;
        bool quoted = false;
        for (const QChar c : std::as_const(text)) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r'))
                break;
            else if (!quoted && c == u',')
                ++commas;
            else if (!quoted && c == u';')
                ++semis;
        }
        if (semis > commas)
            sep = u';';
    }
    QList<CsvRecord> out;
    CsvRecord rec;
    QString cell;
    bool quoted = false;
    bool any = false; // the record has content
    int line = 1;
    rec.line = 1;
    auto endRecord = [&]() {
        rec.cells << cell;
        cell.clear();
        bool blank = !any;
        if (!blank)
            out << rec;
        rec = CsvRecord{};
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == sep) {
            rec.cells << cell;
            cell.clear();
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            rec.line = line;
        } else {
            cell += c;
            if (!c.isSpace())
                any = true;
        }
    }
    if (any || !cell.isEmpty())
        endRecord();
    return out;
}

} // namespace vd::office
