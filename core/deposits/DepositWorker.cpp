#include "DepositWorker.h"

#include "chain/Address.h"
#include "chain/U256.h"
#include "db/Database.h"
#include "deposits/DepositCsv.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QTimer>

namespace vd::deposits {

namespace {
const QString kPurpose = QStringLiteral("deposits");
const QString kDepositsChannel = QStringLiteral("vd_deposits");
const QString kSettingsChannel = QStringLiteral("vd_settings");

using db::utc;

struct SortSpec
{
    const char *expr; // what is ordered by
    const char *cast; // how a key value (text) is read back
};

SortSpec sortSpec(SortColumn c)
{
    switch (c) {
    case SortColumn::Reference: return {"reference", "?::text"};
    case SortColumn::Created: return {"created_at", "?::timestamptz"};
    case SortColumn::Customer: return {"customer_name", "?::text"};
    case SortColumn::Wallet: return {"wallet", "decode(?, 'hex')"};
    case SortColumn::FiatAmount: return {"fiat_amount", "?::numeric"};
    case SortColumn::Currency: return {"fiat_currency", "?::text"};
    case SortColumn::TokenAmount: return {"token_amount", "?::numeric"};
    case SortColumn::Status: return {"status", "?::text"};
    case SortColumn::PaymentId: return {"coalesce(payment_tx_id, '')", "?::text"};
    case SortColumn::Updated: return {"updated_at", "?::timestamptz"};
    }
    return {"created_at", "?::timestamptz"};
}

QString keyText(SortColumn c)
{
    return c == SortColumn::Wallet ? QStringLiteral("encode(wallet, 'hex')")
                                   : QStringLiteral("(%1)::text").arg(QLatin1String(sortSpec(c).expr));
}

// The smallest string above every string that starts with `prefix` (for an index range instead of LIKE).
QString prefixUpperBound(const QString &prefix)
{
    QString up = prefix;
    up[up.size() - 1] = QChar(up.at(up.size() - 1).unicode() + 1);
    return up;
}

// WHERE clause (without the keyset condition) and its bind values.
QString whereClause(const DepositFilter &f, QVariantList &binds)
{
    QStringList parts;
    if (!f.statuses.isEmpty()) {
        parts << QStringLiteral("status = ANY (?::text[])");
        binds << QStringLiteral("{%1}").arg(f.statuses.join(u','));
    }
    if (f.createdFrom.isValid()) {
        parts << QStringLiteral("created_at >= ?::timestamptz");
        binds << f.createdFrom.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.createdTo.isValid()) {
        parts << QStringLiteral("created_at < ?::timestamptz");
        binds << f.createdTo.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!f.minFiat.trimmed().isEmpty()) {
        parts << QStringLiteral("fiat_amount >= ?::numeric");
        binds << f.minFiat.trimmed();
    }
    if (!f.maxFiat.trimmed().isEmpty()) {
        parts << QStringLiteral("fiat_amount <= ?::numeric");
        binds << f.maxFiat.trimmed();
    }
    const QString customer = f.customer.trimmed();
    if (!customer.isEmpty()) {
        QString like = customer.toLower();
        like.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        parts << QStringLiteral("lower(customer_name) LIKE ?");
        binds << QStringLiteral("%%1%").arg(like);
    }
    const QString ref = f.referencePrefix.trimmed().toUpper();
    if (!ref.isEmpty()) {
        parts << QStringLiteral("reference ~>=~ ? AND reference ~<~ ?");
        binds << ref << prefixUpperBound(ref);
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

// The database's own sentence out of a driver message ("...: ERROR:  payment X is ...\nCONTEXT: ...\n(23505)").
QString primaryText(const QString &message)
{
    QString t = message;
    const qsizetype at = t.indexOf(QLatin1String("ERROR:"));
    if (at >= 0)
        t = t.mid(at + 6);
    t = t.section(u'\n', 0, 0).trimmed();
    static const QRegularExpression state(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    t.remove(state);
    if (!t.isEmpty())
        t[0] = t.at(0).toUpper();
    return t;
}

// An error as a person reads it: the rule the database stated, without driver noise.
Error readable(const Error &e)
{
    if (e.code == QLatin1String("db.rejected") || e.code == QLatin1String("db.duplicate"))
        return {e.code, primaryText(e.message) + u'.'};
    if (e.code == QLatin1String("db.permission_denied"))
        return {e.code, QCoreApplication::translate("vd::deposits::DepositWorker",
                                                    "Your database role may not do this (%1).")
                            .arg(primaryText(e.message))};
    return e;
}

QString dbText(const Error &e)
{
    return readable(e).message;
}
} // namespace

DepositWorker::DepositWorker(DepositServiceSettings settings, std::shared_ptr<std::atomic<quint64>> latestFirstPage)
    : m_settings(std::move(settings)), m_latestFirstPage(std::move(latestFirstPage))
{
    m_settings.database.applicationName = QStringLiteral("voucherdesk-deposits");
}

void DepositWorker::start()
{
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(5000);
    connect(m_heartbeat, &QTimer::timeout, this, &DepositWorker::heartbeat);
    m_heartbeat->start();
    m_changed = new QTimer(this);
    m_changed->setSingleShot(true);
    m_changed->setInterval(150);
    connect(m_changed, &QTimer::timeout, this, [this]() {
        emit depositsChanged();
        counts();
        settings();
    });
    m_midnight = new QTimer(this);
    m_midnight->setSingleShot(true);
    connect(m_midnight, &QTimer::timeout, this, [this]() {
        releaseCapped();
        settings();
        scheduleMidnight();
    });
    scheduleMidnight();
    if (!db())
        return;
    // Queued behind whatever the page already asked for (its first rows come first); then the housekeeping.
    QMetaObject::invokeMethod(
        this,
        [this]() {
            releaseCapped(); // a new UTC day may have begun while no workstation was running
            counts();
            settings();
        },
        Qt::QueuedConnection);
}

void DepositWorker::stop()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_midnight)
        m_midnight->stop();
    db::closeConnection(kPurpose);
}

void DepositWorker::scheduleMidnight()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime next(now.date().addDays(1), QTime(0, 0, 1), Qt::UTC);
    m_midnight->start(int(qMin<qint64>(now.msecsTo(next), 3600 * 1000))); // re-aimed at least hourly
}

void DepositWorker::releaseCapped()
{
    auto d = db();
    if (!d)
        return;
    auto q = db::exec(*d, QStringLiteral("SELECT vd.release_capped_deposits(?)"), {m_settings.workstation});
    if (q && q.value().next() && q.value().value(0).toInt() > 0)
        m_changed->start();
}

void DepositWorker::setOnline(bool online, const QString &detail)
{
    if (m_known && online == m_online && detail == m_lastDetail)
        return;
    m_known = true;
    m_online = online;
    m_lastDetail = detail;
    emit onlineChanged(online, detail);
}

std::optional<QSqlDatabase> DepositWorker::db()
{
    const QString name = db::connectionName(kPurpose);
    const bool wasOpen = QSqlDatabase::contains(name) && QSqlDatabase::database(name, false).isOpen();
    auto conn = db::connection(m_settings.database, kPurpose);
    if (!conn) {
        setOnline(false, conn.error().message);
        return std::nullopt;
    }
    QSqlDriver *driver = conn.value().driver();
    if (!wasOpen || !driver->subscribedToNotifications().contains(kDepositsChannel)) {
        disconnect(driver, &QSqlDriver::notification, this, nullptr);
        driver->subscribeToNotification(kDepositsChannel);
        driver->subscribeToNotification(kSettingsChannel);
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &channel, QSqlDriver::NotificationSource, const QVariant &) {
                    if (channel == kDepositsChannel)
                        m_changed->start();
                    else if (channel == kSettingsChannel)
                        settings();
                });
    }
    setOnline(true, tr("Connected to %1").arg(m_settings.database.database));
    return conn.value();
}

