#pragma once

#include <cstddef>

namespace tp {

// Asks the system to back the whole 2 MiB pages inside [data, data + size) with large pages (Linux:
// transparent huge pages on request). Filling megabytes of fresh memory then costs a page fault
// every 2 MiB rather than every 4 KiB. Advice only: nothing changes where the system declines or
// has no such pages.
void adviseLargePages(void* data, std::size_t size);

} // namespace tp
