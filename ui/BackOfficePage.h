#pragma once
// The back office: orders, deposits and mints, Safe entry, reconciliation, contract administration, audit.
// The pages arrive with their own issues; this is the navigation frame. GUI thread only.
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace vd::ui {

class BackOfficePage : public QWidget
{
    Q_OBJECT
public:
    explicit BackOfficePage(QWidget *parent = nullptr);
    /// Adds a section (navigation entry + page); returns its index.
    int addSection(const QString &title, QWidget *page);
    void showSection(int index);

private:
    QListWidget *m_nav;
    QStackedWidget *m_pages;
};

} // namespace vd::ui
