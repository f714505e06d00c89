// Keccak-256 against known digests (values from `cast keccak`), both the dispatching and the in-tree path.
#include "chain/Hex.h"
#include "chain/Keccak.h"

#include <QtTest>
#include <openssl/err.h>
#include <openssl/evp.h>

using namespace vd::chain;
using namespace Qt::StringLiterals;

class TestKeccak : public QObject
{
    Q_OBJECT
private slots:
    // First, so the one-time KECCAK-256 fetch happens inside it.
    void leavesNoOpenSslError()
    {
        ERR_clear_error();
        (void)keccak256("x");
        (void)keccak256UsesOpenSsl();
        QCOMPARE(ERR_peek_error(), 0UL); // a failed KECCAK-256 fetch must not leak into the error queue
    }

    void digest_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray()
                               << u"0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"_s;
        QTest::newRow("abc") << QByteArray("abc")
                             << u"0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"_s;
        QTest::newRow("rate-1 (135 bytes)")
            << QByteArray(135, 'b') << u"0x4cc4e6a6deebdec4c9c6d68f91082ef4e5c608215f017742d4d90cdc77860650"_s;
        QTest::newRow("rate (136 bytes)")
            << QByteArray(136, 'c') << u"0xb52cbecb78a65761dd3965636d65784ba8d2b3687f6f27e48680dba106239f16"_s;
        QTest::newRow("200 bytes") << QByteArray(200, 'a')
                                   << u"0x96ea54061def936c4be90b518992fdc6f12f535068a256229aca54267b4d084d"_s;
        QTest::newRow("MINTER_ROLE") << QByteArray("MINTER_ROLE")
                                     << u"0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6"_s;
        QTest::newRow("Transfer event") << QByteArray("Transfer(address,address,uint256)")
                                        << u"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"_s;
    }
    void digest()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(hex::encode(keccak256(input)), expected);
        QCOMPARE(hex::encode(keccak256Portable(input)), expected);
        QCOMPARE(hex::encode(keccak256Bytes(input)), expected);
    }

    void isNotSha3()
    {
        // SHA3-256("") differs: the padding byte is 0x06 there.
        unsigned char out[32];
        unsigned int len = 0;
        QVERIFY(EVP_Digest("", 0, out, &len, EVP_sha3_256(), nullptr) == 1);
        QVERIFY(hex::encode(QByteArrayView(out, 32)) != hex::encode(keccak256(QByteArrayView())));
    }

    void allLengthsAgree()
    {
        // Every length across three block boundaries: the OpenSSL path (if any) and the in-tree path agree and
        // single-byte changes change the digest.
        QByteArray data;
        for (int i = 0; i < 3 * 136 + 2; ++i) {
            QCOMPARE(keccak256(data), keccak256Portable(data));
            data.append(static_cast<char>(i * 7));
        }
        qInfo("keccak via %s", keccak256UsesOpenSsl() ? "OpenSSL EVP" : "in-tree Keccak-f[1600]");
    }
};

QTEST_GUILESS_MAIN(TestKeccak)
#include "tst_keccak.moc"
