#include "chain/rpc/RpcChannel.h"

namespace vd::chain {

RpcChannel::RpcChannel(QObject *parent) : QObject(parent) {}

RpcChannel::~RpcChannel() = default;

} // namespace vd::chain
