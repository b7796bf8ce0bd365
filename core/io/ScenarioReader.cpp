#include "ScenarioReader.h"

#include "JsonFastReader.h"
#include "JsonParser.h"
#include "LargePages.h"
#include "ScenarioValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>
#ifdef __linux__
#include <pthread.h>
#include <sched.h>
#endif

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <memory>
#include <mutex>
#include <new>
#include <system_error>
#include <thread>

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

// A thread for `work`, started on another processor than the calling thread's where the process may
// use one. Left to the system, a new thread was often queued behind the thread that made it, on the
// same processor, and started 0.2 to 4.3 ms later (0.5 ms when placed); here that thread goes on
// reading and parsing at once, so the other's part came late. Once running, the thread may move to
// any of the process's processors again, as the system sees fit.
std::thread startOnAnotherProcessor(std::function<void()> work)
{
#ifdef __linux__
    cpu_set_t allowed;
    const int here = sched_getcpu();
    if (here >= 0 && here < CPU_SETSIZE && sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
        cpu_set_t others = allowed;
        CPU_CLR(here, &others);
        if (CPU_COUNT(&others) > 0) {
            // The thread takes back the whole set only once it has been placed.
            auto placed = std::make_shared<std::atomic<bool>>(false);
            std::thread thread([work = std::move(work), allowed, placed] {
                while (!placed->load(std::memory_order_acquire))
                    std::this_thread::yield();
                sched_setaffinity(0, sizeof allowed, &allowed);
                work();
            });
            pthread_setaffinity_np(thread.native_handle(), sizeof others, &others);
            placed->store(true, std::memory_order_release);
            return thread;
        }
    }
#endif
    return std::thread(std::move(work));
}

// A file of a known size, read into memory in two parts while its text is parsed. This thread reads
// the first part a piece at a time, as the parser asks for it (arrived()); a thread of its own reads
// the rest meanwhile, then runs a task the parser gave it (runAside()) on that rest. For a large
// file, most of the time its bytes take to be copied from the system is then spent parsing.
class ArrivingFile
{
public:
    // From this size on, the thread's start is a small part of the time the file takes to read.
    static constexpr qint64 kMinBytes = 1024 * 1024;

    // Starts reading `size` bytes of `file`, an open file of the system's, which nothing else reads
    // until finish(). Throws std::bad_alloc, or std::system_error when no thread can be started.
    ArrivingFile(const QFile& file, qint64 size)
        : m_descriptor(file.handle()), m_size(std::size_t(size)),
          m_memory(new char[m_size + std::size_t(JsonFastReader::kPadding)]), m_split(firstPartSize(m_size))
    {
        adviseLargePages(m_memory.get(), m_size + std::size_t(JsonFastReader::kPadding));
        std::memset(m_memory.get() + m_size, 0, std::size_t(JsonFastReader::kPadding));
        m_thread = startOnAnotherProcessor([this] { readLastPart(); });
    }

    ~ArrivingFile() { finish(); }
    ArrivingFile(const ArrivingFile&) = delete;
    ArrivingFile& operator=(const ArrivingFile&) = delete;

    // The file's bytes as they will be once read, with the room JsonFastReader reads past their end.
    QByteArray bytes() const { return QByteArray::fromRawData(m_memory.get(), qsizetype(m_size)); }
    static qsizetype room() { return JsonFastReader::kPadding; }

    // JsonFastReader::ArrivedFunction, on the thread that made this: reads the first part up to
    // `bytes`, or waits for the last part too.
    std::size_t arrived(std::size_t bytes)
    {
        while (m_first < std::min(bytes, m_split) && m_firstWhole) {
            const std::size_t piece = std::min(kPiece, m_split - m_first);
            const std::size_t read = readAt(m_first, piece);
            m_first += read;
            m_firstWhole = read == piece;
        }
        if (bytes <= m_first || m_first < m_split)
            return m_first;
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_lastRead; });
        return m_lastWhole ? m_size : m_split;
    }

    // JsonFastReader::Aside::run: `task` runs on the other thread once it has read the last part.
    bool runAside(std::function<void(std::size_t)> task)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_closed)
            return false;
        m_task = std::move(task);
        m_changed.notify_all();
        return true;
    }

    // Waits for the other thread to end: true when the file was read whole, at the size it had,
    // without an error.
    bool finish()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_closed = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
        return m_first == m_split && m_firstWhole && m_lastWhole;
    }

