#pragma once

// Well-formed UTF-8, checked byte by byte: shared by JsonParser, which names where a scenario file
// stops being UTF-8, and the command line's quick list, which reads the workspace before Qt is loaded.
// Plain C++, no Qt.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace tp::utf8 {

// The length of the well-formed UTF-8 sequence at p (1 to 4 bytes), or 0: no overlong forms, no
// surrogates, nothing above U+10FFFF.
inline int sequenceLength(const char* p, const char* end)
{
    const auto at = [p](std::ptrdiff_t k) { return static_cast<unsigned char>(p[k]); };
    const unsigned char c = at(0);
    if (c < 0x80)
        return 1;
    int extra = 0;
    unsigned char lo = 0x80;
    unsigned char hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
        if (c == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else {
        return 0;
    }
    if (end - p <= extra)
        return 0;
    for (int k = 1; k <= extra; ++k) {
        const unsigned char cc = at(k);
        if (k == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF))
            return 0;
    }
    return extra + 1;
}

// The code point of the well-formed sequence of `length` bytes at p (sequenceLength()).
inline char32_t codePoint(const char* p, int length)
{
    static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t c = static_cast<unsigned char>(p[0]) & kLeadBits[length];
    for (int k = 1; k < length; ++k)
        c = (c << 6) | (static_cast<unsigned char>(p[k]) & 0x3F);
    return c;
}

// The offset of the first byte of `text` that does not start a well-formed sequence, or -1.
inline std::ptrdiff_t invalidOffset(std::string_view text)
{
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = begin;
    while (p != end) {
        // Eight ASCII bytes at a time.
        std::uint64_t word = 0;
        if (end - p >= 8 && (std::memcpy(&word, p, 8), (word & 0x8080808080808080ULL) == 0)) {
            p += 8;
            continue;
        }
        const int length = sequenceLength(p, end);
        if (length == 0)
            return p - begin;
        p += length;
    }
    return -1;
}

} // namespace tp::utf8
