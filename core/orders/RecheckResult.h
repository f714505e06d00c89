#pragma once
// What the on-chain re-check of a redemption proof concluded. A plain value passed by queued signal from the
// RedemptionChecker's thread to whoever asked (the reception desk).
#include <QMetaType>
#include <QString>

namespace vd::orders {

enum class RecheckOutcome {
    Confirmed,    // receipt found, succeeded, carries our Redeemed log for this order, block canonical
    Contradicted, // the chain says otherwise: refuse delivery loudly
    Unreachable,  // no endpoint answered in time (or none configured): proceed on the database, "not_rechecked"
};

struct RecheckResult
{
    RecheckOutcome outcome = RecheckOutcome::Unreachable;
    QString code;    // stable: "recheck.confirmed", "recheck.no_receipt", "recheck.reverted", "recheck.no_log",
                     // "recheck.reorged", "recheck.no_redemption", "recheck.unreachable", "recheck.not_configured"
    QString message; // translated sentence for the clerk or the support ticket
    qint64 elapsedMs = 0;

    /// The value deliver_order records: "confirmed" or "not_rechecked" (a contradiction never delivers).
    QString deliveryTag() const
    {
        return outcome == RecheckOutcome::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("not_rechecked");
    }
};

} // namespace vd::orders

Q_DECLARE_METATYPE(vd::orders::RecheckResult)
