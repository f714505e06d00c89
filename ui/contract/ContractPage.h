#pragma once
// Back office > Contract: the token's live state — paused or active, big and unmistakable — the chain, the
// contract with its code hash verified against the pin, supply, decimals, the loaded signer key and its roles;
// Pause / Unpause; Compliance (freeze / unfreeze with a required reason, the frozen accounts); pending Safe
// proposals; the key rotation wizard. Actions only for administrators (mayAct). GUI thread only.
#include "admin/AdminService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace vd::signing {
class SigningService;
}

namespace vd::ui {

class AdminActionRunner;

class ContractPage : public QWidget
{
    Q_OBJECT
public:
    ContractPage(admin::AdminService *admin, signing::SigningService *signing, bool mayAct,
                 QWidget *parent = nullptr);

    AdminActionRunner *runner() const { return m_runner; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *banner() const { return m_banner; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *unpauseButton() const { return m_unpause; }
    QPushButton *freezeButton() const { return m_freeze; }
    QPushButton *unfreezeButton() const { return m_unfreeze; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QStandardItemModel *frozenModel() const { return m_frozenModel; }
    QStandardItemModel *proposalModel() const { return m_proposalModel; }

    /// Loads the keystore whose key signs (its address only; nothing is decrypted) and re-reads the chain.
    void loadKeystore(const QString &path);

public slots:
    void refresh();
    void openRotationWizard();

signals:
    /// The key rotation's last step: this workstation should mint with `keystorePath` from now on.
    void minterKeystoreChanged(const QString &keystorePath);

private:
    void showChain(const admin::ChainState &s);
    void showDb(const admin::DbState &s);
    void showBanner(const QString &text, bool problem);
    void accountAction(admin::ActionKind kind);

    admin::AdminService *m_admin;
    signing::SigningService *m_signing;
    bool m_mayAct;
    AdminActionRunner *m_runner;
    QLabel *m_state;
    QLabel *m_stateDetail;
    QLabel *m_chain;
    QLabel *m_contract;
    QLabel *m_code;
    QLabel *m_supply;
    QLabel *m_decimals;
    QLabel *m_listener;
    QLabel *m_signer;
    QLabel *m_banner;
    QPushButton *m_pause;
    QPushButton *m_unpause;
    QPushButton *m_loadKey;
    QPushButton *m_rotation;
    QLineEdit *m_account;
    QLineEdit *m_reason;
    QPushButton *m_freeze;
    QPushButton *m_unfreeze;
    QStandardItemModel *m_frozenModel;
    QTableView *m_frozenView;
    QStandardItemModel *m_proposalModel;
    QTableView *m_proposalView;
};

} // namespace vd::ui
