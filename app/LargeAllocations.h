#pragma once

// The programs' memory in large pages (app/LargeAllocations.cpp).

#include <cstddef>

namespace tp::app {

// Called first in main(), before the program allocates much: the heap that the C library's allocator
// grows for small blocks is reserved in one step of 64 MiB and advised to be backed by large pages, and
// the slots of scratchReserve() are reserved. Nothing changes where the system declines, and under
// AddressSanitizer.
void reserveHeapInLargePages();

// Whether this build's reserveHeapInLargePages() reserves the heap: with the GNU C library's own
// allocator on Linux, which AddressSanitizer replaces. Elsewhere the call does nothing.
bool reservesHeap();

// The slots that malloc()'s blocks of 8 MiB to 32 MiB come from (app/LargeAllocations.cpp), reserved
// by reserveHeapInLargePages(): empty before, where the reserve failed, and where this build keeps the
// C library's allocator.
struct ScratchReserve
{
    const void* begin = nullptr;
    std::size_t bytes = 0;
};
ScratchReserve scratchReserve();

} // namespace tp::app
