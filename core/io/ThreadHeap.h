#pragma once

// A thread's own heap of small blocks in large pages (io/LargePages.h).

namespace tp {

// Called first thing by a thread that will allocate megabytes of small blocks: a document's text, its
// fonts as the thread loads them, its pages. Returns whether the thread's heap is advised.
//
// The GNU C library gives each further thread that allocates a heap of its own (an arena), apart from
// the main heap the programs reserve in large pages at their start (app/LargeAllocations.h). That heap
// is mapped whole when the program has the allocator grow by its reserve, and then fills in pages of
// 4 KiB, a fault each when first written: a thread making the report's pages wrote about 3.7 MiB there,
// 940 faults. This advises the mapping that holds the thread's next block to be backed by large pages,
// from its first large page on, and holds the part before it with one block that is never written, for
// the process's life (address space only, under 2 MiB), so that the thread's blocks start past it.
//
// The allocator gives a heap whose thread has ended to the next thread that needs one: a heap advised
// for a thread before, whose start is thus already held, is left as it is.
//
// Nothing changes where the system declines, where the heap is not mapped ahead (the programs' reserve
// not set), or under AddressSanitizer, which keeps its own allocator.
bool adviseThreadHeap();

} // namespace tp
