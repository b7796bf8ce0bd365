// Helper of bench/run.sh: what memory the process has never used costs on this machine, for the note
// beside the `evaluate` figure.
//   fresh_memory MIB
// Allocates MIB mebibytes with the programs' allocation function (app/LargeAllocations.cpp: in large
// pages, as the program's large buffers), writes one byte in every 4 KiB page of them, and prints
// "fresh-ms T": the milliseconds those first writes took. Each first write of a page makes the system
// find the page and clear it; on a virtual machine the host may have to do the same first. A program
// that uses that much more memory than another pays about T more, whatever it does with the memory.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

int main(int argc, char* argv[])
{
    char* end = nullptr;
    const long mebibytes = argc == 2 ? std::strtol(argv[1], &end, 10) : 0;
    if (argc != 2 || *end != '\0' || mebibytes <= 0 || mebibytes > 4096) {
        std::fprintf(stderr, "usage: fresh_memory MIB (1 to 4096)\n");
        return 2;
    }
    const std::size_t size = std::size_t(mebibytes) * 1024 * 1024;
    const std::unique_ptr<char[]> memory(new char[size]);
    volatile char* bytes = memory.get();
    const auto start = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < size; i += 4096)
        bytes[i] = 1;
    const auto stop = std::chrono::steady_clock::now();
    std::printf("fresh-ms %.3f\n", std::chrono::duration<double, std::milli>(stop - start).count());
    return 0;
}
