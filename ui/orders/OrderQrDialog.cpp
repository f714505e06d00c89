#include "orders/OrderQrDialog.h"

#include "scan/PayloadParser.h"
#include "scan/QrRenderer.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace vd::ui {

OrderQrDialog::OrderQrDialog(const office::OrderRow &order, QWidget *parent)
    : QDialog(parent), m_order(order), m_payload(scan::PayloadParser::canonicalPayload(order.hash)),
      m_qr(scan::renderQr(m_payload, 8, 4)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("orderQrDialog"));
    setWindowTitle(tr("Order code"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(
        QStringLiteral(
            "<span style='font-size:16pt;font-weight:600'>%1</span><br><span style='font-size:14pt'>%2</span>")
            .arg(m_order.item.toHtmlEscaped(), tr("%1 tokens").arg(m_order.amount).toHtmlEscaped()),
        this);
    what->setAlignment(Qt::AlignCenter);
    layout->addWidget(what);
    auto *image = new QLabel(this);
    image->setObjectName(QStringLiteral("qrImage"));
    image->setPixmap(QPixmap::fromImage(m_qr));
    image->setAlignment(Qt::AlignCenter);
    layout->addWidget(image);
    auto *code = new QLabel(m_payload, this);
    code->setObjectName(QStringLiteral("qrPayload"));
    code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    code->setAlignment(Qt::AlignCenter);
    code->setWordWrap(true);
    code->setStyleSheet(QStringLiteral("font-family:monospace;font-size:9pt;"));
    layout->addWidget(code);
    QStringList lines;
    if (!m_order.customerName.isEmpty())
        lines << tr("For %1").arg(m_order.customerName);
    if (m_order.expiresAt.isValid())
        lines << tr("Valid until %1")
                     .arg(QLocale().toString(m_order.expiresAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    auto *info = new QLabel(lines.join(QStringLiteral(" — ")), this);
    info->setAlignment(Qt::AlignCenter);
    layout->addWidget(info);
    m_status->setObjectName(QStringLiteral("qrStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *png = buttons->addButton(tr("Save as P&NG…"), QDialogButtonBox::ActionRole);
    QPushButton *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printQr"));
    png->setObjectName(QStringLiteral("savePng"));
    pdf->setObjectName(QStringLiteral("savePdf"));
    connect(print, &QPushButton::clicked, this, &OrderQrDialog::print);
    connect(png, &QPushButton::clicked, this, &OrderQrDialog::savePng);
    connect(pdf, &QPushButton::clicked, this, &OrderQrDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void OrderQrDialog::paintVoucher(QPainter &painter, const QRect &area) const
{
    // Title, the code as large as fits (whole modules stay sharp), the payload and what it is for.
    painter.save();
    QFont title = painter.font();
    title.setPointSizeF(18);
    title.setBold(true);
    painter.setFont(title);
    const int line = painter.fontMetrics().height();
    QRect r = area;
    painter.drawText(QRect(r.left(), r.top(), r.width(), line * 2), Qt::AlignHCenter | Qt::TextWordWrap, m_order.item);
    QFont body = painter.font();
    body.setPointSizeF(12);
    body.setBold(false);
    painter.setFont(body);
    const int bodyLine = painter.fontMetrics().height();
    painter.drawText(QRect(r.left(), r.top() + line * 2, r.width(), bodyLine), Qt::AlignHCenter,
                     tr("%1 tokens").arg(m_order.amount));
    const int top = r.top() + line * 2 + bodyLine * 2;
    const int side = std::min(r.width(), r.height() - (top - r.top()) - bodyLine * 5);
    if (side > 0 && !m_qr.isNull()) {
        const QRect qrRect(r.left() + (r.width() - side) / 2, top, side, side);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(qrRect, m_qr);
        QFont mono = body;
        mono.setFamily(QStringLiteral("monospace"));
        mono.setPointSizeF(8);
        painter.setFont(mono);
        painter.drawText(QRect(r.left(), qrRect.bottom() + bodyLine / 2, r.width(), bodyLine * 2),
                         Qt::AlignHCenter | Qt::TextWrapAnywhere, m_payload);
        painter.setFont(body);
        QStringList lines;
        if (!m_order.customerName.isEmpty())
            lines << tr("For %1").arg(m_order.customerName);
        if (m_order.expiresAt.isValid())
            lines
                << tr("Valid until %1").arg(QLocale().toString(m_order.expiresAt.toLocalTime(), QLocale::ShortFormat));
        painter.drawText(QRect(r.left(), qrRect.bottom() + bodyLine * 3, r.width(), bodyLine * 2), Qt::AlignHCenter,
                         lines.join(QStringLiteral(" — ")));
    }
    painter.restore();
}

bool OrderQrDialog::saveAsPng(const QString &path, QString *error) const
{
    // The bare code, large and sharp (scaled by whole pixels), for a messaging app or a web page.
    const QImage big = m_qr.scaled(m_qr.width() * 2, m_qr.height() * 2, Qt::KeepAspectRatio, Qt::FastTransformation);
    if (!big.save(path, "PNG")) {
        if (error)
            *error = tr("%1 could not be written.").arg(path);
        return false;
    }
    return true;
}

bool OrderQrDialog::saveAsPdf(const QString &path, QString *error) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setResolution(300);
    writer.setTitle(tr("Order %1").arg(m_payload));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("%1 could not be written.").arg(path);
        return false;
    }
    paintVoucher(painter, QRect(QPoint(0, 0), QSize(writer.width(), writer.height())));
    painter.end();
    return true;
}

void OrderQrDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print order code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer)) {
        m_status->setText(tr("The printer could not be used."));
        return;
    }
    paintVoucher(painter, printer.pageLayout()
                              .paintRectPixels(printer.resolution())
                              .translated(-printer.pageLayout().paintRectPixels(printer.resolution()).topLeft()));
    painter.end();
    m_status->setText(tr("Sent to the printer."));
}

void OrderQrDialog::savePng()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save order code as PNG"),
                                     dir + QStringLiteral("/%1.png").arg(m_payload.left(16)), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveAsPng(path, &error) ? tr("Saved to %1").arg(path) : error);
}

void OrderQrDialog::savePdf()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save order code as PDF"),
                                                      dir + QStringLiteral("/%1.pdf").arg(m_payload.left(16)),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveAsPdf(path, &error) ? tr("Saved to %1").arg(path) : error);
}

} // namespace vd::ui
