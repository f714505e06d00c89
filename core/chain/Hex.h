#pragma once
// Hex text <-> bytes for the chain layer ("0x" prefixed lowercase on output). Pure functions, any thread.
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <array>
#include <cstdint>

namespace vd::chain::hex {

/// "0x" + lowercase hex digits (or without the prefix when `prefix` is false). Empty input gives "0x".
QString encode(QByteArrayView bytes, bool prefix = true);

/// Accepts an optional "0x"/"0X" prefix and an even number of hex digits (either case). Errors: "hex.malformed".
vd::Result<QByteArray> decode(QStringView text);
/// Like decode() but the result must be exactly `size` bytes (e.g. 32 for a hash). Errors: "hex.malformed", "hex.size".
vd::Result<QByteArray> decodeFixed(QStringView text, qsizetype size);
/// A 32-byte value (hash, topic, role id) from "0x" + 64 hex digits.
vd::Result<std::array<uint8_t, 32>> decode32(QStringView text);

} // namespace vd::chain::hex
