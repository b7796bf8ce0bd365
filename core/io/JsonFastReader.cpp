#include "JsonFastReader.h"

#include <cstring>
#include <simdjson.h>
#include <string>
#include <utility>

namespace tp {

namespace od = simdjson::ondemand;

namespace {

static_assert(JsonFastReader::kPadding >= simdjson::SIMDJSON_PADDING);

// Objects with more keys than this go to JsonParser: the search for a repeated key is linear.
constexpr std::size_t kMaxFastKeys = 256;
// Longer numbers with a fraction go to JsonParser, which checks that they are finite.
constexpr std::size_t kMaxFastNumberChars = 300;
// Integers of at most this many digits fit 64 bits whatever they are.
constexpr std::size_t kMaxFastIntegerDigits = 18;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Whether `token` (digits, '-' and '.' only) is a JSON number with a fraction and no exponent:
// -?(0|[1-9][0-9]*)\.[0-9]+.
bool isDecimalFraction(std::string_view token)
{
    std::size_t i = !token.empty() && token[0] == '-' ? 1 : 0;
    const std::size_t intStart = i;
    while (i < token.size() && isDigit(token[i]))
        ++i;
    const std::size_t intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && token[intStart] == '0'))
        return false;
    if (i >= token.size() || token[i] != '.')
        return false;
    const std::size_t fractionStart = ++i;
    while (i < token.size() && isDigit(token[i]))
        ++i;
    return i > fractionStart && i == token.size();
}

// Whether `token` is a JSON integer: -?(0|[1-9][0-9]*).
bool isInteger(std::string_view token)
{
    if (!token.empty() && token[0] == '-')
        token.remove_prefix(1);
    if (token.empty() || (token.size() > 1 && token[0] == '0'))
        return false;
    for (const char c : token)
        if (!isDigit(c))
            return false;
    return true;
}

// A number as the reader keeps it, from its token (spaces removed): an integer of at most 18 digits,
// written as JsonParser writes it ("-0" as "0"), or a number with a fraction of at most 300 characters,
// as written; false for anything else (an exponent, or no number). Only the form is checked: a number is
// kept as text, never converted.
bool plainNumber(std::string_view token, JsonValue::Type& type, std::string_view& text)
{
    if (token.find('.') != std::string_view::npos) {
        if (token.size() > kMaxFastNumberChars || !isDecimalFraction(token))
            return false;
        type = JsonValue::Type::Number;
        text = token;
        return true;
    }
    const bool negative = !token.empty() && token[0] == '-';
    if (token.size() - (negative ? 1 : 0) > kMaxFastIntegerDigits || !isInteger(token))
        return false;
    type = JsonValue::Type::Integer;
    text = token == "0" || token == "-0" ? std::string_view("0") : token;
    return true;
}

// The text of the string that starts at p (after its opening quote) as written, and whether it holds
// an escape; false for a "\u" escape.
bool stringText(const char* p, const char* end, std::string_view& text, bool& escaped)
{
    escaped = false;
    for (const char* q = p; q < end; ++q) {
        if (*q == '"') {
            text = std::string_view(p, std::size_t(q - p));
            return true;
        }
        if (*q == '\\') {
            if (q + 1 < end && q[1] == 'u')
                return false;
            escaped = true;
            ++q;
        }
    }
    return false;
}

std::string_view withoutTrailingSpace(std::string_view token)
{
    while (!token.empty() && isSpace(token.back()))
        token.remove_suffix(1);
    return token;
}

JsonValue treeOf(const JsonFastReader::Member& m)
{
    switch (m.type) {
    case JsonValue::Type::Boolean:
        return JsonValue::boolean(m.boolean);
    case JsonValue::Type::Integer:
        return JsonValue::integerText(std::string(m.text));
    case JsonValue::Type::Number:
        return JsonValue::number(std::string(m.text));
    case JsonValue::Type::String:
        return JsonValue::string(std::string(m.text));
    case JsonValue::Type::Null:
    case JsonValue::Type::Array:
    case JsonValue::Type::Object:
        break;
    }
    return JsonValue::null();
}

// The text of a value from its first character to the next token, spaces included.
bool rawToken(od::value& v, std::string_view& token)
{
    token = v.raw_json_token();
    return true;
}

bool rawToken(od::document& d, std::string_view& token)
{
    return !d.raw_json_token().get(token);
}

// Nothing follows the value read from the document.
bool atEnd(od::document& d)
{
    return d.current_location().error() == simdjson::OUT_OF_BOUNDS;
}

bool isContainer(od::json_type type)
{
    return type == od::json_type::object || type == od::json_type::array;
}

