#include "DeskWorker.h"

#include "chain/U256.h"
#include "db/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlRecord>
#include <QTimer>

namespace vd::orders {

namespace {
const QString kPurpose = QStringLiteral("desk");
const QString kChannel = QStringLiteral("vd_orders");

using db::utc;
} // namespace

DeskWorker::DeskWorker(DeskSettings settings) : m_settings(std::move(settings))
{
    m_settings.database.applicationName = QStringLiteral("voucherdesk-desk");
    m_settings.database.connectTimeoutSeconds = 2;
}

void DeskWorker::start()
{
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_settings.heartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &DeskWorker::heartbeat);
    m_heartbeat->start();
    ensureConnected();
}

void DeskWorker::stop()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    db::closeConnection(kPurpose);
}

void DeskWorker::setOnline(bool online, const QString &detail)
{
    if (m_known && online == m_online && detail == m_lastDetail)
        return;
    m_known = true;
    m_online = online;
    m_lastDetail = detail;
    emit onlineChanged(online, detail);
}

bool DeskWorker::ensureConnected()
{
    const QString name = db::connectionName(kPurpose);
    const bool wasOpen = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
    auto db = db::connection(m_settings.database, kPurpose);
    if (!db) {
        setOnline(false, db.error().message);
        return false;
    }
    QSqlDriver *driver = db.value().driver();
    if (!wasOpen || !driver->subscribedToNotifications().contains(kChannel)) {
        // A new session: (re)subscribe. Notifications arrive on this thread's event loop.
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        driver->subscribeToNotification(kChannel);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (channel != kChannel)
                        return;
                    const QJsonObject o = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
                    const QByteArray hash = QByteArray::fromHex(o.value(QLatin1String("hash")).toString().toLatin1());
                    if (hash.size() == 32)
                        emit orderChanged(hash, o.value(QLatin1String("status")).toString());
                });
    }
    setOnline(true, tr("Connected to %1").arg(m_settings.database.database));
    return true;
}

void DeskWorker::heartbeat()
{
    // A short probe: the connection dropping (server restart, network) shows within two heartbeats.
    const QString name = db::connectionName(kPurpose);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT 1"))) {
                setOnline(true, m_lastDetail);
                return;
            }
            setOnline(false, db::toError(q.lastError()).message);
            db.close();
        }
    }
    ensureConnected();
}

Verdict DeskWorker::offline() const
{
    Verdict v;
    v.kind = VerdictKind::DatabaseOffline;
    v.message = m_lastDetail;
    return v;
}

QString DeskWorker::formatAmount(const QVariant &baseUnits) const
{
    if (baseUnits.isNull())
        return {};
    const auto n = chain::U256::fromDecimal(baseUnits.toString());
    return n ? n->toDecimal(m_settings.decimals) : baseUnits.toString();
}

