#include "ChainPage.h"

#include "chain/rpc/RpcLog.h"
#include "listener/ListenerService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
enum Field { Leader, Head, Finalized, Processed, Lag, Endpoint, ErrorRate, Range, Reorgs, Heartbeat, LastError, FieldCount };
}

ChainPage::ChainPage(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_detail(new QLabel(this)), m_grid(new QGridLayout),
      m_actions(new QGroupBox(tr("Operator actions"), this)), m_actionsNote(new QLabel(m_actions)),
      m_pause(new QPushButton(m_actions)), m_replayBlock(new QSpinBox(m_actions)),
      m_replay(new QPushButton(tr("&Replay from this block…"), m_actions)), m_endpoint(new QComboBox(m_actions)),
      m_switch(new QPushButton(tr("S&witch endpoint"), m_actions))
{
    setObjectName(QStringLiteral("chainPage"));
    m_headline->setObjectName(QStringLiteral("chainHeadline"));
    m_headline->setStyleSheet(QStringLiteral("font-size:20pt;font-weight:bold;padding:10px;border-radius:6px;"));
    m_detail->setWordWrap(true);
    m_detail->setStyleSheet(QStringLiteral("font-size:11pt;color:#333;"));

    const QStringList names = {tr("Leader"),         tr("Chain head"),  tr("Finalized block"), tr("Processed up to"),
                               tr("Behind by"),      tr("RPC endpoint"), tr("Endpoint errors"), tr("Log range size"),
                               tr("Reorgs seen"),    tr("Last heartbeat"), tr("Last error")};
    for (int i = 0; i < FieldCount; ++i) {
        auto *name = new QLabel(names[i], this);
        name->setStyleSheet(QStringLiteral("color:#555;font-size:11pt;"));
        auto *value = new QLabel(QStringLiteral("—"), this);
        value->setStyleSheet(QStringLiteral("font-size:12pt;"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_grid->addWidget(name, i, 0, Qt::AlignTop);
        m_grid->addWidget(value, i, 1);
        m_values << value;
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setHorizontalSpacing(18);

    m_actionsNote->setWordWrap(true);
    m_replayBlock->setRange(0, std::numeric_limits<int>::max());
    m_replayBlock->setAccessibleName(tr("Block to replay from"));
    m_pause->setObjectName(QStringLiteral("pauseListener"));
    m_replay->setObjectName(QStringLiteral("replay"));
    m_switch->setObjectName(QStringLiteral("switchEndpoint"));
    auto *actions = new QFormLayout(m_actions);
    actions->addRow(m_actionsNote);
    auto *pauseRow = new QHBoxLayout;
    pauseRow->addWidget(m_pause);
    pauseRow->addStretch(1);
    actions->addRow(tr("Following:"), pauseRow);
    auto *replayRow = new QHBoxLayout;
    replayRow->addWidget(m_replayBlock, 1);
    replayRow->addWidget(m_replay);
    auto *replayLabel = new QLabel(tr("Re-read from &block:"), m_actions);
    replayLabel->setBuddy(m_replayBlock);
    actions->addRow(replayLabel, replayRow);
    auto *endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_switch);
    auto *endpointLabel = new QLabel(tr("Use &endpoint:"), m_actions);
    endpointLabel->setBuddy(m_endpoint);
    actions->addRow(endpointLabel, endpointRow);
    connect(m_pause, &QPushButton::clicked, this, &ChainPage::togglePause);
    connect(m_replay, &QPushButton::clicked, this, [this] { requestReplay(m_replayBlock->value(), false); });
    connect(m_switch, &QPushButton::clicked, this, [this] { switchEndpoint(m_endpoint->currentIndex()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    auto *title = new QLabel(tr("<h2>Chain listener</h2>"), this);
    layout->addWidget(title);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addLayout(m_grid);
    layout->addWidget(m_actions);
    layout->addStretch(1);
    showSnapshot({});
    updateActions();
}

QString ChainPage::headline() const
{
    return m_headline->text();
}

void ChainPage::setHostedListener(listener::ListenerService *service)
{
    m_hosted = service;
    m_endpoint->clear();
    if (service) {
        const QStringList urls = service->config().rpcUrls;
        for (int i = 0; i < urls.size(); ++i)
            m_endpoint->addItem(tr("%1. %2").arg(i + 1).arg(chain::redactUrl(QUrl(urls[i]))));
        connect(service, &listener::ListenerService::healthChanged, this, [this](const listener::ListenerHealth &h) {
            m_hostedHealth = h;
            if (h.leader)
                showHealth(h, 0, true);
            updateActions();
        });
        m_hostedHealth = service->health();
    }
    updateActions();
}

void ChainPage::showSnapshot(const health::HealthSnapshot &s)
{
    if (m_hosted && m_hostedHealth.leader)
        return; // the hosted leader's own figures are fresher than its row
    if (!s.hasListenerRow) {
        m_headline->setText(tr("No listener has reported"));
        m_headline->setStyleSheet(m_headline->styleSheet() + QStringLiteral("background:#eeeeee;color:#333;"));
        m_detail->setText(tr("Start `voucherdesk listen` on the server, or give a workstation a listener login in "
                             "its settings. Until then orders do not become VALID by themselves."));
        for (QLabel *v : std::as_const(m_values))
            v->setText(QStringLiteral("—"));
        return;
    }
    showHealth(s.listenerRow, s.listenerHeartbeatAge, false);
}

void ChainPage::showHealth(const listener::ListenerHealth &h, double heartbeatAge, bool hosted)
{
    const QLocale locale;
    const bool silent = heartbeatAge > 60;
    QString background;
    QString text;
    if (silent) {
        text = tr("SILENT — no heartbeat for %1 s").arg(qRound(heartbeatAge));
        background = QStringLiteral("#fdecea;color:#7a1212");
    } else if (h.state == QLatin1String("unhealthy") || h.state == QLatin1String("stopped")) {
        text = tr("STOPPED — needs a person");
        background = QStringLiteral("#fdecea;color:#7a1212");
    } else if (h.state == QLatin1String("paused")) {
        text = tr("PAUSED by an operator");
        background = QStringLiteral("#fff4e0;color:#6b4a00");
    } else if (h.state == QLatin1String("backfill")) {
        text = tr("CATCHING UP — %1 blocks behind").arg(locale.toString(h.lagBlocks));
        background = QStringLiteral("#fff4e0;color:#6b4a00");
    } else if (h.state == QLatin1String("live")) {
        text = tr("LIVE — %1 blocks behind").arg(locale.toString(std::max<qint64>(0, h.lagBlocks)));
        background = QStringLiteral("#e7f5ea;color:#1b5e20");
    } else {
        text = h.state.toUpper();
        background = QStringLiteral("#eeeeee;color:#333");
    }
    m_headline->setText(text);
    m_headline->setStyleSheet(QStringLiteral("font-size:20pt;font-weight:bold;padding:10px;border-radius:6px;"
                                             "background:%1;")
                                  .arg(background));
    m_detail->setText(hosted ? tr("This workstation is the leader; figures are live.")
                             : tr("As reported by the leader to the database."));
    auto block = [&locale](qint64 b) { return b < 0 ? QStringLiteral("—") : locale.toString(b); };
    m_values[Leader]->setText(h.leaderName.isEmpty() ? QStringLiteral("—") : h.leaderName);
    m_values[Head]->setText(block(h.headBlock));
    m_values[Finalized]->setText(block(h.finalizedBlock));
    m_values[Processed]->setText(block(h.lastBlock));
    m_values[Lag]->setText(h.lagBlocks < 0 ? QStringLiteral("—")
                                           : tr("%1 blocks, %2 s")
                                                 .arg(locale.toString(h.lagBlocks))
                                                 .arg(locale.toString(h.lagSeconds < 0 ? 0.0 : h.lagSeconds, 'f', 1)));
    m_values[Endpoint]->setText(h.endpoint.isEmpty() ? QStringLiteral("—") : h.endpoint);
    m_values[ErrorRate]->setText(tr("%1 %").arg(locale.toString(h.errorRate * 100, 'f', 1)));
    m_values[Range]->setText(h.rangeSize > 0 ? tr("%1 blocks").arg(locale.toString(h.rangeSize)) : QStringLiteral("—"));
    m_values[Reorgs]->setText(locale.toString(h.reorgs));
    m_values[Heartbeat]->setText(h.updatedAt.isValid() ? locale.toString(h.updatedAt.toLocalTime(), QLocale::ShortFormat)
                                                       : QStringLiteral("—"));
    m_values[LastError]->setText(h.lastError.isEmpty() ? tr("none") : h.lastError);
}

void ChainPage::updateActions()
{
    const bool hosted = !m_hosted.isNull();
    m_pause->setEnabled(hosted);
    m_replay->setEnabled(hosted && m_hostedHealth.leader);
    m_replayBlock->setEnabled(hosted && m_hostedHealth.leader);
    m_switch->setEnabled(hosted && m_endpoint->count() > 1);
    m_endpoint->setEnabled(hosted && m_endpoint->count() > 1);
    m_pause->setText(m_hostedHealth.state == QLatin1String("paused") ? tr("&Resume following the chain")
                                                                     : tr("&Pause the listener"));
    if (!hosted)
        m_actionsNote->setText(tr("This workstation does not host the listener. Use the workstation that does, or "
                                  "`voucherdesk listen --replay-from N` / `--endpoint I` on the server."));
    else if (!m_hostedHealth.leader)
        m_actionsNote->setText(tr("This workstation's listener is on standby (another one leads). Pausing here "
                                  "only stops this one from taking over."));
    else
        m_actionsNote->setText(tr("This workstation's listener leads. Replaying re-reads the chain from a block; "
                                  "nothing is applied twice."));
}

void ChainPage::togglePause()
{
    if (!m_hosted)
        return;
    if (m_hostedHealth.state == QLatin1String("paused"))
        m_hosted->resume();
    else
        m_hosted->pause();
}

void ChainPage::requestReplay(qint64 block, bool confirmed)
{
    if (!m_hosted)
        return;
    if (!confirmed &&
        QMessageBox::question(this, tr("Replay from block %1?").arg(QLocale().toString(block)),
                              tr("The listener re-reads every event from block %1 on. Nothing is applied twice, "
                                 "but catching up can take a while. Go on?")
                                  .arg(QLocale().toString(block))) != QMessageBox::Yes)
        return;
    m_hosted->replayFrom(block);
    emit replayRequested(block);
}

void ChainPage::switchEndpoint(int index)
{
    if (m_hosted && index >= 0)
        m_hosted->switchEndpoint(index);
}

} // namespace vd::ui
