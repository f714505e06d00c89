#pragma once
// Recursive Length Prefix encoding (Ethereum yellow paper, appendix B). The decoder is strict — canonical forms
// only, no trailing bytes, bounded nesting — and never trusts a length. Pure functions, any thread.
#include "chain/RlpItem.h"
#include "chain/U256.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace vd::chain {

class Rlp
{
public:
    static constexpr int kDefaultMaxDepth = 64;

    static QByteArray encodeBytes(QByteArrayView bytes);
    static QByteArray encodeUint(const U256 &value);
    /// Wraps already-encoded items in a list header.
    static QByteArray encodeList(const QList<QByteArray> &encodedItems);
    static QByteArray encode(const RlpItem &item);

    /// Decodes exactly one item spanning all of `data`. Errors: "rlp.empty", "rlp.truncated", "rlp.non_canonical",
    /// "rlp.trailing_bytes", "rlp.too_deep", "rlp.length_overflow".
    static vd::Result<RlpItem> decode(QByteArrayView data, int maxDepth = kDefaultMaxDepth);
};

} // namespace vd::chain