void DepositWorker::heartbeat()
{
    db();
}

QString DepositWorker::tokens(const QString &baseUnits) const
{
    const auto n = chain::U256::fromDecimal(baseUnits);
    return n ? n->toDecimal(m_settings.decimals) : baseUnits;
}

void DepositWorker::loadPage(quint64 requestId, const PageRequest &request)
{
    // A newer first page was asked for while this one waited: nobody wants this answer.
    if (requestId < m_latestFirstPage->load())
        return;
    Page page;
    page.append = request.after.has_value();
    auto d = db();
    if (!d) {
        page.error = Error{QStringLiteral("db.offline"), m_lastDetail};
        emit pageReady(requestId, page);
        return;
    }
    const SortSpec spec = sortSpec(request.sort);
    const bool desc = request.order == Qt::DescendingOrder;
    QVariantList binds;
    QString where = whereClause(request.filter, binds);
    const QVariantList filterBinds = binds;
    const QString filterWhere = where;
    if (request.after) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("(%1, id) %2 (%3, ?::bigint)")
                     .arg(QLatin1String(spec.expr), desc ? QStringLiteral("<") : QStringLiteral(">"),
                          QLatin1String(spec.cast));
        binds << request.after->sortValue << request.after->id;
    }
    const int limit = qBound(1, request.limit, 5000);
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // Output columns never share a name with a sort column: ORDER BY a bare name would pick the output column.
    const QString sql =
        QStringLiteral("SELECT id, reference, created_at, customer_name, wallet, fiat_amount::text AS fiat_text, fiat_currency, "
                       "token_amount::text AS token_text, status, coalesce(payment_tx_id, ''), coalesce(failure_reason, ''), "
                       "coalesce(cancel_reason, ''), updated_at, created_by, %1 AS sort_key FROM vd.deposits%2 "
                       "ORDER BY %3 %4, id %4 LIMIT %5")
            .arg(keyText(request.sort), where, QLatin1String(spec.expr), dir)
            .arg(limit + 1);
    auto q = db::exec(*d, sql, binds);
    if (!q) {
        page.error = q.error();
        emit pageReady(requestId, page);
        return;
    }
    while (q.value().next()) {
        if (page.rows.size() == limit) {
            page.atEnd = false;
            break;
        }
        const QSqlQuery &r = q.value();
        DepositRow row;
        row.id = r.value(0).toLongLong();
        row.reference = r.value(1).toString();
        row.createdAt = utc(r.value(2));
        row.customer = r.value(3).toString();
        row.wallet = r.value(4).toByteArray();
        row.fiatAmount = r.value(5).toString();
        row.currency = r.value(6).toString();
        row.tokenAmount = r.value(7).toString();
        row.status = r.value(8).toString();
        row.paymentTxId = r.value(9).toString();
        row.failureReason = r.value(10).toString();
        row.cancelReason = r.value(11).toString();
        row.updatedAt = utc(r.value(12));
        row.createdBy = r.value(13).toString();
        page.keys << PageKey{r.value(14).toString(), row.id};
        page.rows << row;
        page.atEnd = true;
    }
    if (page.rows.isEmpty())
        page.atEnd = true;
    if (request.withTotal && !page.append) {
        auto c = db::exec(*d, QStringLiteral("SELECT count(*) FROM vd.deposits") + filterWhere, filterBinds);
        if (c && c.value().next())
            page.total = c.value().value(0).toLongLong();
    }
    emit pageReady(requestId, page);
}

