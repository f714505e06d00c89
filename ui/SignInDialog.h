#pragma once
// Sign-in with the person's own database login. Verification runs off the GUI thread; the password can be
// remembered in the OS keychain (never on disk in clear: without a keychain the dialog says so and asks each time).
// GUI thread only.
#include "auth/Operators.h"
#include "db/DbConfig.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vd::ui {

class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(db::DbConfig config, QString workstation, QWidget *parent = nullptr);

    db::DbConfig config() const { return m_config; } // with user and password once accepted
    auth::SignedIn signedIn() const { return m_signedIn; }
    /// Keychain key for a login on this server.
    static QString keychainKey(const db::DbConfig &config);

    void setUser(const QString &user);
    void setPassword(const QString &password);
    void setRemember(bool remember);
    QString problem() const;

public slots:
    void attempt();

private:
    void finished();
    void loadRemembered();

    db::DbConfig m_config;
    QString m_workstation;
    auth::SignedIn m_signedIn;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_server;
    QLabel *m_problem;
    QPushButton *m_signIn;
    QFutureWatcher<Result<auth::SignedIn>> m_watcher;
};

} // namespace vd::ui
