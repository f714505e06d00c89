#include "RotationWizard.h"

#include "AdminActionRunner.h"
#include "auth/Operators.h"
#include "chain/Keystore.h"
#include "common/ThreadCleanup.h"
#include "signing/SigningService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd::ui {

namespace {
// A fresh key in a new keystore file at `path` (never overwriting). Runs on a pool thread: scrypt is slow.
vd::Result<QString> createKeystoreFile(const QString &path, QByteArray password)
{
    if (QFile::exists(path))
        return vd::Error{QStringLiteral("admin.keystore_exists"),
                         QCoreApplication::translate("vd::ui::RotationWizard",
                                                     "%1 already exists; choose a new file name.")
                             .arg(path)};
    auto key = chain::PrivateKey::generate();
    if (!key)
        return key.error();
    auto json = chain::Keystore::encrypt(key.value(), password);
    password.fill('\0');
    if (!json)
        return json.error();
    QFile f(path);
    if (!f.open(QIODevice::NewOnly | QIODevice::WriteOnly) || f.write(json.value()) != json.value().size())
        return vd::Error{QStringLiteral("admin.keystore_write"),
                         QCoreApplication::translate("vd::ui::RotationWizard", "%1 could not be written: %2")
                             .arg(path, f.errorString())};
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}
} // namespace

