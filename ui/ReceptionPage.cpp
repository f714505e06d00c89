#include "ReceptionPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace vd::ui {

ReceptionPage::ReceptionPage(const QString &deskName, QWidget *parent)
    : QWidget(parent), m_verdict(new QLabel(this)), m_instruction(new QLabel(this)), m_desk(new QLabel(this))
{
    setObjectName(QStringLiteral("receptionPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    m_desk->setText(deskName.isEmpty() ? tr("Desk not named — set it in Settings") : tr("Desk: %1").arg(deskName));
    m_desk->setStyleSheet(QStringLiteral("font-size:16pt;color:#555;"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_instruction->setAlignment(Qt::AlignCenter);
    m_instruction->setWordWrap(true);
    m_instruction->setStyleSheet(QStringLiteral("font-size:20pt;"));
    layout->addWidget(m_desk);
    layout->addStretch(1);
    layout->addWidget(m_verdict);
    layout->addWidget(m_instruction);
    layout->addStretch(2);
    setDatabaseOnline(false, tr("Connecting to the database…"));
}

void ReceptionPage::setDatabaseOnline(bool online, const QString &detail)
{
    if (online) {
        m_verdict->setText(tr("▣  Ready to scan"));
        m_verdict->setStyleSheet(QStringLiteral("font-size:48pt;font-weight:bold;color:#1f4f6f;"));
        m_instruction->setText(tr("Show the customer's QR code to the camera or scan it with the hand scanner."));
    } else {
        m_verdict->setText(tr("✖  DATABASE OFFLINE"));
        m_verdict->setStyleSheet(QStringLiteral("font-size:48pt;font-weight:bold;color:#ffffff;background:#c62828;"
                                                "padding:24px;border-radius:12px;"));
        m_instruction->setText(tr("Do not hand over any goods. Delivery is impossible until the database is back. (%1)")
                                   .arg(detail));
    }
}

} // namespace vd::ui
