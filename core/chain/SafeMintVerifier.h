#pragma once
// The rule that turns a Safe-executed mint into "minted": a pure function over an already-fetched receipt (see
// ARCHITECTURE.md section 3). Each broken rule has its own error code. Pure, any thread.
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/Receipt.h"
#include "chain/U256.h"
#include "common/Result.h"

#include <cstdint>
#include <optional>

namespace vd::chain {

struct SafeMintExpectation
{
    Address safe;
    Address token;
    Address recipient;          // the deposit's address
    U256 amount;                // base units
    Hash32 safeTxHash{};        // of the proposal the owners were asked to sign
    uint64_t confirmations = 0; // blocks on top of (and including) the receipt's block, as seen by the caller
    uint64_t requiredConfirmations = 1;
    bool canonical = false; // the receipt's block hash is on the caller's canonical chain
};

class SafeMintVerifier
{
public:
    /// Checks, in order: a receipt exists ("safe.not_a_transaction"); status 1 ("safe.status_failed"); no
    /// ExecutionFailure from the Safe ("safe.execution_failure"); an ExecutionSuccess ("safe.no_execution_success")
    /// emitted by the expected Safe ("safe.wrong_safe") for the expected safeTxHash ("safe.safe_tx_hash_mismatch");
    /// mints (Transfer from 0x0) by the token ("safe.wrong_token") only to the recipient ("safe.wrong_recipient")
    /// totalling exactly the amount ("safe.wrong_amount"); block canonical ("safe.not_canonical") and at depth
    /// ("safe.not_confirmed" — the only transient outcome). Logs flagged `removed` are ignored.
    static vd::Result<void> verify(const std::optional<Receipt> &receipt, const SafeMintExpectation &expected);

    static Hash32 executionSuccessTopic(); // ExecutionSuccess(bytes32,uint256)
    static Hash32 executionFailureTopic(); // ExecutionFailure(bytes32,uint256)
    static Hash32 transferTopic();         // Transfer(address,address,uint256)
};

} // namespace vd::chain
