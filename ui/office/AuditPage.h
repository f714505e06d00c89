#pragma once
// Back office > Audit: search the append-only audit trail by who, action, what it was done on, dates and free text in
// its details; the list loads in pages off the GUI thread; the selected row's before/after/details in full; export
// the current view as CSV (written on the database thread). GUI thread.
#include "office/OfficeTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace vd::office {
class OfficeService;
}

namespace vd::ui {

class AuditModel;

class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(office::OfficeService *office, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *banner() const { return m_banner; }
    office::AuditFilter currentFilter() const;
    void setFilterFields(const QString &actor, const QString &action, const QString &text);
    void search();
    void exportTo(const QString &path);

signals:
    void exportFinished(qint64 rows, const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showBanner(const QString &text, bool problem);

    office::OfficeService *m_office;
    AuditModel *m_model;
    QLineEdit *m_actor;
    QComboBox *m_action;
    QComboBox *m_entity;
    QLineEdit *m_entityId;
    QLineEdit *m_text;
    QCheckBox *m_dates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_count;
    QLabel *m_banner;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    quint64 m_exportRequest = 0;
    bool m_loadedOnce = false;
};

} // namespace vd::ui
