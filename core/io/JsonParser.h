#pragma once

#include "JsonValue.h"
#include "model/Problem.h"

#include <QByteArray>
#include <optional>

namespace tp {

// Turns bytes into a JsonValue tree with nlohmann's SAX parser, or explains why it cannot: empty
// input, invalid UTF-8, a syntax error (with line and column), nesting or size beyond the limits.
// Those problems concern the whole document and have an empty `where`. Keys repeated inside an
// object are reported at their JSON path; the tree keeps their first value.
class JsonParser
{
public:
    static constexpr int kMaxDepth = 64;
    static constexpr std::size_t kMaxValues = 1000000;

    struct Result
    {
        std::optional<JsonValue> root;
        Problems problems;
    };

    static Result parse(const QByteArray& bytes);

    // 1-based line and column (in characters) of a byte offset in UTF-8 text.
    static std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray& bytes, qsizetype offset);
    // Offset of the first byte that is not part of well-formed UTF-8, or -1.
    static qsizetype invalidUtf8Offset(const QByteArray& bytes);
};

} // namespace tp
