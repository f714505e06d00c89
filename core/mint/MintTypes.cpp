#include "mint/MintTypes.h"

#include <QCoreApplication>
#include <cstring>

namespace vd::mint {

std::optional<MintAttempt> MintDeposit::openAttempt() const
{
    for (const MintAttempt &a : attempts)
        if (a.path == QLatin1String("direct") &&
            (a.status == QLatin1String("signed") || a.status == QLatin1String("sent")))
            return a;
    return std::nullopt;
}

std::optional<MintAttempt> MintDeposit::latestDirect() const
{
    // attempts are newest first; an attempt that gave its nonce back (never sent) is not one to look for on chain
    for (const MintAttempt &a : attempts)
        if (a.path == QLatin1String("direct") && a.hasNonce && a.sender.size() == 20)
            return a;
    return std::nullopt;
}

QList<chain::Hash32> MintDeposit::hashesOfLatestNonce() const
{
    QList<chain::Hash32> out;
    const auto latest = latestDirect();
    if (!latest)
        return out;
    for (const MintAttempt &a : attempts) {
        if (a.path != QLatin1String("direct") || !a.hasNonce || a.nonce != latest->nonce ||
            a.sender != latest->sender || a.txHash.size() != 32)
            continue;
        chain::Hash32 h{};
        std::memcpy(h.data(), a.txHash.constData(), 32);
        out.append(h);
    }
    return out;
}

QString describe(const QString &code)
{
    auto t = [](const char *s) { return QCoreApplication::translate("vd::mint", s); };
    static const struct
    {
        const char *code;
        const char *text;
    } kTexts[] = {
        {"mint.paused", QT_TRANSLATE_NOOP("vd::mint", "Minting is paused by an administrator; nothing was sent.")},
        {"mint.in_flight", QT_TRANSLATE_NOOP("vd::mint", "This deposit already has a mint transaction on its way; use "
                                                         "Retry to find out what became of it.")},
        {"mint.wrong_state",
         QT_TRANSLATE_NOOP("vd::mint", "The deposit is not in a state that allows this any more "
                                       "(someone else may have changed it); it has been reloaded.")},
        {"mint.requires_safe", QT_TRANSLATE_NOOP("vd::mint", "This amount is at or above the Safe threshold: it must "
                                                             "be minted through the Safe.")},
        {"mint.nonce_taken", QT_TRANSLATE_NOOP("vd::mint", "The minter's nonce is already used by another deposit's "
                                                           "mint; nothing was sent.")},
        {"mint.no_deposit", QT_TRANSLATE_NOOP("vd::mint", "This deposit does not exist.")},
        {"mint.no_attempt", QT_TRANSLATE_NOOP("vd::mint", "The mint attempt does not exist.")},
        {"mint.attempt_closed", QT_TRANSLATE_NOOP("vd::mint", "This mint attempt is already closed.")},
        {"mint.attempt_sent", QT_TRANSLATE_NOOP("vd::mint", "This mint attempt was already sent.")},
        {"mint.hash_taken", QT_TRANSLATE_NOOP("vd::mint", "This transaction is already recorded for another mint.")},
        {"mint.already_minted", QT_TRANSLATE_NOOP("vd::mint", "This deposit is already minted.")},
        {"mint.bad_input", QT_TRANSLATE_NOOP("vd::mint", "The request was incomplete; nothing was changed.")},
        {"mint.proposal_pending", QT_TRANSLATE_NOOP("vd::mint", "A proposal for this deposit is already waiting for "
                                                                "the Safe's owners at this or a later Safe nonce.")},
        {"mint.proposal_executed", QT_TRANSLATE_NOOP("vd::mint", "The Safe already executed a proposal for this "
                                                                 "deposit: verify and record that execution instead.")},
        {"mint.no_proposal", QT_TRANSLATE_NOOP("vd::mint", "Export a Safe proposal for this deposit first; an "
                                                           "execution is checked against it.")},
        {"mint.admin_only", QT_TRANSLATE_NOOP("vd::mint", "Only an administrator may record a Safe execution.")},
        {"mint.execution_mismatch", QT_TRANSLATE_NOOP("vd::mint", "The listener saw this proposal executed in another "
                                                                  "transaction; use that one.")},
        {"mint.no_signing", QT_TRANSLATE_NOOP("vd::mint", "Signing is not available on this workstation.")},
        {"mint.no_keystore", QT_TRANSLATE_NOOP("vd::mint", "No minter keystore is configured (Settings).")},
        {"mint.no_token", QT_TRANSLATE_NOOP("vd::mint", "No token contract is configured (Settings).")},
        {"mint.not_prepared",
         QT_TRANSLATE_NOOP("vd::mint", "The mint was not prepared (or was cancelled); start again.")},
        {"mint.nothing_to_speed_up", QT_TRANSLATE_NOOP("vd::mint", "There is no transaction of this session to speed "
                                                                   "up; use Retry to check the earlier attempt.")},
        // The Safe rule, one sentence per broken part (the verifier adds the details).
        {"safe.not_a_transaction", QT_TRANSLATE_NOOP("vd::mint", "Refused: this hash is not a mined transaction.")},
        {"safe.status_failed", QT_TRANSLATE_NOOP("vd::mint", "Refused: the transaction failed on chain.")},
        {"safe.execution_failure", QT_TRANSLATE_NOOP("vd::mint", "Refused: the Safe reported ExecutionFailure.")},
        {"safe.no_execution_success", QT_TRANSLATE_NOOP("vd::mint", "Refused: this is not a Safe execution.")},
        {"safe.wrong_safe", QT_TRANSLATE_NOOP("vd::mint", "Refused: executed by another Safe than ours.")},
        {"safe.safe_tx_hash_mismatch",
         QT_TRANSLATE_NOOP("vd::mint", "Refused: the Safe executed a different proposal.")},
        {"safe.wrong_token", QT_TRANSLATE_NOOP("vd::mint", "Refused: it did not mint our token.")},
        {"safe.wrong_recipient",
         QT_TRANSLATE_NOOP("vd::mint", "Refused: it minted to another address than the deposit's.")},
        {"safe.wrong_amount",
         QT_TRANSLATE_NOOP("vd::mint", "Refused: it minted a different amount than the deposit's.")},
        {"safe.not_canonical", QT_TRANSLATE_NOOP("vd::mint", "Not yet: its block is no longer on the main chain.")},
        {"safe.not_confirmed", QT_TRANSLATE_NOOP("vd::mint", "Not yet: the transaction is not deep enough.")},
    };
    for (const auto &e : kTexts)
        if (code == QLatin1String(e.code))
            return t(e.text);
    return {};
}

} // namespace vd::mint
