#pragma once
// A value or a classified RPC failure. Like vd::Result<T>, but keeps the structured RpcError (kind, suggested
// block range, Retry-After, revert data) so callers can act on it; converts to vd::Result<T> for the UI.
// Value type, any thread.
#include "chain/rpc/RpcError.h"
#include "common/Result.h"

#include <optional>
#include <utility>

namespace vd::chain {

template <typename T> class [[nodiscard]] RpcResult
{
public:
    RpcResult(T value) : m_value(std::move(value)) {}        // NOLINT(google-explicit-constructor)
    RpcResult(RpcError error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }

    const RpcError &rpcError() const { return m_error; }
    RpcErrorKind kind() const { return m_error.kind; }
    vd::Error error() const { return m_error.toError(); }
    vd::Result<T> toResult() const
    {
        if (m_value)
            return vd::Result<T>(*m_value);
        return vd::Result<T>(m_error.toError());
    }
    operator vd::Result<T>() const { return toResult(); } // NOLINT(google-explicit-constructor)

private:
    std::optional<T> m_value;
    RpcError m_error;
};

} // namespace vd::chain
