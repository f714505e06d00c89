// The reception window against a real database (TestDatabase) and the harness chain: camera frames through the real
// QVideoSink, wedge keystrokes through QTest, every verdict, deliver with Enter, fast mode, NOTIFY turning PENDING
// into VALID, hostile payloads never reaching the database, the database dropping and coming back, the on-chain
// re-check (confirmed, contradicted, unreachable). With VD_SCREENSHOT_DIR set, each verdict is saved as a PNG.
#include "Harness.h"
#include "QrFrames.h"
#include "ReceptionPage.h"
#include "TestDatabase.h"
#include "orders/DeskService.h"
#include "orders/RedemptionChecker.h"
#include "reception/DeskSounds.h"
#include "reception/VerdictCard.h"
#include "reception/VerdictPresenter.h"
#include "reception/WedgeFilter.h"
#include "scan/PayloadParser.h"
#include "scan/QrRenderer.h"

#include <QDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <memory>

using namespace vd;
using orders::Verdict;
using orders::VerdictKind;

Q_DECLARE_METATYPE(VerdictKind)

namespace {

QByteArray randomHash()
{
    QByteArray h(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(h.data()), 8);
    return h;
}

QString byteaLiteral(const QByteArray &hash)
{
    return QStringLiteral("'\\x%1'::bytea").arg(QString::fromLatin1(hash.toHex()));
}

QString code(const QByteArray &hash)
{
    return scan::PayloadParser::canonicalPayload(hash);
}

// The same code as an RGB frame (the pipeline's conversion fallback).
QVideoFrame rgbFrame(const QString &payload)
{
    QImage canvas(800, 600, QImage::Format_RGBX8888);
    canvas.fill(QColor(200, 200, 200));
    const QImage qr = scan::renderQr(payload, 6, 4).convertToFormat(QImage::Format_RGBX8888);
    for (int y = 0; y < qr.height(); ++y)
        std::copy_n(qr.constScanLine(y), qr.bytesPerLine(), canvas.scanLine(y + 50) + 4 * 100);
    QVideoFrame f(QVideoFrameFormat(canvas.size(), QVideoFrameFormat::Format_RGBX8888));
    if (!f.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < canvas.height(); ++y)
        std::copy_n(canvas.constScanLine(y), canvas.bytesPerLine(), f.bits(0) + qsizetype(y) * f.bytesPerLine(0));
    f.unmap();
    return f;
}

} // namespace

