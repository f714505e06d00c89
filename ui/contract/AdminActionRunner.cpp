#include "AdminActionRunner.h"

#include "ActionDialog.h"
#include "chain/Hex.h"
#include "signing/SignDialog.h"
#include "signing/SigningService.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QWidget>

namespace vd::ui {

AdminActionRunner::AdminActionRunner(admin::AdminService *admin, signing::SigningService *signing, QWidget *window)
    : QObject(window), m_admin(admin), m_signing(signing), m_window(window)
{
}

QString AdminActionRunner::proposalDirectory() const
{
    if (!m_proposalDir.isEmpty())
        return m_proposalDir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

chain::Hash32 AdminActionRunner::roleAdminOf(const chain::Hash32 &role) const
{
    for (const admin::ChainRole &r : m_admin->chainState().roles)
        if (r.role == role)
            return r.adminRole;
    return admin::defaultAdminRole();
}

signing::ContractCall AdminActionRunner::callFor(const admin::Action &action) const
{
    return admin::buildCall(m_admin->tokenAddress().value_or(chain::Address()), action, roleAdminOf(action.role));
}

void AdminActionRunner::start(const admin::Action &action)
{
    const admin::ChainState &chainState = m_admin->chainState();
    const vd::Result<void> refusal = admin::checkAction(action, chainState, m_admin->dbState());
    const signing::ContractCall call = callFor(action);
    const admin::SignerStatus signer =
        admin::signerStatus(chainState, m_admin->dbState(), call.requiredRole, m_admin->safeAddress());
    ActionDialog dialog(action, refusal, signer, m_admin->safeAddress().has_value(), chainState.codeHashVerified,
                        m_window);
    dialog.exec();
    if (!refusal.ok()) {
        emit refused(action, refusal.error().message);
        return;
    }
    switch (dialog.choice()) {
    case ActionDialog::Choice::SignNow: signNow(action); break;
    case ActionDialog::Choice::ProposeToSafe: proposeToSafe(action); break;
    case ActionDialog::Choice::None: emit refused(action, tr("Cancelled; nothing was sent.")); break;
    }
}

void AdminActionRunner::proposeToSafe(const admin::Action &action)
{
    if (!m_signing) {
        emit failed(action, tr("Signing is not available on this workstation."));
        return;
    }
    m_busy = true;
    const quint64 id = m_signing->proposeToSafe(callFor(action), admin::actionTitle(action));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_signing, &signing::SigningService::proposed, this,
                          [this, id, action, connection](quint64 answered, const vd::Result<signing::SafeProposal> &r) {
                              if (answered != id)
                                  return;
                              disconnect(*connection);
                              if (!r.ok()) {
                                  m_busy = false;
                                  emit failed(action, r.error().message);
                                  return;
                              }
                              const signing::SafeProposal p = r.value();
                              // The file for the owners; a small write, named so nothing is overwritten.
                              const QString base = QStringLiteral("%1/voucherdesk-%2-safe-nonce-%3")
                                                       .arg(proposalDirectory(), admin::kindName(action.kind))
                                                       .arg(p.safeNonce);
                              QString path = base + QStringLiteral(".json");
                              for (int n = 2; QFile::exists(path); ++n)
                                  path = QStringLiteral("%1-%2.json").arg(base).arg(n);
                              QDir().mkpath(proposalDirectory());
                              QFile f(path);
                              if (!f.open(QIODevice::WriteOnly) || f.write(p.transactionBuilderJson) < 0) {
                                  m_busy = false;
                                  emit failed(action, tr("The proposal file could not be written to %1: %2")
                                                          .arg(path, f.errorString()));
                                  return;
                              }
                              f.close();
                              const QString hash = chain::hex::encode(QByteArrayView(p.safeTxHash));
                              const quint64 rec = m_admin->recordProposal(action, p);
                              auto recConn = std::make_shared<QMetaObject::Connection>();
                              *recConn = connect(
                                  m_admin, &admin::AdminService::recorded, this,
                                  [this, rec, recConn, action, hash, path, p](quint64 got, const vd::Result<qint64> &row) {
                                      if (got != rec)
                                          return;
                                      disconnect(*recConn);
                                      m_busy = false;
                                      if (!row.ok()) {
                                          emit failed(action, tr("The proposal file was saved to %1 (safeTxHash %2) "
                                                                 "but could not be recorded: %3")
                                                                  .arg(path, hash, row.error().message));
                                          return;
                                      }
                                      emit done(action, true, hash,
                                                tr("Proposed to the Safe (nonce %1): safeTxHash %2. File for the "
                                                   "owners: %3. It needs %4 owner signature(s); it is shown as done "
                                                   "when the listener sees the Safe execute it.")
                                                    .arg(p.safeNonce)
                                                    .arg(hash, path)
                                                    .arg(p.threshold));
                                      m_admin->refreshDatabase();
                                  });
                          });
}

} // namespace vd::ui

