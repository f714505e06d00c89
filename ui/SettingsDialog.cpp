#include "SettingsDialog.h"

#include "chain/Address.h"
#include "config/RpcSecrets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace vd::ui {

SettingsDialog::SettingsDialog(const config::AppSettings &s, QWidget *parent)
    : QDialog(parent), m_original(s), m_dbHost(new QLineEdit(s.database.host, this)), m_dbPort(new QSpinBox(this)),
      m_dbName(new QLineEdit(s.database.database, this)), m_dbUser(new QLineEdit(s.database.user, this)),
      m_sslMode(new QComboBox(this)), m_sslRootCert(new QLineEdit(s.database.sslRootCert, this)),
      m_chainId(new QSpinBox(this)), m_rpcUrls(new QPlainTextEdit(this)),
      m_token(new QLineEdit(s.chain.token, this)), m_safe(new QLineEdit(s.chain.safe, this)),
      m_confirmations(new QSpinBox(this)), m_codeHash(new QLineEdit(s.chain.tokenCodeHash, this)),
      m_minterKeystore(new QLineEdit(s.minterKeystore, this)), m_adminKeystore(new QLineEdit(s.adminKeystore, this)),
      m_deskName(new QLineEdit(s.deskName, this)), m_language(new QComboBox(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(620);
    setObjectName(QStringLiteral("settingsDialog"));
    m_dbPort->setRange(1, 65535);
    m_dbPort->setValue(s.database.port);
    for (const char *mode : {"disable", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(s.database.sslMode)));
    m_chainId->setRange(1, 2147483647);
    m_chainId->setValue(static_cast<int>(s.chain.chainId));
    m_confirmations->setRange(0, 1000);
    m_confirmations->setValue(s.chain.confirmations);
    // What is shown is what was resolved at start-up; stored references show their redacted form.
    QStringList shown;
    for (const QString &url : s.chain.rpcUrls)
        shown << (config::isKeychainRef(url) ? config::refDisplay(url) : url);
    m_rpcUrls->setPlainText(shown.join(u'\n'));
    m_rpcUrls->setPlaceholderText(tr("One URL per line, in priority order"));
    m_rpcUrls->setFixedHeight(72);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Kiswahili"), QStringLiteral("sw"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));

    auto *dbBox = new QGroupBox(tr("Database"), this);
    auto *db = new QFormLayout(dbBox);
    db->addRow(tr("&Host:"), m_dbHost);
    db->addRow(tr("&Port:"), m_dbPort);
    db->addRow(tr("Data&base:"), m_dbName);
    db->addRow(tr("&User:"), m_dbUser);
    db->addRow(tr("&TLS mode:"), m_sslMode);
    db->addRow(tr("CA &certificate:"), m_sslRootCert);

    auto *chainBox = new QGroupBox(tr("Chain"), this);
    auto *chain = new QFormLayout(chainBox);
    chain->addRow(tr("Chain &id:"), m_chainId);
    chain->addRow(tr("&RPC endpoints:"), m_rpcUrls);
    chain->addRow(tr("&Token contract:"), m_token);
    chain->addRow(tr("&Safe:"), m_safe);
    chain->addRow(tr("C&onfirmations:"), m_confirmations);
    m_codeHash->setPlaceholderText(tr("0x… keccak of the token's runtime code (needed before signing)"));
    chain->addRow(tr("Token code &hash:"), m_codeHash);

    auto *keysBox = new QGroupBox(tr("Signing keys (keystore files; passwords are never stored here)"), this);
    auto *keys = new QFormLayout(keysBox);
    const auto keyRow = [this, keys](const QString &label, QLineEdit *edit) {
        auto *row = new QHBoxLayout;
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this, edit] {
            const QString file = QFileDialog::getOpenFileName(this, tr("Choose a keystore file"), edit->text(),
                                                              tr("Keystore files (*.json);;All files (*)"));
            if (!file.isEmpty())
                edit->setText(file);
        });
        row->addWidget(edit, 1);
        row->addWidget(browse);
        auto *caption = new QLabel(label, this);
        caption->setBuddy(edit);
        keys->addRow(caption, row);
    };
    keyRow(tr("&Minter key:"), m_minterKeystore);
    keyRow(tr("&Administrator key:"), m_adminKeystore);

    auto *deskBox = new QGroupBox(tr("This workstation"), this);
    auto *desk = new QFormLayout(deskBox);
    desk->addRow(tr("&Desk name:"), m_deskName);
    desk->addRow(tr("&Language:"), m_language);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(dbBox);
    layout->addWidget(chainBox);
    layout->addWidget(keysBox);
    layout->addWidget(deskBox);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

config::AppSettings SettingsDialog::settings() const
{
    config::AppSettings s = m_original;
    s.database.host = m_dbHost->text().trimmed();
    s.database.port = m_dbPort->value();
    s.database.database = m_dbName->text().trimmed();
    s.database.user = m_dbUser->text().trimmed();
    s.database.sslMode = m_sslMode->currentData().toString();
    s.database.sslRootCert = m_sslRootCert->text().trimmed();
    s.chain.chainId = m_chainId->value();
    s.chain.rpcUrls.clear();
    for (const QString &line : m_rpcUrls->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            s.chain.rpcUrls << line.trimmed();
    s.chain.token = m_token->text().trimmed();
    s.chain.safe = m_safe->text().trimmed();
    s.chain.confirmations = m_confirmations->value();
    s.chain.tokenCodeHash = m_codeHash->text().trimmed();
    s.minterKeystore = m_minterKeystore->text().trimmed();
    s.adminKeystore = m_adminKeystore->text().trimmed();
    s.deskName = m_deskName->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

QString SettingsDialog::validate() const
{
    const config::AppSettings s = settings();
    if (s.database.host.isEmpty())
        return tr("Enter the database host.");
    if (s.database.database.isEmpty())
        return tr("Enter the database name.");
    if (s.database.sslMode.startsWith(QLatin1String("verify")) && s.database.sslRootCert.isEmpty())
        return tr("TLS mode %1 needs the CA certificate file.").arg(s.database.sslMode);
    for (const QString &url : s.chain.rpcUrls) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http") &&
                             u.scheme() != QLatin1String("wss") && u.scheme() != QLatin1String("ws")))
            return tr("“%1” is not an http(s) or ws(s) URL.").arg(u.toDisplayString(QUrl::RemovePassword |
                                                                                   QUrl::RemoveQuery | QUrl::RemovePath));
    }
    const auto checkAddress = [this](const QString &text, const QString &what, bool optional) -> QString {
        if (text.isEmpty())
            return optional ? QString() : tr("Enter the %1 address.").arg(what);
        const auto a = chain::Address::fromString(text);
        if (!a)
            return tr("%1 address: %2").arg(what, a.error().message);
        if (!chain::Address::isChecksummed(text))
            return tr("%1 address must be written with its checksum (mixed case): %2").arg(what, a->toChecksummed());
        return QString();
    };
    static const QRegularExpression hash32(QStringLiteral("^0x[0-9a-fA-F]{64}$"));
    if (!s.chain.tokenCodeHash.isEmpty() && !hash32.match(s.chain.tokenCodeHash).hasMatch())
        return tr("The token code hash is 0x followed by 64 hexadecimal digits.");
    if (const QString p = checkAddress(s.chain.token, tr("Token contract"), false); !p.isEmpty())
        return p;
    if (const QString p = checkAddress(s.chain.safe, tr("Safe"), true); !p.isEmpty())
        return p;
    return QString();
}

void SettingsDialog::accept()
{
    const QString problem = validate();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace vd::ui
