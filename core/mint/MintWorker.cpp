#include "mint/MintWorker.h"

#include "chain/Hex.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

namespace vd::mint {

namespace {
const QString kPurpose = QStringLiteral("mint");
const QString kDeposits = QStringLiteral("vd_deposits");
const QString kChain = QStringLiteral("vd_chain");

using db::utc;

chain::U256 u256(const QVariant &v)
{
    const auto r = chain::U256::fromDecimal(v.toString());
    return r.ok() ? r.value() : chain::U256();
}

chain::Address address(const QVariant &v)
{
    const auto r = chain::Address::fromBytes(v.toByteArray());
    return r.ok() ? r.value() : chain::Address();
}

// app_settings values are jsonb: "\"123\"", "123", "true".
QString jsonText(const QVariant &v)
{
    QString s = v.toString().trimmed();
    if (s.startsWith(u'"') && s.endsWith(u'"') && s.size() >= 2)
        s = s.mid(1, s.size() - 2);
    return s;
}
} // namespace

vd::Error mintError(const vd::Error &dbError)
{
    static const QRegularExpression re(QStringLiteral("\\b(mint\\.[a-z_]+):"));
    const auto m = re.match(dbError.message);
    if (!m.hasMatch())
        return dbError;
    const QString code = m.captured(1);
    const QString sentence = describe(code);
    return {code, sentence.isEmpty() ? dbError.message : sentence};
}

MintWorker::MintWorker(db::DbConfig database, QString workstation)
    : m_database(std::move(database)), m_workstation(std::move(workstation))
{
    m_database.applicationName = QStringLiteral("voucherdesk-mint");
}

void MintWorker::stop()
{
    db::closeConnection(kPurpose);
}

vd::Result<QSqlDatabase> MintWorker::open()
{
    const QString name = db::connectionName(kPurpose);
    const bool wasOpen = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
    auto db = db::connection(m_database, kPurpose);
    if (!db)
        return db.error();
    QSqlDriver *driver = db.value().driver();
    if (!wasOpen || !m_subscribed) {
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        driver->subscribeToNotification(kDeposits);
        driver->subscribeToNotification(kChain);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (channel == kChain) {
                        emit notified(-1);
                        return;
                    }
                    if (channel != kDeposits)
                        return;
                    // 006's functions say which deposit ({"id":..}); 004's statement trigger only says "update".
                    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                    emit notified(o.value(QLatin1String("id")).toInteger(0));
                });
        m_subscribed = true;
    }
    return db;
}

void MintWorker::load(quint64 requestId, qint64 depositId)
{
    auto db = open();
    if (!db) {
        emit loaded(requestId, db.error());
        return;
    }
    auto q = db::exec(db.value(),
                      QStringLiteral("SELECT d.id, d.reference, d.customer_name, d.wallet, d.token_amount::text, "
                                     "d.fiat_amount::text || ' ' || d.fiat_currency, d.status, d.failure_reason, "
                                     "d.minted_at, "
                                     "(SELECT value::text FROM vd.app_settings WHERE key = 'minting_paused'), "
                                     "(SELECT value::text FROM vd.app_settings WHERE key = 'safe_threshold'), "
                                     "pg_has_role(session_user, 'vd_admin', 'MEMBER'), "
                                     "(SELECT value::text FROM vd.app_settings WHERE key = 'minter_low_gas_wei') "
                                     "FROM vd.deposits d WHERE d.id = ?"),
                      {depositId});
    if (!q) {
        emit loaded(requestId, q.error());
        return;
    }
    QSqlQuery &r = q.value();
    if (!r.next()) {
        emit loaded(requestId,
                    vd::Error{QStringLiteral("mint.no_deposit"), describe(QStringLiteral("mint.no_deposit"))});
        return;
    }
    MintDeposit d;
    d.id = r.value(0).toLongLong();
    d.reference = r.value(1).toString();
    d.customerName = r.value(2).toString();
    d.wallet = address(r.value(3));
    d.amount = u256(r.value(4));
    d.fiatAmount = r.value(5).toString();
    d.status = r.value(6).toString();
    d.failureReason = r.value(7).toString();
    d.mintedAt = utc(r.value(8));
    d.mintingPaused = jsonText(r.value(9)) == QLatin1String("true");
    d.safeThreshold = u256(jsonText(r.value(10)));
    d.isAdmin = r.value(11).toBool();
    d.lowGasWei = u256(jsonText(r.value(12)));

    auto a = db::exec(db.value(),
                      QStringLiteral("SELECT id, path, status, chain_id, tx_hash, sender, nonce::text, block_number, "
                                     "error, created_at FROM vd.mint_transactions WHERE deposit_id = ? "
                                     "ORDER BY id DESC"),
                      {depositId});
    if (!a) {
        emit loaded(requestId, a.error());
        return;
    }
    while (a.value().next()) {
        const QSqlQuery &row = a.value();
        MintAttempt m;
        m.id = row.value(0).toLongLong();
        m.path = row.value(1).toString();
        m.status = row.value(2).toString();
        m.chainId = row.value(3).toLongLong();
        m.txHash = row.value(4).toByteArray();
        m.sender = row.value(5).toByteArray();
        m.hasNonce = !row.value(6).isNull();
        m.nonce = row.value(6).toString().toULongLong();
        m.block = row.value(7).isNull() ? -1 : row.value(7).toLongLong();
        m.error = row.value(8).toString();
        m.createdAt = utc(row.value(9));
        d.attempts.append(m);
    }

    auto p = db::exec(db.value(),
                      QStringLiteral("SELECT id, status, safe_address, safe_nonce::text, safe_tx_hash, execution_tx, "
                                     "execution_block, created_at, created_by FROM vd.safe_proposals "
                                     "WHERE deposit_id = ? AND kind = 'mint' "
                                     "ORDER BY (status IN ('pending', 'executed')) DESC, id DESC LIMIT 1"),
                      {depositId});
    if (!p) {
        emit loaded(requestId, p.error());
        return;
    }
    if (p.value().next()) {
        const QSqlQuery &row = p.value();
        MintProposal mp;
        mp.id = row.value(0).toLongLong();
        mp.status = row.value(1).toString();
        mp.safe = address(row.value(2));
        mp.safeNonce = row.value(3).toString().toULongLong();
        const QByteArray h = row.value(4).toByteArray();
        if (h.size() == 32)
            std::copy(h.cbegin(), h.cend(), mp.safeTxHash.begin());
        mp.executionTx = row.value(5).toByteArray();
        mp.executionBlock = row.value(6).isNull() ? -1 : row.value(6).toLongLong();
        mp.createdAt = utc(row.value(7));
        mp.createdBy = row.value(8).toString();
        d.proposal = mp;
    }
    emit loaded(requestId, d);
}

