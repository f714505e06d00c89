#include "LockOverlay.h"

#include "auth/Operators.h"
#include "common/Log.h"
#include "common/ThreadCleanup.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd::ui {

LockOverlay::LockOverlay(db::DbConfig config, QWidget *parent)
    : QWidget(parent), m_config(std::move(config)), m_title(new QLabel(this)), m_password(new QLineEdit(this)),
      m_problem(new QLabel(this)), m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(QStringLiteral("lockOverlay"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#lockOverlay{background:#1f2b36;} QLabel{color:#ffffff;}"
                                 "QPushButton{font-size:14pt;padding:6px 18px;}"));
    m_title->setText(tr("Desk locked by %1").arg(m_config.user));
    m_title->setStyleSheet(QStringLiteral("font-size:28pt;font-weight:bold;color:#ffffff;"));
    m_title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(tr("Enter your password to continue, or switch to another person."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setStyleSheet(QStringLiteral("font-size:14pt;color:#dfe6ec;"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setFixedWidth(320);
    m_password->setStyleSheet(QStringLiteral("font-size:14pt;padding:6px;"));
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setObjectName(QStringLiteral("unlockProblem"));
    m_problem->setStyleSheet(QStringLiteral("color:#ffb4b4;font-size:13pt;"));
    auto *switchPerson = new QPushButton(tr("S&witch person"), this);
    connect(m_unlock, &QPushButton::clicked, this, &LockOverlay::attemptUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockOverlay::attemptUnlock);
    connect(switchPerson, &QPushButton::clicked, this, &LockOverlay::switchPersonRequested);
    connect(&m_watcher, &QFutureWatcher<Result<void>>::finished, this, [this]() {
        m_unlock->setEnabled(true);
        const Result<void> r = m_watcher.result();
        if (!r) {
            m_problem->setText(r.error().code == QLatin1String("db.auth_failed") ? tr("Wrong password.")
                                                                                  : r.error().message);
            m_password->selectAll();
            return;
        }
        m_password->clear();
        m_problem->clear();
        hide();
        emit unlocked();
    });

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addWidget(switchPerson);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(hint);
    layout->addSpacing(16);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addStretch();
    parent->installEventFilter(this);
    hide();
}

void LockOverlay::lock()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_password->setFocus();
}

void LockOverlay::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LockOverlay::attemptUnlock()
{
    if (m_watcher.isRunning() || m_password->text().isEmpty())
        return;
    log::addSecret(m_password->text());
    m_unlock->setEnabled(false);
    m_problem->setText(tr("Checking…"));
    const db::DbConfig c = m_config;
    const QString pw = m_password->text();
    m_watcher.setFuture(QtConcurrent::run([c, pw]() {
        auto result = auth::verifyPassword(c, pw);
        releaseThreadCrypto(); // a pool thread: libpq's SCRAM drew random bytes from libcrypto
        return result;
    }));
}

bool LockOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace vd::ui
