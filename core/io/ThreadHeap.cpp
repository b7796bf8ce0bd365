#include "ThreadHeap.h"

#include "LargePages.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <mutex>

// The thread heaps of the GNU C library's own allocator on Linux; AddressSanitizer replaces it.
#if defined(__linux__) && defined(__GLIBC__) && !defined(TP_KEEP_STANDARD_ALLOCATOR)
#define TP_THREAD_HEAP
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#ifdef TP_THREAD_HEAP

namespace {

struct Range
{
    std::uintptr_t begin = 0;
    std::uintptr_t end = 0;
};

// A hexadecimal number from `text` up to `stop`; false when there is none or it overflows.
bool readHex(const char*& text, const char* end, char stop, std::uintptr_t& value)
{
    value = 0;
    const char* const first = text;
    for (; text < end && *text != stop; ++text) {
        const char c = *text;
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else
            return false;
        if (value > (~std::uintptr_t(0) >> 4))
            return false;
        value = (value << 4) | std::uintptr_t(digit);
    }
    if (text == first || text == end)
        return false;
    ++text;
    return true;
}

// The mapping of this process that holds `address`, from /proc/self/maps: one line per mapping,
// "begin-end perms …" in hexadecimal, in the order of their addresses. Empty when no mapping holds
// it or the list cannot be read. Read in steps, and only as far as the address.
Range mappingHolding(std::uintptr_t address)
{
    const int fd = ::open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buffer[4096];
    std::size_t held = 0; // bytes at the buffer's start, the beginning of a line
    Range found;
    for (bool done = false; !done;) {
        const ssize_t count = ::read(fd, buffer + held, sizeof buffer - held);
        if (count <= 0)
            break;
        held += std::size_t(count);
        std::size_t line = 0;
        for (std::size_t i = 0; i < held && !done; ++i) {
            if (buffer[i] != '\n')
                continue;
            const char* text = buffer + line;
            const char* const end = buffer + i;
            Range range;
            if (readHex(text, end, '-', range.begin) && readHex(text, end, ' ', range.end)) {
                if (address < range.begin)
                    done = true; // past it: no mapping holds it
                else if (address < range.end) {
                    found = range;
                    done = true;
                }
            }
            line = i + 1;
        }
        if (line == 0 && held == sizeof buffer)
            break; // a line longer than the buffer: not a list of mappings
        std::memmove(buffer, buffer + line, held - line);
        held -= line;
    }
    ::close(fd);
    return found;
}

} // namespace

#endif // TP_THREAD_HEAP

bool tp::adviseThreadHeap()
{
#ifdef TP_THREAD_HEAP
    const std::uintptr_t next = nextHeapBlock();
    if (next == 0)
        return false;

    // The heaps advised so far, from the block that holds their start to their end. A program has a few,
    // no more than are kept here: one beyond would be advised again, to no effect. Nothing is allocated
    // here, where the thread's next block must stay where the probe found it.
    static std::mutex mutex;
    static Range advised[16];
    static std::size_t count = 0;
    const std::lock_guard<std::mutex> lock(mutex);
    for (std::size_t i = 0; i < count; ++i)
        if (next >= advised[i].begin && next < advised[i].end)
            return true;

    const std::uintptr_t firstLargePage = largePageFrom(next);
    const Range heap = mappingHolding(next);
    if (heap.end < firstLargePage + kLargePageBytes)
        return false; // not one large page mapped ahead: the heap grows a page at a time
    if (::madvise(reinterpret_cast<void*>(firstLargePage), heap.end - firstLargePage, MADV_HUGEPAGE) != 0)
        return false;
    if (count < std::size(advised))
        advised[count++] = Range{next, heap.end};
    holdHeapBefore(next, firstLargePage);
    return true;
#else
    return false;
#endif
}
