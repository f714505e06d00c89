#pragma once
// One deposit's mint, shown next to the deposits table: its state, its attempts, and the action that fits it —
// Mint now (summary + signature), Retry (never a double mint), Speed up a stuck transaction, Export Safe proposal,
// Record Safe execution (or confirm the execution the listener saw), and the minter's gas money.
// Talks only to vd::mint::MintService (no SQL, no JSON-RPC here). GUI thread only.
#include "mint/MintService.h"
#include "mint/MintTypes.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;

namespace vd::ui {

class SignDialog;

class MintPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MintPanel(mint::MintService *service, QWidget *parent = nullptr);

    qint64 depositId() const { return m_depositId; }
    const mint::MintDeposit &deposit() const { return m_deposit; }
    /// The last message shown in the panel's banner (for tests and the status bar).
    QString message() const;
    bool messageIsError() const { return m_messageError; }
    QString gasText() const;

    /// Asks for the file the Safe proposal goes to (default: a save-file dialog). Tests replace it.
    void setExportPathChooser(std::function<QString(const QString &suggested)> chooser);
    /// Asks for the keystore password for a speed-up when the keychain has none (default: a password prompt).
    /// Tests replace it; returning an empty array cancels.
    void setPasswordPrompt(std::function<QByteArray()> prompt);

    QPushButton *mintButton() const { return m_mint; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *speedUpButton() const { return m_speedUp; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *confirmSeenButton() const { return m_confirmSeen; }
    QLineEdit *executionHashEdit() const { return m_executionHash; }
    /// The summary-and-signature dialog of the mint under way (null when none).
    SignDialog *signDialog() const { return m_dialog; }

public slots:
    void showDeposit(qint64 depositId);
    void reload();
    void mintNow();
    void retry();
    void speedUp();
    void exportProposal();
    void recordExecution();
    void confirmSeenExecution();
    void refreshGas();

signals:
    void depositChanged(qint64 id);

private:
    void onLoaded(quint64 requestId, const vd::Result<vd::mint::MintDeposit> &deposit);
    void render();
    void say(const QString &text, bool error);
    void setBusy(bool busy, const QString &what = QString());
    QString stateText() const;
    static QString attemptStatus(const QString &status);

    mint::MintService *m_service;
    QPointer<SignDialog> m_dialog;
    qint64 m_depositId = -1;
    quint64 m_loadRequest = 0;
    mint::MintDeposit m_deposit;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_messageError = false;
    std::function<QString(const QString &)> m_chooseExportPath;
    std::function<QByteArray()> m_passwordPrompt;

    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_details;
    QLabel *m_banner;
    QProgressBar *m_progress;
    QPushButton *m_mint;
    QPushButton *m_retry;
    QPushButton *m_speedUp;
    QPushButton *m_export;
    QLabel *m_proposal;
    QLabel *m_seen;
    QPushButton *m_confirmSeen;
    QLabel *m_hashLabel;
    QLineEdit *m_executionHash;
    QPushButton *m_record;
    QLabel *m_gas;
    QPushButton *m_gasRefresh;
};

} // namespace vd::ui
