// The programs' allocation function (app/LargeAllocations.cpp, linked into this test as into the
// programs): large blocks on large pages, advised; everything else as the standard library does it.
#include "MappingFlags.h"
#include "io/LargePages.h"

#include <QTest>

#include <cstdint>
#include <cstring>
#include <malloc.h>
#include <memory>
#include <new>
#include <vector>

namespace {

constexpr std::size_t kMiB = 1024 * 1024;

bool onLargePage(const void* block)
{
    return std::uintptr_t(block) % tp::kLargePageBytes == 0;
}

// More than any allocation can get; read at run time, so that the compiler does not refuse the call.
volatile std::size_t g_impossible = std::size_t(-1) - 1024;

int g_handlerCalls = 0;

void countingHandler()
{
    ++g_handlerCalls;
    std::set_new_handler(nullptr); // the next failure throws
}

} // namespace

class TestProgramAllocation : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksStartOnALargePage_data()
    {
        QTest::addColumn<qulonglong>("size");
        QTest::newRow("512 KiB") << qulonglong(kMiB / 2);
        QTest::newRow("a 150,000-cell table of scores") << qulonglong(150000) * 8;
        QTest::newRow("2 MiB") << qulonglong(2 * kMiB);
        QTest::newRow("3 MiB and a byte") << qulonglong(3 * kMiB + 1);
        QTest::newRow("a 13.7 MB scenario's index") << qulonglong(13734141) * 4;
    }

    void largeBlocksStartOnALargePage()
    {
#ifdef __SANITIZE_ADDRESS__
        QSKIP("AddressSanitizer keeps its own allocator");
#endif
        QFETCH(qulonglong, size);
        const std::unique_ptr<char[]> block(new char[size]);
        QVERIFY(onLargePage(block.get()));
        // Usable to its last byte.
        std::memset(block.get(), 0x5a, size);
        QCOMPARE(block[size - 1], char(0x5a));
        std::vector<std::uint32_t> index(size / 4, 7u);
        QVERIFY(onLargePage(index.data()));
        QCOMPARE(index.back(), 7u);
#ifdef __linux__
        // Advised: the mapping that holds the block asks for large pages ("hg").
        const QByteArray flags = mappingFlags(block.get());
        if (flags.isEmpty())
            QSKIP("no /proc/self/smaps");
        QVERIFY2(flags.split(' ').contains("hg"), flags.constData());
#endif
    }

    void smallBlocksAreOrdinary()
    {
        // Below 512 KiB: no rounding, no advice; the memory is the standard library's.
        std::vector<std::unique_ptr<char[]>> blocks;
        for (std::size_t size : {std::size_t(1), std::size_t(100), std::size_t(64 * 1024), kMiB / 2 - 1})
            blocks.emplace_back(new char[size]());
        for (const auto& block : blocks)
            QCOMPARE(block[0], char(0));
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
        // Not rounded up to a large page: the block just below the threshold holds about its size, the
        // one at the threshold a whole large page.
        QVERIFY(malloc_usable_size(blocks.back().get()) < kMiB);
        const std::unique_ptr<char[]> atThreshold(new char[kMiB / 2]);
        QVERIFY(malloc_usable_size(atThreshold.get()) >= tp::kLargePageBytes);
#endif
        const std::unique_ptr<char> empty(static_cast<char*>(::operator new(0)));
        QVERIFY(empty != nullptr);
    }

    void anImpossibleSizeIsBadAlloc()
    {
        const std::size_t impossible = g_impossible;
        bool thrown = false;
        try {
            ::operator delete(::operator new(impossible));
        } catch (const std::bad_alloc&) {
            thrown = true;
        }
        QVERIFY(thrown);
        QCOMPARE(::operator new(impossible, std::nothrow), nullptr);
        QCOMPARE(::operator new[](impossible, std::nothrow), nullptr);
    }

    void theNewHandlerIsCalledBeforeGivingUp()
    {
        g_handlerCalls = 0;
        std::set_new_handler(countingHandler);
        bool thrown = false;
        try {
            ::operator delete(::operator new(g_impossible));
        } catch (const std::bad_alloc&) {
            thrown = true;
        }
        std::set_new_handler(nullptr);
        QVERIFY(thrown);
        QCOMPARE(g_handlerCalls, 1);
    }

    void preparingABufferKeepsItsContents()
    {
        // Any address and length, inside a larger block: what is written stays as written.
        std::vector<unsigned char> buffer(5 * kMiB + 123);
        for (std::size_t i = 0; i < buffer.size(); ++i)
            buffer[i] = static_cast<unsigned char>(i * 31 + 7);
        tp::prepareLargeBuffer(buffer.data() + 17, buffer.size() - 4096);
        tp::prepareLargeBuffer(buffer.data() + 3 * kMiB + 5, 10);
        tp::prepareLargeBuffer(buffer.data(), 0);
        tp::adviseLargePages(buffer.data() + 1, buffer.size() - 1);
        for (std::size_t i = 0; i < buffer.size(); ++i)
            if (buffer[i] != static_cast<unsigned char>(i * 31 + 7))
                QFAIL(qPrintable(QStringLiteral("byte %1 changed").arg(i)));
    }
};

QTEST_GUILESS_MAIN(TestProgramAllocation)
#include "tst_program_allocation.moc"
