#include "TextTable.h"

#include <algorithm>

namespace tp {

namespace {
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

TextTable::TextTable(const QStringList& header, const QList<Align>& align) : m_header(header), m_align(align) {}

void TextTable::addRow(const QStringList& cells)
{
    m_rows.append(cells);
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::render(const QString& indent) const
{
    const qsizetype columns = m_header.size();
    QList<int> widths(columns, 0);
    auto measure = [&](const QStringList& row) {
        for (qsizetype i = 0; i < columns && i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    };
    measure(m_header);
    for (const QStringList& row : m_rows)
        measure(row);

    auto line = [&](const QStringList& row) -> QString {
        QString out = indent;
        for (qsizetype i = 0; i < columns; ++i) {
            const QString cell = i < row.size() ? row[i] : QString();
            const QString pad(widths[i] - displayWidth(cell), QLatin1Char(' '));
            const bool right = i < m_align.size() && m_align[i] == Align::Right;
            out += right ? pad + cell : cell + (i + 1 < columns ? pad : QString());
            if (i + 1 < columns)
                out += QStringLiteral("  ");
        }
        return out + QLatin1Char('\n');
    };
    QString out = line(m_header);
    QStringList rule;
    for (int w : std::as_const(widths))
        rule << QString(w, QLatin1Char('-'));
    out += line(rule);
    for (const QStringList& row : m_rows)
        out += line(row);
    return out;
}

} // namespace tp
