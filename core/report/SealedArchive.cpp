#include "SealedArchive.h"

#include "CanonicalRecord.h"
#include "CanonicalRecordReader.h"
#include "DocumentFormat.h"
#include "DocumentInputLoader.h"
#include "DocumentJobs.h"
#include "DocumentRenderer.h"
#include "OcdsRelease.h"
#include "PdfRenderer.h"
#include "ResultNotice.h"
#include "RobustnessDocument.h"
#include "io/ScenarioReader.h"
#include "io/ScenarioWriter.h"

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

// The archive's README: bilingual by design (part of the tenderpanel-archive/1 format), the same in
// every archive with the same files, so it is not translated. It lists robustness.pdf only when the
// archive holds it: an archive without it keeps the README it had before the file was added.
QString readme(const QString& project, bool robustness)
{
    return QStringLiteral(
               u"TenderPanel 密封归档 / TenderPanel sealed archive (tenderpanel-archive/1)\n"
               u"项目 / Project: %1\n"
               u"\n"
               u"本文件是未压缩的 POSIX ustar 归档,任何 tar 程序均可打开。\n"
               u"This file is an uncompressed POSIX ustar archive; any tar program opens it.\n"
               u"\n"
               u"  README.txt         本说明 / this text\n"
               u"  record.json        规范记录:谈判情景与评审结果(JSON,键名排序,分值以百分之一分为单位的整数,"
               u"精确得分为分子/分母)/ canonical record: scenario and evaluation (sorted keys, "
               u"points as integer hundredths, exact scores as numerator/denominator of hundredths)\n"
               u"  notice.html        结果公示(网页)/ result notice (web page)\n"
               u"  notice.pdf         结果公示 / result notice\n"
               u"  report.pdf         评审报告 / evaluation report\n"
               u"  letters.pdf        结果通知书 / letters to the bidders\n"
               u"%2"
               u"  ocds-release.json  OCDS 1.1 发布 / OCDS 1.1 release\n"
               u"  manifest.sha256    以上各文件的 SHA-256 / SHA-256 of every file above\n"
               u"  seal.sha256        manifest.sha256 的 SHA-256,即封存摘要 / SHA-256 of the manifest: "
               u"the seal digest\n"
               u"\n"
               u"核验 / To verify:\n"
               u"  tar -xf ARCHIVE.tparchive\n"
               u"  sha256sum -c seal.sha256\n"
               u"  sha256sum -c manifest.sha256\n"
               u"封存摘要应与登记的摘要一致 / The seal digest must equal the one on record.\n")
        .arg(project, robustness
                          ? QStringLiteral(u"  robustness.pdf     评审结果稳健性分析(供监督使用,不属于公示结果)/ "
                                           u"robustness of the result (for the supervisors, not part of the "
                                           u"published result)\n")
                          : QString());
}

QByteArray sha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

QStringList SealedArchive::contentNames()
{
    return {QStringLiteral("README.txt"),        QStringLiteral("letters.pdf"),
            QStringLiteral("notice.html"),       QStringLiteral("notice.pdf"),
            QStringLiteral("ocds-release.json"), recordName(),
            QStringLiteral("report.pdf"),        robustnessName()};
}

bool SealedArchive::isOptional(const QString& name)
{
    return name == robustnessName();
}

QByteArray SealedArchive::manifestLine(const QByteArray& data, const QString& name)
{
    return sha256(data) + "  " + name.toLatin1() + '\n';
}

QList<UstarArchive::Entry> SealedArchive::contentFiles(const DocumentInput& record)
{
    return contentFiles(record, RobustnessDocument::canAnalyse(record.evaluation));
}

QList<UstarArchive::Entry> SealedArchive::contentFiles(const DocumentInput& record, bool robustness)
{
    // The archive is the official record: its documents are the Chinese ones, whatever was asked for.
    DocumentInput input = record;
    input.language = DocumentLanguage::Chinese;
    // The PDFs are made side by side (DocumentJobs), the longest started first.
    QList<DocumentKind> kinds{DocumentKind::ResultNotice, DocumentKind::EvaluationReport, DocumentKind::Letters};
    if (robustness)
        kinds.append(DocumentKind::Robustness);
    QList<DocumentJobs::Job> jobs;
    QList<int> weights;
    QList<qsizetype> jobOf;
    for (const DocumentKind kind : kinds)
        jobOf.append(DocumentRenderer::addPdfJobs(jobs, weights, kind, input, DocumentLanguage::Chinese));
    const QList<QByteArray> results = DocumentJobs::run(jobs, 0, weights);
    QList<QByteArray> pdfs;
    for (qsizetype job : jobOf)
        pdfs.append(results.at(job));
    QList<UstarArchive::Entry> files;
    files.append({QStringLiteral("README.txt"), readme(input.scenario.project.title, robustness).toUtf8()});
    files.append({recordName(), CanonicalRecord::json(input)});
    files.append({QStringLiteral("notice.html"),
                  DocumentRenderer::webPage(DocumentKind::ResultNotice, input, DocumentLanguage::Chinese).toUtf8()});
    files.append({QStringLiteral("notice.pdf"), pdfs.at(0)});
    files.append({QStringLiteral("report.pdf"), pdfs.at(1)});
    files.append({QStringLiteral("letters.pdf"), pdfs.at(2)});
    if (robustness)
        files.append({robustnessName(), pdfs.at(3)});
    files.append({QStringLiteral("ocds-release.json"), OcdsRelease::json(input)});
    return files;
}

