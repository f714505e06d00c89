#include "chain/SafeTxHasher.h"

namespace vd::chain {
namespace {

void appendWord(QByteArray &out, const std::array<uint8_t, 32> &w)
{
    out.append(reinterpret_cast<const char *>(w.data()), 32);
}

} // namespace

Hash32 SafeTxHasher::domainTypeHash()
{
    static const Hash32 h = keccak256("EIP712Domain(uint256 chainId,address verifyingContract)");
    return h;
}

Hash32 SafeTxHasher::safeTxTypeHash()
{
    static const Hash32 h =
        keccak256("SafeTx(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,uint256 baseGas,"
                  "uint256 gasPrice,address gasToken,address refundReceiver,uint256 nonce)");
    return h;
}

Hash32 SafeTxHasher::domainSeparator(uint64_t chainId, const Address &safe)
{
    QByteArray enc;
    appendWord(enc, domainTypeHash());
    appendWord(enc, U256(chainId).toBigEndian());
    appendWord(enc, safe.toWord());
    return keccak256(enc);
}

Hash32 SafeTxHasher::structHash(const SafeTx &tx)
{
    // abi.encode of the typed fields, with the dynamic `data` replaced by its keccak (EIP-712 encodeData).
    QByteArray enc;
    appendWord(enc, safeTxTypeHash());
    appendWord(enc, tx.to.toWord());
    appendWord(enc, tx.value.toBigEndian());
    appendWord(enc, keccak256(tx.data));
    appendWord(enc, U256(static_cast<uint64_t>(tx.operation)).toBigEndian());
    appendWord(enc, tx.safeTxGas.toBigEndian());
    appendWord(enc, tx.baseGas.toBigEndian());
    appendWord(enc, tx.gasPrice.toBigEndian());
    appendWord(enc, tx.gasToken.toWord());
    appendWord(enc, tx.refundReceiver.toWord());
    appendWord(enc, tx.nonce.toBigEndian());
    return keccak256(enc);
}

Hash32 SafeTxHasher::safeTxHash(const SafeTx &tx, uint64_t chainId, const Address &safe)
{
    QByteArray enc("\x19\x01", 2);
    appendWord(enc, domainSeparator(chainId, safe));
    appendWord(enc, structHash(tx));
    return keccak256(enc);
}

} // namespace vd::chain
