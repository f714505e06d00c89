#pragma once
// The adaptive eth_getLogs range: shrinks on a provider's limit (taking the range or span the provider suggests,
// else halving), grows again when calls come back cheap, and aims at a target number of logs per batch so a
// dense stretch of chain never produces a response too large to carry. Value type, the listener's thread.
#include <QtGlobal>
#include <optional>

namespace vd::listener {

class RangePlanner
{
public:
    RangePlanner(int initial, int maximum, int targetLogs);

    int size() const { return m_size; }
    /// The provider refused the range [from, from + tried - 1]. `suggestedSpan`: the blocks the provider offered
    /// (from its suggested range or its limit), when it said.
    void onTooLarge(int tried, std::optional<qint64> suggestedSpan);
    /// A call over `span` blocks returned `logs` logs.
    void onSuccess(int span, qsizetype logs);

private:
    int m_size;
    int m_max;
    int m_target;
    int m_ceiling; // learned from a provider's limit; growth stops there
};

} // namespace vd::listener
