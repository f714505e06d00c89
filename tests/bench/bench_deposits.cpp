// Deposits page with 100,000 deposits in the harness's Postgres, through the real DepositModel + DepositService
// (worker thread, own connection, keyset pages of 100 rows plus the filter's total count):
//  (a) first rows: the model asked for its first page -> rows in the model
//  (b) filter change: setFilter() -> the filtered first page in the model (several kinds of filter)
//  (c) scrolling: fetchMore() deep in the list -> the next page appended
// Baseline measured in the same run: the same SQL (page + count) sent straight through libpq, no threads, no model.
// Prints p50/p95/max in ms. Aim: (a) and (b) under 200 ms.
#include "Harness.h"
#include "TestDatabase.h"
#include "deposits/DepositService.h"
#include "models/DepositModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

#include <libpq-fe.h>

using namespace vd;

namespace {

struct Stats
{
    double p50 = 0, p95 = 0, max = 0;
    int n = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.n = int(v.size());
    s.p50 = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))];
    s.max = v.back();
    return s;
}

void row(const char *label, const Stats &s, const Stats &base)
{
    std::printf("%-46s %3d  %7.2f  %7.2f  %7.2f   | %7.2f  %7.2f\n", label, s.n, s.p50, s.p95, s.max, base.p50, base.p95);
}

