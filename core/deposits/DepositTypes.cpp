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
    if (status == QLatin1String("submitted"))
        return QCoreApplication::translate("vd::deposits::Status", "Submitted");
    if (status == QLatin1String("payment_confirmed"))
        return QCoreApplication::translate("vd::deposits::Status", "Payment confirmed");
    if (status == QLatin1String("mint_pending"))
        return QCoreApplication::translate("vd::deposits::Status", "Mint pending");
    if (status == QLatin1String("mint_processing"))
        return QCoreApplication::translate("vd::deposits::Status", "Minting");
    if (status == QLatin1String("minted"))
        return QCoreApplication::translate("vd::deposits::Status", "Minted");
    if (status == QLatin1String("mint_failed"))
        return QCoreApplication::translate("vd::deposits::Status", "Mint failed");
    if (status == QLatin1String("mint_requires_safe"))
        return QCoreApplication::translate("vd::deposits::Status", "Needs Safe");
    if (status == QLatin1String("cap_exceeded"))
        return QCoreApplication::translate("vd::deposits::Status", "Over daily cap");
    if (status == QLatin1String("cancelled"))
        return QCoreApplication::translate("vd::deposits::Status", "Cancelled");
    return status;
}

} // namespace vd::deposits