// Text written plainly, for the items of the streamed array: objects of strings without escapes,
// numbers without exponents, booleans and nulls. PlainText reads such JSON from the text, within what
// simdjson's first pass has checked, and stops (false) at anything else, valid or not, for simdjson to
// take over there.
class PlainText
{
public:
    PlainText(const char* at, const char* end) : m_at(at), m_end(end) {}

    char peek() const { return m_at < m_end ? *m_at : '\0'; }

    void skipSpace()
    {
        while (m_at < m_end && isSpace(*m_at))
            ++m_at;
    }

    // The character c, then any spaces.
    bool take(char c)
    {
        if (m_at >= m_end || *m_at != c)
            return false;
        ++m_at;
        skipSpace();
        return true;
    }

    // A string without escapes: its text between the quotes. simdjson has checked the whole text as
    // UTF-8 with no control character in a string (JsonFastReader::read()).
    bool string(std::string_view& text)
    {
        if (m_at >= m_end || *m_at != '"')
            return false;
        const char* const start = ++m_at;
        while (m_at < m_end && *m_at != '"' && *m_at != '\\')
            ++m_at;
        if (m_at >= m_end || *m_at != '"')
            return false;
        text = std::string_view(start, std::size_t(m_at - start));
        ++m_at;
        return true;
    }

    // A number (plainNumber()).
    bool number(JsonValue::Type& type, std::string_view& text)
    {
        const char* const start = m_at;
        while (m_at < m_end && (isDigit(*m_at) || *m_at == '-' || *m_at == '.'))
            ++m_at;
        return plainNumber(std::string_view(start, std::size_t(m_at - start)), type, text);
    }

    // The literal `word` (true, false or null).
    bool literal(std::string_view word)
    {
        if (std::size_t(m_end - m_at) < word.size() || std::memcmp(m_at, word.data(), word.size()) != 0)
            return false;
        m_at += word.size();
        return true;
    }

private:
    const char* m_at;
    const char* const m_end;
};

} // namespace

struct JsonFastReader::State
{
    State(int depthLimit, std::size_t valueLimit) : maxDepth(depthLimit), maxValues(valueLimit) {}

    const int maxDepth;
    const std::size_t maxValues;
    std::size_t values = 0;
    std::size_t valuesBeforeStreamed = 0;
    od::parser parser;
    od::document document;
    simdjson::padded_string copy; // the text, when it came without room for the padding
    const char* end = nullptr;
    std::string_view streamedKey;
    bool hasStreamed = false;
    std::size_t streamedSize = 0;
    const char* streamedStart = nullptr; // the streamed array's opening bracket
    std::vector<std::string_view> keys;  // of the streamed item being read

    bool count() { return ++values <= maxValues; }

    // A string with no "\u" escape: where it is written when it holds no escape (the text was checked
    // as UTF-8 with no control character), else with its escapes resolved.
    template <typename V> bool string(V& v, std::string_view& out)
    {
        std::string_view token;
        bool escaped = false;
        if (!rawToken(v, token) || token.empty() || !stringText(token.data() + 1, end, out, escaped))
            return false;
        if (escaped)
            return !v.get_string().get(out);
        od::raw_json_string ignored;
        return !v.get_raw_json_string().get(ignored);
    }

    // An integer of at most 18 digits, or a number with a fraction of at most 300 characters.
    template <typename V> bool number(V& v, JsonValue::Type& type, std::string_view& text)
    {
        std::string_view token;
        if (!rawToken(v, token) || !plainNumber(withoutTrailingSpace(token), type, text))
            return false;
        // simdjson reads an integer too: at the root, that checks that nothing follows it.
        int64_t n = 0;
        return type != JsonValue::Type::Integer || !v.get_int64().get(n);
    }

    template <typename V> bool scalar(V& v, od::json_type type, Member& m)
    {
        if (!count())
            return false;
        switch (type) {
        case od::json_type::string:
            m.type = JsonValue::Type::String;
            return string(v, m.text);
        case od::json_type::number:
            return number(v, m.type, m.text);
        case od::json_type::boolean:
            m.type = JsonValue::Type::Boolean;
            return !v.get_bool().get(m.boolean);
        case od::json_type::null: {
            bool isNull = false;
            m.type = JsonValue::Type::Null;
            return !v.is_null().get(isNull) && isNull;
        }
        case od::json_type::array:
        case od::json_type::object:
            break;
        }
        return false;
    }

