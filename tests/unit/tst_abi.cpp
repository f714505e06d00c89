// ABI types, encoding/decoding (expected bytes produced by `cast abi-encode` / `cast calldata`), selectors, topics,
// revert sentences and hostile decode inputs.
#include "chain/Abi.h"
#include "chain/Hex.h"

#include <QtTest>

using namespace vd::chain;
using namespace Qt::StringLiterals;

namespace {
QByteArray unhex(const QString &s)
{
    return *hex::decode(s);
}
Address addr(const QString &s)
{
    return *Address::fromString(s);
}
QString w(const QString &hexWithoutPrefix)
{
    return hexWithoutPrefix.rightJustified(64, u'0');
}
const QString kAlice = u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s;
const QString kMinterRole = u"0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"_s;
} // namespace

class TestAbi : public QObject
{
    Q_OBJECT
private slots:
    void typeParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty = must be rejected
        QTest::addColumn<bool>("dynamic");
        QTest::newRow("address") << u"address"_s << u"address"_s << false;
        QTest::newRow("uint alias") << u"uint"_s << u"uint256"_s << false;
        QTest::newRow("int8") << u"int8"_s << u"int8"_s << false;
        QTest::newRow("bytes32") << u"bytes32"_s << u"bytes32"_s << false;
        QTest::newRow("bytes") << u"bytes"_s << u"bytes"_s << true;
        QTest::newRow("string[]") << u"string[]"_s << u"string[]"_s << true;
        QTest::newRow("uint8[3]") << u"uint8[3]"_s << u"uint8[3]"_s << false;
        QTest::newRow("string[2]") << u"string[2]"_s << u"string[2]"_s << true;
        QTest::newRow("tuple array") << u"(address,uint256)[]"_s << u"(address,uint256)[]"_s << true;
        QTest::newRow("nested") << u"((bool,bytes4)[2],int)"_s << u"((bool,bytes4)[2],int256)"_s << false;
        QTest::newRow("empty tuple") << u"()"_s << u"()"_s << false;
        QTest::newRow("uint7") << u"uint7"_s << QString() << false;
        QTest::newRow("uint264") << u"uint264"_s << QString() << false;
        QTest::newRow("uint08") << u"uint08"_s << QString() << false;
        QTest::newRow("bytes0") << u"bytes0"_s << QString() << false;
        QTest::newRow("bytes33") << u"bytes33"_s << QString() << false;
        QTest::newRow("zero length") << u"uint256[0]"_s << QString() << false;
        QTest::newRow("unclosed") << u"(address,uint256"_s << QString() << false;
        QTest::newRow("unclosed array") << u"uint256[2"_s << QString() << false;
        QTest::newRow("trailing") << u"address)"_s << QString() << false;
        QTest::newRow("space") << u"address "_s << QString() << false;
        QTest::newRow("unknown") << u"fixed128x18"_s << QString() << false;
        QTest::newRow("deep nesting") << QString(QString(100, u'(') + u"bool"_s + QString(100, u')')) << QString()
                                      << false;
        QTest::newRow("deep arrays") << QString(u"bool"_s + QString(100, u'[').replace(u"["_s, u"[]"_s)) << QString()
                                     << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void typeParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(bool, dynamic);
        const auto t = AbiType::parse(text);
        if (canonical.isEmpty()) {
            QVERIFY(!t.ok());
            QCOMPARE(t.error().code, u"abi.bad_type"_s);
            return;
        }
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QCOMPARE(t->canonical(), canonical);
        QCOMPARE(t->isDynamic(), dynamic);
    }

    void encodeKnown_data()
    {
        QTest::addColumn<QString>("types");
        QTest::addColumn<QList<AbiValue>>("values");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address,uint256")
            << u"(address,uint256)"_s << QList<AbiValue>{AbiValue::address(addr(kAlice)), AbiValue::uint(1000)}
            << u"0x000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d35900000000000000000000000000000000000000000000000000000000000003e8"_s;
        QTest::newRow("string,bytes,uint8[],int16")
            << u"(string,bytes,uint8[],int16)"_s
            << QList<AbiValue>{AbiValue::string(u"hello"_s), AbiValue::bytes(QByteArray("\x01\x02", 2)),
                               AbiValue::list({AbiValue::uint(1), AbiValue::uint(2), AbiValue::uint(3)}),
                               AbiValue::int64(-5)}
            << u"0x000000000000000000000000000000000000000000000000000000000000008000000000000000000000000000000000000000000000000000000000000000c00000000000000000000000000000000000000000000000000000000000000100fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffb000000000000000000000000000000000000000000000000000000000000000568656c6c6f000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000201020000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003000000000000000000000000000000000000000000000000000000000000000100000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000003"_s;
        QTest::newRow("tuple[],bytes32,bool")
            << u"((address,uint256)[],bytes32,bool)"_s
            << QList<AbiValue>{AbiValue::list({AbiValue::list({AbiValue::address(addr(kAlice)), AbiValue::uint(7)}),
                                               AbiValue::list({AbiValue::address(addr(
                                                                   u"0x0000000000000000000000000000000000000001"_s)),
                                                               AbiValue::uint(8)})}),
                               AbiValue::bytes(unhex(kMinterRole)), AbiValue::boolean(true)}
            << u"0x00000000000000000000000000000000000000000000000000000000000000609f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a600000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d359000000000000000000000000000000000000000000000000000000000000000700000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000008"_s;
        QTest::newRow("string[2],uint256[2]")
            << u"(string[2],uint256[2])"_s
            << QList<AbiValue>{AbiValue::list({AbiValue::string(u"a"_s), AbiValue::string(u"bc"_s)}),
                               AbiValue::list({AbiValue::uint(1), AbiValue::uint(2)})}
            << u"0x000000000000000000000000000000000000000000000000000000000000006000000000000000000000000000000000000000000000000000000000000000010000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000000000000000000000004000000000000000000000000000000000000000000000000000000000000000800000000000000000000000000000000000000000000000000000000000000001610000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000026263000000000000000000000000000000000000000000000000000000000000"_s;
        QTest::newRow("empty") << u"()"_s << QList<AbiValue>{} << u"0x"_s;
    }
    void encodeKnown()
    {
        QFETCH(QString, types);
        QFETCH(QList<AbiValue>, values);
        QFETCH(QString, expected);
        const auto ts = Abi::parseTypeList(types);
        QVERIFY(ts.ok());
        const auto enc = Abi::encode(*ts, values);
        QVERIFY2(enc.ok(), qPrintable(enc.error().message));
        QCOMPARE(hex::encode(*enc), expected);
        const auto dec = Abi::decode(*ts, *enc);
        QVERIFY2(dec.ok(), qPrintable(dec.error().message));
        QCOMPARE(*dec, values);
    }

    void encodeRejects_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<AbiValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("uint8 256") << u"uint8"_s << AbiValue::uint(256) << u"abi.out_of_range"_s;
        QTest::newRow("int8 128") << u"int8"_s << AbiValue::int64(128) << u"abi.out_of_range"_s;
        QTest::newRow("int8 -129") << u"int8"_s << AbiValue::int64(-129) << u"abi.out_of_range"_s;
        QTest::newRow("bytes4 with 3") << u"bytes4"_s << AbiValue::bytes("abc") << u"abi.out_of_range"_s;
        QTest::newRow("address from uint") << u"address"_s << AbiValue::uint(1) << u"abi.type_mismatch"_s;
        QTest::newRow("fixed array wrong length")
            << u"uint256[2]"_s << AbiValue::list({AbiValue::uint(1)}) << u"abi.type_mismatch"_s;
        QTest::newRow("tuple arity") << u"(bool,bool)"_s << AbiValue::list({AbiValue::boolean(true)})
                                     << u"abi.type_mismatch"_s;
    }
    void encodeRejects()
    {
        QFETCH(QString, type);
        QFETCH(AbiValue, value);
        QFETCH(QString, code);
        const auto enc = Abi::encode({*AbiType::parse(type)}, {value});
        QVERIFY(!enc.ok());
        QCOMPARE(enc.error().code, code);
    }

    void signedEdges()
    {
        const auto t = *AbiType::parse(u"int8"_s);
        for (int64_t v : {-128LL, -1LL, 0LL, 127LL}) {
            const auto enc = Abi::encode({t}, {AbiValue::int64(v)});
            QVERIFY(enc.ok());
            const auto dec = Abi::decode({t}, *enc);
            QVERIFY(dec.ok());
            QCOMPARE(dec->at(0), AbiValue::int64(v));
        }
        QCOMPARE(AbiValue::int64(-5).toDisplayString(), u"-5"_s);
        QCOMPARE(AbiValue::int64(INT64_MIN).toDisplayString(), u"-9223372036854775808"_s);
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("selector");
        QTest::newRow("mint") << u"mint(address,uint256)"_s << u"0x40c10f19"_s;
        QTest::newRow("mint with names") << u"mint(address to, uint256 amount)"_s << u"0x40c10f19"_s;
        QTest::newRow("hasRole") << u"hasRole(bytes32,address)"_s << u"0x91d14854"_s;
        QTest::newRow("grantRole") << u"grantRole(bytes32,address)"_s << u"0x2f2ff15d"_s;
        QTest::newRow("revokeRole") << u"revokeRole(bytes32,address)"_s << u"0xd547741f"_s;
        QTest::newRow("getRoleAdmin") << u"getRoleAdmin(bytes32)"_s << u"0x248a9ca3"_s;
        QTest::newRow("getRoleMember") << u"getRoleMember(bytes32,uint256)"_s << u"0x9010d07c"_s;
        QTest::newRow("getRoleMemberCount") << u"getRoleMemberCount(bytes32)"_s << u"0xca15c873"_s;
        QTest::newRow("paused") << u"paused()"_s << u"0x5c975abb"_s;
        QTest::newRow("pause") << u"pause()"_s << u"0x8456cb59"_s;
        QTest::newRow("unpause") << u"unpause()"_s << u"0x3f4ba83a"_s;
        QTest::newRow("nonce") << u"nonce()"_s << u"0xaffed0e0"_s;
        QTest::newRow("domainSeparator") << u"domainSeparator()"_s << u"0xf698da25"_s;
        QTest::newRow("getTransactionHash")
            << u"getTransactionHash(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,uint256)"_s
            << u"0xd8d11f78"_s;
        QTest::newRow("AccessControlUnauthorizedAccount")
            << u"AccessControlUnauthorizedAccount(address,bytes32)"_s << u"0xe2517d3f"_s;
        QTest::newRow("EnforcedPause") << u"EnforcedPause()"_s << u"0xd93c0665"_s;
        QTest::newRow("ExpectedPause") << u"ExpectedPause()"_s << u"0x8dfc202b"_s;
        QTest::newRow("uint alias") << u"f(uint)"_s << hex::encode(QByteArrayView(Abi::selector(u"f(uint256)"_s)));
    }
    void selectors()
    {
        QFETCH(QString, signature);
        QFETCH(QString, selector);
        QCOMPARE(hex::encode(QByteArrayView(Abi::selector(signature))), selector);
    }

    void topics_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("topic");
        QTest::newRow("Transfer") << u"Transfer(address indexed,address indexed,uint256)"_s
                                  << u"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"_s;
        QTest::newRow("Transfer named") << u"Transfer(address indexed from, address indexed to, uint256 value)"_s
                                        << u"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"_s;
        QTest::newRow("RoleGranted") << u"RoleGranted(bytes32,address,address)"_s
                                     << u"0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d"_s;
        QTest::newRow("RoleRevoked") << u"RoleRevoked(bytes32,address,address)"_s
                                     << u"0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b"_s;
        QTest::newRow("RoleAdminChanged") << u"RoleAdminChanged(bytes32,bytes32,bytes32)"_s
                                          << u"0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff"_s;
        QTest::newRow("Paused") << u"Paused(address)"_s
                                << u"0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258"_s;
        QTest::newRow("Unpaused") << u"Unpaused(address)"_s
                                  << u"0x5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa"_s;
        QTest::newRow("ExecutionSuccess") << u"ExecutionSuccess(bytes32 indexed txHash, uint256 payment)"_s
                                          << u"0x442e715f626346e8c54381002da614f62bee8d27386535b2521ec8540898556e"_s;
        QTest::newRow("ExecutionFailure") << u"ExecutionFailure(bytes32,uint256)"_s
                                          << u"0x23428b18acfb3ea64b08dc0c1d296ea9c09702c09083ca5272e64d115b687d23"_s;
    }
    void topics()
    {
        QFETCH(QString, signature);
        QFETCH(QString, topic);
        QCOMPARE(hex::encode(QByteArrayView(Abi::eventTopic(signature))), topic);
    }

    void signatures()
    {
        const auto s = Abi::parseSignature(u"f((address a, uint b)[] memory xs, bool)"_s);
        QVERIFY(s.ok());
        QCOMPARE(s->canonical(), u"f((address,uint256)[],bool)"_s);
        QVERIFY(!Abi::parseSignature(u"f(address"_s).ok());
        QVERIFY(!Abi::parseSignature(u"(address)"_s).ok());
        QVERIFY(!Abi::parseSignature(u"f(addr)"_s).ok());
        QVERIFY(!Abi::parseSignature(u"f(,)"_s).ok());
        QVERIFY(!Abi::parseSignature(u"1f()"_s).ok());
        // Type lists: parentheses optional, and a list may start with a tuple.
        QCOMPARE(Abi::parseTypeList(u"(address,uint256)"_s)->size(), 2);
        QCOMPARE(Abi::parseTypeList(u"address, uint256"_s)->size(), 2);
        const auto lead = Abi::parseTypeList(u"(address,uint256)[],(bool,(string,uint16))"_s);
        QVERIFY(lead.ok());
        QCOMPARE(lead->size(), 2);
        QCOMPARE(lead->at(0).canonical(), u"(address,uint256)[]"_s);
        QCOMPARE(Abi::parseTypeList(u"()"_s)->size(), 0);
        QVERIFY(!Abi::parseTypeList(u"(address"_s).ok());
        const auto call =
            Abi::encodeCall(u"mint(address,uint256)"_s, {AbiValue::address(addr(kAlice)), AbiValue::uint(1000)});
        QVERIFY(call.ok());
        QCOMPARE(hex::encode(call->first(4)), u"0x40c10f19"_s);
        QCOMPARE(call->size(), 4 + 64);
    }

    void roles()
    {
        QCOMPARE(Abi::roleName(Hash32{}), u"DEFAULT_ADMIN_ROLE"_s);
        QCOMPARE(Abi::roleName(*hex::decode32(kMinterRole)), u"MINTER_ROLE"_s);
        QCOMPARE(Abi::roleName(Abi::roleId(u"PAUSER_ROLE"_s)), u"PAUSER_ROLE"_s);
        QCOMPARE(Abi::roleName(Abi::roleId(u"COMPLIANCE_ROLE"_s)), u"COMPLIANCE_ROLE"_s);
        Hash32 other{};
        other[31] = 1;
        QCOMPARE(Abi::roleName(other), hex::encode(QByteArrayView(other)));
    }

    void revert_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("empty") << u"0x"_s << int(RevertReason::Kind::Empty) << QString()
                               << u"The transaction was reverted without giving a reason."_s;
        QTest::newRow("Error(string)")
            << u"0x08c379a00000000000000000000000000000000000000000000000000000000000000020000000000000000000000000000000000000000000000000000000000000000b6e6f7420616c6c6f776564000000000000000000000000000000000000000000"_s
            << int(RevertReason::Kind::ErrorString) << u"Error"_s << u"The contract refused: not allowed"_s;
        QTest::newRow("Panic 0x11")
            << u"0x4e487b710000000000000000000000000000000000000000000000000000000000000011"_s
            << int(RevertReason::Kind::Panic) << u"Panic"_s
            << u"The contract failed an internal check (arithmetic overflow or underflow, panic code 0x11)."_s;
        QTest::newRow("missing role")
            << u"0xe2517d3f000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d3599f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"_s
            << int(RevertReason::Kind::Custom) << u"AccessControlUnauthorizedAccount"_s
            << u"Account 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 lacks role MINTER_ROLE."_s;
        QTest::newRow("missing admin role")
            << QString(u"0xe2517d3f000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s +
                       QString(64, u'0'))
            << int(RevertReason::Kind::Custom) << u"AccessControlUnauthorizedAccount"_s
            << u"Account 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 lacks role DEFAULT_ADMIN_ROLE."_s;
        QTest::newRow("EnforcedPause")
            << u"0xd93c0665"_s << int(RevertReason::Kind::Custom) << u"EnforcedPause"_s
            << u"The token is paused: transfers, mints and redemptions are stopped until it is unpaused."_s;
        QTest::newRow("ExpectedPause") << u"0x8dfc202b"_s << int(RevertReason::Kind::Custom) << u"ExpectedPause"_s
                                       << u"The token is not paused, so it cannot be unpaused."_s;
        QTest::newRow("insufficient balance")
            << u"0xe450d38c000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d3590000000000000000000000000000000000000000000000000000000000000005000000000000000000000000000000000000000000000000000000000000000a"_s
            << int(RevertReason::Kind::Custom) << u"ERC20InsufficientBalance"_s
            << u"Account 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 has a balance of 5 base units but 10 are needed."_s;
        QTest::newRow("AccountFrozen")
            << u"0x4f2a367e000000000000000000000000fb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s
            << int(RevertReason::Kind::Custom) << u"AccountFrozen"_s
            << u"Account 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 is frozen."_s;
        QTest::newRow("ZeroAmount") << u"0x1f2a2005"_s << int(RevertReason::Kind::Custom) << u"ZeroAmount"_s
                                    << u"The amount must not be zero."_s;
        QTest::newRow("unknown selector") << u"0xdeadbeef"_s << int(RevertReason::Kind::Unknown) << QString()
                                          << u"The transaction was reverted with an unrecognized error (0xdeadbeef)."_s;
        QTest::newRow("short") << u"0x08c3"_s << int(RevertReason::Kind::Unknown) << QString()
                               << u"The transaction was reverted with an unrecognized error (0x08c3)."_s;
        QTest::newRow("Error with bad offset")
            << u"0x08c379a000000000000000000000000000000000000000000000000000000000ffffffff"_s
            << int(RevertReason::Kind::Unknown) << QString()
            << u"The transaction was reverted with an unrecognized error (0x08c379a0)."_s;
        QTest::newRow("AccountFrozen dirty address")
            << u"0x4f2a367e000000000000000000000001fb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s
            << int(RevertReason::Kind::Unknown) << QString()
            << u"The transaction was reverted with an unrecognized error (0x4f2a367e)."_s;
    }
    void revert()
    {
        QFETCH(QString, data);
        QFETCH(int, kind);
        QFETCH(QString, name);
        QFETCH(QString, sentence);
        const RevertReason r = Abi::decodeRevert(unhex(data));
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.errorName, name);
        QCOMPARE(r.sentence, sentence);
    }

    void hostile_data()
    {
        QTest::addColumn<QString>("types");
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("code");
        QTest::newRow("short word") << u"(uint256)"_s << u"0x01"_s << u"abi.truncated"_s;
        QTest::newRow("empty") << u"(address)"_s << u"0x"_s << u"abi.truncated"_s;
        QTest::newRow("dirty address") << u"(address)"_s << QString(u"0x01"_s + QString(62, u'0'))
                                       << u"abi.bad_value"_s;
        QTest::newRow("bool 2") << u"(bool)"_s << QString(u"0x"_s + w(u"2"_s)) << u"abi.bad_value"_s;
        QTest::newRow("uint8 256") << u"(uint8)"_s << QString(u"0x"_s + w(u"100"_s)) << u"abi.bad_value"_s;
        QTest::newRow("int8 not sign-extended") << u"(int8)"_s << QString(u"0x"_s + w(u"ff"_s)) << u"abi.bad_value"_s;
        QTest::newRow("bytes4 dirty padding")
            << u"(bytes4)"_s << QString(u"0x"_s + QString(63, u'0') + u"1"_s) << u"abi.bad_value"_s;
        QTest::newRow("offset outside") << u"(bytes)"_s << QString(u"0x"_s + w(u"40"_s)) << u"abi.bad_offset"_s;
        QTest::newRow("offset huge") << u"(string)"_s << QString(u"0x"_s + QString(64, u'f')) << u"abi.bad_offset"_s;
        QTest::newRow("length huge") << u"(bytes)"_s << QString(u"0x"_s + w(u"20"_s) + w(u"ffffffffffffffff"_s))
                                     << u"abi.bad_offset"_s;
        QTest::newRow("length past end") << u"(bytes)"_s << QString(u"0x"_s + w(u"20"_s) + w(u"21"_s) + w(u"00"_s))
                                         << u"abi.bad_offset"_s;
        QTest::newRow("array count huge")
            << u"(uint256[])"_s << QString(u"0x"_s + w(u"20"_s) + w(u"ffffffffffffffffffff"_s)) << u"abi.bad_offset"_s;
        QTest::newRow("array count > data")
            << u"(uint256[])"_s << QString(u"0x"_s + w(u"20"_s) + w(u"3"_s) + w(u"1"_s)) << u"abi.bad_offset"_s;
        QTest::newRow("fixed array truncated")
            << u"(uint256[3])"_s << QString(u"0x"_s + w(u"1"_s) + w(u"2"_s)) << u"abi.truncated"_s;
    }
    void hostile()
    {
        QFETCH(QString, types);
        QFETCH(QString, data);
        QFETCH(QString, code);
        const auto r = Abi::decode(*Abi::parseTypeList(types), unhex(data));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    }

    void amplificationBounded()
    {
        // bytes[] with 1000 elements all pointing at one 4 KiB blob would materialize 4 MB from 40 KB; the decode
        // budget (16x input + 1 MiB) stops it instead of allocating without bound.
        const int n = 1000;
        QByteArray data = unhex(u"0x"_s + w(u"20"_s) + w(QString::number(n, 16)));
        const qint64 blobOffset = 32LL * n; // relative to the start of the element heads
        for (int i = 0; i < n; ++i)
            data += unhex(u"0x"_s + w(QString::number(blobOffset, 16)));
        data += unhex(u"0x"_s + w(u"1000"_s)) + QByteArray(4096, 'x');
        const auto r = Abi::decode({*AbiType::parse(u"bytes[]"_s)}, data);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"abi.bad_offset"_s);
    }
};

QTEST_GUILESS_MAIN(TestAbi)
#include "tst_abi.moc"
