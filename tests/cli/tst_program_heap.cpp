// The programs' heap of small blocks (app/LargeAllocations.cpp): reserved first thing in main(), as
// the programs do it, then grown by the reserve at once and advised to be backed by large pages. And
// the heaps of the threads that make documents (io/ThreadHeap.h), in the same programs.
#include "LargeAllocations.h"
#include "MappingFlags.h"
#include "io/LargePages.h"
#include "io/ThreadHeap.h"
#include "report/DocumentJobs.h"

#include <QTest>

#include <atomic>
#include <chrono>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

constexpr std::ptrdiff_t kMiB = 1024 * 1024;

// How many of `count` blocks of 4 KiB, allocated by the calling thread, lie in a mapping that asks for
// large pages ("hg"): 1 MiB, more than a heap's start holds before its first large page.
int blocksInLargePages(int count = 256)
{
    std::vector<char*> blocks;
    int advised = 0;
    for (int i = 0; i < count; ++i) {
        blocks.push_back(static_cast<char*>(std::malloc(4096)));
        if (!blocks.back())
            return -1;
        if (mappingFlags(blocks.back()).split(' ').contains("hg"))
            ++advised;
    }
    for (char* block : blocks)
        std::free(block);
    return advised;
}

// The break of the heap before and after the programs' call at the start of main(), and the free
// space at the top of the heap after it.
const char* g_before = nullptr;
std::thread::id g_main;
const char* g_after = nullptr;
std::size_t g_topFree = 0;

} // namespace

class TestProgramHeap : public QObject
{
    Q_OBJECT

private slots:
    // Where this build does not reserve the heap (app/LargeAllocations.h), the call leaves it as it was.
    void theHeapGrowsByTheReserveAtOnce()
    {
        if (!tp::app::reservesHeap()) {
            QCOMPARE(std::uintptr_t(g_after), std::uintptr_t(g_before));
            return;
        }
        // The heap grew by the whole reserve at once (less the room it had left at its top, under the
        // 64 KiB block that made it grow), and the reserve lies free at the top of the heap, ready for the
        // blocks to come, from the heap's first large page on: the part before it, up to 2 MiB wherever
        // the heap happens to start, is held (theFirstBlocksLieInTheAdvisedReserve()).
        QVERIFY2(g_after - g_before >= 64 * kMiB - 64 * 1024, qPrintable(QString::number(g_after - g_before)));
        const std::uintptr_t firstLargePage = tp::largePageFrom(std::uintptr_t(g_before));
        const std::size_t aboveFirstLargePage = std::uintptr_t(g_after) - firstLargePage;
        QVERIFY2(g_topFree + 4096 >= aboveFirstLargePage,
                 qPrintable(QStringLiteral("%1 free of %2").arg(g_topFree).arg(aboveFirstLargePage)));
    }

    // Blocks below malloc's threshold for mappings of their own come from the heap: 8 MiB of them lie
    // in the reserve, in a mapping that asks for large pages ("hg"), and keep what is written to them.
    void smallBlocksLieInTheAdvisedReserve()
    {
        if (!tp::app::reservesHeap())
            QSKIP("no reserve in this build: theHeapGrowsByTheReserveAtOnce() checks that the heap was left alone");
        constexpr std::size_t kBlock = 64 * 1024;
        std::vector<char*> blocks;
        for (int i = 0; i < 128; ++i) {
            blocks.push_back(static_cast<char*>(std::malloc(kBlock)));
            QVERIFY(blocks.back() != nullptr);
            std::memset(blocks.back(), i, kBlock);
        }
        const char* last = blocks.back();
        QVERIFY(last >= g_before && last < g_after);
        const QByteArray flags = mappingFlags(last);
        QVERIFY2(!flags.isEmpty(), "no VmFlags for the block in /proc/self/smaps");
        QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
        for (int i = 0; i < 128; ++i)
            QCOMPARE(blocks[std::size_t(i)][kBlock - 1], char(i));
        for (char* block : blocks)
            std::free(block);
    }

