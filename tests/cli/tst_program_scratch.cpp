// The programs' scratch blocks (app/LargeAllocations.cpp): malloc()'s blocks of 8 MiB to 32 MiB come
// from a few slots reserved first thing in main(), as the programs do it, and are used again, in small
// pages. Qt's PDF writer asks for two such blocks for each page and font it compresses and writes only
// their first few KiB: each document then costs those pages, not a fresh 2 MiB page each time.
#include "LargeAllocations.h"
#include "MappingFlags.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <set>
#include <sys/mman.h>
#include <thread>
#include <vector>

namespace {

constexpr std::size_t kMiB = 1024 * 1024;
// What Qt's PDF writer asks for each of its two buffers, and where it writes the zero that ends one.
constexpr std::size_t kPdfBuffer = 16 * kMiB + 2;
constexpr std::size_t kPdfBufferEnd = 10000000;

bool inReserve(const void* block)
{
    const tp::app::ScratchReserve reserve = tp::app::scratchReserve();
    const auto at = std::uintptr_t(block);
    const auto begin = std::uintptr_t(reserve.begin);
    return reserve.bytes > 0 && at >= begin && at < begin + reserve.bytes;
}

// How many of the reserve's 4 KiB pages are in memory; -1 when unknown.
long residentPages()
{
    const tp::app::ScratchReserve reserve = tp::app::scratchReserve();
    std::vector<unsigned char> pages(reserve.bytes / 4096);
    if (::mincore(const_cast<void*>(reserve.begin), reserve.bytes, pages.data()) != 0)
        return -1;
    long resident = 0;
    for (unsigned char page : pages)
        resident += page & 1;
    return resident;
}

// A buffer used as Qt's PDF writer uses its own: the first `written` bytes, and its ending zero.
void useLikeThePdfWriter(char* block, std::size_t written, char value)
{
    std::memset(block, value, written);
    block[kPdfBufferEnd] = 0;
}

} // namespace

