#pragma once

#include "report/DocumentInput.h"
#include "report/DocumentInputLoader.h"

#include <QByteArray>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QProcess>
#include <QRawFont>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace tp::report::test {

inline QString example(const QString& name)
{
    return QStringLiteral(TP_EXAMPLES_DIR "/") + name + QStringLiteral(".json");
}

inline DocumentInput load(const QString& name)
{
    const DocumentInputLoader::Result result = DocumentInputLoader::fromFile(example(name));
    if (!result.ok()) {
        for (const Problem& p : result.problems)
            qWarning("%s", qPrintable(p.toString()));
        qFatal("cannot load example %s", qPrintable(name));
    }
    return *result.input;
}

// Runs a tool and returns its standard output; empty and a warning when it fails.
inline QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

// Qt 6.4's PDF writer builds the ToUnicode table of a font subset from the lowest code point that
// maps to each glyph, so an ideograph whose glyph the font shares with a CJK radical (民 and ⺠,
// 示 and ⽰) comes out of pdftotext as the radical. Maps those radicals back to the ideograph the
// serif CJK font draws with the same glyph.
inline QString unifyRadicals(const QString& text)
{
    static const QHash<char32_t, char32_t> map = [] {
        QHash<char32_t, char32_t> result;
        QFont font;
        font.setFamilies({QStringLiteral("Noto Serif CJK SC")});
        const QRawFont raw = QRawFont::fromFont(font);
        QHash<quint32, char32_t> ideographByGlyph;
        for (char32_t u = 0x4E00; u <= 0x9FFF; ++u) {
            const quint32 glyph = raw.glyphIndexesForString(QString::fromUcs4(&u, 1)).value(0);
            if (glyph && !ideographByGlyph.contains(glyph))
                ideographByGlyph.insert(glyph, u);
        }
        for (char32_t r = 0x2E80; r <= 0x2FDF; ++r) {
            const quint32 glyph = raw.glyphIndexesForString(QString::fromUcs4(&r, 1)).value(0);
            if (glyph && ideographByGlyph.contains(glyph))
                result.insert(r, ideographByGlyph.value(glyph));
        }
        return result;
    }();
    QString out;
    for (char32_t c : text.toUcs4()) {
        const char32_t mapped = map.value(c, c);
        out += QString::fromUcs4(&mapped, 1);
    }
    return out;
}

// The text of a PDF (pages first..last, 0 for all) as pdftotext extracts it, radicals unified.
inline QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return unifyRadicals(QString::fromUtf8(run(QStringLiteral("pdftotext"), args)));
}

inline int pdfPages(const QString& pdf)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdf}));
    for (const QString& line : info.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace tp::report::test