    // The heap's start, below its first large page, is held by one block: the first blocks a program
    // allocates lie in the advised reserve, not in 4 KiB pages at the heap's start. Pages of 4 KiB
    // cost a fault each when first written; a large evaluation once wrote 1.5 MiB of its blocks there.
    void theFirstBlocksLieInTheAdvisedReserve()
    {
        if (!tp::app::reservesHeap())
            QSKIP("no reserve in this build: theHeapGrowsByTheReserveAtOnce() checks that the heap was left alone");
        // A few may reuse blocks freed before (the test's own start).
        const int advised = blocksInLargePages();
        QVERIFY2(advised >= 256 - 16, qPrintable(QString::number(advised)));
    }

    // A thread that advises its heap first thing allocates its blocks in large pages too, past the
    // start of its own heap. Two threads in turn: the second is given the heap the first left, with
    // free blocks before the first's last ones.
    void aThreadsBlocksLieInItsAdvisedHeap()
    {
        if (!tp::app::reservesHeap())
            QSKIP("no reserve in this build: the threads' heaps grow a page at a time and are left alone");
        for (int turn = 0; turn < 2; ++turn) {
            bool advisedHeap = false;
            int advised = -1;
            const void* block = nullptr;
            std::thread([&] {
                advisedHeap = tp::adviseThreadHeap();
                // A block freed before the last ones: the next thread's first blocks may come from there.
                std::vector<char*> kept;
                for (int i = 0; i < 64; ++i)
                    kept.push_back(static_cast<char*>(std::malloc(std::size_t(1 + i % 4) * 24 * 1024)));
                for (std::size_t i = 0; i < kept.size(); i += 2)
                    std::free(kept[i]);
                advised = blocksInLargePages();
                for (std::size_t i = 1; i < kept.size(); i += 2)
                    std::free(kept[i]);
                void* probe = std::malloc(64);
                block = probe;
                std::free(probe);
            }).join();
            QVERIFY2(advisedHeap, qPrintable(QStringLiteral("turn %1").arg(turn)));
            QVERIFY2(advised >= 256 - 16, qPrintable(QStringLiteral("turn %1: %2").arg(turn).arg(advised)));
            // Not the programs' main heap: a heap of the thread's own.
            QVERIFY(!(block >= g_before && block < g_after));
        }
    }

    // The documents' helper threads (report/DocumentJobs.h) hold one: every job, on whichever thread
    // it runs, allocates in large pages.
    void theDocumentsThreadsAllocateInLargePages()
    {
        if (!tp::app::reservesHeap())
            QSKIP("no reserve in this build: the threads' heaps grow a page at a time and are left alone");
        // Each job waits until the other has started, so that each thread takes one.
        std::atomic<int> started{0};
        QList<tp::report::DocumentJobs::Job> jobs;
        for (int i = 0; i < 2; ++i)
            jobs.append([&started]() -> QByteArray {
                ++started;
                for (int wait = 0; started < 2 && wait < 10000; ++wait)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                const int advised = blocksInLargePages();
                return QByteArray::number(advised) + (std::this_thread::get_id() == g_main ? " main" : " helper");
            });
        const QList<QByteArray> results = tp::report::DocumentJobs::run(jobs, 2);
        QCOMPARE(results.size(), 2);
        bool helped = false;
        for (const QByteArray& result : results) {
            QVERIFY2(result.split(' ').first().toInt() >= 256 - 16, result.constData());
            helped = helped || result.endsWith("helper");
        }
        QVERIFY2(helped, "no job ran on a helper thread");
    }

    // A second call finds the reserve in place and leaves the heap as it is.
    void aSecondCallChangesNothing()
    {
        const char* const before = static_cast<char*>(sbrk(0));
        tp::app::reserveHeapInLargePages();
        QCOMPARE(std::uintptr_t(sbrk(0)), std::uintptr_t(before));
    }
};

int main(int argc, char* argv[])
{
    g_before = static_cast<char*>(sbrk(0));
    tp::app::reserveHeapInLargePages();
    g_main = std::this_thread::get_id();
    g_after = static_cast<char*>(sbrk(0));
#ifdef __GLIBC__
    g_topFree = mallinfo2().keepcost;
#endif
    TestProgramHeap test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_program_heap.moc"
