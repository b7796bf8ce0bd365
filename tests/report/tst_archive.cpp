#include "ReportTestSupport.h"

#include "report/CanonicalRecord.h"
#include "report/SealedArchive.h"
#include "report/UstarArchive.h"

#include <QCryptographicHash>
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

    static QList<char> variants(char byte)
    {
        return {char(byte ^ 0x01), char(byte ^ 0x80), char(byte ^ 0xFF), char(byte + 0x20)};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

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
        const SealedArchive::Sealed sealed = smallArchive();
        const SealedArchive::Verification v = SealedArchive::verify(sealed.bytes);
        QVERIFY2(v.ok, qPrintable(v.problems.value(0).toString()));
        QCOMPARE(v.digest, sealed.digest);
    }

    void everySingleByteChangeOfASmallArchiveFails()
    {
        const QByteArray bytes = smallArchive().bytes;
        int checked = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (char value : variants(bytes.at(i))) {
                QByteArray changed = bytes;
                changed[i] = value;
                const SealedArchive::Verification v = SealedArchive::verify(changed);
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
        QVERIFY(!SealedArchive::verify(bytes.left(bytes.size() - 1)).ok);
        QVERIFY(!SealedArchive::verify(bytes.left(bytes.size() - 512)).ok);
        QVERIFY(!SealedArchive::verify(bytes + QByteArray(1, '\0')).ok);
        QVERIFY(!SealedArchive::verify(bytes + QByteArray(512, '\0')).ok);
        QVERIFY(!SealedArchive::verify(QByteArray()).ok);
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
};

QTEST_MAIN(TestArchive)
#include "tst_archive.moc"
