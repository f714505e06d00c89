// Address parsing and EIP-55 formatting (expected forms from `cast to-check-sum-address` / EIP-55's examples).
#include "chain/Address.h"

#include <QtTest>

using namespace vd::chain;
using namespace Qt::StringLiterals;

class TestAddress : public QObject
{
    Q_OBJECT
private slots:
    void checksum_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("checksummed");
        QTest::newRow("mixed") << u"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s
                               << u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s;
        QTest::newRow("all caps") << u"0x52908400098527886e0f7030069857d2e4169ee7"_s
                                  << u"0x52908400098527886E0F7030069857D2E4169EE7"_s;
        QTest::newRow("all lower") << u"0xde709f2102306220921060314715629080e2fb77"_s
                                   << u"0xde709f2102306220921060314715629080e2fb77"_s;
        QTest::newRow("eip55 1") << u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"_s
                                 << u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s;
        QTest::newRow("zero") << u"0x0000000000000000000000000000000000000000"_s
                              << u"0x0000000000000000000000000000000000000000"_s;
    }
    void checksum()
    {
        QFETCH(QString, lower);
        QFETCH(QString, checksummed);
        const auto a = Address::fromString(lower);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(a->toChecksummed(), checksummed);
        QCOMPARE(a->toLower(), lower);
        QVERIFY(Address::isChecksummed(checksummed));
        const auto b = Address::fromString(checksummed);
        QVERIFY(b.ok());
        QCOMPARE(*b, *a);
        const auto upper = Address::fromString(QString(u"0x" + lower.mid(2).toUpper()));
        QVERIFY(upper.ok());
        QCOMPARE(*upper, *a);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad checksum") << u"0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d35A"_s << u"address.bad_checksum"_s;
        QTest::newRow("one letter flipped")
            << u"0xFb6916095ca1df60bB79Ce92cE3Ea74c37c5d359"_s << u"address.bad_checksum"_s;
        QTest::newRow("no prefix") << u"fb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s << u"address.malformed"_s;
        QTest::newRow("short") << u"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d35"_s << u"address.malformed"_s;
        QTest::newRow("long") << u"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d3590"_s << u"address.malformed"_s;
        QTest::newRow("non hex") << u"0xgb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s << u"address.malformed"_s;
        QTest::newRow("space") << u" 0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"_s << u"address.malformed"_s;
        QTest::newRow("empty") << QString() << u"address.malformed"_s;
        QTest::newRow("fullwidth digit") << u"0x\uFF10b6916095ca1df60bb79ce92ce3ea74c37c5d359"_s
                                         << u"address.malformed"_s;
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto a = Address::fromString(text);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, code);
        QVERIFY(!a.error().message.isEmpty());
        QVERIFY(!Address::isChecksummed(text));
    }

    void zeroAndWords()
    {
        QVERIFY(Address::zero().isZero());
        QCOMPARE(Address(), Address::zero());
        const auto a = Address::fromString(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s);
        QVERIFY(a.ok());
        QVERIFY(!a->isZero());
        QCOMPARE(Address::fromWord(a->toWord()), *a);
        QCOMPARE(a->toBytes().size(), 20);
        QVERIFY(!Address::fromBytes(QByteArray(19, 'x')).ok());
        QVERIFY(!Address::isChecksummed(u"0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"_s));
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "tst_address.moc"
