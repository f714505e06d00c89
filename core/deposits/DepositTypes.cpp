#include "DepositTypes.h"

#include <QCoreApplication>

namespace vd::deposits {

QStringList allStatuses()
{
    return {QStringLiteral("submitted"),          QStringLiteral("payment_confirmed"), QStringLiteral("mint_pending"),
            QStringLiteral("mint_processing"),    QStringLiteral("minted"),            QStringLiteral("mint_failed"),
            QStringLiteral("mint_requires_safe"), QStringLiteral("cap_exceeded"),      QStringLiteral("cancelled")};
}

QString statusTitle(const QString &status)
{
    static const char *const ctx = "vd::deposits::Status";
    if (status == QLatin1String("submitted"))
        return QCoreApplication::translate(ctx, "Submitted");
    if (status == QLatin1String("payment_confirmed"))
        return QCoreApplication::translate(ctx, "Payment confirmed");
    if (status == QLatin1String("mint_pending"))
        return QCoreApplication::translate(ctx, "Mint pending");
    if (status == QLatin1String("mint_processing"))
        return QCoreApplication::translate(ctx, "Minting");
    if (status == QLatin1String("minted"))
        return QCoreApplication::translate(ctx, "Minted");
    if (status == QLatin1String("mint_failed"))
        return QCoreApplication::translate(ctx, "Mint failed");
    if (status == QLatin1String("mint_requires_safe"))
        return QCoreApplication::translate(ctx, "Needs Safe");
    if (status == QLatin1String("cap_exceeded"))
        return QCoreApplication::translate(ctx, "Over daily cap");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate(ctx, "Cancelled");
    return status;
}

} // namespace vd::deposits
