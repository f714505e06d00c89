#include "chain/Abi.h"

#include "chain/Hex.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstring>

namespace vd::chain {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vd::chain::Abi", text);
}

vd::Error mismatch(const AbiType &type)
{
    return {QStringLiteral("abi.type_mismatch"),
            QCoreApplication::translate("vd::chain::Abi", "The value does not match the ABI type %1.")
                .arg(type.canonical())};
}

vd::Error outOfRange(const AbiType &type)
{
    return {QStringLiteral("abi.out_of_range"),
            QCoreApplication::translate("vd::chain::Abi", "The value does not fit in the ABI type %1.")
                .arg(type.canonical())};
}

vd::Error truncated()
{
    return {QStringLiteral("abi.truncated"),
            tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "The ABI data is shorter than its contents require."))};
}

vd::Error badOffset()
{
    return {
        QStringLiteral("abi.bad_offset"),
        tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "The ABI data contains an offset or length that points outside it."))};
}

vd::Error badValue(const AbiType &type)
{
    return {QStringLiteral("abi.bad_value"),
            QCoreApplication::translate("vd::chain::Abi", "The ABI data holds an invalid value for type %1.")
                .arg(type.canonical())};
}

QByteArray word(const U256 &v)
{
    return v.toBigEndianBytes();
}

QByteArray padRight(QByteArrayView data)
{
    QByteArray out(data.toByteArray());
    const qsizetype rem = out.size() % 32;
    if (rem != 0)
        out.append(QByteArray(32 - rem, '\0'));
    return out;
}

// True when the two's-complement 256-bit `w` is representable as int<bits>.
bool fitsSigned(const U256 &w, int bits)
{
    if (w.bit(255))
        return (~w).bitLength() <= bits - 1;
    return w.bitLength() <= bits - 1;
}

// ---------------------------------------------------------------- encoding

vd::Result<QByteArray> encodeValue(const AbiType &type, const AbiValue &value);

vd::Result<QByteArray> encodeSequence(const QList<AbiType> &types, const QList<AbiValue> &values)
{
    qint64 headTotal = 0;
    for (const AbiType &t : types)
        headTotal += t.headSize();
    QByteArray head, tail;
    for (qsizetype i = 0; i < types.size(); ++i) {
        auto enc = encodeValue(types[i], values[i]);
        if (!enc)
            return enc;
        if (types[i].isDynamic()) {
            head += word(U256(static_cast<uint64_t>(headTotal + tail.size())));
            tail += *enc;
        } else {
            head += *enc;
        }
    }
    return QByteArray(head + tail);
}

