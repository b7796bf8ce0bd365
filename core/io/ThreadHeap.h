#pragma once

// A thread's own heap of small blocks in large pages (io/LargePages.h).

namespace tp {

// Held by a thread, from its start, that will allocate megabytes of small blocks: a document's text,
// its fonts as the thread loads them, its pages.
//
// The GNU C library gives each further thread that allocates a heap of its own (an arena), apart from
// the main heap the programs reserve in large pages at their start (app/LargeAllocations.h). That heap
// is mapped whole when the program has the allocator grow by its reserve, and then fills in pages of
// 4 KiB, a fault each when first written: a thread making the report's pages wrote about 3.7 MiB there,
// 940 faults. Made at the thread's start, this object advises the mapping that holds the thread's next
// block to be backed by large pages from its first large page on, and holds the part before it with one
// block that is never written, so that the thread's blocks start there.
//
// Nothing changes where the system declines, where the heap is not mapped ahead (the programs' reserve
// not set), or under AddressSanitizer, which keeps its own allocator. The block is released with the
// object; the heap, which the allocator keeps for the next thread, stays advised.
class ThreadHeapInLargePages
{
public:
    ThreadHeapInLargePages();
    ~ThreadHeapInLargePages();
    ThreadHeapInLargePages(const ThreadHeapInLargePages&) = delete;
    ThreadHeapInLargePages& operator=(const ThreadHeapInLargePages&) = delete;

    // Whether the thread's heap was advised.
    bool advised() const { return m_advised; }

private:
    void* m_head = nullptr;
    bool m_advised = false;
};

} // namespace tp
