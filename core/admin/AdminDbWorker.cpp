#include "admin/AdminWorkers.h"

#include "chain/Hex.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>

namespace vd::admin {

namespace {
const QString kPurpose = QStringLiteral("admin");
constexpr qint64 kMinGapMs = 5000; // between two refreshes the listener's batches cause

QByteArray bytes(const chain::Hash32 &h)
{
    return QByteArray(reinterpret_cast<const char *>(h.data()), 32);
}

chain::Hash32 hash32(const QByteArray &b)
{
    chain::Hash32 h{};
    if (b.size() == 32)
        std::copy(b.cbegin(), b.cend(), reinterpret_cast<char *>(h.data()));
    return h;
}

chain::Address address(const QByteArray &b)
{
    return chain::Address::fromBytes(b).valueOr(chain::Address());
}

QString hexOrEmpty(const QVariant &v)
{
    const QByteArray b = v.toByteArray();
    return b.isEmpty() ? QString() : chain::hex::encode(b);
}

using db::utc;

// The audit's JSON for a value: a string, or null.
QVariant nullIfEmpty(const QByteArray &b)
{
    return b.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(b);
}
} // namespace

AdminDbWorker::AdminDbWorker(AdminSettings settings) : m_settings(std::move(settings))
{
    m_settings.database.applicationName = QStringLiteral("voucherdesk-admin");
    if (auto t = chain::Address::fromString(m_settings.token))
        m_contract = t.value().toBytes();
}

void AdminDbWorker::stop()
{
    db::closeConnection(kPurpose);
}

vd::Result<DbState> AdminDbWorker::load()
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    subscribe(db);
    DbState s;
    const QVariant chainId = m_settings.chainId;
    const QVariant contract = m_contract;

    auto q = db::exec(db, QStringLiteral("SELECT paused, coalesce(paused_block, 0) FROM vd.contract_state "
                                         "WHERE chain_id = ? AND contract = ?"),
                      {chainId, contract});
    if (!q)
        return q.error();
    if (q.value().next()) {
        s.haveState = true;
        s.paused = q.value().value(0).toBool();
        s.pausedBlock = q.value().value(1).toLongLong();
    }
    q = db::exec(db, QStringLiteral("SELECT coalesce(max(last_block), -1) FROM vd.chain_cursor WHERE chain_id = ? AND "
                                    "contract = ?"),
                 {chainId, contract});
    if (!q)
        return q.error();
    if (q.value().next())
        s.listenerBlock = q.value().value(0).toLongLong();

    q = db::exec(db,
                 QStringLiteral(
                     "SELECT rm.role, rm.account, rm.granted_block, rm.granted_tx, rm.granted_by, "
                     "       (SELECT cl.block_time FROM vd.chain_logs cl WHERE cl.chain_id = rm.chain_id "
                     "           AND cl.tx_hash = rm.granted_tx AND cl.event = 'role_granted' LIMIT 1) "
                     "  FROM vd.role_members rm WHERE rm.chain_id = ? AND rm.contract = ? "
                     " ORDER BY rm.role, rm.granted_block, rm.account"),
                 {chainId, contract});
    if (!q)
        return q.error();
    while (q.value().next()) {
        DbRoleMember m;
        m.role = hash32(q.value().value(0).toByteArray());
        m.account = address(q.value().value(1).toByteArray());
        m.grantedBlock = q.value().value(2).toLongLong();
        m.grantedTx = hexOrEmpty(q.value().value(3));
        const QByteArray by = q.value().value(4).toByteArray();
        m.grantedBy = by.size() == 20 ? address(by).toChecksummed() : QString();
        m.grantedAt = utc(q.value().value(5));
        s.members.append(m);
    }
    // Every role ever seen in a role event of this contract (topic 1), including roles nobody holds any more.
    q = db::exec(db, QStringLiteral("SELECT DISTINCT topic1 FROM vd.chain_logs WHERE chain_id = ? AND address = ? AND "
                                    "event IN ('role_granted', 'role_revoked') AND length(topic1) = 32"),
                 {chainId, contract});
    if (!q)
        return q.error();
    while (q.value().next())
        s.seenRoles.append(hash32(q.value().value(0).toByteArray()));

