#pragma once
// The back office's deposits screen: counts per status (click to filter), today's issuance cap, a filter bar, the
// paged table, and the actions a clerk takes on the selected deposit (confirm payment, request mint, cancel), plus
// New deposit and CSV import. Administrators also change the cap, the token rates and the minting switch.
// Minting itself is another panel's job: it is placed beside the table with setActionsPanel() and follows
// currentDepositChanged(). All database work goes through DepositService (own thread). GUI thread.
#include "auth/Operators.h"
#include "deposits/DepositTypes.h"

#include <QHash>
#include <QWidget>

class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;

namespace vd::deposits {
class DepositService;
}

namespace vd::ui {

class DepositModel;

class DepositsPage : public QWidget
{
    Q_OBJECT
public:
    DepositsPage(deposits::DepositService *service, auth::Role role, QWidget *parent = nullptr);

    /// Puts `panel` beside the table (reparented); it follows currentDepositChanged().
    void setActionsPanel(QWidget *panel);
    DepositModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    qint64 currentDepositId() const { return m_current; }
    const deposits::DepositSettings &settings() const { return m_settings; }
    QString bannerText() const;
    /// The filter the bar shows (applied after a short pause while typing).
    deposits::DepositFilter filterFromBar() const;

public slots:
    void refresh();
    void newDeposit();
    void importCsv();
    void importFile(const QString &path);
    void confirmPayment();
    void confirmPaymentWith(const QString &paymentTxId);
    void requestMint();
    void cancelDeposit();
    void cancelWith(const QString &reason);
    void changeCap();
    void toggleMintingPause();
    void setRate();
    void selectDeposit(qint64 depositId);

signals:
    void currentDepositChanged(qint64 depositId);
    /// An action finished (message for the banner).
    void actionFinished(bool ok, const QString &message);
    void importReported(const vd::deposits::ImportReport &report);

private:
    void buildFilterBar(QWidget *bar);
    void applyFilter();
    void updateActions();
    void showMessage(const QString &text, bool error);
    void onCounts(const QHash<QString, qint64> &counts, qint64 total);
    void onSettings(const deposits::DepositSettings &settings);
    void onAction(quint64 requestId, const deposits::ActionResult &result);
    void onImport(quint64 requestId, const deposits::ImportReport &report);
    void showImportReport(const deposits::ImportReport &report);
    const deposits::DepositRow *currentRow() const;
    QString askText(const QString &title, const QString &label, const QString &objectName, const QString &initial = {});

    deposits::DepositService *m_service;
    auth::Role m_role;
    DepositModel *m_model;
    deposits::DepositSettings m_settings;
    QHash<QString, QToolButton *> m_countButtons;
    QLabel *m_capLabel;
    QPushButton *m_capButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_rateButton = nullptr;
    QLineEdit *m_reference;
    QLineEdit *m_customer;
    QLineEdit *m_minAmount;
    QLineEdit *m_maxAmount;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPushButton *m_new;
    QPushButton *m_import;
    QPushButton *m_confirm;
    QPushButton *m_mint;
    QPushButton *m_cancel;
    QLabel *m_shown;
    QLabel *m_banner;
    QTableView *m_table;
    QSplitter *m_split;
    QWidget *m_panelHost;
    QTimer *m_filterDelay;
    qint64 m_current = 0;
    qint64 m_selectAfterLoad = 0;
    bool m_sized = false;
    QHash<quint64, QString> m_pending; // request id -> what it was (for messages)
};

} // namespace vd::ui
