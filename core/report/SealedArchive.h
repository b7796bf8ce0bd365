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
//   manifest.sha256     "sha256  name" for every file above, sorted, in `sha256sum` format
//   seal.sha256         "sha256(manifest.sha256)  manifest.sha256"
// The seal digest is the SHA-256 of manifest.sha256. Without TenderPanel:
//   tar -xf X.tparchive && sha256sum -c seal.sha256 && sha256sum -c manifest.sha256
// verify() re-checks the container byte for byte, so any single changed byte fails.
class SealedArchive
{
public:
    static constexpr const char* kExtension = ".tparchive";
    static QString manifestName() { return QStringLiteral("manifest.sha256"); }
    static QString sealName() { return QStringLiteral("seal.sha256"); }
    static QString recordName() { return QStringLiteral("record.json"); }
    static QStringList contentNames(); // every file the manifest lists, sorted

    struct Sealed
    {
        QByteArray bytes;
        QString digest;
    };
    // Renders every document of `input` and seals them with its canonical record.
    static Sealed seal(const DocumentInput& input);
    // Seals the given files (names from contentNames(), each exactly once) as they are.
    static Sealed seal(QList<UstarArchive::Entry> files, qint64 mtime);

    struct Verification
    {
        bool ok = false;
        QString digest; // the seal digest recomputed from the manifest, when there is one
        Problems problems;
    };
    static Verification verify(const QByteArray& bytes);
    static QByteArray manifestLine(const QByteArray& data, const QString& name);
};

} // namespace tp::report