// Runs the event loop until `signal` fires (or 10 s); returns ms since `t` or -1.
template <typename Signal>
double waitFor(ui::DepositModel &model, Signal signal, const QElapsedTimer &t)
{
    QEventLoop loop;
    double ms = -1;
    const auto c = QObject::connect(&model, signal, &loop, [&]() {
        ms = double(t.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return ms;
}

const char *kColumns = "SELECT id, reference, created_at, customer_name, wallet, fiat_amount::text AS fiat_text, "
                       "fiat_currency, token_amount::text AS token_text, status, coalesce(payment_tx_id, ''), "
                       "coalesce(failure_reason, ''), coalesce(cancel_reason, ''), updated_at, created_by, "
                       "(created_at)::text AS sort_key FROM vd.deposits";

double libpqMs(PGconn *c, const std::string &where)
{
    QElapsedTimer t;
    t.start();
    const std::string page = std::string(kColumns) + where + " ORDER BY created_at DESC, id DESC LIMIT 101";
    PGresult *r = PQexec(c, page.c_str());
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    const std::string count = "SELECT count(*) FROM vd.deposits" + where;
    r = PQexec(c, count.c_str());
    PQclear(r);
    return ok ? double(t.nsecsElapsed()) / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const test::Harness &h = test::Harness::instance();
    if (!h.ok()) {
        std::fprintf(stderr, "bench_deposits: %s\n", qPrintable(h.error()));
        return 1;
    }
    test::TestDatabase db(QStringLiteral("bench_dep"));
    if (!db.ok()) {
        std::fprintf(stderr, "bench_deposits: %s\n", qPrintable(db.error()));
        return 1;
    }
    const int rows = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QElapsedTimer load;
    load.start();
    QString err;
    db.psql(QStringLiteral(
                "INSERT INTO vd.deposits (reference, customer_name, wallet, fiat_amount, fiat_currency, token_amount, "
                "status, payment_tx_id, created_at) SELECT 'B-' || lpad(g::text, 7, '0'), "
                "(ARRAY['Amina', 'Peter', 'Grace', 'Jean', 'Fatuma', 'Halima', 'Claude', 'Zawadi'])[1 + g % 8] || ' ' "
                "|| (ARRAY['Njeri', 'Otieno', 'Uwase', 'Habimana', 'Ali', 'Wanjiru', 'Mugisha'])[1 + (g / 8) % 7] "
                "|| ' ' || g, decode(lpad(to_hex(g), 40, '0'), 'hex'), 1 + (g * 7919) % 5000, "
                "(ARRAY['EUR', 'KES', 'USD'])[1 + g % 3], (1 + (g * 7919) % 5000)::numeric * 1000000000000000000, "
                "(ARRAY['submitted', 'payment_confirmed', 'mint_pending', 'minted', 'minted', 'minted', 'minted', "
                "'mint_failed', 'mint_requires_safe', 'cap_exceeded', 'cancelled'])[1 + g % 11], "
                "CASE WHEN g % 11 <> 0 THEN 'PSP-' || g END, now() - (g * interval '313 seconds') "
                "FROM generate_series(1, %1) g; ANALYZE vd.deposits; "
                // A cap the capped deposits still do not fit under (with no cap they would all be released).
                "SELECT vd.set_daily_mint_cap(1000000000000000000)")
                .arg(rows),
            &err);
    if (!err.isEmpty()) {
        std::fprintf(stderr, "bench_deposits: loading failed: %s\n", qPrintable(err));
        return 1;
    }
    const double loadMs = double(load.elapsed());

    const db::DbConfig office = db.createLogin(QStringLiteral("vd_backoffice"), QStringLiteral("bench"));
    deposits::DepositService service(deposits::DepositServiceSettings{office, QStringLiteral("Bench"), 18});
    service.start();

    // Baseline connection (same login, same server), plain libpq.
    const QByteArray conninfo = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5 sslmode=disable")
                                    .arg(office.host)
                                    .arg(office.port)
                                    .arg(office.database, office.user, office.password)
                                    .toUtf8();
    PGconn *pg = PQconnectdb(conninfo.constData());
    if (PQstatus(pg) != CONNECTION_OK) {
        std::fprintf(stderr, "bench_deposits: libpq: %s\n", PQerrorMessage(pg));
        return 1;
    }

    const int runs = 20;
    // (a) first rows: a fresh model each time (as when the page opens), asked for its first page.
    std::vector<double> first, firstBase, cold;
    bool allLoaded = true;
    for (int i = 0; i < runs; ++i) {
        ui::DepositModel model(&service);
        QElapsedTimer t;
        t.start();
        model.sort(ui::DepositModel::Created, Qt::DescendingOrder);
        const double ms = waitFor(model, &ui::DepositModel::loaded, t);
        if (ms < 0 || model.rowCount() != 100 || model.total() != rows) {
            std::fprintf(stderr, "run %d: %.1f ms, %d rows, total %lld\n", i, ms, model.rowCount(),
                         static_cast<long long>(model.total()));
            allLoaded = false;
        }
        else
            (i == 0 ? cold : first).push_back(ms); // the very first includes opening the connection
        firstBase.push_back(libpqMs(pg, ""));
    }

    // (b) filter changes on one model, each kind several times (alternating with "no filter" so none is a repeat).
    ui::DepositModel model(&service);
    {
        QElapsedTimer t;
        t.start();
        model.sort(ui::DepositModel::Created, Qt::DescendingOrder);
        waitFor(model, &ui::DepositModel::loaded, t);
    }
    struct Kind
    {
        const char *label;
        std::function<deposits::DepositFilter(int)> filter;
        std::function<std::string(int)> where;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::vector<Kind> kinds = {
        {"filter: status = minted",
         [](int) { deposits::DepositFilter f; f.statuses = {QStringLiteral("minted")}; return f; },
         [](int) { return std::string(" WHERE status = ANY ('{minted}'::text[])"); }},
        {"filter: status = cap_exceeded, cancelled",
         [](int) { deposits::DepositFilter f; f.statuses = {QStringLiteral("cap_exceeded"), QStringLiteral("cancelled")}; return f; },
         [](int) { return std::string(" WHERE status = ANY ('{cap_exceeded,cancelled}'::text[])"); }},
        {"filter: customer contains 'zawadi'",
         [](int) { deposits::DepositFilter f; f.customer = QStringLiteral("zawadi"); return f; },
         [](int) { return std::string(" WHERE lower(customer_name) LIKE '%zawadi%'"); }},
        {"filter: reference prefix B-00123",
         [](int i) { deposits::DepositFilter f; f.referencePrefix = QStringLiteral("B-0012%1").arg(i % 10); return f; },
         [](int i) { return "WHERE reference ~>=~ 'B-0012" + std::to_string(i % 10) + "' AND reference ~<~ 'B-0012" +
                            std::to_string(i % 10 + 1) + "'"; }},
        {"filter: amount 100-200",
         [](int) { deposits::DepositFilter f; f.minFiat = QStringLiteral("100"); f.maxFiat = QStringLiteral("200"); return f; },
         [](int) { return std::string(" WHERE fiat_amount >= 100 AND fiat_amount <= 200"); }},
        {"filter: created in a 30-day window",
         [now](int) { deposits::DepositFilter f; f.createdFrom = now.addDays(-200); f.createdTo = now.addDays(-170); return f; },
         [now](int) {
             return " WHERE created_at >= '" + now.addDays(-200).toString(Qt::ISODateWithMs).toStdString() +
                    "' AND created_at < '" + now.addDays(-170).toString(Qt::ISODateWithMs).toStdString() + "'";
         }},
        {"filter: minted + customer + amount",
         [](int) {
             deposits::DepositFilter f;
             f.statuses = {QStringLiteral("minted")};
             f.customer = QStringLiteral("grace");
             f.minFiat = QStringLiteral("1000");
             return f;
         },
         [](int) { return std::string(" WHERE status = 'minted' AND lower(customer_name) LIKE '%grace%' AND fiat_amount >= 1000"); }},
    };
    std::vector<double> allFilters, allFiltersBase;
    std::vector<std::pair<Stats, Stats>> perKind;
    for (const Kind &k : kinds) {
        std::vector<double> v, b;
        for (int i = 0; i < 8; ++i) {
            QElapsedTimer t;
            t.start();
            model.setFilter(k.filter(i));
            const double ms = waitFor(model, &ui::DepositModel::loaded, t);
            if (ms < 0)
                allLoaded = false;
            else
                v.push_back(ms);
            std::string where = k.where(i);
            if (where.rfind("WHERE", 0) == 0)
                where = " " + where;
            b.push_back(libpqMs(pg, where));
            QElapsedTimer t2;
            t2.start();
            model.setFilter({});
            waitFor(model, &ui::DepositModel::loaded, t2);
        }
        allFilters.insert(allFilters.end(), v.begin(), v.end());
        allFiltersBase.insert(allFiltersBase.end(), b.begin(), b.end());
        perKind.emplace_back(stats(v), stats(b));
    }

    // (c) scrolling: 50 pages down, each fetchMore -> rows appended.
    std::vector<double> more;
    for (int i = 0; i < 50 && model.canFetchMore({}); ++i) {
        QElapsedTimer t;
        t.start();
        model.fetchMore({});
        const double ms = waitFor(model, &QAbstractItemModel::rowsInserted, t);
        if (ms >= 0)
            more.push_back(ms);
    }
    PQfinish(pg);

    std::printf("bench_deposits: %d deposits (bulk insert + ANALYZE %.0f ms), local Postgres 15, pages of 100 rows "
                "+ total count; times in ms\n",
                rows, loadMs);
    std::printf("%-46s %3s  %7s  %7s  %7s   | %-16s\n", "", "n", "p50", "p95", "max", "libpq baseline p50/p95");
    row("(a) first rows, page opened the first time", stats(cold), stats({firstBase.front()}));
    row("(a) first rows in the model (fresh model)", stats(first), stats(firstBase));
    row("(b) filter change -> rows in the model (all)", stats(allFilters), stats(allFiltersBase));
    for (size_t i = 0; i < kinds.size(); ++i)
        row((std::string("    ") + kinds[i].label).c_str(), perKind[i].first, perKind[i].second);
    row("(c) fetchMore -> next page appended (to row 5100)", stats(more), Stats{});
    const Stats a = stats(first), b = stats(allFilters);
    const Stats c = stats(cold);
    std::printf("aim: (a) and (b) p95 < 200 ms (and the very first open too): %s; rows loaded at the end: %d\n",
                (a.p95 < 200 && b.p95 < 200 && c.max < 200 && allLoaded) ? "met" : "NOT MET", model.rowCount());
    return allLoaded ? 0 : 1;
}