vd::Result<QByteArray> encodeValue(const AbiType &type, const AbiValue &value)
{
    using K = AbiType::Kind;
    switch (type.kind()) {
    case K::Address:
        if (value.kind() != AbiValue::Kind::Address)
            return mismatch(type);
        return QByteArray(QByteArray(12, '\0') + value.asAddress().toBytes());
    case K::Bool:
        if (value.kind() != AbiValue::Kind::Bool)
            return mismatch(type);
        return word(U256(value.asBool() ? 1 : 0));
    case K::Uint:
        if (value.kind() != AbiValue::Kind::Uint)
            return mismatch(type);
        if (value.asUint().bitLength() > type.bits())
            return outOfRange(type);
        return word(value.asUint());
    case K::Int:
        if (value.kind() == AbiValue::Kind::Uint) {
            if (value.asUint().bitLength() > type.bits() - 1)
                return outOfRange(type);
            return word(value.asUint());
        }
        if (value.kind() != AbiValue::Kind::Int)
            return mismatch(type);
        if (!fitsSigned(value.asUint(), type.bits()))
            return outOfRange(type);
        return word(value.asUint());
    case K::FixedBytes:
        if (value.kind() != AbiValue::Kind::Bytes)
            return mismatch(type);
        if (value.asBytes().size() != type.byteSize())
            return outOfRange(type);
        return padRight(value.asBytes());
    case K::Bytes:
    case K::String: {
        QByteArray data;
        if (type.kind() == K::Bytes && value.kind() == AbiValue::Kind::Bytes)
            data = value.asBytes();
        else if (type.kind() == K::String && value.kind() == AbiValue::Kind::String)
            data = value.asString().toUtf8();
        else
            return mismatch(type);
        return QByteArray(word(U256(static_cast<uint64_t>(data.size()))) + padRight(data));
    }
    case K::Array: {
        if (value.kind() != AbiValue::Kind::List)
            return mismatch(type);
        const QList<AbiType> types(value.items().size(), type.element());
        auto body = encodeSequence(types, value.items());
        if (!body)
            return body;
        return QByteArray(word(U256(static_cast<uint64_t>(value.items().size()))) + *body);
    }
    case K::FixedArray: {
        if (value.kind() != AbiValue::Kind::List || value.items().size() != type.length())
            return mismatch(type);
        const QList<AbiType> types(type.length(), type.element());
        return encodeSequence(types, value.items());
    }
    case K::Tuple:
        if (value.kind() != AbiValue::Kind::List || value.items().size() != type.components().size())
            return mismatch(type);
        return encodeSequence(type.components(), value.items());
    }
    return mismatch(type);
}

// ---------------------------------------------------------------- decoding

// Offsets let hostile data make many elements point at the same large region; the budget bounds the work and
// memory a decode may spend (in bytes materialized / elements visited) relative to the input size.
struct DecodeContext
{
    qint64 budget;
};

// The bytes from `pos` to the end (empty when pos is past the end); QByteArrayView::sliced asserts on bounds.
QByteArrayView tailFrom(QByteArrayView view, qint64 pos)
{
    if (pos < 0 || pos >= view.size())
        return {};
    return view.sliced(pos);
}

bool readWord(QByteArrayView view, qint64 pos, std::array<uint8_t, 32> &out)
{
    if (pos < 0 || pos + 32 > view.size())
        return false;
    std::memcpy(out.data(), view.data() + pos, 32);
    return true;
}

// Reads a word that must be a small non-negative integer (offset/length), bounded by `limit`.
bool readSize(QByteArrayView view, qint64 pos, qint64 limit, qint64 &out)
{
    std::array<uint8_t, 32> w{};
    if (!readWord(view, pos, w))
        return false;
    for (int i = 0; i < 24; ++i)
        if (w[static_cast<size_t>(i)] != 0)
            return false;
    uint64_t v = 0;
    for (int i = 24; i < 32; ++i)
        v = (v << 8) | w[static_cast<size_t>(i)];
    if (v > static_cast<uint64_t>(limit))
        return false;
    out = static_cast<qint64>(v);
    return true;
}

vd::Result<AbiValue> decodeValue(const AbiType &type, QByteArrayView view, DecodeContext &ctx);

// Decodes `count` values of `types(i)` laid out as a tuple at the start of `view`.
template <typename TypeAt>
vd::Result<QList<AbiValue>> decodeSequence(qint64 count, TypeAt typeAt, QByteArrayView view, DecodeContext &ctx)
{
    QList<AbiValue> out;
    out.reserve(static_cast<qsizetype>(std::min<qint64>(count, 1024)));
    qint64 pos = 0;
    for (qint64 i = 0; i < count; ++i) {
        const AbiType &t = typeAt(i);
        ctx.budget -= 32;
        if (ctx.budget < 0)
            return badOffset();
        vd::Result<AbiValue> v = [&]() -> vd::Result<AbiValue> {
            if (t.isDynamic()) {
                qint64 offset = 0;
                if (pos + 32 > view.size())
                    return truncated();
                if (!readSize(view, pos, view.size(), offset))
                    return badOffset();
                return decodeValue(t, tailFrom(view, offset), ctx);
            }
            if (pos + t.headSize() > view.size())
                return truncated();
            return decodeValue(t, tailFrom(view, pos), ctx);
        }();
        if (!v)
            return v.error();
        out.append(std::move(v).value());
        pos += t.headSize();
    }
    return out;
}

