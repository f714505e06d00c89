#pragma once
// Exponential backoff with jitter and a cap, as pure math so it can be unit-tested. The endpoint pool asks it how
// long an endpoint stays out of rotation after N consecutive failures. Value types, any thread.
#include <chrono>
#include <optional>

namespace vd::chain {

struct BackoffPolicy
{
    std::chrono::milliseconds base{250};  // first delay
    std::chrono::milliseconds cap{30000}; // no delay is ever longer, Retry-After included
    double factor = 2.0;
    double jitter = 0.25; // the delay is drawn from [d * (1 - jitter), d]
};

class Backoff
{
public:
    /// Delay after `consecutiveFailures` failures (0 -> no delay). `random01` in [0, 1) picks the jitter;
    /// a server's Retry-After raises the delay to at least that, still bounded by the cap.
    static std::chrono::milliseconds delay(const BackoffPolicy &policy, int consecutiveFailures, double random01,
                                           std::optional<std::chrono::milliseconds> retryAfter = std::nullopt);
};

} // namespace vd::chain
