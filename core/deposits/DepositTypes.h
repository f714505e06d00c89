#pragma once
// Values the deposits service hands between threads: a table row, the page query (filter, sort, keyset position),
// status counts, the day's issuance cap, the minting switch, the outcome of an action and of a CSV import.
// Plain values, any thread.
#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace vd::deposits {

/// The statuses of architecture section 3, in lifecycle order (stable database names).
QStringList allStatuses();
/// Translated name of a status for people ("Payment confirmed").
QString statusTitle(const QString &status);

struct DepositRow
{
    qint64 id = 0;
    QString reference;
    QDateTime createdAt;
    QString customer;
    QByteArray wallet;    // 20 bytes
    QString fiatAmount;   // "50.00"
    QString currency;     // "EUR"
    QString tokenAmount;  // base units, decimal
    QString status;
    QString paymentTxId;
    QString failureReason;
    QString cancelReason;
    QDateTime updatedAt;
    QString createdBy;
};

enum class SortColumn { Reference, Created, Customer, Wallet, FiatAmount, Currency, TokenAmount, Status, PaymentId, Updated };

struct DepositFilter
{
    QStringList statuses;   // empty: all
    QDateTime createdFrom;  // inclusive; invalid: open
    QDateTime createdTo;    // exclusive; invalid: open
    QString minFiat;        // decimal text; empty: open
    QString maxFiat;
    QString customer;       // case-insensitive substring
    QString referencePrefix;
    bool operator==(const DepositFilter &) const = default;
};

/// Where a page starts: strictly after this (sort value, id) in the requested order.
struct PageKey
{
    QString sortValue; // the sort column as Postgres prints it (exact round trip)
    qint64 id = 0;
};

struct PageRequest
{
    DepositFilter filter;
    SortColumn sort = SortColumn::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    std::optional<PageKey> after; // none: the first page
    int limit = 100;
    bool withTotal = true;        // also count all rows matching the filter
};

struct Page
{
    QList<DepositRow> rows;
    QList<PageKey> keys;   // one per row: the keyset position to continue after it
    bool atEnd = false;
    qint64 total = -1;     // -1: not counted
    bool append = false;   // continues an earlier page
    std::optional<Error> error;
};

struct CapStatus
{
    QDate day;             // UTC
    QString cap;           // base units; "0": no cap configured
    QString minted;        // minted that UTC day
    QString inFlight;      // decided for minting, not minted yet
    QString remaining;     // empty when no cap
    bool hasCap() const { return !cap.isEmpty() && cap != QLatin1String("0"); }
};

struct MintingSwitch
{
    bool paused = false;
    QString reason;
    QString by;
    QDateTime at;
    bool operator==(const MintingSwitch &) const = default;
};

struct DepositSettings
{
    QMap<QString, QString> rates; // currency -> token base units per 1 unit of fiat
    QString safeThreshold;        // base units; "0": always direct
    CapStatus cap;
    MintingSwitch minting;
};

struct NewDeposit
{
    QString customer;
    QString wallet;       // "0x…", EIP-55 checked (all-lower/all-upper accepted as the toolkit does)
    QString fiatAmount;   // "50" or "50.00"
    QString currency;     // ISO 4217
    QString tokenAmount;  // in tokens (decimals applied); empty: from the configured rate
    QString paymentTxId;  // optional: confirm the payment in the same transaction (CSV import)
};

struct ActionResult
{
    bool ok = false;
    Error error;
    qint64 depositId = 0;
    QString reference;
    QString status;        // the deposit's status after the action (request mint: the decision)
    QString message;       // translated sentence for the inline banner
};

struct ImportRow
{
    int line = 0;          // 1-based line of the file where the record starts
    bool accepted = false;
    QString reference;     // accepted: the new deposit's reference
    QString problem;       // rejected: why
    QString text;          // the record as read (for the report)
};

struct ImportReport
{
    QList<ImportRow> rows; // every data record, in file order
    int accepted = 0;
    int rejected = 0;
    bool committed = false;     // all-or-nothing: true only when every record was valid
    std::optional<Error> error; // the file as a whole could not be read / the database failed
};

} // namespace vd::deposits

Q_DECLARE_METATYPE(vd::deposits::PageRequest)
Q_DECLARE_METATYPE(vd::deposits::Page)
Q_DECLARE_METATYPE(vd::deposits::CapStatus)
Q_DECLARE_METATYPE(vd::deposits::MintingSwitch)
Q_DECLARE_METATYPE(vd::deposits::DepositSettings)
Q_DECLARE_METATYPE(vd::deposits::ActionResult)
Q_DECLARE_METATYPE(vd::deposits::ImportReport)
