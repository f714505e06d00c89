#include "reception/VerdictPresenter.h"

#include "Language.h"

#include <QLocale>

namespace vd::ui {

using orders::Verdict;
using orders::VerdictKind;
using Icon = VerdictLook::Icon;
using Tone = VerdictLook::Tone;

namespace {

const QColor kWhite(0xff, 0xff, 0xff);
const QColor kInk(0x21, 0x21, 0x21);

QString when(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("?");
    const QDateTime local = t.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

} // namespace

QString VerdictPresenter::word(VerdictKind kind)
{
    switch (kind) {
    case VerdictKind::Valid:
        return tr("VALID");
    case VerdictKind::Delivered:
        return tr("DELIVERED");
    case VerdictKind::AlreadyDelivered:
        return tr("ALREADY DELIVERED");
    case VerdictKind::PendingChain:
        return tr("PENDING ON CHAIN");
    case VerdictKind::NotPaid:
        return tr("NOT PAID");
    case VerdictKind::Underpaid:
        return tr("UNDERPAID");
    case VerdictKind::Expired:
        return tr("EXPIRED");
    case VerdictKind::Cancelled:
        return tr("CANCELLED");
    case VerdictKind::UnknownCode:
        return tr("UNKNOWN CODE");
    case VerdictKind::NotAnOrderCode:
        return tr("NOT AN ORDER CODE");
    case VerdictKind::DatabaseOffline:
        return tr("DATABASE OFFLINE");
    case VerdictKind::RecheckFailed:
        return tr("RE-CHECK FAILED");
    case VerdictKind::Error:
        return tr("ERROR");
    }
    return tr("ERROR");
}

VerdictLook VerdictPresenter::ready(bool online)
{
    if (!online) {
        Verdict v;
        v.kind = VerdictKind::DatabaseOffline;
        return present(v, true);
    }
    VerdictLook look;
    look.word = tr("READY TO SCAN");
    look.icon = Icon::Scan;
    look.background = QColor(0xec, 0xef, 0xf1);
    look.foreground = QColor(0x26, 0x32, 0x38);
    look.headline = tr("Scan the customer's QR code");
    look.instruction = tr("Hold the phone in front of the camera or pull the hand scanner's trigger. "
                          "Ctrl+F searches by name, phone or code.");
    look.holdSeconds = 0;
    return look;
}

VerdictLook VerdictPresenter::checking()
{
    VerdictLook look;
    look.word = tr("CHECKING…");
    look.icon = Icon::Hourglass;
    look.background = QColor(0xec, 0xef, 0xf1);
    look.foreground = QColor(0x26, 0x32, 0x38);
    look.headline = tr("Looking the order up");
    look.instruction = tr("Do not hand anything over yet.");
    look.holdSeconds = 0;
    return look;
}

VerdictLook VerdictPresenter::connecting()
{
    VerdictLook look = checking();
    look.word = tr("CONNECTING…");
    look.headline = tr("Reaching the database");
    look.instruction = tr("Do not hand anything over until this desk says it is ready to scan.");
    return look;
}

VerdictLook VerdictPresenter::rechecking()
{
    VerdictLook look = checking();
    look.word = tr("DELIVERING…");
    look.headline = tr("Checking the payment on the blockchain");
    look.instruction = tr("Do not hand anything over yet. This takes at most a second or two.");
    return look;
}

VerdictLook VerdictPresenter::present(const Verdict &v, bool hideCustomerNames)
{
    VerdictLook look;
    look.word = word(v.kind);
    look.foreground = kWhite;
    look.tone = Tone::Problem;
    const QString customer = hideCustomerNames || v.customerName.isEmpty() ? QString() : v.customerName;
    const QString doNot = tr("Do not hand anything over.");

    switch (v.kind) {
    case VerdictKind::Valid:
        look.icon = Icon::Check;
        look.background = QColor(0x2e, 0x7d, 0x32);
        look.tone = Tone::Ok;
        look.canDeliver = true;
        look.holdSeconds = 60;
        look.headline = tr("Hand over: %1").arg(orDash(v.item));
        look.instruction =
            tr("Press Enter (or click Deliver) to record the hand-over, then give the customer the item.");
        if (!customer.isEmpty())
            look.details << tr("Customer: %1").arg(customer);
        if (!v.amount.isEmpty())
            look.details << tr("Paid: %1 tokens").arg(formatDecimal(v.amount));
        break;
    case VerdictKind::Delivered:
        look.icon = Icon::DoubleCheck;
        look.background = QColor(0x15, 0x65, 0xc0);
        look.tone = Tone::Ok;
        look.headline = tr("Give the customer: %1").arg(orDash(v.item));
        look.instruction = tr("Recorded as delivered just now. Thank the customer.");
        look.details << tr("Delivered at %1 by %2 at %3")
                            .arg(when(v.deliveredAt), orDash(v.deliveredBy), orDash(v.deliveredDesk));
        if (!v.deliveryNote.isEmpty())
            look.details << tr("Note: %1").arg(v.deliveryNote);
        if (v.chainRecheck == QLatin1String("confirmed"))
            look.details << tr("Payment re-checked on the blockchain.");
        else if (v.chainRecheck == QLatin1String("not_rechecked"))
            look.details << (v.message.isEmpty()
                                 ? tr("Payment not re-checked on the blockchain; the database's word was used.")
                                 : v.message);
        break;
    case VerdictKind::AlreadyDelivered:
        look.icon = Icon::Warning;
        look.background = QColor(0xe6, 0x51, 0x00);
        look.tone = Tone::Already;
        look.headline =
            tr("Delivered %1 by %2 at %3").arg(when(v.deliveredAt), orDash(v.deliveredBy), orDash(v.deliveredDesk));
        look.instruction =
            tr("%1 This order was already handed over. If the customer disagrees, contact support.").arg(doNot);
        look.details << tr("Item: %1").arg(orDash(v.item));
        if (!v.deliveryNote.isEmpty())
            look.details << tr("Note: %1").arg(v.deliveryNote);
        break;
    case VerdictKind::PendingChain:
        look.icon = Icon::Clock;
        look.background = QColor(0xf9, 0xa8, 0x25);
        look.foreground = kInk;
        look.holdSeconds = 180;
        look.headline = tr("Confirmations: %1 of %2").arg(v.confirmations).arg(v.requiredConfirmations);
        look.instruction = tr("Do not hand anything over yet. The payment is on its way: ask the customer to wait, "
                              "this screen turns VALID by itself.");
        look.details << tr("Item: %1").arg(orDash(v.item));
        break;
    case VerdictKind::NotPaid:
        look.icon = Icon::Cross;
        look.background = QColor(0xc6, 0x28, 0x28);
        look.headline = tr("No payment for this order yet");
        look.instruction = tr("%1 Ask the customer to redeem the voucher in their wallet, then scan again.").arg(doNot);
        look.details << tr("Item: %1").arg(orDash(v.item));
        break;
    case VerdictKind::Underpaid:
        look.icon = Icon::Cross;
        look.background = QColor(0xc6, 0x28, 0x28);
        look.headline = tr("Paid %1 of %2 tokens").arg(orDash(formatDecimal(v.redeemedAmount)), orDash(formatDecimal(v.amount)));
        look.instruction = tr("%1 The payment is short. The customer should contact support.").arg(doNot);
        look.details << tr("Item: %1").arg(orDash(v.item));
        break;
    case VerdictKind::Expired:
        look.icon = Icon::Cross;
        look.background = QColor(0xc6, 0x28, 0x28);
        look.headline = tr("Expired %1").arg(when(v.expiresAt));
        look.instruction =
            tr("%1 The order expired before it was paid. The customer should contact support.").arg(doNot);
        look.details << tr("Item: %1").arg(orDash(v.item));
        break;
    case VerdictKind::Cancelled:
        look.icon = Icon::Cross;
        look.background = QColor(0xc6, 0x28, 0x28);
        look.headline =
            v.cancelReason.isEmpty() ? tr("This order was cancelled") : tr("Cancelled: %1").arg(v.cancelReason);
        look.instruction = tr("%1 The customer should contact support.").arg(doNot);
        look.details << tr("Item: %1").arg(orDash(v.item));
        break;
    case VerdictKind::UnknownCode:
        look.icon = Icon::Question;
        look.background = QColor(0xad, 0x14, 0x57);
        look.headline = tr("No order has this code");
        look.instruction = tr("%1 Check that the customer shows the code of their order; otherwise they should "
                              "contact support.")
                               .arg(doNot);
        break;
    case VerdictKind::NotAnOrderCode:
        look.icon = Icon::Question;
        look.background = QColor(0x54, 0x6e, 0x7a);
        look.headline = v.message.isEmpty() ? tr("This is not a VoucherDesk order code") : v.message;
        look.instruction = tr("Nothing was looked up. Ask for the order's QR code (its text starts with VD1-).");
        break;
    case VerdictKind::DatabaseOffline:
        look.icon = Icon::Unplugged;
        look.background = QColor(0x37, 0x47, 0x4f);
        look.holdSeconds = 0;
        look.headline = tr("Delivery is impossible until the database is back");
        look.instruction =
            tr("%1 Ask the customer to wait; this screen clears by itself when the connection returns.").arg(doNot);
        if (!v.message.isEmpty())
            look.details << v.message;
        break;
    case VerdictKind::RecheckFailed:
        look.icon = Icon::Warning;
        look.background = QColor(0x8e, 0x24, 0xaa);
        look.headline = tr("The blockchain contradicts the database");
        look.instruction = tr("%1 Call a supervisor; the customer should contact support.").arg(doNot);
        if (!v.message.isEmpty())
            look.details << v.message;
        look.details << tr("Item: %1").arg(orDash(v.item));
        break;
    case VerdictKind::Error:
        look.icon = Icon::Warning;
        look.background = QColor(0x4e, 0x34, 0x2e);
        look.headline = v.message.isEmpty() ? tr("Something went wrong") : v.message;
        look.instruction = tr("%1 Scan again; if it happens again, contact support.").arg(doNot);
        break;
    }
    if (v.repeat)
        look.details.prepend(tr("Same code scanned again: same result."));
    return look;
}

} // namespace vd::ui
