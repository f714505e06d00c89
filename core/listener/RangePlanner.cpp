#include "RangePlanner.h"

#include <algorithm>

namespace vd::listener {

RangePlanner::RangePlanner(int initial, int maximum, int targetLogs)
    : m_size(std::max(1, initial)), m_max(std::max(1, maximum)), m_target(std::max(1, targetLogs)), m_ceiling(m_max)
{
    m_size = std::min(m_size, m_max);
}

void RangePlanner::onTooLarge(int tried, std::optional<qint64> suggestedSpan)
{
    int next = std::max(1, tried / 2);
    if (suggestedSpan && *suggestedSpan >= 1 && *suggestedSpan < tried) {
        next = static_cast<int>(*suggestedSpan);
        m_ceiling = std::max(1, next);
    }
    m_size = std::max(1, std::min(next, m_ceiling));
}

void RangePlanner::onSuccess(int span, qsizetype logs)
{
    span = std::max(1, span);
    int next = span;
    if (logs > m_target) {
        // Too dense: scale down to about the target.
        next = static_cast<int>(std::max<qint64>(1, static_cast<qint64>(span) * m_target / logs));
    } else if (logs * 4 < m_target && span >= m_size) {
        next = span >= m_max / 2 ? m_max : span * 2; // cheap: grow
    } else if (span >= m_size) {
        next = m_size; // keep
    } else {
        return; // a short range at the head says nothing about size
    }
    m_size = std::clamp(next, 1, std::min(m_max, m_ceiling));
}

} // namespace vd::listener
