#include "office/AuditPage.h"

#include "ListPage.h"
#include "models/AuditModel.h"
#include "office/OfficeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace vd::ui {

namespace {
QString pretty(const QString &json)
{
    if (json.isEmpty())
        return QStringLiteral("—");
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}
} // namespace

AuditPage::AuditPage(office::OfficeService *office, QWidget *parent)
    : QWidget(parent), m_office(office), m_model(new AuditModel(office, this)), m_actor(new QLineEdit(this)),
      m_action(new QComboBox(this)), m_entity(new QComboBox(this)), m_entityId(new QLineEdit(this)),
      m_text(new QLineEdit(this)), m_dates(new QCheckBox(tr("&Between"), this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_count(new QLabel(this)), m_banner(new QLabel(this)), m_table(new QTableView(this)),
      m_detail(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_actor->setObjectName(QStringLiteral("filterActor"));
    m_action->setObjectName(QStringLiteral("filterAction"));
    m_entity->setObjectName(QStringLiteral("filterEntity"));
    m_entityId->setObjectName(QStringLiteral("filterEntityId"));
    m_text->setObjectName(QStringLiteral("filterText"));
    m_actor->setPlaceholderText(tr("login"));
    m_text->setPlaceholderText(tr("words in the details, before or after"));
    m_entityId->setPlaceholderText(tr("e.g. order number"));
    m_action->setEditable(true);
    m_action->addItems({QString(), QStringLiteral("order."), QStringLiteral("order.create"),
                        QStringLiteral("order.cancel"), QStringLiteral("order.deliver"),
                        QStringLiteral("reconciliation."), QStringLiteral("deposit."), QStringLiteral("mint."),
                        QStringLiteral("operator."), QStringLiteral("setting."), QStringLiteral("listener.")});
    m_entity->setEditable(true);
    m_entity->addItems({QString(), QStringLiteral("order"), QStringLiteral("deposit"),
                        QStringLiteral("reconciliation_entry"), QStringLiteral("operator"), QStringLiteral("setting")});
    listpage::setUpDateRange(m_dates, m_from, m_to, 7);

    auto *searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setObjectName(QStringLiteral("searchAudit"));
    auto *clearButton = new QPushButton(tr("C&lear"), this);
    auto *exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportAudit"));

    auto *filters = new QGridLayout;
    listpage::addField(filters, 0, 0, new QLabel(tr("&Who:"), this), m_actor);
    listpage::addField(filters, 0, 1, new QLabel(tr("&Action:"), this), m_action);
    listpage::addField(filters, 0, 2, new QLabel(tr("&On:"), this), m_entity);
    listpage::addField(filters, 1, 0, new QLabel(tr("&Id:"), this), m_entityId);
    listpage::addField(filters, 1, 1, new QLabel(tr("&Text:"), this), m_text);
    filters->addLayout(listpage::dateRangeRow(m_dates, m_from, m_to, new QLabel(tr("and"), this)), 1, 4, 1, 2);
    filters->setColumnStretch(1, 2);
    filters->setColumnStretch(3, 2);
    filters->setColumnStretch(5, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(searchButton);
    actions->addWidget(clearButton);
    actions->addWidget(exportButton);
    actions->addStretch(1);
    m_count->setObjectName(QStringLiteral("auditCount"));
    actions->addWidget(m_count);

    m_banner->setObjectName(QStringLiteral("auditBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    listpage::setUpTable(m_table, static_cast<int>(office::AuditColumn::At));
    m_table->setColumnWidth(static_cast<int>(office::AuditColumn::At), 160);
    m_table->setColumnWidth(static_cast<int>(office::AuditColumn::Actor), 150);
    m_table->setColumnWidth(static_cast<int>(office::AuditColumn::Workstation), 130);
    m_table->setColumnWidth(static_cast<int>(office::AuditColumn::Action), 170);
    m_table->setColumnWidth(static_cast<int>(office::AuditColumn::Entity), 150);
    m_table->setColumnWidth(static_cast<int>(office::AuditColumn::EntityId), 70);
    m_detail->setObjectName(QStringLiteral("auditDetail"));
    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a row to see what changed."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({450, 230});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Audit trail").toHtmlEscaped()), this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    for (QLineEdit *e : {m_actor, m_entityId, m_text})
        connect(e, &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_action->lineEdit(), &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(m_entity->lineEdit(), &QLineEdit::returnPressed, this, &AuditPage::search);
    connect(searchButton, &QPushButton::clicked, this, &AuditPage::search);
    connect(clearButton, &QPushButton::clicked, this, [this]() {
        setFilterFields({}, {}, {});
        m_entity->setCurrentText({});
        m_entityId->clear();
        m_dates->setChecked(false);
        search();
    });
    connect(exportButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export audit trail as CSV"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportTo(path);
    });
    connect(m_model, &AuditModel::loaded, this,
            [this](int total) { m_count->setText(tr("%n row(s)", nullptr, total)); });
    connect(m_model, &AuditModel::loadFailed, this, [this](const QString &m) {
        m_count->clear();
        showBanner(m, true);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const office::AuditRow *r = m_model->rowAt(i.row());
        if (!r) {
            m_detail->clear();
            return;
        }
        m_detail->setPlainText(tr("%1 — %2 by %3 at %4\nBefore: %5\nAfter: %6\nDetails: %7")
                                   .arg(r->at.toUTC().toString(Qt::ISODate), r->action, r->actor,
                                        r->workstation.isEmpty() ? tr("(no workstation)") : r->workstation,
                                        pretty(r->before), pretty(r->after), pretty(r->details)));
    });
    connect(m_office, &office::OfficeService::exportDone, this, [this](quint64 id, qint64 rows, const QString &path) {
        if (id != m_exportRequest)
            return;
        showBanner(tr("%n row(s) exported to %1", nullptr, int(rows)).arg(path), false);
        emit exportFinished(rows, path);
    });
    connect(m_office, &office::OfficeService::failed, this,
            [this](quint64 id, const QString &, const QString &message) {
                if (id == m_exportRequest)
                    showBanner(message, true);
            });
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        search();
}

office::AuditFilter AuditPage::currentFilter() const
{
    office::AuditFilter f = m_model->filter();
    f.actor = m_actor->text().trimmed();
    f.action = m_action->currentText().trimmed();
    f.entity = m_entity->currentText().trimmed();
    f.entityId = m_entityId->text().trimmed();
    f.text = m_text->text().trimmed();
    f.from = m_dates->isChecked() ? m_from->date() : QDate();
    f.to = m_dates->isChecked() ? m_to->date() : QDate();
    return f;
}

void AuditPage::setFilterFields(const QString &actor, const QString &action, const QString &text)
{
    m_actor->setText(actor);
    m_action->setCurrentText(action);
    m_text->setText(text);
}

void AuditPage::search()
{
    m_loadedOnce = true;
    m_banner->hide();
    m_count->setText(tr("Searching…"));
    m_model->setFilter(currentFilter());
}

void AuditPage::exportTo(const QString &path)
{
    showBanner(tr("Exporting…"), false);
    m_exportRequest = m_office->exportAudit(m_model->filter(), path);
}

void AuditPage::showBanner(const QString &text, bool problem)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(problem
                                ? QStringLiteral("background:#fde7e9;color:#a4262c;padding:6px;border-radius:4px;")
                                : QStringLiteral("background:#dff6dd;color:#0b5a0b;padding:6px;border-radius:4px;"));
    m_banner->setVisible(!text.isEmpty());
}

} // namespace vd::ui
