#include "ScenarioReader.h"

#include "JsonFastReader.h"
#include "JsonParser.h"
#include "LargePages.h"
#include "ScenarioValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cstring>
#include <memory>
#include <new>

namespace tp {

namespace {

QString tooLarge()
{
    return QCoreApplication::translate("ScenarioReader", "the file is larger than the limit of %1 MiB")
        .arg(ScenarioReader::kMaxFileBytes / (1024 * 1024));
}

// Up to kMaxFileBytes + 1 bytes of the file, with the room JsonFastReader reads past their end.
struct FileText
{
    std::unique_ptr<char[]> memory; // where `bytes` are, when they are not their own
    QByteArray bytes;
    qsizetype room = -1; // as JsonFastReader::read() takes it
};

// When the file's size is known, its bytes go into memory of that size and the parser's room, taken
// from the program's allocation function: megabytes then start on a large page and fill whole large
// pages where the system has them (app/LargeAllocations.cpp), so that filling them costs a page fault
// every 2 MiB. A file that grew since its size was read is read on into a byte array of its own.
FileText readAll(QFile& file)
{
    FileText text;
    const qint64 size = file.isSequential() ? 0 : file.size();
    if (size <= 0) {
        text.bytes = file.read(ScenarioReader::kMaxFileBytes + 1);
        return text;
    }
    const std::size_t capacity = std::size_t(size) + std::size_t(JsonFastReader::kPadding);
    text.memory.reset(new char[capacity]);
    prepareLargeBuffer(text.memory.get(), capacity);
    const qint64 read = file.read(text.memory.get(), size);
    if (read < 0)
        return FileText();
    // One byte more tells whether the file grew, without a buffer for the rest of the limit.
    char next = 0;
    const qint64 grown = file.read(&next, 1);
    if (grown < 0)
        return FileText();
    if (grown > 0) {
        text.bytes =
            QByteArray(text.memory.get(), qsizetype(read)) + next + file.read(ScenarioReader::kMaxFileBytes - read);
        text.memory.reset();
        return text;
    }
    std::memset(text.memory.get() + read, 0, capacity - std::size_t(read));
    text.bytes = QByteArray::fromRawData(text.memory.get(), qsizetype(read));
    text.room = qsizetype(capacity - std::size_t(read));
    return text;
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
        const FileText text = readAll(file);
        if (file.error() != QFileDevice::NoError)
            return failure(
                path,
                QCoreApplication::translate("ScenarioReader", "cannot read the file: %1").arg(file.errorString()));
        result = readText(text.bytes, text.room);
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
    return readText(bytes, -1);
}

ScenarioReader::Result ScenarioReader::readText(const QByteArray& bytes, qsizetype room)
{
    try {
        if (bytes.size() > kMaxFileBytes)
            return failure(QString(), tooLarge());
        Result result;
        Scenario scenario;
        // Plain valid JSON, the usual case, is read by JsonFastReader: the scores (most of a large file)
        // one at a time as they are read, kept by the validator until the rest is read, and checked
        // then. On anything else JsonParser reads the text again: it explains what is wrong, or builds
        // the tree of the rarer forms.
        const bool mark = bytes.startsWith("\xEF\xBB\xBF"); // a byte order mark
        const QByteArray text = mark ? bytes.mid(3) : bytes;
        bool read = false;
        {
            JsonFastReader fast(JsonParser::kMaxDepth, JsonParser::kMaxValues);
            ScenarioValidator validator(&result.problems);
            validator.expectStreamedScores(text.size());
            const std::optional<JsonValue> root = fast.read(
                text, "scores", mark ? -1 : room,
                [&validator](std::size_t i, const JsonFastReader::Item& item) { validator.streamedScore(i, item); });
            if (root) {
                scenario = validator.read(*root, fast.hasStreamed());
                read = !validator.gaveUp();
            }
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
