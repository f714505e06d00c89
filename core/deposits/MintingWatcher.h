#pragma once
// Follows the minting kill switch for the banner every workstation shows while it is on: reads it at start, then
// on each NOTIFY vd_settings (and re-reads after a reconnect). Any staff role may read it. The facade lives on the
// GUI thread; the reading runs on its own thread with its own connection ("minting-watch").
#include "db/DbConfig.h"
#include "deposits/DepositTypes.h"

#include <QObject>
#include <QThread>

namespace vd::deposits {

class MintingWatcher : public QObject
{
    Q_OBJECT
public:
    explicit MintingWatcher(db::DbConfig database, QObject *parent = nullptr);
    ~MintingWatcher() override; // quit() + wait()

    void start();
    const MintingSwitch &state() const { return m_state; }

    /// Called on the GUI thread with each reading (by the watcher's own thread).
    void apply(const vd::deposits::MintingSwitch &state);

signals:
    void changed(const vd::deposits::MintingSwitch &state);

private:

    QThread m_thread;
    QObject *m_worker;
    MintingSwitch m_state;
    bool m_known = false;
};

} // namespace vd::deposits
