#include "ReportTestSupport.h"

#include "model/Version.h"
#include "report/CanonicalRecord.h"
#include "report/CanonicalRecordReader.h"
#include "report/PdfRenderer.h"
#include "report/RobustnessDocument.h"
#include "report/SealedArchive.h"
#include "report/UstarArchive.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

class TestArchive : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A small archive with every file a sealed archive has, for the exhaustive byte test.
    static SealedArchive::Sealed smallArchive()
    {
        QList<UstarArchive::Entry> files;
        for (const QString& name : SealedArchive::contentNames())
            files.append({name, name.toLatin1().repeated(3) + '\n'});
        for (UstarArchive::Entry& f : files)
            if (f.name == SealedArchive::recordName())
                f.data = "{\n \"format\": \"tenderpanel-record/1\"\n}\n";
        return SealedArchive::seal(files, 1407456000);
    }

    // Runs `tenderpanel-cli archive verify` on `archive`: exit 4 and `message` on standard error.
    void verifyWithCli(const QByteArray& archive, const QString& message)
    {
#ifdef TP_CLI_PATH
        const QString path = m_dir.filePath(QStringLiteral("changed.tparchive"));
        QVERIFY(writeFile(path, archive));
        QProcess cli;
        cli.start(QStringLiteral(TP_CLI_PATH), {QStringLiteral("archive"), QStringLiteral("verify"), path});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 4);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(cli.readAllStandardOutput(), QByteArray());
#else
        Q_UNUSED(archive)
        Q_UNUSED(message)
