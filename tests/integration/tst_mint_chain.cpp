// Deposits become tokens on a private anvil with the project's token and Safe (owners accounts 1-3, threshold 2),
// through the real MintService + SigningService + Postgres:
// - small deposit -> direct mint -> minted, balance checked on chain;
// - a mint whose receipt (and even its hash) was lost: Retry finds it (by hash, or by the minter's nonce and the
//   listener's mint row) and records it — the balance is minted once, the minter's nonce moved by one;
// - large deposit -> Transaction Builder JSON + safeTxHash equal to the Safe's getTransactionHash -> owners execute
//   (owner 2 approveHash, owner 1 execTransaction with both pre-validated signatures) -> "not yet confirmed" until
//   deep enough -> verified -> minted;
// - the verifier refuses, each with its own code: another Safe, another recipient, another amount, another token,
//   ExecutionFailure with status 1, a hash that is not a transaction, a transaction that is not a Safe execution.
#include "Harness.h"
#include "LocalChain.h"
#include "TestDatabase.h"
#include "chain/Address.h"
#include "chain/Hex.h"
#include "chain/Keystore.h"
#include "chain/PrivateKey.h"
#include "mint/MintService.h"
#include "signing/SigningService.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace vd;

namespace {
const QString kZero = QStringLiteral("0x0000000000000000000000000000000000000000");
const QString kPassword = QStringLiteral("minter pass");
const QString kExecSig =
    QStringLiteral("execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)");
const QString kHashSig = QStringLiteral(
    "getTransactionHash(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,uint256)(bytes32)");

// Waits for `signal` of `sender` whose first argument matches `key` (or any, when no key), hands the arguments to
// `take`; false on timeout. Signals carry vd::Result<T>, which QSignalSpy cannot store (no default constructor).
template <typename Obj, typename... Args, typename Take>
bool waitFor(Obj *sender, void (Obj::*signal)(Args...), Take take, int timeoutMs = 60000)
{
    bool got = false;
    QEventLoop loop;
    const auto c = QObject::connect(sender, signal, &loop, [&](Args... args) {
        if (got || !take(args...))
            return;
        got = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return got;
}

QString word(const QString &address)
{
    return QString(24, QLatin1Char('0')) + address.mid(2).toLower();
}
} // namespace

class TestMintChain : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::LocalChain> m_chain;
    std::unique_ptr<test::TestDatabase> m_db;
    QTemporaryDir m_dir;
    db::DbConfig m_admin;
    QString m_keystore;
    QStringList m_ownerKeys;
    QStringList m_owners;
    std::unique_ptr<signing::SigningService> m_signing;
    std::unique_ptr<mint::MintService> m_mint;
    int m_walletCounter = 0;

    QString cast(const QStringList &args)
    {
        QString err;
        const QString out = m_chain->cast(args, &err);
        if (!err.isEmpty())
            qWarning("cast %s: %s", qPrintable(args.join(u' ')), qPrintable(err));
        return out;
    }
    // cast subcommands that take no node (calldata, wallet address, compute-address with a nonce)
    static QString offline(const QStringList &args)
    {
        QString err;
        const QString out = test::Harness::instance().runCast(args, &err);
        if (!err.isEmpty())
            qWarning("cast %s: %s", qPrintable(args.join(u' ')), qPrintable(err));
        return out;
    }
    QString su(const QString &sql) { return m_db->psql(sql); }

    config::ChainSettings chainSettings(int confirmations)
    {
        config::ChainSettings c;
        c.chainId = 31337;
        c.rpcUrls = {m_chain->rpcUrl()};
        c.token = m_chain->token();
        c.safe = m_chain->safe();
        c.tokenCodeHash = m_chain->tokenCodeHash();
        c.confirmations = confirmations;
        return c;
    }
    // `txConfirmations` > 1 on this automining chain means a sent mint is never followed to its end: the receipt is
    // "lost" when the services are replaced.
    void makeServices(int confirmations, const QString &token = QString(), int txConfirmations = 1)
    {
        m_mint.reset();
        m_signing.reset();
        signing::SigningSettings s;
        s.chain = chainSettings(confirmations);
        s.tx.confirmations = txConfirmations;
        s.tx.pollInterval = std::chrono::milliseconds(100);
        m_signing = std::make_unique<signing::SigningService>(s);
        mint::MintSettings ms;
        ms.database = m_admin;
        ms.workstation = QStringLiteral("test-ws");
        ms.chain = s.chain;
        if (!token.isEmpty())
            ms.chain.token = token;
        ms.minterKeystore = m_keystore;
        m_mint = std::make_unique<mint::MintService>(ms, m_signing.get());
    }

    QString freshWallet()
    {
        const QString hex = QStringLiteral("%1").arg(0xabc000 + ++m_walletCounter, 40, 16, QLatin1Char('0'));
        return chain::Address::fromString(QString(QStringLiteral("0x") + hex)).value().toChecksummed();
    }
    qint64 deposit(const QString &wallet, const QString &amount, const QString &status)
    {
        return su(QStringLiteral("INSERT INTO vd.deposits (customer_name, wallet, fiat_amount, fiat_currency, "
                                 "token_amount, status) VALUES ('Ann', '\\x%1', 10, 'EUR', %2, '%3') RETURNING id")
                      .arg(wallet.mid(2).toLower(), amount, status))
            .toLongLong();
    }
    QString status(qint64 id) { return su(QStringLiteral("SELECT status FROM vd.deposits WHERE id = %1").arg(id)); }
    QString balance(const QString &wallet)
    {
        return cast({QStringLiteral("call"), m_chain->token(), QStringLiteral("balanceOf(address)(uint256)"), wallet})
            .section(u' ', 0, 0);
    }
    quint64 minterNonce()
    {
        return cast({QStringLiteral("nonce"), offline({QStringLiteral("wallet"), QStringLiteral("address"),
                                                       QStringLiteral("--private-key"), m_chain->minterKey()})})
            .toULongLong();
    }

    mint::MintDeposit load(qint64 id)
    {
        mint::MintDeposit out;
        quint64 req = 0;
        QTimer::singleShot(0, m_mint.get(), [&]() { req = m_mint->load(id); });
        waitFor(m_mint.get(), &mint::MintService::loaded, [&](quint64 r, const vd::Result<mint::MintDeposit> &d) {
            if (r != req)
                return false;
            if (d.ok())
                out = d.value();
            else
                qWarning("load: %s", qPrintable(d.error().message));
            return true;
        });
        return out;
    }

    // prepare -> confirm -> done; returns the error code ("" = minted).
    QString directMint(qint64 id, bool stopAfterSend = false)
    {
        const mint::MintDeposit d = load(id);
        quint64 signingId = 0;
        QString problem;
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->prepareMint(d); });
        if (!waitFor(m_mint.get(), &mint::MintService::mintPrepared,
                     [&](qint64 dep, quint64 sid, const vd::Result<signing::PreparedCall> &p) {
                         if (dep != id)
                             return false;
                         signingId = sid;
                         if (!p.ok())
                             problem = p.error().code + u' ' + p.error().message;
                         else if (!p.value().summary.toText().contains(QLatin1String("mint")))
                             problem = QStringLiteral("summary without the function");
                         return true;
                     }))
            return QStringLiteral("no answer to prepare");
        if (!problem.isEmpty())
            return problem;
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->confirmMint(id, signingId, kPassword.toUtf8()); });
        if (stopAfterSend)
            return waitFor(m_mint.get(), &mint::MintService::mintSent,
                           [&](qint64 dep, const QString &) { return dep == id; })
                       ? QString()
                       : QStringLiteral("not sent");
        QString outcome = QStringLiteral("no outcome");
        waitFor(
            m_mint.get(), &mint::MintService::mintDone,
            [&](qint64 dep, const vd::Result<void> &r) {
                if (dep != id)
                    return false;
                outcome = r.ok() ? QString() : r.error().code + u' ' + r.error().message;
                return true;
            },
            120000);
        return outcome;
    }
    // retry(); returns the verdict's kind and the final error ("" = minted).
    QPair<int, QString> retry(qint64 id)
    {
        const mint::MintDeposit d = load(id);
        int kind = -1;
        QString outcome = QStringLiteral("no outcome");
        auto c = connect(m_mint.get(), &mint::MintService::retryAssessed, this,
                         [&](qint64 dep, const mint::RetryVerdict &v) {
                             if (dep == id)
                                 kind = int(v.kind);
                         });
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->retry(d); });
        waitFor(m_mint.get(), &mint::MintService::mintDone, [&](qint64 dep, const vd::Result<void> &r) {
            if (dep != id)
                return false;
            outcome = r.ok() ? QString() : r.error().code + u' ' + r.error().message;
            return true;
        });
        disconnect(c);
        return {kind, outcome};
    }

    // Owners 1 and 2 execute `data` on `to` through `safe` (approveHash by owner 2, execTransaction by owner 1 with
    // both pre-validated signatures, sorted by owner address). Returns {safeTxHash, execution tx hash}.
    QPair<QString, QString> executeSafe(const QString &safe, const QString &to, const QString &data,
                                        const QString &safeTxGas = QStringLiteral("0"), bool twoOwners = true)
    {
        const QString nonce = cast({QStringLiteral("call"), safe, QStringLiteral("nonce()(uint256)")});
        const QString hash =
            cast({QStringLiteral("call"), safe, kHashSig, to, QStringLiteral("0"), data, QStringLiteral("0"), safeTxGas,
                  QStringLiteral("0"), QStringLiteral("0"), kZero, kZero, nonce});
        QStringList signers = {m_owners.at(0)};
        if (twoOwners) {
            cast({QStringLiteral("send"), safe, QStringLiteral("approveHash(bytes32)"), hash,
                  QStringLiteral("--private-key"), m_ownerKeys.at(1)});
            signers << m_owners.at(1);
        }
        std::sort(signers.begin(), signers.end(),
                  [](const QString &a, const QString &b) { return a.toLower() < b.toLower(); });
        QString sigs = QStringLiteral("0x");
        for (const QString &s : signers)
            sigs += word(s) + QString(64, QLatin1Char('0')) + QStringLiteral("01");
        const QString out =
            cast({QStringLiteral("send"), safe, kExecSig, to, QStringLiteral("0"), data, QStringLiteral("0"), safeTxGas,
                  QStringLiteral("0"), QStringLiteral("0"), kZero, kZero, sigs, QStringLiteral("--private-key"),
                  m_ownerKeys.at(0), QStringLiteral("--json")});
        return {hash,
                QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("transactionHash")).toString()};
    }
    QString mintData(const QString &to, const QString &amount)
    {
        return offline({QStringLiteral("calldata"), QStringLiteral("mint(address,uint256)"), to, amount});
    }
    // A proposal row for `deposit` carrying `safeTxHash` (what an export would have recorded).
    void proposal(qint64 deposit, const QString &safeTxHash, const QString &safe)
    {
        su(QStringLiteral("INSERT INTO vd.safe_proposals (kind, deposit_id, chain_id, safe_address, safe_nonce, "
                          "safe_tx_hash, target, calldata, summary) VALUES ('mint', %1, 31337, '\\x%2', 0, '\\x%3', "
                          "'\\x%4', '\\x', 'test')")
               .arg(deposit)
               .arg(safe.mid(2).toLower(), safeTxHash.mid(2), m_chain->token().mid(2).toLower()));
    }
    QString recordExecution(qint64 id, const QString &txHash)
    {
        const mint::MintDeposit d = load(id);
        QString code = QStringLiteral("no answer");
        QTimer::singleShot(0, m_mint.get(),
                           [&]() { m_mint->recordSafeExecution(d, chain::hex::decode(txHash).value()); });
        waitFor(m_mint.get(), &mint::MintService::safeExecutionRecorded,
                [&](qint64 dep, const vd::Result<mint::SafeCheck> &r) {
                    if (dep != id)
                        return false;
                    code = r.ok() ? QString() : r.error().code;
                    if (!r.ok())
                        qInfo("%s: %s", qPrintable(r.error().code), qPrintable(r.error().message));
                    return true;
                });
        return code;
    }

