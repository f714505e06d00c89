#pragma once
// Contract administration's state and records. A facade on the caller's (GUI) thread over two workers:
//   - the chain worker (own QThread, endpoint pool + ContractReader): chain id, the token's code hash checked
//     against the pinned ChainSettings::tokenCodeHash, paused, totalSupply, decimals, every role's admin and
//     members (getRoleAdmin / getRoleMemberCount / getRoleMember) and which roles the loaded signer key holds;
//   - the database worker (own QThread, own connection "admin"): what the listener recorded (contract_state,
//     role_members with grant times, frozen_accounts with the latest reason, pending safe_proposals), the open key
//     rotation, and the audited records of 007_contract_admin.sql (signed actions, Safe proposals, rotation steps).
// When the listener reports new or removed logs (NOTIFY vd_chain on the database worker's session), both are read
// again by themselves: chainStateReady / dbStateReady with an id nobody asked for.
// Signing itself is SigningService's (core/signing); this service never sees a key or a password.
// Answers come back as queued signals carrying the request id the call returned.
#include "admin/AdminModel.h"
#include "db/DbConfig.h"

#include <QObject>
#include <QStringList>
#include <QThread>

namespace vd::admin {

class AdminChainWorker;
class AdminDbWorker;

struct AdminSettings
{
    db::DbConfig database;          // the signed-in person's login (vd_admin to record anything)
    QString workstation;            // recorded in audit rows
    qint64 chainId = 0;
    QStringList rpcUrls;
    QString token;                  // EIP-55
    QString safe;                   // EIP-55, may be empty
    QString tokenCodeHash;          // pinned; empty: "not pinned" (shown, and SigningService refuses to sign)
    int rpcTimeoutMs = 8000;
};

/// A signed action after its receipt, for the audit.
struct SignedRecord
{
    Action action;
    chain::Hash32 txHash{};
    chain::Address signer;
    bool pausedBefore = false;      // before/after as the person saw them
    bool pausedAfter = false;
};

class AdminService : public QObject
{
    Q_OBJECT
public:
    explicit AdminService(AdminSettings settings, QObject *parent = nullptr);
    ~AdminService() override; // quit() + wait() on both threads

    const AdminSettings &settings() const { return m_settings; }
    std::optional<chain::Address> tokenAddress() const;
    std::optional<chain::Address> safeAddress() const;

    /// The keystore whose key counts as "the loaded signer" (its address is read from the file, nothing is
    /// decrypted). Empty: none. Answer with the next chain read. Returns the address or why not.
    vd::Result<chain::Address> setSignerKeystore(const QString &path);
    std::optional<chain::Address> signer() const { return m_signer; }
    QString signerKeystore() const { return m_signerKeystore; }

    /// Reads the chain and the database again. Answers: chainStateReady, dbStateReady (each with this id).
    quint64 refresh();
    quint64 refreshChain();
    quint64 refreshDatabase();

    const ChainState &chainState() const { return m_chain; }
    const DbState &dbState() const { return m_db; }

    /// Audit of a signed action (after its receipt). Answer: recorded(id, result).
    quint64 recordSigned(const SignedRecord &record);
    /// A Safe proposal as a pending safe_proposals row (+ audit, + freeze note). Answer: recorded(id, row id).
    quint64 recordProposal(const Action &action, const signing::SafeProposal &proposal);

    /// Key rotation: start (one open per contract), step done (transaction hash or safeTxHash), finish/abandon.
    /// Answers: rotationChanged(id, result) with the record as stored.
    quint64 startRotation(const chain::Address &oldMinter, const chain::Address &newMinter, const QString &keystore,
                          bool withPause);
    quint64 rotationStepDone(qint64 rotationId, const QString &step, const QString &ref);
    quint64 finishRotation(qint64 rotationId, bool abandoned);

signals:
    void chainStateReady(quint64 id, const vd::admin::ChainState &state);
    void dbStateReady(quint64 id, const vd::admin::DbState &state);
    /// Either half changed: the merged views (roles) should be rebuilt.
    void stateChanged();
    void recorded(quint64 id, const vd::Result<qint64> &result);
    void rotationChanged(quint64 id, const vd::Result<vd::admin::RotationRecord> &result);

private:
    AdminSettings m_settings;
    QThread m_chainThread;
    QThread m_dbThread;
    AdminChainWorker *m_chainWorker;
    AdminDbWorker *m_dbWorker;
    quint64 m_next = 1;
    ChainState m_chain;
    DbState m_db;
    std::optional<chain::Address> m_signer;
    QString m_signerKeystore;
};

} // namespace vd::admin
