#pragma once
// Carries out one administrative action for a page: refuses dangerous moves (with the explanation), asks the path
// (ActionDialog), then either "Sign now" — SignDialog over SigningService with the loaded keystore, the typed word
// PAUSE for a pause — or "Propose to Safe" — SigningService::proposeToSafe, the Transaction Builder file saved, the
// pending proposal recorded (audited) for the listener to resolve. Every signed action is audited after its
// receipt. GUI thread only; the services do the work on their own threads.
#include "admin/AdminService.h"
#include "signing/SignDialog.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace vd::signing {
class SigningService;
}

namespace vd::ui {

class AdminActionRunner : public QObject
{
    Q_OBJECT
public:
    AdminActionRunner(admin::AdminService *admin, signing::SigningService *signing, QWidget *window);

    /// Checks, asks the path, runs it. Answers: done() or failed() (also after a refusal or a cancel: nothing).
    void start(const admin::Action &action);
    /// The two paths directly (the key rotation wizard: one step, one path).
    void signNow(const admin::Action &action);
    void proposeToSafe(const admin::Action &action);

    /// Where Transaction Builder files are written (default: the Documents folder). Files are named after the
    /// action and the Safe nonce; nothing is overwritten.
    void setProposalDirectory(const QString &dir) { m_proposalDir = dir; }
    QString proposalDirectory() const;
    bool busy() const { return m_busy; }
    /// The signature dialog of the running "Sign now" (null when none): tests drive it like a person.
    SignDialog *signDialog() const { return m_dialog; }

signals:
    /// `ref` is the transaction hash (signed) or the safeTxHash (proposed); `message` says what happened in words.
    void done(const vd::admin::Action &action, bool viaSafe, const QString &ref, const QString &message);
    void failed(const vd::admin::Action &action, const QString &message);
    /// Refused before anything was asked (dangerous move) or the person cancelled.
    void refused(const vd::admin::Action &action, const QString &message);

private:
    chain::Hash32 roleAdminOf(const chain::Hash32 &role) const;
    signing::ContractCall callFor(const admin::Action &action) const;

    admin::AdminService *m_admin;
    signing::SigningService *m_signing;
    QPointer<QWidget> m_window;
    QString m_proposalDir;
    bool m_busy = false;
    QPointer<SignDialog> m_dialog;
};

} // namespace vd::ui
