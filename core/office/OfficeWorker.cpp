#include "office/OfficeWorker.h"

#include "chain/Address.h"
#include "chain/U256.h"
#include "db/Database.h"
#include "office/CsvWriter.h"
#include "office/OrderImport.h"
#include "scan/PayloadParser.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>
#include <algorithm>

namespace vd::office {

namespace {
const QString kPurpose = QStringLiteral("office");
constexpr qint64 kMaxImportBytes = 20LL * 1024 * 1024;

const char *const kOrderColumns =
    "o.id, o.order_hash, o.status, o.amount::text, o.item, coalesce(o.customer_name, ''), "
    "coalesce(o.customer_phone, ''), o.created_at, o.created_by, o.source, o.expires_at, o.delivered_at, "
    "coalesce(o.delivered_by, ''), coalesce(o.delivered_desk, ''), o.confirmations";

using db::utc;

QDateTime dayStart(const QDate &d)
{
    return QDateTime(d, QTime(0, 0), QTimeZone::utc());
}

QString likeEscaped(QString s)
{
    s.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return s;
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString json(const QVariant &v)
{
    if (v.isNull())
        return {};
    // The driver hands jsonb over as text; re-emit compactly for one-line cells.
    const QByteArray text = v.toString().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    return doc.isNull() ? QString::fromUtf8(text) : QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QString hex0x(const QByteArray &b)
{
    return b.isEmpty() ? QString() : QStringLiteral("0x") + QString::fromLatin1(b.toHex());
}

QString address(const QByteArray &b)
{
    if (b.size() != 20)
        return hex0x(b);
    const auto a = chain::Address::fromBytes(b);
    return a.ok() ? a.value().toChecksummed() : hex0x(b);
}
} // namespace

OfficeWorker::OfficeWorker(OfficeSettings settings) : m_settings(std::move(settings))
{
    m_settings.database.applicationName = QStringLiteral("voucherdesk-office");
}

void OfficeWorker::stop()
{
    db::closeConnection(kPurpose);
}

std::optional<QSqlDatabase> OfficeWorker::open(quint64 id)
{
    auto db = db::connection(m_settings.database, kPurpose);
    if (!db) {
        emit failed(id, db.error().code, db.error().message);
        return std::nullopt;
    }
    return db.value();
}

QString OfficeWorker::tokens(const QVariant &baseUnits) const
{
    if (baseUnits.isNull())
        return {};
    return formatTokens(baseUnits.toString(), m_settings.decimals);
}

OrderRow OfficeWorker::orderFromQuery(const QSqlQuery &q) const
{
    OrderRow r;
    r.id = q.value(0).toLongLong();
    r.hash = q.value(1).toByteArray();
    r.status = q.value(2).toString();
    r.amount = tokens(q.value(3));
    r.item = q.value(4).toString();
    r.customerName = q.value(5).toString();
    r.customerPhone = q.value(6).toString();
    r.createdAt = utc(q.value(7));
    r.createdBy = q.value(8).toString();
    r.source = q.value(9).toString();
    r.expiresAt = utc(q.value(10));
    r.deliveredAt = utc(q.value(11));
    r.deliveredBy = q.value(12).toString();
    r.deliveredDesk = q.value(13).toString();
    r.confirmations = q.value(14).toInt();
    return r;
}

bool OfficeWorker::orderWhere(quint64 id, const OrderFilter &f, QString *sql, QVariantList *binds)
{
    QStringList where;
    QString hash = f.hash.trimmed().toLower();
    if (!hash.isEmpty()) {
        if (hash.startsWith(QLatin1String("vd1-")))
            hash = hash.mid(4);
        else if (hash.startsWith(QLatin1String("0x")))
            hash = hash.mid(2);
        static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-f]{1,64}$"));
        if (!hexOnly.match(hash).hasMatch()) {
            emit failed(id, QStringLiteral("office.bad_hash"),
                        tr("\"%1\" is not the start of an order code (VD1-, 0x or hexadecimal digits).").arg(f.hash));
            return false;
        }
        where << QStringLiteral("encode(o.order_hash, 'hex') LIKE ?");
        *binds << QString(hash + u'%');
    }
    if (!f.customer.trimmed().isEmpty()) {
        where << QStringLiteral("lower(o.customer_name) LIKE ?");
        *binds << QString(u'%' + likeEscaped(f.customer.trimmed().toLower()) + u'%');
    }
    if (!f.phone.trimmed().isEmpty()) {
        where << QStringLiteral("o.customer_phone LIKE ?");
        *binds << QString(u'%' + likeEscaped(f.phone.trimmed()) + u'%');
    }
    if (!f.status.isEmpty()) {
        where << QStringLiteral("o.status = ?");
        *binds << f.status;
    }
    if (f.createdFrom.isValid()) {
        where << QStringLiteral("o.created_at >= ?");
        *binds << dayStart(f.createdFrom);
    }
    if (f.createdTo.isValid()) {
        where << QStringLiteral("o.created_at < ?");
        *binds << dayStart(f.createdTo.addDays(1));
    }
    static const QStringList sortSql = {QStringLiteral("o.order_hash"),
                                        QStringLiteral("o.status"),
                                        QStringLiteral("o.amount"),
                                        QStringLiteral("lower(o.item)"),
                                        QStringLiteral("lower(o.customer_name)"),
                                        QStringLiteral("o.customer_phone"),
                                        QStringLiteral("o.created_at"),
                                        QStringLiteral("o.expires_at"),
                                        QStringLiteral("o.delivered_at")};
    const QString dir = f.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    *sql = (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
           QStringLiteral(" ORDER BY %1 %2 NULLS LAST, o.id %2")
               .arg(sortSql.value(static_cast<int>(f.sortColumn), QStringLiteral("o.created_at")), dir);
    return true;
}

void OfficeWorker::searchOrders(quint64 id, const OrderFilter &filter, int offset, int limit)
{
    auto db = open(id);
    if (!db)
        return;
    QString tail;
    QVariantList binds;
    if (!orderWhere(id, filter, &tail, &binds))
        return;
    binds << qBound(1, limit, 5000) << std::max(0, offset);
    auto q = db::exec(*db,
                      QStringLiteral("SELECT %1, count(*) OVER () FROM vd.orders o").arg(QLatin1String(kOrderColumns)) +
                          tail + QStringLiteral(" LIMIT ? OFFSET ?"),
                      binds);
    if (!q) {
        emit failed(id, q.error().code, q.error().message);
        return;
    }
    QList<OrderRow> rows;
    int total = offset;
    while (q.value().next()) {
        rows << orderFromQuery(q.value());
        total = q.value().value(15).toInt();
    }
    emit ordersFound(id, rows, offset, total);
}

void OfficeWorker::orderDetail(quint64 id, qint64 orderId)
{
    auto db = open(id);
    if (!db)
        return;
    auto q = db::exec(*db,
                      QStringLiteral("SELECT %1, o.redeem_tx, o.redeem_block, o.redeem_amount::text, o.redeemer, "
                                     "o.valid_at, coalesce(o.cancel_reason, ''), coalesce(o.delivery_note, '') "
                                     "FROM vd.orders o WHERE o.id = ?")
                          .arg(QLatin1String(kOrderColumns)),
                      {orderId});
    if (!q) {
        emit failed(id, q.error().code, q.error().message);
        return;
    }
    if (!q.value().next()) {
        emit failed(id, QStringLiteral("office.no_order"), tr("Order %1 does not exist.").arg(orderId));
        return;
    }
    OrderDetail d;
    d.order = orderFromQuery(q.value());
    d.redeemTx = q.value().value(15).toByteArray();
    d.redeemBlock = q.value().value(16).isNull() ? -1 : q.value().value(16).toLongLong();
    d.redeemAmount = tokens(q.value().value(17));
    d.redeemer = address(q.value().value(18).toByteArray());
    const QDateTime validAt = utc(q.value().value(19));
    d.cancelReason = q.value().value(20).toString();
    d.deliveryNote = q.value().value(21).toString();
    const OrderRow &o = d.order;

    auto add = [&d](const QDateTime &at, const QString &kind, const QString &title, const QString &detail) {
        d.timeline << TimelineEvent{at, kind, title, detail};
    };
    static const QHash<QString, QString> sources = {{QStringLiteral("backoffice"), tr("back office")},
                                                    {QStringLiteral("shop"), tr("web shop")},
                                                    {QStringLiteral("import"), tr("CSV import")},
                                                    {QStringLiteral("sample"), tr("sample data")}};
    add(o.createdAt, QStringLiteral("created"),
        tr("Created by %1 (%2)").arg(o.createdBy, sources.value(o.source, o.source)),
        tr("%1 — %2 tokens%3")
            .arg(o.item, o.amount, o.customerName.isEmpty() ? QString() : tr(", for %1").arg(o.customerName)));

    auto redemptions =
        db::exec(*db,
                 QStringLiteral("SELECT cr.tx_hash, cr.block_number, cr.amount::text, cr.customer, cl.block_time "
                                "FROM vd.chain_redemptions cr JOIN vd.chain_logs cl ON cl.id = cr.log_id "
                                "WHERE cr.order_hash = ? ORDER BY cr.block_number, cl.log_index"),
                 {o.hash});
    if (redemptions) {
        while (redemptions.value().next()) {
            const QSqlQuery &r = redemptions.value();
            const QByteArray tx = r.value(0).toByteArray();
            const qint64 block = r.value(1).toLongLong();
            const bool counts = tx == d.redeemTx && block == d.redeemBlock;
            const QString from = address(r.value(3).toByteArray());
            add(utc(r.value(4)), QStringLiteral("redeemed"), tr("Redeemed on chain: %1 tokens").arg(tokens(r.value(2))),
                counts ? tr("Block %2, %3 confirmations; from %4, transaction %1")
                             .arg(hex0x(tx))
                             .arg(block)
                             .arg(o.confirmations)
                             .arg(from)
                       : tr("Block %2 (not the redemption that counts); from %3, transaction %1")
                             .arg(hex0x(tx))
                             .arg(block)
                             .arg(from));
        }
    }
    if (!d.redeemTx.isEmpty() && std::none_of(d.timeline.cbegin(), d.timeline.cend(), [](const TimelineEvent &e) {
            return e.kind == QLatin1String("redeemed");
        })) {
        // The listener's log rows are gone (pruned or another database): the order still carries the redemption.
        add(validAt.isValid() ? validAt.addMSecs(-1) : o.createdAt, QStringLiteral("redeemed"),
            tr("Redeemed on chain: %1 tokens").arg(d.redeemAmount),
            tr("Block %2, %3 confirmations; from %4, transaction %1")
                .arg(hex0x(d.redeemTx))
                .arg(d.redeemBlock)
                .arg(o.confirmations)
                .arg(d.redeemer));
    }
    if (validAt.isValid())
        add(validAt, QStringLiteral("valid"), tr("VALID: paid and confirmed on chain"),
            tr("%1 tokens redeemed for %2 due").arg(d.redeemAmount, o.amount));

    auto scans = db::exec(*db,
                          QStringLiteral("SELECT at, operator, desk, source, outcome FROM vd.scan_events "
                                         "WHERE order_hash = ? ORDER BY at LIMIT 500"),
                          {o.hash});
    if (scans) {
        while (scans.value().next()) {
            const QSqlQuery &s = scans.value();
            add(utc(s.value(0)), QStringLiteral("scan"),
                tr("Scanned at desk %1 by %2").arg(s.value(2).toString(), s.value(1).toString()),
                tr("Read by %1; the desk saw %2").arg(s.value(3).toString(), s.value(4).toString()));
        }
    }
    auto delivery = db::exec(*db,
                             QStringLiteral("SELECT delivered_at, operator, desk, coalesce(note, ''), chain_recheck "
                                            "FROM vd.deliveries WHERE order_id = ?"),
                             {o.id});
    if (delivery && delivery.value().next()) {
        const QSqlQuery &r = delivery.value();
        const QString note = r.value(3).toString();
        add(utc(r.value(0)), QStringLiteral("delivered"),
            tr("DELIVERED by %1 at desk %2").arg(r.value(1).toString(), r.value(2).toString()),
            (note.isEmpty() ? tr("No note.") : tr("Note: %1").arg(note)) + u' ' +
                (r.value(4).toString() == QLatin1String("confirmed")
                     ? tr("The desk re-checked the redemption on chain first.")
                     : tr("The desk did not re-check on chain (no answer in time).")));
    }
    auto audit = db::exec(*db,
                          QStringLiteral("SELECT at, actor, workstation, action, details->>'reason' FROM vd.audit_log "
                                         "WHERE entity = 'order' AND entity_id = ? AND action = 'order.cancel' "
                                         "ORDER BY at"),
                          {QString::number(o.id)});
    if (audit) {
        while (audit.value().next()) {
            const QSqlQuery &a = audit.value();
            const QString ws = a.value(2).toString();
            add(utc(a.value(0)), QStringLiteral("cancelled"),
                ws.isEmpty() ? tr("CANCELLED by %1").arg(a.value(1).toString())
                             : tr("CANCELLED by %1 at %2").arg(a.value(1).toString(), ws),
                tr("Reason: %1").arg(a.value(4).toString()));
        }
    }
    if (o.expiresAt.isValid() && o.status != QLatin1String("CANCELLED") && o.status != QLatin1String("DELIVERED"))
        add(o.expiresAt, QStringLiteral("expires"),
            o.expiresAt < QDateTime::currentDateTimeUtc() ? tr("Validity ended") : tr("Valid until"),
            o.status == QLatin1String("EXPIRED") ? tr("The order expired without a redemption in time.") : QString());
    std::stable_sort(d.timeline.begin(), d.timeline.end(),
                     [](const TimelineEvent &a, const TimelineEvent &b) { return a.at < b.at; });
    emit orderDetailReady(id, d);
}

void OfficeWorker::createOrder(quint64 id, const NewOrder &order)
{
    const QString item = order.item.trimmed();
    if (item.isEmpty() || item.size() > 500) {
        emit failed(id, QStringLiteral("office.bad_item"), tr("Say what is to be handed over (up to 500 characters)."));
        return;
    }
    const auto amount = chain::U256::fromDecimal(order.amount.trimmed(), m_settings.decimals);
    if (!amount.ok() || amount.value().isZero()) {
        emit failed(
            id, QStringLiteral("office.bad_amount"),
            tr("The amount must be a number of tokens above zero with at most %1 decimals.").arg(m_settings.decimals));
        return;
    }
    if (order.expiresAt.isValid() && order.expiresAt <= QDateTime::currentDateTimeUtc()) {
        emit failed(id, QStringLiteral("office.bad_expiry"), tr("The expiry is in the past."));
        return;
    }
    auto db = open(id);
    if (!db)
        return;
    const QByteArray hash = randomOrderHash();
    auto q = db::exec(
        *db, QStringLiteral("SELECT vd.create_order(?, ?::numeric, ?, ?, ?, ?, ?)"),
        {hash, amount.value().toDecimal(), item, order.customerName.trimmed(), order.customerPhone.trimmed(),
         order.expiresAt.isValid() ? QVariant(order.expiresAt.toUTC()) : QVariant(QMetaType::fromType<QDateTime>()),
         order.source});
    if (!q || !q.value().next()) {
        emit failed(id, q ? QStringLiteral("office.no_answer") : q.error().code,
                    q ? tr("The database gave no answer.") : q.error().message);
        return;
    }
    const qint64 orderId = q.value().value(0).toLongLong();
    auto row = db::exec(
        *db, QStringLiteral("SELECT %1 FROM vd.orders o WHERE o.id = ?").arg(QLatin1String(kOrderColumns)), {orderId});
    if (!row || !row.value().next()) {
        emit failed(id, QStringLiteral("office.no_answer"), tr("The new order could not be read back."));
        return;
    }
    emit orderCreated(id, orderFromQuery(row.value()));
}

void OfficeWorker::cancelOrder(quint64 id, qint64 orderId, const QString &reason)
{
    if (reason.trimmed().size() < 3) {
        emit failed(id, QStringLiteral("office.no_reason"), tr("A cancellation needs a reason."));
        return;
    }
    auto db = open(id);
    if (!db)
        return;
    auto status = db::exec(*db, QStringLiteral("SELECT status FROM vd.orders WHERE id = ?"), {orderId});
    if (status && status.value().next()) {
        const QString s = status.value().value(0).toString();
        if (s == QLatin1String("DELIVERED")) {
            emit failed(id, QStringLiteral("office.delivered"),
                        tr("This order was delivered; a delivered order can never be cancelled."));
            return;
        }
        if (s == QLatin1String("CANCELLED")) {
            emit failed(id, QStringLiteral("office.already_cancelled"), tr("This order is already cancelled."));
            return;
        }
    }
    auto q = db::exec(*db, QStringLiteral("SELECT vd.cancel_order(?, ?, ?)"),
                      {orderId, reason.trimmed(), m_settings.workstation});
    if (!q || !q.value().next()) {
        emit failed(id, q ? QStringLiteral("office.no_answer") : q.error().code,
                    q ? tr("The database gave no answer.") : q.error().message);
        return;
    }
    emit orderCancelled(id, orderId, q.value().value(0).toString());
}

void OfficeWorker::importOrders(quint64 id, const QString &csvPath)
{
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        emit failed(id, QStringLiteral("office.file"), tr("%1 cannot be read: %2").arg(csvPath, file.errorString()));
        return;
    }
    if (file.size() > kMaxImportBytes) {
        emit failed(id, QStringLiteral("office.file_too_big"),
                    tr("%1 is larger than 20 MB; split it into smaller files.").arg(csvPath));
        return;
    }
    auto db = open(id);
    if (!db)
        return;
    const QList<ImportCandidate> candidates =
        parseOrderImport(file.readAll(), m_settings.decimals, QDateTime::currentDateTimeUtc());
    ImportReport report;
    for (const ImportCandidate &c : candidates) {
        ImportLine line;
        line.line = c.line;
        if (!c.problem.isEmpty()) {
            line.reason = c.problem;
            if (!c.hash.isEmpty())
                line.orderHash = hex0x(c.hash);
            ++report.rejected;
            report.lines << line;
            continue;
        }
        const QByteArray hash = c.hash.isEmpty() ? randomOrderHash() : c.hash;
        line.orderHash = hex0x(hash);
        // One line, one transaction (create_order audits it): a bad line never takes good ones down with it.
        auto q = db::exec(*db, QStringLiteral("SELECT vd.create_order(?, ?::numeric, ?, ?, ?, ?, 'import')"),
                          {hash, c.amountBase, c.item, c.customerName, c.customerPhone,
                           c.expiresAt.isValid() ? QVariant(c.expiresAt) : QVariant(QMetaType::fromType<QDateTime>())});
        if (q) {
            line.created = true;
            ++report.created;
        } else {
            line.reason = q.error().code == QLatin1String("db.duplicate")
                              ? tr("An order with this code already exists.")
                              : q.error().message;
            ++report.rejected;
            if (q.error().code == QLatin1String("db.offline")) {
                report.lines << line;
                emit failed(id, q.error().code,
                            tr("The database went away at line %1; %2 orders were created before that.")
                                .arg(c.line)
                                .arg(report.created));
                return;
            }
        }
        report.lines << line;
    }
    emit importDone(id, report);
}

void OfficeWorker::exportOrders(quint64 id, const OrderFilter &filter, const QString &csvPath)
{
    auto db = open(id);
    if (!db)
        return;
    QString tail;
    QVariantList binds;
    if (!orderWhere(id, filter, &tail, &binds))
        return;
    QSqlQuery q(*db);
    q.setForwardOnly(true); // a big view streams through instead of sitting in memory twice
    q.prepare(QStringLiteral("SELECT %1 FROM vd.orders o").arg(QLatin1String(kOrderColumns)) + tail);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        const Error e = db::toError(q.lastError());
        emit failed(id, e.code, e.message);
        return;
    }
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(id, QStringLiteral("office.file"), tr("%1 cannot be written: %2").arg(csvPath, file.errorString()));
        return;
    }
    CsvWriter csv(&file);
    // Column names are stable identifiers (the import reads the same file back), not translated.
    csv.writeRow({QStringLiteral("order_hash"), QStringLiteral("status"), QStringLiteral("amount"),
                  QStringLiteral("item"), QStringLiteral("customer_name"), QStringLiteral("customer_phone"),
                  QStringLiteral("expires_at"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                  QStringLiteral("source"), QStringLiteral("delivered_at"), QStringLiteral("delivered_by"),
                  QStringLiteral("delivered_desk")});
    qint64 rows = 0;
    while (q.next()) {
        const OrderRow r = orderFromQuery(q);
        csv.writeRow({scan::PayloadParser::canonicalPayload(r.hash), r.status, r.amount, r.item, r.customerName,
                      r.customerPhone, iso(r.expiresAt), iso(r.createdAt), r.createdBy, r.source, iso(r.deliveredAt),
                      r.deliveredBy, r.deliveredDesk});
        ++rows;
    }
    if (!file.commit()) {
        emit failed(id, QStringLiteral("office.file"), tr("%1 cannot be written: %2").arg(csvPath, file.errorString()));
        return;
    }
    emit exportDone(id, rows, csvPath);
}

void OfficeWorker::auditWhere(const AuditFilter &f, QString *sql, QVariantList *binds) const
{
    QStringList where;
    if (!f.actor.trimmed().isEmpty()) {
        where << QStringLiteral("a.actor LIKE ?");
        *binds << QString(likeEscaped(f.actor.trimmed().toLower()) + u'%');
    }
    if (!f.action.trimmed().isEmpty()) {
        where << QStringLiteral("a.action LIKE ?");
        *binds << QString(likeEscaped(f.action.trimmed()) + u'%');
    }
    if (!f.entity.trimmed().isEmpty()) {
        where << QStringLiteral("a.entity = ?");
        *binds << f.entity.trimmed();
    }
    if (!f.entityId.trimmed().isEmpty()) {
        where << QStringLiteral("a.entity_id = ?");
        *binds << f.entityId.trimmed();
    }
    if (!f.text.trimmed().isEmpty()) {
        where << QStringLiteral(
            "concat_ws(' ', a.details::text, a.before::text, a.after::text, a.workstation) ILIKE ?");
        *binds << QString(u'%' + likeEscaped(f.text.trimmed()) + u'%');
    }
    if (f.from.isValid()) {
        where << QStringLiteral("a.at >= ?");
        *binds << dayStart(f.from);
    }
    if (f.to.isValid()) {
        where << QStringLiteral("a.at < ?");
        *binds << dayStart(f.to.addDays(1));
    }
    static const QStringList sortSql = {QStringLiteral("a.at"),           QStringLiteral("a.actor"),
                                        QStringLiteral("a.workstation"),  QStringLiteral("a.action"),
                                        QStringLiteral("a.entity"),       QStringLiteral("a.entity_id"),
                                        QStringLiteral("a.details::text")};
    const QString dir = f.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    *sql = (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
           QStringLiteral(" ORDER BY %1 %2 NULLS LAST, a.id %2")
               .arg(sortSql.value(static_cast<int>(f.sortColumn), QStringLiteral("a.at")), dir);
}

namespace {
const char *const kAuditColumns = "a.id, a.at, a.actor, a.workstation, a.action, a.entity, a.entity_id, "
                                  "a.before::text, a.after::text, a.details::text";

AuditRow auditFromQuery(const QSqlQuery &q)
{
    AuditRow r;
    r.id = q.value(0).toLongLong();
    r.at = utc(q.value(1));
    r.actor = q.value(2).toString();
    r.workstation = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.entityId = q.value(6).toString();
    r.before = json(q.value(7));
    r.after = json(q.value(8));
    r.details = json(q.value(9));
    return r;
}
} // namespace

void OfficeWorker::searchAudit(quint64 id, const AuditFilter &filter, int offset, int limit)
{
    auto db = open(id);
    if (!db)
        return;
    QString tail;
    QVariantList binds;
    auditWhere(filter, &tail, &binds);
    binds << qBound(1, limit, 5000) << std::max(0, offset);
    auto q =
        db::exec(*db,
                 QStringLiteral("SELECT %1, count(*) OVER () FROM vd.audit_log a").arg(QLatin1String(kAuditColumns)) +
                     tail + QStringLiteral(" LIMIT ? OFFSET ?"),
                 binds);
    if (!q) {
        emit failed(id, q.error().code, q.error().message);
        return;
    }
    QList<AuditRow> rows;
    int total = offset;
    while (q.value().next()) {
        rows << auditFromQuery(q.value());
        total = q.value().value(10).toInt();
    }
    emit auditFound(id, rows, offset, total);
}

void OfficeWorker::exportAudit(quint64 id, const AuditFilter &filter, const QString &csvPath)
{
    auto db = open(id);
    if (!db)
        return;
    QString tail;
    QVariantList binds;
    auditWhere(filter, &tail, &binds);
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM vd.audit_log a").arg(QLatin1String(kAuditColumns)) + tail);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec()) {
        const Error e = db::toError(q.lastError());
        emit failed(id, e.code, e.message);
        return;
    }
    QSaveFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly)) {
        emit failed(id, QStringLiteral("office.file"), tr("%1 cannot be written: %2").arg(csvPath, file.errorString()));
        return;
    }
    CsvWriter csv(&file);
    csv.writeRow({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("workstation"),
                  QStringLiteral("action"), QStringLiteral("entity"), QStringLiteral("entity_id"),
                  QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("details")});
    qint64 rows = 0;
    while (q.next()) {
        const AuditRow r = auditFromQuery(q);
        csv.writeRow({QString::number(r.id), iso(r.at), r.actor, r.workstation, r.action, r.entity, r.entityId,
                      r.before, r.after, r.details});
        ++rows;
    }
    if (!file.commit()) {
        emit failed(id, QStringLiteral("office.file"), tr("%1 cannot be written: %2").arg(csvPath, file.errorString()));
        return;
    }
    emit exportDone(id, rows, csvPath);
}

