#include "Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace vd::ui {

namespace {

struct Installed
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed s;
    return s;
}

void remove(std::unique_ptr<QTranslator> &t)
{
    if (t) {
        QCoreApplication::removeTranslator(t.get());
        t.reset();
    }
}

} // namespace

QLocale applyLanguage(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    Installed &in = installed();
    remove(in.app);
    remove(in.qt);
    // QTranslator::load(QLocale, ...) walks the locale's uiLanguages ("fr-CA" -> "fr"); English needs none.
    auto app = std::make_unique<QTranslator>();
    if (locale.language() != QLocale::English &&
        app->load(locale, QStringLiteral("voucherdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(app.get());
        in.app = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (locale.language() != QLocale::English &&
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        in.qt = std::move(qt);
    }
    return locale;
}

QString formatDecimal(const QString &exact, const QLocale &locale)
{
    static const QRegularExpression plain(QStringLiteral("^(-?)([0-9]+)(?:\\.([0-9]+))?$"));
    const QRegularExpressionMatch m = plain.match(exact);
    if (!m.hasMatch())
        return exact;
    const QString digits = m.captured(2);
    QString grouped;
    const QString group = (locale.numberOptions() & QLocale::OmitGroupSeparator) ? QString() : locale.groupSeparator();
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += group;
        grouped += digits.at(i);
    }
    QString out = (m.captured(1).isEmpty() ? QString() : locale.negativeSign()) + grouped;
    if (!m.captured(3).isEmpty())
        out += locale.decimalPoint() + m.captured(3);
    return out;
}

QStringList shippedLanguages()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("voucherdesk_*.qm")});
    for (const QString &f : files)
        codes << f.mid(12, f.size() - 12 - 3); // voucherdesk_XX.qm
    return codes;
}

} // namespace vd::ui
