#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tp {

// A plain-text table for terminals, aligned by display width (CJK characters take two columns).
class TextTable
{
public:
    enum class Align
    {
        Left,
        Right
    };

    explicit TextTable(const QStringList& header, const QList<Align>& align = {});
    void addRow(const QStringList& cells);
    QString render(const QString& indent = QString()) const;

    // Terminal columns a string takes: 2 for East Asian wide and fullwidth characters, else 1.
    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    QList<Align> m_align;
    QList<QStringList> m_rows;
};

} // namespace tp
