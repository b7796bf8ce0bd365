// Helper of bench/run.sh: what reading a scenario file with a general JSON parser costs at the least,
// for the note beside the `evaluate` figure.
//   json_floor FILE
// Reads FILE into memory as the program does (io/LargePages.h, and the programs' allocation function)
// and visits every value with simdjson, without Qt and without checking, converting or keeping
// anything. Prints "values N". The program reads the scores, most of a large file, with a reader of its
// own and leaves only the rest to simdjson, so it can do less than this.
#include "io/LargePages.h"

#include <simdjson.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

namespace {

namespace od = simdjson::ondemand;

// The number of values in v, v included; false on an error.
bool visit(od::value v, std::size_t& count)
{
    ++count;
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::object) {
        for (auto field : v.get_object()) {
            od::value child;
            if (field.error() || field.value().get(child) || !visit(child, count))
                return false;
        }
        return true;
    }
    if (type == od::json_type::array) {
        for (auto element : v.get_array()) {
            od::value child;
            if (element.get(child) || !visit(child, count))
                return false;
        }
        return true;
    }
    return !v.raw_json_token().empty();
}

int fail(const char* why)
{
    std::fprintf(stderr, "json_floor: %s\n", why);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc != 2)
        return fail("usage: json_floor FILE");
    const int fd = ::open(argv[1], O_RDONLY | O_CLOEXEC);
    struct stat st
    {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size <= 0)
        return fail("cannot read the file");
    const std::size_t size = std::size_t(st.st_size);
    const std::unique_ptr<char[]> text(new char[size + simdjson::SIMDJSON_PADDING]);
    tp::prepareLargeBuffer(text.get(), size);
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, text.get() + done, size - done);
        if (n <= 0)
            return fail("cannot read the file");
        done += std::size_t(n);
    }
    ::close(fd);
    od::parser parser;
    od::document document;
    if (parser.iterate(text.get(), size, size + simdjson::SIMDJSON_PADDING).get(document))
        return fail("not JSON");
    od::value root;
    std::size_t count = 0;
    if (document.get_value().get(root) || !visit(root, count))
        return fail("not JSON");
    std::printf("values %zu\n", count);
    return 0;
}