void DepositWorker::counts()
{
    auto d = db();
    if (!d)
        return;
    auto q = db::exec(*d, QStringLiteral("SELECT status, count(*) FROM vd.deposits GROUP BY status"));
    if (!q)
        return;
    QHash<QString, qint64> out;
    qint64 total = 0;
    for (const QString &s : allStatuses())
        out.insert(s, 0);
    while (q.value().next()) {
        out.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
        total += q.value().value(1).toLongLong();
    }
    emit countsReady(out, total);
}

void DepositWorker::settings()
{
    auto d = db();
    if (!d)
        return;
    DepositSettings s;
    auto q = db::exec(*d, QStringLiteral("SELECT key, value::text FROM vd.app_settings WHERE key IN "
                                         "('token_rate', 'safe_threshold', 'minting_paused', 'minting_paused_reason')"));
    if (!q)
        return;
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        const QByteArray json = q.value().value(1).toString().toUtf8();
        const QJsonDocument doc = QJsonDocument::fromJson("[" + json + "]");
        const QJsonValue v = doc.array().at(0);
        if (key == QLatin1String("token_rate")) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                s.rates.insert(it.key(), it.value().toString());
        } else if (key == QLatin1String("safe_threshold")) {
            s.safeThreshold = v.toString();
        } else if (key == QLatin1String("minting_paused")) {
            s.minting.paused = v.toBool();
        } else if (key == QLatin1String("minting_paused_reason")) {
            const QJsonObject o = v.toObject();
            s.minting.reason = o.value(QLatin1String("reason")).toString();
            s.minting.by = o.value(QLatin1String("by")).toString();
            s.minting.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
        }
    }
    if (!s.minting.paused)
        s.minting = MintingSwitch{};
    // Reception logins cannot read the cap; their settings carry the switch only.
    auto cap = db::exec(*d, QStringLiteral("SELECT day, cap::text, minted::text, in_flight::text, "
                                           "coalesce(remaining::text, '') FROM vd.cap_status()"));
    if (cap && cap.value().next()) {
        s.cap.day = cap.value().value(0).toDate();
        s.cap.cap = cap.value().value(1).toString();
        s.cap.minted = cap.value().value(2).toString();
        s.cap.inFlight = cap.value().value(3).toString();
        s.cap.remaining = cap.value().value(4).toString();
    }
    emit settingsReady(s);
}

