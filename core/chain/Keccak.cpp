#include "chain/Keccak.h"

#include <bit>
#include <cstring>
#include <openssl/err.h>
#include <openssl/evp.h>

namespace vd::chain {
namespace {

constexpr uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808AULL, 0x8000000080008000ULL, 0x000000000000808BULL,
    0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL, 0x000000000000008AULL, 0x0000000000000088ULL,
    0x0000000080008009ULL, 0x000000008000000AULL, 0x000000008000808BULL, 0x800000000000008BULL, 0x8000000000008089ULL,
    0x8000000000008003ULL, 0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800AULL, 0x800000008000000AULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};

constexpr int kRate = 136; // (1600 - 2*256) / 8

constexpr uint64_t rotl(uint64_t v, int n)
{
    return n == 0 ? v : (v << n) | (v >> (64 - n));
}

// Each round's theta, rho+pi, chi and iota written out lane by lane, so the compiler keeps the 25 lanes in locals
// with no index arithmetic (see bench_chain for the measured throughput).
void keccakF1600(uint64_t s[25])
{
    uint64_t a00 = s[0], a01 = s[1], a02 = s[2], a03 = s[3], a04 = s[4];
    uint64_t a05 = s[5], a06 = s[6], a07 = s[7], a08 = s[8], a09 = s[9];
    uint64_t a10 = s[10], a11 = s[11], a12 = s[12], a13 = s[13], a14 = s[14];
    uint64_t a15 = s[15], a16 = s[16], a17 = s[17], a18 = s[18], a19 = s[19];
    uint64_t a20 = s[20], a21 = s[21], a22 = s[22], a23 = s[23], a24 = s[24];

    for (int round = 0; round < 24; ++round) {
        // theta
        const uint64_t c0 = a00 ^ a05 ^ a10 ^ a15 ^ a20;
        const uint64_t c1 = a01 ^ a06 ^ a11 ^ a16 ^ a21;
        const uint64_t c2 = a02 ^ a07 ^ a12 ^ a17 ^ a22;
        const uint64_t c3 = a03 ^ a08 ^ a13 ^ a18 ^ a23;
        const uint64_t c4 = a04 ^ a09 ^ a14 ^ a19 ^ a24;
        const uint64_t d0 = c4 ^ rotl(c1, 1);
        const uint64_t d1 = c0 ^ rotl(c2, 1);
        const uint64_t d2 = c1 ^ rotl(c3, 1);
        const uint64_t d3 = c2 ^ rotl(c4, 1);
        const uint64_t d4 = c3 ^ rotl(c0, 1);

        // rho + pi: b[y + 5*((2x+3y)%5)] = rotl(a[x+5y], r[x+5y])
        const uint64_t b00 = a00 ^ d0;
        const uint64_t b10 = rotl(a01 ^ d1, 1);
        const uint64_t b20 = rotl(a02 ^ d2, 62);
        const uint64_t b05 = rotl(a03 ^ d3, 28);
        const uint64_t b15 = rotl(a04 ^ d4, 27);
        const uint64_t b16 = rotl(a05 ^ d0, 36);
        const uint64_t b01 = rotl(a06 ^ d1, 44);
        const uint64_t b11 = rotl(a07 ^ d2, 6);
        const uint64_t b21 = rotl(a08 ^ d3, 55);
        const uint64_t b06 = rotl(a09 ^ d4, 20);
        const uint64_t b07 = rotl(a10 ^ d0, 3);
        const uint64_t b17 = rotl(a11 ^ d1, 10);
        const uint64_t b02 = rotl(a12 ^ d2, 43);
        const uint64_t b12 = rotl(a13 ^ d3, 25);
        const uint64_t b22 = rotl(a14 ^ d4, 39);
        const uint64_t b23 = rotl(a15 ^ d0, 41);
        const uint64_t b08 = rotl(a16 ^ d1, 45);
        const uint64_t b18 = rotl(a17 ^ d2, 15);
        const uint64_t b03 = rotl(a18 ^ d3, 21);
        const uint64_t b13 = rotl(a19 ^ d4, 8);
        const uint64_t b14 = rotl(a20 ^ d0, 18);
        const uint64_t b24 = rotl(a21 ^ d1, 2);
        const uint64_t b09 = rotl(a22 ^ d2, 61);
        const uint64_t b19 = rotl(a23 ^ d3, 56);
        const uint64_t b04 = rotl(a24 ^ d4, 14);

        // chi (row by row) + iota
        a00 = b00 ^ (~b01 & b02) ^ kRoundConstants[round];
        a01 = b01 ^ (~b02 & b03);
        a02 = b02 ^ (~b03 & b04);
        a03 = b03 ^ (~b04 & b00);
        a04 = b04 ^ (~b00 & b01);
        a05 = b05 ^ (~b06 & b07);
        a06 = b06 ^ (~b07 & b08);
        a07 = b07 ^ (~b08 & b09);
        a08 = b08 ^ (~b09 & b05);
        a09 = b09 ^ (~b05 & b06);
        a10 = b10 ^ (~b11 & b12);
        a11 = b11 ^ (~b12 & b13);
        a12 = b12 ^ (~b13 & b14);
        a13 = b13 ^ (~b14 & b10);
        a14 = b14 ^ (~b10 & b11);
        a15 = b15 ^ (~b16 & b17);
        a16 = b16 ^ (~b17 & b18);
        a17 = b17 ^ (~b18 & b19);
        a18 = b18 ^ (~b19 & b15);
        a19 = b19 ^ (~b15 & b16);
        a20 = b20 ^ (~b21 & b22);
        a21 = b21 ^ (~b22 & b23);
        a22 = b22 ^ (~b23 & b24);
        a23 = b23 ^ (~b24 & b20);
        a24 = b24 ^ (~b20 & b21);
    }

    s[0] = a00, s[1] = a01, s[2] = a02, s[3] = a03, s[4] = a04;
    s[5] = a05, s[6] = a06, s[7] = a07, s[8] = a08, s[9] = a09;
    s[10] = a10, s[11] = a11, s[12] = a12, s[13] = a13, s[14] = a14;
    s[15] = a15, s[16] = a16, s[17] = a17, s[18] = a18, s[19] = a19;
    s[20] = a20, s[21] = a21, s[22] = a22, s[23] = a23, s[24] = a24;
}

uint64_t loadLe64(const uint8_t *p)
{
    uint64_t v = 0;
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(&v, p, 8); // one unaligned load
    } else {
        for (int i = 7; i >= 0; --i)
            v = (v << 8) | p[i];
    }
    return v;
}

