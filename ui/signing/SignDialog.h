#pragma once
// The one dialog that stands between a person and a signature (or a Safe proposal is made elsewhere, without it).
// It shows, in this order: "Checking…" while SigningService verifies chain, contract code, role and simulates the
// call; then the readable summary (chain, contract, function, arguments, signer, nonce, fee cap, balance); the
// keystore password (filled from the system keychain when remembered there); an optional typed confirmation word
// (PAUSE); then the transaction's progress to its receipt. Any refusal is shown in words and nothing is signed.
// Closing the dialog after sending does not stop the transaction; the dialog says so. GUI thread only.
#include "chain/Receipt.h"
#include "chain/rpc/TxSender.h"
#include "common/Result.h"
#include "signing/SigningService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QFormLayout;

namespace vd::ui {

class SignDialog : public QDialog
{
    Q_OBJECT
public:
    struct Options
    {
        QString title;          // window title, e.g. "Mint tokens"
        QString confirmWord;    // when set, the person types it to enable signing (e.g. "PAUSE")
        bool offerSafe = false; // show "Propose to Safe instead" when the key lacks the role
    };

    SignDialog(signing::SigningService *service, QString keystorePath, signing::ContractCall call, Options options,
               QWidget *parent = nullptr);
    ~SignDialog() override;

    enum class Stage { Checking, Ready, Unlocking, Sent, Confirmed, Failed };
    Stage stage() const { return m_stage; }
    const std::optional<chain::SentTransaction> &sentTransaction() const { return m_sent; }
    const std::optional<chain::Receipt> &receipt() const { return m_receipt; }
    const std::optional<vd::Error> &error() const { return m_error; }
    const std::optional<signing::PreparedCall> &preparedCall() const { return m_prepared; }

    // For tests and keyboard users alike: the same paths the buttons take.
    void setPassword(const QString &password);
    void setConfirmation(const QString &word);
    bool canSign() const;
    void sign();

signals:
    /// Emitted once the summary is shown (nonce known): record the attempt before signing if you must.
    void ready(const vd::signing::PreparedCall &prepared);
    void sent(const vd::chain::SentTransaction &tx);
    void confirmed(const vd::chain::Receipt &receipt);
    void failed(const vd::Error &error);
    /// The person chose the Safe path after a missing-role refusal.
    void safeRequested();

protected:
    void reject() override;

private:
    void onPrepared(quint64 id, const vd::Result<vd::signing::PreparedCall> &result);
    void onSent(quint64 id, const vd::chain::SentTransaction &tx);
    void onProgress(quint64 id, int confirmations, int target);
    void onMined(quint64 id, const vd::chain::Receipt &receipt);
    void onFailed(quint64 id, const vd::Error &error);
    void showProblem(const QString &text);
    void updateButtons();
    void loadRememberedPassword();

    signing::SigningService *m_service;
    QString m_keystorePath;
    signing::ContractCall m_call;
    Options m_options;
    quint64 m_request = 0;
    Stage m_stage = Stage::Checking;
    std::optional<signing::PreparedCall> m_prepared;
    std::optional<chain::SentTransaction> m_sent;
    std::optional<chain::Receipt> m_receipt;
    std::optional<vd::Error> m_error;

    QLabel *m_headline;
    QLabel *m_summary;
    QWidget *m_secrets;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_passwordNote;
    QLineEdit *m_confirm;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_sign;
    QPushButton *m_safe;
    QPushButton *m_close;
};

} // namespace vd::ui
