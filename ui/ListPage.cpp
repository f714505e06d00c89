#include "ListPage.h"

#include <QCheckBox>
#include <QDate>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

namespace vd::ui::listpage {

void setUpDateRange(QCheckBox *enable, QDateEdit *from, QDateEdit *to, int daysBack)
{
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setDate(QDate::currentDate());
        d->setEnabled(enable->isChecked());
        QObject::connect(enable, &QCheckBox::toggled, d, &QWidget::setEnabled);
    }
    from->setDate(QDate::currentDate().addDays(-daysBack));
}

QHBoxLayout *dateRangeRow(QCheckBox *enable, QDateEdit *from, QDateEdit *to, QLabel *andLabel)
{
    auto *row = new QHBoxLayout;
    row->addWidget(enable);
    row->addWidget(from);
    row->addWidget(andLabel);
    row->addWidget(to);
    return row;
}

void addField(QGridLayout *grid, int row, int col, QLabel *label, QWidget *field)
{
    label->setBuddy(field);
    grid->addWidget(label, row, col * 2);
    grid->addWidget(field, row, col * 2 + 1);
}

void setUpTable(QTableView *table, int sortColumn)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setSortIndicator(sortColumn, Qt::DescendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace vd::ui::listpage
