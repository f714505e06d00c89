#pragma once
// Turns a Verdict into what the clerk sees and hears (VerdictLook): the word, icon, colours, the item to hand over
// and the runbook instruction (not VALID -> do not deliver; redeem again or contact support). Every string is
// translated here, with %1 arguments. Pure functions; GUI thread (uses QLocale for dates) but no widgets.
#include "orders/Verdict.h"
#include "reception/VerdictLook.h"

#include <QCoreApplication>

namespace vd::ui {

class VerdictPresenter
{
    Q_DECLARE_TR_FUNCTIONS(VerdictPresenter)
public:
    static VerdictLook present(const orders::Verdict &verdict, bool hideCustomerNames);
    static VerdictLook ready(bool online);
    static VerdictLook checking();
    static VerdictLook connecting();
    static VerdictLook rechecking();
    /// The short upper-case word for a kind, translated ("VALID", "ALREADY DELIVERED", ...).
    static QString word(orders::VerdictKind kind);
};

} // namespace vd::ui
