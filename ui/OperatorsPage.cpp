#include "OperatorsPage.h"

#include "common/ThreadCleanup.h"
#include "models/OperatorModel.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace vd::ui {

namespace {
// A small form asking for a new password twice. Returns the password or empty when cancelled.
QString askNewPassword(QWidget *parent, const QString &title, QString *login = nullptr, QString *fullName = nullptr,
                       auth::Role *role = nullptr)
{
    QDialog d(parent);
    d.setWindowTitle(title);
    auto *form = new QFormLayout;
    QLineEdit *loginEdit = nullptr;
    QLineEdit *nameEdit = nullptr;
    QComboBox *roleBox = nullptr;
    if (login) {
        loginEdit = new QLineEdit(&d);
        loginEdit->setObjectName(QStringLiteral("newLogin"));
        loginEdit->setPlaceholderText(OperatorsPage::tr("lowercase, e.g. amina.n"));
        nameEdit = new QLineEdit(&d);
        nameEdit->setObjectName(QStringLiteral("newName"));
        roleBox = new QComboBox(&d);
        roleBox->setObjectName(QStringLiteral("newRole"));
        for (auth::Role r : {auth::Role::Reception, auth::Role::BackOffice, auth::Role::Admin})
            roleBox->addItem(auth::roleTitle(r), int(r));
        form->addRow(OperatorsPage::tr("&Login:"), loginEdit);
        form->addRow(OperatorsPage::tr("Full &name:"), nameEdit);
        form->addRow(OperatorsPage::tr("&Role:"), roleBox);
    }
    auto *pw1 = new QLineEdit(&d);
    auto *pw2 = new QLineEdit(&d);
    pw1->setObjectName(QStringLiteral("newPassword"));
    pw2->setObjectName(QStringLiteral("newPasswordAgain"));
    pw1->setEchoMode(QLineEdit::Password);
    pw2->setEchoMode(QLineEdit::Password);
    form->addRow(OperatorsPage::tr("New &password:"), pw1);
    form->addRow(OperatorsPage::tr("&Repeat it:"), pw2);
    auto *problem = new QLabel(&d);
    problem->setStyleSheet(QStringLiteral("color:#b00020;font-weight:bold;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &d);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&]() {
        QString p = auth::passwordProblem(pw1->text());
        if (p.isEmpty() && pw1->text() != pw2->text())
            p = OperatorsPage::tr("The two passwords differ.");
        if (p.isEmpty() && loginEdit && loginEdit->text().trimmed().isEmpty())
            p = OperatorsPage::tr("Enter a login.");
        if (p.isEmpty() && nameEdit && nameEdit->text().trimmed().isEmpty())
            p = OperatorsPage::tr("Enter the person's name.");
        if (!p.isEmpty()) {
            problem->setText(p);
            return;
        }
        d.accept();
    });
    auto *layout = new QVBoxLayout(&d);
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    if (d.exec() != QDialog::Accepted)
        return {};
    if (login) {
        *login = loginEdit->text().trimmed().toLower();
        *fullName = nameEdit->text().trimmed();
        *role = auth::Role(roleBox->currentData().toInt());
    }
    return pw1->text();
}
} // namespace