vd::Result<AbiValue> decodeValue(const AbiType &type, QByteArrayView view, DecodeContext &ctx)
{
    using K = AbiType::Kind;
    std::array<uint8_t, 32> w{};
    switch (type.kind()) {
    case K::Address: {
        if (!readWord(view, 0, w))
            return truncated();
        for (int i = 0; i < 12; ++i)
            if (w[static_cast<size_t>(i)] != 0)
                return badValue(type);
        return AbiValue::address(Address::fromWord(w));
    }
    case K::Bool: {
        if (!readWord(view, 0, w))
            return truncated();
        const U256 v = *U256::fromBigEndian(QByteArrayView(w));
        if (v > U256(1))
            return badValue(type);
        return AbiValue::boolean(!v.isZero());
    }
    case K::Uint: {
        if (!readWord(view, 0, w))
            return truncated();
        const U256 v = *U256::fromBigEndian(QByteArrayView(w));
        if (v.bitLength() > type.bits())
            return badValue(type);
        return AbiValue::uint(v);
    }
    case K::Int: {
        if (!readWord(view, 0, w))
            return truncated();
        const U256 v = *U256::fromBigEndian(QByteArrayView(w));
        if (!fitsSigned(v, type.bits()))
            return badValue(type);
        return AbiValue::int_(v);
    }
    case K::FixedBytes: {
        if (!readWord(view, 0, w))
            return truncated();
        for (size_t i = static_cast<size_t>(type.byteSize()); i < 32; ++i)
            if (w[i] != 0)
                return badValue(type);
        return AbiValue::bytes(QByteArray(reinterpret_cast<const char *>(w.data()), type.byteSize()));
    }
    case K::Bytes:
    case K::String: {
        qint64 len = 0;
        if (view.size() < 32)
            return truncated();
        if (!readSize(view, 0, view.size() - 32, len))
            return badOffset();
        ctx.budget -= len;
        if (ctx.budget < 0)
            return badOffset();
        const QByteArrayView data = view.sliced(32, len);
        if (type.kind() == K::Bytes)
            return AbiValue::bytes(data.toByteArray());
        return AbiValue::string(QString::fromUtf8(data));
    }
    case K::Array: {
        qint64 count = 0;
        if (view.size() < 32)
            return truncated();
        // Each element takes at least 32 bytes of head, so the count is bounded by the remaining data.
        const qint64 perElement = std::max<qint64>(32, type.element().headSize());
        if (!readSize(view, 0, (view.size() - 32) / perElement, count))
            return badOffset();
        auto items = decodeSequence(
            count, [&type](qint64) -> const AbiType & { return type.element(); }, tailFrom(view, 32), ctx);
        if (!items)
            return items.error();
        return AbiValue::list(*items);
    }
    case K::FixedArray: {
        if (type.element().headSize() * type.length() > view.size())
            return truncated();
        auto items = decodeSequence(
            type.length(), [&type](qint64) -> const AbiType & { return type.element(); }, view, ctx);
        if (!items)
            return items.error();
        return AbiValue::list(*items);
    }
    case K::Tuple: {
        const QList<AbiType> &components = type.components();
        auto items = decodeSequence(
            components.size(), [&components](qint64 i) -> const AbiType & { return components[i]; }, view, ctx);
        if (!items)
            return items.error();
        return AbiValue::list(*items);
    }
    }
    return badValue(type);
}

