#pragma once
// The back office's first page: today at a glance. Orders created / waiting for the chain / valid / delivered /
// expired today and in total, deposits per status, the chain listener, on-chain mints the books do not explain,
// open incidents, and a chart of deliveries and mints per hour (UTC) painted by hand. Fed by DashboardService,
// which re-reads on NOTIFY; nothing here touches the database. GUI thread only.
#include "dashboard/DashboardSnapshot.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace vd::ui {

class HourlyChart;

class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

    void showSnapshot(const dashboard::DashboardSnapshot &snapshot);
    const dashboard::DashboardSnapshot &snapshot() const { return m_snapshot; }

private:
    QLabel *tile(const QString &objectName);

    dashboard::DashboardSnapshot m_snapshot;
    QLabel *m_day;
    QLabel *m_error;
    QLabel *m_created;
    QLabel *m_pending;
    QLabel *m_valid;
    QLabel *m_delivered;
    QLabel *m_expired;
    QLabel *m_deposits;
    QLabel *m_listener;
    QLabel *m_books;
    QLabel *m_incidents;
    HourlyChart *m_chart;
};

/// Two series of 24 hourly counts as grouped bars, with a legend and hour labels. Keyboard-free, read-only.
class HourlyChart : public QWidget
{
    Q_OBJECT
public:
    explicit HourlyChart(QWidget *parent = nullptr);
    void setSeries(const std::array<int, 24> &first, const std::array<int, 24> &second);
    QSize sizeHint() const override { return {720, 220}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::array<int, 24> m_first{};
    std::array<int, 24> m_second{};
};

} // namespace vd::ui
