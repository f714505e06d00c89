#include "chain/AbiType.h"

#include <QCoreApplication>

namespace vd::chain {
namespace {

constexpr int kMaxDepth = 32; // nested tuples/arrays in a type string
constexpr int kMaxFixedLength = 1 << 16;

vd::Error badType(QStringView text)
{
    return {QStringLiteral("abi.bad_type"),
            QCoreApplication::translate("vd::chain::Abi", "\"%1\" is not a supported ABI type.")
                .arg(text.left(200).toString())};
}

bool parseDecimal(QStringView digits, int &out, int max)
{
    if (digits.isEmpty() || digits.size() > 6 || (digits.size() > 1 && digits[0] == u'0'))
        return false;
    int v = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c.unicode() - u'0');
    }
    if (v > max)
        return false;
    out = v;
    return true;
}

class Parser
{
public:
    explicit Parser(QStringView text) : m_text(text) {}

    std::optional<AbiType> parseType(int depth)
    {
        if (depth > kMaxDepth)
            return std::nullopt;
        std::optional<AbiType> base;
        if (peek() == u'(') {
            ++m_pos;
            QList<AbiType> components;
            if (peek() == u')') {
                ++m_pos;
            } else {
                for (;;) {
                    auto c = parseType(depth + 1);
                    if (!c)
                        return std::nullopt;
                    components.append(*c);
                    if (peek() == u',') {
                        ++m_pos;
                        continue;
                    }
                    if (peek() == u')') {
                        ++m_pos;
                        break;
                    }
                    return std::nullopt;
                }
            }
            base = AbiType::tuple(components);
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && ((m_text[m_pos] >= u'a' && m_text[m_pos] <= u'z') ||
                                             (m_text[m_pos] >= u'0' && m_text[m_pos] <= u'9')))
                ++m_pos;
            base = elementary(m_text.mid(start, m_pos - start));
            if (!base)
                return std::nullopt;
        }
        while (peek() == u'[') {
            if (depth + 1 > kMaxDepth)
                return std::nullopt;
            ++depth;
            ++m_pos;
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != u']')
                ++m_pos;
            if (m_pos >= m_text.size())
                return std::nullopt;
            const QStringView inside = m_text.mid(start, m_pos - start);
            ++m_pos;
            if (inside.isEmpty()) {
                base = AbiType::array(*base);
            } else {
                int len = 0;
                if (!parseDecimal(inside, len, kMaxFixedLength) || len == 0)
                    return std::nullopt;
                base = AbiType::fixedArray(*base, len);
            }
        }
        return base;
    }

    bool atEnd() const { return m_pos == m_text.size(); }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }

    static std::optional<AbiType> elementary(QStringView name)
    {
        if (name == u"address")
            return AbiType::address();
        if (name == u"bool")
            return AbiType::boolean();
        if (name == u"string")
            return AbiType::string();
        if (name == u"bytes")
            return AbiType::bytes();
        if (name == u"uint")
            return AbiType::uint(256);
        if (name == u"int")
            return AbiType::int_(256);
        int n = 0;
        if (name.startsWith(u"bytes")) {
            if (parseDecimal(name.mid(5), n, 32) && n >= 1)
                return AbiType::fixedBytes(n);
            return std::nullopt;
        }
        if (name.startsWith(u"uint")) {
            if (parseDecimal(name.mid(4), n, 256) && n >= 8 && n % 8 == 0)
                return AbiType::uint(n);
            return std::nullopt;
        }
        if (name.startsWith(u"int")) {
            if (parseDecimal(name.mid(3), n, 256) && n >= 8 && n % 8 == 0)
                return AbiType::int_(n);
            return std::nullopt;
        }
        return std::nullopt;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

vd::Result<AbiType> AbiType::parse(QStringView text)
{
    Parser p(text);
    auto t = p.parseType(0);
    if (!t || !p.atEnd())
        return badType(text);
    return *t;
}

AbiType AbiType::uint(int bits)
{
    return AbiType(Kind::Uint, bits);
}

AbiType AbiType::int_(int bits)
{
    return AbiType(Kind::Int, bits);
}

AbiType AbiType::fixedBytes(int size)
{
    return AbiType(Kind::FixedBytes, size);
}

AbiType AbiType::array(const AbiType &element)
{
    AbiType t(Kind::Array);
    t.m_components = {element};
    return t;
}

AbiType AbiType::fixedArray(const AbiType &element, int length)
{
    AbiType t(Kind::FixedArray, length);
    t.m_components = {element};
    return t;
}

AbiType AbiType::tuple(const QList<AbiType> &components)
{
    AbiType t(Kind::Tuple);
    t.m_components = components;
    return t;
}

bool AbiType::isDynamic() const
{
    switch (m_kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return element().isDynamic();
    case Kind::Tuple:
        for (const AbiType &c : m_components)
            if (c.isDynamic())
                return true;
        return false;
    default:
        return false;
    }
}

qint64 AbiType::headSize() const
{
    if (isDynamic())
        return 32;
    if (m_kind == Kind::FixedArray)
        return std::min<qint64>(qint64(m_size) * element().headSize(), qint64(1) << 40);
    if (m_kind == Kind::Tuple) {
        qint64 sum = 0;
        for (const AbiType &c : m_components)
            sum = std::min<qint64>(sum + c.headSize(), qint64(1) << 40);
        return sum;
    }
    return 32;
}

QString AbiType::canonical() const
{
    switch (m_kind) {
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Uint:
        return QStringLiteral("uint%1").arg(m_size);
    case Kind::Int:
        return QStringLiteral("int%1").arg(m_size);
    case Kind::FixedBytes:
        return QStringLiteral("bytes%1").arg(m_size);
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return element().canonical() + QStringLiteral("[]");
    case Kind::FixedArray:
        return element().canonical() + QStringLiteral("[%1]").arg(m_size);
    case Kind::Tuple: {
        QStringList parts;
        for (const AbiType &c : m_components)
            parts.append(c.canonical());
        return u'(' + parts.join(u',') + u')';
    }
    }
    return {};
}

} // namespace vd::chain
