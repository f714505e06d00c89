#include "office/OrderImport.h"

#include "chain/U256.h"
#include "scan/PayloadParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace vd::office {

namespace {
QString column(const QString &header)
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("item"), QStringLiteral("item")},
        {QStringLiteral("what"), QStringLiteral("item")},
        {QStringLiteral("amount"), QStringLiteral("amount")},
        {QStringLiteral("order_hash"), QStringLiteral("order_hash")},
        {QStringLiteral("hash"), QStringLiteral("order_hash")},
        {QStringLiteral("code"), QStringLiteral("order_hash")},
        {QStringLiteral("customer_name"), QStringLiteral("customer_name")},
        {QStringLiteral("customer"), QStringLiteral("customer_name")},
        {QStringLiteral("name"), QStringLiteral("customer_name")},
        {QStringLiteral("customer_phone"), QStringLiteral("customer_phone")},
        {QStringLiteral("phone"), QStringLiteral("customer_phone")},
        {QStringLiteral("expires_at"), QStringLiteral("expires_at")},
        {QStringLiteral("expires"), QStringLiteral("expires_at")},
    };
    QString h = header.trimmed().toLower();
    h.replace(u' ', u'_');
    return aliases.value(h);
}
} // namespace

QByteArray randomOrderHash()
{
    QByteArray hash(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(hash.data()),
                                         reinterpret_cast<quint32 *>(hash.data() + hash.size()));
    return hash;
}

QList<ImportCandidate> parseOrderImport(const QByteArray &csv, int decimals, const QDateTime &now)
{
    QList<ImportCandidate> out;
    const QList<CsvRecord> records = parseCsv(csv);
    if (records.isEmpty()) {
        ImportCandidate c;
        c.line = 1;
        c.problem = QCoreApplication::translate("vd::office::OrderImport", "The file is empty.");
        return {c};
    }
    QHash<QString, int> index;
    for (int i = 0; i < records.first().cells.size(); ++i) {
        const QString name = column(records.first().cells.at(i));
        if (!name.isEmpty() && !index.contains(name))
            index.insert(name, i);
    }
    if (!index.contains(QStringLiteral("item")) || !index.contains(QStringLiteral("amount"))) {
        ImportCandidate c;
        c.line = records.first().line;
        c.problem = QCoreApplication::translate(
            "vd::office::OrderImport", "The first line must name the columns; \"item\" and \"amount\" are required.");
        return {c};
    }
    auto cell = [&index](const CsvRecord &r, const QString &name) {
        const int i = index.value(name, -1);
        return i >= 0 && i < r.cells.size() ? r.cells.at(i).trimmed() : QString();
    };
    static const QRegularExpression plainHex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    QSet<QByteArray> seen;
    for (qsizetype n = 1; n < records.size(); ++n) {
        const CsvRecord &r = records.at(n);
        ImportCandidate c;
        c.line = r.line;
        c.item = cell(r, QStringLiteral("item"));
        c.customerName = cell(r, QStringLiteral("customer_name"));
        c.customerPhone = cell(r, QStringLiteral("customer_phone"));
        // A spreadsheet defuses cells with a leading apostrophe (our export does): take it off again.
        for (QString *s : {&c.item, &c.customerName, &c.customerPhone})
            if (s->startsWith(u'\''))
                s->remove(0, 1);
        const QString amount = cell(r, QStringLiteral("amount"));
        const QString hash = cell(r, QStringLiteral("order_hash"));
        const QString expires = cell(r, QStringLiteral("expires_at"));
        if (c.item.isEmpty()) {
            c.problem =
                QCoreApplication::translate("vd::office::OrderImport", "No item: say what is to be handed over.");
        } else if (c.item.size() > 500) {
            c.problem =
                QCoreApplication::translate("vd::office::OrderImport", "The item text is longer than 500 characters.");
        } else if (amount.isEmpty()) {
            c.problem = QCoreApplication::translate("vd::office::OrderImport", "No amount.");
        } else {
            const auto base = chain::U256::fromDecimal(amount, decimals);
            if (!base.ok())
                c.problem =
                    QCoreApplication::translate("vd::office::OrderImport",
                                                "The amount \"%1\" is not a number of tokens with at most %2 decimals.")
                        .arg(amount)
                        .arg(decimals);
            else if (base.value().isZero())
                c.problem =
                    QCoreApplication::translate("vd::office::OrderImport", "The amount must be more than zero.");
            else
                c.amountBase = base.value().toDecimal();
        }
        if (c.problem.isEmpty() && !hash.isEmpty()) {
            if (plainHex.match(hash).hasMatch()) {
                c.hash = QByteArray::fromHex(hash.toLatin1());
            } else {
                const auto code = scan::PayloadParser::parse(hash);
                if (code.ok())
                    c.hash = code.value().hash;
                else
                    c.problem =
                        QCoreApplication::translate("vd::office::OrderImport", "The order code \"%1\" is not valid: %2")
                            .arg(hash, code.error().message);
            }
            if (c.problem.isEmpty() && seen.contains(c.hash))
                c.problem = QCoreApplication::translate("vd::office::OrderImport",
                                                        "The same order code appears earlier in the file.");
            if (c.problem.isEmpty())
                seen.insert(c.hash);
        }
        if (c.problem.isEmpty() && !expires.isEmpty()) {
            QDateTime t = QDateTime::fromString(expires, Qt::ISODate);
            if (!t.isValid())
                t = QDateTime::fromString(expires, QStringLiteral("yyyy-MM-dd HH:mm"));
            if (t.isValid() && t.timeSpec() == Qt::LocalTime) // no offset given: UTC, whatever this machine's zone
                t = QDateTime(t.date(), t.time(), QTimeZone::utc());
            if (!t.isValid())
                c.problem =
                    QCoreApplication::translate("vd::office::OrderImport",
                                                "The expiry \"%1\" is not a date and time like 2026-12-31T18:00Z.")
                        .arg(expires);
            else if (t <= now)
                c.problem = QCoreApplication::translate("vd::office::OrderImport", "The expiry %1 is already past.")
                                .arg(expires);
            else
                c.expiresAt = t.toUTC();
        }
        out << c;
    }
    return out;
}

} // namespace vd::office