    q = db::exec(db,
                 QStringLiteral(
                     "SELECT fa.account, fa.frozen_block, fa.frozen_tx, "
                     "       (SELECT cl.block_time FROM vd.chain_logs cl WHERE cl.chain_id = fa.chain_id "
                     "           AND cl.tx_hash = fa.frozen_tx AND cl.event = 'frozen' LIMIT 1), "
                     "       n.reason, n.created_by "
                     "  FROM vd.frozen_accounts fa "
                     "  LEFT JOIN LATERAL (SELECT reason, created_by FROM vd.freeze_notes fn "
                     "                      WHERE fn.chain_id = fa.chain_id AND fn.contract = fa.contract "
                     "                        AND fn.account = fa.account AND fn.action = 'freeze' "
                     "                      ORDER BY fn.id DESC LIMIT 1) n ON true "
                     " WHERE fa.chain_id = ? AND fa.contract = ? ORDER BY fa.frozen_block DESC"),
                 {chainId, contract});
    if (!q)
        return q.error();
    while (q.value().next()) {
        FrozenAccount f;
        f.account = address(q.value().value(0).toByteArray());
        f.frozenBlock = q.value().value(1).toLongLong();
        f.frozenTx = hexOrEmpty(q.value().value(2));
        f.frozenAt = utc(q.value().value(3));
        f.reason = q.value().value(4).toString();
        f.reasonBy = q.value().value(5).toString();
        s.frozen.append(f);
    }

    q = db::exec(db,
                 QStringLiteral("SELECT id, kind, safe_tx_hash, safe_nonce::text, summary, created_at, created_by "
                                "  FROM vd.safe_proposals WHERE chain_id = ? AND target = ? AND status = 'pending' "
                                " ORDER BY id"),
                 {chainId, contract});
    if (!q)
        return q.error();
    while (q.value().next()) {
        PendingProposal p;
        p.id = q.value().value(0).toLongLong();
        p.kind = q.value().value(1).toString();
        p.safeTxHash = hexOrEmpty(q.value().value(2));
        p.safeNonce = q.value().value(3).toString();
        p.summary = q.value().value(4).toString();
        p.createdAt = utc(q.value().value(5));
        p.createdBy = q.value().value(6).toString();
        s.proposals.append(p);
    }

    q = db::exec(db, QStringLiteral("SELECT id FROM vd.key_rotations WHERE chain_id = ? AND contract = ? "
                                    "AND status = 'in_progress'"),
                 {chainId, contract});
    if (!q)
        return q.error();
    if (q.value().next()) {
        auto r = loadRotation(q.value().value(0).toLongLong());
        if (!r)
            return r.error();
        s.openRotation = r.value();
    }
    s.ok = true;
    return s;
}

vd::Result<RotationRecord> AdminDbWorker::loadRotation(qint64 rotationId)
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    auto q = db::exec(db, QStringLiteral("SELECT id, old_minter, new_minter, new_keystore, with_pause, status, "
                                         "steps::text, created_at, created_by FROM vd.key_rotations WHERE id = ?"),
                      {rotationId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return vd::Error{QStringLiteral("admin.no_rotation"), tr("Key rotation %1 does not exist.").arg(rotationId)};
    RotationRecord r;
    r.id = q.value().value(0).toLongLong();
    r.oldMinter = address(q.value().value(1).toByteArray());
    r.newMinter = address(q.value().value(2).toByteArray());
    r.newKeystore = q.value().value(3).toString();
    r.withPause = q.value().value(4).toBool();
    r.status = q.value().value(5).toString();
    const QJsonObject steps = QJsonDocument::fromJson(q.value().value(6).toString().toUtf8()).object();
    // In runbook order (jsonb keeps no order of its own).
    for (const QString &step : rotationSteps(r.withPause))
        if (steps.contains(step))
            r.steps.append({step, steps.value(step).toObject().value(QLatin1String("ref")).toString()});
    r.createdAt = utc(q.value().value(7));
    r.createdBy = q.value().value(8).toString();
    return r;
}

void AdminDbWorker::subscribe(QSqlDatabase &db)
{
    // The listener's NOTIFY vd_chain after each batch: pauses, role and freeze changes, executed Safe proposals
    // reach every admin workstation's pages without anyone pressing Refresh. On a new session (first read, or
    // after the connection was lost) subscribe again.
    QSqlDriver *driver = db.driver();
    if (driver->subscribedToNotifications().contains(QStringLiteral("vd_chain")))
        return;
    if (!m_coalesce) {
        m_coalesce = new QTimer(this);
        m_coalesce->setSingleShot(true);
        connect(m_coalesce, &QTimer::timeout, this, [this] {
            m_lastChange.start();
            emit chainChanged();
        });
    }
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    if (!driver->subscribeToNotification(QStringLiteral("vd_chain")))
        return;
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                if (o.value(QStringLiteral("new_logs")).toInt() <= 0 && o.value(QStringLiteral("removed_logs")).toInt() <= 0)
                    return;
                if (m_coalesce->isActive())
                    return;
                // Half a second after the first batch, then at most every 5 s: a busy token (a batch every block)
                // must not turn into a role enumeration per block.
                const qint64 sinceLast = m_lastChange.isValid() ? m_lastChange.elapsed() : kMinGapMs;
                m_coalesce->start(int(std::max<qint64>(500, kMinGapMs - sinceLast)));
            });
}

