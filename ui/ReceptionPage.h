#pragma once
// The reception desk: scan, verdict, deliver. The full screen comes with its own issue; this is the frame
// it fills. GUI thread only.
#include <QWidget>

class QLabel;

namespace vd::ui {

class ReceptionPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReceptionPage(const QString &deskName, QWidget *parent = nullptr);
    void setDatabaseOnline(bool online, const QString &detail);

private:
    QLabel *m_verdict;
    QLabel *m_instruction;
    QLabel *m_desk;
};

} // namespace vd::ui