vd::Result<qint64> MintWorker::callFunction(const QString &sql, const QVariantList &binds)
{
    auto db = open();
    if (!db)
        return db.error();
    auto q = db::exec(db.value(), sql, binds);
    if (!q)
        return mintError(q.error());
    if (!q.value().next())
        return vd::Error{QStringLiteral("db.error"), tr("The database gave no answer.")};
    return q.value().value(0).toLongLong();
}

void MintWorker::beginDirect(quint64 requestId, qint64 depositId, qint64 chainId, const QByteArray &sender,
                             quint64 nonce)
{
    emit written(requestId, callFunction(QStringLiteral("SELECT vd.begin_direct_mint(?, ?, ?, ?::numeric, ?)"),
                                         {depositId, chainId, sender, QString::number(nonce), m_workstation}));
}

void MintWorker::recordSent(quint64 requestId, qint64 mintTx, const QByteArray &hash)
{
    emit written(requestId,
                 callFunction(QStringLiteral("SELECT vd.record_mint_sent(?, ?, ?)"), {mintTx, hash, m_workstation}));
}

void MintWorker::recordResult(quint64 requestId, qint64 mintTx, const QString &outcome, qint64 block,
                              const QString &error, const QByteArray &hash)
{
    // The function answers the deposit's new status; the caller only needs success, so answer the attempt's id.
    auto r =
        callFunction(QStringLiteral("SELECT 1 FROM vd.record_mint_result(?, ?, ?, ?, ?, ?)"),
                     {mintTx, outcome, block >= 0 ? QVariant(block) : QVariant(QMetaType::fromType<qlonglong>()),
                      error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(error),
                      hash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(hash), m_workstation});
    emit written(requestId, r.ok() ? vd::Result<qint64>(mintTx) : r);
}

void MintWorker::recordProposal(quint64 requestId, qint64 depositId, qint64 chainId, const QByteArray &safe,
                                quint64 safeNonce, const QByteArray &safeTxHash, const QByteArray &target,
                                const QByteArray &calldata, const QString &summary)
{
    emit written(requestId,
                 callFunction(QStringLiteral("SELECT vd.record_safe_proposal(?, ?, ?, ?::numeric, ?, ?, ?, ?, ?)"),
                              {depositId, chainId, safe, QString::number(safeNonce), safeTxHash, target, calldata,
                               summary, m_workstation}));
}

void MintWorker::recordSafeMint(quint64 requestId, qint64 depositId, const QByteArray &safeTxHash,
                                const QByteArray &executionTx, qint64 block)
{
    emit written(requestId, callFunction(QStringLiteral("SELECT vd.record_safe_mint(?, ?, ?, ?, ?)"),
                                         {depositId, safeTxHash, executionTx, block, m_workstation}));
}

void MintWorker::unclaimedChainMints(quint64 requestId, qint64 depositId)
{
    auto db = open();
    if (!db) {
        emit chainMints(requestId, db.error());
        return;
    }
    auto q = db::exec(db.value(),
                      QStringLiteral("SELECT DISTINCT t.tx_hash FROM vd.chain_transfers t "
                                     "JOIN vd.deposits d ON d.id = ? "
                                     "WHERE t.kind = 'mint' AND t.account = d.wallet AND t.amount = d.token_amount "
                                     "AND NOT EXISTS (SELECT 1 FROM vd.mint_transactions m "
                                     "                WHERE m.tx_hash = t.tx_hash AND m.deposit_id <> d.id "
                                     "                  AND m.status = 'confirmed')"),
                      {depositId});
    if (!q) {
        emit chainMints(requestId, q.error());
        return;
    }
    QList<QByteArray> hashes;
    while (q.value().next())
        hashes.append(q.value().value(0).toByteArray());
    emit chainMints(requestId, hashes);
}

} // namespace vd::mint
