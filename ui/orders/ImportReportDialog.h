#pragma once
// What a CSV import did, line by line: created (with the order code) or rejected and why. GUI thread.
#include "office/OfficeTypes.h"

#include <QDialog>

class QTableWidget;

namespace vd::ui {

class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const QString &file, const office::ImportReport &report, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace vd::ui