Result<QString> DepositWorker::insert(QSqlDatabase &d, const NewDeposit &n)
{
    const QString problem = newDepositProblem(n, m_settings.decimals);
    if (!problem.isEmpty())
        return Result<QString>::fail(QStringLiteral("deposit.invalid"), problem);
    const auto address = chain::Address::fromString(n.wallet.trimmed());
    QVariant token; // NULL: from the rate
    if (!n.tokenAmount.trimmed().isEmpty())
        token = chain::U256::fromDecimal(n.tokenAmount.trimmed(), m_settings.decimals)->toDecimal();
    else
        token = QVariant(QMetaType::fromType<QString>());
    auto q = db::exec(d,
                      QStringLiteral("SELECT deposit_id, reference FROM vd.create_deposit(?, ?, ?::numeric, ?, "
                                     "?::numeric, ?)"),
                      {n.customer.trimmed(), address->toBytes(), n.fiatAmount.trimmed(), n.currency.trimmed().toUpper(),
                       token, m_settings.workstation});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Result<QString>::fail(QStringLiteral("db.error"), tr("The database gave no answer."));
    const qint64 id = q.value().value(0).toLongLong();
    const QString reference = q.value().value(1).toString();
    if (!n.paymentTxId.trimmed().isEmpty()) {
        auto c = db::exec(d, QStringLiteral("SELECT vd.confirm_payment(?, ?, ?)"),
                          {id, n.paymentTxId.trimmed(), m_settings.workstation});
        if (!c)
            return c.error();
    }
    return reference;
}

void DepositWorker::create(quint64 requestId, const NewDeposit &n)
{
    ActionResult r;
    auto d = db();
    if (!d) {
        r.error = Error{QStringLiteral("db.offline"), m_lastDetail};
        r.message = m_lastDetail;
        emit actionDone(requestId, r);
        return;
    }
    auto done = db::transaction<QString>(*d, [&]() { return insert(*d, n); });
    if (!done) {
        r.error = readable(done.error());
        r.message = r.error.message;
        emit actionDone(requestId, r);
        return;
    }
    auto q = db::exec(*d, QStringLiteral("SELECT id, status, token_amount::text FROM vd.deposits WHERE reference = ?"),
                      {done.value()});
    r.ok = true;
    r.reference = done.value();
    if (q && q.value().next()) {
        r.depositId = q.value().value(0).toLongLong();
        r.status = q.value().value(1).toString();
        r.message = tr("Deposit %1 created for %2: %3 tokens.")
                        .arg(r.reference, n.customer.trimmed(), tokens(q.value().value(2).toString()));
    }
    emit actionDone(requestId, r);
}

