#include "office/OfficeTypes.h"

#include "chain/U256.h"

namespace vd::office {

namespace {
struct Signed
{
    bool negative = false;
    chain::U256 magnitude;
};

std::optional<Signed> parseSigned(const QString &text)
{
    QString t = text.trimmed();
    Signed s;
    if (t.startsWith(u'-')) {
        s.negative = true;
        t.remove(0, 1);
    }
    const auto v = chain::U256::fromDecimal(t);
    if (!v.ok())
        return std::nullopt;
    s.magnitude = v.value();
    if (s.magnitude.isZero())
        s.negative = false;
    return s;
}

QString toText(const Signed &s)
{
    return (s.negative && !s.magnitude.isZero() ? QStringLiteral("-") : QString()) + s.magnitude.toDecimal();
}
} // namespace

QString formatTokens(const QString &signedBaseUnits, int decimals)
{
    const auto s = parseSigned(signedBaseUnits);
    if (!s)
        return signedBaseUnits;
    return (s->negative ? QStringLiteral("-") : QString()) + s->magnitude.toDecimal(decimals);
}

QString subtractSigned(const QString &a, const QString &b)
{
    auto x = parseSigned(a);
    auto y = parseSigned(b);
    if (!x || !y)
        return {};
    // a - b = a + (-b)
    y->negative = !y->negative && !y->magnitude.isZero();
    Signed r;
    if (x->negative == y->negative) {
        r.negative = x->negative;
        r.magnitude = x->magnitude + y->magnitude;
    } else if (x->magnitude >= y->magnitude) {
        r.negative = x->negative;
        r.magnitude = x->magnitude - y->magnitude;
    } else {
        r.negative = y->negative;
        r.magnitude = y->magnitude - x->magnitude;
    }
    return toText(r);
}

} // namespace vd::office