void AdminDbWorker::read(quint64 id)
{
    auto s = load();
    if (!s) {
        DbState failed;
        failed.error = s.error();
        emit stateRead(id, failed);
        return;
    }
    emit stateRead(id, s.value());
}

void AdminDbWorker::recordSigned(quint64 id, const SignedRecord &r)
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn) {
        emit recorded(id, conn.error());
        return;
    }
    QSqlDatabase db = conn.value();
    const bool accountAction = r.action.kind != ActionKind::Pause && r.action.kind != ActionKind::Unpause;
    const bool roleAction = r.action.kind == ActionKind::GrantRole || r.action.kind == ActionKind::RevokeRole;
    const QJsonObject before{{QStringLiteral("paused"), r.pausedBefore}};
    const QJsonObject after{{QStringLiteral("paused"), r.pausedAfter}};
    auto q = db::exec(db,
                      QStringLiteral("SELECT vd.admin_record_action(?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)"),
                      {kindName(r.action.kind), m_settings.chainId, m_contract,
                       nullIfEmpty(accountAction ? r.action.account.toBytes() : QByteArray()),
                       nullIfEmpty(roleAction ? bytes(r.action.role) : QByteArray()), bytes(r.txHash),
                       r.signer.toBytes(), r.action.reason.trimmed(),
                       QString::fromUtf8(QJsonDocument(before).toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
                       m_settings.workstation});
    if (!q) {
        emit recorded(id, q.error());
        return;
    }
    q.value().next();
    emit recorded(id, vd::Result<qint64>(q.value().value(0).toLongLong()));
}

void AdminDbWorker::recordProposal(quint64 id, const Action &action, const signing::SafeProposal &p,
                                   const QString &summary)
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn) {
        emit recorded(id, conn.error());
        return;
    }
    QSqlDatabase db = conn.value();
    const bool accountAction = action.kind != ActionKind::Pause && action.kind != ActionKind::Unpause;
    const bool roleAction = action.kind == ActionKind::GrantRole || action.kind == ActionKind::RevokeRole;
    auto q = db::exec(db,
                      QStringLiteral("SELECT vd.admin_record_proposal(?, ?, ?, ?, ?::numeric, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {kindName(action.kind), p.chainId, m_contract, p.safe.toBytes(), QString::number(p.safeNonce),
                       bytes(p.safeTxHash), p.target.toBytes(), p.calldata, summary,
                       nullIfEmpty(accountAction ? action.account.toBytes() : QByteArray()),
                       nullIfEmpty(roleAction ? bytes(action.role) : QByteArray()), action.reason.trimmed(),
                       m_settings.workstation});
    if (!q) {
        emit recorded(id, q.error());
        return;
    }
    q.value().next();
    emit recorded(id, vd::Result<qint64>(q.value().value(0).toLongLong()));
}

void AdminDbWorker::startRotation(quint64 id, const QString &oldMinter, const QString &newMinter,
                                  const QString &keystore, bool withPause)
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn) {
        emit rotationChanged(id, conn.error());
        return;
    }
    QSqlDatabase db = conn.value();
    auto q = db::exec(db, QStringLiteral("SELECT vd.rotation_start(?, ?, ?, ?, ?, ?, ?)"),
                      {m_settings.chainId, m_contract, chain::Address::fromString(oldMinter).valueOr({}).toBytes(),
                       chain::Address::fromString(newMinter).valueOr({}).toBytes(), keystore, withPause,
                       m_settings.workstation});
    if (!q) {
        emit rotationChanged(id, q.error());
        return;
    }
    q.value().next();
    emit rotationChanged(id, loadRotation(q.value().value(0).toLongLong()));
}

void AdminDbWorker::rotationStep(quint64 id, qint64 rotationId, const QString &step, const QString &ref)
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn) {
        emit rotationChanged(id, conn.error());
        return;
    }
    QSqlDatabase db = conn.value();
    auto q = db::exec(db, QStringLiteral("SELECT vd.rotation_step(?, ?, ?, ?)"),
                      {rotationId, step, ref, m_settings.workstation});
    if (!q) {
        emit rotationChanged(id, q.error());
        return;
    }
    emit rotationChanged(id, loadRotation(rotationId));
}

void AdminDbWorker::finishRotation(quint64 id, qint64 rotationId, bool abandoned)
{
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn) {
        emit rotationChanged(id, conn.error());
        return;
    }
    QSqlDatabase db = conn.value();
    auto q = db::exec(db, QStringLiteral("SELECT vd.rotation_finish(?, ?, ?)"),
                      {rotationId, abandoned ? QStringLiteral("abandoned") : QStringLiteral("done"),
                       m_settings.workstation});
    if (!q) {
        emit rotationChanged(id, q.error());
        return;
    }
    emit rotationChanged(id, loadRotation(rotationId));
}

} // namespace vd::admin
