#pragma once
// Plain values the back office's services pass between their worker threads and the GUI by queued signals:
// order search filters and rows, an order's timeline, the CSV import report, audit rows, the reconciliation report.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace vd::office {

enum class OrderColumn { Hash, Status, Amount, Item, Customer, Phone, Created, Expires, Delivered, Count };

struct OrderFilter
{
    QString hash;      // prefix as typed: VD1-..., 0x..., or plain hex (at least 2 digits)
    QString customer;  // part of the name, any case
    QString phone;     // part of the number
    QString status;    // one status or empty for all
    QDate createdFrom; // UTC dates, inclusive; invalid: open
    QDate createdTo;
    OrderColumn sortColumn = OrderColumn::Created;
    bool descending = true;
};

struct OrderRow
{
    qint64 id = 0;
    QByteArray hash; // 32 bytes
    QString status;
    QString amount; // tokens, decimal point, no trailing zeros
    QString item;
    QString customerName;
    QString customerPhone;
    QDateTime createdAt;
    QString createdBy;
    QString source;
    QDateTime expiresAt;
    QDateTime deliveredAt;
    QString deliveredBy;
    QString deliveredDesk;
    int confirmations = 0;
};

struct TimelineEvent
{
    QDateTime at;
    QString kind;   // stable: created, redeemed, valid, scan, delivered, cancelled, expires, audit
    QString title;  // translated, one line
    QString detail; // translated, may be empty
};

struct OrderDetail
{
    OrderRow order;
    QByteArray redeemTx;
    qint64 redeemBlock = -1;
    QString redeemAmount;
    QString redeemer; // 0x address
    QString cancelReason;
    QString deliveryNote;
    QList<TimelineEvent> timeline; // oldest first
};

struct NewOrder
{
    QString item;
    QString amount; // tokens as typed ("12.5")
    QString customerName;
    QString customerPhone;
    QDateTime expiresAt; // invalid: never expires
    QString source = QStringLiteral("backoffice");
};

struct ImportLine
{
    int line = 0;
    bool created = false;
    QString orderHash; // 0x..., when known
    QString reason;    // translated, why it was rejected (empty when created)
};

struct ImportReport
{
    int created = 0;
    int rejected = 0;
    QList<ImportLine> lines;
};

enum class AuditColumn { At, Actor, Workstation, Action, Entity, EntityId, Details, Count };

struct AuditFilter
{
    QString actor;  // login, prefix
    QString action; // prefix ("order." for every order action)
    QString entity; // exact ("order", "deposit", ...), empty: all
    QString entityId;
    QString text; // free text in details, before and after
    QDate from;   // UTC dates, inclusive
    QDate to;
    AuditColumn sortColumn = AuditColumn::At;
    bool descending = true;
};

struct AuditRow
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString workstation;
    QString action;
    QString entity;
    QString entityId;
    QString before; // compact JSON, empty when null
    QString after;
    QString details;
};

struct UnmatchedMint
{
    QByteArray txHash;
    qint64 block = 0;
    QDateTime at;
    QString account;    // EIP-55
    QString amountBase; // base units
    QString amount;     // tokens
};

struct ReconciliationReport
{
    qint64 chainId = 0;
    qint64 listenerBlock = -1; // the block the listener's figures (and the supply read) are taken at; -1: none yet
    bool supplyKnown = false;
    QString supplyError; // why the on-chain supply could not be read
    int decimals = 18;
    // Base units (numeric text; difference and expected may be negative).
    QString supplyBase;
    QString onchainMintedBase;
    QString onchainBurnedBase;
    QString dbMintedBase;
    QString redeemedBase;
    QString reconciledBase;
    QString expectedBase;   // dbMinted - redeemed + reconciled
    QString differenceBase; // supply - expected
    bool holds = false;
    QList<UnmatchedMint> unmatched;
    int entries = 0; // reconciliation entries recorded so far
};

/// "1.5" for 1500000000000000000 with 18 decimals; keeps a leading minus sign.
QString formatTokens(const QString &signedBaseUnits, int decimals);
/// a - b on signed decimal integers of any size up to 2^256 (numeric text); empty when either does not parse.
QString subtractSigned(const QString &a, const QString &b);

} // namespace vd::office

Q_DECLARE_METATYPE(vd::office::OrderFilter)
Q_DECLARE_METATYPE(vd::office::OrderRow)
Q_DECLARE_METATYPE(vd::office::OrderDetail)
Q_DECLARE_METATYPE(vd::office::NewOrder)
Q_DECLARE_METATYPE(vd::office::ImportReport)
Q_DECLARE_METATYPE(vd::office::AuditFilter)
Q_DECLARE_METATYPE(vd::office::AuditRow)
Q_DECLARE_METATYPE(vd::office::ReconciliationReport)