class TestReception : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_db;
    db::DbConfig m_login;
    std::unique_ptr<orders::DeskService> m_desk;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ui::ReceptionPage> m_page;
    QString m_shots;

    orders::DeskSettings deskSettings(const db::DbConfig &login) const
    {
        orders::DeskSettings s;
        s.database = login;
        s.deskName = QStringLiteral("Desk R");
        s.requiredConfirmations = 3;
        s.heartbeatMs = 300;
        return s;
    }

    std::unique_ptr<ui::ReceptionPage> makePage(orders::DeskService *desk, orders::RedemptionChecker *checker)
    {
        ui::ReceptionPage::Deps deps;
        deps.desk = desk;
        deps.checker = checker;
        deps.settingsFile = m_dir->filePath(QStringLiteral("desk.ini"));
        deps.startCamera = false;
        auto page = std::make_unique<ui::ReceptionPage>(deps, QStringLiteral("Desk R"));
        ui::ReceptionPrefs prefs;
        prefs.muted = true;
        page->setPrefs(prefs);
        page->resize(1366, 820);
        page->show();
        return page;
    }

    QByteArray insertOrder(const QString &status, const QString &item = QStringLiteral("Blue mug"),
                           const QString &extraColumns = QString(), const QString &extraValues = QString())
    {
        const QByteArray hash = randomHash();
        QString error;
        m_db->psql(QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, customer_name, customer_phone, "
                                  "status%1) VALUES (%2, 12500000000000000000, '%3', 'Alice Mwangi', '+254700111222', "
                                  "'%4'%5)")
                       .arg(extraColumns, byteaLiteral(hash), item, status, extraValues),
                   &error);
        if (!error.isEmpty())
            qWarning("insert failed: %s", qPrintable(error));
        return hash;
    }

    int scanEvents() const { return m_db->psql(QStringLiteral("SELECT count(*) FROM vd.scan_events")).toInt(); }

    // Types like a hand scanner: a fast burst ending in Enter, into whatever has focus.
    void wedge(ui::ReceptionPage &page, const QString &text)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &page;
        for (const QChar c : text) {
            if (c.unicode() < 0x80 && c.unicode() >= 0x20)
                QTest::keyClicks(target, QString(c));
            else
                QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QTest::keyClick(target, Qt::Key_Return);
    }

    // Waits for the next verdict shown after `before` verdicts had been shown.
    Verdict waitVerdict(QSignalSpy &spy, int timeoutMs = 5000)
    {
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return Verdict{};
        return spy.takeFirst().at(0).value<Verdict>();
    }

    // Feeds camera frames through the page's real video sink until a verdict appears (the pipeline drops frames
    // while its decoder is busy, as with a real camera).
    Verdict scanWithCamera(ui::ReceptionPage &page, const QVideoFrame &frame)
    {
        QSignalSpy spy(&page, &ui::ReceptionPage::verdictShown);
        QElapsedTimer t;
        t.start();
        while (spy.isEmpty() && t.elapsed() < 5000) {
            page.videoSink()->setVideoFrame(frame);
            QTest::qWait(30);
        }
        if (spy.isEmpty())
            return Verdict{};
        return spy.first().at(0).value<Verdict>();
    }

    void shoot(const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QCoreApplication::processEvents();
        m_page->window()->grab().save(QStringLiteral("%1/reception-%2.png").arg(m_shots, name));
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        qRegisterMetaType<Verdict>();
        m_shots = qEnvironmentVariable("VD_SCREENSHOT_DIR");
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("reception"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_login = m_db->createLogin(QStringLiteral("vd_reception"), QStringLiteral("clerk"));
        m_desk = std::make_unique<orders::DeskService>(deskSettings(m_login));
        QSignalSpy online(m_desk.get(), &orders::DeskService::onlineChanged);
        m_desk->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_desk->isOnline(), 10000);
        m_page = makePage(m_desk.get(), nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isOnline(), 5000);
        QTRY_COMPARE(m_page->card()->look().word, ui::VerdictPresenter::ready(true).word);
        shoot(QStringLiteral("ready"));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_desk.reset();
        m_db.reset();
    }

    void init()
    {
        m_page->returnToReady();
        m_page->noteEdit()->clear();
        ui::ReceptionPrefs prefs = m_page->prefs();
        prefs.fastMode = false;
        prefs.muted = true;
        m_page->setPrefs(prefs);
        m_page->setFocus();
    }

    void cameraFrameNv12ReachesVerdictAndEnterDelivers()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"), QStringLiteral("Blue mug"),
                                            QStringLiteral(", confirmations"), QStringLiteral(", 3"));
        const Verdict v = scanWithCamera(*m_page, test::nv12QrFrame(code(hash)));
        QCOMPARE(v.kind, VerdictKind::Valid);
        QCOMPARE(v.item, QStringLiteral("Blue mug"));
        QCOMPARE(m_page->card()->look().word, QStringLiteral("VALID"));
        QVERIFY(m_page->deliverButton()->isVisible());
        QVERIFY(m_page->deliverButton()->isEnabled());
        QVERIFY(m_page->card()->secondsLeft() > 0); // the countdown runs
        shoot(QStringLiteral("valid"));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT DISTINCT source FROM vd.scan_events WHERE order_hash = %1")
                                .arg(byteaLiteral(hash))),
                 QStringLiteral("camera"));

        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_page.get(), Qt::Key_Return);
        const Verdict d = waitVerdict(spy);
        QCOMPARE(d.kind, VerdictKind::Delivered);
        QCOMPARE(m_page->card()->look().word, QStringLiteral("DELIVERED"));
        QVERIFY(!m_page->deliverButton()->isVisible());
        shoot(QStringLiteral("delivered"));
        QCOMPARE(
            m_db->psql(QStringLiteral("SELECT o.status || ' ' || d.desk || ' ' || d.chain_recheck FROM vd.orders o "
                                      "JOIN vd.deliveries d ON d.order_id = o.id WHERE o.order_hash = %1")
                           .arg(byteaLiteral(hash))),
            QStringLiteral("DELIVERED Desk R not_rechecked"));
        // Enter again: nothing more happens (DELIVERED is terminal, the card offers no delivery).
        QTest::keyClick(m_page.get(), Qt::Key_Return);
        QTest::qWait(200);
        QCOMPARE(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.deliveries d JOIN vd.orders o ON o.id = d.order_id "
                                           "WHERE o.order_hash = %1")
                                .arg(byteaLiteral(hash))),
                 QStringLiteral("1"));
        QVERIFY(m_page->history()->count() >= 2);
    }

    void cameraFrameRgbFallback()
    {
        const QByteArray hash = insertOrder(QStringLiteral("CREATED"));
        const Verdict v = scanWithCamera(*m_page, rgbFrame(code(hash)));
        QCOMPARE(v.kind, VerdictKind::NotPaid);
    }

    void everyVerdictByWedge_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<QString>("values");
        QTest::addColumn<VerdictKind>("kind");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("shot");
        QTest::newRow("valid") << "VALID"
                               << ", confirmations"
                               << ", 3" << VerdictKind::Valid << "VALID"
                               << "";
        QTest::newRow("not paid") << "CREATED"
                                  << ""
                                  << "" << VerdictKind::NotPaid << "NOT PAID"
                                  << "not-paid";
        QTest::newRow("pending") << "PENDING_CHAIN"
                                 << ", confirmations"
                                 << ", 1" << VerdictKind::PendingChain << "PENDING ON CHAIN"
                                 << "pending";
        QTest::newRow("underpaid") << "UNDERPAID"
                                   << ", redeem_amount"
                                   << ", 2000000000000000000" << VerdictKind::Underpaid << "UNDERPAID"
                                   << "underpaid";
        QTest::newRow("expired") << "EXPIRED"
                                 << ", expires_at"
                                 << ", now() - interval '2 days'" << VerdictKind::Expired << "EXPIRED"
                                 << "expired";
        QTest::newRow("cancelled") << "CANCELLED"
                                   << ", cancel_reason"
                                   << ", 'customer asked for a refund'" << VerdictKind::Cancelled << "CANCELLED"
                                   << "cancelled";
        QTest::newRow("unknown") << ""
                                 << ""
                                 << "" << VerdictKind::UnknownCode << "UNKNOWN CODE"
                                 << "unknown";
    }

    void everyVerdictByWedge()
    {
        QFETCH(QString, status);
        QFETCH(QString, columns);
        QFETCH(QString, values);
        QFETCH(VerdictKind, kind);
        QFETCH(QString, word);
        QFETCH(QString, shot);
        const QByteArray hash =
            status.isEmpty() ? randomHash() : insertOrder(status, QStringLiteral("Blue mug"), columns, values);
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        const Verdict v = waitVerdict(spy);
        QCOMPARE(v.kind, kind);
        QCOMPARE(m_page->card()->look().word, word);
        QCOMPARE(m_page->canDeliver(), kind == VerdictKind::Valid);
        QCOMPARE(m_page->deliverButton()->isVisible(), kind == VerdictKind::Valid);
        QVERIFY(!m_page->card()->look().instruction.isEmpty());
        if (kind != VerdictKind::Valid)
            QVERIFY2(m_page->card()->look().instruction.contains(QLatin1String("Do not")),
                     qPrintable(m_page->card()->look().instruction));
        if (kind == VerdictKind::PendingChain)
            QVERIFY(m_page->card()->look().headline.contains(QLatin1String("1 of 3")));
        if (kind == VerdictKind::Underpaid)
            QVERIFY(m_page->card()->look().headline.contains(QLatin1String("2 of 12.5")));
        // (a NOTIFY arriving after the lookup may re-read a pending order: same source, one more row)
        QCOMPARE(m_db->psql(QStringLiteral("SELECT DISTINCT source FROM vd.scan_events WHERE order_hash = %1")
                                .arg(byteaLiteral(hash))),
                 QStringLiteral("scanner"));
        shoot(shot);
    }

    void alreadyDeliveredSaysByWhomWhenWhere()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        m_db->psql(QStringLiteral("SELECT * FROM vd.deliver_order(%1, gen_random_uuid(), 'Desk 2', 'gift wrapped', "
                                  "'confirmed')")
                       .arg(byteaLiteral(hash)));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        const Verdict v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::AlreadyDelivered);
        QCOMPARE(v.deliveredDesk, QStringLiteral("Desk 2"));
        QVERIFY(m_page->card()->look().headline.contains(QLatin1String("Desk 2")));
        QVERIFY(!m_page->card()->look().headline.contains(QLatin1String("?")));
        QVERIFY(!m_page->canDeliver());
        shoot(QStringLiteral("already-delivered"));
    }

    void invalidThenValidNeverFreezes()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, QStringLiteral("HELLO-NOT-A-CODE"));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotAnOrderCode);
        QCOMPARE(m_page->card()->look().word, QStringLiteral("NOT AN ORDER CODE"));
        shoot(QStringLiteral("not-an-order-code"));
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        // and the camera path after a garbage frame
        const QByteArray other = insertOrder(QStringLiteral("CREATED"));
        QCOMPARE(scanWithCamera(*m_page, test::nv12QrFrame(QStringLiteral("https://example.com/?q=1"))).kind,
                 VerdictKind::NotAnOrderCode);
        QCOMPARE(scanWithCamera(*m_page, test::nv12QrFrame(code(other))).kind, VerdictKind::NotPaid);
    }

    void repeatedScanReShows()
    {
        const QByteArray hash = insertOrder(QStringLiteral("CREATED"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotPaid);
        const int before = scanEvents();
        wedge(*m_page, code(hash));
        const Verdict again = waitVerdict(spy);
        QCOMPARE(again.kind, VerdictKind::NotPaid);
        QVERIFY(again.repeat);
        QCOMPARE(scanEvents(), before); // re-shown, not re-run
    }

    void hostilePayloadsNeverReachTheDatabase_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::newRow("sql") << QStringLiteral("VD1-'; DROP TABLE vd.orders; --");
        QTest::newRow("sql in url") << QStringLiteral("https://x.example/' OR 1=1 --");
        QTest::newRow("4 KB") << QString(4096, u'A');
        QTest::newRow("binary-ish") << QStringLiteral("VD1-\u00ff\u00fe\u0001\u0002ABCDEF");
        QTest::newRow("control chars") << QStringLiteral("VD1-ABC\u0007\u001bDEF0123456789");
        QTest::newRow("bidi override") << QStringLiteral(
            "VD1-\u202eFEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA98765432");
        QTest::newRow("zero width") << QStringLiteral("VD1-\u200b") + QString(64, u'A');
        QTest::newRow("63 digits") << QStringLiteral("VD1-") + QString(63, u'A');
        QTest::newRow("65 digits") << QStringLiteral("VD1-") + QString(65, u'A');
        QTest::newRow("no prefix") << QString(64, u'A');
        QTest::newRow("mixed case") << QStringLiteral("Vd1-") + QString(64, u'a');
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)//VD1-") + QString(64, u'A');
        QTest::newRow("azerty digits") << QStringLiteral("VD&-") + QString(64, u'A');
    }

    void hostilePayloadsNeverReachTheDatabase()
    {
        QFETCH(QString, payload);
        const int before = scanEvents();
        const int ordersBefore = m_db->psql(QStringLiteral("SELECT count(*) FROM vd.orders")).toInt();
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, payload);
        const Verdict v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::NotAnOrderCode);
        QVERIFY(!m_page->canDeliver());
        QTest::qWait(100);
        QCOMPARE(scanEvents(), before);
        QCOMPARE(m_db->psql(QStringLiteral("SELECT count(*) FROM vd.orders")).toInt(), ordersBefore);
    }

    void wedgeScanWhileTypingANoteDoesNotLeakIntoIt()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        m_page->noteEdit()->setFocus();
        QTest::keyClicks(m_page->noteEdit(), QStringLiteral("paid cash"), Qt::NoModifier, 90); // a person typing
        QTRY_COMPARE(m_page->noteEdit()->text(), QStringLiteral("paid cash"));
        const QByteArray other = insertOrder(QStringLiteral("CREATED"));
        wedge(*m_page, code(other)); // the hand scanner fires while the note has focus
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotPaid);
        QCOMPARE(m_page->noteEdit()->text(), QStringLiteral("paid cash")); // nothing typed is lost or polluted
    }

    void searchByNameWithKeyboard()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"), QStringLiteral("Search kettle"));
        m_db->psql(QStringLiteral("UPDATE vd.orders SET customer_name = 'Zawadi Otieno' WHERE order_hash = %1")
                       .arg(byteaLiteral(hash)));
        m_page->focusSearch();
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("zawadi"), Qt::NoModifier, 90);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->searchResults()->count() >= 1 &&
                                     m_page->searchResults()->item(0)->text().contains(QLatin1String("Search kettle")),
                                 5000);
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), m_page->searchResults());
        QTest::keyClick(m_page->searchResults(), Qt::Key_Return);
        const Verdict v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::Valid);
        QCOMPARE(v.orderHash, hash);
        m_page->searchEdit()->clear();
        m_page->searchResults()->clear();
    }

    void pastedImageDecodes()
    {
        const QByteArray hash = insertOrder(QStringLiteral("CREATED"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        m_page->decodeImage(scan::renderQr(code(hash), 5, 4), scan::ScanSource::Paste);
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotPaid);
        QImage blank(300, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        m_page->decodeImage(blank, scan::ScanSource::Paste);
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotAnOrderCode);
    }

    void pendingTurnsValidByNotify()
    {
        const QByteArray hash = insertOrder(QStringLiteral("PENDING_CHAIN"), QStringLiteral("Blue mug"),
                                            QStringLiteral(", confirmations"), QStringLiteral(", 1"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::PendingChain);
        m_db->psql(
            QStringLiteral("UPDATE vd.orders SET confirmations = 2 WHERE order_hash = %1").arg(byteaLiteral(hash)));
        Verdict v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::PendingChain);
        QCOMPARE(v.confirmations, 2);
        m_db->psql(QStringLiteral("UPDATE vd.orders SET status = 'VALID', confirmations = 3 WHERE order_hash = %1")
                       .arg(byteaLiteral(hash)));
        v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::Valid); // no rescan
        QCOMPARE(m_page->card()->look().word, QStringLiteral("VALID"));
        QVERIFY(m_page->canDeliver());
    }

    void validDeliveredElsewhereFlipsToAlreadyDelivered()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        m_db->psql(QStringLiteral("SELECT * FROM vd.deliver_order(%1, gen_random_uuid(), 'Desk 9', '', 'confirmed')")
                       .arg(byteaLiteral(hash)));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::AlreadyDelivered);
        QVERIFY(!m_page->canDeliver());
    }

    void fastModeDeliversOnScan()
    {
        ui::ReceptionPrefs prefs = m_page->prefs();
        prefs.fastMode = true;
        m_page->setPrefs(prefs);
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid); // still shown
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Delivered);
        // fast mode never delivers what is not VALID
        const QByteArray pending = insertOrder(QStringLiteral("CREATED"));
        wedge(*m_page, code(pending));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotPaid);
        QTest::qWait(300);
        QVERIFY(spy.isEmpty());
    }

    void databaseDropShowsOfflineKeepsTypingAndRecovers()
    {
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        m_page->noteEdit()->setText(QStringLiteral("left at the side door"));

        // The clerk's login can no longer connect and its sessions are cut: the database is gone for this desk.
        m_db->psql(QStringLiteral("ALTER ROLE %1 NOLOGIN; SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                  "WHERE usename = '%1'")
                       .arg(m_login.user));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isOnline(), 4000);
        QCOMPARE(m_page->card()->look().word, QStringLiteral("DATABASE OFFLINE"));
        QVERIFY(!m_page->canDeliver());
        QVERIFY(!m_page->deliverButton()->isVisible());
        shoot(QStringLiteral("database-offline"));
        QTest::keyClick(m_page.get(), Qt::Key_Return); // impossible
        QCOMPARE(m_page->noteEdit()->text(), QStringLiteral("left at the side door"));
        // A scan while offline says so too, and is not lost: it is looked up when the database is back.
        const QByteArray other = insertOrder(QStringLiteral("CREATED"));
        spy.clear();
        wedge(*m_page, code(other));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::DatabaseOffline);

        m_db->psql(QStringLiteral("ALTER ROLE %1 LOGIN").arg(m_login.user));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isOnline(), 6000);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->currentVerdict().kind, VerdictKind::NotPaid, 5000);
        QCOMPARE(m_page->currentVerdict().orderHash, other);
        QCOMPARE(m_page->noteEdit()->text(), QStringLiteral("left at the side door"));
        QCOMPARE(
            m_db->psql(QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = %1").arg(byteaLiteral(hash))),
            QStringLiteral("VALID"));
    }

    void unreachableDatabaseFromTheStart()
    {
        db::DbConfig dead = m_login;
        dead.port = 1;
        orders::DeskService desk(deskSettings(dead));
        desk.start();
        auto page = makePage(&desk, nullptr);
        QTRY_COMPARE_WITH_TIMEOUT(page->card()->look().word, QStringLiteral("DATABASE OFFLINE"), 6000);
        QSignalSpy spy(page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*page, code(randomHash()));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::DatabaseOffline);
        QVERIFY(!page->canDeliver());
    }

    void onChainRecheck()
    {
        const test::Harness &h = test::Harness::instance();
        const QByteArray hash = randomHash();
        const QString hex = QStringLiteral("0x") + QString::fromLatin1(hash.toHex());
        const QString customerKey = h.customerKeys().value(1);
        QString error;
        const QString customer = h.runCast(
            {QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"), customerKey},
            &error);
        QVERIFY2(!customer.isEmpty(), qPrintable(error));
        const QStringList rpc = {QStringLiteral("--rpc-url"), h.rpcUrl()};
        // Returns the transaction hash ("0x..") of a successful send, empty on failure.
        auto send = [&](const QString &key, const QStringList &call) -> QString {
            for (int attempt = 0; attempt < 3; ++attempt) { // other tests share the chain: retry a nonce race
                const QString out = h.runCast(QStringList{QStringLiteral("send"), QStringLiteral("--json"),
                                                          QStringLiteral("--private-key"), key, h.token()} +
                                                  call + rpc,
                                              &error);
                const QString tx =
                    QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("transactionHash")).toString();
                if (!tx.isEmpty())
                    return tx;
                QTest::qWait(300);
            }
            return {};
        };
        const QString mintTx =
            send(h.minterKey(), {QStringLiteral("mint(address,uint256)"), customer, QStringLiteral("1000")});
        QVERIFY2(!mintTx.isEmpty(), qPrintable(error));
        const QString redeemTx =
            send(customerKey, {QStringLiteral("redeem(bytes32,uint256)"), hex, QStringLiteral("1000")});
        QVERIFY2(!redeemTx.isEmpty(), qPrintable(error));
        // The listener's record of the redemption: the re-check asks for exactly this transaction.
        m_db->psql(
            QStringLiteral("INSERT INTO vd.orders (order_hash, amount, item, status, confirmations, redeem_tx) VALUES "
                           "(%1, 1000, 'Chain-checked lamp', 'VALID', 3, '\\x%2'::bytea)")
                .arg(byteaLiteral(hash), redeemTx.mid(2)));
        const QByteArray unpaid = insertOrder(QStringLiteral("VALID"), QStringLiteral("Forged lamp")); // no redemption
        // A VALID order whose recorded "redemption" is really the mint: the receipt has no Redeemed log for it.
        const QByteArray wrongTx =
            insertOrder(QStringLiteral("VALID"), QStringLiteral("Mislabelled lamp"), QStringLiteral(", redeem_tx"),
                        QStringLiteral(", '\\x%1'::bytea").arg(mintTx.mid(2)));

        orders::RecheckSettings rs;
        rs.rpcUrls = {h.rpcUrl()};
        rs.token = h.token();
        rs.fromBlock = h.deployBlock();
        rs.chainId = h.chainId();
        orders::RedemptionChecker checker(rs);
        m_page.reset();
        m_page = makePage(m_desk.get(), &checker);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isOnline(), 5000);

        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        QCOMPARE(m_page->currentVerdict().redeemTx.toHex(), redeemTx.mid(2).toLatin1());
        m_page->deliver();
        Verdict v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::Delivered);
        QCOMPARE(v.chainRecheck, QStringLiteral("confirmed"));
        QCOMPARE(m_db->psql(QStringLiteral("SELECT d.chain_recheck FROM vd.deliveries d JOIN vd.orders o ON "
                                           "o.id = d.order_id WHERE o.order_hash = %1")
                                .arg(byteaLiteral(hash))),
                 QStringLiteral("confirmed"));

        // The database says VALID, the chain has no such redemption: refused loudly, nothing delivered.
        wedge(*m_page, code(unpaid));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        m_page->deliver();
        v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::RecheckFailed);
        QCOMPARE(m_page->card()->look().word, QStringLiteral("RE-CHECK FAILED"));
        QVERIFY(!m_page->canDeliver());
        shoot(QStringLiteral("recheck-failed"));
        QCOMPARE(
            m_db->psql(QStringLiteral("SELECT status FROM vd.orders WHERE order_hash = %1").arg(byteaLiteral(unpaid))),
            QStringLiteral("VALID"));
        wedge(*m_page, code(wrongTx));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        QVERIFY(!m_page->currentVerdict().redeemTx.isEmpty());
        m_page->deliver();
        v = waitVerdict(spy);
        QCOMPARE(v.kind, VerdictKind::RecheckFailed);
        QVERIFY2(v.message.contains(QLatin1String("does not redeem")), qPrintable(v.message));

        // An endpoint on the wrong chain is not believed either way: "not_rechecked", never RE-CHECK FAILED.
        {
            orders::RecheckSettings wrongChain = rs;
            wrongChain.chainId = 1;
            orders::RedemptionChecker wrong(wrongChain);
            QSignalSpy checked(&wrong, &orders::RedemptionChecker::checked);
            wrong.check(hash, QByteArray());
            QVERIFY(checked.wait(3000));
            const auto r = checked.at(0).at(1).value<orders::RecheckResult>();
            QCOMPARE(r.outcome, orders::RecheckOutcome::Unreachable);
            QVERIFY2(r.message.contains(QLatin1String("31337")), qPrintable(r.message));
        }

        // No endpoint answers: proceed on the database's VALID and record "not_rechecked".
        orders::RecheckSettings deadRpc = rs;
        deadRpc.rpcUrls = {QStringLiteral("http://127.0.0.1:1")};
        orders::RedemptionChecker deadChecker(deadRpc);
        m_page.reset();
        m_page = makePage(m_desk.get(), &deadChecker);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isOnline(), 5000);
        QSignalSpy spy2(m_page.get(), &ui::ReceptionPage::verdictShown);
        const QByteArray third = insertOrder(QStringLiteral("VALID"));
        wedge(*m_page, code(third));
        QCOMPARE(waitVerdict(spy2).kind, VerdictKind::Valid);
        m_page->deliver();
        v = waitVerdict(spy2);
        QCOMPARE(v.kind, VerdictKind::Delivered);
        QCOMPARE(v.chainRecheck, QStringLiteral("not_rechecked"));
        m_page.reset();
        m_page = makePage(m_desk.get(), nullptr);
    }

    void scansReachTheDeskWhileADialogIsOpen()
    {
        const QByteArray hash = insertOrder(QStringLiteral("CREATED"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        QDialog dialog(m_page.get());
        auto *edit = new QLineEdit(&dialog);
        QTimer::singleShot(200, &dialog, [&]() {
            edit->setFocus();
            wedge(*m_page, code(hash)); // the scanner types into the dialog's focused field
            QTimer::singleShot(500, &dialog, &QDialog::accept);
        });
        dialog.exec();
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::NotPaid);
        QVERIFY(edit->text().isEmpty()); // the burst went to the desk, not into the dialog
    }

    void passwordFieldsAreNeverScanned()
    {
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        QLineEdit password;
        password.setEchoMode(QLineEdit::Password);
        password.show();
        password.activateWindow();
        password.setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), &password);
        const QString secret = QStringLiteral("VD1-") + QString(64, u'A'); // even a code-shaped password
        QTest::keyClicks(&password, secret);                               // as fast as a password manager
        QCOMPARE(password.text(), secret);
        QTest::qWait(150);
        QVERIFY(spy.isEmpty());
        m_page->activateWindow();
        m_page->setFocus();
    }

    void fastTypingIsNotAScan()
    {
        m_page->focusSearch();
        QTest::keyClicks(m_page->searchEdit(), QStringLiteral("ab")); // two quick keys: a person, not a scanner
        QTRY_COMPARE(m_page->searchEdit()->text(), QStringLiteral("ab"));
        QTest::keyClick(m_page->searchEdit(), Qt::Key_Backspace);
        QTRY_COMPARE(m_page->searchEdit()->text(), QStringLiteral("a"));
        m_page->searchEdit()->clear();
        m_page->setFocus();
    }

    void hiddenNamesAndCountdownBackToReady()
    {
        ui::ReceptionPrefs prefs = m_page->prefs();
        prefs.hideCustomerNames = true;
        m_page->setPrefs(prefs);
        const QByteArray hash = insertOrder(QStringLiteral("VALID"));
        QSignalSpy spy(m_page.get(), &ui::ReceptionPage::verdictShown);
        wedge(*m_page, code(hash));
        QCOMPARE(waitVerdict(spy).kind, VerdictKind::Valid);
        QVERIFY(!m_page->card()->look().details.join(u' ').contains(QLatin1String("Alice")));
        prefs.hideCustomerNames = false;
        m_page->setPrefs(prefs);

        ui::VerdictLook look = m_page->card()->look();
        look.holdSeconds = 1;
        m_page->card()->show(look);
        QTRY_COMPARE_WITH_TIMEOUT(m_page->card()->look().word, QStringLiteral("READY TO SCAN"), 3000);
        QVERIFY(!m_page->canDeliver()); // a card that went back to ready no longer delivers on Enter
    }

    void soundsAreDistinctAndMutable()
    {
        ui::DeskSounds sounds;
        sounds.setMuted(true);
        sounds.play(ui::VerdictLook::Tone::Ok);
        QCOMPARE(sounds.played(), 1);
        const QByteArray ok = ui::DeskSounds::makeWav({{880, 110}, {1320, 160}});
        QVERIFY(ok.startsWith("RIFF"));
        QCOMPARE(ok.mid(8, 4), QByteArray("WAVE"));
        QVERIFY(ok != ui::DeskSounds::makeWav({{660, 180}, {660, 180}}));
    }
};

QTEST_MAIN(TestReception)
#include "tst_reception.moc"
