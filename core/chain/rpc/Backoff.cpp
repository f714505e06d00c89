#include "chain/rpc/Backoff.h"

#include <algorithm>
#include <cmath>

namespace vd::chain {

std::chrono::milliseconds Backoff::delay(const BackoffPolicy &policy, int consecutiveFailures, double random01,
                                         std::optional<std::chrono::milliseconds> retryAfter)
{
    const double cap = static_cast<double>(std::max<int64_t>(0, policy.cap.count()));
    double d = 0;
    if (consecutiveFailures > 0) {
        // Exponent bounded so pow() never overflows; the cap applies anyway.
        const double exponent = std::min(consecutiveFailures - 1, 62);
        d = static_cast<double>(std::max<int64_t>(0, policy.base.count())) *
            std::pow(std::max(1.0, policy.factor), exponent);
        d = std::min(d, cap);
        const double r = std::clamp(std::isfinite(random01) ? random01 : 0.0, 0.0, 1.0);
        const double j = std::clamp(policy.jitter, 0.0, 1.0);
        d *= 1.0 - j * r;
    }
    if (retryAfter && retryAfter->count() > 0)
        d = std::max(d, static_cast<double>(retryAfter->count()));
    d = std::min(d, cap);
    return std::chrono::milliseconds(static_cast<int64_t>(std::llround(d)));
}

} // namespace vd::chain
