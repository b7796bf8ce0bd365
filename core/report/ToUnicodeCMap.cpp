#include "ToUnicodeCMap.h"

#include "RadicalGlyphMap.h"

#include <QList>

namespace tp::report {

namespace {

// The tokens of a CMap that matter here: <hex> strings, [ and ], and bare words.
struct Token
{
    enum class Kind
    {
        Hex,
        Open,
        Close,
        Word
    };
    Kind kind;
    QByteArray text; // hex digits without the brackets, or the word
    qsizetype start = 0;
    qsizetype end = 0; // one past the token
};

bool tokenize(const QByteArray& data, QList<Token>* tokens)
{
    qsizetype i = 0;
    const qsizetype n = data.size();
    while (i < n) {
        const char c = data.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0') {
            ++i;
        } else if (c == '%') {
            while (i < n && data.at(i) != '\n' && data.at(i) != '\r')
                ++i;
        } else if (c == '<' && i + 1 < n && data.at(i + 1) == '<') {
            tokens->append({Token::Kind::Word, QByteArray("<<"), i, i + 2});
            i += 2;
        } else if (c == '>' && i + 1 < n && data.at(i + 1) == '>') {
            tokens->append({Token::Kind::Word, QByteArray(">>"), i, i + 2});
            i += 2;
        } else if (c == '<') {
            const qsizetype close = data.indexOf('>', i);
            if (close < 0)
                return false;
            QByteArray hex;
            for (qsizetype k = i + 1; k < close; ++k) {
                const char h = data.at(k);
                if (QByteArrayView("0123456789abcdefABCDEF").contains(h))
                    hex.append(h);
                else if (h != ' ' && h != '\n' && h != '\r' && h != '\t')
                    return false;
            }
            tokens->append({Token::Kind::Hex, hex, i, close + 1});
            i = close + 1;
        } else if (c == '[' || c == ']') {
            tokens->append({c == '[' ? Token::Kind::Open : Token::Kind::Close, QByteArray(1, c), i, i + 1});
            ++i;
        } else if (c == '(') {
            // A literal string (CMap names, registry): skip it, nesting and escapes included.
            int depth = 0;
            const qsizetype start = i;
            for (; i < n; ++i) {
                if (data.at(i) == '\\') {
                    ++i;
                    continue;
                }
                if (data.at(i) == '(')
                    ++depth;
                else if (data.at(i) == ')' && --depth == 0)
                    break;
            }
            ++i;
            tokens->append({Token::Kind::Word, data.mid(start, i - start), start, i});
        } else {
            const qsizetype start = i;
            while (i < n && !QByteArrayView(" \n\r\t\f<>[]()%").contains(data.at(i)))
                ++i;
            if (i == start)
                ++i;
            tokens->append({Token::Kind::Word, data.mid(start, i - start), start, i});
        }
    }
    return true;
}

bool utf16FromHex(const QByteArray& hex, QString* text)
{
    if (hex.size() % 4 != 0)
        return false;
    const QByteArray bytes = QByteArray::fromHex(hex);
    text->clear();
    for (qsizetype k = 0; k + 1 < bytes.size(); k += 2)
        text->append(QChar(char16_t((uchar(bytes.at(k)) << 8) | uchar(bytes.at(k + 1)))));
    return true;
}

QByteArray hexOfUtf16(const QString& text)
{
    QByteArray hex;
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex;
}

qsizetype lineStart(const QByteArray& data, qsizetype at)
{
    while (at > 0 && data.at(at - 1) != '\n' && data.at(at - 1) != '\r')
        --at;
    return at;
}

qsizetype nextLine(const QByteArray& data, qsizetype at)
{
    while (at < data.size() && data.at(at) != '\n' && data.at(at) != '\r')
        ++at;
    while (at < data.size() && (data.at(at) == '\n' || data.at(at) == '\r'))
        ++at;
    return at;
}

} // namespace

