#include "LargePages.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace tp {

void adviseLargePages(void* data, std::size_t size)
{
#ifdef Q_OS_LINUX
    constexpr quintptr kLargePage = 2 * 1024 * 1024;
    const quintptr begin = (quintptr(data) + kLargePage - 1) & ~(kLargePage - 1);
    const quintptr end = (quintptr(data) + quintptr(size)) & ~(kLargePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(size);
#endif
}

} // namespace tp
