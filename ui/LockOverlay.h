#pragma once
// Covers the whole window while the desk is locked (Ctrl+L or idle). Only the person who locked it can unlock
// it (their password is checked against the database off the GUI thread); anyone can switch person instead.
// Scans are not taken while locked. GUI thread only.
#include "common/Result.h"
#include "db/DbConfig.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace vd::ui {

class LockOverlay : public QWidget
{
    Q_OBJECT
public:
    LockOverlay(db::DbConfig config, QWidget *parent);
    void lock();
    bool isLocked() const { return isVisible(); }
    void setPassword(const QString &password);

signals:
    void unlocked();
    void switchPersonRequested();

public slots:
    void attemptUnlock();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    db::DbConfig m_config;
    QLabel *m_title;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_unlock;
    QFutureWatcher<Result<void>> m_watcher;
};

} // namespace vd::ui
