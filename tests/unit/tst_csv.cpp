// The back office's CSV: the writer every export uses (quoting, formula injection, BOM, CRLF), the reader the
// import uses (BOM, separators, quotes with line breaks), the orders import's per-line checks, and the signed
// arithmetic of the reconciliation figures.
#include "office/CsvReader.h"
#include "office/CsvWriter.h"
#include "office/OfficeTypes.h"
#include "office/OrderImport.h"
#include "scan/PayloadParser.h"

#include <QBuffer>
#include <QTimeZone>
#include <QtTest>

using namespace vd;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void escape_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("rice") << QStringLiteral("rice");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
        QTest::newRow("quote") << QStringLiteral("2\" pipe") << QStringLiteral("\"2\"\" pipe\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula =") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("formula +") << QStringLiteral("+123") << QStringLiteral("'+123");
        QTest::newRow("formula -") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("formula @") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("accents") << QStringLiteral("Amélie Ñandú") << QStringLiteral("Amélie Ñandú");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void escape()
    {
        QFETCH(QString, cell);
        QFETCH(QString, expected);
        QCOMPARE(office::CsvWriter::escapeCell(cell), expected);
    }

    void writerBomAndCrlf()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        office::CsvWriter w(&buffer);
        QVERIFY(w.writeRow({QStringLiteral("item"), QStringLiteral("amount")}));
        QVERIFY(w.writeRow({QStringLiteral("Café, 2 cups"), QStringLiteral("-5")}));
        QCOMPARE(w.rows(), 2);
        const QByteArray bytes = buffer.data();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.mid(3), QStringLiteral("item,amount\r\n\"Café, 2 cups\",'-5\r\n").toUtf8());
    }

    void roundTrip()
    {
        const QList<QStringList> rows = {{QStringLiteral("a"), QStringLiteral("b\"c"), QStringLiteral("line\nbreak")},
                                         {QStringLiteral("x,y"), QString(), QStringLiteral("zé")}};
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        office::CsvWriter w(&buffer);
        for (const QStringList &r : rows)
            QVERIFY(w.writeRow(r));
        const QList<office::CsvRecord> back = office::parseCsv(buffer.data());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).cells, rows.at(0));
        QCOMPARE(back.at(1).cells, rows.at(1));
        QCOMPARE(back.at(0).line, 1);
        QCOMPARE(back.at(1).line, 3); // the quoted line break moved it down
    }

    void readerSemicolonsAndBlankLines()
    {
        const QByteArray data = "item;amount\n\nrice;\"1,5\"\r\n  \nbeans;2\n";
        const auto records = office::parseCsv(data);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).cells, (QStringList{QStringLiteral("rice"), QStringLiteral("1,5")}));
        QCOMPARE(records.at(1).line, 3);
        QCOMPARE(records.at(2).line, 5);
    }

    void importReport()
    {
        const QString good = QStringLiteral("VD1-") + QStringLiteral("AB").repeated(32);
        QByteArray csv = "\xEF\xBB\xBF"
                         "Item,Amount,Order Hash,Customer Name,Phone,Expires At\n";
        csv += "rice,12.5,,Ann,555,2099-01-01T10:00:00\n"; // 2: ok, random hash, UTC
        csv += ","
               "1,,,,\n";                                              // 3: no item
        csv += "beans,abc,,,,\n";                                      // 4: not a number
        csv += "oil,0,,,,\n";                                          // 5: zero
        csv += "salt,1.0000000000000000001,,,,\n";                     // 6: too many decimals
        csv += "sugar,1," + good.toLatin1() + ",,,\n";                 // 7: ok with hash
        csv += "tea,1," + good.toLatin1() + ",,,\n";                   // 8: duplicate in the file
        csv += "milk,1,VD1-123,,,\n";                                  // 9: bad code
        csv += "eggs,1,,,,2001-01-01T00:00:00Z\n";                     // 10: expired
        csv += "bread,1,,,,tomorrow\n";                                // 11: bad date
        csv += "'=flour,2," + QByteArray("cd").repeated(32) + ",,,\n"; // 12: ok, plain hex, apostrophe dropped
        const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
        const auto lines = office::parseOrderImport(csv, 18, now);
        QCOMPARE(lines.size(), 11);
        QCOMPARE(lines.at(0).line, 2);
        QVERIFY2(lines.at(0).problem.isEmpty(), qPrintable(lines.at(0).problem));
        QCOMPARE(lines.at(0).amountBase, QStringLiteral("12500000000000000000"));
        QCOMPARE(lines.at(0).customerName, QStringLiteral("Ann"));
        QCOMPARE(lines.at(0).expiresAt, QDateTime(QDate(2099, 1, 1), QTime(10, 0), QTimeZone::utc()));
        QVERIFY(lines.at(0).hash.isEmpty());
        QVERIFY(lines.at(1).problem.contains(QLatin1String("item")));
        QVERIFY(lines.at(2).problem.contains(QLatin1String("abc")));
        QVERIFY(lines.at(3).problem.contains(QLatin1String("zero")));
        QVERIFY(lines.at(4).problem.contains(QLatin1String("18 decimals")));
        QVERIFY(lines.at(5).problem.isEmpty());
        QCOMPARE(lines.at(5).hash, QByteArray(32, '\xAB'));
        QVERIFY(lines.at(6).problem.contains(QLatin1String("earlier")));
        QVERIFY(lines.at(7).problem.contains(QLatin1String("not valid")));
        QVERIFY(lines.at(8).problem.contains(QLatin1String("past")));
        QVERIFY(lines.at(9).problem.contains(QLatin1String("tomorrow")));
        QVERIFY(lines.at(10).problem.isEmpty());
        QCOMPARE(lines.at(10).item, QStringLiteral("=flour"));
        QCOMPARE(lines.at(10).hash, QByteArray(32, '\xCD'));
    }

    void importNeedsHeader()
    {
        const auto lines = office::parseOrderImport("rice,12\n", 18, QDateTime::currentDateTimeUtc());
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.at(0).problem.contains(QLatin1String("required")));
        QVERIFY(office::parseOrderImport(QByteArray(), 18, QDateTime::currentDateTimeUtc())
                    .at(0)
                    .problem.contains(QLatin1String("empty")));
    }

    void randomHashes()
    {
        const QByteArray a = office::randomOrderHash();
        const QByteArray b = office::randomOrderHash();
        QCOMPARE(a.size(), 32);
        QVERIFY(a != b);
        QCOMPARE(scan::PayloadParser::canonicalPayload(a).size(), 68);
    }

    void signedArithmetic_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("difference");
        QTest::newRow("equal") << QStringLiteral("100") << QStringLiteral("100") << QStringLiteral("0");
        QTest::newRow("more") << QStringLiteral("150") << QStringLiteral("100") << QStringLiteral("50");
        QTest::newRow("less") << QStringLiteral("100") << QStringLiteral("150") << QStringLiteral("-50");
        QTest::newRow("negative b") << QStringLiteral("10") << QStringLiteral("-5") << QStringLiteral("15");
        QTest::newRow("both negative") << QStringLiteral("-10") << QStringLiteral("-15") << QStringLiteral("5");
        QTest::newRow("huge") << QStringLiteral("1000000000000000000000000000000") << QStringLiteral("1")
                              << QStringLiteral("999999999999999999999999999999");
        QTest::newRow("junk") << QStringLiteral("x") << QStringLiteral("1") << QString();
    }

    void signedArithmetic()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, difference);
        QCOMPARE(office::subtractSigned(a, b), difference);
    }

    void tokens()
    {
        QCOMPARE(office::formatTokens(QStringLiteral("1500000000000000000"), 18), QStringLiteral("1.5"));
        QCOMPARE(office::formatTokens(QStringLiteral("-2000000000000000000"), 18), QStringLiteral("-2"));
        QCOMPARE(office::formatTokens(QStringLiteral("0"), 18), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
