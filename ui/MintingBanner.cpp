#include "MintingBanner.h"

#include <QHBoxLayout>
#include <QLabel>

namespace vd::ui {

MintingBanner::MintingBanner(QWidget *parent) : QFrame(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("mintingBanner"));
    m_label->setObjectName(QStringLiteral("mintingBannerText"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    setStyleSheet(QStringLiteral("#mintingBanner{background:#fff4d6;border-bottom:2px solid #c98a00;}"
                                 "#mintingBannerText{color:#4a3300;font-size:13pt;font-weight:bold;padding:6px;}"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_label);
    hide();
}

QString MintingBanner::text() const
{
    return m_label->text();
}

void MintingBanner::setState(const deposits::MintingSwitch &state)
{
    if (!state.paused) {
        m_label->clear();
        hide();
        return;
    }
    const QString since = state.at.isValid() ? state.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                             : tr("an unknown time");
    m_label->setText(tr("Minting is paused by %1 since %2: %3. No deposit can be sent to minting until an "
                        "administrator resumes it.")
                         .arg(state.by.isEmpty() ? tr("an administrator") : state.by, since, state.reason));
    show();
}

} // namespace vd::ui
