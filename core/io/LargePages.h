#pragma once

// Large pages for large buffers. Plain C++: the command-line program, which has no Qt, uses them too.
//
// Memory a process touches for the first time costs a page fault per page; on a virtual machine each
// fault is expensive. A buffer of megabytes filled at once (a file read into memory, the parser's index
// of it, a table of scores) thus spends much of its time in faults of 4 KiB pages. Backed by 2 MiB pages
// (Linux: transparent huge pages, on request), the same buffer costs a fault every 2 MiB.

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#ifdef __linux__
#include <sys/mman.h>
#endif

// Defined where AddressSanitizer replaces the C library's allocator, which it needs to check every
// allocation: the programs then leave the allocator and its heaps as they are.
#if defined(__SANITIZE_ADDRESS__)
#define TP_KEEP_STANDARD_ALLOCATOR
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TP_KEEP_STANDARD_ALLOCATOR
#endif
#endif

namespace tp {

inline constexpr std::size_t kLargePageBytes = std::size_t(2) * 1024 * 1024;

// The first large page at or after `address`.
inline std::uintptr_t largePageFrom(std::uintptr_t address)
{
    return (address + kLargePageBytes - 1) & ~std::uintptr_t(kLargePageBytes - 1);
}

// Where the calling thread's heap of small blocks puts its next block: a block of 64 KiB, under the size
// from which a block is mapped apart, comes from the top of the heap where the heap has that room.
// 0 when none can be allocated.
// The block's address is only compared afterwards, never used to reach memory.
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuse-after-free"
#endif
inline std::uintptr_t nextHeapBlock()
{
    void* const probe = std::malloc(64 * 1024);
    const std::uintptr_t next = std::uintptr_t(probe);
    std::free(probe);
    return next;
}
#if defined(__GNUC__) && !defined(__clang__) && __GNUC__ >= 12
#pragma GCC diagnostic pop
#endif

// A heap's part from `next` (nextHeapBlock(), just before) up to `firstLargePage`, which cannot be backed
// by large pages, held for the process's life by one block that is never written (address space only):
// the blocks the heap would have put there, a fault every 4 KiB, go past it. Nothing is held where the
// heap would put that block elsewhere.
inline void holdHeapBefore(std::uintptr_t next, std::uintptr_t firstLargePage)
{
    constexpr std::uintptr_t kBlockHeader = 64; // more than the allocator's own: the block ends before
    if (next == 0 || next + kBlockHeader >= firstLargePage)
        return;
    void* const head = std::malloc(firstLargePage - next - kBlockHeader);
    if (head && std::uintptr_t(head) != next)
        std::free(head); // put elsewhere: it would hold nothing
}

// Asks the system to back the whole large pages inside [data, data + size) with large pages. Advice
// only: nothing changes where the system declines or has no such pages.
inline void adviseLargePages(void* data, std::size_t size)
{
#ifdef __linux__
    const std::uintptr_t begin = largePageFrom(std::uintptr_t(data));
    const std::uintptr_t end = (std::uintptr_t(data) + size) & ~std::uintptr_t(kLargePageBytes - 1);
    if (end > begin)
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)size;
#endif
}

// For a buffer that is about to be written whole: large pages as above, and every page of
// [data, data + size) made present at once, in one call rather than one fault per page. Nothing
// changes where the system cannot (before Linux 5.14, or out of memory: the pages then come one
// fault at a time as the buffer is written, as without this call).
inline void prepareLargeBuffer(void* data, std::size_t size)
{
    adviseLargePages(data, size);
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
    constexpr std::uintptr_t kPage = 4096;
    const std::uintptr_t begin = std::uintptr_t(data) & ~(kPage - 1);
    const std::uintptr_t end = (std::uintptr_t(data) + size + kPage - 1) & ~(kPage - 1);
    if (size > 0)
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_POPULATE_WRITE);
#endif
}

} // namespace tp
