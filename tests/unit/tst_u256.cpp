// U256 arithmetic, byte/hex/decimal conversions, and the amount parser's refusals.
#include "chain/U256.h"

#include <QtTest>

using namespace vd::chain;
using namespace Qt::StringLiterals;

namespace {
U256 dec(const QString &s)
{
    const auto r = U256::fromDecimal(s);
    if (!r)
        qFatal("bad decimal in test: %s", qPrintable(s));
    return *r;
}
const QString kMax = u"115792089237316195423570985008687907853269984665640564039457584007913129639935"_s;
} // namespace

class TestU256 : public QObject
{
    Q_OBJECT
private slots:
    void decimalRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("baseUnits");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("12.5 @18") << u"12.5"_s << 18 << u"12500000000000000000"_s << u"12.5"_s;
        QTest::newRow("integer @18") << u"1"_s << 18 << u"1000000000000000000"_s << u"1"_s;
        QTest::newRow("smallest @18") << u"0.000000000000000001"_s << 18 << u"1"_s << u"0.000000000000000001"_s;
        QTest::newRow("zero") << u"0"_s << 18 << u"0"_s << u"0"_s;
        QTest::newRow("0.0") << u"0.0"_s << 6 << u"0"_s << u"0"_s;
        QTest::newRow("trailing dot") << u"5."_s << 2 << u"500"_s << u"5"_s;
        QTest::newRow("leading dot") << u".5"_s << 2 << u"50"_s << u"0.5"_s;
        QTest::newRow("leading zeros") << u"007.10"_s << 6 << u"7100000"_s << u"7.1"_s;
        QTest::newRow("no decimals") << u"123456789"_s << 0 << u"123456789"_s << u"123456789"_s;
        QTest::newRow("max") << kMax << 0 << kMax << kMax;
        QTest::newRow("max @18")
            << u"115792089237316195423570985008687907853269984665640564039457.584007913129639935"_s << 18 << kMax
            << u"115792089237316195423570985008687907853269984665640564039457.584007913129639935"_s;
        QTest::newRow("2^64") << u"18446744073709551616"_s << 0 << u"18446744073709551616"_s
                              << u"18446744073709551616"_s;
    }
    void decimalRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, baseUnits);
        QFETCH(QString, formatted);
        const auto v = U256::fromDecimal(text, decimals);
        QVERIFY2(v.ok(), qPrintable(v.error().code));
        QCOMPARE(v->toDecimal(), baseUnits);
        QCOMPARE(v->toDecimal(decimals), formatted);
        QCOMPARE(*U256::fromDecimal(formatted, decimals), *v);
    }

    void decimalRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString() << 18 << u"amount.empty"_s;
        QTest::newRow("dot only") << u"."_s << 18 << u"amount.malformed"_s;
        QTest::newRow("minus") << u"-1"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("plus") << u"+1"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("exponent") << u"1e18"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("space inside") << u"1 000"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("leading space") << u" 1"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("comma") << u"1,5"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("two dots") << u"1.2.3"_s << 18 << u"amount.malformed"_s;
        QTest::newRow("hex") << u"0x10"_s << 0 << u"amount.malformed"_s;
        QTest::newRow("arabic-indic digit") << u"\u0661"_s << 0 << u"amount.malformed"_s;
        QTest::newRow("too many decimals") << u"0.0000000000000000001"_s << 18 << u"amount.too_many_decimals"_s;
        QTest::newRow("decimals on integer token") << u"1.0"_s << 0 << u"amount.too_many_decimals"_s;
        QTest::newRow("max+1") << u"115792089237316195423570985008687907853269984665640564039457584007913129639936"_s
                               << 0 << u"amount.overflow"_s;
        QTest::newRow("overflow via decimals")
            << u"115792089237316195423570985008687907853269984665640564039458"_s << 18 << u"amount.overflow"_s;
        QTest::newRow("huge") << QString(200, u'9') << 0 << u"amount.overflow"_s;
    }
    void decimalRejects()
    {
        QFETCH(QString, text);
        QFETCH(int, decimals);
        QFETCH(QString, code);
        const auto v = U256::fromDecimal(text, decimals);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, code);
        QVERIFY(!v.error().message.isEmpty());
    }

    void hexQuantity_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("0x0") << u"0x0"_s << true << u"0"_s << u"0x0"_s;
        QTest::newRow("0x1a") << u"0x1a"_s << true << u"26"_s << u"0x1a"_s;
        QTest::newRow("upper") << u"0xFF"_s << true << u"255"_s << u"0xff"_s;
        QTest::newRow("leading zeros") << u"0x000001"_s << true << u"1"_s << u"0x1"_s;
        QTest::newRow("max") << QString(u"0x" + QString(64, u'f')) << true << kMax
                             << QString(u"0x" + QString(64, u'f'));
        QTest::newRow("2^64") << u"0x10000000000000000"_s << true << u"18446744073709551616"_s
                              << u"0x10000000000000000"_s;
        QTest::newRow("65 digits") << QString(u"0x1" + QString(64, u'0')) << false << QString() << QString();
        QTest::newRow("no prefix") << u"ff"_s << false << QString() << QString();
        QTest::newRow("bare 0x") << u"0x"_s << false << QString() << QString();
        QTest::newRow("junk") << u"0xfg"_s << false << QString() << QString();
    }
    void hexQuantity()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, decimal);
        QFETCH(QString, canonical);
        const auto v = U256::fromHexQuantity(text);
        QCOMPARE(v.ok(), ok);
        if (!ok)
            return;
        QCOMPARE(v->toDecimal(), decimal);
        QCOMPARE(v->toHexQuantity(), canonical);
    }

    void arithmetic_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");
        QTest::addColumn<QString>("product");
        QTest::addColumn<QString>("quotient");
        QTest::addColumn<QString>("remainder");
        // Expected values computed with Python's arbitrary-precision integers.
        QTest::newRow("small") << u"7"_s << u"3"_s << u"10"_s << u"21"_s << u"2"_s << u"1"_s;
        QTest::newRow("carry across limbs") << u"18446744073709551615"_s << u"1"_s << u"18446744073709551616"_s
                                            << u"18446744073709551615"_s << u"18446744073709551615"_s << u"0"_s;
        QTest::newRow("big by big") << u"340282366920938463463374607431768211457"_s << u"18446744073709551617"_s
                                    << u"340282366920938463481821351505477763074"_s
                                    << u"6277101735386680764176071790128604879584176795969512275969"_s
                                    << u"18446744073709551615"_s << u"2"_s;
        QTest::newRow("wide divisor")
            << u"100000000000000000000000000000000000000000000000000000000000000000000000000"_s
            << u"1000000000000000000000000000000"_s
            << u"100000000000000000000000000000000000000000001000000000000000000000000000000"_s << u"0"_s
            << u"100000000000000000000000000000000000000000000"_s << u"0"_s;
        QTest::newRow("divisor bigger") << u"5"_s << u"340282366920938463463374607431768211456"_s
                                        << u"340282366920938463463374607431768211461"_s
                                        << u"1701411834604692317316873037158841057280"_s << u"0"_s << u"5"_s;
    }
    void arithmetic()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        QFETCH(QString, product);
        QFETCH(QString, quotient);
        QFETCH(QString, remainder);
        const U256 x = dec(a), y = dec(b);
        QCOMPARE((x + y).toDecimal(), sum);
        QCOMPARE((x + y - y).toDecimal(), a);
        if (product != u"0"_s) {
            QCOMPARE((x * y).toDecimal(), product);
            QVERIFY(x.checkedMul(y).has_value());
        }
        const auto qr = x.divmod(y);
        QVERIFY(qr.has_value());
        QCOMPARE(qr->first.toDecimal(), quotient);
        QCOMPARE(qr->second.toDecimal(), remainder);
        QCOMPARE((qr->first * y + qr->second), x);
    }

    void overflowAndEdges()
    {
        const U256 max = U256::max();
        QCOMPARE(max.toDecimal(), kMax);
        QVERIFY(!max.checkedAdd(1).has_value());
        QCOMPARE(max + U256(1), U256(0)); // wraps
        QVERIFY(!U256(0).checkedSub(1).has_value());
        QCOMPARE(U256(0) - U256(1), max);
        QVERIFY(!(U256(1) << 128).checkedMul(U256(1) << 128).has_value());
        QVERIFY((U256(1) << 127).checkedMul(U256(1) << 128).has_value());
        QVERIFY(!max.checkedMul(2).has_value());
        QCOMPARE(*max.checkedMul(1), max);
        QVERIFY(!U256(5).divmod(0).has_value());
        QCOMPARE(U256(5) / U256(0), U256(0));
        QVERIFY(U256(1) < U256(2));
        QVERIFY((U256(1) << 200) > (U256(1) << 199));
        QCOMPARE((U256(1) << 255) >> 255, U256(1));
        QCOMPARE(U256(1) << 256, U256(0));
        QCOMPARE(max.bitLength(), 256);
        QCOMPARE(U256(0).bitLength(), 0);
        QCOMPARE(U256::pow10(18)->toDecimal(), u"1000000000000000000"_s);
        QVERIFY(!U256::pow10(78).has_value());
        QVERIFY(U256::pow10(77).has_value());
    }

    void bigEndian()
    {
        const auto v = dec(u"258"_s);
        QCOMPARE(v.toMinimalBigEndian(), QByteArray("\x01\x02", 2));
        QCOMPARE(U256(0).toMinimalBigEndian(), QByteArray());
        QCOMPARE(v.toBigEndianBytes().size(), 32);
        QCOMPARE(*U256::fromBigEndian(v.toBigEndianBytes()), v);
        QCOMPARE(*U256::fromBigEndian(QByteArray("\x01\x02", 2)), v);
        QCOMPARE(*U256::fromBigEndian(QByteArray(QByteArray(40, 0) + QByteArray("\x01\x02", 2))), v);
        QVERIFY(!U256::fromBigEndian(QByteArray(33, '\x01')).ok());
        QCOMPARE(*U256::fromBigEndian(QByteArray(32, '\xff')), U256::max());
    }
};

QTEST_GUILESS_MAIN(TestU256)
#include "tst_u256.moc"
