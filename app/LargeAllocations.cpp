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
//
// Scratch blocks, the third part: malloc() itself is replaced for blocks of 8 MiB up to 32 MiB. Qt's
// PDF writer compresses each page and each font it embeds through two such buffers (16 MiB each, asked
// of malloc()), and writes only the stream, a few tens of KiB, and the zero that ends each buffer
// 10 MB in. Taken from the top of the heap, where they moved up as the document's own blocks grew,
// they kept landing on large pages not yet touched, a 2 MiB page cleared for a few KiB written: 11 of
// the 17 large pages that the three documents of a large negotiation cleared. Clearing fresh memory is
// slow on a virtual machine whose host has just taken it back (right after another program freed much
// of it), and it was most of what the documents then lost. Such blocks now come from eight slots
// reserved once (address space only) and advised to stay in small pages; a freed slot keeps its pages
// for the next block, so a buffer barely written costs its few pages once. A block filled whole would
// cost a fault every 4 KiB the first time its slot is used; none of the programs' own blocks is that
// large (logged over the whole test suite, the only ones were Qt's). Other sizes, and the other
// allocation functions (calloc, aligned_alloc, ...), are the C library's own; free() and realloc() tell
// the slots' blocks by their address. The slots are reserved with the heap, at the start of main(): one
// mapping and its advice, a few microseconds, which keeps the replaced malloc() free of a first-use
// check.
//
// A memory profiler that preloads its own malloc() does not see the programs' allocations (the
// programs' own definitions come first): build with -DTP_KEEP_STANDARD_ALLOCATOR, as AddressSanitizer
// builds are, to keep the C library's allocator.
#include "LargeAllocations.h"

#include "io/LargePages.h"

#include <cstdint>
#include <cstdlib>
#include <new>

// The heap is reserved with the GNU C library's own allocator on Linux.
#if !defined(TP_KEEP_STANDARD_ALLOCATOR) && defined(__linux__) && defined(__GLIBC__)
#define TP_RESERVE_HEAP
#include <algorithm>
#include <atomic>
#include <cstring>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#ifdef TP_RESERVE_HEAP

// The C library's own allocation functions, which the replaced ones below call (the GNU C library
// exports them for this; its manual, "Replacing malloc").
extern "C" {
void* __libc_malloc(std::size_t size);
void __libc_free(void* block);
void* __libc_realloc(void* block, std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
}

namespace {

// The scratch slots (see the top of this file).
constexpr std::size_t kSlotBytes = std::size_t(32) * 1024 * 1024;
constexpr int kSlots = 8;
// The C library's header of a block mapped on its own: the size it spans, flagged as mapped. Written
// before each scratch block, so that malloc_usable_size(), which is the library's, reads it right.
constexpr std::size_t kChunkHeader = 2 * sizeof(std::size_t);
constexpr std::size_t kMappedFlag = 2;
constexpr std::size_t kScratchMinBytes = std::size_t(8) * 1024 * 1024;
constexpr std::size_t kScratchMaxBytes = kSlotBytes - kChunkHeader;

// Set once by reserveHeapInLargePages(), at the start of main(); null until then, and where the
// reserve failed: then every block is the C library's.
std::atomic<char*> g_slots{nullptr};
std::atomic<bool> g_slotUsed[kSlots];
std::size_t g_slotSize[kSlots]; // the size asked for, written and read by the slot's holder only

// The slot whose block is `block`, or -1 for a block of the C library's.
int slotOf(const void* block)
{
    const auto at = reinterpret_cast<std::uintptr_t>(block);
    const auto begin = reinterpret_cast<std::uintptr_t>(g_slots.load(std::memory_order_acquire));
    if (begin == 0 || at < begin || at >= begin + kSlots * kSlotBytes)
        return -1;
    return int((at - begin) / kSlotBytes);
}

// A free slot's block, now the caller's; null when all are held. The slot keeps the pages its blocks
// touched before: Qt asks for the same size again for each page and font.
void* takeSlot(char* slots, std::size_t size)
{
    for (int slot = 0; slot < kSlots; ++slot) {
        bool used = false;
        if (g_slotUsed[slot].compare_exchange_strong(used, true, std::memory_order_acquire)) {
            g_slotSize[slot] = size;
            char* const header = slots + std::size_t(slot) * kSlotBytes;
            const std::size_t words[2] = {0, kSlotBytes | kMappedFlag};
            std::memcpy(header, words, sizeof words);
            return header + kChunkHeader;
        }
    }
    return nullptr;
}

// Once: blocks already taken keep the slots they were taken from. The slots are advised to stay in
// small pages, also where the system would otherwise back every mapping with large ones.
void reserveScratchSlots()
{
    if (g_slots.load(std::memory_order_acquire))
        return;
    const std::size_t bytes = kSlots * kSlotBytes;
    void* const reserve =
        ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (reserve == MAP_FAILED)
        return;
    ::madvise(reserve, bytes, MADV_NOHUGEPAGE);
    g_slots.store(static_cast<char*>(reserve), std::memory_order_release);
}

} // namespace

extern "C" {

void* malloc(std::size_t size)
{
    if (size >= kScratchMinBytes && size <= kScratchMaxBytes)
        if (char* const slots = g_slots.load(std::memory_order_acquire))
            if (void* block = takeSlot(slots, size))
                return block;
    return __libc_malloc(size);
}

void free(void* block)
{
    const int slot = slotOf(block);
    if (slot < 0)
        __libc_free(block);
    else
        g_slotUsed[slot].store(false, std::memory_order_release);
}

void* realloc(void* block, std::size_t size)
{
    const int slot = slotOf(block);
    if (slot < 0)
        return __libc_realloc(block, size);
    if (size >= kScratchMinBytes && size <= kScratchMaxBytes) {
        g_slotSize[slot] = size;
        return block;
    }
    void* const moved = __libc_malloc(size == 0 ? 1 : size);
    if (!moved)
        return nullptr; // the block stays as it was, as realloc() promises
    std::memcpy(moved, block, std::min(size, g_slotSize[slot]));
    free(block);
    return moved;
}

void* calloc(std::size_t count, std::size_t size)
{
    return __libc_calloc(count, size);
}

} // extern "C"

#endif // TP_RESERVE_HEAP

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

tp::app::ScratchReserve tp::app::scratchReserve()
{
#ifdef TP_RESERVE_HEAP
    if (const char* slots = g_slots.load(std::memory_order_acquire))
        return {slots, kSlots * kSlotBytes};
#endif
    return {};
}

void tp::app::reserveHeapInLargePages()
{
#ifdef TP_RESERVE_HEAP
    reserveScratchSlots();
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