void OfficeWorker::reconciliationBooks(quint64 id)
{
    const auto token = chain::Address::fromString(m_settings.token);
    if (!token.ok()) {
        emit failed(id, QStringLiteral("office.no_token"), tr("No token contract is configured (Settings)."));
        return;
    }
    auto db = open(id);
    if (!db)
        return;
    const QByteArray contract = token.value().toBytes();
    const qint64 chainId = m_settings.chainId;
    // One snapshot for every figure: a listener batch committing in between cannot make them disagree.
    if (!db->transaction()) {
        const Error e = db::toError(db->lastError());
        emit failed(id, e.code, e.message);
        return;
    }
    (void)db::exec(*db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    auto q = db::exec(
        *db,
        QStringLiteral("WITH t AS (SELECT ct.kind, ct.amount FROM vd.chain_transfers ct JOIN vd.chain_logs cl ON cl.id "
                       "= ct.log_id "
                       "           WHERE ct.chain_id = ? AND cl.address = ?), "
                       "m AS (SELECT coalesce((SELECT sum(amount) FROM vd.mint_transactions WHERE status = 'confirmed' "
                       "                       AND chain_id = ?), 0) "
                       "           + coalesce((SELECT sum(token_amount) FROM vd.deposits d WHERE d.status = 'minted' "
                       "AND NOT EXISTS "
                       "                       (SELECT 1 FROM vd.mint_transactions x WHERE x.deposit_id = d.id "
                       "                        AND x.status = 'confirmed')), 0) AS v), "
                       "r AS (SELECT coalesce(sum(cr.amount), 0) AS v FROM vd.chain_redemptions cr "
                       "      JOIN vd.chain_logs cl ON cl.id = cr.log_id WHERE cr.chain_id = ? AND cl.address = ?), "
                       "e AS (SELECT coalesce(sum(amount), 0) AS v, count(*) AS n FROM vd.reconciliation_entries WHERE "
                       "chain_id = ?) "
                       "SELECT (SELECT coalesce(sum(amount), 0) FROM t WHERE kind = 'mint')::text, "
                       "       (SELECT coalesce(sum(amount), 0) FROM t WHERE kind = 'burn')::text, "
                       "       m.v::text, r.v::text, e.v::text, (m.v - r.v + e.v)::text, e.n, "
                       "       (SELECT last_block FROM vd.chain_cursor WHERE chain_id = ? AND contract = ?) "
                       "FROM m, r, e"),
        {chainId, contract, chainId, chainId, contract, chainId, chainId, contract});
    if (!q || !q.value().next()) {
        db->rollback();
        emit failed(id, q ? QStringLiteral("office.no_answer") : q.error().code,
                    q ? tr("The database gave no answer.") : q.error().message);
        return;
    }
    ReconciliationReport r;
    r.chainId = chainId;
    r.decimals = m_settings.decimals;
    r.onchainMintedBase = q.value().value(0).toString();
    r.onchainBurnedBase = q.value().value(1).toString();
    r.dbMintedBase = q.value().value(2).toString();
    r.redeemedBase = q.value().value(3).toString();
    r.reconciledBase = q.value().value(4).toString();
    r.expectedBase = q.value().value(5).toString();
    r.entries = q.value().value(6).toInt();
    r.listenerBlock = q.value().value(7).isNull() ? -1 : q.value().value(7).toLongLong();

    auto u = db::exec(
        *db,
        QStringLiteral("SELECT tx_hash, min(block_number), min(block_time), (array_agg(account ORDER BY log_index))[1], "
                       "       sum(amount)::text "
                       "FROM vd.unmatched_mints WHERE chain_id = ? AND contract = ? "
                       "GROUP BY tx_hash ORDER BY min(block_number) DESC LIMIT 1000"),
        {chainId, contract});
    if (!u) {
        db->rollback();
        emit failed(id, u.error().code, u.error().message);
        return;
    }
    while (u.value().next()) {
        UnmatchedMint m;
        m.txHash = u.value().value(0).toByteArray();
        m.block = u.value().value(1).toLongLong();
        m.at = utc(u.value().value(2));
        m.account = address(u.value().value(3).toByteArray());
        m.amountBase = u.value().value(4).toString();
        m.amount = tokens(m.amountBase);
        r.unmatched << m;
    }
    db->commit();
    emit booksReady(id, r);
}

void OfficeWorker::recordReconciliation(quint64 id, const QByteArray &txHash, const QString &amountBase,
                                        const QString &reason)
{
    if (reason.trimmed().size() < 5) {
        emit failed(id, QStringLiteral("office.no_reason"),
                    tr("Say why this mint has no deposit (at least a few words); the reason is kept in the audit."));
        return;
    }
    auto db = open(id);
    if (!db)
        return;
    auto q =
        db::exec(*db, QStringLiteral("SELECT vd.record_reconciliation(?, ?, ?::numeric, ?, ?)"),
                 {m_settings.chainId, txHash.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(txHash),
                  amountBase, reason.trimmed(), m_settings.workstation});
    if (!q || !q.value().next()) {
        emit failed(id, q ? QStringLiteral("office.no_answer") : q.error().code,
                    q ? tr("The database gave no answer.") : q.error().message);
        return;
    }
    emit reconciliationRecorded(id, q.value().value(0).toLongLong());
}

} // namespace vd::office
