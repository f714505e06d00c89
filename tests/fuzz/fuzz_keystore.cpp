// Fuzz target: keystore JSON from anywhere (a file a person picked) must never crash the parser or make it
// allocate without bound; only the fixed password "pw" is tried.
#include "chain/Keystore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView json(data, static_cast<qsizetype>(size));
    (void)vd::chain::Keystore::decrypt(json, "pw");
    (void)vd::chain::Keystore::declaredAddress(json);
    return 0;
}
