#pragma once
// What a desk shows after a scan or a delivery: a plain value passed by queued signal from DeskService's thread.
// The UI maps `kind` to colour + word + icon + instruction; every other field is context for the clerk.
#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace vd::orders {

enum class VerdictKind {
    Valid,            // redeemed on chain and confirmed: hand over the goods after Deliver
    Delivered,        // delivered just now by this desk (or this very scan, repeated)
    AlreadyDelivered, // delivered before: by whom, when, at which desk
    PendingChain,     // redemption seen, not yet at confirmation depth (updates itself live)
    NotPaid,          // order exists, no redemption yet (CREATED)
    Underpaid,        // redeemed with less than the order's amount
    Expired,
    Cancelled,
    UnknownCode,      // a well-formed code that no order has
    NotAnOrderCode,   // the payload parser rejected it; never reached the database
    DatabaseOffline,  // cannot look up or deliver now
    RecheckFailed,    // the on-chain re-check contradicted the database: do not deliver
    Error,            // anything else, with a message
};

struct Verdict
{
    VerdictKind kind = VerdictKind::Error;
    QByteArray orderHash;       // 32 bytes, empty for NotAnOrderCode
    qint64 orderId = 0;
    QString item;               // what to hand over
    QString customerName;
    QString amount;             // token amount, exact decimal string in whole tokens ("12.5")
    QString redeemedAmount;
    int confirmations = 0;
    int requiredConfirmations = 0;
    QDateTime expiresAt;
    QDateTime deliveredAt;
    QString deliveredBy;
    QString deliveredDesk;
    QString deliveryNote;
    QString cancelReason;
    QString message;            // translated detail (error text, rejection reason)
    QString chainRecheck;       // "confirmed" | "not_rechecked" | "" (not a delivery)
    QByteArray redeemTx;        // 32-byte hash of the redemption transaction the listener recorded (may be empty)
    qint64 redeemBlock = -1;    // its block number, -1 when unknown
    bool repeat = false;        // same code scanned again within the debounce window
};

QString verdictKindName(VerdictKind kind); // stable, untranslated ("VALID", "ALREADY_DELIVERED", ...)
/// What a desk shows for an order in database status `status` ("CREATED" -> NotPaid, "DELIVERED" -> AlreadyDelivered);
/// Error for a status it does not know.
VerdictKind verdictKindForStatus(const QString &status);

} // namespace vd::orders

Q_DECLARE_METATYPE(vd::orders::Verdict)
