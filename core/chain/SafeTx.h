#pragma once
// The fields of a Safe (1.4.1) transaction as signed by its owners (EIP-712 struct SafeTx). Value type, any thread.
#include "chain/Address.h"
#include "chain/U256.h"

#include <QByteArray>
#include <cstdint>

namespace vd::chain {

struct SafeTx
{
    enum class Operation : uint8_t { Call = 0, DelegateCall = 1 };
    Address to;
    U256 value;
    QByteArray data;
    Operation operation = Operation::Call;
    U256 safeTxGas;
    U256 baseGas;
    U256 gasPrice;
    Address gasToken;       // zero: ETH/BNB
    Address refundReceiver; // zero: tx.origin
    U256 nonce;             // the Safe's nonce() this transaction will consume
};

} // namespace vd::chain
