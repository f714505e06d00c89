#pragma once
// The interface language: VoucherDesk's own translations (embedded, :/i18n/voucherdesk_<lang>.qm) and Qt's
// (qtbase_<lang>.qm from Qt's translations directory when installed), plus QLocale::setDefault so that dates,
// times and numbers follow the language. Applied at start and again when Settings changes it: the app then
// rebuilds the main window (app/main.cpp) instead of retranslating every widget in place. GUI thread.
#include <QLocale>
#include <QString>
#include <QStringList>

namespace vd::ui {

/// Installs the translators for `code` ("" = the system's language, "en", "fr", "sw"), replacing the ones
/// installed before, and makes its locale the default. Returns the locale now in force.
QLocale applyLanguage(const QString &code);

/// An exact decimal amount ("1234567.5", token or fiat) with the locale's grouping and decimal point ("1 234 567,5"
/// in French), never through a double. Anything that is not a plain decimal number comes back unchanged.
QString formatDecimal(const QString &exact, const QLocale &locale = QLocale());

/// The languages VoucherDesk ships a translation for (codes, e.g. {"fr", "sw"}); English is the source language.
QStringList shippedLanguages();

} // namespace vd::ui
