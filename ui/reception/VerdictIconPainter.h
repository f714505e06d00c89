#pragma once
// Draws the verdict icons (check, cross, warning, clock, ...) with QPainter so they scale to any size and never
// depend on which symbol fonts a desk machine has. Stateless; GUI thread.
#include "reception/VerdictLook.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace vd::ui {

class VerdictIconPainter
{
public:
    static void paint(QPainter &painter, const QRectF &square, VerdictLook::Icon icon, const QColor &colour);
};

} // namespace vd::ui