namespace vd::ui {

void AdminActionRunner::signNow(const admin::Action &action)
{
    const QString keystore = m_admin->signerKeystore();
    if (!m_signing || keystore.isEmpty()) {
        emit failed(action, tr("Load the keystore of the signing key first (Contract page, Load keystore)."));
        return;
    }
    SignDialog::Options options;
    options.title = admin::actionTitle(action);
    options.confirmWord = admin::confirmationWord(action.kind);
    options.offerSafe = m_admin->safeAddress().has_value();
    auto *dialog = new SignDialog(m_signing, keystore, callFor(action), options, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(760, 600);
    m_dialog = dialog;
    m_busy = true;
    const bool pausedBefore = m_admin->chainState().paused;
    connect(dialog, &SignDialog::confirmed, this, [this, dialog, action, pausedBefore](const chain::Receipt &receipt) {
        admin::SignedRecord record;
        record.action = action;
        record.txHash = receipt.transactionHash;
        record.signer = dialog->preparedCall() ? dialog->preparedCall()->signer : receipt.from;
        record.pausedBefore = pausedBefore;
        record.pausedAfter = action.kind == admin::ActionKind::Pause     ? true
                             : action.kind == admin::ActionKind::Unpause ? false
                                                                         : pausedBefore;
        const QString hash = chain::hex::encode(QByteArrayView(receipt.transactionHash));
        const quint64 rec = m_admin->recordSigned(record);
        auto recConn = std::make_shared<QMetaObject::Connection>();
        *recConn = connect(m_admin, &admin::AdminService::recorded, this,
                           [this, rec, recConn, action, hash, receipt](quint64 got, const vd::Result<qint64> &row) {
                               if (got != rec)
                                   return;
                               disconnect(*recConn);
                               m_busy = false;
                               if (!row.ok()) {
                                   emit failed(action, tr("%1 is done on the chain (transaction %2) but the audit row "
                                                          "could not be written: %3")
                                                           .arg(admin::actionTitle(action), hash, row.error().message));
                                   return;
                               }
                               emit done(action, false, hash,
                                         tr("%1: done in block %2 (transaction %3).")
                                             .arg(admin::actionTitle(action))
                                             .arg(receipt.blockNumber)
                                             .arg(hash));
                               m_admin->refresh();
                           });
    });
    connect(dialog, &SignDialog::failed, this, [this, action](const vd::Error &error) {
        // A wrong password keeps the dialog open for another try; anything else ends the attempt.
        if (error.code == QLatin1String("keystore.wrong_password"))
            return;
        m_busy = false;
        emit failed(action, error.message);
    });
    connect(dialog, &SignDialog::safeRequested, this, [this, dialog, action]() {
        dialog->close();
        proposeToSafe(action);
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog, action]() {
        if (!dialog->sentTransaction() && !dialog->error()) {
            m_busy = false;
            emit refused(action, tr("Cancelled; nothing was signed."));
        }
    });
    dialog->open();
}

} // namespace vd::ui
