#include "SealedArchive.h"

#include "BidderLetters.h"
#include "CanonicalRecord.h"
#include "DocumentFormat.h"
#include "DocumentText.h"
#include "EvaluationReport.h"
#include "OcdsRelease.h"
#include "PdfRenderer.h"
#include "ResultNotice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <algorithm>

namespace tp::report {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SealedArchive", text);
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QStringList SealedArchive::contentNames()
{
    return {QStringLiteral("README.txt"), QStringLiteral("letters.pdf"),       QStringLiteral("notice.html"),
            QStringLiteral("notice.pdf"), QStringLiteral("ocds-release.json"), recordName(),
            QStringLiteral("report.pdf")};
}

QByteArray SealedArchive::manifestLine(const QByteArray& data, const QString& name)
{
    return sha256(data) + "  " + name.toLatin1() + '\n';
}

SealedArchive::Sealed SealedArchive::seal(const DocumentInput& input)
{
    QList<UstarArchive::Entry> files;
    files.append({QStringLiteral("README.txt"), DocumentText::archiveReadme(input.scenario.project.title).toUtf8()});
    files.append({recordName(), CanonicalRecord::json(input)});
    files.append({QStringLiteral("notice.html"), ResultNotice::webPage(input).toUtf8()});
    files.append({QStringLiteral("notice.pdf"), PdfRenderer::render(ResultNotice::document(input))});
    files.append({QStringLiteral("report.pdf"), PdfRenderer::render(EvaluationReport::document(input))});
    files.append({QStringLiteral("letters.pdf"), PdfRenderer::render(BidderLetters::document(input))});
    files.append({QStringLiteral("ocds-release.json"), OcdsRelease::json(input)});
    const QDate date = DocumentFormat::documentDate(input);
    return seal(files, QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

SealedArchive::Sealed SealedArchive::seal(QList<UstarArchive::Entry> files, qint64 mtime)
{
    std::sort(files.begin(), files.end(),
              [](const UstarArchive::Entry& a, const UstarArchive::Entry& b) { return a.name < b.name; });
    QByteArray manifest;
    for (const UstarArchive::Entry& f : files)
        manifest += manifestLine(f.data, f.name);
    const QByteArray digest = sha256(manifest);
    files.append({manifestName(), manifest});
    files.append({sealName(), QByteArray(digest + "  " + manifestName().toLatin1() + '\n')});
    std::sort(files.begin(), files.end(),
              [](const UstarArchive::Entry& a, const UstarArchive::Entry& b) { return a.name < b.name; });
    return {UstarArchive::write(files, qMax<qint64>(0, mtime)), QString::fromLatin1(digest)};
}

SealedArchive::Verification SealedArchive::verify(const QByteArray& bytes)
{
    Verification result;
    Problems& problems = result.problems;
    const auto contents = UstarArchive::read(bytes, &problems);
    if (!contents)
        return result;

    QMap<QString, QByteArray> files;
    QString previous;
    for (const UstarArchive::Entry& e : contents->entries) {
        if (!previous.isNull() && e.name <= previous)
            problems.append({e.name, tr("the files are not in sorted order or a name repeats")});
        previous = e.name;
        files.insert(e.name, e.data);
    }
    if (!files.contains(manifestName())) {
        problems.append({manifestName(), tr("missing")});
        return result;
    }
    const QByteArray manifest = files.value(manifestName());
    const QByteArray digest = sha256(manifest);
    result.digest = QString::fromLatin1(digest);

    if (!files.contains(sealName()))
        problems.append({sealName(), tr("missing")});
    else if (files.value(sealName()) != QByteArray(digest + "  " + manifestName().toLatin1() + '\n'))
        problems.append({sealName(), tr("does not match the manifest: the manifest or the seal was changed")});

    // The manifest: exactly one canonical line per content file, sorted by name.
    QByteArray expectedManifest;
    QStringList listed;
    for (const QByteArray& line : manifest.split('\n')) {
        if (line.isEmpty())
            continue;
        if (line.size() < 67 || line.mid(64, 2) != "  ") {
            problems.append({manifestName(), tr("a line is not in sha256sum format")});
            continue;
        }
        listed << QString::fromLatin1(line.mid(66));
    }
    const QStringList expectedNames = contentNames();
    for (const QString& name : expectedNames) {
        if (!files.contains(name)) {
            problems.append({name, tr("missing from the archive")});
            continue;
        }
        if (!listed.contains(name))
            problems.append({name, tr("not listed in the manifest")});
        expectedManifest += manifestLine(files.value(name), name);
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        if (!expectedNames.contains(it.key()) && it.key() != manifestName() && it.key() != sealName())
            problems.append({it.key(), tr("a file that does not belong in a sealed archive")});
    for (const QString& name : listed)
        if (!expectedNames.contains(name))
            problems.append({manifestName(), tr("lists an unknown file %1").arg(name)});
    if (problems.isEmpty() && manifest != expectedManifest) {
        for (const QByteArray& line : manifest.split('\n')) {
            if (line.size() < 67)
                continue;
            const QString name = QString::fromLatin1(line.mid(66));
            if (files.contains(name) && line.left(64) != sha256(files.value(name)))
                problems.append({name, tr("its SHA-256 differs from the manifest: the file was changed")});
        }
        if (problems.isEmpty())
            problems.append({manifestName(), tr("is not in canonical form (sorted, one line per file)")});
    }
    if (files.contains(recordName()) && !CanonicalRecord::isCanonical(files.value(recordName())))
        problems.append({recordName(), tr("is not a canonical record")});
    // Last, the container as a whole must be exactly what sealing these files writes.
    if (problems.isEmpty()) {
        const QByteArray rewritten = UstarArchive::write(contents->entries, contents->mtime);
        if (rewritten != bytes) {
            qsizetype i = 0;
            while (i < bytes.size() && i < rewritten.size() && bytes.at(i) == rewritten.at(i))
                ++i;
            problems.append({QStringLiteral("byte %1").arg(i), tr("the container is not in canonical form")});
        }
    }
    result.ok = problems.isEmpty();
    return result;
}

} // namespace tp::report