    // A value of any type at nesting `depth` (that of the container holding it).
    template <typename V> bool value(V& v, int depth, JsonValue& out)
    {
        od::json_type type;
        if (v.type().get(type))
            return false;
        if (type == od::json_type::object) {
            od::object o;
            return count() && !v.get_object().get(o) && object(o, depth + 1, out, false);
        }
        if (type == od::json_type::array) {
            od::array a;
            return count() && !v.get_array().get(a) && array(a, depth + 1, out);
        }
        Member m;
        if (!scalar(v, type, m))
            return false;
        out = treeOf(m);
        return true;
    }

    // `key` added to the keys `seen` of an object, unless it is one of them or they are too many.
    static bool newKey(std::vector<std::string_view>& seen, std::string_view key)
    {
        if (seen.size() >= kMaxFastKeys)
            return false;
        for (const std::string_view before : seen)
            if (before == key)
                return false;
        seen.push_back(key);
        return true;
    }

    // The key of a field, with no "\u" escape and not one of `seen`, added to them.
    bool key(od::field& field, std::vector<std::string_view>& seen, std::string_view& key)
    {
        bool escaped = false;
        return stringText(field.key().raw(), end, key, escaped) && !(escaped && field.unescaped_key().get(key)) &&
               newKey(seen, key);
    }

    bool object(od::object& o, int depth, JsonValue& out, bool root)
    {
        if (depth > maxDepth)
            return false;
        out = JsonValue::object();
        std::vector<std::string_view> seen;
        for (auto member : o) {
            od::field field;
            std::string_view name;
            if (std::move(member).get(field) || !key(field, seen, name))
                return false;
            if (root && !streamedKey.empty() && name == streamedKey) {
                od::json_type type;
                if (field.value().type().get(type))
                    return false;
                if (type == od::json_type::array) {
                    // Only counted here: forEachStreamed() reads the items.
                    const std::string_view bracket = field.value().raw_json_token();
                    od::array a;
                    if (!count() || bracket.empty() || field.value().get_array().get(a))
                        return false;
                    streamedStart = bracket.data();
                    streamedSize = 0;
                    for (auto element : a) {
                        if (element.error())
                            return false;
                        ++streamedSize;
                    }
                    hasStreamed = true;
                    out.insert(std::string(name), JsonValue::array());
                    continue;
                }
            }
            JsonValue item;
            if (!value(field.value(), depth, item))
                return false;
            out.insert(std::string(name), std::move(item));
        }
        return true;
    }

    bool array(od::array& a, int depth, JsonValue& out)
    {
        if (depth > maxDepth)
            return false;
        out = JsonValue::array();
        for (auto element : a) {
            od::value v;
            JsonValue item;
            if (std::move(element).get(v) || !value(v, depth, item))
                return false;
            out.append(std::move(item));
        }
        return true;
    }

    // An item of the streamed array, at nesting `depth` (the array's).
    bool item(od::value& v, int depth, Item& out)
    {
        od::json_type type;
        if (v.type().get(type))
            return false;
        out.m_flat = false;
        if (type != od::json_type::object)
            return value(v, depth, out.m_tree);
        od::object o;
        if (!count() || depth + 1 > maxDepth || v.get_object().get(o))
            return false;
        out.m_flat = true;
        out.m_members.clear();
        keys.clear();
        for (auto member : o) {
            od::field field;
            std::string_view name;
            if (std::move(member).get(field) || !key(field, keys, name))
                return false;
            if (field.value().type().get(type))
                return false;
            if (!isContainer(type)) {
                Member m;
                m.key = name;
                if (!scalar(field.value(), type, m))
                    return false;
                if (out.m_flat)
                    out.m_members.push_back(m);
                else
                    out.m_tree.insert(std::string(name), treeOf(m));
                continue;
            }
            if (out.m_flat) {
                out.m_tree = out.tree();
                out.m_flat = false;
            }
            JsonValue child;
            if (!value(field.value(), depth + 1, child))
                return false;
            out.m_tree.insert(std::string(name), std::move(child));
        }
        return true;
    }

    // An item of the streamed array written plainly (PlainText), counted as item() counts it.
    bool plainItem(PlainText& text, Item& out)
    {
        const int depth = 3; // the root object's, the array's and the item's
        if (!text.take('{') || !count() || depth > maxDepth)
            return false;
        out.m_flat = true;
        out.m_members.clear();
        if (text.take('}'))
            return true;
        for (;;) {
            Member m;
            if (!text.string(m.key))
                return false;
            text.skipSpace();
            // As newKey(), over the members read.
            if (!text.take(':') || out.m_members.size() >= kMaxFastKeys || !count())
                return false;
            for (const Member& before : out.m_members)
                if (before.key == m.key)
                    return false;
            bool read = false;
            switch (text.peek()) {
            case '"':
                m.type = JsonValue::Type::String;
                read = text.string(m.text);
                break;
            case 't':
            case 'f':
                m.type = JsonValue::Type::Boolean;
                m.boolean = text.peek() == 't';
                read = text.literal(m.boolean ? "true" : "false");
                break;
            case 'n':
                m.type = JsonValue::Type::Null;
                read = text.literal("null");
                break;
            default:
                read = text.number(m.type, m.text);
                break;
            }
            if (!read)
                return false;
            text.skipSpace();
            out.m_members.push_back(m);
            if (!text.take(','))
                return text.take('}');
        }
    }