class TestProgramScratch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (tp::app::reservesHeap())
            QVERIFY2(tp::app::scratchReserve().bytes > 0, "no slots reserved");
        else if (QByteArray(QTest::currentTestFunction()) != "aBuildWithoutSlotsKeepsTheLibrarysBlocks")
            QSKIP("no slots in this build: aBuildWithoutSlotsKeepsTheLibrarysBlocks() checks that malloc() is the "
                  "C library's");
    }

    // Where this build keeps the C library's allocator (AddressSanitizer), nothing is reserved and a
    // block of a scratch size is the library's, whole and writable.
    void aBuildWithoutSlotsKeepsTheLibrarysBlocks()
    {
        if (tp::app::reservesHeap())
            return; // the other tests check the slots
        QCOMPARE(tp::app::scratchReserve().bytes, std::size_t(0));
        auto* const block = static_cast<char*>(std::malloc(kPdfBuffer));
        QVERIFY(block != nullptr);
        QVERIFY(!inReserve(block));
        useLikeThePdfWriter(block, 64 * 1024, 3);
        block[kPdfBuffer - 1] = 3;
        QCOMPARE(block[kPdfBuffer - 1], char(3));
        std::free(block);
    }

    // A real document: a report of many pages written with Qt's PDF writer. Its buffers came from the
    // slots, which hold in memory only what was written to them, far less than one large page.
    void aPdfDocumentsBuffersTakeLittleMemory()
    {
        QCOMPARE(residentPages(), 0L);
        QBuffer pdf;
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        {
            QPdfWriter writer(&pdf);
            QPainter painter(&writer);
            for (int page = 0; page < 24; ++page) {
                if (page > 0)
                    QVERIFY(writer.newPage());
                for (int line = 0; line < 60; ++line)
                    painter.drawText(
                        200, 200 + line * 160,
                        QStringLiteral("page %1, line %2: 0123456789 abcdefghijklmnopqrstuvwxyz").arg(page).arg(line));
            }
        }
        QVERIFY(pdf.data().startsWith("%PDF-"));
        QVERIFY(pdf.data().trimmed().endsWith("%%EOF"));
        const long resident = residentPages();
        QVERIFY2(resident > 0, "the PDF writer's buffers did not come from the slots");
        QVERIFY2(resident < long(kMiB / 4096), qPrintable(QString::number(resident)));
    }

    // Freed, the same slots serve the next two blocks, even after the document's own blocks grew in
    // between (what moved Qt's buffers up the heap to untouched pages before).
    void theSameSlotsServeTheNextBlocks()
    {
        char* const first[2] = {static_cast<char*>(std::malloc(kPdfBuffer)),
                                static_cast<char*>(std::malloc(kPdfBuffer))};
        for (char* block : first) {
            QVERIFY(inReserve(block));
            useLikeThePdfWriter(block, 64 * 1024, 1);
        }
        const long resident = residentPages();
        for (char* block : first)
            std::free(block);
        std::vector<void*> grown;
        for (int i = 0; i < 256; ++i)
            grown.push_back(std::malloc(20 * 1024));
        char* const next[2] = {static_cast<char*>(std::malloc(kPdfBuffer)),
                               static_cast<char*>(std::malloc(kPdfBuffer))};
        QCOMPARE((std::set<char*>{next[0], next[1]}), (std::set<char*>{first[0], first[1]}));
        for (char* block : next)
            useLikeThePdfWriter(block, 64 * 1024, 2);
        QCOMPARE(residentPages(), resident);
        for (char* block : next)
            std::free(block);
        for (void* block : grown)
            std::free(block);
    }

    // The slots stay in small pages, also where the system backs every mapping with large ones.
    void theSlotsStayInSmallPages()
    {
        void* const block = std::malloc(kPdfBuffer);
        QVERIFY(inReserve(block));
        const QList<QByteArray> flags = mappingFlags(block).split(' ');
        QVERIFY2(flags.contains("nh") && !flags.contains("hg"), mappingFlags(block).constData());
        std::free(block);
    }

    // A scratch block is an ordinary block: the C library's malloc_usable_size() reads its size, and
    // realloc() keeps its bytes, in its slot or out of it.
    void reallocKeepsTheBytes()
    {
        auto* block = static_cast<unsigned char*>(std::malloc(kPdfBuffer));
        QVERIFY(inReserve(block));
        QVERIFY(malloc_usable_size(block) >= kPdfBuffer);
        for (std::size_t i = 0; i < kMiB; ++i)
            block[i] = static_cast<unsigned char>(i * 7);
        block[kPdfBuffer - 1] = 0xA5;
        auto* grown = static_cast<unsigned char*>(std::realloc(block, 24 * kMiB));
        QVERIFY(grown != nullptr);
        QVERIFY(inReserve(grown));
        QVERIFY(malloc_usable_size(grown) >= 24 * kMiB);
        QCOMPARE(grown[kPdfBuffer - 1], static_cast<unsigned char>(0xA5));
        // The C library's reallocarray() goes through the replaced realloc().
        const auto grownAt = std::uintptr_t(grown);
        grown = static_cast<unsigned char*>(reallocarray(grown, 2, 11 * kMiB));
        QCOMPARE(std::uintptr_t(grown), grownAt);
        QCOMPARE(grown[kPdfBuffer - 1], static_cast<unsigned char>(0xA5));
        auto* shrunk = static_cast<unsigned char*>(std::realloc(grown, kMiB));
        QVERIFY(shrunk != nullptr);
        QVERIFY(!inReserve(shrunk));
        for (std::size_t i = 0; i < kMiB; ++i)
            if (shrunk[i] != static_cast<unsigned char>(i * 7))
                QFAIL(qPrintable(QStringLiteral("byte %1 changed").arg(i)));
        // A block of the C library's that grows to a scratch size stays the library's.
        auto* regrown = static_cast<unsigned char*>(std::realloc(shrunk, 12 * kMiB));
        QVERIFY(regrown != nullptr);
        QVERIFY(!inReserve(regrown));
        QCOMPARE(regrown[kMiB - 1], static_cast<unsigned char>((kMiB - 1) * 7));
        std::free(regrown);
        // Too large for a slot: the C library's.
        void* const huge = std::malloc(40 * kMiB);
        QVERIFY(huge != nullptr);
        QVERIFY(!inReserve(huge));
        std::free(huge);
    }

    // When every slot is held, a block comes from the C library; a slot freed serves again.
    void moreBlocksThanSlotsComeFromTheLibrary()
    {
        std::vector<char*> blocks;
        for (int i = 0; i < 12; ++i) {
            blocks.push_back(static_cast<char*>(std::malloc(8 * kMiB)));
            QVERIFY(blocks.back() != nullptr);
            blocks.back()[0] = char(i);
            blocks.back()[8 * kMiB - 1] = char(i);
        }
        int inSlots = 0;
        for (int i = 0; i < 12; ++i) {
            inSlots += inReserve(blocks[std::size_t(i)]) ? 1 : 0;
            QCOMPARE(blocks[std::size_t(i)][0], char(i));
            QCOMPARE(blocks[std::size_t(i)][8 * kMiB - 1], char(i));
        }
        QCOMPARE(inSlots, 8);
        QVERIFY(!inReserve(blocks.back()));
        std::free(blocks.front());
        void* const again = std::malloc(8 * kMiB);
        QCOMPARE(again, static_cast<void*>(blocks.front()));
        blocks.front() = static_cast<char*>(again);
        for (char* block : blocks)
            std::free(block);
    }

    // Threads taking and freeing blocks at once never hold the same one.
    void threadsNeverShareABlock()
    {
        std::atomic<int> shared{0};
        std::vector<std::thread> threads;
        for (int t = 1; t <= 4; ++t)
            threads.emplace_back([t, &shared] {
                for (int i = 0; i < 400; ++i) {
                    const std::size_t size = (8 + std::size_t((i + t) % 16)) * kMiB;
                    auto* block = static_cast<char*>(std::malloc(size));
                    if (!block) {
                        ++shared;
                        return;
                    }
                    block[0] = char(t);
                    block[size - 1] = char(t);
                    std::this_thread::yield();
                    if (block[0] != char(t) || block[size - 1] != char(t))
                        ++shared;
                    std::free(block);
                }
            });
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(shared.load(), 0);
    }
};

int main(int argc, char* argv[])
{
    tp::app::reserveHeapInLargePages();
    QGuiApplication app(argc, argv);
    TestProgramScratch test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_program_scratch.moc"