qint64 SealedArchive::modificationTime(const DocumentInput& input)
{
    const QDate date = DocumentFormat::documentDate(input);
    return qMax<qint64>(0, QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

SealedArchive::Sealed SealedArchive::seal(const DocumentInput& input)
{
    return seal(contentFiles(input), modificationTime(input));
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
    UstarArchive::Contents contents;
    Verification result = checkContainer(bytes, &contents);
    if (result.ok)
        checkAgainstRecord(contents, &result);
    result.ok = result.problems.isEmpty();
    return result;
}

SealedArchive::Verification SealedArchive::verifyContainer(const QByteArray& bytes)
{
    UstarArchive::Contents contents;
    return checkContainer(bytes, &contents);
}

SealedArchive::Verification SealedArchive::checkContainer(const QByteArray& bytes, UstarArchive::Contents* read)
{
    Verification result;
    Problems& problems = result.problems;
    const auto contents = UstarArchive::read(bytes, &problems);
    if (!contents)
        return result;
    *read = *contents;

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
            // An optional file may be absent, when the manifest does not list it either.
            if (isOptional(name) && !listed.contains(name))
                continue;
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

void SealedArchive::checkAgainstRecord(const UstarArchive::Contents& contents, Verification* result)
{
    Problems* problems = &result->problems;
    QMap<QString, QByteArray> files;
    for (const UstarArchive::Entry& e : contents.entries)
        files.insert(e.name, e.data);
    const QByteArray record = files.value(recordName());
    auto inRecord = [problems](const QString& path, const QString& why) {
        problems->append({recordName(), path.isEmpty() ? why : QString(path + QStringLiteral(": ") + why)});
    };

    const CanonicalRecordReader::Result read = CanonicalRecordReader::read(record);
    if (!read.ok()) {
        for (const Problem& p : read.problems)
            inRecord(p.where, p.why);
        return;
    }
    const DocumentInput& stored = *read.input;
    const std::optional<CanonicalRecord::Generator>& generator = read.generator;
    // The scenario goes through the strict scenario reader, as a scenario file does, before the
    // rules engine evaluates it.
    const ScenarioReader::Result scenario = ScenarioReader::readBytes(ScenarioWriter::write(stored.scenario));
    if (!scenario.ok()) {
        for (const Problem& p : scenario.problems)
            inRecord(p.where.isEmpty() ? QStringLiteral("scenario") : QStringLiteral("scenario.") + p.where, p.why);
        return;
    }
    const DocumentInputLoader::Result evaluated = DocumentInputLoader::fromScenario(*scenario.scenario, stored.context);
    if (!evaluated.ok()) {
        for (const Problem& p : evaluated.problems)
            inRecord(p.where.isEmpty() ? QStringLiteral("scenario") : QStringLiteral("scenario.") + p.where, p.why);
        return;
    }
    DocumentInput input = *evaluated.input;
    input.language = DocumentLanguage::Chinese;

    // The record must be exactly what sealing its scenario and context writes, naming the same
    // generator: the evaluation is checked whichever version wrote it.
    if (CanonicalRecord::json(input, generator) != record) {
        DocumentInput validated = stored;
        validated.scenario = input.scenario;
        if (CanonicalRecord::json(stored, generator) != record)
            inRecord(QString(), tr("has fields a canonical record does not have, or lacks some"));
        else if (CanonicalRecord::json(validated, generator) != record)
            inRecord(QStringLiteral("scenario"), tr("does not read back as the same scenario"));
        else
            inRecord(QStringLiteral("evaluation"),
                     tr("differs from what the rules engine computes from the record's scenario"));
    }
    if (!ResultNotice::canPublish(input.evaluation)) {
        inRecord(QStringLiteral("evaluation"), tr("the negotiation is not finished (status %1): it cannot be sealed")
                                                   .arg(statusName(input.evaluation.status)));
        return;
    }

    // The robustness analysis is sealed with every ranked result (of those an archive holds, a final
    // one). An archive sealed before the analysis was archived has none: its other files, README.txt
    // included, are what they were then, and a note says that the analysis is not in it.
    const bool analysable = RobustnessDocument::canAnalyse(input.evaluation);
    const bool robustness = files.contains(robustnessName());
    if (robustness && !analysable)
        problems->append({robustnessName(), tr("the record has no ranking to analyse (status %1): an archive of it "
                                               "holds no robustness analysis")
                                                .arg(statusName(input.evaluation.status))});

    // Every document, rendered again as seal() renders it, byte for byte; only when this version
    // rendered them, since another version's renderer, fonts or templates give other bytes.
    const CanonicalRecord::Generator current = CanonicalRecord::currentGenerator();
    if (generator && *generator == current) {
        for (const UstarArchive::Entry& expected : contentFiles(input, robustness && analysable)) {
            if (expected.name != recordName() && files.value(expected.name) != expected.data)
                problems->append({expected.name, tr("differs from the document the record produces")});
        }
        result->documentsRerendered = true;
    } else if (generator) {
        result->note = tr("the documents were rendered by %1 %2; this is %3, so they are checked against the "
                          "manifest and seal only, not re-rendered")
                           .arg(generator->name, generator->version, current.version);
    } else {
        result->note = tr("the documents were rendered by an unknown version of TenderPanel; this is %1, so they "
                          "are checked against the manifest and seal only, not re-rendered")
                           .arg(current.version);
    }
    if (analysable && !robustness) {
        const QString absent = tr("the archive holds no robustness analysis (robustness.pdf): it was sealed by a "
                                  "version that did not archive one");
        result->note = result->note.isEmpty() ? absent : result->note + QStringLiteral("; ") + absent;
    }
    const qint64 mtime = modificationTime(input);
    if (contents.mtime != mtime)
        problems->append(
            {QString(), tr("the files' modification time is not the record's document date (%1)")
                            .arg(QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC).date().toString(Qt::ISODate))});
}

} // namespace tp::report
