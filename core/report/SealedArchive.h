#pragma once

#include "DocumentInput.h"
#include "UstarArchive.h"
#include "model/Problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tp::report {

// The sealed archive (.tparchive): an uncompressed POSIX ustar file holding
//   README.txt          what this is and how to check it with standard tools
//   record.json         the canonical record (CanonicalRecord)
//   notice.html/.pdf    结果公示; report.pdf 评审报告; letters.pdf 通知书; ocds-release.json
//   robustness.pdf      评审结果稳健性分析, for the supervisors: only with a ranked (final) result, and
//                       absent from archives sealed before it was added (README.txt then does not list it)
//   manifest.sha256     "sha256  name" for every file above, sorted, in `sha256sum` format
//   seal.sha256         "sha256(manifest.sha256)  manifest.sha256"
// The seal digest is the SHA-256 of manifest.sha256. Without TenderPanel:
//   tar -xf X.tparchive && sha256sum -c seal.sha256 && sha256sum -c manifest.sha256
// verify() re-checks the container byte for byte, so any single changed byte fails, and then that
// the archive is what sealing its record gives: it reads the record back (CanonicalRecordReader),
// re-evaluates its scenario with the rules engine, compares the result with the stored evaluation,
// renders every document again exactly as seal() does and compares the bytes with the archived ones.
// A manifest and seal recomputed over changed files therefore still fail, naming the file.
// Re-rendering only proves something when this version wrote the record: another version's renderer,
// fonts or templates give other bytes for the same record. So the documents are re-rendered and
// compared only when the record's generator is this program; for any other (or an unknown) version
// they are checked against the manifest and the seal alone, and the verification says so in a note.
class SealedArchive
{
public:
    static constexpr const char* kExtension = ".tparchive";
    static QString manifestName() { return QStringLiteral("manifest.sha256"); }
    static QString sealName() { return QStringLiteral("seal.sha256"); }
    static QString recordName() { return QStringLiteral("record.json"); }
    static QString robustnessName() { return QStringLiteral("robustness.pdf"); }
    // Every file the manifest lists, sorted; the optional ones only when the archive holds them.
    static QStringList contentNames();
    // Whether an archive may lack the file (robustness.pdf), in which case its manifest does not list it.
    static bool isOptional(const QString& name);

    struct Sealed
    {
        QByteArray bytes;
        QString digest;
    };
    // Renders every document of `input`, in Chinese whatever input.language says (the archive is the
    // official record), and seals them with its canonical record.
    static Sealed seal(const DocumentInput& input);
    // Seals the given files (names from contentNames(), each exactly once) as they are.
    static Sealed seal(QList<UstarArchive::Entry> files, qint64 mtime);

    struct Verification
    {
        bool ok = false;
        QString digest; // the seal digest recomputed from the manifest, when there is one
        Problems problems;
        // True when every document was rendered again and compared byte for byte with the archived one.
        bool documentsRerendered = false;
        // Why the documents were not re-rendered (another or an unknown version wrote the record), and
        // that the archive holds no robustness analysis when it was sealed before one was archived;
        // empty otherwise.
        QString note;
    };
    // Everything: the container, the manifest and the seal (verifyContainer), then the record and
    // every document against what the record produces. The GUI and the CLI both use this.
    static Verification verify(const QByteArray& bytes);
    // Only the container, the manifest and the seal: what `sha256sum -c` checks, and more strictly.
    static Verification verifyContainer(const QByteArray& bytes);
    static QByteArray manifestLine(const QByteArray& data, const QString& name);

private:
    // The content files seal() writes for `input` (its language set to Chinese), and their date. The
    // robustness analysis is among them when the result is ranked (or, with `robustness`, when asked).
    static QList<UstarArchive::Entry> contentFiles(const DocumentInput& input);
    static QList<UstarArchive::Entry> contentFiles(const DocumentInput& input, bool robustness);
    static qint64 modificationTime(const DocumentInput& input);
    static Verification checkContainer(const QByteArray& bytes, UstarArchive::Contents* contents);
    // Appends to result->problems every way in which `contents` is not what sealing its record gives,
    // and says whether the documents were re-rendered.
    static void checkAgainstRecord(const UstarArchive::Contents& contents, Verification* result);
};

} // namespace tp::report