OperatorsPage::OperatorsPage(db::DbConfig admin, QString workstation, QWidget *parent)
    : QWidget(parent), m_admin(std::move(admin)), m_workstation(std::move(workstation)),
      m_model(new OperatorModel(this)), m_table(new QTableView(this)), m_banner(new QLabel(this)),
      m_toggle(new QPushButton(tr("&Disable"), this))
{
    setObjectName(QStringLiteral("operatorsPage"));
    auto *title = new QLabel(tr("<h2>Operators</h2><p>Each person signs in with their own login. Reception can only "
                                "scan and deliver; back office handles deposits and mints; administrators also "
                                "manage operators and settings.</p>"),
                             this);
    title->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_banner->setWordWrap(true);
    m_banner->hide();
    auto *create = new QPushButton(tr("&New operator…"), this);
    auto *reset = new QPushButton(tr("Reset &password…"), this);
    auto *refreshButton = new QPushButton(tr("Re&fresh"), this);
    connect(create, &QPushButton::clicked, this, &OperatorsPage::createOperator);
    connect(reset, &QPushButton::clicked, this, &OperatorsPage::resetPassword);
    connect(m_toggle, &QPushButton::clicked, this, &OperatorsPage::toggleEnabled);
    connect(refreshButton, &QPushButton::clicked, this, &OperatorsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this]() {
        const auth::Operator *o = selected();
        m_toggle->setText(o && o->disabled ? tr("&Enable") : tr("&Disable"));
    });
    connect(this, &OperatorsPage::message, this, [this](const QString &text, bool error) {
        m_banner->setText(text);
        m_banner->setStyleSheet(error ? QStringLiteral("background:#fdecea;color:#8a1c1c;padding:8px;border-radius:4px;")
                                      : QStringLiteral("background:#e8f5e9;color:#1b5e20;padding:8px;border-radius:4px;"));
        m_banner->show();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(reset);
    buttons->addWidget(m_toggle);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    refresh();
}

const auth::Operator *OperatorsPage::selected() const
{
    return m_model->operatorAt(m_table->currentIndex().row());
}

void OperatorsPage::refresh()
{
    auto *watcher = new QFutureWatcher<Result<QList<auth::Operator>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<auth::Operator>>>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        emit busyChanged(false);
        const auto r = watcher->result();
        if (!r) {
            emit message(r.error().message, true);
            return;
        }
        m_model->setOperators(r.value());
    });
    emit busyChanged(true);
    const db::DbConfig admin = m_admin;
    watcher->setFuture(QtConcurrent::run([admin]() {
        auto result = auth::listOperators(admin);
        releaseThreadCrypto(); // a pool thread: libpq's SCRAM drew random bytes from libcrypto
        return result;
    }));
}

void OperatorsPage::run(std::function<Result<void>()> work, const QString &success)
{
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcher<Result<void>>::finished, this, [this, watcher, success]() {
        watcher->deleteLater();
        emit busyChanged(false);
        const auto r = watcher->result();
        emit message(r ? success : r.error().message, !r.ok());
        refresh();
    });
    emit busyChanged(true);
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() {
        auto result = work();
        releaseThreadCrypto(); // a pool thread: libpq's SCRAM drew random bytes from libcrypto
        return result;
    }));
}

void OperatorsPage::createOperator()
{
    QString login;
    QString name;
    auth::Role role = auth::Role::Reception;
    const QString password = askNewPassword(this, tr("New operator"), &login, &name, &role);
    if (password.isEmpty())
        return;
    const db::DbConfig admin = m_admin;
    const QString ws = m_workstation;
    run([=]() { return auth::createOperator(admin, login, name, role, password, ws); },
        tr("Operator %1 created as %2.").arg(login, auth::roleTitle(role)));
}

void OperatorsPage::resetPassword()
{
    const auth::Operator *o = selected();
    if (!o) {
        emit message(tr("Select an operator first."), true);
        return;
    }
    const QString login = o->login;
    const QString password = askNewPassword(this, tr("New password for %1").arg(login));
    if (password.isEmpty())
        return;
    const db::DbConfig admin = m_admin;
    const QString ws = m_workstation;
    run([=]() { return auth::resetOperatorPassword(admin, login, password, ws); },
        tr("Password of %1 reset.").arg(login));
}

void OperatorsPage::toggleEnabled()
{
    const auth::Operator *o = selected();
    if (!o) {
        emit message(tr("Select an operator first."), true);
        return;
    }
    const QString login = o->login;
    const bool enable = o->disabled;
    const db::DbConfig admin = m_admin;
    const QString ws = m_workstation;
    run([=]() { return auth::setOperatorEnabled(admin, login, enable, ws); },
        enable ? tr("%1 can sign in again.").arg(login) : tr("%1 can no longer sign in.").arg(login));
}

} // namespace vd::ui
