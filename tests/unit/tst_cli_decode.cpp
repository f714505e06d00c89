// `voucherdesk decode IMAGE...`: one JSON line per image, in order; exit 0 only when every image held an order code.
#include "scan/PayloadParser.h"
#include "scan/QrRenderer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliDecode : public QObject
{
    Q_OBJECT

    QString exe() const { return qEnvironmentVariable("VD_BINARY_DIR") + QStringLiteral("/app/voucherdesk"); }

    int run(const QStringList &args, QList<QJsonObject> *lines)
    {
        QProcess p;
        p.start(exe(), QStringList{QStringLiteral("decode")} + args);
        if (!p.waitForFinished(60000))
            return -1;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.trimmed().isEmpty())
                lines->append(QJsonDocument::fromJson(line).object());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void decodesEachImage()
    {
        QVERIFY2(QFile::exists(exe()), "build the voucherdesk target first");
        QTemporaryDir dir;
        const QByteArray hash = QByteArray::fromHex("11223344556677889900aabbccddeeff11223344556677889900aabbccddeeff");
        const QString good = dir.filePath(QStringLiteral("good.png"));
        QVERIFY(vd::scan::renderQr(vd::scan::PayloadParser::canonicalPayload(hash)).save(good));
        const QString other = dir.filePath(QStringLiteral("other.png"));
        QVERIFY(vd::scan::renderQr(QStringLiteral("https://example.com/menu")).save(other));
        const QString junk = dir.filePath(QStringLiteral("junk.png"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an image");
        f.close();

        QList<QJsonObject> lines;
        QCOMPARE(run({good}, &lines), 0);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines[0].value(QLatin1String("order_hash")).toString(),
                 QStringLiteral("0x") + QString::fromLatin1(hash.toHex()));

        lines.clear();
        QCOMPARE(run({good, other, junk}, &lines), 1);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].value(QLatin1String("order_hash")).isNull());
        QVERIFY(lines[1].value(QLatin1String("rejected")).toString().startsWith(QLatin1String("scan.payload.")));
        QCOMPARE(lines[2].value(QLatin1String("error")).toString(), QStringLiteral("image.unreadable"));

        lines.clear();
        QCOMPARE(run({}, &lines), 2); // usage
    }
};

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