void DepositWorker::importCsv(quint64 requestId, const QByteArray &file)
{
    ImportReport report;
    const auto records = parseCsv(file);
    if (!records) {
        report.error = records.error();
        emit importDone(requestId, report);
        return;
    }
    if (records->isEmpty()) {
        report.error = Error{QStringLiteral("csv.empty"), tr("The file has no lines.")};
        emit importDone(requestId, report);
        return;
    }
    const auto columns = depositColumns(records->first().fields);
    if (!columns) {
        report.error = columns.error();
        emit importDone(requestId, report);
        return;
    }
    auto d = db();
    if (!d) {
        report.error = Error{QStringLiteral("db.offline"), m_lastDetail};
        emit importDone(requestId, report);
        return;
    }
    // All or nothing: a file that went in halfway would, fixed and imported again, create its good rows twice.
    // Every record is still tried (each under a savepoint) so the report lists every problem at once.
    if (!d->transaction()) {
        report.error = db::toError(d->lastError());
        emit importDone(requestId, report);
        return;
    }
    for (qsizetype i = 1; i < records->size(); ++i) {
        const CsvRecord &rec = records->at(i);
        ImportRow row;
        row.line = rec.line;
        row.text = rec.text;
        const auto dep = depositFromRecord(*columns, rec, m_settings.decimals);
        if (!dep) {
            row.problem = dep.error().message;
        } else {
            (void)db::exec(*d, QStringLiteral("SAVEPOINT import_row"));
            const auto ref = insert(*d, dep.value());
            if (ref) {
                (void)db::exec(*d, QStringLiteral("RELEASE SAVEPOINT import_row"));
                row.accepted = true;
                row.reference = ref.value();
            } else {
                (void)db::exec(*d, QStringLiteral("ROLLBACK TO SAVEPOINT import_row"));
                row.problem = dbText(ref.error());
            }
        }
        row.accepted ? ++report.accepted : ++report.rejected;
        report.rows << row;
    }
    if (report.rejected == 0 && report.accepted > 0) {
        if (d->commit()) {
            report.committed = true;
        } else {
            report.error = db::toError(d->lastError());
            d->rollback();
        }
    } else {
        d->rollback();
        for (ImportRow &row : report.rows)
            row.reference.clear(); // rolled back: those references do not exist
        if (report.rows.isEmpty())
            report.error = Error{QStringLiteral("csv.empty"), tr("The file has a header but no deposits.")};
    }
    emit importDone(requestId, report);
}

ActionResult DepositWorker::run(const QString &sql, const QVariantList &binds, const QString &success)
{
    ActionResult r;
    auto d = db();
    if (!d) {
        r.error = Error{QStringLiteral("db.offline"), m_lastDetail};
        r.message = m_lastDetail;
        return r;
    }
    auto q = db::exec(*d, sql, binds);
    if (!q) {
        r.error = readable(q.error());
        r.message = r.error.message;
        return r;
    }
    r.ok = true;
    if (q.value().next())
        r.status = q.value().value(0).toString();
    r.message = success;
    return r;
}

void DepositWorker::confirmPayment(quint64 requestId, qint64 depositId, const QString &paymentTxId)
{
    ActionResult r = run(QStringLiteral("SELECT vd.confirm_payment(?, ?, ?)"),
                         {depositId, paymentTxId, m_settings.workstation}, QString());
    r.depositId = depositId;
    if (r.ok) {
        auto d = db();
        auto q = db::exec(*d, QStringLiteral("SELECT reference, status FROM vd.deposits WHERE id = ?"), {depositId});
        if (q && q.value().next()) {
            r.reference = q.value().value(0).toString();
            r.status = q.value().value(1).toString();
        }
        r.message = tr("Payment %1 recorded on deposit %2.").arg(paymentTxId.trimmed(), r.reference);
    }
    emit actionDone(requestId, r);
}

