#pragma once
// The back office: orders, deposits and mints, Safe entry, reconciliation, contract administration, audit.
// This is the navigation frame: each section starts as a short description and is replaced by its real page
// with setPage(). GUI thread only.
#include <QHash>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace vd::ui {

class BackOfficePage : public QWidget
{
    Q_OBJECT
public:
    /// The fixed sections, in navigation order. Pages not listed here are appended with addSection().
    enum class Section { Dashboard, Orders, Deposits, Reconciliation, Contract, Roles, Chain, Audit };
    Q_ENUM(Section)

    explicit BackOfficePage(QWidget *parent = nullptr);
    /// Replaces the placeholder of `section` by `page` (reparented; the placeholder is deleted).
    void setPage(Section section, QWidget *page);
    QWidget *page(Section section) const;
    /// Adds a section (navigation entry + page) after the fixed ones; returns its index.
    int addSection(const QString &title, QWidget *page);
    void showSection(int index);
    void showSection(Section section) { showSection(static_cast<int>(section)); }

private:
    QListWidget *m_nav;
    QStackedWidget *m_pages;
};

} // namespace vd::ui
