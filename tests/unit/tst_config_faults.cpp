// Settings and log files on a read-only directory or a full disk (issue #10, faults): AppConfig::save says clearly
// that the settings could not be saved and where, and the file on disk stays as it was (no half-written settings);
// the log says once on stderr that its file cannot be written and carries on there.
// A full disk is simulated with RLIMIT_FSIZE (writes past the limit fail with EFBIG, like ENOSPC, for this process
// only). Run as root (which ignores file modes), the test first drops to the unprivileged user "nobody".
#include "common/Log.h"
#include "config/AppConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <cstdio>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace vd;

namespace {

config::AppSettings sample(const QString &desk)
{
    config::AppSettings a;
    a.database.host = QStringLiteral("db.example");
    a.database.user = QStringLiteral("clerk");
    a.chain.chainId = 31337;
    a.chain.rpcUrls = {QStringLiteral("http://127.0.0.1:8545")};
    a.chain.token = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    a.deskName = desk;
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs `fn` with stderr going into a pipe (not a file: RLIMIT_FSIZE would cut it); returns what was written there.
// Keep it under the pipe's buffer (64 KiB).
template <typename Fn> QByteArray captureStderr(Fn fn)
{
    std::fflush(stderr);
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const int saved = dup(STDERR_FILENO);
    dup2(fds[1], STDERR_FILENO);
    close(fds[1]);
    fn();
    std::fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    QByteArray out;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        out.append(buf, n);
    close(fds[0]);
    return out;
}

// Lowers this process's file size limit (soft only, so it can be raised back) for the lifetime of the object.
struct FileSizeLimit
{
    rlimit old{};
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit l = old;
        l.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &l);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &old); }
};

} // namespace

class TestConfigFaults : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;

private slots:
    void initTestCase()
    {
        std::signal(SIGXFSZ, SIG_IGN); // a write past RLIMIT_FSIZE fails with EFBIG instead of killing us
        if (geteuid() == 0) {
            QVERIFY(setgroups(0, nullptr) == 0);
            QVERIFY(setgid(65534) == 0);
            QVERIFY(setuid(65534) == 0);
        }
        QVERIFY(geteuid() != 0);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void readOnlySettingsDirectory()
    {
        const QString dir = m_dir->filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(dir));
        const QString ini = dir + QStringLiteral("/voucherdesk.ini");
        {
            config::AppConfig c(ini);
            QVERIFY(c.save(sample(QStringLiteral("Front desk"))));
        }
        const QByteArray before = readAll(ini);
        QVERIFY(before.contains("Front desk"));
        QVERIFY(QFile::setPermissions(ini, QFileDevice::ReadOwner));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

        QString error;
        {
            config::AppConfig c(ini);
            QVERIFY(!c.save(sample(QStringLiteral("Back desk")), &error));
        }
        QVERIFY2(error.contains(ini), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("could not be saved")) && error.contains(QStringLiteral("not writable")),
                 qPrintable(error));
        QCOMPARE(readAll(ini), before); // untouched on disk (QSettings keeps the unsaved values in its cache)
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void diskFullWhileSaving()
    {
        const QString ini = m_dir->filePath(QStringLiteral("full.ini"));
        {
            config::AppConfig c(ini);
            QVERIFY(c.save(sample(QStringLiteral("Front desk"))));
        }
        const QByteArray before = readAll(ini);
        QVERIFY(before.size() > 200);
        QString error;
        {
            FileSizeLimit full(64); // the new file stops growing after 64 bytes
            config::AppConfig c(ini);
            QVERIFY(!c.save(sample(QStringLiteral("A much longer desk name that makes the file grow")), &error));
        }
        QVERIFY2(error.contains(ini) && error.contains(QStringLiteral("could not be saved")), qPrintable(error));
        QCOMPARE(readAll(ini), before); // the old settings, whole: never a half-written file
        const QStringList leftovers = QDir(m_dir->path()).entryList({QStringLiteral("full.ini*")}, QDir::Files);
        QCOMPARE(leftovers, QStringList{QStringLiteral("full.ini")});
    }

    // Last: log::install replaces the test's message handler.
    void logFileUnwritable()
    {
        const QString dir = m_dir->filePath(QStringLiteral("logs-ro"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray said = captureStderr([&]() {
            log::install(dir, 1 << 20, 2, true);
            qWarning("still logging");
        });
        QVERIFY2(said.contains("cannot write the log file") && said.contains(QFile::encodeName(dir)), said.constData());
        QVERIFY2(said.contains("still logging"), said.constData()); // on stderr instead
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

        // A full disk under a log file that was writable: one clear line, then stderr only; no crash.
        const QString ok = m_dir->filePath(QStringLiteral("logs"));
        const QByteArray full = captureStderr([&]() {
            const QString path = log::install(ok, 1 << 20, 2, true);
            qWarning("before the disk filled up");
            FileSizeLimit limit(QFileInfo(path).size() + 10);
            for (int i = 0; i < 50; ++i)
                qWarning("message %d while the disk is full", i);
        });
        qInstallMessageHandler(nullptr);
        QVERIFY2(full.count("cannot write the log file") == 1, full.constData());
        QVERIFY2(full.contains("message 49 while the disk is full"), full.constData());
        QVERIFY(readAll(log::filePath()).contains("before the disk filled up"));
    }
};

QTEST_GUILESS_MAIN(TestConfigFaults)
#include "tst_config_faults.moc"
