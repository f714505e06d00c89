#include "Log.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <cstdio>

namespace vd::log {

namespace {
struct State
{
    QMutex mutex;
    QStringList secrets;
    QString path;
    qint64 maxBytes = 0;
    int keep = 0;
    bool alsoStderr = true;
    bool failing = false; // the last write to the file failed
    QFile file;
};

State &state()
{
    static State s;
    return s;
}

void rotateLocked(State &s)
{
    s.file.close();
    for (int i = s.keep - 1; i >= 1; --i) {
        const QString from = QStringLiteral("%1.%2").arg(s.path).arg(i);
        const QString to = QStringLiteral("%1.%2").arg(s.path).arg(i + 1);
        QFile::remove(to);
        QFile::rename(from, to);
    }
    QFile::remove(s.path + QStringLiteral(".1"));
    QFile::rename(s.path, s.path + QStringLiteral(".1"));
    s.file.open(QIODevice::Append | QIODevice::Text);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QString line = QStringLiteral("%1 %2 [%3] %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                  QLatin1String(levels[qBound(0, int(type), 4)]),
                                  QLatin1String(context.category ? context.category : "default"), mask(message));
    const QByteArray bytes = line.toUtf8();
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (s.file.isOpen()) {
            if (s.file.size() + bytes.size() > s.maxBytes)
                rotateLocked(s);
            const bool written = s.file.write(bytes) == bytes.size() && s.file.flush();
            // A full disk or a file that became read-only: say so once on stderr (the messages still go there),
            // and again after writing worked in between.
            if (!written && !s.failing)
                std::fprintf(stderr, "voucherdesk: cannot write the log file %s (%s); logging to stderr only\n",
                             qPrintable(s.path), qPrintable(s.file.errorString()));
            s.failing = !written;
        }
        if (s.alsoStderr)
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

QString mask(QString message)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        for (const QString &secret : std::as_const(s.secrets))
            message.replace(secret, QStringLiteral("••••"));
    }
    // Whatever was not registered: URL user info and query strings (API keys) and password=... pairs.
    static const QRegularExpression userInfo(QStringLiteral("(\\w+://)[^/@\\s]+@"));
    static const QRegularExpression query(QStringLiteral("(https?://[^\\s?]+)\\?\\S*"));
    static const QRegularExpression kv(QStringLiteral("(password|passwd|pwd|secret|apikey|api_key|token)=\\S+"),
                                       QRegularExpression::CaseInsensitiveOption);
    message.replace(userInfo, QStringLiteral("\\1••••@"));
    message.replace(query, QStringLiteral("\\1?••••"));
    message.replace(kv, QStringLiteral("\\1=••••"));
    return message;
}

void addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.secrets.contains(secret))
        s.secrets << secret;
}

QString install(const QString &directory, qint64 maxBytes, int keep, bool alsoStderr)
{
    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        const QString dir = directory.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                                      QStringLiteral("/logs")
                                : directory;
        QDir().mkpath(dir);
        const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("user")));
        s.path = QDir(dir).filePath(QStringLiteral("voucherdesk-%1.log").arg(user));
        s.maxBytes = maxBytes;
        s.keep = keep;
        s.alsoStderr = alsoStderr;
        s.file.setFileName(s.path);
        if (!s.file.open(QIODevice::Append | QIODevice::Text))
            std::fprintf(stderr, "voucherdesk: cannot write the log file %s\n", qPrintable(s.path));
        else
            s.file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qInstallMessageHandler(handler);
    return s.path;
}

QString filePath()
{
    return state().path;
}

} // namespace vd::log
