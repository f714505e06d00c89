#include "DepositCsv.h"

#include "chain/Address.h"
#include "chain/U256.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vd::deposits {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("vd::deposits::DepositCsv", s);
}
} // namespace

Result<QList<CsvRecord>> parseCsv(const QByteArray &data, QChar separator)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (separator.isNull()) {
        const QString first = text.section(u'\n', 0, 0);
        separator = (first.count(u';') > first.count(u',')) ? u';' : u',';
    }
    QList<CsvRecord> out;
    CsvRecord rec;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool anyContent = false; // the record has seen a character or separator
    int line = 1;
    int recordStart = 0;
    auto endRecord = [&](qsizetype end) {
        if (anyContent) {
            rec.fields << field;
            rec.text = text.mid(recordStart, end - recordStart);
            if (rec.text.endsWith(u'\r'))
                rec.text.chop(1);
            out << rec;
        }
        rec = CsvRecord{};
        field.clear();
        anyContent = false;
    };
    rec.line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            anyContent = true;
        } else if (c == separator) {
            rec.fields << field;
            field.clear();
            anyContent = true;
        } else if (c == u'\n') {
            endRecord(i);
            ++line;
            rec.line = line;
            recordStart = int(i + 1);
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            // CRLF: the \n ends the record
        } else {
            field += c;
            if (!c.isSpace())
                anyContent = true;
        }
    }
    if (quoted)
        return Result<QList<CsvRecord>>::fail(QStringLiteral("csv.unterminated_quote"),
                                              tr("A quoted field that starts on line %1 never ends.").arg(rec.line));
    endRecord(text.size());
    return out;
}

Result<DepositCsvColumns> depositColumns(const QStringList &header)
{
    DepositCsvColumns c;
    c.count = int(header.size());
    for (int i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).trimmed().toLower().replace(u' ', u'_');
        if (h == QLatin1String("customer"))
            c.customer = i;
        else if (h == QLatin1String("wallet"))
            c.wallet = i;
        else if (h == QLatin1String("fiat_amount"))
            c.fiatAmount = i;
        else if (h == QLatin1String("currency"))
            c.currency = i;
        else if (h == QLatin1String("token_amount"))
            c.tokenAmount = i;
        else if (h == QLatin1String("payment_id"))
            c.paymentId = i;
    }
    if (c.customer < 0 || c.wallet < 0 || c.fiatAmount < 0 || c.currency < 0)
        return Result<DepositCsvColumns>::fail(
            QStringLiteral("csv.header"),
            tr("The first line must name the columns: customer, wallet, fiat_amount, currency (optional: "
               "token_amount, payment_id)."));
    return c;
}

QString newDepositProblem(const NewDeposit &d, int decimals)
{
    if (d.customer.trimmed().isEmpty())
        return tr("The customer's name is missing.");
    if (d.customer.trimmed().size() > 200)
        return tr("The customer's name is longer than 200 characters.");
    const auto address = chain::Address::fromString(d.wallet.trimmed());
    if (!address)
        return address.error().message;
    if (address->isZero())
        return tr("The zero address cannot receive tokens.");
    const QString fiat = d.fiatAmount.trimmed();
    if (fiat.startsWith(u'-'))
        return tr("The fiat amount %1 is negative.").arg(fiat);
    const auto fiatUnits = chain::U256::fromDecimal(fiat, 2);
    if (!fiatUnits)
        return tr("The fiat amount \"%1\" is not an amount with at most two decimals.").arg(fiat);
    if (fiatUnits->isZero())
        return tr("The fiat amount must be more than zero.");
    static const QRegularExpression iso(QStringLiteral("^[A-Za-z]{3}$"));
    if (!iso.match(d.currency.trimmed()).hasMatch())
        return tr("\"%1\" is not a currency code (three letters, e.g. EUR).").arg(d.currency.trimmed());
    const QString token = d.tokenAmount.trimmed();
    if (!token.isEmpty()) {
        if (token.startsWith(u'-'))
            return tr("The token amount %1 is negative.").arg(token);
        const auto units = chain::U256::fromDecimal(token, decimals);
        if (!units)
            return tr("The token amount \"%1\" is not an amount with at most %2 decimals.").arg(token).arg(decimals);
        if (units->isZero())
            return tr("The token amount must be more than zero.");
    }
    return {};
}

Result<NewDeposit> depositFromRecord(const DepositCsvColumns &c, const CsvRecord &r, int decimals)
{
    if (r.fields.size() != c.count)
        return Result<NewDeposit>::fail(QStringLiteral("csv.fields"),
                                        tr("Expected %1 fields as in the header, found %2.")
                                            .arg(c.count)
                                            .arg(r.fields.size()));
    NewDeposit d;
    d.customer = r.fields.at(c.customer).trimmed();
    d.wallet = r.fields.at(c.wallet).trimmed();
    d.fiatAmount = r.fields.at(c.fiatAmount).trimmed();
    d.currency = r.fields.at(c.currency).trimmed().toUpper();
    if (c.tokenAmount >= 0)
        d.tokenAmount = r.fields.at(c.tokenAmount).trimmed();
    if (c.paymentId >= 0)
        d.paymentTxId = r.fields.at(c.paymentId).trimmed();
    const QString problem = newDepositProblem(d, decimals);
    if (!problem.isEmpty())
        return Result<NewDeposit>::fail(QStringLiteral("csv.invalid"), problem);
    return d;
}

} // namespace vd::deposits