    // Calls f for the items of the streamed array from the first while they are written plainly, and
    // gives true when that was all of them; else `index` is that of the first item not read.
    bool plainItems(Item& item, std::size_t& index, const std::function<void(std::size_t, const Item&)>& f)
    {
        if (!streamedStart)
            return false;
        PlainText text(streamedStart, end);
        if (!text.take('['))
            return false;
        if (text.peek() == ']')
            return streamedSize == 0;
        for (;;) {
            const std::size_t valuesBefore = values;
            if (index >= streamedSize || !plainItem(text, item)) {
                values = valuesBefore;
                return false;
            }
            f(index++, item);
            if (!text.take(','))
                return text.peek() == ']' && index == streamedSize;
        }
    }

    // The streamed array, from the start of the document.
    bool findStreamed(od::array& a)
    {
        if (!hasStreamed)
            return false;
        document.rewind();
        od::object root;
        if (document.get_object().get(root))
            return false;
        for (auto member : root) {
            od::field field;
            std::string_view name;
            if (std::move(member).get(field) || field.unescaped_key().get(name))
                return false;
            if (name == streamedKey)
                return !field.value().get_array().get(a);
        }
        return false;
    }
};

JsonValue JsonFastReader::Item::tree() const
{
    if (!m_flat)
        return m_tree;
    JsonValue object = JsonValue::object();
    for (const Member& m : m_members)
        object.insert(std::string(m.key), treeOf(m));
    return object;
}

JsonFastReader::JsonFastReader(int maxDepth, std::size_t maxValues)
    : m_state(std::make_unique<State>(maxDepth, maxValues))
{}

JsonFastReader::~JsonFastReader() = default;

std::optional<JsonValue> JsonFastReader::read(const QByteArray& bytes, std::string_view streamed, qsizetype room)
{
    if (room < 0)
        room = bytes.capacity() - bytes.size();
    State& s = *m_state;
    s.values = 0;
    s.hasStreamed = false;
    s.streamedStart = nullptr;
    s.streamedKey = streamed;
    const std::size_t length = std::size_t(bytes.size());
    const char* text = bytes.constData();
    std::size_t capacity = length + std::size_t(room);
    if (room < kPadding) {
        s.copy = simdjson::padded_string(text, length);
        text = s.copy.data();
        capacity = length + simdjson::SIMDJSON_PADDING;
    }
    s.end = text + length;
    if (s.parser.iterate(text, length, capacity).get(s.document))
        return std::nullopt;
    od::json_type type;
    if (s.document.type().get(type))
        return std::nullopt;
    JsonValue root;
    bool read = false;
    if (type == od::json_type::object) {
        od::object o;
        read = s.count() && !s.document.get_object().get(o) && s.object(o, 1, root, true);
    } else {
        read = s.value(s.document, 0, root);
    }
    // A scalar is checked to be the whole text as it is read.
    if (!read || (isContainer(type) && !atEnd(s.document)))
        return std::nullopt;
    s.valuesBeforeStreamed = s.values;
    return root;
}

bool JsonFastReader::hasStreamed() const
{
    return m_state->hasStreamed;
}

std::size_t JsonFastReader::streamedSize() const
{
    return m_state->streamedSize;
}

bool JsonFastReader::forEachStreamed(const std::function<void(std::size_t, const Item&)>& f)
{
    State& s = *m_state;
    if (!s.hasStreamed)
        return false;
    s.values = s.valuesBeforeStreamed;
    Item item; // one for all, so that items of the same shape reuse its memory
    std::size_t index = 0;
    // Items written plainly, the usual case, are read from the text; simdjson reads on from the first
    // item that is not.
    if (s.plainItems(item, index, f))
        return true;
    od::array a;
    if (!s.findStreamed(a))
        return false;
    const std::size_t read = index;
    std::size_t skipped = 0;
    for (auto element : a) {
        if (skipped < read) {
            if (element.error())
                return false;
            ++skipped;
            continue;
        }
        od::value v;
        if (std::move(element).get(v) || !s.item(v, 2, item))
            return false;
        f(index++, item);
    }
    return true;
}

} // namespace tp
