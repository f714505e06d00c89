#include "SignInDialog.h"

#include "common/Log.h"
#include "common/ThreadCleanup.h"
#include "config/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd::ui {

SignInDialog::SignInDialog(db::DbConfig config, QString workstation, QWidget *parent)
    : QDialog(parent), m_config(std::move(config)), m_workstation(std::move(workstation)),
      m_user(new QLineEdit(m_config.user, this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember my password on this computer (in the system keychain)"), this)),
      m_server(new QLabel(this)), m_problem(new QLabel(this)), m_signIn(new QPushButton(tr("&Sign in"), this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to VoucherDesk"));
    setMinimumWidth(460);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_user->setObjectName(QStringLiteral("user"));
    m_server->setText(tr("Database: %1:%2/%3").arg(m_config.host).arg(m_config.port).arg(m_config.database));
    m_server->setStyleSheet(QStringLiteral("color:#555;"));
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold;"));
    m_problem->hide();
    m_signIn->setDefault(true);

    auto *title = new QLabel(tr("Sign in with your own login"), this);
    title->setStyleSheet(QStringLiteral("font-size:16pt;font-weight:bold;"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(&m_watcher, &QFutureWatcher<Result<auth::SignedIn>>::finished, this, &SignInDialog::finished);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    loadRemembered();
}

QString SignInDialog::keychainKey(const db::DbConfig &c)
{
    return QStringLiteral("db/%1@%2:%3/%4").arg(c.user, c.host).arg(c.port).arg(c.database);
}

void SignInDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

void SignInDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignInDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}

QString SignInDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void SignInDialog::loadRemembered()
{
    if (m_user->text().isEmpty())
        return;
    db::DbConfig c = m_config;
    c.user = m_user->text();
    config::SecretStore::read(keychainKey(c), this, [this](Result<QString> r) {
        if (r.ok() && m_password->text().isEmpty()) {
            log::addSecret(r.value());
            m_password->setText(r.value());
            m_remember->setChecked(true);
            m_signIn->setFocus();
        }
    });
}

void SignInDialog::attempt()
{
    if (m_watcher.isRunning())
        return;
    m_config.user = m_user->text().trimmed();
    m_config.password = m_password->text();
    if (m_config.user.isEmpty() || m_config.password.isEmpty()) {
        m_problem->setText(tr("Enter your login and password."));
        m_problem->show();
        return;
    }
    log::addSecret(m_config.password);
    m_problem->setText(tr("Signing in…"));
    m_problem->setStyleSheet(QStringLiteral("color:#555;"));
    m_problem->show();
    m_signIn->setEnabled(false);
    const db::DbConfig c = m_config;
    const QString ws = m_workstation;
    m_watcher.setFuture(QtConcurrent::run([c, ws]() {
        auto result = auth::signIn(c, ws);
        releaseThreadCrypto(); // a pool thread: libpq's SCRAM drew random bytes from libcrypto
        return result;
    }));
}

void SignInDialog::finished()
{
    m_signIn->setEnabled(true);
    const Result<auth::SignedIn> r = m_watcher.result();
    if (!r) {
        m_problem->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold;"));
        m_problem->setText(r.error().message);
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    m_signedIn = r.value();
    const QString key = keychainKey(m_config);
    if (m_remember->isChecked()) {
        config::SecretStore::write(key, m_config.password, this, [this](Result<void> w) {
            if (!w)
                qWarning("%s", qPrintable(tr("Password not remembered: %1").arg(w.error().message)));
        });
    } else {
        config::SecretStore::remove(key, this, [](Result<void>) {});
    }
    accept();
}

} // namespace vd::ui
