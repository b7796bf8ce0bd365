#pragma once

#include "report/DocumentInput.h"
#include "report/DocumentInputLoader.h"
#include "report/PagedDocument.h"
#include "report/PdfRenderer.h"
#include "report/SealedArchive.h"
#include "report/UstarArchive.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

namespace tp::report::test {

// The names of the examples every document test covers: the shared ones and the project's own.
inline QStringList exampleNames()
{
    return {QStringLiteral("cixi-2014"), QStringLiteral("reinsurance-2022"), QStringLiteral("tie-vote"),
            QStringLiteral("zhaoqing-2025")};
}

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

// The text of a PDF (pages first..last, 0 for all) as pdftotext extracts it.
inline QString pdfText(const QString& pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args));
}

// A font of a PDF as pdffonts lists it: its name, and whether it is embedded and has a text map
// (/ToUnicode). A line pdffonts lays out otherwise is kept whole as the name, neither embedded nor mapped.
struct PdfFont
{
    QString name;
    bool embedded = false;
    bool unicode = false;
};

inline QList<PdfFont> pdfFonts(const QString& pdf)
{
    const QString listing = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf}));
    QList<PdfFont> fonts;
    for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        // name type... encoding emb sub uni object ID: "emb" is the fifth column from the end, "uni" the third
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() < 7) {
            fonts.append(PdfFont{line});
            continue;
        }
        fonts.append(PdfFont{columns.first(), columns.at(columns.size() - 5) == QLatin1String("yes"),
                             columns.at(columns.size() - 3) == QLatin1String("yes")});
    }
    return fonts;
}

// Writes `document` as a PDF named `name` in `dir` and returns its path; a warning when it cannot.
inline QString renderPdf(const QTemporaryDir& dir, const PagedDocument& document, const QString& name)
{
    const QString path = dir.filePath(name);
    QString error;
    if (!PdfRenderer::render(document, path, &error))
        qWarning("%s", qPrintable(error));
    return path;
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

// The file `name` of a sealed archive (empty when there is none).
inline QByteArray archivedFile(const QByteArray& archive, const QString& name)
{
    Problems problems;
    const auto contents = UstarArchive::read(archive, &problems);
    if (contents)
        for (const UstarArchive::Entry& e : contents->entries)
            if (e.name == name)
                return e.data;
    return {};
}

// The archive sealed again after `change` altered its content files, with the same date: the
// manifest and the seal match the changed files, so only a check of the contents can tell.
inline QByteArray resealed(const QByteArray& archive, const std::function<void(QList<UstarArchive::Entry>&)>& change,
                           qint64 dateShift = 0)
{
    Problems problems;
    const auto contents = UstarArchive::read(archive, &problems);
    if (!contents)
        qFatal("not an archive");
    QList<UstarArchive::Entry> files;
    for (const UstarArchive::Entry& e : contents->entries)
        if (e.name != SealedArchive::manifestName() && e.name != SealedArchive::sealName())
            files.append(e);
    change(files);
    return SealedArchive::seal(files, contents->mtime + dateShift).bytes;
}

// Replaces the data of the content file `name`.
inline std::function<void(QList<UstarArchive::Entry>&)> replacing(const QString& name, const QByteArray& data)
{
    return [name, data](QList<UstarArchive::Entry>& files) {
        for (UstarArchive::Entry& e : files)
            if (e.name == name)
                e.data = data;
    };
}

} // namespace tp::report::test