void DepositWorker::cancel(quint64 requestId, qint64 depositId, const QString &reason)
{
    ActionResult r =
        run(QStringLiteral("SELECT vd.cancel_deposit(?, ?, ?)"), {depositId, reason, m_settings.workstation}, QString());
    r.depositId = depositId;
    if (r.ok) {
        auto d = db();
        auto q = db::exec(*d, QStringLiteral("SELECT reference FROM vd.deposits WHERE id = ?"), {depositId});
        if (q && q.value().next())
            r.reference = q.value().value(0).toString();
        r.status = QStringLiteral("cancelled");
        r.message = tr("Deposit %1 cancelled.").arg(r.reference);
    }
    emit actionDone(requestId, r);
}

void DepositWorker::requestMint(quint64 requestId, qint64 depositId)
{
    ActionResult r =
        run(QStringLiteral("SELECT vd.request_mint(?, ?)"), {depositId, m_settings.workstation}, QString());
    r.depositId = depositId;
    if (r.ok) {
        auto d = db();
        auto q = db::exec(*d, QStringLiteral("SELECT reference FROM vd.deposits WHERE id = ?"), {depositId});
        if (q && q.value().next())
            r.reference = q.value().value(0).toString();
        if (r.status == QLatin1String("mint_pending"))
            r.message = tr("Deposit %1 is ready to mint directly (below the Safe threshold).").arg(r.reference);
        else if (r.status == QLatin1String("mint_requires_safe"))
            r.message = tr("Deposit %1 is at or above the Safe threshold: it is minted through a Safe proposal.")
                            .arg(r.reference);
        else
            r.message = tr("Deposit %1 would pass today's issuance cap. It waits, over the cap, until the next UTC "
                           "day or a raised cap.")
                            .arg(r.reference);
    }
    emit actionDone(requestId, r);
}

void DepositWorker::setDailyCap(quint64 requestId, const QString &tokensText)
{
    ActionResult r;
    const auto units = chain::U256::fromDecimal(tokensText.trimmed(), m_settings.decimals);
    if (!units) {
        r.error = Error{QStringLiteral("deposit.invalid"), tr("\"%1\" is not a token amount.").arg(tokensText)};
        r.message = r.error.message;
        emit actionDone(requestId, r);
        return;
    }
    r = run(QStringLiteral("SELECT vd.set_daily_mint_cap(?::numeric, ?)::text"),
            {units->toDecimal(), m_settings.workstation}, QString());
    if (r.ok) {
        const int released = r.status.toInt();
        r.status.clear();
        r.message = units->isZero() ? tr("The daily cap is off.")
                                    : tr("The daily cap is now %1 tokens; %n capped deposit(s) released.", nullptr,
                                         released)
                                          .arg(units->toDecimal(m_settings.decimals));
    }
    emit actionDone(requestId, r);
}

void DepositWorker::setMintingPaused(quint64 requestId, bool paused, const QString &reason)
{
    ActionResult r = run(QStringLiteral("SELECT vd.set_minting_paused(?, ?, ?)"),
                         {paused, reason, m_settings.workstation},
                         paused ? tr("Minting is paused on every workstation.") : tr("Minting is allowed again."));
    emit actionDone(requestId, r);
}

void DepositWorker::setTokenRate(quint64 requestId, const QString &currency, const QString &tokensPerUnit)
{
    ActionResult r;
    QVariant rate = QVariant(QMetaType::fromType<QString>());
    if (!tokensPerUnit.trimmed().isEmpty()) {
        const auto units = chain::U256::fromDecimal(tokensPerUnit.trimmed(), m_settings.decimals);
        if (!units || units->isZero()) {
            r.error = Error{QStringLiteral("deposit.invalid"), tr("\"%1\" is not a rate above zero.").arg(tokensPerUnit)};
            r.message = r.error.message;
            emit actionDone(requestId, r);
            return;
        }
        rate = units->toDecimal();
    }
    r = run(QStringLiteral("SELECT vd.set_token_rate(?, ?::numeric, ?)"), {currency, rate, m_settings.workstation},
            tr("The rate for %1 is saved.").arg(currency.trimmed().toUpper()));
    emit actionDone(requestId, r);
}

} // namespace vd::deposits