// "Transfer(address indexed from, (uint a, bool b)[] x)" -> "address,(uint,bool)[]" (types only, no spaces).
std::optional<QString> normalizeParams(QStringView params, int depth = 0)
{
    if (depth > 32)
        return std::nullopt;
    QStringList out;
    qsizetype i = 0;
    auto skipSpaces = [&] {
        while (i < params.size() && params[i].isSpace())
            ++i;
    };
    skipSpaces();
    if (i == params.size())
        return QString();
    for (;;) {
        skipSpaces();
        QString type;
        if (i < params.size() && params[i] == u'(') {
            int level = 0;
            const qsizetype start = i;
            for (; i < params.size(); ++i) {
                if (params[i] == u'(')
                    ++level;
                else if (params[i] == u')' && --level == 0)
                    break;
            }
            if (i >= params.size())
                return std::nullopt;
            const auto inner = normalizeParams(params.mid(start + 1, i - start - 1), depth + 1);
            if (!inner)
                return std::nullopt;
            type = u'(' + *inner + u')';
            ++i;
        }
        // The (rest of the) type token: identifier and array suffixes, up to a space, comma or end.
        while (i < params.size() && !params[i].isSpace() && params[i] != u',')
            type += params[i++];
        if (type.isEmpty())
            return std::nullopt;
        out.append(type);
        // Skip "indexed", names, data locations.
        while (i < params.size() && params[i] != u',') {
            if (params[i] == u'(' || params[i] == u')')
                return std::nullopt;
            ++i;
        }
        if (i == params.size())
            break;
        ++i; // comma
    }
    return out.join(u',');
}

QString panicMeaning(const U256 &code)
{
    if (!code.fitsUint64())
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "unknown panic code"));
    switch (code.low64()) {
    case 0x01:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "an assertion failed"));
    case 0x11:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "arithmetic overflow or underflow"));
    case 0x12:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "division or modulo by zero"));
    case 0x21:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "invalid enum value"));
    case 0x22:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "corrupt storage byte array"));
    case 0x31:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "pop on an empty array"));
    case 0x32:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "array index out of bounds"));
    case 0x41:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "too much memory allocated"));
    case 0x51:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "call to an uninitialized function"));
    default:
        return tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "unknown panic code"));
    }
}

} // namespace

QString AbiSignature::canonical() const
{
    QStringList parts;
    for (const AbiType &t : inputs)
        parts.append(t.canonical());
    return name + u'(' + parts.join(u',') + u')';
}

vd::Result<QByteArray> Abi::encode(const QList<AbiType> &types, const QList<AbiValue> &values)
{
    if (types.size() != values.size())
        return vd::Error{QStringLiteral("abi.type_mismatch"),
                         QCoreApplication::translate("vd::chain::Abi", "Expected %1 values, got %2.")
                             .arg(types.size())
                             .arg(values.size())};
    return encodeSequence(types, values);
}

vd::Result<QList<AbiValue>> Abi::decode(const QList<AbiType> &types, QByteArrayView data)
{
    DecodeContext ctx{16 * data.size() + (1 << 20)};
    return decodeSequence(
        types.size(), [&types](qint64 i) -> const AbiType & { return types[i]; }, data, ctx);
}

vd::Result<AbiSignature> Abi::parseSignature(QStringView signature)
{
    const vd::Error bad{
        QStringLiteral("abi.bad_signature"),
        QCoreApplication::translate("vd::chain::Abi", "\"%1\" is not a valid function or event signature.")
            .arg(signature.left(200).toString())};
    signature = signature.trimmed();
    const qsizetype open = signature.indexOf(u'(');
    if (open <= 0 || !signature.endsWith(u')'))
        return bad;
    const QStringView name = signature.left(open).trimmed();
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u'$' ||
                        (i > 0 && c >= u'0' && c <= u'9');
        if (!ok)
            return bad;
    }
    const auto params = normalizeParams(signature.mid(open + 1, signature.size() - open - 2));
    if (!params)
        return bad;
    auto types = parseTypeList(*params);
    if (!types)
        return bad;
    return AbiSignature{name.toString(), *types};
}

