#pragma once
// How one verdict looks on the desk: a plain value computed by VerdictPresenter and painted by VerdictCard.
// The word and the icon carry the meaning; the colour only repeats it (never colour alone).
#include <QColor>
#include <QString>
#include <QStringList>

namespace vd::ui {

struct VerdictLook
{
    enum class Icon { None, Check, DoubleCheck, Cross, Warning, Clock, Question, Unplugged, Scan, Hourglass };
    enum class Tone { None, Ok, Already, Problem }; // which sound
    QString word;                                   // "VALID", huge
    Icon icon = Icon::None;
    QColor background;
    QColor foreground;
    QString headline;    // what to hand over / the key fact, large
    QString instruction; // what the clerk does or tells the customer
    QStringList details; // smaller context lines
    Tone tone = Tone::None;
    bool canDeliver = false;
    int holdSeconds = 30; // how long the card stays before "ready" (0: until something else happens)
};

} // namespace vd::ui
