#include "signing/SignDialog.h"

#include "chain/Hex.h"
#include "config/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
QString hashText(const chain::Hash32 &h)
{
    return chain::hex::encode(QByteArrayView(reinterpret_cast<const char *>(h.data()), qsizetype(h.size())));
}
} // namespace

SignDialog::SignDialog(signing::SigningService *service, QString keystorePath, signing::ContractCall call,
                       Options options, QWidget *parent)
    : QDialog(parent), m_service(service), m_keystorePath(std::move(keystorePath)), m_call(std::move(call)),
      m_options(std::move(options)), m_headline(new QLabel(this)), m_summary(new QLabel(this)),
      m_secrets(new QWidget(this)), m_password(new QLineEdit(m_secrets)),
      m_remember(new QCheckBox(tr("&Remember this key's password on this computer (system keychain)"), m_secrets)),
      m_passwordNote(new QLabel(m_secrets)), m_confirm(new QLineEdit(m_secrets)), m_problem(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_sign(new QPushButton(tr("&Sign and send"), this)),
      m_safe(new QPushButton(tr("&Propose to the Safe instead"), this)), m_close(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("signDialog"));
    setWindowTitle(m_options.title.isEmpty() ? tr("Sign a transaction") : m_options.title);
    setMinimumWidth(640);

    m_headline->setObjectName(QStringLiteral("headline"));
    m_headline->setStyleSheet(QStringLiteral("font-size:15pt;font-weight:bold;"));
    m_headline->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size:11pt;"));

    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordNote->setStyleSheet(QStringLiteral("color:#555;"));
    m_passwordNote->hide();
    m_confirm->setObjectName(QStringLiteral("confirmWord"));
    auto *form = new QFormLayout(m_secrets);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Key &password:"), m_password);
    form->addRow(QString(), m_passwordNote);
    form->addRow(QString(), m_remember);
    if (!m_options.confirmWord.isEmpty()) {
        auto *label = new QLabel(tr("Type %1 to &confirm:").arg(m_options.confirmWord), m_secrets);
        label->setBuddy(m_confirm);
        form->addRow(label, m_confirm);
    } else {
        m_confirm->hide();
    }
    m_secrets->hide();

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(
        QStringLiteral("background:#fdecea;color:#7a1212;border:1px solid #e6b3b3;padding:8px;font-size:11pt;"));
    m_problem->hide();
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // busy until we know better
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sign->setObjectName(QStringLiteral("sign"));
    m_safe->setObjectName(QStringLiteral("proposeToSafe"));
    m_close->setObjectName(QStringLiteral("close"));
    m_sign->setEnabled(false);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sign, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_safe, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    m_safe->setVisible(false); // after addButton(), which shows it; offered when the key lacks the role
    connect(m_sign, &QPushButton::clicked, this, &SignDialog::sign);
    connect(m_safe, &QPushButton::clicked, this, [this] {
        emit safeRequested();
        QDialog::reject();
    });
    connect(m_close, &QPushButton::clicked, this, &SignDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, &SignDialog::updateButtons);
    connect(m_confirm, &QLineEdit::textChanged, this, &SignDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_summary);
    layout->addWidget(m_secrets);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_service, &signing::SigningService::prepared, this, &SignDialog::onPrepared);
    connect(m_service, &signing::SigningService::sent, this, &SignDialog::onSent);
    connect(m_service, &signing::SigningService::progress, this, &SignDialog::onProgress);
    connect(m_service, &signing::SigningService::mined, this, &SignDialog::onMined);
    connect(m_service, &signing::SigningService::failed, this, &SignDialog::onFailed);

    m_headline->setText(tr("Checking before anything is signed…"));
    m_status->setText(tr("Checking the chain, the contract's code, the key's role, and trying the call without "
                         "sending it."));
    m_request = m_service->prepare(m_keystorePath, m_call);
}

SignDialog::~SignDialog()
{
    if (m_stage == Stage::Checking || m_stage == Stage::Ready)
        m_service->discard(m_request);
}

void SignDialog::onPrepared(quint64 id, const vd::Result<signing::PreparedCall> &result)
{
    if (id != m_request)
        return;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->hide();
    if (!result) {
        m_stage = Stage::Failed;
        m_error = result.error();
        m_headline->setText(tr("Not signed"));
        m_status->clear();
        showProblem(result.error().message);
        if (m_options.offerSafe && result.error().code == QLatin1String("signing.missing_role"))
            m_safe->show();
        m_close->setText(tr("Close"));
        emit failed(result.error());
        return;
    }
    m_prepared = *result;
    m_stage = Stage::Ready;
    const signing::TxSummary &s = result->summary;
    m_headline->setText(tr("Read this before you sign"));
    auto row = [](const QString &k, const QString &v, bool mono = false, bool argument = false) {
        return QStringLiteral("<tr><td style='padding-right:14px;color:#444;%4'>%1</td><td%3>%2</td></tr>")
            .arg(k.toHtmlEscaped(), v.toHtmlEscaped(),
                 mono ? QStringLiteral(" style='font-family:monospace;'") : QString(),
                 argument ? QStringLiteral("padding-left:18px;") : QString());
    };
    QString html = QStringLiteral("<table cellspacing='3'>");
    html += row(tr("Chain"), s.chainName);
    html += row(tr("Contract"), s.contractLabel.isEmpty() ? s.contract : s.contractLabel + u'\n' + s.contract, true);
    html += row(tr("Contract code"), tr("matches the pinned hash %1").arg(s.codeHash.left(18) + u'…'));
    html += QStringLiteral("<tr><td style='padding-right:14px;color:#444;'>%1</td><td><b style='font-size:13pt;'>%2"
                           "</b></td></tr>")
                .arg(tr("Function").toHtmlEscaped(), s.function.toHtmlEscaped());
    for (const auto &[name, value] : s.arguments)
        html += row(name, value, value.startsWith(QLatin1String("0x")), true);
    html += row(tr("Signed by"), s.signer, true);
    html += row(tr("Nonce"), QString::number(s.nonce));
    html += row(tr("Fee at most"), tr("%1 (gas limit %2, max %3)").arg(s.maxCost).arg(s.gasLimit).arg(s.maxFeePerGas));
    if (!s.signerBalance.isEmpty())
        html += row(tr("Key's balance"), s.signerBalance);
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_secrets->show();
    if (s.balanceTooLow)
        showProblem(tr("The key's balance (%1) does not cover the fee (%2). Top it up before signing.")
                        .arg(s.signerBalance, s.maxCost));
    m_status->setText(tr("Nothing has been signed yet."));
    m_close->setText(tr("Cancel"));
    m_password->setFocus();
    loadRememberedPassword();
    updateButtons();
    emit ready(*m_prepared);
}

