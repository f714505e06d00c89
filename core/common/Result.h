#pragma once
// A value or a reason. Core returns these; the UI decides how to show the reason (banner, dialog, log).
// `code` is a stable machine identifier ("keystore.wrong_password", "rpc.rate_limited") for tests and logic;
// `message` is a translated, human-readable sentence that never contains a secret.
#include <QString>

#include <optional>
#include <utility>

namespace vd {

struct Error
{
    QString code;
    QString message;
    bool operator==(const Error &) const = default;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {} // NOLINT(google-explicit-constructor): ok path reads naturally
    Result(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    static Result fail(QString code, QString message) { return Result(Error{std::move(code), std::move(message)}); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }
    T valueOr(T fallback) const { return m_value ? *m_value : std::move(fallback); }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    static Result fail(QString code, QString message) { return Result(Error{std::move(code), std::move(message)}); }
    static Result success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace vd