void DeskWorker::lookup(quint64 requestId, const scan::OrderCode &code, scan::ScanSource source)
{
    if (!ensureConnected()) {
        emit verdictReady(requestId, offline());
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(db::connectionName(kPurpose), false);
    static const QHash<scan::ScanSource, QString> sources = {
        {scan::ScanSource::Camera, QStringLiteral("camera")}, {scan::ScanSource::Wedge, QStringLiteral("scanner")},
        {scan::ScanSource::Paste, QStringLiteral("image")},   {scan::ScanSource::ImageFile, QStringLiteral("image")},
        {scan::ScanSource::Typed, QStringLiteral("typed")}};
    auto q = db::exec(db,
                      QStringLiteral("SELECT order_id, status, amount::text, item, customer_name, expires_at, "
                                     "confirmations, redeem_amount::text, delivered_at, delivered_by, delivered_desk, "
                                     "delivery_note, cancel_reason, redeem_tx, redeem_block FROM vd.lookup_order(?, ?, ?)"),
                      {code.hash, m_settings.deskName, sources.value(source, QStringLiteral("typed"))});
    if (!q) {
        if (q.error().code == QLatin1String("db.offline")) {
            setOnline(false, q.error().message);
            emit verdictReady(requestId, offline());
            return;
        }
        Verdict v;
        v.kind = VerdictKind::Error;
        v.orderHash = code.hash;
        v.message = q.error().message;
        emit verdictReady(requestId, v);
        return;
    }
    Verdict v;
    v.orderHash = code.hash;
    if (!q.value().next()) {
        v.kind = VerdictKind::UnknownCode;
        emit verdictReady(requestId, v);
        return;
    }
    QVariantList row;
    for (int i = 0; i < q.value().record().count(); ++i)
        row << q.value().value(i);
    v = fromRow(row);
    v.orderHash = code.hash;
    emit verdictReady(requestId, v);
}

Verdict DeskWorker::fromRow(const QVariantList &r) const
{
    Verdict v;
    v.orderId = r.value(0).toLongLong();
    const QString status = r.value(1).toString();
    v.amount = formatAmount(r.value(2));
    v.item = r.value(3).toString();
    v.customerName = r.value(4).toString();
    v.expiresAt = utc(r.value(5));
    v.confirmations = r.value(6).toInt();
    v.requiredConfirmations = m_settings.requiredConfirmations;
    v.redeemedAmount = formatAmount(r.value(7));
    v.deliveredAt = utc(r.value(8));
    v.deliveredBy = r.value(9).toString();
    v.deliveredDesk = r.value(10).toString();
    v.deliveryNote = r.value(11).toString();
    v.cancelReason = r.value(12).toString();
    // The redemption the listener recorded: the on-chain re-check asks for exactly this transaction.
    v.redeemTx = r.value(13).toByteArray();
    v.redeemBlock = r.value(14).isNull() ? -1 : r.value(14).toLongLong();
    v.kind = verdictKindForStatus(status);
    if (v.kind == VerdictKind::Error)
        v.message = tr("Unknown order status %1").arg(status);
    return v;
}

void DeskWorker::deliver(quint64 requestId, const QByteArray &orderHash, const QUuid &key, const QString &note,
                         const QString &chainRecheck)
{
    if (!ensureConnected()) {
        emit deliveryDone(requestId, offline());
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(db::connectionName(kPurpose), false);
    auto q = db::exec(db,
                      QStringLiteral("SELECT outcome, status, delivered_at, delivered_by, delivered_desk, delivery_note "
                                     "FROM vd.deliver_order(?, ?::uuid, ?, ?, ?)"),
                      {orderHash, key.toString(QUuid::WithoutBraces), m_settings.deskName, note, chainRecheck});
    Verdict v;
    v.orderHash = orderHash;
    v.chainRecheck = chainRecheck;
    if (!q) {
        // A lost connection during the call: the transaction either committed or not. The idempotency key makes a
        // retry of this same scan safe, so report offline and let the clerk press Deliver again when back.
        if (q.error().code == QLatin1String("db.offline")) {
            setOnline(false, q.error().message);
            v = offline();
        } else {
            v.kind = VerdictKind::Error;
            v.message = q.error().message;
        }
        emit deliveryDone(requestId, v);
        return;
    }
    if (!q.value().next()) {
        v.kind = VerdictKind::Error;
        v.message = tr("The database gave no answer to the delivery.");
        emit deliveryDone(requestId, v);
        return;
    }
    const QString outcome = q.value().value(0).toString();
    v.deliveredAt = utc(q.value().value(2));
    v.deliveredBy = q.value().value(3).toString();
    v.deliveredDesk = q.value().value(4).toString();
    v.deliveryNote = q.value().value(5).toString();
    if (outcome == QLatin1String("delivered")) {
        v.kind = VerdictKind::Delivered;
    } else if (outcome == QLatin1String("already_delivered")) {
        v.kind = VerdictKind::AlreadyDelivered;
    } else if (outcome == QLatin1String("unknown")) {
        v.kind = VerdictKind::UnknownCode;
    } else {
        // Not VALID (any more): re-read the order so the screen says exactly why.
        QVariant status = q.value().value(1);
        auto re = db::exec(db,
                           QStringLiteral("SELECT id, status, amount::text, item, customer_name, expires_at, "
                                          "confirmations, redeem_amount::text, delivered_at, delivered_by, "
                                          "delivered_desk, delivery_note, cancel_reason FROM vd.orders WHERE order_hash = ?"),
                           {orderHash});
        if (re && re.value().next()) {
            QVariantList row;
            for (int i = 0; i < re.value().record().count(); ++i)
                row << re.value().value(i);
            v = fromRow(row);
            v.orderHash = orderHash;
        } else {
            v.kind = VerdictKind::Error;
            v.message = tr("The order is %1 and cannot be delivered.").arg(status.toString());
        }
    }
    emit deliveryDone(requestId, v);
    if (v.kind == VerdictKind::Delivered)
        stats();
}

void DeskWorker::search(quint64 requestId, const QString &text, int limit)
{
    QList<SearchHit> hits;
    if (!ensureConnected()) {
        emit searchDone(requestId, hits);
        return;
    }
    QString needle = text.trimmed();
    if (needle.isEmpty()) {
        emit searchDone(requestId, hits);
        return;
    }
    QString hex = needle.toLower();
    if (hex.startsWith(QLatin1String("0x")))
        hex = hex.mid(2);
    else if (hex.startsWith(QLatin1String("vd1-")))
        hex = hex.mid(4);
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-f]{4,64}$"));
    const bool byHash = hexOnly.match(hex).hasMatch();
    // LIKE patterns: escape the wildcards a person may type.
    QString like = needle;
    like.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    QSqlDatabase db = QSqlDatabase::database(db::connectionName(kPurpose), false);
    auto q = db::exec(db,
                      QStringLiteral("SELECT order_hash, status, item, coalesce(customer_name, ''), "
                                     "coalesce(customer_phone, ''), created_at FROM vd.orders "
                                     "WHERE (? AND encode(order_hash, 'hex') LIKE ? || '%') "
                                     "   OR lower(customer_name) LIKE '%' || lower(?) || '%' "
                                     "   OR customer_phone LIKE '%' || ? || '%' "
                                     "ORDER BY created_at DESC LIMIT ?"),
                      {byHash, hex, like, like, qBound(1, limit, 200)});
    if (q) {
        while (q.value().next()) {
            SearchHit h;
            h.orderHash = q.value().value(0).toByteArray();
            h.status = q.value().value(1).toString();
            h.item = q.value().value(2).toString();
            h.customerName = q.value().value(3).toString();
            h.customerPhone = q.value().value(4).toString();
            h.createdAt = utc(q.value().value(5));
            hits << h;
        }
    }
    emit searchDone(requestId, hits);
}

void DeskWorker::stats()
{
    if (!ensureConnected())
        return;
    QSqlDatabase db = QSqlDatabase::database(db::connectionName(kPurpose), false);
    auto q = db::exec(db,
                      QStringLiteral("SELECT count(*) FILTER (WHERE desk = ?), count(*) FROM vd.deliveries "
                                     "WHERE delivered_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'"),
                      {m_settings.deskName});
    if (q && q.value().next())
        emit statsReady(q.value().value(0).toInt(), q.value().value(1).toInt());
}

} // namespace vd::orders
