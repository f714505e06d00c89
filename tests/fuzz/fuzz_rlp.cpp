// Fuzz target: the strict RLP decoder must never crash, and whatever it accepts is canonical, so re-encoding
// reproduces the input byte for byte.
#include "chain/Rlp.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, static_cast<qsizetype>(size));
    const auto item = vd::chain::Rlp::decode(input);
    if (item.ok()) {
        if (vd::chain::Rlp::encode(*item) != input)
            __builtin_trap();
        (void)item->toU256();
    }
    (void)vd::chain::Rlp::decode(input, 2); // the depth limit path
    return 0;
}
