// `voucherdesk --version`: the version and git commit of VoucherDesk, then one line per library it runs with
// (Qt, ZXing-C++, OpenSSL, libpq, QtKeychain, libsecp256k1), each with a version number; no display needed.
#include "common/BuildInfo.h"

#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

class TestCliVersion : public QObject
{
    Q_OBJECT
    QString exe() const
    {
        const QString app = qEnvironmentVariable("VD_BINARY_DIR") + QStringLiteral("/app/");
#if defined(Q_OS_WIN)
        return app + QStringLiteral("voucherdesk.exe");
#elif defined(Q_OS_MACOS)
        return app + QStringLiteral("VoucherDesk.app/Contents/MacOS/VoucherDesk");
#else
        return app + QStringLiteral("voucherdesk");
#endif
    }

    QStringList run()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        p.setProcessEnvironment(env);
        p.start(exe(), {QStringLiteral("--version")});
        if (!p.waitForFinished(20000))
            return {};
        m_exit = p.exitCode();
        m_err = QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    int m_exit = -1;
    QString m_err;

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(exe()), "build the voucherdesk target first"); }

    void everyLine()
    {
        const QStringList lines = run();
        QCOMPARE(m_exit, 0);
        QVERIFY2(m_err.isEmpty(), qPrintable(m_err));
        QCOMPARE(lines.size(), 7);
        const QRegularExpression head(QStringLiteral("^voucherdesk (\\d+\\.\\d+\\.\\d+) \\(commit ([0-9a-f]{7,}|unknown)\\)$"));
        const auto h = head.match(lines.at(0));
        QVERIFY2(h.hasMatch(), qPrintable(lines.at(0)));
        QCOMPARE(h.captured(1), vd::appVersion());
        QCOMPARE(h.captured(2), vd::gitCommit());
        const QStringList libraries = {QStringLiteral("Qt"),         QStringLiteral("ZXing-C++"),
                                       QStringLiteral("OpenSSL"),    QStringLiteral("libpq"),
                                       QStringLiteral("QtKeychain"), QStringLiteral("libsecp256k1")};
        for (qsizetype i = 0; i < libraries.size(); ++i) {
            // Qt, OpenSSL and libpq: the version loaded now; the others: the one built against, "(build)".
            const bool runtime = i == 0 || i == 2 || i == 3;
            const QRegularExpression re(QStringLiteral("^  %1 %2$").arg(
                QRegularExpression::escape(libraries.at(i)),
                runtime ? QStringLiteral("\\d+\\.\\d+[.0-9]*") : QStringLiteral("\\S.* \\(build\\)")));
            const auto m = re.match(lines.at(i + 1));
            QVERIFY2(m.hasMatch(), qPrintable(QStringLiteral("line %1: %2").arg(i + 2).arg(lines.at(i + 1))));
        }
        // Qt is the runtime version, not the one we compiled against.
        QVERIFY(lines.at(1).endsWith(QString::fromLatin1(qVersion())));
    }

    void versionsMatchTheLibraries()
    {
        const auto deps = vd::dependencyVersions();
        QCOMPARE(deps.size(), 6);
        for (const auto &[name, version] : deps)
            QVERIFY2(!version.trimmed().isEmpty() && version.at(0).isLetterOrNumber(), qPrintable(name + u' ' + version));
        QCOMPARE(deps.at(0).second, QString::fromLatin1(qVersion()));
        QVERIFY(deps.at(2).second.startsWith(u'3')); // OpenSSL 3, the library loaded now
        QCOMPARE(deps.at(3).first, QStringLiteral("libpq"));
        QVERIFY(deps.at(3).second.front().isDigit());
    }
};

QTEST_GUILESS_MAIN(TestCliVersion)
#include "tst_cli_version.moc"
