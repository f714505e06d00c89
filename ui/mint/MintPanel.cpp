#include "mint/MintPanel.h"

#include "chain/Hex.h"
#include "config/SecretStore.h"
#include "signing/SignDialog.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
QString shortHash(const QByteArray &bytes)
{
    const QString h = chain::hex::encode(bytes);
    return h.size() > 18 ? h.left(10) + QStringLiteral("…") + h.right(6) : h;
}

const QString kCalm = QStringLiteral("color:#263238;background:#eceff1;");
const QString kGood = QStringLiteral("color:#1b5e20;background:#e8f5e9;");
const QString kWarn = QStringLiteral("color:#e65100;background:#fff3e0;");
const QString kBad = QStringLiteral("color:#b71c1c;background:#ffebee;");
} // namespace

MintPanel::MintPanel(mint::MintService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("mintPanel"));
    m_title = new QLabel(tr("No deposit selected"), this);
    m_title->setStyleSheet(QStringLiteral("font-size:15pt;font-weight:bold;"));
    m_title->setWordWrap(true);
    m_state = new QLabel(this);
    m_state->setStyleSheet(QStringLiteral("font-size:14pt;font-weight:bold;padding:8px;border-radius:6px;") + kCalm);
    m_state->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setStyleSheet(QStringLiteral("font-size:11pt;"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_mint = new QPushButton(tr("&Mint now…"), this);
    m_retry = new QPushButton(tr("&Retry"), this);
    m_speedUp = new QPushButton(tr("S&peed up"), this);
    m_export = new QPushButton(tr("E&xport Safe proposal…"), this);
    m_confirmSeen = new QPushButton(tr("&Verify and mark minted"), this);
    m_record = new QPushButton(tr("Record Safe &execution"), this);
    for (QPushButton *b : {m_mint, m_retry, m_speedUp, m_export, m_confirmSeen, m_record})
        b->setStyleSheet(QStringLiteral("font-size:12pt;padding:6px 14px;"));
    m_mint->setToolTip(tr("Shows the transaction's summary, then signs it with the minter key."));
    m_retry->setToolTip(tr("First checks whether the earlier attempt landed; never mints twice."));
    m_speedUp->setToolTip(tr("Sends the stuck transaction again with the same nonce and a higher fee."));

    m_proposal = new QLabel(this);
    m_proposal->setStyleSheet(QStringLiteral("font-size:11pt;"));
    m_proposal->setWordWrap(true);
    m_proposal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seen = new QLabel(this);
    m_seen->setWordWrap(true);
    m_seen->setStyleSheet(QStringLiteral("font-size:12pt;padding:6px;border-radius:6px;") + kGood);
    m_executionHash = new QLineEdit(this);
    m_executionHash->setPlaceholderText(tr("0x… execution transaction hash"));
    m_executionHash->setClearButtonEnabled(true);
    m_executionHash->setStyleSheet(QStringLiteral("font-size:12pt;padding:4px;font-family:monospace;"));
    m_hashLabel = new QLabel(tr("Execution &tx:"), this);
    auto *hashLabel = m_hashLabel;
    hashLabel->setBuddy(m_executionHash);

    m_gas = new QLabel(this);
    m_gas->setStyleSheet(QStringLiteral("padding:4px;border-radius:4px;") + kCalm);
    m_gasRefresh = new QPushButton(tr("Check &gas"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mint);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_speedUp);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto *record = new QHBoxLayout;
    record->addWidget(hashLabel);
    record->addWidget(m_executionHash, 1);
    record->addWidget(m_record);
    auto *gas = new QHBoxLayout;
    gas->addWidget(m_gas, 1);
    gas->addWidget(m_gasRefresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_banner);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addWidget(m_proposal);
    layout->addWidget(m_seen);
    layout->addWidget(m_confirmSeen, 0, Qt::AlignLeft);
    layout->addLayout(record);
    layout->addWidget(m_details);
    layout->addStretch(1);
    layout->addLayout(gas);
    setTabOrder(m_mint, m_retry);
    setTabOrder(m_retry, m_speedUp);
    setTabOrder(m_speedUp, m_export);
    setTabOrder(m_export, m_confirmSeen);
    setTabOrder(m_confirmSeen, m_executionHash);
    setTabOrder(m_executionHash, m_record);
    setTabOrder(m_record, m_gasRefresh);

    connect(m_mint, &QPushButton::clicked, this, &MintPanel::mintNow);
    connect(m_retry, &QPushButton::clicked, this, &MintPanel::retry);
    connect(m_speedUp, &QPushButton::clicked, this, &MintPanel::speedUp);
    connect(m_export, &QPushButton::clicked, this, &MintPanel::exportProposal);
    connect(m_record, &QPushButton::clicked, this, &MintPanel::recordExecution);
    connect(m_executionHash, &QLineEdit::returnPressed, this, &MintPanel::recordExecution);
    connect(m_confirmSeen, &QPushButton::clicked, this, &MintPanel::confirmSeenExecution);
    connect(m_gasRefresh, &QPushButton::clicked, this, &MintPanel::refreshGas);

    m_chooseExportPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Save the Safe proposal"), suggested,
                                            tr("Transaction Builder JSON (*.json)"));
    };
    m_passwordPrompt = [this]() {
        bool ok = false;
        const QString p = QInputDialog::getText(this, tr("Speed up"), tr("Password of the minter keystore:"),
                                                QLineEdit::Password, QString(), &ok);
        return ok ? p.toUtf8() : QByteArray();
    };

    connect(m_service, &mint::MintService::loaded, this, &MintPanel::onLoaded);
    connect(m_service, &mint::MintService::mintSent, this, [this](qint64 id, const QString &hash) {
        if (id != m_depositId)
            return;
        say(tr("Sent: %1. Waiting for the receipt…").arg(hash), false);
        m_progress->setRange(0, 0);
        m_progress->show();
    });
    connect(m_service, &mint::MintService::mintConfirmations, this, [this](qint64 id, int n, int target) {
        if (id != m_depositId)
            return;
        m_progress->setRange(0, std::max(1, target));
        m_progress->setValue(std::min(n, target));
        m_progress->setFormat(tr("%1 of %2 confirmations").arg(n).arg(target));
        m_progress->show();
    });
    connect(m_service, &mint::MintService::mintDone, this, [this](qint64 id, const vd::Result<void> &r) {
        if (id != m_depositId)
            return;
        setBusy(false);
        m_progress->hide();
        if (r.ok())
            say(tr("Minted: the receipt is recorded."), false);
        else
            say(r.error().message, true);
        reload();
    });
    connect(m_service, &mint::MintService::retryAssessed, this, [this](qint64 id, const mint::RetryVerdict &v) {
        if (id != m_depositId)
            return;
        using Kind = mint::RetryVerdict::Kind;
        const bool bad = v.kind == Kind::NonceConsumed;
        say(v.message, bad);
        if (v.kind == Kind::Pending || bad)
            setBusy(false);
        render();
        if (v.kind == Kind::FreshMint || v.kind == Kind::Resend || v.kind == Kind::Failed) {
            m_busy = false;
            m_deposit.status = QStringLiteral("mint_failed");
            mintNow(); // Retry is one click: the summary to sign follows at once
        }
    });
    connect(m_service, &mint::MintService::proposalExported, this,
            [this](qint64 id, const vd::Result<signing::SafeProposal> &p) {
                if (id != m_depositId)
                    return;
                setBusy(false);
                if (!p.ok()) {
                    say(p.error().message, true);
                    return;
                }
                say(tr("Proposal saved for the Safe's nonce %1. safeTxHash: %2 — the owners must see exactly this "
                       "hash when they sign (%3 of them).")
                        .arg(p.value().safeNonce)
                        .arg(chain::hex::encode(QByteArrayView(p.value().safeTxHash)))
                        .arg(p.value().threshold),
                    false);
            });
    connect(
        m_service, &mint::MintService::safeExecutionRecorded, this,
        [this](qint64 id, const vd::Result<mint::SafeCheck> &c) {
            if (id != m_depositId)
                return;
            setBusy(false);
            if (!c.ok()) {
                say(c.error().message, true);
                return;
            }
            m_executionHash->clear();
            say(tr("Verified: the Safe minted exactly this deposit in block %1 (%n confirmation(s)). Marked minted.",
                   nullptr, int(c.value().confirmations))
                    .arg(c.value().block),
                false);
        });
    connect(m_service, &mint::MintService::gasChecked, this, [this](const vd::Result<mint::GasStatus> &g) {
        if (!g.ok()) {
            m_gas->setText(tr("Minter gas: unknown (%1)").arg(g.error().message));
            m_gas->setStyleSheet(QStringLiteral("padding:4px;border-radius:4px;") + kWarn);
            return;
        }
        m_gas->setText(g.value().low ? tr("Minter gas: %1 — LOW, top up %2 before it blocks mints")
                                           .arg(g.value().text, g.value().minter.toChecksummed())
                                     : tr("Minter gas: %1 (%2)").arg(g.value().text, g.value().minter.toChecksummed()));
        m_gas->setStyleSheet(QStringLiteral("padding:4px;border-radius:4px;") + (g.value().low ? kWarn : kCalm));
    });
    connect(m_service, &mint::MintService::depositChanged, this, [this](qint64 id) {
        // New chain logs (e.g. the Safe executed): an earlier refusal no longer describes what is on screen.
        if (id == -1 && m_messageError && m_deposit.status == QLatin1String("mint_requires_safe"))
            say(QString(), false);
        if (id == m_depositId || id == 0 || (id == -1 && m_deposit.status == QLatin1String("mint_requires_safe")))
            reload();
        if (id > 0)
            emit depositChanged(id);
    });
    render();
}

