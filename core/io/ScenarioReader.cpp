#include "ScenarioReader.h"

#include "JsonParser.h"
#include "LargePages.h"
#include "ScenarioValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <new>

namespace tp {

namespace {

QString tooLarge()
{
    return QCoreApplication::translate("ScenarioReader", "the file is larger than the limit of %1 MiB")
        .arg(ScenarioReader::kMaxFileBytes / (1024 * 1024));
}

// Up to kMaxFileBytes + 1 bytes of the file. When the file's size is known, the bytes go into memory
// of that size, in large pages where the system has them.
QByteArray readAll(QFile& file)
{
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size <= 0)
        return file.read(ScenarioReader::kMaxFileBytes + 1);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    adviseLargePages(bytes.data(), std::size_t(size));
    const qint64 read = file.read(bytes.data(), size);
    if (read < 0)
        return QByteArray();
    bytes.truncate(qsizetype(read));
    // The file may have grown since its size was read.
    bytes += file.read(ScenarioReader::kMaxFileBytes + 1 - read);
    return bytes;
}

ScenarioReader::Result failure(const QString& where, const QString& why)
{
    ScenarioReader::Result result;
    result.problems.append(Problem{where, why});
    return result;
}

} // namespace

ScenarioReader::Result ScenarioReader::readFile(const QString& path)
{
    Result result;
    try {
        if (QFileInfo(path).isDir())
            return failure(path, QCoreApplication::translate("ScenarioReader", "cannot open the file: it is a folder"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failure(
                path,
                QCoreApplication::translate("ScenarioReader", "cannot open the file: %1").arg(file.errorString()));
        if (!file.isSequential() && file.size() > kMaxFileBytes)
            return failure(path, tooLarge());
        const QByteArray bytes = readAll(file);
        if (file.error() != QFileDevice::NoError)
            return failure(
                path,
                QCoreApplication::translate("ScenarioReader", "cannot read the file: %1").arg(file.errorString()));
        result = readBytes(bytes);
    } catch (const std::bad_alloc&) {
        return failure(path,
                       QCoreApplication::translate("ScenarioReader", "there is not enough memory to read the file"));
    } catch (...) {
        return failure(path, QCoreApplication::translate("ScenarioReader", "the file could not be read"));
    }
    for (Problem& p : result.problems)
        if (p.where.isEmpty())
            p.where = path;
    return result;
}

ScenarioReader::Result ScenarioReader::readBytes(const QByteArray& bytes)
{
    try {
        if (bytes.size() > kMaxFileBytes)
            return failure(QString(), tooLarge());
        // The scores, most of a large file, are read one at a time rather than held as a tree.
        JsonParser::Result parsed = JsonParser::parse(bytes, "scores");
        Result result;
        result.problems = parsed.problems;
        if (!parsed.root)
            return result;
        ScenarioValidator validator(&result.problems);
        Scenario scenario = validator.read(*parsed.root, parsed.streamed ? &*parsed.streamed : nullptr);
        if (result.problems.isEmpty())
            result.scenario = std::move(scenario);
        if (result.problems.size() > kMaxProblems) {
            const qsizetype more = result.problems.size() - kMaxProblems;
            result.problems.resize(kMaxProblems);
            result.problems.append(Problem{
                QString(), QCoreApplication::translate("ScenarioReader", "%1 more problems are not listed").arg(more)});
        }
        return result;
    } catch (const std::bad_alloc&) {
        return failure(QString(),
                       QCoreApplication::translate("ScenarioReader", "there is not enough memory to read the file"));
    } catch (...) {
        return failure(QString(), QCoreApplication::translate("ScenarioReader", "the file could not be read"));
    }
}

} // namespace tp
