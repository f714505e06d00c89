#include "chain/SafeMintVerifier.h"

#include "chain/Hex.h"

#include <QCoreApplication>
#include <cstring>

namespace vd::chain {
namespace {

vd::Error fail(const char *code, const QString &message)
{
    return {QString::fromLatin1(code), message};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vd::chain::SafeMintVerifier", text);
}

// The Safe tx hash an ExecutionSuccess/ExecutionFailure log carries: indexed (topic 1) in Safe 1.4.1, the first
// data word in 1.3.0.
std::optional<Hash32> loggedSafeTxHash(const LogEntry &log)
{
    if (log.topics.size() >= 2)
        return log.topics[1];
    if (log.data.size() >= 32) {
        Hash32 h{};
        std::memcpy(h.data(), log.data.constData(), 32);
        return h;
    }
    return std::nullopt;
}

bool isZeroWordAddress(const Hash32 &topic)
{
    for (uint8_t b : topic)
        if (b != 0)
            return false;
    return true;
}

} // namespace

Hash32 SafeMintVerifier::executionSuccessTopic()
{
    static const Hash32 h = keccak256("ExecutionSuccess(bytes32,uint256)");
    return h;
}

Hash32 SafeMintVerifier::executionFailureTopic()
{
    static const Hash32 h = keccak256("ExecutionFailure(bytes32,uint256)");
    return h;
}

Hash32 SafeMintVerifier::transferTopic()
{
    static const Hash32 h = keccak256("Transfer(address,address,uint256)");
    return h;
}

vd::Result<void> SafeMintVerifier::verify(const std::optional<Receipt> &receipt, const SafeMintExpectation &expected)
{
    if (!receipt)
        return fail("safe.not_a_transaction",
                    tr(QT_TRANSLATE_NOOP("vd::chain::SafeMintVerifier", "No mined transaction has this hash.")));
    if (!receipt->status)
        return fail("safe.status_failed", tr(QT_TRANSLATE_NOOP("vd::chain::SafeMintVerifier",
                                                               "The transaction failed (reverted) on chain.")));

    bool anySuccess = false, successFromSafe = false, hashMatches = false;
    for (const LogEntry &log : receipt->logs) {
        if (log.removed || log.topics.isEmpty())
            continue;
        if (log.topics[0] == executionFailureTopic() && log.address == expected.safe)
            return fail("safe.execution_failure",
                        tr(QT_TRANSLATE_NOOP("vd::chain::SafeMintVerifier",
                                             "The Safe executed the transaction but its inner call failed "
                                             "(ExecutionFailure): nothing was minted.")));
        if (log.topics[0] == executionSuccessTopic()) {
            anySuccess = true;
            if (log.address != expected.safe)
                continue;
            successFromSafe = true;
            const auto h = loggedSafeTxHash(log);
            if (h && *h == expected.safeTxHash)
                hashMatches = true;
        }
    }
    if (!anySuccess)
        return fail("safe.no_execution_success",
                    tr(QT_TRANSLATE_NOOP("vd::chain::SafeMintVerifier",
                                         "The transaction is not a Safe execution (no ExecutionSuccess event).")));
    if (!successFromSafe)
        return fail("safe.wrong_safe",
                    QCoreApplication::translate("vd::chain::SafeMintVerifier",
                                                "The transaction was executed by a different Safe, not %1.")
                        .arg(expected.safe.toChecksummed()));
    if (!hashMatches)
        return fail("safe.safe_tx_hash_mismatch",
                    QCoreApplication::translate("vd::chain::SafeMintVerifier",
                                                "The Safe executed a different transaction than the proposal %1.")
                        .arg(hex::encode(QByteArrayView(expected.safeTxHash))));

    bool tokenMint = false;
    U256 minted;
    for (const LogEntry &log : receipt->logs) {
        if (log.removed || log.topics.size() != 3 || log.topics[0] != transferTopic() ||
            !isZeroWordAddress(log.topics[1]))
            continue;
        if (log.address != expected.token)
            continue;
        tokenMint = true;
        const Address to = Address::fromWord(log.topics[2]);
        if (to != expected.recipient)
            return fail("safe.wrong_recipient",
                        QCoreApplication::translate("vd::chain::SafeMintVerifier",
                                                    "The Safe transaction minted to %1 instead of (or besides) %2.")
                            .arg(to.toChecksummed(), expected.recipient.toChecksummed()));
        const auto amount = U256::fromBigEndian(log.data);
        const auto sum = amount && log.data.size() == 32 ? minted.checkedAdd(*amount) : std::nullopt;
        if (!sum)
            return fail("safe.wrong_amount", tr(QT_TRANSLATE_NOOP("vd::chain::SafeMintVerifier",
                                                                  "The mint event carries an unreadable amount.")));
        minted = *sum;
    }
    if (!tokenMint)
        return fail("safe.wrong_token", QCoreApplication::translate("vd::chain::SafeMintVerifier",
                                                                    "The transaction minted nothing of the token %1.")
                                            .arg(expected.token.toChecksummed()));
    if (minted != expected.amount)
        return fail("safe.wrong_amount",
                    QCoreApplication::translate("vd::chain::SafeMintVerifier",
                                                "The Safe transaction minted %1 base units, but the deposit is for %2.")
                        .arg(minted.toDecimal(), expected.amount.toDecimal()));
    if (!expected.canonical)
        return fail(
            "safe.not_canonical",
            tr(QT_TRANSLATE_NOOP(
                "vd::chain::SafeMintVerifier",
                "The transaction's block is no longer on the main chain (reorganized); wait and check again.")));
    if (expected.confirmations < expected.requiredConfirmations)
        return fail(
            "safe.not_confirmed",
            QCoreApplication::translate("vd::chain::SafeMintVerifier",
                                        "The transaction has %1 of the %2 confirmations required; check again later.")
                .arg(expected.confirmations)
                .arg(expected.requiredConfirmations));
    return vd::Result<void>::success();
}

} // namespace vd::chain