#endif
    }

    // Runs `tenderpanel-cli archive verify` on `archive`; false when the CLI is not built with the tests.
    bool runVerify(const QByteArray& archive, int* exitCode, QByteArray* out, QString* err)
    {
#ifdef TP_CLI_PATH
        const QString path = m_dir.filePath(QStringLiteral("verified.tparchive"));
        if (!writeFile(path, archive))
            return false;
        QProcess cli;
        // A private runtime directory, so that Qt has nothing to warn about on standard error.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(TP_CLI_PATH), {QStringLiteral("archive"), QStringLiteral("verify"), path});
        if (!cli.waitForFinished(120000) || cli.exitStatus() != QProcess::NormalExit)
            return false;
        *exitCode = cli.exitCode();
        *out = cli.readAllStandardOutput();
        *err = QString::fromUtf8(cli.readAllStandardError());
        return true;
#else
        Q_UNUSED(archive)
        Q_UNUSED(exitCode)
        Q_UNUSED(out)
        Q_UNUSED(err)
        return false;
#endif
    }

    // The record's generator block as CanonicalRecord writes it (one-space indentation, level 1).
    static QByteArray generatorBlock(const QString& version)
    {
        return "\n \"generator\": {\n  \"name\": \"TenderPanel\",\n  \"version\": \"" + version.toUtf8() + "\"\n },";
    }

    // `record` claiming to be written by TenderPanel `version` (an empty one: no generator at all).
    static QByteArray withGenerator(QByteArray record, const QString& version)
    {
        const QByteArray current = generatorBlock(CanonicalRecord::currentGenerator().version);
        if (!record.contains(current))
            qFatal("the record does not name the current generator");
        return record.replace(current, version.isEmpty() ? QByteArray() : generatorBlock(version));
    }

    // `archive` with member `index` turned into a link of `type` ('1' hard, '2' symbolic) to
    // `target`, as tar writes one: no data, the link name in the header, a valid header checksum.
    static QByteArray withLinkMember(const QByteArray& archive, int index, char type, const QByteArray& target)
    {
        QByteArray out;
        qsizetype at = 0;
        for (int i = 0; at + UstarArchive::kBlock <= archive.size(); ++i) {
            QByteArray header = archive.mid(at, UstarArchive::kBlock);
            if (header == QByteArray(UstarArchive::kBlock, '\0'))
                return out + archive.mid(at);
            const qint64 size = header.mid(124, 11).toLongLong(nullptr, 8);
            const qsizetype blocks = (size + UstarArchive::kBlock - 1) / UstarArchive::kBlock;
            if (i != index) {
                out += archive.mid(at, UstarArchive::kBlock * (1 + blocks));
            } else {
                header.replace(124, 12, QByteArray("00000000000\0", 12));
                header[156] = type;
                header.replace(157, target.size(), target);
                header.replace(148, 8, QByteArray(8, ' '));
                unsigned sum = 0;
                for (char c : header)
                    sum += static_cast<unsigned char>(c);
                header.replace(148, 8,
                               QByteArray(QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2)));
                out += header;
            }
            at += UstarArchive::kBlock * (1 + blocks);
        }
        return out;
    }

    static QList<char> variants(char byte)
    {
        return {char(byte ^ 0x01), char(byte ^ 0x80), char(byte ^ 0xFF), char(byte + 0x20)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void ustarRoundTripsAndIsReadByTar()
    {
        const QList<UstarArchive::Entry> entries{{QStringLiteral("a.txt"), QByteArray("hello\n")},
                                                 {QStringLiteral("b.bin"), QByteArray(512, 'x')},
                                                 {QStringLiteral("c.empty"), QByteArray()}};
        const QByteArray tar = UstarArchive::write(entries, 1407456000);
        QCOMPARE(tar.size() % 512, 0);
        QCOMPARE(tar.size(), 512 * (1 + 1 + 1 + 1 + 1 + 2));
        Problems problems;
        const auto contents = UstarArchive::read(tar, &problems);
        QVERIFY2(contents, qPrintable(problems.value(0).toString()));
        QCOMPARE(contents->entries, entries);
        QCOMPARE(contents->mtime, 1407456000);
        const QString path = m_dir.filePath(QStringLiteral("t.tar"));
        QVERIFY(writeFile(path, tar));
        QCOMPARE(QString::fromUtf8(run(QStringLiteral("tar"), {QStringLiteral("-tf"), path})),
                 QStringLiteral("a.txt\nb.bin\nc.empty\n"));
        QVERIFY(!UstarArchive::isValidName(QStringLiteral("../x")));
        QVERIFY(!UstarArchive::isValidName(QStringLiteral("/etc/passwd")));
    }

    void smallArchiveVerifies()
    {
        // Its container, manifest and seal are sound; its record produces no documents.
        const SealedArchive::Sealed sealed = smallArchive();
        const SealedArchive::Verification v = SealedArchive::verifyContainer(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.digest, sealed.digest);
        const SealedArchive::Verification full = SealedArchive::verify(sealed.bytes);
        QVERIFY(!full.ok);
        QCOMPARE(full.problems.value(0).where, SealedArchive::recordName());
    }

    void everySingleByteChangeOfASmallArchiveFails()
    {
        const QByteArray bytes = smallArchive().bytes;
        int checked = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (char value : variants(bytes.at(i))) {
                QByteArray changed = bytes;
                changed[i] = value;
                const SealedArchive::Verification v = SealedArchive::verifyContainer(changed);
                if (v.ok)
                    QFAIL(qPrintable(
                        QStringLiteral("byte %1 changed to %2 still verifies").arg(i).arg(int(uchar(value)))));
                QVERIFY(!v.problems.isEmpty());
                ++checked;
            }
        }
        QCOMPARE(checked, int(bytes.size()) * 4);
    }

    void truncatedOrExtendedArchivesFail()
    {
        const QByteArray bytes = smallArchive().bytes;
        QVERIFY(!SealedArchive::verifyContainer(bytes.left(bytes.size() - 1)).ok);
        QVERIFY(!SealedArchive::verifyContainer(bytes.left(bytes.size() - 512)).ok);
        QVERIFY(!SealedArchive::verifyContainer(bytes + QByteArray(1, '\0')).ok);
        QVERIFY(!SealedArchive::verifyContainer(bytes + QByteArray(512, '\0')).ok);
        QVERIFY(!SealedArchive::verify(QByteArray()).ok);
    }

    void examplesVerify_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString& name : exampleNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void examplesVerify()
    {
        QFETCH(QString, name);
        const SealedArchive::Sealed sealed = SealedArchive::seal(load(name));
        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.digest, sealed.digest);
        QVERIFY(v.documentsRerendered);
        // The record reads back into the input it was written from.
        const QByteArray record = archivedFile(sealed.bytes, SealedArchive::recordName());
        const CanonicalRecordReader::Result read = CanonicalRecordReader::read(record);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        QCOMPARE(CanonicalRecord::json(*read.input), record);
        QCOMPARE(SealedArchive::seal(*read.input).bytes, sealed.bytes);
    }

    // notice.pdf replaced by another valid notice, with the manifest and the seal recomputed.
    void replacedDocumentIsNamed()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes;
        const QByteArray other =
            archivedFile(SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes, QStringLiteral("notice.pdf"));
        QVERIFY(other.startsWith("%PDF"));
        const QByteArray changed = resealed(bytes, replacing(QStringLiteral("notice.pdf"), other));
        QVERIFY(SealedArchive::verifyContainer(changed).ok);
        const SealedArchive::Verification v = SealedArchive::verify(changed);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.value(0).where, QStringLiteral("notice.pdf"));
        QCOMPARE(v.problems.value(0).why, QStringLiteral("differs from the document the record produces"));
        verifyWithCli(changed, QStringLiteral("error: notice.pdf: differs from the document the record produces"));

        // Every other document likewise.
        for (const QString& name :
             {QStringLiteral("README.txt"), QStringLiteral("notice.html"), QStringLiteral("report.pdf"),
              QStringLiteral("letters.pdf"), QStringLiteral("ocds-release.json"), QStringLiteral("robustness.pdf")}) {
            QByteArray data = archivedFile(bytes, name);
            data.append(' ');
            const SealedArchive::Verification w = SealedArchive::verify(resealed(bytes, replacing(name, data)));
            QVERIFY(!w.ok);
            QCOMPARE(w.problems.value(0).where, name);
        }
    }

    // A final result's archive holds the robustness analysis, the Chinese document as `notice --kind
    // robustness` makes it, listed in the README; verify renders it again, and a changed one is named.
    void robustnessAnalysisIsSealed()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const SealedArchive::Sealed sealed = SealedArchive::seal(input);
        const QByteArray pdf = archivedFile(sealed.bytes, SealedArchive::robustnessName());
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdf, PdfRenderer::render(RobustnessDocument::document(input)));
        QVERIFY(archivedFile(sealed.bytes, SealedArchive::manifestName()).contains("  robustness.pdf\n"));
        QVERIFY(archivedFile(sealed.bytes, QStringLiteral("README.txt")).contains("  robustness.pdf "));
        const QString path = m_dir.filePath(QStringLiteral("robustness.pdf"));
        QVERIFY(writeFile(path, pdf));
        QVERIFY(pdfText(path).contains(QStringLiteral("6.70")));
        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QVERIFY(v.documentsRerendered);
        QCOMPARE(v.note, QString());

        // Another analysis (Zhaoqing's) in its place, the manifest and the seal recomputed.
        const QByteArray other = archivedFile(SealedArchive::seal(load(QStringLiteral("zhaoqing-2025"))).bytes,
                                              SealedArchive::robustnessName());
        QVERIFY(other.startsWith("%PDF"));
        const QByteArray changed = resealed(sealed.bytes, replacing(SealedArchive::robustnessName(), other));
        QVERIFY(SealedArchive::verifyContainer(changed).ok);
        const SealedArchive::Verification w = SealedArchive::verify(changed);
        QVERIFY(!w.ok);
        QCOMPARE(w.problems.size(), 1);
        QCOMPARE(w.problems.value(0).where, SealedArchive::robustnessName());
        verifyWithCli(changed, QStringLiteral("error: robustness.pdf: differs from the document the record produces"));

        // One byte of it changed, the manifest left as it was.
        QByteArray flipped = sealed.bytes;
        const qsizetype at = flipped.indexOf(pdf) + pdf.size() / 2;
        flipped[at] = char(flipped.at(at) ^ 0x01);
        const SealedArchive::Verification x = SealedArchive::verify(flipped);
        QVERIFY(!x.ok);
        QCOMPARE(x.problems.value(0).where, SealedArchive::robustnessName());
    }

    // An archive sealed before the analysis was archived: no robustness.pdf, and the README of that
    // time. It verifies, every other document re-rendered, with a note that the analysis is not in it.
    void archiveWithoutTheRobustnessAnalysisStillVerifies()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes;
        QByteArray readme = archivedFile(bytes, QStringLiteral("README.txt"));
        const qsizetype line = readme.indexOf("  robustness.pdf ");
        QVERIFY(line > 0);
        readme.remove(line, readme.indexOf('\n', line) + 1 - line);
        const auto withoutAnalysis = [readme](QList<UstarArchive::Entry>& files) {
            files.removeIf([](const UstarArchive::Entry& e) { return e.name == SealedArchive::robustnessName(); });
            replacing(QStringLiteral("README.txt"), readme)(files);
        };
        const QByteArray old = resealed(bytes, withoutAnalysis);
        QVERIFY(archivedFile(old, SealedArchive::robustnessName()).isEmpty());
        QVERIFY(!archivedFile(old, SealedArchive::manifestName()).contains("robustness"));
        const SealedArchive::Verification v = SealedArchive::verify(old);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QVERIFY(v.documentsRerendered);
        QVERIFY2(v.note.contains(QLatin1String("no robustness analysis")), qPrintable(v.note));
        int exitCode = -1;
        QByteArray out;
        QString err;
        if (runVerify(old, &exitCode, &out, &err)) {
            QCOMPARE(exitCode, 0);
            QCOMPARE(out, QByteArray("ok " + v.digest.toLatin1() + '\n'));
            QCOMPARE(err, QStringLiteral("note: ") + v.note + QLatin1Char('\n'));
        }

        // Its other documents are still compared: a changed notice is named.
        const QByteArray otherNotice =
            archivedFile(SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes, QStringLiteral("notice.pdf"));
        const SealedArchive::Verification w =
            SealedArchive::verify(resealed(old, replacing(QStringLiteral("notice.pdf"), otherNotice)));
        QVERIFY(!w.ok);
        QCOMPARE(w.problems.value(0).where, QStringLiteral("notice.pdf"));

        // The analysis taken out of a new archive (its README still lists it) is caught.
        const SealedArchive::Verification x =
            SealedArchive::verify(resealed(bytes, [](QList<UstarArchive::Entry>& files) {
                files.removeIf([](const UstarArchive::Entry& e) { return e.name == SealedArchive::robustnessName(); });
            }));
        QVERIFY(!x.ok);
        QCOMPARE(x.problems.value(0).where, QStringLiteral("README.txt"));

        // Listed in the manifest but not in the archive.
        Problems problems;
        const auto contents = UstarArchive::read(bytes, &problems);
        QVERIFY(contents);
        QList<UstarArchive::Entry> entries;
        for (const UstarArchive::Entry& e : contents->entries)
            if (e.name != SealedArchive::robustnessName())
                entries.append(e);
        const SealedArchive::Verification y =
            SealedArchive::verifyContainer(UstarArchive::write(entries, contents->mtime));
        QVERIFY(!y.ok);
        QCOMPARE(y.problems.value(0).where, SealedArchive::robustnessName());
    }

    // A failed negotiation has no ranking: its archive has no analysis, and one added to it is named.
    void failedNegotiationHasNoRobustnessAnalysis()
    {
        Scenario scenario = load(QStringLiteral("cixi-2014")).scenario;
        scenario.project.minBidders = 9;
        const auto loaded = DocumentInputLoader::fromScenario(scenario);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.input->evaluation.status, EvaluationStatus::Failed);
        const SealedArchive::Sealed sealed = SealedArchive::seal(*loaded.input);
        QVERIFY(archivedFile(sealed.bytes, SealedArchive::robustnessName()).isEmpty());
        QVERIFY(!archivedFile(sealed.bytes, QStringLiteral("README.txt")).contains("robustness"));
        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.note, QString());

        const QByteArray analysis =
            archivedFile(SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes, SealedArchive::robustnessName());
        const SealedArchive::Verification w =
            SealedArchive::verify(resealed(sealed.bytes, [analysis](QList<UstarArchive::Entry>& files) {
                files.append({SealedArchive::robustnessName(), analysis});
            }));
        QVERIFY(!w.ok);
        QCOMPARE(w.problems.value(0).where, SealedArchive::robustnessName());
        QVERIFY2(w.problems.value(0).why.contains(QLatin1String("no ranking")), qPrintable(w.problems.value(0).why));
    }

    void freshArchiveNamesItsGeneratorAndIsRerendered()
    {
        const CanonicalRecord::Generator current = CanonicalRecord::currentGenerator();
        QCOMPARE(current.name, QStringLiteral("TenderPanel"));
        QCOMPARE(current.version, tp::programVersion());
        const SealedArchive::Sealed sealed = SealedArchive::seal(load(QStringLiteral("cixi-2014")));
        const QByteArray record = archivedFile(sealed.bytes, SealedArchive::recordName());
        QVERIFY(CanonicalRecord::isCanonical(record));
        // Sorted keys: "generator" sits between "format" and "scenario".
        const QByteArray ordered =
            "\n \"format\": \"tenderpanel-record/1\"," + generatorBlock(current.version) + "\n \"scenario\": {";
        QVERIFY(record.contains(ordered));
        const CanonicalRecordReader::Result read = CanonicalRecordReader::read(record);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        QVERIFY(read.generator.has_value());
        QCOMPARE(read.generator->name, current.name);
        QCOMPARE(read.generator->version, current.version);

        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QVERIFY(v.documentsRerendered);
        QCOMPARE(v.note, QString());
        int exitCode = -1;
        QByteArray out;
        QString err;
        if (runVerify(sealed.bytes, &exitCode, &out, &err)) {
            QCOMPARE(exitCode, 0);
            QCOMPARE(out, QByteArray("ok " + sealed.digest.toLatin1() + '\n'));
            QCOMPARE(err, QString());
        }
    }

    // Another version's renderer gives other bytes: its documents are checked against the manifest
    // and the seal only, never reported as changed because they differ from this version's.
    void documentsOfAnotherVersionAreNotRerendered()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes;
        const QByteArray record = archivedFile(bytes, SealedArchive::recordName());
        const QByteArray other =
            archivedFile(SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes, QStringLiteral("notice.pdf"));
        QVERIFY(other.startsWith("%PDF"));
        const QByteArray oldRecord = withGenerator(record, QStringLiteral("0.0.1"));
        QVERIFY(CanonicalRecord::isCanonical(oldRecord));
        const auto change = [&](const QByteArray& recordData) {
            return [recordData, other](QList<UstarArchive::Entry>& files) {
                replacing(SealedArchive::recordName(), recordData)(files);
                replacing(QStringLiteral("notice.pdf"), other)(files);
            };
        };
        const QByteArray fromOldVersion = resealed(bytes, change(oldRecord));
        const SealedArchive::Verification v = SealedArchive::verify(fromOldVersion);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QVERIFY(!v.documentsRerendered);
        QVERIFY2(v.note.contains(QLatin1String("TenderPanel 0.0.1")), qPrintable(v.note));
        QVERIFY2(v.note.contains(QStringLiteral("this is ") + tp::programVersion()), qPrintable(v.note));
        QVERIFY2(v.note.contains(QLatin1String("not re-rendered")), qPrintable(v.note));
        int exitCode = -1;
        QByteArray out;
        QString err;
        if (runVerify(fromOldVersion, &exitCode, &out, &err)) {
            QCOMPARE(exitCode, 0);
            QCOMPARE(out, QByteArray("ok " + v.digest.toLatin1() + '\n'));
            QCOMPARE(err, QStringLiteral("note: ") + v.note + QLatin1Char('\n'));
        }

        // The same archive naming this version: notice.pdf is re-rendered and differs.
        const QByteArray fromThisVersion = resealed(bytes, change(record));
        const SealedArchive::Verification w = SealedArchive::verify(fromThisVersion);
        QVERIFY(!w.ok);
        QVERIFY(w.documentsRerendered);
        QCOMPARE(w.problems.size(), 1);
        QCOMPARE(w.problems.value(0).where, QStringLiteral("notice.pdf"));
        verifyWithCli(fromThisVersion,
                      QStringLiteral("error: notice.pdf: differs from the document the record produces"));

        // Whichever version wrote it, the stored evaluation is still checked against the rules.
        QByteArray changedEvaluation = oldRecord;
        QVERIFY(changedEvaluation.contains("\"published_hundredths\": 8570"));
        changedEvaluation.replace("\"published_hundredths\": 8570", "\"published_hundredths\": 8571");
        const QByteArray tampered = resealed(bytes, change(changedEvaluation));
        const SealedArchive::Verification x = SealedArchive::verify(tampered);
        QVERIFY(!x.ok);
        QCOMPARE(x.problems.value(0).where, SealedArchive::recordName());
        QVERIFY2(x.problems.value(0).why.startsWith(QLatin1String("evaluation: ")),
                 qPrintable(x.problems.value(0).toString()));
        verifyWithCli(tampered, QStringLiteral("error: record.json: evaluation: "));

        // And so are the manifest and the seal: one changed byte of the old version's notice fails.
        QByteArray flipped = other;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
        const QByteArray resealedOld = resealed(bytes, change(oldRecord));
        QByteArray unsealed = resealedOld;
        const qsizetype at = unsealed.indexOf(other);
        QVERIFY(at > 0);
        unsealed.replace(at, other.size(), flipped);
        const SealedArchive::Verification y = SealedArchive::verify(unsealed);
        QVERIFY(!y.ok);
        QCOMPARE(y.problems.value(0).where, QStringLiteral("notice.pdf"));
    }

    // A record without a generator (written before it was recorded) is from an unknown version.
    void recordWithoutGeneratorIsFromAnUnknownVersion()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes;
        const QByteArray record = withGenerator(archivedFile(bytes, SealedArchive::recordName()), QString());
        QVERIFY(!record.contains("\"generator\""));
        QVERIFY(CanonicalRecord::isCanonical(record));
        const CanonicalRecordReader::Result read = CanonicalRecordReader::read(record);
        QVERIFY2(read.ok(), qPrintable(read.problems.value(0).toString()));
        QVERIFY(!read.generator.has_value());
        QCOMPARE(CanonicalRecord::json(*read.input, std::nullopt), record);

        const QByteArray archive = resealed(bytes, replacing(SealedArchive::recordName(), record));
        const SealedArchive::Verification v = SealedArchive::verify(archive);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QVERIFY(!v.documentsRerendered);
        QVERIFY2(v.note.contains(QLatin1String("unknown version")), qPrintable(v.note));
        QVERIFY2(v.note.contains(tp::programVersion()), qPrintable(v.note));
        int exitCode = -1;
        QByteArray out;
        QString err;
        if (runVerify(archive, &exitCode, &out, &err)) {
            QCOMPARE(exitCode, 0);
            QCOMPARE(out, QByteArray("ok " + v.digest.toLatin1() + '\n'));
            QVERIFY2(err.startsWith(QLatin1String("note: ")) && err.contains(QLatin1String("unknown version")),
                     qPrintable(err));
        }

        // A generator that is not {"name": string, "version": string} is named.
        QByteArray malformed = archivedFile(bytes, SealedArchive::recordName());
        const QByteArray version = "\"version\": \"" + tp::programVersion().toUtf8() + "\"";
        QVERIFY(malformed.contains(version));
        malformed.replace(version, "\"version\": 1");
        QVERIFY(CanonicalRecord::isCanonical(malformed));
        const SealedArchive::Verification w =
            SealedArchive::verify(resealed(bytes, replacing(SealedArchive::recordName(), malformed)));
        QVERIFY(!w.ok);
        QCOMPARE(w.problems.value(0).where, SealedArchive::recordName());
        QVERIFY2(w.problems.value(0).why.startsWith(QLatin1String("generator.version: ")),
                 qPrintable(w.problems.value(0).toString()));
    }

    // The scores are written apart from the rest of the record. Whatever their codes hold, the record is
    // the canonical form of its own content (written again by the JSON writer of the rest, it is the same
    // bytes), and each score reads back with its code and points.
    void recordScoresWithAnyCodeAreCanonical_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("plain") << QStringLiteral("P1");
        QTest::newRow("quote and backslash") << QStringLiteral("P\"1\\");
        QTest::newRow("control characters") << QStringLiteral("P\t1\n\u0001");
        QTest::newRow("Chinese") << QStringLiteral("评委甲");
        QTest::newRow("beyond the basic plane") << QString::fromUtf8("P\xF0\x9F\x98\x80");
        QTest::newRow("line separator") << QStringLiteral("P\u2028");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800));
        QTest::newRow("the text the scores are put after") << QStringLiteral("\n  \"scores\": []");
        QTest::newRow("empty") << QString();
    }

    void recordScoresWithAnyCodeAreCanonical()
    {
        QFETCH(QString, code);
        DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString renamed = input.scenario.panel.first().id;
        input.scenario.panel.first().id = code;
        qsizetype entries = 0;
        QList<ScoreEntry> renamedScores = input.scenario.scores->toList();
        for (ScoreEntry& e : renamedScores)
            if (e.panelist == renamed) {
                e.panelist = code;
                e.bidder = code + e.bidder;
                ++entries;
            }
        input.scenario.scores = renamedScores;
        QVERIFY(entries > 0);
        const QByteArray record = CanonicalRecord::json(input);
        QVERIFY(CanonicalRecord::isCanonical(record));
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(record, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray scores =
            parsed.object().value(QStringLiteral("scenario")).toObject().value(QStringLiteral("scores")).toArray();
        QCOMPARE(scores.size(), input.scenario.scores->size());
        // The code as written in UTF-8 (a lone surrogate becomes a replacement character).
        const QString written = QString::fromUtf8(code.toUtf8());
        for (qsizetype i = 0; i < scores.size(); ++i) {
            const ScoreEntry& e = input.scenario.scores->at(i);
            const QJsonObject score = scores.at(i).toObject();
            QCOMPARE(score.keys(), (QStringList{QStringLiteral("bidder"), QStringLiteral("criterion"),
                                                QStringLiteral("panelist"), QStringLiteral("score_hundredths")}));
            QCOMPARE(score.value(QStringLiteral("panelist")).toString(), e.panelist == code ? written : e.panelist);
            QCOMPARE(score.value(QStringLiteral("bidder")).toString(),
                     e.panelist == code ? QString::fromUtf8(e.bidder.toUtf8()) : e.bidder);
            QCOMPARE(score.value(QStringLiteral("criterion")).toString(), e.criterion);
            QCOMPARE(score.value(QStringLiteral("score_hundredths")).toInteger(), e.score);
        }
    }

    // No scores yet: an empty array; no scores at all: no key.
    void recordWithoutScores()
    {
        DocumentInput input = load(QStringLiteral("cixi-2014"));
        input.scenario.scores = QList<ScoreEntry>();
        QByteArray record = CanonicalRecord::json(input);
        QVERIFY(CanonicalRecord::isCanonical(record));
        QVERIFY(record.contains("\n  \"scores\": [],\n"));
        input.scenario.scores.reset();
        record = CanonicalRecord::json(input);
        QVERIFY(CanonicalRecord::isCanonical(record));
        QVERIFY(!record.contains("\"scores\""));
    }

    // One score of the record changed (still canonical JSON), the manifest and the seal recomputed.
    void changedScoreInTheRecordIsCaught()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes;
        QByteArray record = archivedFile(bytes, SealedArchive::recordName());
        const QByteArray key = "\"score_hundredths\": ";
        const qsizetype at = record.indexOf(key) + key.size();
        QVERIFY(at > key.size());
        qsizetype end = at;
        while (end < record.size() && record.at(end) >= '0' && record.at(end) <= '9')
            ++end;
        const qint64 score = record.mid(at, end - at).toLongLong();
        QVERIFY(score > 0);
        record.replace(at, end - at, QByteArray::number(score - 1));
        QVERIFY(CanonicalRecord::isCanonical(record));
        const QByteArray changed = resealed(bytes, replacing(SealedArchive::recordName(), record));
        QVERIFY(SealedArchive::verifyContainer(changed).ok);
        const SealedArchive::Verification v = SealedArchive::verify(changed);
        QVERIFY(!v.ok);
        QStringList named;
        for (const Problem& p : v.problems)
            named << p.where;
        // The score sheets no longer match, nor does the stored evaluation.
        QVERIFY2(named.contains(QStringLiteral("report.pdf")), qPrintable(named.join(QLatin1Char(' '))));
        QVERIFY2(named.contains(SealedArchive::recordName()), qPrintable(named.join(QLatin1Char(' '))));
        verifyWithCli(changed, QStringLiteral("error: report.pdf: differs from the document the record produces"));
    }

    void changedEvaluationInTheRecordIsCaught()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes;
        QByteArray record = archivedFile(bytes, SealedArchive::recordName());
        QVERIFY(record.contains("\"published_hundredths\": 8570"));
        record.replace("\"published_hundredths\": 8570", "\"published_hundredths\": 8571");
        const SealedArchive::Verification v =
            SealedArchive::verify(resealed(bytes, replacing(SealedArchive::recordName(), record)));
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.size(), 1);
        QCOMPARE(v.problems.value(0).where, SealedArchive::recordName());
        QVERIFY2(v.problems.value(0).why.startsWith(QLatin1String("evaluation: ")),
                 qPrintable(v.problems.value(0).toString()));
    }

    void recordThatDoesNotReadBackIsNamed()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes;
        const QByteArray record = archivedFile(bytes, SealedArchive::recordName());

        // A wrong type, with its JSON path.
        QByteArray wrongType = record;
        const QByteArray key = "\"max_winners\": ";
        const qsizetype at = wrongType.indexOf(key) + key.size();
        QVERIFY(at > key.size());
        qsizetype end = at;
        while (end < wrongType.size() && wrongType.at(end) >= '0' && wrongType.at(end) <= '9')
            ++end;
        wrongType.insert(end, '"');
        wrongType.insert(at, '"');
        QVERIFY(CanonicalRecord::isCanonical(wrongType));
        SealedArchive::Verification v =
            SealedArchive::verify(resealed(bytes, replacing(SealedArchive::recordName(), wrongType)));
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).where, SealedArchive::recordName());
        QVERIFY2(v.problems.value(0).why.startsWith(QLatin1String("scenario.project.max_winners: ")),
                 qPrintable(v.problems.value(0).toString()));

        // A field a record does not have.
        QByteArray extra = record;
        QVERIFY(extra.contains("\n \"format\""));
        extra.replace("\n \"format\"", "\n \"extra\": 1,\n \"format\"");
        QVERIFY(CanonicalRecord::isCanonical(extra));
        v = SealedArchive::verify(resealed(bytes, replacing(SealedArchive::recordName(), extra)));
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).where, SealedArchive::recordName());

        // Another record format.
        QByteArray format = record;
        format.replace("tenderpanel-record/1", "tenderpanel-record/9");
        v = SealedArchive::verify(resealed(bytes, replacing(SealedArchive::recordName(), format)));
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).where, SealedArchive::recordName());

        // A scenario the rules cannot evaluate: a score for a bidder that does not exist.
        QByteArray unknown = record;
        const qsizetype scores = unknown.indexOf("\"scores\"");
        QVERIFY(scores > 0);
        const qsizetype bidder = unknown.indexOf("\"bidder\": \"", scores) + 11;
        unknown.insert(bidder, "X");
        QVERIFY(CanonicalRecord::isCanonical(unknown));
        v = SealedArchive::verify(resealed(bytes, replacing(SealedArchive::recordName(), unknown)));
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).where, SealedArchive::recordName());
        QVERIFY2(v.problems.value(0).why.startsWith(QLatin1String("scenario.")),
                 qPrintable(v.problems.value(0).toString()));
    }

    void dateOfTheFilesIsTheDocumentDate()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes;
        const QByteArray changed = resealed(
            bytes, [](QList<UstarArchive::Entry>&) {}, 86400);
        QVERIFY(SealedArchive::verifyContainer(changed).ok);
        const SealedArchive::Verification v = SealedArchive::verify(changed);
        QVERIFY(!v.ok);
        QVERIFY2(v.problems.value(0).why.contains(QLatin1String("modification time")),
                 qPrintable(v.problems.value(0).toString()));
        QCOMPARE(resealed(bytes, [](QList<UstarArchive::Entry>&) {}), bytes);
    }

    void realArchiveIsReproducibleAndVerifies()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const SealedArchive::Sealed first = SealedArchive::seal(input);
        const SealedArchive::Sealed second = SealedArchive::seal(input);
        QCOMPARE(first.digest, second.digest);
        QVERIFY(first.bytes == second.bytes);
        const SealedArchive::Verification v = SealedArchive::verify(first.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.digest, first.digest);

        // Standard tools alone can check it.
        const QString path = m_dir.filePath(QStringLiteral("cixi.tparchive"));
        QVERIFY(writeFile(path, first.bytes));
        const QString out = m_dir.filePath(QStringLiteral("x"));
        QVERIFY(QDir().mkpath(out));
        run(QStringLiteral("tar"), {QStringLiteral("-xf"), path, QStringLiteral("-C"), out});
        QProcess check;
        check.setWorkingDirectory(out);
        check.start(QStringLiteral("sha256sum"),
                    {QStringLiteral("-c"), QStringLiteral("seal.sha256"), QStringLiteral("manifest.sha256")});
        QVERIFY(check.waitForFinished());
        QCOMPARE(check.exitCode(), 0);
        QFile seal(out + QStringLiteral("/seal.sha256"));
        QVERIFY(seal.open(QIODevice::ReadOnly));
        QVERIFY(seal.readAll().startsWith(first.digest.toLatin1()));
        QFile record(out + QStringLiteral("/record.json"));
        QVERIFY(record.open(QIODevice::ReadOnly));
        const QByteArray json = record.readAll();
        QVERIFY(CanonicalRecord::isCanonical(json));
        QVERIFY(json.contains("\"published_hundredths\": 8570"));
        QVERIFY(json.contains("\"numerator\": 8570"));
    }

    void headerBytesAndASampleOfARealArchiveFail()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes;
        Problems problems;
        const auto contents = UstarArchive::read(bytes, &problems);
        QVERIFY(contents);
        QList<qsizetype> positions;
        qsizetype at = 0;
        for (const UstarArchive::Entry& e : contents->entries) {
            for (int i = 0; i < UstarArchive::kBlock; ++i)
                positions << at + i; // every header byte
            at += UstarArchive::kBlock +
                  (e.data.size() + UstarArchive::kBlock - 1) / UstarArchive::kBlock * UstarArchive::kBlock;
            positions << at - 1; // the last byte of the data block (padding or data)
        }
        for (qsizetype i = at; i < bytes.size(); ++i)
            positions << i; // the end blocks
        QRandomGenerator random(20140808);
        for (int i = 0; i < 1500; ++i)
            positions << qsizetype(random.bounded(qint64(bytes.size())));
        for (qsizetype position : positions) {
            QByteArray changed = bytes;
            changed[position] = char(changed.at(position) ^ 0x01);
            if (SealedArchive::verify(changed).ok)
                QFAIL(qPrintable(QStringLiteral("byte %1 changed still verifies").arg(position)));
        }
    }

    void verificationNamesWhatDiffers()
    {
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("tie-vote"))).bytes;
        Problems problems;
        const auto contents = UstarArchive::read(bytes, &problems);
        QVERIFY(contents);
        // Change one byte inside report.pdf's data.
        qsizetype at = 0;
        qsizetype target = -1;
        for (const UstarArchive::Entry& e : contents->entries) {
            if (e.name == QLatin1String("report.pdf"))
                target = at + UstarArchive::kBlock + e.data.size() / 2;
            at += UstarArchive::kBlock + (e.data.size() + 511) / 512 * 512;
        }
        QVERIFY(target > 0);
        QByteArray changed = bytes;
        changed[target] = char(changed.at(target) ^ 0x01);
        SealedArchive::Verification v = SealedArchive::verify(changed);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).where, QStringLiteral("report.pdf"));

        // A header checksum.
        changed = bytes;
        changed[148] = char(changed.at(148) ^ 0x01);
        v = SealedArchive::verify(changed);
        QVERIFY(!v.ok);
        QVERIFY2(v.problems.value(0).why.contains(QLatin1String("checksum")),
                 qPrintable(v.problems.value(0).toString()));
        QVERIFY(v.problems.value(0).where.contains(QLatin1String("README.txt")));
    }

    // A link is named as a link, not as a wrong checksum or an odd header.
    void linkMembersAreNamed_data()
    {
        QTest::addColumn<char>("type");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("kind");
        QTest::newRow("symbolic link") << '2' << QByteArray("/etc/passwd") << QStringLiteral("a symbolic link");
        QTest::newRow("hard link") << '1' << QByteArray("README.txt") << QStringLiteral("a hard link");
    }

    void linkMembersAreNamed()
    {
        QFETCH(char, type);
        QFETCH(QByteArray, target);
        QFETCH(QString, kind);
        const QByteArray bytes = SealedArchive::seal(load(QStringLiteral("cixi-2014"))).bytes;
        Problems problems;
        const auto contents = UstarArchive::read(bytes, &problems);
        QVERIFY(contents);
        const QString name = contents->entries.at(2).name;
        const QByteArray changed = withLinkMember(bytes, 2, type, target);
        QVERIFY(changed.size() < bytes.size());
        QVERIFY(!UstarArchive::read(changed, &problems));
        const QString why = QStringLiteral("member %1 is %2 (type %3); a sealed archive holds only regular files")
                                .arg(name, kind, QString(QLatin1Char(type)));
        const SealedArchive::Verification v = SealedArchive::verify(changed);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).why, why);
        QVERIFY2(v.problems.value(0).where.contains(name), qPrintable(v.problems.value(0).where));
        verifyWithCli(changed, why);
    }

    // The same for an archive made by tar itself, its first member a symbolic link.
    void archiveMadeByTarWithASymbolicLink()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), dir.filePath(QStringLiteral("record.json"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("README.txt")), "readme\n"));
        const QString archive = m_dir.filePath(QStringLiteral("by-tar.tparchive"));
        QProcess tar;
        tar.setWorkingDirectory(dir.path());
        tar.start(QStringLiteral("tar"), {QStringLiteral("--format=ustar"), QStringLiteral("-cf"), archive,
                                          QStringLiteral("record.json"), QStringLiteral("README.txt")});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString why =
            QStringLiteral("member record.json is a symbolic link (type 2); a sealed archive holds only regular files");
        const SealedArchive::Verification v = SealedArchive::verify(bytes);
        QVERIFY(!v.ok);
        QCOMPARE(v.problems.value(0).why, why);
        QCOMPARE(v.problems.value(0).where, QStringLiteral("byte 156 (record.json)"));
        verifyWithCli(bytes, QStringLiteral("error: byte 156 (record.json): ") + why);
    }
};

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
