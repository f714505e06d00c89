#pragma once
// The chain listener as operators see it (runbook: "listener or RPC provider fails"): the leader's health as it
// wrote it to the database (any workstation), and, on the workstation that hosts a listener, its live figures
// and the operator actions: pause / resume, replay from block N (idempotent), switch endpoint. GUI thread only;
// health arrives as values from the health monitor and the hosted listener's thread.
#include "health/HealthSnapshot.h"
#include "listener/ListenerHealth.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QGroupBox;

namespace vd::listener {
class ListenerService;
}

namespace vd::ui {

class ChainPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChainPage(QWidget *parent = nullptr);

    /// The listener this workstation hosts (nullptr: none; actions are then explained, not offered).
    void setHostedListener(listener::ListenerService *service);
    void showSnapshot(const health::HealthSnapshot &snapshot);

    // The actions, as the buttons take them (tests and keyboard users alike).
    void requestReplay(qint64 block, bool confirmed);
    void togglePause();
    void switchEndpoint(int index);
    QString headline() const;

signals:
    void replayRequested(qint64 block);

private:
    void showHealth(const listener::ListenerHealth &h, double heartbeatAge, bool hosted);
    void updateActions();

    QPointer<listener::ListenerService> m_hosted;
    listener::ListenerHealth m_hostedHealth;
    QLabel *m_headline;
    QLabel *m_detail;
    QGridLayout *m_grid;
    QList<QLabel *> m_values;
    QGroupBox *m_actions;
    QLabel *m_actionsNote;
    QPushButton *m_pause;
    QSpinBox *m_replayBlock;
    QPushButton *m_replay;
    QComboBox *m_endpoint;
    QPushButton *m_switch;
};

} // namespace vd::ui
