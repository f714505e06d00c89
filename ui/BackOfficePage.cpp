#include "BackOfficePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace vd::ui {

BackOfficePage::BackOfficePage(QWidget *parent)
    : QWidget(parent), m_nav(new QListWidget(this)), m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("backOfficePage"));
    m_nav->setObjectName(QStringLiteral("backOfficeNav"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
    m_nav->setFixedWidth(220);
    // Same order as Section.
    const QList<QPair<QString, QString>> sections = {
        {tr("Dashboard"), tr("Orders, deposits, listener health and reconciliation at a glance.")},
        {tr("Orders"), tr("Search orders, see their timeline, create and cancel orders.")},
        {tr("Deposits"), tr("Fiat deposits, payment confirmation and token mints.")},
        {tr("Reconciliation"), tr("On-chain supply against the books.")},
        {tr("Contract"), tr("Pause, freezing and key rotation.")},
        {tr("Roles"), tr("Who holds which role on the token contract.")},
        {tr("Chain listener"), tr("How the chain listener is doing, and the operator actions of the runbooks.")},
        {tr("Audit"), tr("Every action, who did it and when.")},
    };
    for (const auto &[title, text] : sections) {
        m_nav->addItem(title);
        auto *page = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()),
                                m_pages);
        page->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        page->setMargin(24);
        page->setWordWrap(true);
        m_pages->addWidget(page);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
}

void BackOfficePage::setPage(Section section, QWidget *page)
{
    const int index = static_cast<int>(section);
    QWidget *old = m_pages->widget(index);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    delete old;
    if (current)
        m_pages->setCurrentIndex(index);
}

QWidget *BackOfficePage::page(Section section) const
{
    return m_pages->widget(static_cast<int>(section));
}

int BackOfficePage::addSection(const QString &title, QWidget *page)
{
    m_nav->addItem(title);
    return m_pages->addWidget(page);
}

void BackOfficePage::showSection(int index)
{
    m_nav->setCurrentRow(index);
}

} // namespace vd::ui