QString MintPanel::message() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

QString MintPanel::gasText() const
{
    return m_gas->text();
}

void MintPanel::setExportPathChooser(std::function<QString(const QString &)> chooser)
{
    m_chooseExportPath = std::move(chooser);
}

void MintPanel::setPasswordPrompt(std::function<QByteArray()> prompt)
{
    m_passwordPrompt = std::move(prompt);
}

void MintPanel::showDeposit(qint64 depositId)
{
    if (depositId != m_depositId) {
        m_banner->hide();
        m_progress->hide();
        m_executionHash->clear();
        m_loaded = false;
        m_busy = false;
    }
    m_depositId = depositId;
    reload();
}

void MintPanel::reload()
{
    if (m_depositId < 0) {
        render();
        return;
    }
    m_loadRequest = m_service->load(m_depositId);
}

void MintPanel::onLoaded(quint64 requestId, const vd::Result<mint::MintDeposit> &deposit)
{
    if (requestId != m_loadRequest)
        return;
    if (!deposit.ok()) {
        m_loaded = false;
        say(deposit.error().message, true);
        render();
        return;
    }
    m_deposit = deposit.value();
    m_loaded = true;
    render();
}

QString MintPanel::stateText() const
{
    const QString s = m_deposit.status;
    if (s == QLatin1String("mint_pending"))
        return tr("Ready to mint");
    if (s == QLatin1String("mint_processing"))
        return tr("Mint transaction on its way");
    if (s == QLatin1String("minted"))
        return tr("Minted %1").arg(QLocale().toString(m_deposit.mintedAt.toLocalTime(), QLocale::ShortFormat));
    if (s == QLatin1String("mint_failed"))
        return tr("Mint failed: %1").arg(m_deposit.failureReason);
    if (s == QLatin1String("mint_requires_safe"))
        return tr("Needs the Safe (amount at or above the threshold)");
    if (s == QLatin1String("cap_exceeded"))
        return tr("Held: today's issuance cap would be exceeded");
    if (s == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (s == QLatin1String("submitted"))
        return tr("Waiting for the payment to be confirmed");
    if (s == QLatin1String("payment_confirmed"))
        return tr("Payment confirmed; not yet released for minting");
    return s;
}

void MintPanel::render()
{
    const bool have = m_loaded && m_depositId >= 0;
    const QString s = m_deposit.status;
    const bool paused = have && m_deposit.mintingPaused;
    if (!have) {
        if (m_depositId < 0)
            m_title->setText(tr("No deposit selected"));
        m_state->setText(m_depositId < 0 ? tr("Select a deposit to see its mint.") : tr("Loading…"));
    } else {
        m_title->setText(tr("Deposit %1 — %2 tokens to %3")
                             .arg(m_deposit.reference, m_deposit.amount.toDecimal(m_service->settings().decimals),
                                  m_deposit.wallet.toChecksummed()));
        QString state = stateText();
        if (paused && s != QLatin1String("minted"))
            state = tr("%1 — MINTING IS PAUSED by an administrator").arg(state);
        m_state->setText(state);
    }
    QString style = kCalm;
    if (s == QLatin1String("minted"))
        style = kGood;
    else if (s == QLatin1String("mint_failed") || paused)
        style = kBad;
    else if (s == QLatin1String("mint_processing") || s == QLatin1String("mint_requires_safe") ||
             s == QLatin1String("cap_exceeded"))
        style = kWarn;
    m_state->setStyleSheet(QStringLiteral("font-size:14pt;font-weight:bold;padding:8px;border-radius:6px;") +
                           (have ? style : kCalm));

    const bool idle = have && !m_busy;
    const bool direct = s == QLatin1String("mint_pending");
    const bool failed = s == QLatin1String("mint_failed");
    const bool processing = s == QLatin1String("mint_processing");
    const bool safe = s == QLatin1String("mint_requires_safe");
    m_mint->setVisible(have && direct);
    m_mint->setEnabled(idle && !paused);
    m_retry->setVisible(have && (failed || processing));
    m_retry->setEnabled(idle && !paused);
    m_speedUp->setVisible(have && processing && m_service->canSpeedUp(m_depositId));
    m_speedUp->setEnabled(!paused);
    const bool executed = have && m_deposit.proposal && m_deposit.proposal->status == QLatin1String("executed");
    m_export->setVisible(have && safe && !executed);
    m_export->setEnabled(idle && !paused);

    const auto &p = m_deposit.proposal;
    const bool seen = have && safe && p && p->status == QLatin1String("executed") && p->executionTx.size() == 32;
    m_proposal->setVisible(have && (p.has_value() || safe));
    if (have && safe && !p)
        m_proposal->setText(tr("Export the proposal and give the file to the Safe's owners; they check the "
                               "safeTxHash shown here, sign and execute it. Then record the execution here (it "
                               "appears by itself when the chain listener sees it)."));
    if (have && p)
        m_proposal->setText(tr("Safe proposal: nonce %1, safeTxHash %2 — %3 (exported by %4)")
                                .arg(p->safeNonce)
                                .arg(chain::hex::encode(QByteArrayView(p->safeTxHash)), p->status, p->createdBy));
    m_seen->setVisible(seen);
    m_confirmSeen->setVisible(seen && m_deposit.isAdmin);
    m_confirmSeen->setEnabled(idle);
    if (seen)
        m_seen->setText(tr("The Safe executed this proposal in tx %1 (block %2); verify and mark minted.")
                            .arg(chain::hex::encode(p->executionTx))
                            .arg(p->executionBlock));
    const bool typeHash = have && safe && p && !seen && m_deposit.isAdmin;
    m_executionHash->setVisible(typeHash);
    m_record->setVisible(typeHash);
    m_hashLabel->setVisible(typeHash);
    m_executionHash->setEnabled(idle);
    m_record->setEnabled(idle);
    if (have && safe && !m_deposit.isAdmin)
        m_proposal->setText(m_proposal->text() + u' ' + tr("An administrator records the Safe's execution."));

    QString rows;
    for (const mint::MintAttempt &a : m_deposit.attempts) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(a.path == QLatin1String("safe") ? tr("Safe") : tr("direct"),
                         a.txHash.isEmpty() ? tr("(no hash yet)") : shortHash(a.txHash),
                         a.hasNonce ? tr("nonce %1").arg(a.nonce) : QString(), attemptStatus(a.status),
                         a.block >= 0 ? tr("block %1").arg(a.block) : a.error.toHtmlEscaped());
    }
    m_details->setVisible(have && !rows.isEmpty());
    m_details->setText(QStringLiteral("<b>%1</b><table cellspacing=6>%2</table>").arg(tr("Mint transactions"), rows));
}