private slots:
    void initTestCase()
    {
        VD_REQUIRE_HARNESS();
        m_chain = std::make_unique<test::LocalChain>();
        QVERIFY2(m_chain->ok(), qPrintable(m_chain->error()));
        m_db = std::make_unique<test::TestDatabase>(QStringLiteral("mintchain"));
        QVERIFY2(m_db->ok(), qPrintable(m_db->error()));
        m_admin = m_db->createLogin(QStringLiteral("vd_admin"));
        m_ownerKeys = test::Harness::instance().safeOwnerKeys();
        QCOMPARE(m_ownerKeys.size(), 3);
        for (const QString &k : std::as_const(m_ownerKeys))
            m_owners << offline(
                {QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"), k});
        auto key = chain::PrivateKey::fromHex(m_chain->minterKey());
        QVERIFY(key.ok());
        const auto json = chain::Keystore::encrypt(key.value(), kPassword.toUtf8(), chain::ScryptParams{1024, 8, 1});
        QVERIFY(json.ok());
        m_keystore = m_dir.filePath(QStringLiteral("minter.json"));
        QFile f(m_keystore);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.value());
        f.close();
        makeServices(1);
    }
    void cleanupTestCase()
    {
        m_mint.reset();
        m_signing.reset();
        m_db.reset();
        m_chain.reset();
    }

    void directMintThenMinted()
    {
        const QString wallet = freshWallet();
        const qint64 id = deposit(wallet, QStringLiteral("1500000000000000000"), QStringLiteral("mint_pending"));
        QCOMPARE(balance(wallet), QStringLiteral("0"));
        QCOMPARE(directMint(id), QString());
        QCOMPARE(status(id), QStringLiteral("minted"));
        QCOMPARE(balance(wallet), QStringLiteral("1500000000000000000"));
        QCOMPARE(su(QStringLiteral("SELECT status || ',' || (block_number > 0) || ',' || length(tx_hash) FROM "
                                   "vd.mint_transactions WHERE deposit_id = %1")
                        .arg(id)),
                 QStringLiteral("confirmed,true,32"));
        // The panel's gas line.
        QString gas;
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->checkGas(); });
        QVERIFY(waitFor(m_mint.get(), &mint::MintService::gasChecked, [&](const vd::Result<mint::GasStatus> &g) {
            gas = g.ok() ? (g.value().low ? QStringLiteral("low ") : QString()) + g.value().text : g.error().message;
            return true;
        }));
        QVERIFY2(gas.endsWith(QLatin1String(" ETH")) && !gas.startsWith(QLatin1String("low")), qPrintable(gas));
        // The shared warning threshold (an administrator's setting) above the minter's balance: warned.
        su(QStringLiteral(
            "UPDATE vd.app_settings SET value = '\"1000000000000000000000000\"' WHERE key = 'minter_low_gas_wei'"));
        load(id);
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->checkGas(); });
        QVERIFY(waitFor(m_mint.get(), &mint::MintService::gasChecked, [&](const vd::Result<mint::GasStatus> &g) {
            gas = g.ok() ? (g.value().low ? QStringLiteral("low ") : QString()) + g.value().text : g.error().message;
            return true;
        }));
        QVERIFY2(gas.startsWith(QLatin1String("low ")), qPrintable(gas));
        su(QStringLiteral(
            "UPDATE vd.app_settings SET value = '\"10000000000000000\"' WHERE key = 'minter_low_gas_wei'"));
        load(id);
    }

    void retryAfterLostReceiptDoesNotMintTwice()
    {
        // 1. The receipt is lost: the app stops right after sending (hash recorded, outcome not).
        const QString wallet = freshWallet();
        const qint64 id = deposit(wallet, QStringLiteral("7000"), QStringLiteral("mint_pending"));
        const quint64 before = minterNonce();
        makeServices(1, QString(), 5);
        QCOMPARE(directMint(id, true), QString());
        makeServices(1); // the old services are gone with whatever they were following
        QCOMPARE(
            su(QStringLiteral("SELECT status || ',' || length(tx_hash) FROM vd.mint_transactions WHERE deposit_id = %1")
                   .arg(id)),
            QStringLiteral("sent,32"));
        QCOMPARE(status(id), QStringLiteral("mint_processing"));
        QCOMPARE(balance(wallet), QStringLiteral("7000"));

        const auto [kind, outcome] = retry(id);
        QCOMPARE(outcome, QString());
        QCOMPARE(kind, int(mint::RetryVerdict::Kind::Minted));
        QCOMPARE(status(id), QStringLiteral("minted"));
        QCOMPARE(balance(wallet), QStringLiteral("7000"));
        QCOMPARE(minterNonce(), before + 1);
    }

    void retryAfterLostHashFindsTheMintByNonce()
    {
        // 2. Crash between send and record: not even the hash was written. The listener's mint row (to this wallet,
        // this amount) sent by the minter with the attempt's nonce is the mint.
        const QString wallet = freshWallet();
        const qint64 id = deposit(wallet, QStringLiteral("8000"), QStringLiteral("mint_pending"));
        const quint64 before = minterNonce();
        makeServices(1, QString(), 5);
        QCOMPARE(directMint(id, true), QString());
        makeServices(1);
        const QString txHash =
            su(QStringLiteral("SELECT encode(tx_hash, 'hex') FROM vd.mint_transactions WHERE deposit_id = %1").arg(id));
        su(QStringLiteral("UPDATE vd.mint_transactions SET tx_hash = NULL, status = 'signed', block_number = NULL "
                          "WHERE deposit_id = %1")
               .arg(id));
        QCOMPARE(status(id), QStringLiteral("mint_processing"));
        // What the listener stored for that transaction.
        const QString block =
            cast({QStringLiteral("receipt"), QStringLiteral("0x") + txHash, QStringLiteral("blockNumber")});
        su(QStringLiteral(
               "WITH l AS (INSERT INTO vd.chain_logs (chain_id, block_number, block_hash, tx_hash, tx_index, "
               "log_index, address, data, event) VALUES (31337, %1, '\\x%2', '\\x%3', 0, 0, '\\x%4', '\\x', "
               "'mint') RETURNING id) INSERT INTO vd.chain_transfers (log_id, chain_id, kind, account, amount, "
               "block_number, tx_hash) SELECT id, 31337, 'mint', '\\x%5', 8000, %1, '\\x%3' FROM l")
               .arg(block, QString(64, QLatin1Char('b')), txHash, m_chain->token().mid(2).toLower(),
                    wallet.mid(2).toLower()));

        const auto [kind, outcome] = retry(id);
        QCOMPARE(outcome, QString());
        QCOMPARE(kind, int(mint::RetryVerdict::Kind::Minted));
        QCOMPARE(status(id), QStringLiteral("minted"));
        QCOMPARE(su(QStringLiteral("SELECT encode(tx_hash, 'hex') FROM vd.mint_transactions WHERE deposit_id = %1 AND "
                                   "status = 'confirmed'")
                        .arg(id)),
                 txHash);
        QCOMPARE(balance(wallet), QStringLiteral("8000"));
        QCOMPARE(minterNonce(), before + 1);
    }

    void safeProposalExecutedVerifiedMinted()
    {
        makeServices(3); // a Safe execution must be 3 blocks deep
        const QString wallet = freshWallet();
        const QString amount = QStringLiteral("250000000000000000000000");
        const qint64 id = deposit(wallet, amount, QStringLiteral("mint_requires_safe"));
        const QString file = m_dir.filePath(QStringLiteral("proposal.json"));
        const mint::MintDeposit d = load(id);
        QString safeTxHash, problem;
        quint64 safeNonce = 0;
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->exportProposal(d, file); });
        QVERIFY(waitFor(m_mint.get(), &mint::MintService::proposalExported,
                        [&](qint64 dep, const vd::Result<signing::SafeProposal> &p) {
                            if (dep != id)
                                return false;
                            if (!p.ok()) {
                                problem = p.error().message;
                                return true;
                            }
                            safeTxHash = chain::hex::encode(QByteArrayView(p.value().safeTxHash));
                            safeNonce = p.value().safeNonce;
                            return true;
                        }));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The file is the Transaction Builder batch for our Safe and chain.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject batch = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(batch.value(QLatin1String("chainId")).toString(), QStringLiteral("31337"));
        QCOMPARE(batch.value(QLatin1String("meta"))
                     .toObject()
                     .value(QLatin1String("createdFromSafeAddress"))
                     .toString()
                     .toLower(),
                 m_chain->safe().toLower());
        QCOMPARE(su(QStringLiteral("SELECT status || ',' || safe_nonce FROM vd.safe_proposals WHERE deposit_id = %1")
                        .arg(id)),
                 QStringLiteral("pending,%1").arg(safeNonce));

        // The owners execute exactly that proposal; the Safe's own hash equals the one shown.
        const auto [hash, exec] = executeSafe(m_chain->safe(), m_chain->token(), mintData(wallet, amount));
        QCOMPARE(hash, safeTxHash);
        QVERIFY(!exec.isEmpty());
        QCOMPARE(recordExecution(id, exec), QStringLiteral("safe.not_confirmed"));
        QCOMPARE(status(id), QStringLiteral("mint_requires_safe"));
        m_chain->mine(2);
        QCOMPARE(recordExecution(id, exec), QString());
        QCOMPARE(status(id), QStringLiteral("minted"));
        QCOMPARE(balance(wallet), amount);
        QCOMPARE(
            su(QStringLiteral("SELECT path || ',' || status || ',' || encode(tx_hash, 'hex') FROM vd.mint_transactions "
                              "WHERE deposit_id = %1")
                   .arg(id)),
            QStringLiteral("safe,confirmed,") + exec.mid(2));
        // The same execution cannot mint a second deposit.
        const qint64 twin = deposit(wallet, amount, QStringLiteral("mint_requires_safe"));
        proposal(twin, QStringLiteral("0x") + QString(64, QLatin1Char('e')), m_chain->safe());
        QCOMPARE(recordExecution(twin, exec), QStringLiteral("safe.safe_tx_hash_mismatch"));
        makeServices(1);
    }

    void verifierRefusesEachBrokenRule()
    {
        const QString wallet = freshWallet();
        const QString amount = QStringLiteral("900");
        auto refused = [&](const QString &depositWallet, const QString &depositAmount, const QString &safeTxHash,
                           const QString &tx) -> QString {
            const qint64 id = deposit(depositWallet, depositAmount, QStringLiteral("mint_requires_safe"));
            proposal(id, safeTxHash, m_chain->safe());
            const QString code = recordExecution(id, tx);
            if (status(id) != QLatin1String("mint_requires_safe"))
                return QStringLiteral("deposit changed to ") + status(id);
            return code;
        };

        // Another recipient / another amount: the Safe minted 900 to `wallet`.
        {
            const auto [hash, exec] = executeSafe(m_chain->safe(), m_chain->token(), mintData(wallet, amount));
            QCOMPARE(refused(freshWallet(), amount, hash, exec), QStringLiteral("safe.wrong_recipient"));
            // (safe_tx_hash is unique per proposal: a second execution for the amount case)
            const auto [hash2, exec2] = executeSafe(m_chain->safe(), m_chain->token(), mintData(wallet, amount));
            QCOMPARE(refused(wallet, QStringLiteral("901"), hash2, exec2), QStringLiteral("safe.wrong_amount"));
        }
        // ExecutionFailure with receipt status 1: the inner mint to the zero address reverts, safeTxGas set.
        {
            const auto [hash, exec] =
                executeSafe(m_chain->safe(), m_chain->token(), mintData(kZero, amount), QStringLiteral("200000"));
            const QString receiptStatus = cast({QStringLiteral("receipt"), exec, QStringLiteral("status")});
            QVERIFY2(receiptStatus == QLatin1String("true") || receiptStatus.startsWith(u'1'),
                     qPrintable(receiptStatus));
            QCOMPARE(refused(wallet, amount, hash, exec), QStringLiteral("safe.execution_failure"));
        }
        // Another Safe (owner 1 alone, threshold 1) executes something: ExecutionSuccess, but not from ours.
        {
            const QString factory =
                offline({QStringLiteral("compute-address"), QStringLiteral("--nonce"), QStringLiteral("2"),
                         offline({QStringLiteral("wallet"), QStringLiteral("address"), QStringLiteral("--private-key"),
                                  m_chain->adminKey()})})
                    .section(u' ', -1);
            const QString singleton = QStringLiteral("0x") +
                                      cast({QStringLiteral("storage"), m_chain->safe(), QStringLiteral("0")}).right(40);
            const QString setup =
                offline({QStringLiteral("calldata"),
                         QStringLiteral("setup(address[],uint256,address,bytes,address,address,uint256,address)"),
                         QStringLiteral("[%1]").arg(m_owners.at(0)), QStringLiteral("1"), kZero, QStringLiteral("0x"),
                         kZero, kZero, QStringLiteral("0"), kZero});
            const QString out =
                cast({QStringLiteral("send"), factory, QStringLiteral("createProxyWithNonce(address,bytes,uint256)"),
                      singleton, setup, QStringLiteral("77"), QStringLiteral("--private-key"), m_chain->adminKey(),
                      QStringLiteral("--json")});
            QString other;
            for (const auto &l :
                 QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("logs")).toArray()) {
                const QJsonObject log = l.toObject();
                if (log.value(QLatin1String("address")).toString().toLower() == factory.toLower())
                    other =
                        QStringLiteral("0x") + log.value(QLatin1String("topics")).toArray().at(1).toString().right(40);
            }
            QVERIFY2(!other.isEmpty(), qPrintable(out.left(300)));
            const auto [hash, exec] = executeSafe(other, m_chain->token(),
                                                  offline({QStringLiteral("calldata"), QStringLiteral("decimals()")}),
                                                  QStringLiteral("0"), false);
            QVERIFY(!exec.isEmpty());
            QCOMPARE(refused(wallet, amount, hash, exec), QStringLiteral("safe.wrong_safe"));
        }
        // Another token: the Safe minted ours, but this workstation's token is a different contract.
        {
            const auto [hash, exec] = executeSafe(m_chain->safe(), m_chain->token(), mintData(wallet, amount));
            makeServices(1, m_chain->safe()); // any other contract address as "our token"
            QCOMPARE(refused(wallet, amount, hash, exec), QStringLiteral("safe.wrong_token"));
            makeServices(1);
        }
        // Not a transaction; not a Safe execution at all (a direct mint by the minter).
        QCOMPARE(refused(wallet, amount, QStringLiteral("0x") + QString(64, QLatin1Char('c')),
                         QStringLiteral("0x") + QString(64, QLatin1Char('d'))),
                 QStringLiteral("safe.not_a_transaction"));
        const QString direct =
            QJsonDocument::fromJson(
                cast({QStringLiteral("send"), m_chain->token(), QStringLiteral("mint(address,uint256)"), wallet, amount,
                      QStringLiteral("--private-key"), m_chain->minterKey(), QStringLiteral("--json")})
                    .toUtf8())
                .object()
                .value(QLatin1String("transactionHash"))
                .toString();
        QCOMPARE(refused(wallet, amount, QStringLiteral("0x") + QString(64, QLatin1Char('9')), direct),
                 QStringLiteral("safe.no_execution_success"));
    }

    void stuckMintSpedUpKeepsEveryHash()
    {
        // A chain that mines only when told: the first attempt waits in the pool, the speed-up (same nonce, higher
        // fee) replaces it, and the mined one is recorded while the first hash stays on record as replaced.
        auto stalled = std::make_unique<test::LocalChain>(QStringList{QStringLiteral("--no-mining")});
        QVERIFY2(stalled->ok(), qPrintable(stalled->error()));
        // Its own database too: this chain's minter starts again at nonce 0, which the other chain's mints used.
        auto db = std::make_unique<test::TestDatabase>(QStringLiteral("mintstall"));
        QVERIFY2(db->ok(), qPrintable(db->error()));
        db::DbConfig login = db->createLogin(QStringLiteral("vd_admin"));
        std::swap(m_chain, stalled);
        std::swap(m_db, db);
        std::swap(m_admin, login);
        makeServices(1);
        const QString wallet = freshWallet();
        const qint64 id = deposit(wallet, QStringLiteral("4200"), QStringLiteral("mint_pending"));
        QCOMPARE(directMint(id, true), QString());
        QVERIFY(m_mint->canSpeedUp(id));
        QTRY_COMPARE_WITH_TIMEOUT(su(QStringLiteral("SELECT string_agg(status, ',') FROM vd.mint_transactions WHERE "
                                                    "deposit_id = %1")
                                         .arg(id)),
                                  QStringLiteral("sent"), 10000);
        QString spedUp;
        QTimer::singleShot(0, m_mint.get(), [&]() { m_mint->speedUp(id, kPassword.toUtf8()); });
        QVERIFY(waitFor(m_mint.get(), &mint::MintService::mintSent, [&](qint64 dep, const QString &hash) {
            spedUp = hash;
            return dep == id;
        }));
        QTRY_COMPARE_WITH_TIMEOUT(
            su(QStringLiteral("SELECT string_agg(status, ',' ORDER BY id) FROM vd.mint_transactions "
                              "WHERE deposit_id = %1")
                   .arg(id)),
            QStringLiteral("replaced,sent"), 10000);
        QString outcome = QStringLiteral("no outcome");
        QTimer::singleShot(200, this, [&]() { m_chain->mine(1); });
        QVERIFY(waitFor(m_mint.get(), &mint::MintService::mintDone, [&](qint64 dep, const vd::Result<void> &r) {
            if (dep != id)
                return false;
            outcome = r.ok() ? QString() : r.error().message;
            return true;
        }));
        QCOMPARE(outcome, QString());
        QCOMPARE(status(id), QStringLiteral("minted"));
        QCOMPARE(su(QStringLiteral("SELECT string_agg(status || ':' || encode(tx_hash, 'hex'), ',' ORDER BY id) FROM "
                                   "vd.mint_transactions WHERE deposit_id = %1 AND status = 'confirmed'")
                        .arg(id)),
                 QStringLiteral("confirmed:") + spedUp.mid(2));
        QCOMPARE(balance(wallet), QStringLiteral("4200"));
        m_mint.reset();
        m_signing.reset();
        std::swap(m_chain, stalled);
        std::swap(m_db, db);
        std::swap(m_admin, login);
    }
};

QTEST_GUILESS_MAIN(TestMintChain)
#include "tst_mint_chain.moc"
