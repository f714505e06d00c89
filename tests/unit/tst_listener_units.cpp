// Pure parts of the chain listener: the adaptive eth_getLogs range and the event decoder (topics checked against
// `cast keccak` values in ../shared/reference/evm.md, shapes against the token's ABI).
#include "chain/Abi.h"
#include "listener/EventDecoder.h"
#include "listener/RangePlanner.h"

#include <QtTest>

using namespace vd;

namespace {

chain::Hash32 topic(const char *hex)
{
    const QByteArray b = QByteArray::fromHex(QByteArray(hex).mid(2));
    chain::Hash32 h{};
    std::copy(b.begin(), b.end(), reinterpret_cast<char *>(h.data()));
    return h;
}

chain::Hash32 word(const chain::Address &a)
{
    chain::Hash32 h{};
    std::copy(a.bytes().begin(), a.bytes().end(), h.begin() + 12);
    return h;
}

QByteArray amount(quint64 v)
{
    QByteArray b(32, '\0');
    for (int i = 0; i < 8; ++i)
        b[31 - i] = static_cast<char>((v >> (8 * i)) & 0xff);
    return b;
}

} // namespace

class TestListenerUnits : public QObject
{
    Q_OBJECT

private slots:
    void rangeShrinksToSuggestionAndStaysUnderIt()
    {
        listener::RangePlanner p(1000, 10000, 5000);
        p.onTooLarge(1000, 250);
        QCOMPARE(p.size(), 250);
        p.onSuccess(250, 10); // cheap, but the provider's limit is the ceiling
        QCOMPARE(p.size(), 250);
    }

    void rangeHalvesWithoutSuggestionAndGrowsBack()
    {
        listener::RangePlanner p(1000, 10000, 5000);
        p.onTooLarge(1000, std::nullopt);
        QCOMPARE(p.size(), 500);
        p.onSuccess(500, 3);
        QCOMPARE(p.size(), 1000);
        p.onSuccess(1000, 3);
        QCOMPARE(p.size(), 2000);
        for (int i = 0; i < 10; ++i)
            p.onSuccess(p.size(), 0);
        QCOMPARE(p.size(), 10000);
    }

    void rangeFollowsLogDensity()
    {
        listener::RangePlanner p(100, 10000, 5000);
        p.onSuccess(100, 20000); // 4x the target: a quarter of the blocks next time
        QCOMPARE(p.size(), 25);
        p.onSuccess(25, 5000);
        QCOMPARE(p.size(), 25);
        p.onTooLarge(1, std::nullopt);
        QCOMPARE(p.size(), 1);
    }

    void decodesTheTokensEvents()
    {
        const auto token =
            chain::Address::fromString(QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3")).value();
        const auto safe =
            chain::Address::fromString(QStringLiteral("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")).value();
        const auto alice =
            chain::Address::fromString(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")).value();
        listener::EventDecoder d(token, safe);
        const auto transfer = topic("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
        QCOMPARE(chain::Abi::eventTopic(u"Transfer(address,address,uint256)"), transfer);

        chain::LogEntry mint;
        mint.address = token;
        mint.topics = {transfer, word(chain::Address::zero()), word(alice)};
        mint.data = amount(1000);
        const QJsonObject row = d.toRow(mint, 1700000000);
        QCOMPARE(row.value(QStringLiteral("k")).toString(), QStringLiteral("mint"));
        QCOMPARE(row.value(QStringLiteral("amount")).toString(), QStringLiteral("1000"));
        QCOMPARE(row.value(QStringLiteral("account")).toString(), alice.toLower().mid(2));

        chain::LogEntry burn = mint;
        burn.topics = {transfer, word(alice), word(chain::Address::zero())};
        QCOMPARE(d.kind(burn), QStringLiteral("burn"));

        chain::LogEntry redeemed;
        redeemed.address = token;
        chain::Hash32 order{};
        order.fill(0xab);
        redeemed.topics = {topic("0x61d905e697374527439f5c64f060ae521e3b586e8f61ef3f160057e7150e153e"), order,
                           word(alice)};
        redeemed.data = amount(42);
        const QJsonObject r = d.toRow(redeemed, 0);
        QCOMPARE(r.value(QStringLiteral("k")).toString(), QStringLiteral("redeemed"));
        QCOMPARE(r.value(QStringLiteral("hash")).toString(), QStringLiteral("ab").repeated(32));
        QCOMPARE(r.value(QStringLiteral("amount")).toString(), QStringLiteral("42"));

        chain::LogEntry paused;
        paused.address = token;
        paused.topics = {topic("0x62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258")};
        paused.data = QByteArray(32, '\0'); // the account, not indexed
        QCOMPARE(d.kind(paused), QStringLiteral("paused"));

        chain::LogEntry granted;
        granted.address = token;
        granted.topics = {topic("0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d"), order,
                          word(alice), word(alice)};
        QCOMPARE(d.kind(granted), QStringLiteral("role_granted"));

        chain::LogEntry frozen;
        frozen.address = token;
        frozen.topics = {topic("0x8a5c4736a33c7b7f29a2c34ea9ff9608afc5718d56f6fd6dcbd2d3711a1a4913"), word(alice)};
        QCOMPARE(d.kind(frozen), QStringLiteral("frozen"));

        chain::LogEntry exec;
        exec.address = safe;
        exec.topics = {topic("0x442e715f626346e8c54381002da614f62bee8d27386535b2521ec8540898556e"), order};
        exec.data = amount(0);
        QCOMPARE(d.kind(exec), QStringLiteral("safe_success"));
        exec.topics[0] = topic("0x23428b18acfb3ea64b08dc0c1d296ea9c09702c09083ca5272e64d115b687d23");
        QCOMPARE(d.kind(exec), QStringLiteral("safe_failure"));

        // The same event from another contract, or with the wrong shape, has no effect.
        chain::LogEntry foreign = mint;
        foreign.address = alice;
        QCOMPARE(d.kind(foreign), QStringLiteral("other"));
        chain::LogEntry shortData = redeemed;
        shortData.data.clear();
        QCOMPARE(d.kind(shortData), QStringLiteral("other"));
        chain::LogEntry safe130 = exec; // Safe 1.3.0 layout: txHash in data, not indexed
        safe130.topics = {exec.topics[0]};
        QCOMPARE(d.kind(safe130), QStringLiteral("other"));
    }
};

QTEST_GUILESS_MAIN(TestListenerUnits)
#include "tst_listener_units.moc"