QString MintPanel::attemptStatus(const QString &status)
{
    if (status == QLatin1String("signed"))
        return tr("recorded, not sent yet");
    if (status == QLatin1String("sent"))
        return tr("sent, waiting");
    if (status == QLatin1String("confirmed"))
        return tr("confirmed");
    if (status == QLatin1String("failed"))
        return tr("failed");
    if (status == QLatin1String("replaced"))
        return tr("replaced (same nonce)");
    return status;
}

void MintPanel::say(const QString &text, bool error)
{
    m_messageError = error;
    m_banner->setText(text);
    m_banner->setStyleSheet(QStringLiteral("font-size:12pt;padding:8px;border-radius:6px;") + (error ? kBad : kGood));
    m_banner->setVisible(!text.isEmpty());
}

void MintPanel::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy && !what.isEmpty())
        say(what, false);
    render();
}

void MintPanel::retry()
{
    if (!m_loaded)
        return;
    setBusy(true, tr("Checking whether the earlier attempt landed…"));
    m_service->retry(m_deposit);
}

void MintPanel::mintNow()
{
    if (!m_loaded)
        return;
    if (!m_service->signing()) {
        say(mint::describe(QStringLiteral("mint.no_signing")), true);
        return;
    }
    auto call = m_service->mintCall(m_deposit);
    if (!call.ok()) {
        say(call.error().message, true);
        return;
    }
    if (m_service->settings().minterKeystore.isEmpty()) {
        say(mint::describe(QStringLiteral("mint.no_keystore")), true);
        return;
    }
    const qint64 depositId = m_depositId;
    setBusy(true, tr("Checking the transaction before anything is signed…"));
    SignDialog::Options options;
    options.title = tr("Mint tokens for deposit %1").arg(m_deposit.reference);
    auto *dialog =
        new SignDialog(m_service->signing(), m_service->settings().minterKeystore, call.value(), options, this);
    m_dialog = dialog;
    // The attempt (sender + nonce) is recorded when the summary is shown, before the person can sign.
    connect(dialog, &SignDialog::ready, this,
            [this, depositId](const signing::PreparedCall &prepared) { m_service->beginMint(depositId, prepared); });
    connect(m_service, &mint::MintService::mintBegun, dialog,
            [this, dialog, depositId](qint64 id, const vd::Result<void> &r) {
                if (id != depositId || r.ok())
                    return;
                if (dialog->stage() == SignDialog::Stage::Ready || dialog->stage() == SignDialog::Stage::Checking)
                    static_cast<QDialog *>(dialog)->reject(); // virtual: SignDialog discards the prepared call
                say(r.error().message, true);
            });
    connect(dialog, &SignDialog::sent, this,
            [this, depositId](const chain::SentTransaction &tx) { m_service->attemptSent(depositId, tx); });
    connect(dialog, &SignDialog::confirmed, this, [this, dialog, depositId](const chain::Receipt &receipt) {
        m_service->attemptMined(depositId, receipt);
        if (!dialog->isVisible())
            dialog->deleteLater();
    });
    connect(dialog, &SignDialog::failed, this, [this, dialog, depositId](const vd::Error &error) {
        m_service->attemptFailed(depositId, error);
        if (!dialog->isVisible())
            dialog->deleteLater();
    });
    connect(dialog, &QDialog::finished, this, [this, dialog, depositId](int) {
        const auto stage = dialog->stage();
        if (!dialog->sentTransaction()) {
            m_service->attemptAbandoned(depositId);
            if (stage != SignDialog::Stage::Failed && depositId == m_depositId) {
                say(tr("Cancelled; nothing was sent."), false);
                setBusy(false);
            }
        }
        // After sending, the dialog keeps following the transaction while hidden; it goes when it is done.
        if (!dialog->sentTransaction() || stage == SignDialog::Stage::Confirmed || stage == SignDialog::Stage::Failed)
            dialog->deleteLater();
    });
    dialog->open();
}

