// The programs' heap of small blocks (app/LargeAllocations.cpp): reserved first thing in main(), as
// the programs do it, then grown by the reserve at once and advised to be backed by large pages.
#include "LargeAllocations.h"
#include "MappingFlags.h"

#include <QTest>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr std::ptrdiff_t kMiB = 1024 * 1024;

// The break of the heap before and after the programs' call at the start of main(), and the free
// space at the top of the heap after it.
const char* g_before = nullptr;
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
        // The reserve lies free at the top of the heap, ready for the blocks to come, but for the part
        // before the heap's first large page (theFirstBlocksLieInTheAdvisedReserve()).
        QVERIFY2(g_topFree >= std::size_t(62 * kMiB), qPrintable(QString::number(g_topFree)));
        QVERIFY(g_after - g_before >= 32 * kMiB);
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
        constexpr int kBlocks = 256; // 1 MiB, more than the heap's start holds free before its first large page
        std::vector<char*> blocks;
        int advised = 0;
        for (int i = 0; i < kBlocks; ++i) {
            blocks.push_back(static_cast<char*>(std::malloc(4096)));
            QVERIFY(blocks.back() != nullptr);
            if (mappingFlags(blocks.back()).split(' ').contains("hg"))
                ++advised;
        }
        for (char* block : blocks)
            std::free(block);
        // A few may reuse blocks freed before (the test's own start).
        QVERIFY2(advised >= kBlocks - 16, qPrintable(QString::number(advised)));
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
    g_after = static_cast<char*>(sbrk(0));
#ifdef __GLIBC__
    g_topFree = mallinfo2().keepcost;
#endif
    TestProgramHeap test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_program_heap.moc"