RotationWizard::RotationWizard(admin::AdminService *admin, AdminActionRunner *runner, QWidget *parent)
    : QDialog(parent), m_admin(admin), m_runner(runner), m_stack(new QStackedWidget(this)),
      m_oldMinter(new QLineEdit(this)), m_keystore(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_passwordAgain(new QLineEdit(this)), m_withPause(new QCheckBox(tr("&Pause the token during the rotation"), this)),
      m_create(new QPushButton(tr("&Create the new keystore"), this)),
      m_browse(new QPushButton(tr("Use an &existing file…"), this)),
      m_start(new QPushButton(tr("&Start the rotation"), this)), m_steps(new QListWidget(this)),
      m_signStep(new QPushButton(this)), m_safeStep(new QPushButton(tr("Propose this step to the Sa&fe…"), this)),
      m_abandon(new QPushButton(tr("A&bandon rotation"), this)), m_newAddress(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("rotationWizard"));
    setWindowTitle(tr("Key rotation: replace the minter key"));
    m_oldMinter->setObjectName(QStringLiteral("oldMinter"));
    m_keystore->setObjectName(QStringLiteral("newKeystore"));
    m_password->setObjectName(QStringLiteral("newKeystorePassword"));
    m_passwordAgain->setObjectName(QStringLiteral("newKeystorePasswordAgain"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordAgain->setEchoMode(QLineEdit::Password);
    m_withPause->setChecked(true);
    m_withPause->setObjectName(QStringLiteral("withPause"));
    m_create->setObjectName(QStringLiteral("createKeystore"));
    m_start->setObjectName(QStringLiteral("startRotation"));
    m_start->setEnabled(false);
    m_steps->setObjectName(QStringLiteral("rotationSteps"));
    m_signStep->setObjectName(QStringLiteral("signStep"));
    m_safeStep->setObjectName(QStringLiteral("safeStep"));
    m_abandon->setObjectName(QStringLiteral("abandonRotation"));
    m_status->setObjectName(QStringLiteral("rotationStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_newAddress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps->setStyleSheet(QStringLiteral("font-size:12pt;"));
    m_steps->setWordWrap(true);

    // Page 1: what is replaced by what.
    auto *setup = new QWidget(this);
    auto *form = new QFormLayout(setup);
    auto *intro = new QLabel(tr("The old minter key loses MINTER_ROLE and a new key gets it. Each step is one "
                                "transaction you confirm; the wizard remembers the steps done, so it can be closed "
                                "and resumed."),
                             setup);
    intro->setWordWrap(true);
    form->addRow(intro);
    auto *oldLabel = new QLabel(tr("&Old minter:"), setup);
    oldLabel->setBuddy(m_oldMinter);
    form->addRow(oldLabel, m_oldMinter);
    auto *ksLabel = new QLabel(tr("New &keystore file:"), setup);
    ksLabel->setBuddy(m_keystore);
    auto *ksRow = new QHBoxLayout;
    ksRow->addWidget(m_keystore);
    ksRow->addWidget(m_browse);
    form->addRow(ksLabel, ksRow);
    auto *pwLabel = new QLabel(tr("Pass&word for a new file:"), setup);
    pwLabel->setBuddy(m_password);
    form->addRow(pwLabel, m_password);
    auto *pw2Label = new QLabel(tr("&Repeat it:"), setup);
    pw2Label->setBuddy(m_passwordAgain);
    form->addRow(pw2Label, m_passwordAgain);
    form->addRow(QString(), m_create);
    form->addRow(tr("New minter:"), m_newAddress);
    form->addRow(QString(), m_withPause);
    form->addRow(QString(), m_start);
    m_stack->addWidget(setup);

    // Page 2: the steps.
    auto *run = new QWidget(this);
    auto *rl = new QVBoxLayout(run);
    rl->addWidget(m_steps);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signStep);
    buttons->addWidget(m_safeStep);
    buttons->addStretch();
    buttons->addWidget(m_abandon);
    rl->addLayout(buttons);
    m_stack->addWidget(run);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    layout->addWidget(m_status);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(760);

    // The old minter: a MINTER_ROLE holder that is neither the Safe nor an administrator.
    const admin::ChainState &cs = m_admin->chainState();
    const QList<chain::Address> admins = admin::holders(cs, m_admin->dbState(), admin::defaultAdminRole());
    for (const chain::Address &a : admin::holders(cs, m_admin->dbState(), admin::minterRole()))
        if (a != m_admin->safeAddress().value_or(chain::Address()) && !admins.contains(a)) {
            m_oldMinter->setText(a.toChecksummed());
            break;
        }

    connect(m_create, &QPushButton::clicked, this, &RotationWizard::createKeystore);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Keystore of the new minter key"));
        if (!path.isEmpty())
            m_keystore->setText(path);
    });
    connect(m_keystore, &QLineEdit::textChanged, this, &RotationWizard::updateNewMinter);
    connect(&m_keygen, &QFutureWatcher<vd::Result<QString>>::finished, this, [this]() {
        const auto r = m_keygen.result();
        m_create->setEnabled(true);
        if (!r) {
            setStatus(r.error().message, true);
            return;
        }
        setStatus(tr("New keystore written to %1. Keep the password safe: it cannot be recovered.").arg(r.value()),
                  false);
        m_keystore->setText(r.value());
        updateNewMinter();
        m_start->setFocus();
    });
    connect(m_start, &QPushButton::clicked, this, &RotationWizard::startRotation);
    connect(m_signStep, &QPushButton::clicked, this, [this]() { runStep(false); });
    connect(m_safeStep, &QPushButton::clicked, this, [this]() { runStep(true); });
    connect(m_abandon, &QPushButton::clicked, this, [this]() {
        if (m_rotation)
            m_admin->finishRotation(m_rotation->id, true);
    });
    connect(m_admin, &admin::AdminService::rotationChanged, this,
            [this](quint64, const vd::Result<admin::RotationRecord> &r) {
                if (!r) {
                    setStatus(r.error().message, true);
                    return;
                }
                m_rotation = r.value();
                if (m_rotation->status != QLatin1String("in_progress")) {
                    setStatus(m_rotation->status == QLatin1String("done")
                                  ? tr("Rotation finished: %1 is the minter now.")
                                        .arg(m_rotation->newMinter.toChecksummed())
                                  : tr("Rotation abandoned. The steps already done stay done on the chain."),
                              false);
                }
                showRotation();
            });
    connect(m_runner, &AdminActionRunner::done, this,
            [this](const admin::Action &, bool viaSafe, const QString &ref, const QString &message) {
                if (m_runningStep.isEmpty())
                    return;
                const QString step = m_runningStep;
                m_runningStep.clear();
                setStatus(message, false);
                stepDone(step, viaSafe ? QStringLiteral("safe:") + ref : ref);
            });
    connect(m_runner, &AdminActionRunner::failed, this, [this](const admin::Action &, const QString &message) {
        if (m_runningStep.isEmpty())
            return;
        m_runningStep.clear();
        setStatus(message, true);
        showRotation();
    });

    m_rotation = m_admin->dbState().openRotation;
    showRotation();
}

void RotationWizard::updateNewMinter()
{
    // The file's declared address (nothing decrypted): the account that receives MINTER_ROLE.
    const auto a = signing::SigningService::keystoreAddress(m_keystore->text());
    m_newAddress->setText(a ? a.value().toChecksummed() : QString());
    m_start->setEnabled(a.ok());
}

void RotationWizard::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color:#8a1c1c;font-size:12pt;font-weight:bold;")
                                    : QStringLiteral("color:#1d4d2b;font-size:12pt;"));
}

