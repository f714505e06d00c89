#include "Verdict.h"

#include <QHash>

namespace vd::orders {

QString verdictKindName(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Valid:
        return QStringLiteral("VALID");
    case VerdictKind::Delivered:
        return QStringLiteral("DELIVERED");
    case VerdictKind::AlreadyDelivered:
        return QStringLiteral("ALREADY_DELIVERED");
    case VerdictKind::PendingChain:
        return QStringLiteral("PENDING_CHAIN");
    case VerdictKind::NotPaid:
        return QStringLiteral("NOT_PAID");
    case VerdictKind::Underpaid:
        return QStringLiteral("UNDERPAID");
    case VerdictKind::Expired:
        return QStringLiteral("EXPIRED");
    case VerdictKind::Cancelled:
        return QStringLiteral("CANCELLED");
    case VerdictKind::UnknownCode:
        return QStringLiteral("UNKNOWN_CODE");
    case VerdictKind::NotAnOrderCode:
        return QStringLiteral("NOT_AN_ORDER_CODE");
    case VerdictKind::DatabaseOffline:
        return QStringLiteral("DATABASE_OFFLINE");
    case VerdictKind::RecheckFailed:
        return QStringLiteral("RECHECK_FAILED");
    case VerdictKind::Error:
        break;
    }
    return QStringLiteral("ERROR");
}

VerdictKind verdictKindForStatus(const QString &status)
{
    static const QHash<QString, VerdictKind> kinds = {
        {QStringLiteral("CREATED"), VerdictKind::NotPaid},
        {QStringLiteral("PENDING_CHAIN"), VerdictKind::PendingChain},
        {QStringLiteral("VALID"), VerdictKind::Valid},
        {QStringLiteral("DELIVERED"), VerdictKind::AlreadyDelivered},
        {QStringLiteral("UNDERPAID"), VerdictKind::Underpaid},
        {QStringLiteral("EXPIRED"), VerdictKind::Expired},
        {QStringLiteral("CANCELLED"), VerdictKind::Cancelled}};
    return kinds.value(status, VerdictKind::Error);
}

} // namespace vd::orders