void MintPanel::speedUp()
{
    const auto signer = m_service->sentFrom(m_depositId);
    if (!signer)
        return;
    const qint64 depositId = m_depositId;
    // The remembered password if there is one (as the summary dialog does), else ask.
    config::SecretStore::read(signing::SigningService::keychainKey(*signer), this,
                              [this, depositId](Result<QString> remembered) {
                                  QByteArray password = remembered.ok() ? remembered.value().toUtf8() : QByteArray();
                                  if (password.isEmpty())
                                      password = m_passwordPrompt();
                                  if (password.isEmpty() || depositId != m_depositId)
                                      return;
                                  setBusy(true, tr("Sending again with a higher fee (same nonce)…"));
                                  m_service->speedUp(depositId, password);
                                  password.fill('\0');
                              });
}

void MintPanel::exportProposal()
{
    if (!m_loaded)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/safe-mint-%1.json").arg(m_deposit.reference);
    const QString path = m_chooseExportPath(suggested);
    if (path.isEmpty())
        return;
    setBusy(true, tr("Reading the Safe's nonce and computing the proposal…"));
    m_service->exportProposal(m_deposit, path);
}

void MintPanel::recordExecution()
{
    if (!m_loaded || !m_executionHash->isVisible())
        return;
    const auto hash = chain::hex::decodeFixed(m_executionHash->text().trimmed(), 32);
    if (!hash.ok()) {
        say(tr("A transaction hash is 0x followed by 64 hexadecimal digits."), true);
        m_executionHash->setFocus();
        return;
    }
    setBusy(true, tr("Verifying the Safe execution on chain…"));
    m_service->recordSafeExecution(m_deposit, hash.value());
}

void MintPanel::confirmSeenExecution()
{
    if (!m_loaded || !m_deposit.proposal || m_deposit.proposal->executionTx.size() != 32)
        return;
    setBusy(true, tr("Verifying the Safe execution on chain…"));
    m_service->recordSafeExecution(m_deposit, m_deposit.proposal->executionTx);
}

void MintPanel::refreshGas()
{
    m_gas->setText(tr("Minter gas: checking…"));
    m_service->checkGas();
}

} // namespace vd::ui
