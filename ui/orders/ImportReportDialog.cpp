#include "orders/ImportReportDialog.h"

#include "scan/PayloadParser.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vd::ui {

ImportReportDialog::ImportReportDialog(const QString &file, const office::ImportReport &report, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(report.lines.size()), 4, this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import of %1").arg(QFileInfo(file).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummary"));
    summary->setText(tr("%n order(s) created", nullptr, report.created) + QStringLiteral(" — ") +
                     tr("%n line(s) rejected", nullptr, report.rejected));
    summary->setStyleSheet(QStringLiteral("font-size:14pt;"));
    layout->addWidget(summary);
    m_table->setObjectName(QStringLiteral("importLines"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Order code"), tr("Why")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < report.lines.size(); ++i) {
        const office::ImportLine &l = report.lines.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(QString::number(l.line)));
        auto *result = new QTableWidgetItem(l.created ? tr("created") : tr("REJECTED"));
        result->setForeground(l.created ? QColor(0x10, 0x7c, 0x10) : QColor(0xa4, 0x26, 0x2c));
        m_table->setItem(i, 1, result);
        const QString code = scan::PayloadParser::canonicalPayload(QByteArray::fromHex(l.orderHash.mid(2).toLatin1()));
        m_table->setItem(i, 2, new QTableWidgetItem(code.isEmpty() ? QString() : QString(code.left(14) + u'…')));
        m_table->item(i, 2)->setToolTip(code);
        m_table->setItem(i, 3, new QTableWidgetItem(l.reason));
    }
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(860, 420);
}

} // namespace vd::ui
