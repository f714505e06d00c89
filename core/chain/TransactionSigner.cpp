#include "chain/TransactionSigner.h"

#include "chain/Rlp.h"

namespace vd::chain {
namespace {

QByteArray encodeTo(const UnsignedTransaction &tx)
{
    return tx.to ? Rlp::encodeBytes(tx.to->toBytes()) : Rlp::encodeBytes(QByteArrayView());
}

QByteArray encodeAccessList(const QList<AccessListEntry> &list)
{
    QList<QByteArray> entries;
    for (const AccessListEntry &e : list) {
        QList<QByteArray> keys;
        for (const Hash32 &k : e.storageKeys)
            keys.append(Rlp::encodeBytes(QByteArrayView(k)));
        entries.append(Rlp::encodeList({Rlp::encodeBytes(e.address.toBytes()), Rlp::encodeList(keys)}));
    }
    return Rlp::encodeList(entries);
}

QList<QByteArray> fields(const UnsignedTransaction &tx)
{
    if (tx.type == UnsignedTransaction::Type::Eip1559) {
        return {
            Rlp::encodeUint(tx.chainId),      Rlp::encodeUint(tx.nonce),    Rlp::encodeUint(tx.maxPriorityFeePerGas),
            Rlp::encodeUint(tx.maxFeePerGas), Rlp::encodeUint(tx.gasLimit), encodeTo(tx),
            Rlp::encodeUint(tx.value),        Rlp::encodeBytes(tx.data),    encodeAccessList(tx.accessList)};
    }
    return {Rlp::encodeUint(tx.nonce), Rlp::encodeUint(tx.gasPrice), Rlp::encodeUint(tx.gasLimit), encodeTo(tx),
            Rlp::encodeUint(tx.value), Rlp::encodeBytes(tx.data)};
}

U256 scalar(const std::array<uint8_t, 32> &bytes)
{
    return *U256::fromBigEndian(QByteArrayView(bytes));
}

} // namespace

QByteArray TransactionSigner::signingPayload(const UnsignedTransaction &tx)
{
    QList<QByteArray> f = fields(tx);
    if (tx.type == UnsignedTransaction::Type::Eip1559)
        return QByteArray(1, '\x02') + Rlp::encodeList(f);
    if (tx.chainId != 0) {
        f.append(Rlp::encodeUint(tx.chainId));
        f.append(Rlp::encodeUint(0));
        f.append(Rlp::encodeUint(0));
    }
    return Rlp::encodeList(f);
}

Hash32 TransactionSigner::signingHash(const UnsignedTransaction &tx)
{
    return keccak256(signingPayload(tx));
}

SignedTransaction TransactionSigner::assemble(const UnsignedTransaction &tx, const Signature &signature)
{
    SignedTransaction out;
    out.signature = signature;
    QList<QByteArray> f = fields(tx);
    const auto recid = static_cast<uint64_t>(signature.recoveryId);
    if (tx.type == UnsignedTransaction::Type::Eip1559) {
        out.v = U256(recid);
    } else if (tx.chainId != 0) {
        out.v = U256(recid) + U256(tx.chainId) * U256(2) + U256(35); // EIP-155; multi-byte for large chain ids
    } else {
        out.v = U256(27 + recid);
    }
    f.append(Rlp::encodeUint(out.v));
    f.append(Rlp::encodeUint(scalar(signature.r))); // r and s are integers: leading zeros stripped
    f.append(Rlp::encodeUint(scalar(signature.s)));
    out.raw = Rlp::encodeList(f);
    if (tx.type == UnsignedTransaction::Type::Eip1559)
        out.raw.prepend('\x02');
    out.hash = keccak256(out.raw);
    return out;
}

vd::Result<SignedTransaction> TransactionSigner::sign(const UnsignedTransaction &tx, const PrivateKey &key)
{
    const auto sig = Signer::sign(key, signingHash(tx));
    if (!sig)
        return sig.error();
    return assemble(tx, *sig);
}

} // namespace vd::chain
