#pragma once
// AdminService's two workers. AdminChainWorker lives on the chain thread (endpoint pool, ContractReader, all
// created there); AdminDbWorker on the database thread (connection "admin"). Every method runs on its thread.
#include "admin/AdminService.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSqlDatabase>
#include <memory>

class QTimer;

namespace vd::chain {
class EndpointPool;
class ContractReader;
} // namespace vd::chain

namespace vd::admin {

class AdminChainWorker : public QObject
{
    Q_OBJECT
public:
    explicit AdminChainWorker(AdminSettings settings);
    ~AdminChainWorker() override;

    /// Reads everything; `extraRoles` are role hashes seen in events beyond the known ones. `signer` may be empty.
    void read(quint64 id, const QList<vd::chain::Hash32> &extraRoles, const QString &signer);

signals:
    void stateRead(quint64 id, const vd::admin::ChainState &state);

private:
    struct Job;
    void ensureReader();
    void readRole(const std::shared_ptr<Job> &job, const chain::Hash32 &role);
    void done(const std::shared_ptr<Job> &job);

    AdminSettings m_settings;
    chain::EndpointPool *m_pool = nullptr;
    chain::ContractReader *m_reader = nullptr;
};

class AdminDbWorker : public QObject
{
    Q_OBJECT
public:
    explicit AdminDbWorker(AdminSettings settings);

    void read(quint64 id);
    void recordSigned(quint64 id, const vd::admin::SignedRecord &record);
    void recordProposal(quint64 id, const vd::admin::Action &action, const vd::signing::SafeProposal &proposal,
                        const QString &summary);
    void startRotation(quint64 id, const QString &oldMinter, const QString &newMinter, const QString &keystore,
                       bool withPause);
    void rotationStep(quint64 id, qint64 rotationId, const QString &step, const QString &ref);
    void finishRotation(quint64 id, qint64 rotationId, bool abandoned);
    void stop();

signals:
    void stateRead(quint64 id, const vd::admin::DbState &state);
    void recorded(quint64 id, const vd::Result<qint64> &result);
    void rotationChanged(quint64 id, const vd::Result<vd::admin::RotationRecord> &result);
    /// The listener committed logs (or removed some): what the pages show may have changed. Coalesced: half a second
    /// after the first batch, then at most every 5 s.
    void chainChanged();

private:
    vd::Result<DbState> load();
    void subscribe(QSqlDatabase &db);
    vd::Result<RotationRecord> loadRotation(qint64 rotationId);

    AdminSettings m_settings;
    QByteArray m_contract; // 20 bytes
    QTimer *m_coalesce = nullptr;
    QElapsedTimer m_lastChange;
};

} // namespace vd::admin
