#pragma once
// Typed reads from the chain over any RpcChannel (a single client or the endpoint pool): eth_call helpers for the
// token (paused, roles, supply, decimals, balances, frozen) and the Safe (nonce, threshold, owners,
// getTransactionHash), eth_getCode with code-hash pinning, block headers by number or tag, eth_getLogs,
// receipts and transactions. Every answer is ABI-decoded / parsed strictly; a contract that answers with nothing
// or with the wrong shape gives InvalidResponse, a revert gives Revert with the decoded reason.
// Lives on its channel's thread; callbacks run there and are dropped when `context` is destroyed first.
#include "chain/Abi.h"
#include "chain/Address.h"
#include "chain/Keccak.h"
#include "chain/Receipt.h"
#include "chain/SafeTx.h"
#include "chain/U256.h"
#include "chain/rpc/BlockId.h"
#include "chain/rpc/ChainJson.h"
#include "chain/rpc/RpcResult.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace vd::chain {

class RpcChannel;

class ContractReader : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Callback = std::function<void(const RpcResult<T> &)>;

    /// `channel` is not owned and must outlive the reader.
    explicit ContractReader(RpcChannel *channel, QObject *parent = nullptr);
    ~ContractReader() override;

    RpcChannel *channel() const { return m_channel; }

    // Raw eth_call: `calldata` to `to`, answered bytes. `from` matters for role-gated views / simulations.
    void call(const Address &to, const QByteArray &calldata, const BlockId &block, const QObject *context,
              Callback<QByteArray> callback, const std::optional<Address> &from = std::nullopt);
    /// eth_call of `signature` with `args`, decoded as `returnTypes` ("(bool)", "(address[])").
    void callDecoded(const Address &to, const QString &signature, const QList<AbiValue> &args,
                     const QString &returnTypes, const BlockId &block, const QObject *context,
                     Callback<QList<AbiValue>> callback);

    // Token (VoucherToken: ERC20 + Pausable + AccessControlEnumerable + frozen()).
    void paused(const Address &token, const QObject *context, Callback<bool> callback,
                const BlockId &block = BlockId::latest());
    void hasRole(const Address &token, const Hash32 &role, const Address &account, const QObject *context,
                 Callback<bool> callback, const BlockId &block = BlockId::latest());
    void getRoleMember(const Address &token, const Hash32 &role, uint64_t index, const QObject *context,
                       Callback<Address> callback, const BlockId &block = BlockId::latest());
    void getRoleMemberCount(const Address &token, const Hash32 &role, const QObject *context, Callback<U256> callback,
                            const BlockId &block = BlockId::latest());
    void getRoleAdmin(const Address &token, const Hash32 &role, const QObject *context, Callback<Hash32> callback,
                      const BlockId &block = BlockId::latest());
    void totalSupply(const Address &token, const QObject *context, Callback<U256> callback,
                     const BlockId &block = BlockId::latest());
    void decimals(const Address &token, const QObject *context, Callback<int> callback,
                  const BlockId &block = BlockId::latest());
    void balanceOf(const Address &token, const Address &account, const QObject *context, Callback<U256> callback,
                   const BlockId &block = BlockId::latest());
    void frozen(const Address &token, const Address &account, const QObject *context, Callback<bool> callback,
                const BlockId &block = BlockId::latest());

    // Safe 1.4.1.
    void safeNonce(const Address &safe, const QObject *context, Callback<U256> callback,
                   const BlockId &block = BlockId::latest());
    void safeThreshold(const Address &safe, const QObject *context, Callback<U256> callback,
                       const BlockId &block = BlockId::latest());
    void safeOwners(const Address &safe, const QObject *context, Callback<QList<Address>> callback,
                    const BlockId &block = BlockId::latest());
    void safeTransactionHash(const Address &safe, const SafeTx &tx, const QObject *context, Callback<Hash32> callback,
                             const BlockId &block = BlockId::latest());

    // Code.
    void code(const Address &account, const QObject *context, Callback<QByteArray> callback,
              const BlockId &block = BlockId::latest());
    /// keccak(runtime code) compared with `pinned`: ok gives the hash; no code or a different hash gives
    /// Refused "chain.no_code" / "chain.code_changed".
    void verifyCodeHash(const Address &account, const Hash32 &pinned, const QObject *context,
                        Callback<Hash32> callback);

    // Blocks, logs, transactions.
    void chainId(const QObject *context, Callback<uint64_t> callback);
    void blockNumber(const QObject *context, Callback<uint64_t> callback);
    /// nullopt when the node does not know the block (e.g. "finalized" on a node without it answers an error).
    void header(const BlockId &block, const QObject *context, Callback<std::optional<BlockHeader>> callback);
    void logs(const LogFilter &filter, const QObject *context, Callback<QList<LogEntry>> callback);
    void receipt(const Hash32 &txHash, const QObject *context, Callback<std::optional<Receipt>> callback);
    void transaction(const Hash32 &txHash, const QObject *context, Callback<std::optional<TransactionInfo>> callback);
    void transactionCount(const Address &account, const BlockId &block, const QObject *context,
                          Callback<uint64_t> callback);

private:
    RpcChannel *m_channel;
};

} // namespace vd::chain