vd::Result<QList<AbiType>> Abi::parseTypeList(QStringView types)
{
    QString text = types.toString();
    text.remove(u' ');
    // "(address,uint256)" is the parenthesized list; "(address,uint256)[],bool" is not one tuple, so wrap it.
    if (const auto single = AbiType::parse(text); single && single->kind() == AbiType::Kind::Tuple)
        return single->components();
    const auto tuple = AbiType::parse(QString(u'(' + text + u')'));
    if (!tuple)
        return vd::Error{QStringLiteral("abi.bad_type"),
                         QCoreApplication::translate("vd::chain::Abi", "\"%1\" is not a list of ABI types.")
                             .arg(types.left(200).toString())};
    return tuple->components();
}

std::array<uint8_t, 4> Abi::selector(QStringView signature)
{
    const auto sig = parseSignature(signature);
    const QByteArray text = sig ? sig->canonical().toUtf8() : signature.toString().remove(u' ').toUtf8();
    const Hash32 h = keccak256(text);
    return {h[0], h[1], h[2], h[3]};
}

Hash32 Abi::eventTopic(QStringView signature)
{
    const auto sig = parseSignature(signature);
    const QByteArray text = sig ? sig->canonical().toUtf8() : signature.toString().remove(u' ').toUtf8();
    return keccak256(text);
}

vd::Result<QByteArray> Abi::encodeCall(QStringView signature, const QList<AbiValue> &args)
{
    const auto sig = parseSignature(signature);
    if (!sig)
        return sig.error();
    auto body = encode(sig->inputs, args);
    if (!body)
        return body;
    const Hash32 h = keccak256(sig->canonical().toUtf8());
    return QByteArray(QByteArray(reinterpret_cast<const char *>(h.data()), 4) + *body);
}

Hash32 Abi::roleId(QStringView name)
{
    if (name == u"DEFAULT_ADMIN_ROLE")
        return {};
    return keccak256(name.toUtf8());
}

QString Abi::roleName(const Hash32 &role)
{
    static const char *const known[] = {"DEFAULT_ADMIN_ROLE", "MINTER_ROLE", "PAUSER_ROLE", "COMPLIANCE_ROLE"};
    for (const char *name : known)
        if (roleId(QString::fromLatin1(name)) == role)
            return QString::fromLatin1(name);
    return hex::encode(QByteArrayView(role));
}