void SignDialog::loadRememberedPassword()
{
    if (!m_prepared)
        return;
    config::SecretStore::read(signing::SigningService::keychainKey(m_prepared->signer), this,
                              [this](Result<QString> secret) {
        if (!secret || secret->isEmpty() || !m_password->text().isEmpty() || m_stage != Stage::Ready)
            return;
        m_password->setText(*secret);
        m_remember->setChecked(true);
        m_passwordNote->setText(tr("Filled in from this computer's keychain."));
        m_passwordNote->show();
    });
}

void SignDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void SignDialog::setConfirmation(const QString &word)
{
    m_confirm->setText(word);
}

bool SignDialog::canSign() const
{
    return m_stage == Stage::Ready && !m_password->text().isEmpty() &&
           (m_options.confirmWord.isEmpty() || m_confirm->text().trimmed() == m_options.confirmWord);
}

void SignDialog::updateButtons()
{
    m_sign->setEnabled(canSign());
    m_sign->setDefault(canSign());
}

void SignDialog::sign()
{
    if (!canSign())
        return;
    m_stage = Stage::Unlocking;
    m_problem->hide();
    m_secrets->setEnabled(false);
    m_sign->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Unlocking the key and signing…"));
    m_service->signAndSend(m_request, m_password->text().toUtf8());
}

void SignDialog::onSent(quint64 id, const chain::SentTransaction &tx)
{
    if (id != m_request)
        return;
    m_stage = Stage::Sent;
    m_sent = tx;
    if (m_prepared && m_remember->isChecked())
        config::SecretStore::write(signing::SigningService::keychainKey(m_prepared->signer), m_password->text(), this,
                                   [](Result<void>) {});
    m_password->clear();
    m_secrets->hide();
    m_sign->hide();
    m_headline->setText(tr("Sent — waiting for the chain"));
    m_status->setText(tr("Transaction %1 is in the network. Closing this window does not stop it.")
                          .arg(hashText(tx.hash)));
    m_close->setText(tr("Close"));
    emit sent(tx);
}

void SignDialog::onProgress(quint64 id, int confirmations, int target)
{
    if (id != m_request || !m_sent)
        return;
    m_progress->setRange(0, target);
    m_progress->setValue(confirmations);
    m_progress->setFormat(tr("%1 of %2 confirmations").arg(confirmations).arg(target));
}

void SignDialog::onMined(quint64 id, const chain::Receipt &receipt)
{
    if (id != m_request)
        return;
    m_stage = Stage::Confirmed;
    m_receipt = receipt;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Confirmed"));
    m_headline->setText(tr("Done — confirmed on chain"));
    m_status->setText(tr("Transaction %1, block %2.").arg(hashText(receipt.transactionHash)).arg(receipt.blockNumber));
    m_close->setText(tr("Close"));
    m_close->setDefault(true);
    m_close->setFocus();
    emit confirmed(receipt);
}

void SignDialog::onFailed(quint64 id, const vd::Error &error)
{
    if (id != m_request)
        return;
    if (m_stage == Stage::Unlocking &&
        (error.code == QLatin1String("keystore.wrong_password") || error.code == QLatin1String("keystore.unreadable"))) {
        // Nothing was sent: let the person try again.
        m_stage = Stage::Ready;
        m_progress->hide();
        m_secrets->setEnabled(true);
        m_password->selectAll();
        m_password->setFocus();
        m_status->setText(tr("Nothing has been signed yet."));
        showProblem(error.message);
        updateButtons();
        return;
    }
    m_stage = Stage::Failed;
    m_error = error;
    m_progress->hide();
    m_password->clear();
    m_headline->setText(m_sent ? tr("The transaction failed") : tr("Not sent"));
    showProblem(error.message);
    m_close->setText(tr("Close"));
    emit failed(error);
}

void SignDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void SignDialog::reject()
{
    if (m_stage == Stage::Checking || m_stage == Stage::Ready)
        m_service->discard(m_request);
    QDialog::reject();
}

} // namespace vd::ui