void absorbBlock(uint64_t state[25], const uint8_t *block)
{
    for (int i = 0; i < kRate / 8; ++i)
        state[i] ^= loadLe64(block + 8 * i);
    keccakF1600(state);
}

const EVP_MD *openSslKeccak()
{
    // Fetched once; the EVP_MD stays alive for the process (never freed on purpose: static teardown order).
    // On OpenSSL < 3.2 the fetch fails and queues an error; drop it so later OpenSSL users (TLS) don't see it.
    static const EVP_MD *md = [] {
        ERR_set_mark();
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "KECCAK-256", nullptr);
        ERR_pop_to_mark();
        return fetched;
    }();
    return md;
}

} // namespace

Hash32 keccak256Portable(QByteArrayView data)
{
    uint64_t state[25] = {};
    const auto *p = reinterpret_cast<const uint8_t *>(data.data());
    qsizetype left = data.size();
    while (left >= kRate) {
        absorbBlock(state, p);
        p += kRate;
        left -= kRate;
    }
    uint8_t last[kRate] = {};
    if (left > 0)
        std::memcpy(last, p, static_cast<size_t>(left));
    last[left] ^= 0x01; // Keccak padding (SHA3 would be 0x06)
    last[kRate - 1] ^= 0x80;
    absorbBlock(state, last);

    Hash32 out{};
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<uint8_t>(state[i / 8] >> (8 * (i % 8)));
    return out;
}

bool keccak256UsesOpenSsl()
{
    return openSslKeccak() != nullptr;
}

Hash32 keccak256(QByteArrayView data)
{
    if (const EVP_MD *md = openSslKeccak()) {
        Hash32 out{};
        unsigned int len = 0;
        if (EVP_Digest(data.data(), static_cast<size_t>(data.size()), out.data(), &len, md, nullptr) == 1 &&
            len == out.size())
            return out;
    }
    return keccak256Portable(data);
}

QByteArray keccak256Bytes(QByteArrayView data)
{
    const Hash32 h = keccak256(data);
    return QByteArray(reinterpret_cast<const char *>(h.data()), static_cast<qsizetype>(h.size()));
}

} // namespace vd::chain
