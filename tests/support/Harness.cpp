#include "Harness.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>

namespace vd::test {

const Harness &Harness::instance()
{
    static const Harness harness;
    return harness;
}

Harness::Harness()
{
    const QString path = qEnvironmentVariable("VD_HARNESS_ENV");
    if (path.isEmpty()) {
        m_error = QStringLiteral("VD_HARNESS_ENV is not set: run this test through ctest (fixture 'services')");
        return;
    }
    if (!QFile::exists(path)) {
        m_error = QStringLiteral("harness environment %1 missing: services.start failed or did not run").arg(path);
        return;
    }
    QSettings ini(path, QSettings::IniFormat);
    for (const QString &key : ini.allKeys())
        m_values.insert(key, ini.value(key));
    m_ok = true;
}

QString Harness::value(const QString &key) const
{
    // QSettings' INI reader turns unquoted commas into lists (key lists, D-Bus addresses): join them back.
    const QVariant v = m_values.value(key);
    return v.typeId() == QMetaType::QStringList ? v.toStringList().join(u',') : v.toString();
}

QString Harness::createDatabase(const QString &prefix) const
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("%1_%2_%3_%4")
                             .arg(prefix.toLower())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
                             .arg(counter.fetchAndAddRelaxed(1));
    QString error;
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), &error);
    if (!error.isEmpty())
        qFatal("createDatabase(%s): %s", qPrintable(name), qPrintable(error));
    return name;
}

QString Harness::runCast(const QStringList &args, QString *error) const
{
    QProcess p;
    p.start(cast(), args);
    p.waitForFinished(60000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return {};
    }
    if (error)
        error->clear();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString Harness::psql(const QString &database, const QString &sql, QString *error, const QString &user,
                      const QString &password) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password.isEmpty() ? pgSuperPassword() : password);
    p.setProcessEnvironment(env);
    p.start(value(QStringLiteral("postgres/bindir")) + QStringLiteral("/psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), pgHost(),
             QStringLiteral("-p"), QString::number(pgPort()), QStringLiteral("-U"),
             user.isEmpty() ? pgSuperUser() : user, QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
    p.waitForFinished(60000);
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (error)
        *error = (p.exitCode() != 0 || p.exitStatus() != QProcess::NormalExit)
                     ? (err.isEmpty() ? QStringLiteral("psql failed") : err)
                     : QString();
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

} // namespace vd::test
