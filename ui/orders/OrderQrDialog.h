#pragma once
// An order's QR code (canonical VD1- payload, rendered by ZXing's writer through scan::renderQr) with what it is
// for, to show the customer, print, or save as PNG or PDF. GUI thread; rendering a QR code takes about a millisecond.
#include "office/OfficeTypes.h"

#include <QDialog>

class QLabel;
class QPainter;

namespace vd::ui {

class OrderQrDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OrderQrDialog(const office::OrderRow &order, QWidget *parent = nullptr);

    QString payload() const { return m_payload; }
    QImage qrImage() const { return m_qr; }
    bool saveAsPng(const QString &path, QString *error = nullptr) const;
    bool saveAsPdf(const QString &path, QString *error = nullptr) const;

private:
    void print();
    void savePng();
    void savePdf();
    void paintVoucher(QPainter &painter, const QRect &area) const;

    office::OrderRow m_order;
    QString m_payload;
    QImage m_qr;
    QLabel *m_status;
};

} // namespace vd::ui
