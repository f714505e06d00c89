#include "ListenerConfig.h"

namespace vd::listener {

ListenerConfig ListenerConfig::fromSettings(const config::AppSettings &settings)
{
    ListenerConfig c;
    c.database = settings.database;
    c.chainId = settings.chain.chainId;
    c.rpcUrls = settings.chain.rpcUrls;
    c.token = settings.chain.token;
    c.safe = settings.chain.safe;
    c.tokenCodeHash = settings.chain.tokenCodeHash;
    c.confirmations = settings.chain.confirmations;
    c.startBlock = settings.chain.startBlock;
    c.useFinalizedTag = settings.chain.useFinalizedTag;
    c.finalityDepth = std::max(c.finalityDepth, c.confirmations);
    return c;
}

} // namespace vd::listener
