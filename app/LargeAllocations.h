#pragma once

// The programs' memory in large pages (app/LargeAllocations.cpp).

namespace tp::app {

// Called first in main(), before the program allocates much: the heap that the C library's allocator
// grows for small blocks is reserved in one step of 64 MiB and advised to be backed by large pages.
// Nothing changes where the system declines, and under AddressSanitizer.
void reserveHeapInLargePages();

// Whether this build's reserveHeapInLargePages() reserves the heap: with the GNU C library's own
// allocator on Linux, which AddressSanitizer replaces. Elsewhere the call does nothing.
bool reservesHeap();

} // namespace tp::app
