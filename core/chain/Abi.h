#pragma once
// ABI encoding and decoding (head/tail layout), selectors, event topics and revert-data decoding.
// Decoding treats input as hostile: every offset and length is bounds-checked. Pure functions, any thread.
#include "chain/AbiType.h"
#include "chain/AbiValue.h"
#include "chain/Keccak.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>
#include <array>
#include <cstdint>

namespace vd::chain {

/// A function or event signature split into its name and parameter types.
struct AbiSignature
{
    QString name;
    QList<AbiType> inputs;
    QString canonical() const; // "mint(address,uint256)"
};

/// What a revert said, in words for a person.
struct RevertReason
{
    enum class Kind { Empty, ErrorString, Panic, Custom, Unknown };
    Kind kind = Kind::Empty;
    QString errorName;         // "Error", "Panic", "AccessControlUnauthorizedAccount", ... (empty when unknown)
    QString sentence;          // translated, e.g. "Account 0x.. lacks role MINTER_ROLE."
    QList<AbiValue> arguments; // decoded arguments when known
};

class Abi
{
public:
    /// Encodes `values` as the tuple `types` (what follows a selector in calldata). Errors: "abi.type_mismatch",
    /// "abi.out_of_range".
    static vd::Result<QByteArray> encode(const QList<AbiType> &types, const QList<AbiValue> &values);
    /// Decodes `data` as the tuple `types`; trailing bytes are allowed (as Solidity does). Errors: "abi.truncated",
    /// "abi.bad_offset" (offset/length outside the data, or more work than 16x the input: offset aliasing),
    /// "abi.bad_value" (dirty high bits of address/bool/uintN, bad intN sign extension, dirty bytesN padding).
    /// The padding after `bytes`/`string` contents is not checked. Strings are decoded as UTF-8 (invalid sequences
    /// become U+FFFD).
    static vd::Result<QList<AbiValue>> decode(const QList<AbiType> &types, QByteArrayView data);

    /// Parses "name(type,type)" — also accepts parameter names, "indexed" and spaces ("Transfer(address indexed
    /// from, address indexed to, uint256 value)"). Errors: "abi.bad_signature".
    static vd::Result<AbiSignature> parseSignature(QStringView signature);
    /// Parses a type list "(address,uint256)" or "address,uint256" (parentheses optional).
    static vd::Result<QList<AbiType>> parseTypeList(QStringView types);

    /// First 4 bytes of keccak(canonical signature); the signature is normalized first (names/spaces dropped).
    static std::array<uint8_t, 4> selector(QStringView signature);
    /// keccak(canonical event signature), topic 0 of the event's logs.
    static Hash32 eventTopic(QStringView signature);
    /// selector(signature) + encode(args). Errors from parseSignature/encode.
    static vd::Result<QByteArray> encodeCall(QStringView signature, const QList<AbiValue> &args);

    /// "MINTER_ROLE" etc. for the roles the app knows, else "0x" + hex of the role id.
    static QString roleName(const Hash32 &role);
    /// keccak(name) — or zero for DEFAULT_ADMIN_ROLE.
    static Hash32 roleId(QStringView name);

    /// Decodes revert data: Error(string), Panic(uint256) and the token/AccessControl custom errors the app knows.
    /// Never fails: unknown or malformed data yields Kind::Unknown with a sentence showing the selector.
    static RevertReason decodeRevert(QByteArrayView data);
};

} // namespace vd::chain