RevertReason Abi::decodeRevert(QByteArrayView data)
{
    RevertReason r;
    if (data.isEmpty()) {
        r.kind = RevertReason::Kind::Empty;
        r.sentence = tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "The transaction was reverted without giving a reason."));
        return r;
    }
    auto unknown = [&data]() {
        RevertReason u;
        u.kind = RevertReason::Kind::Unknown;
        u.sentence = QCoreApplication::translate("vd::chain::Abi",
                                                 "The transaction was reverted with an unrecognized error (%1).")
                         .arg(hex::encode(data.first(std::min<qsizetype>(4, data.size()))));
        return u;
    };
    if (data.size() < 4)
        return unknown();
    const QByteArrayView selectorBytes = data.first(4);
    const QByteArrayView body = data.sliced(4);

    struct Known
    {
        const char *signature;
        RevertReason::Kind kind;
    };
    static const Known knownErrors[] = {
        {"Error(string)", RevertReason::Kind::ErrorString},
        {"Panic(uint256)", RevertReason::Kind::Panic},
        {"AccessControlUnauthorizedAccount(address,bytes32)", RevertReason::Kind::Custom},
        {"AccessControlBadConfirmation()", RevertReason::Kind::Custom},
        {"EnforcedPause()", RevertReason::Kind::Custom},
        {"ExpectedPause()", RevertReason::Kind::Custom},
        {"ERC20InsufficientBalance(address,uint256,uint256)", RevertReason::Kind::Custom},
        {"ERC20InsufficientAllowance(address,uint256,uint256)", RevertReason::Kind::Custom},
        {"ERC20InvalidReceiver(address)", RevertReason::Kind::Custom},
        {"ERC20InvalidSender(address)", RevertReason::Kind::Custom},
        {"AccountFrozen(address)", RevertReason::Kind::Custom},
        {"ZeroAmount()", RevertReason::Kind::Custom},
    };
    for (const Known &k : knownErrors) {
        const auto sig = parseSignature(QString::fromLatin1(k.signature));
        if (!sig)
            continue;
        const Hash32 h = keccak256(sig->canonical().toUtf8());
        if (std::memcmp(h.data(), selectorBytes.data(), 4) != 0)
            continue;
        const auto args = decode(sig->inputs, body);
        if (!args)
            return unknown();
        r.kind = k.kind;
        r.errorName = sig->name;
        r.arguments = *args;
        const QList<AbiValue> &a = *args;
        const QString name = sig->name;
        if (name == u"Error") {
            r.sentence = QCoreApplication::translate("vd::chain::Abi", "The contract refused: %1").arg(a[0].asString());
        } else if (name == u"Panic") {
            r.sentence = QCoreApplication::translate("vd::chain::Abi",
                                                     "The contract failed an internal check (%1, panic code %2).")
                             .arg(panicMeaning(a[0].asUint()), a[0].asUint().toHexQuantity());
        } else if (name == u"AccessControlUnauthorizedAccount") {
            Hash32 role{};
            std::memcpy(role.data(), a[1].asBytes().constData(), role.size()); // bytes32: always 32 bytes
            r.sentence = QCoreApplication::translate("vd::chain::Abi", "Account %1 lacks role %2.")
                             .arg(a[0].asAddress().toChecksummed(), roleName(role));
        } else if (name == u"AccessControlBadConfirmation") {
            r.sentence =
                tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "A role can only be renounced by the account holding it."));
        } else if (name == u"EnforcedPause") {
            r.sentence = tr(QT_TRANSLATE_NOOP(
                "vd::chain::Abi",
                "The token is paused: transfers, mints and redemptions are stopped until it is unpaused."));
        } else if (name == u"ExpectedPause") {
            r.sentence = tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "The token is not paused, so it cannot be unpaused."));
        } else if (name == u"ERC20InsufficientBalance") {
            r.sentence =
                QCoreApplication::translate("vd::chain::Abi",
                                            "Account %1 has a balance of %2 base units but %3 are needed.")
                    .arg(a[0].asAddress().toChecksummed(), a[1].asUint().toDecimal(), a[2].asUint().toDecimal());
        } else if (name == u"ERC20InsufficientAllowance") {
            r.sentence =
                QCoreApplication::translate("vd::chain::Abi", "Spender %1 may spend %2 base units but %3 are needed.")
                    .arg(a[0].asAddress().toChecksummed(), a[1].asUint().toDecimal(), a[2].asUint().toDecimal());
        } else if (name == u"ERC20InvalidReceiver") {
            r.sentence = QCoreApplication::translate("vd::chain::Abi", "Tokens cannot be sent to %1.")
                             .arg(a[0].asAddress().toChecksummed());
        } else if (name == u"ERC20InvalidSender") {
            r.sentence = QCoreApplication::translate("vd::chain::Abi", "Tokens cannot be sent from %1.")
                             .arg(a[0].asAddress().toChecksummed());
        } else if (name == u"AccountFrozen") {
            r.sentence = QCoreApplication::translate("vd::chain::Abi", "Account %1 is frozen.")
                             .arg(a[0].asAddress().toChecksummed());
        } else if (name == u"ZeroAmount") {
            r.sentence = tr(QT_TRANSLATE_NOOP("vd::chain::Abi", "The amount must not be zero."));
        }
        return r;
    }
    return unknown();
}

} // namespace vd::chain
