#pragma once
// The key rotation runbook as a guided sequence: a new minter keystore (created here with a typed password —
// scrypt runs off the GUI thread — or an existing file), optionally pause, revoke MINTER_ROLE from the old minter,
// grant it to the new one, unpause, then use the new keystore for minting on this workstation. Each step shows
// its transaction (or safeTxHash); every step done is stored (vd.key_rotations, audited), so a wizard closed
// half-way resumes where it stopped. GUI thread only.
#include "admin/AdminService.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace vd::ui {

class AdminActionRunner;

class RotationWizard : public QDialog
{
    Q_OBJECT
public:
    RotationWizard(admin::AdminService *admin, AdminActionRunner *runner, QWidget *parent = nullptr);

    // For tests and keyboard users: the controls.
    QLineEdit *oldMinterEdit() const { return m_oldMinter; }
    QLineEdit *newKeystoreEdit() const { return m_keystore; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *passwordAgainEdit() const { return m_passwordAgain; }
    QCheckBox *pauseBox() const { return m_withPause; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *signStepButton() const { return m_signStep; }
    QPushButton *safeStepButton() const { return m_safeStep; }
    QListWidget *stepList() const { return m_steps; }
    QLabel *statusLabel() const { return m_status; }
    std::optional<admin::RotationRecord> rotation() const { return m_rotation; }

signals:
    void minterKeystoreChanged(const QString &keystorePath);

private:
    void showRotation();
    void updateNewMinter();
    void setStatus(const QString &text, bool problem);
    void createKeystore();
    void startRotation();
    void runStep(bool viaSafe);
    void stepDone(const QString &step, const QString &ref);

    admin::AdminService *m_admin;
    AdminActionRunner *m_runner;
    std::optional<admin::RotationRecord> m_rotation;
    QString m_runningStep;
    QStackedWidget *m_stack;
    QLineEdit *m_oldMinter;
    QLineEdit *m_keystore;
    QLineEdit *m_password;
    QLineEdit *m_passwordAgain;
    QCheckBox *m_withPause;
    QPushButton *m_create;
    QPushButton *m_browse;
    QPushButton *m_start;
    QListWidget *m_steps;
    QPushButton *m_signStep;
    QPushButton *m_safeStep;
    QPushButton *m_abandon;
    QLabel *m_newAddress;
    QLabel *m_status;
    QFutureWatcher<vd::Result<QString>> m_keygen;
};

} // namespace vd::ui
