// RLP encoding against the Ethereum wiki/yellow-paper vectors, and the strict decoder's refusals.
#include "chain/Hex.h"
#include "chain/Rlp.h"

#include <QtTest>

using namespace vd::chain;
using namespace Qt::StringLiterals;

namespace {
QByteArray unhex(const QString &s)
{
    return *hex::decode(s);
}
RlpItem str(const char *s)
{
    return RlpItem::bytes(QByteArray(s));
}
} // namespace

class TestRlp : public QObject
{
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<RlpItem>("item");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("dog") << str("dog") << u"0x83646f67"_s;
        QTest::newRow("cat,dog") << RlpItem::list({str("cat"), str("dog")}) << u"0xc88363617483646f67"_s;
        QTest::newRow("empty string") << RlpItem() << u"0x80"_s;
        QTest::newRow("empty list") << RlpItem::list({}) << u"0xc0"_s;
        QTest::newRow("int 0") << RlpItem::uint(0) << u"0x80"_s;
        QTest::newRow("byte 0x00") << RlpItem::bytes(QByteArray(1, '\0')) << u"0x00"_s;
        QTest::newRow("int 15") << RlpItem::uint(15) << u"0x0f"_s;
        QTest::newRow("byte 0x7f") << RlpItem::uint(0x7f) << u"0x7f"_s;
        QTest::newRow("byte 0x80") << RlpItem::uint(0x80) << u"0x8180"_s;
        QTest::newRow("int 1024") << RlpItem::uint(1024) << u"0x820400"_s;
        QTest::newRow("set theory") << RlpItem::list(
                                           {RlpItem::list({}), RlpItem::list({RlpItem::list({})}),
                                            RlpItem::list({RlpItem::list({}), RlpItem::list({RlpItem::list({})})})})
                                    << u"0xc7c0c1c0c3c0c1c0"_s;
        QTest::newRow("56-byte string")
            << str("Lorem ipsum dolor sit amet, consectetur adipisicing elit")
            << u"0xb8384c6f72656d20697073756d20646f6c6f722073697420616d65742c20636f6e7365637465747572206164697069736963696e6720656c6974"_s;
        QTest::newRow("55-byte string")
            << RlpItem::bytes(QByteArray(55, 'a'))
            << QString(u"0xb7"_s + QString(110, u'a').replace(u"a"_s, u"6"_s).replace(u"66"_s, u"61"_s));
        QTest::newRow("1024-byte string")
            << RlpItem::bytes(QByteArray(1024, '\x11')) << QString(u"0xb90400"_s + QString(2048, u'1'));
        QTest::newRow("long list") << RlpItem::list(QList<RlpItem>(30, str("ab")))
                                   << QString(u"0xf85a"_s + QString(u"826162"_s).repeated(30));
        QTest::newRow("uint256 max") << RlpItem::uint(U256::max()) << QString(u"0xa0"_s + QString(64, u'f'));
    }
    void vectors()
    {
        QFETCH(RlpItem, item);
        QFETCH(QString, encoded);
        QCOMPARE(hex::encode(Rlp::encode(item)), encoded);
        const auto back = Rlp::decode(unhex(encoded));
        QVERIFY2(back.ok(), qPrintable(back.error().code));
        QVERIFY(*back == item);
    }

    void integers()
    {
        for (const U256 &v :
             {U256(0), U256(1), U256(127), U256(128), U256(255), U256(256), U256(1) << 64, U256::max()}) {
            const auto item = Rlp::decode(Rlp::encodeUint(v));
            QVERIFY(item.ok());
            QCOMPARE(*item->toU256(), v);
        }
        QVERIFY(!Rlp::decode(unhex(u"0x820001"_s))->toU256().ok()); // leading zero
        QVERIFY(!RlpItem::list({}).toU256().ok());
        QVERIFY(!RlpItem::bytes(QByteArray(33, '\x01')).toU256().ok());
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << u"0x"_s << u"rlp.empty"_s;
        QTest::newRow("single byte wrapped") << u"0x8100"_s << u"rlp.non_canonical"_s;
        QTest::newRow("single byte 0x7f wrapped") << u"0x817f"_s << u"rlp.non_canonical"_s;
        QTest::newRow("long form for short string") << QString(u"0xb801"_s + u"61"_s) << u"rlp.non_canonical"_s;
        QTest::newRow("long form for short list") << u"0xf80180"_s << u"rlp.non_canonical"_s;
        QTest::newRow("length with leading zero")
            << QString(u"0xb90038"_s + QString(112, u'a')) << u"rlp.non_canonical"_s;
        QTest::newRow("truncated string") << u"0x836162"_s << u"rlp.truncated"_s;
        QTest::newRow("truncated length") << u"0xb9"_s << u"rlp.truncated"_s;
        QTest::newRow("truncated list") << u"0xc3836162"_s << u"rlp.truncated"_s;
        QTest::newRow("child overruns list") << u"0xc283616263"_s << u"rlp.truncated"_s;
        QTest::newRow("huge length") << u"0xbfffffffffffffffff"_s << u"rlp.length_overflow"_s;
        QTest::newRow("huge list length") << u"0xff7fffffffffffffff00"_s << u"rlp.length_overflow"_s;
        QTest::newRow("length > data") << u"0xb8ff00"_s << u"rlp.length_overflow"_s;
        QTest::newRow("trailing bytes") << u"0x8000"_s << u"rlp.trailing_bytes"_s;
        QTest::newRow("two items") << u"0xc0c0"_s << u"rlp.trailing_bytes"_s;
    }
    void rejects()
    {
        QFETCH(QString, data);
        QFETCH(QString, code);
        const auto r = Rlp::decode(unhex(data));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void depthLimit()
    {
        RlpItem nested = RlpItem::list({});
        for (int i = 0; i < 100; ++i)
            nested = RlpItem::list({nested});
        const QByteArray enc = Rlp::encode(nested);
        const auto r = Rlp::decode(enc);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, u"rlp.too_deep"_s);
        QVERIFY(Rlp::decode(enc, 200).ok());
        // A 100k-long chain of list prefixes is refused (its lengths cannot all hold) without deep recursion.
        QVERIFY(!Rlp::decode(QByteArray(100000, '\xc1')).ok());
        // 1000 correctly nested levels: refused at the depth limit, not by the stack.
        QByteArray levels = Rlp::encode(RlpItem::list({}));
        for (int i = 0; i < 1000; ++i)
            levels = Rlp::encodeList({levels});
        QCOMPARE(Rlp::decode(levels).error().code, u"rlp.too_deep"_s);
    }
};

QTEST_GUILESS_MAIN(TestRlp)
#include "tst_rlp.moc"
