#pragma once
// Logging for the JSON-RPC layer: one category and the URL redaction every log line must go through.
// RPC URLs carry API keys in their path, query or user info; only scheme, host and port are ever printed.
// Pure functions, any thread.
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace vd::chain {

Q_DECLARE_LOGGING_CATEGORY(lcRpc)

/// "https://bsc-mainnet.example.com/v3/KEY?x=y" -> "https://bsc-mainnet.example.com/***".
/// User info becomes "***@", any non-root path "/***", any query "?***"; fragments are dropped.
QString redactUrl(const QUrl &url);

} // namespace vd::chain