void RotationWizard::createKeystore()
{
    const QString problem = auth::passwordProblem(m_password->text());
    if (!problem.isEmpty() || m_password->text() != m_passwordAgain->text()) {
        setStatus(problem.isEmpty() ? tr("The two passwords differ.") : problem, true);
        m_password->setFocus();
        return;
    }
    QString path = m_keystore->text().trimmed();
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Where to write the new keystore"),
                                            QStringLiteral("minter-keystore.json"));
        if (path.isEmpty())
            return;
    }
    QByteArray password = m_password->text().toUtf8();
    m_password->clear();
    m_passwordAgain->clear();
    m_create->setEnabled(false);
    setStatus(tr("Creating the keystore (this takes a few seconds)…"), false);
    m_keygen.setFuture(QtConcurrent::run([path, password]() {
        auto result = createKeystoreFile(path, password);
        releaseThreadCrypto(); // a pool thread: the key and the scrypt salt came from libcrypto's DRBG
        return result;
    }));
    password.fill('\0');
}

void RotationWizard::startRotation()
{
    const auto oldMinter = admin::parseAccount(m_oldMinter->text());
    if (!oldMinter) {
        setStatus(oldMinter.error().message, true);
        m_oldMinter->setFocus();
        return;
    }
    const auto newMinter = signing::SigningService::keystoreAddress(m_keystore->text());
    if (!newMinter) {
        setStatus(newMinter.error().message, true);
        return;
    }
    if (newMinter.value() == oldMinter.value()) {
        setStatus(tr("The new keystore holds the old minter's key: create a new one."), true);
        return;
    }
    m_admin->startRotation(oldMinter.value(), newMinter.value(), m_keystore->text(), m_withPause->isChecked());
}

void RotationWizard::showRotation()
{
    const bool open = m_rotation && m_rotation->status == QLatin1String("in_progress");
    m_stack->setCurrentIndex(m_rotation ? 1 : 0);
    m_steps->clear();
    if (!m_rotation)
        return;
    const QString next = admin::nextRotationStep(*m_rotation);
    m_steps->addItem(tr("Old minter %1\nNew minter %2 (keystore %3)")
                         .arg(m_rotation->oldMinter.toChecksummed(), m_rotation->newMinter.toChecksummed(),
                              m_rotation->newKeystore));
    for (const QString &step : admin::rotationSteps(m_rotation->withPause)) {
        QString line;
        if (m_rotation->done(step))
            line = tr("✓ %1 — %2").arg(admin::rotationStepTitle(step), m_rotation->ref(step));
        else if (step == next && open)
            line = tr("→ %1 (next)").arg(admin::rotationStepTitle(step));
        else
            line = tr("   %1").arg(admin::rotationStepTitle(step));
        m_steps->addItem(line);
    }
    const bool chainStep = admin::rotationAction(*m_rotation, next).has_value();
    m_signStep->setText(next == QLatin1String("configure") ? tr("&Use the new keystore for minting")
                                                           : tr("&Sign this step now…"));
    m_signStep->setEnabled(open && !next.isEmpty() && m_runningStep.isEmpty());
    m_safeStep->setEnabled(open && chainStep && m_runningStep.isEmpty() && m_admin->safeAddress().has_value());
    m_abandon->setEnabled(open);
    if (m_signStep->isEnabled())
        m_signStep->setFocus();
}

void RotationWizard::runStep(bool viaSafe)
{
    if (!m_rotation)
        return;
    const QString step = admin::nextRotationStep(*m_rotation);
    if (step.isEmpty())
        return;
    if (step == QLatin1String("configure")) {
        emit minterKeystoreChanged(m_rotation->newKeystore);
        stepDone(step, m_rotation->newKeystore);
        return;
    }
    const auto action = admin::rotationAction(*m_rotation, step);
    if (!action)
        return;
    m_runningStep = step;
    m_signStep->setEnabled(false);
    m_safeStep->setEnabled(false);
    if (viaSafe)
        m_runner->proposeToSafe(*action);
    else
        m_runner->signNow(*action);
}

void RotationWizard::stepDone(const QString &step, const QString &ref)
{
    if (!m_rotation)
        return;
    const qint64 id = m_rotation->id;
    m_admin->rotationStepDone(id, step, ref);
    // The last step closes the rotation (the database refuses "done" before revoke and grant).
    QStringList all = admin::rotationSteps(m_rotation->withPause);
    if (step == all.last())
        m_admin->finishRotation(id, false);
}

} // namespace vd::ui
