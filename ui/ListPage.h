#pragma once
// Parts the back office's searchable lists (orders, audit trail) build their filter bar and table from, so they
// look and behave alike. No strings here: each page passes its own translated labels. GUI thread only.
class QCheckBox;
class QDateEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QTableView;
class QWidget;

namespace vd::ui::listpage {

/// An optional date range: both edits off until `enable` is ticked; `from` is `daysBack` days ago, `to` today.
void setUpDateRange(QCheckBox *enable, QDateEdit *from, QDateEdit *to, int daysBack);
/// "[x] Between [from] and [to]" in one row; `andLabel` carries the page's word for "and".
QHBoxLayout *dateRangeRow(QCheckBox *enable, QDateEdit *from, QDateEdit *to, QLabel *andLabel);
/// "label: field" in the grid's cell pair (row, col); the label is the field's buddy, so its mnemonic focuses it.
void addField(QGridLayout *grid, int row, int col, QLabel *label, QWidget *field);
/// Whole rows, one at a time, alternating colours, one line high, no row numbers, the last column stretched;
/// sorted by the model (the database) from `sortColumn`, newest first.
void setUpTable(QTableView *table, int sortColumn);

} // namespace vd::ui::listpage
