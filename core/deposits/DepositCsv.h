#pragma once
// Reading a deposits CSV file: RFC 4180 records (quoted fields with commas, quotes and line breaks; CRLF or LF;
// a UTF-8 byte-order mark; ',' or ';' as separator, guessed from the header), then each record mapped to a
// NewDeposit with the checks that need no database (columns present, EIP-55 address, amounts positive).
// Pure functions, any thread.
#include "deposits/DepositTypes.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace vd::deposits {

struct CsvRecord
{
    int line = 0;        // 1-based line where the record starts
    QStringList fields;
    QString text;        // the record's raw text (without the line break)
};

/// Splits `data` into records. Empty lines are skipped. Error "csv.unterminated_quote" when a quote never closes.
Result<QList<CsvRecord>> parseCsv(const QByteArray &data, QChar separator = QChar());

/// The columns a deposits file may carry; the header line names them (any order, case-insensitive).
/// Required: customer, wallet, fiat_amount, currency. Optional: token_amount (in tokens), payment_id.
struct DepositCsvColumns
{
    int customer = -1, wallet = -1, fiatAmount = -1, currency = -1, tokenAmount = -1, paymentId = -1;
    int count = 0;
};
Result<DepositCsvColumns> depositColumns(const QStringList &header);

/// A record as a NewDeposit, or the reason it cannot be one (translated).
Result<NewDeposit> depositFromRecord(const DepositCsvColumns &columns, const CsvRecord &record, int decimals);

/// Checks of a new deposit that need no database: name, EIP-55 address, amounts. Empty when fine.
QString newDepositProblem(const NewDeposit &d, int decimals);

} // namespace vd::deposits