bool ToUnicodeCMap::parse(const QByteArray& cmap, ToUnicodeCMap* result)
{
    QList<Token> tokens;
    if (!tokenize(cmap, &tokens))
        return false;
    ToUnicodeCMap out;
    qsizetype firstSection = -1; // token index of the count before the first begin
    qsizetype lastSectionEnd = -1;
    bool codeWidthKnown = false;
    auto takeCodeWidth = [&](const QByteArray& hex) {
        if (!codeWidthKnown) {
            out.m_codeBytes = int(hex.size() / 2);
            codeWidthKnown = true;
        }
        return hex.size() / 2 == out.m_codeBytes;
    };
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        const Token& token = tokens.at(t);
        if (token.kind != Token::Kind::Word)
            continue;
        if (token.text == "beginbfchar") {
            if (firstSection < 0)
                firstSection = t > 0 ? t - 1 : t;
            ++t;
            for (; t + 1 < tokens.size() && tokens.at(t).text != "endbfchar"; t += 2) {
                const Token& source = tokens.at(t);
                const Token& destination = tokens.at(t + 1);
                QString text;
                if (source.kind != Token::Kind::Hex || destination.kind != Token::Kind::Hex ||
                    !takeCodeWidth(source.text) || !utf16FromHex(destination.text, &text))
                    return false;
                out.m_mappings.insert(source.text.toUInt(nullptr, 16), text);
            }
            if (t >= tokens.size() || tokens.at(t).text != "endbfchar")
                return false;
            lastSectionEnd = tokens.at(t).end;
        } else if (token.text == "beginbfrange") {
            if (firstSection < 0)
                firstSection = t > 0 ? t - 1 : t;
            ++t;
            while (t < tokens.size() && tokens.at(t).text != "endbfrange") {
                if (t + 2 >= tokens.size())
                    return false;
                const Token& low = tokens.at(t);
                const Token& high = tokens.at(t + 1);
                if (low.kind != Token::Kind::Hex || high.kind != Token::Kind::Hex || !takeCodeWidth(low.text) ||
                    !takeCodeWidth(high.text))
                    return false;
                const quint32 first = low.text.toUInt(nullptr, 16);
                const quint32 last = high.text.toUInt(nullptr, 16);
                if (last < first)
                    return false;
                t += 2;
                if (tokens.at(t).kind == Token::Kind::Open) {
                    ++t;
                    quint32 code = first;
                    for (; t < tokens.size() && tokens.at(t).kind == Token::Kind::Hex; ++t, ++code) {
                        QString text;
                        if (!utf16FromHex(tokens.at(t).text, &text))
                            return false;
                        if (code <= last)
                            out.m_mappings.insert(code, text);
                    }
                    if (t >= tokens.size() || tokens.at(t).kind != Token::Kind::Close)
                        return false;
                    ++t;
                } else if (tokens.at(t).kind == Token::Kind::Hex) {
                    QString text;
                    if (!utf16FromHex(tokens.at(t).text, &text) || text.isEmpty())
                        return false;
                    // Consecutive codes map to destinations whose last unit increments.
                    for (quint32 code = first; code <= last; ++code) {
                        out.m_mappings.insert(code, text);
                        text[text.size() - 1] = QChar(char16_t(text.at(text.size() - 1).unicode() + 1));
                    }
                    ++t;
                } else {
                    return false;
                }
            }
            if (t >= tokens.size())
                return false;
            lastSectionEnd = tokens.at(t).end;
        }
    }
    if (firstSection < 0)
        return false;
    out.m_prologue = cmap.left(lineStart(cmap, tokens.at(firstSection).start));
    out.m_epilogue = cmap.mid(nextLine(cmap, lastSectionEnd));
    *result = out;
    return true;
}

int ToUnicodeCMap::unifyRadicals(const RadicalGlyphMap& map)
{
    int changed = 0;
    for (auto it = m_mappings.begin(); it != m_mappings.end(); ++it) {
        const QList<uint> codePoints = it.value().toUcs4();
        if (codePoints.size() != 1 || !RadicalGlyphMap::isRadical(codePoints.first()))
            continue;
        const char32_t ideograph = map.ideograph(codePoints.first());
        if (ideograph == 0)
            continue;
        it.value() = QString::fromUcs4(&ideograph, 1);
        ++changed;
    }
    return changed;
}

QByteArray ToUnicodeCMap::toBytes() const
{
    QByteArray out = m_prologue;
    const int digits = m_codeBytes * 2;
    for (auto it = m_mappings.cbegin(); it != m_mappings.cend();) {
        QByteArray section;
        int count = 0;
        for (; it != m_mappings.cend() && count < 100; ++it, ++count)
            section += '<' + QByteArray::number(it.key(), 16).rightJustified(digits, '0').toUpper() + "> <" +
                       hexOfUtf16(it.value()) + ">\n";
        out += QByteArray::number(count) + " beginbfchar\n" + section + "endbfchar\n";
    }
    return out + m_epilogue;
}

} // namespace tp::report