private:
    static constexpr std::size_t kPiece = 256 * 1024;

    // The part read on the parser's thread, which also parses the file's start and takes the other's
    // items: 45 % was measured the quickest on two like processors (against 40, 50 and 55 %). Were the
    // other the slower, the parser's thread would take what it has read and read on itself.
    static std::size_t firstPartSize(std::size_t size) { return size / 20 * 9; }

    // Up to `count` bytes at `offset`: fewer at the file's end or on an error.
    std::size_t readAt(std::size_t offset, std::size_t count)
    {
        std::size_t done = 0;
        while (done < count) {
            const ssize_t n = ::pread(m_descriptor, m_memory.get() + offset + done, count - done, off_t(offset + done));
            if (n > 0)
                done += std::size_t(n);
            else if (n < 0 && errno == EINTR)
                continue;
            else
                break;
        }
        return done;
    }

    void readLastPart()
    {
        bool whole = true;
        for (std::size_t at = m_split; whole && at < m_size;) {
            const std::size_t piece = std::min(kPiece, m_size - at);
            const std::size_t read = readAt(at, piece);
            at += read;
            whole = read == piece;
        }
        // One byte more tells whether the file grew.
        char next = 0;
        whole = whole && ::pread(m_descriptor, &next, 1, off_t(m_size)) == 0;
        std::function<void(std::size_t)> task;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_lastWhole = whole;
            m_lastRead = true;
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return m_task || m_closed; });
            task = std::move(m_task);
            m_closed = true;
        }
        if (task)
            task(whole ? m_split : m_size);
    }

    const int m_descriptor;
    const std::size_t m_size;
    const std::unique_ptr<char[]> m_memory;
    const std::size_t m_split; // the size of the first part
    // The first part: what this thread has read of it.
    std::size_t m_first = 0;
    bool m_firstWhole = true;
    // The last part, under the mutex.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_lastRead = false;
    bool m_lastWhole = false;
    std::function<void(std::size_t)> m_task;
    bool m_closed = false; // no task will come, or one has
    std::thread m_thread;
};

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
        // A large file is read as it arrives. Should it end short, grow or fail to read, or no thread
        // start, it is read again as any other, which reports what happened.
        bool read = false;
        if (!file.isSequential() && file.handle() >= 0 && file.size() >= ArrivingFile::kMinBytes) {
            try {
                ArrivingFile arriving(file, file.size());
                Result arrived = readText(
                    arriving.bytes(), arriving.room(),
                    [&arriving](std::size_t bytes) { return arriving.arrived(bytes); },
                    [&arriving](std::function<void(std::size_t)> task) { return arriving.runAside(std::move(task)); });
                if (arriving.finish()) {
                    result = std::move(arrived);
                    read = true;
                }
            } catch (const std::system_error&) {
            }
            if (!read) {
                file.close();
                if (!file.open(QIODevice::ReadOnly))
                    return failure(path, QCoreApplication::translate("ScenarioReader", "cannot open the file: %1")
                                             .arg(file.errorString()));
            }
        }
        if (!read) {
            const FileText text = readAll(file);
            if (file.error() != QFileDevice::NoError)
                return failure(
                    path,
                    QCoreApplication::translate("ScenarioReader", "cannot read the file: %1").arg(file.errorString()));
            result = readText(text.bytes, text.room);
        }
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

ScenarioReader::Result ScenarioReader::readText(const QByteArray& bytes, qsizetype room, const Arrived& arrived,
                                                const RunAside& runAside)
{
    try {
        if (bytes.size() > kMaxFileBytes)
            return failure(QString(), tooLarge());
        // All of the text, when it is still arriving; false when less comes.
        const auto whole = [&arrived, &bytes] {
            return !arrived || arrived(std::size_t(bytes.size())) >= std::size_t(bytes.size());
        };
        // The first bytes are looked at for a byte order mark, which is taken off a copy of the text:
        // the text must then have arrived whole.
        if (arrived && (arrived(3) < 3 || bytes.startsWith("\xEF\xBB\xBF")) && !whole())
            return failure(QString(), QCoreApplication::translate("ScenarioReader", "the file could not be read"));
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
            // Later scores of a large file may be read on another thread meanwhile.
            JsonFastReader::Aside aside;
            if (runAside)
                aside.run = [&validator, &runAside](std::function<void(std::size_t)> task) {
                    validator.expectLaterScores();
                    return runAside(std::move(task));
                };
            aside.onItem = [&validator](std::size_t i, const JsonFastReader::Item& item) {
                validator.laterScore(i, item);
            };
            aside.take = [&validator](std::size_t first, std::size_t count) {
                validator.takeLaterScores(first, count);
            };
            const std::optional<JsonValue> root = fast.read(
                text, "scores", mark ? -1 : room,
                [&validator](std::size_t i, const JsonFastReader::Item& item) { validator.streamedScore(i, item); },
                mark ? Arrived() : arrived, mark || !runAside ? nullptr : &aside);
            // JsonParser and the validator read the text whole.
            if (!whole())
                return failure(QString(), QCoreApplication::translate("ScenarioReader", "the file could not be read"));
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
