#include "ScenarioReader.h"

#include "JsonFastReader.h"
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
// of that size and the room JsonFastReader reads past the end, in large pages where the system has them.
QByteArray readAll(QFile& file)
{
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size <= 0)
        return file.read(ScenarioReader::kMaxFileBytes + 1);
    QByteArray bytes;
    bytes.reserve(qsizetype(size) + JsonFastReader::kPadding);
    bytes.resize(qsizetype(size));
    prepareLargeBuffer(bytes.data(), std::size_t(size));
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
        Result result;
        Scenario scenario;
        // Plain valid JSON, the usual case, is read by simdjson, the scores (most of a large file) one at
        // a time rather than as a tree. On anything else JsonParser reads the text again: it explains
        // what is wrong, or builds the tree of the rarer forms.
        const bool mark = bytes.startsWith("\xEF\xBB\xBF"); // a byte order mark
        const QByteArray text = mark ? bytes.mid(3) : bytes;
        JsonFastReader fast(JsonParser::kMaxDepth, JsonParser::kMaxValues);
        std::optional<JsonValue> root = fast.read(text, "scores");
        bool read = false;
        if (root) {
            ScenarioValidator validator(&result.problems);
            scenario = validator.read(*root, fast.hasStreamed() ? &fast : nullptr);
            read = !validator.gaveUp();
        }
        if (!read) {
            JsonParser::Result parsed = JsonParser::parse(bytes);
            result.problems = parsed.problems;
            if (!parsed.root)
                return result;
            ScenarioValidator validator(&result.problems);
            scenario = validator.read(*parsed.root);
        }
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
