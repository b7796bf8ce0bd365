// The program's allocation function (the C++ replaceable operator new): large blocks in large pages.
//
// The scenario reader's JSON parser (simdjson) and the standard containers allocate their buffers with
// operator new, where no caller can ask for large pages (io/LargePages.h). Replaced here, in the program
// itself, it serves every library and module the program loads: a block of at least
// kLargeAllocationBytes starts on a large page, is rounded up to whole large pages and is advised to be
// backed by them, so filling it costs a page fault every 2 MiB rather than every 4 KiB. Smaller blocks are
// allocated as before. A large page that is never touched costs nothing; one that is touched holds 2 MiB
// whatever part of it the block uses, so a block of 512 KiB, the least rounded up, may hold four times
// its size. From that size on, the faults saved (128 and more, each a trap into the system, far dearer on
// a virtual machine than clearing the page) are worth that memory: the tables of a large evaluation's
// scores are of this size, a few per command.
//
// operator new[] and the nothrow forms call this one (the standard library's own definitions); the
// blocks are released with free(), which is what the replaced operator delete calls.
//
// Not under AddressSanitizer, which must keep its own allocator to check every allocation.
//
// The heap of small blocks (malloc's main arena, grown with brk) is the other half: FreeType's tables of
// the CJK fonts, Qt's objects and strings, SQLite's page cache and the parsed scenario are small blocks,
// and the heap that holds them grew a page at a time, each new 4 KiB page a fault when first written.
// reserveHeapInLargePages() has the allocator grow the heap once by 64 MiB, which costs address space
// only, and advises that range to be backed by large pages: the heap's first writes then fault every
// 2 MiB. Each large page touched holds 2 MiB, so a process holds a few MiB more at its peak; and the
// allocator keeps up to 64 MiB of freed memory at the top of the heap, as its own adaptive threshold
// lets it do after large blocks are freed.
#include "LargeAllocations.h"

#include "io/LargePages.h"

#include <cstdint>
#include <cstdlib>
#include <new>

// The heap is reserved with the GNU C library's own allocator on Linux.
#if !defined(TP_KEEP_STANDARD_ALLOCATOR) && defined(__linux__) && defined(__GLIBC__)
#define TP_RESERVE_HEAP
#include <malloc.h>
#include <unistd.h>
#endif

#ifndef TP_KEEP_STANDARD_ALLOCATOR

namespace {

constexpr std::size_t kLargeAllocationBytes = tp::kLargePageBytes / 4; // 512 KiB

void* allocate(std::size_t size)
{
    if (size < kLargeAllocationBytes)
        return std::malloc(size == 0 ? 1 : size);
    if (size > std::size_t(-1) - tp::kLargePageBytes)
        return nullptr;
    const std::size_t rounded = (size + tp::kLargePageBytes - 1) & ~(tp::kLargePageBytes - 1);
    void* block = std::aligned_alloc(tp::kLargePageBytes, rounded);
    if (block)
        tp::adviseLargePages(block, rounded);
    return block;
}

} // namespace

void* operator new(std::size_t size)
{
    for (;;) {
        if (void* block = allocate(size))
            return block;
        const std::new_handler handler = std::get_new_handler();
        if (!handler)
            throw std::bad_alloc();
        handler();
    }
}

void operator delete(void* block) noexcept
{
    std::free(block);
}

void operator delete(void* block, std::size_t) noexcept
{
    std::free(block);
}

#endif // TP_KEEP_STANDARD_ALLOCATOR

bool tp::app::reservesHeap()
{
#ifdef TP_RESERVE_HEAP
    return true;
#else
    return false;
#endif
}

void tp::app::reserveHeapInLargePages()
{
#ifdef TP_RESERVE_HEAP
    constexpr std::size_t kReserve = std::size_t(64) * 1024 * 1024;
    // Each time the heap grows from now on, it grows by this much more than it needs. Setting it also
    // fixes the size from which a block gets a mapping of its own at the library's 128 KiB, where it
    // would otherwise rise after such blocks are freed (no more mappings made and released for it in
    // the documents or the GUI's start: counted with strace).
    if (mallopt(M_TOP_PAD, int(kReserve)) == 0)
        return;
    char* const before = static_cast<char*>(sbrk(0));
    if (before == reinterpret_cast<char*>(-1))
        return;
    // Blocks small enough to come from the heap, until the heap grows: the first that does not fit in
    // what the heap has left makes it grow.
    constexpr int kMaxBlocks = 64;
    void* blocks[kMaxBlocks];
    int count = 0;
    while (count < kMaxBlocks && static_cast<char*>(sbrk(0)) == before) {
        blocks[count] = std::malloc(64 * 1024);
        if (!blocks[count])
            break;
        ++count;
    }
    char* const after = static_cast<char*>(sbrk(0));
    for (int i = 0; i < count; ++i)
        std::free(blocks[i]);
    if (after <= before)
        return;
    tp::adviseLargePages(before, std::size_t(after - before));
    // The heap's start, up to its first large page, cannot be backed by large pages (a large page
    // starts on a multiple of its size): the blocks the heap would put there first, up to 2 MiB of
    // them, would cost a fault every 4 KiB, about as many as all the rest of a large evaluation. A
    // block that fills that part is held for the process's life instead; its memory is never written,
    // so it costs address space only.
    tp::holdHeapBefore(tp::nextHeapBlock(), tp::largePageFrom(std::uintptr_t(before)));
#endif
}
