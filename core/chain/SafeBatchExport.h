#pragma once
// Safe{Wallet} Transaction Builder batch files (JSON the owners import into the Safe app). Known token/admin
// methods are written as contractMethod + contractInputsValues so owners see readable fields; anything else as raw
// data. Pure functions, any thread.
#include "chain/AbiValue.h"
#include "chain/Address.h"
#include "chain/U256.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace vd::chain {

struct SafeBatchCall
{
    Address to;
    U256 value;
    /// A known method signature ("mint(address,uint256)", "pause()", "grantRole(bytes32,address)", ...) with its
    /// arguments; leave empty and fill `data` for an arbitrary call.
    QString method;
    QList<AbiValue> args;
    QByteArray data;
};

struct SafeBatchMeta
{
    QString name;
    QString description;
    uint64_t chainId = 0;
    Address safe;
    qint64 createdAtMs = 0; // milliseconds since the epoch
};

class SafeBatchExport
{
public:
    /// The methods written with named inputs: mint, pause, unpause, grantRole, revokeRole, renounceRole, freeze,
    /// unfreeze (canonical signatures).
    static QStringList knownMethods();
    /// The calldata a call stands for (selector + arguments, or `data`). Errors from ABI encoding,
    /// "safe.unknown_method".
    static vd::Result<QByteArray> calldata(const SafeBatchCall &call);
    /// The batch JSON (indented). Errors: as calldata().
    static vd::Result<QByteArray> toJson(const SafeBatchMeta &meta, const QList<SafeBatchCall> &calls);
};

} // namespace vd::chain
