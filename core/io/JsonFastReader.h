#pragma once

#include "JsonValue.h"

#include <QByteArray>
#include <functional>
#include <optional>
#include <string_view>

namespace tp {

// Reads well-formed JSON into a JsonValue tree in one pass, with no allocation beyond the tree. It
// gives the tree JsonParser would give, or nothing: it gives up on anything but plain, valid JSON
// (a syntax error, invalid UTF-8, a key repeated in an object, a "\u" escape, an integer of more
// than 18 digits, a number with an exponent or of more than 300 characters, nesting or a number
// of values beyond JsonParser's limits), and JsonParser then reads the text again to explain the
// problem, or builds the tree of the rarer forms.
class JsonFastReader
{
public:
    // The items of an array, read once and checked, kept as text and built one at a time when they
    // are used: a long list of records need not be held as a tree. Points into the text read.
    class ArrayText
    {
    public:
        ArrayText(const char* begin, const char* end, std::size_t size, int depth)
            : m_begin(begin), m_end(end), m_size(size), m_depth(depth)
        {}
        std::size_t size() const { return m_size; }
        // Calls f(index, item) for each item, in order.
        void forEach(const std::function<void(std::size_t, const JsonValue&)>& f) const;

    private:
        const char* m_begin;
        const char* m_end;
        std::size_t m_size;
        int m_depth; // of the array
    };

    struct Result
    {
        JsonValue root;
        // The array value of the root member named `streamed`, if any; the tree holds an empty
        // array in its place.
        std::optional<ArrayText> streamed;
    };

    // `bytes` without a byte order mark.
    static std::optional<Result> read(const QByteArray& bytes, int maxDepth, std::size_t maxValues,
                                      std::string_view streamed = {});
    // The length of the well-formed UTF-8 sequence at p (1 to 4 bytes), or 0: no overlong forms, no
    // surrogates, nothing above U+10FFFF.
    static int utf8SequenceLength(const char* p, const char* end);
};

} // namespace tp
