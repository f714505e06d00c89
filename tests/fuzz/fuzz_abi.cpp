// Fuzz target: ABI decoding of hostile data (offsets, lengths, nesting), revert decoding, and the type/signature
// parsers. The first byte picks the type list; the rest is the data. Whatever decodes must re-encode and decode
// to the same values.
#include "chain/Abi.h"

#include <QString>
#include <cstddef>
#include <cstdint>

using namespace vd::chain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const kTypes[] = {
        "(uint256)",
        "(address,uint256)",
        "(string)",
        "(bytes)",
        "(bytes32,bool,int8)",
        "(uint256[])",
        "(string[])",
        "(bytes[2])",
        "((address,uint256)[])",
        "((string,bytes)[3],uint16)",
        "(uint8[][])",
        "(int256,bytes4,string,address[])",
        "(((bytes)[])[])",
    };
    if (size == 0)
        return 0;
    const auto &typeText = kTypes[data[0] % (sizeof(kTypes) / sizeof(kTypes[0]))];
    const QByteArrayView body(data + 1, static_cast<qsizetype>(size - 1));

    const auto types = Abi::parseTypeList(QString::fromLatin1(typeText));
    if (!types)
        __builtin_trap();
    const auto values = Abi::decode(*types, body);
    if (values.ok()) {
        const auto again = Abi::encode(*types, *values);
        if (!again.ok())
            __builtin_trap();
        const auto back = Abi::decode(*types, *again);
        if (!back.ok() || !(*back == *values))
            __builtin_trap();
    }
    (void)Abi::decodeRevert(body);

    // The same bytes as type/signature text.
    const QString text =
        QString::fromLatin1(reinterpret_cast<const char *>(data), static_cast<qsizetype>(std::min<size_t>(size, 512)));
    if (const auto t = AbiType::parse(text); t.ok()) {
        if (!AbiType::parse(t->canonical()).ok())
            __builtin_trap();
    }
    (void)Abi::parseSignature(text);
    (void)Abi::selector(text);
    return 0;
}
