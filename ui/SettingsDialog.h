#pragma once
// Workstation settings: database, RPC endpoints, chain, contract and Safe addresses, confirmation depth,
// desk name, language. Validates before accepting (EIP-55 addresses, URLs, ports). Never asks for or stores
// a password: those go to the keychain elsewhere. GUI thread only.
#include "config/AppConfig.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace vd::ui {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const config::AppSettings &settings, QWidget *parent = nullptr);
    config::AppSettings settings() const;
    /// The first validation problem, or empty when the form is acceptable.
    QString validate() const;

    void accept() override;

private:
    config::AppSettings m_original;
    QLineEdit *m_dbHost;
    QSpinBox *m_dbPort;
    QLineEdit *m_dbName;
    QLineEdit *m_dbUser;
    QComboBox *m_sslMode;
    QLineEdit *m_sslRootCert;
    QSpinBox *m_chainId;
    QPlainTextEdit *m_rpcUrls;
    QLineEdit *m_token;
    QLineEdit *m_safe;
    QSpinBox *m_confirmations;
    QLineEdit *m_codeHash;
    QLineEdit *m_minterKeystore;
    QLineEdit *m_adminKeystore;
    QLineEdit *m_deskName;
    QComboBox *m_language;
    QLabel *m_problem;
};

} // namespace vd::ui
