#include "JsonFastReader.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <new>
#include <simdjson.h>
#include <string>
#include <utility>

namespace tp {

namespace od = simdjson::ondemand;

namespace {

static_assert(JsonFastReader::kPadding >= simdjson::SIMDJSON_PADDING);

// Objects with more keys than this go to JsonParser: the search for a repeated key is linear.
constexpr std::size_t kMaxFastKeys = 256;
// How far after where it may start the other thread looks for an item's start.
constexpr std::size_t kAsideSearchBytes = 1024 * 1024;
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

// A number as the reader keeps it, from its token (spaces removed): an integer of at most 18 digits,
// written as JsonParser writes it ("-0" as "0"), or a number with a fraction of at most 300 characters,
// as written; false for anything else (an exponent, or no number). Only the form is checked, in one
// pass over -?(0|[1-9][0-9]*)(\.[0-9]+)?: a number is kept as text, never converted.
bool plainNumber(std::string_view token, JsonValue::Type& type, std::string_view& text)
{
    const std::size_t size = token.size();
    std::size_t i = size > 0 && token[0] == '-' ? 1 : 0;
    const std::size_t intStart = i;
    while (i < size && isDigit(token[i]))
        ++i;
    const std::size_t intDigits = i - intStart;
    if (intDigits == 0 || (intDigits > 1 && token[intStart] == '0'))
        return false;
    if (i == size) {
        if (intDigits > kMaxFastIntegerDigits)
            return false;
        type = JsonValue::Type::Integer;
        text = intDigits == 1 && token[intStart] == '0' ? std::string_view("0") : token;
        return true;
    }
    if (token[i] != '.' || size > kMaxFastNumberChars)
        return false;
    const std::size_t fractionStart = ++i;
    while (i < size && isDigit(token[i]))
        ++i;
    if (i == fractionStart || i != size)
        return false;
    type = JsonValue::Type::Number;
    text = token;
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

std::uint64_t load64(const char* p)
{
    std::uint64_t v = 0;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// Whether the n bytes at a and at b are the same: memcmp for the few bytes between two members.
bool sameBytes(const char* a, const char* b, std::size_t n)
{
    if (n < 8) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    for (std::size_t i = 0; i + 8 <= n; i += 8)
        if (load64(a + i) != load64(b + i))
            return false;
    return load64(a + n - 8) == load64(b + n - 8);
}

// Bytes that end the plain text of a string: its closing quote, an escape, and the control characters
// JSON does not allow in a string.
struct StringStops
{
    bool stop[256] = {};
    constexpr StringStops()
    {
        for (int c = 0; c < 0x20; ++c)
            stop[c] = true;
        stop[int('"')] = true;
        stop[int('\\')] = true;
    }
};
constexpr StringStops kStringStops;

// Text written plainly, for the items of the streamed array: objects of strings without escapes,
// numbers without exponents, booleans and nulls. PlainText reads such JSON from the text and checks it
// as it goes, all but the UTF-8 of its strings (sawNonAscii() tells whether that is left to check); it
// stops (false) at anything else, valid or not, for simdjson to take over there.
class PlainText
{
public:
    PlainText(const char* at, const char* end) : m_at(at), m_end(end) {}

    const char* at() const { return m_at; }
    const char* end() const { return m_end; }
    std::size_t left() const { return std::size_t(m_end - m_at); }
    // More of the text than before, when it arrives a part at a time.
    void extendTo(const char* end) { m_end = end; }
    // To `at`, before or after where it is, inside the text.
    void moveTo(const char* at) { m_at = at; }
    // Past n characters, which left() counts.
    void skip(std::size_t n) { m_at += n; }
    char peek() const { return m_at < m_end ? *m_at : '\0'; }
    // Whether a string read held a byte beyond ASCII.
    bool sawNonAscii() const { return m_high >= 0x80; }
    // The bytes beyond ASCII another PlainText saw, as if seen here.
    void sawAsOther(const PlainText& other) { m_high |= other.m_high; }

    void skipSpace()
    {
        while (m_at < m_end && isSpace(*m_at))
            ++m_at;
    }

    // The character c.
    bool takeOnly(char c)
    {
        if (m_at >= m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
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

    // A string without escapes or control characters: its text between the quotes.
    bool string(std::string_view& text)
    {
        if (m_at >= m_end || *m_at != '"')
            return false;
        const char* const start = ++m_at;
        unsigned char high = 0;
        while (m_at < m_end && !kStringStops.stop[static_cast<unsigned char>(*m_at)]) {
            high |= static_cast<unsigned char>(*m_at);
            ++m_at;
        }
        if (m_at >= m_end || *m_at != '"')
            return false;
        m_high |= high;
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
    const char* m_end;
    unsigned char m_high = 0;
};

// The later items of the streamed array as another thread reads them (JsonFastReader::Aside), and
// what read()'s thread needs to take them.
struct AsideReading
{
    enum class Stop
    {
        Nothing,
        AtItem,
        AfterItem,
        PastArray
    };

    std::atomic<const char*> start{nullptr}; // the item it reads from, once found
    std::atomic<bool> stop{false};           // asked to stop before its next item

    // Once it has stopped (done, under the mutex):
    Stop where = Stop::Nothing;
    // AtItem: the start of the first item not read; AfterItem: past the last item read, where neither
    // a comma nor the closing bracket follows; PastArray: past the closing bracket.
    const char* at = nullptr;
    std::size_t items = 0;
    std::size_t values = 0; // counted as JsonFastReader counts them
    PlainText text{nullptr, nullptr};

    void finish(Stop stopped, const char* where_, std::size_t read, std::size_t counted, const PlainText& plain)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        where = stopped;
        at = where_;
        items = read;
        values = counted;
        text = plain;
        m_done = true;
        m_ended.notify_all();
    }

    // Asks it to stop, and waits until it has.
    void stopAndWait()
    {
        stop.store(true, std::memory_order_relaxed);
        std::unique_lock<std::mutex> lock(m_mutex);
        m_ended.wait(lock, [this] { return m_done; });
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ended;
    bool m_done = false;
};

// Where an item of an array of objects seems to start at or after `at`: a '{' after a comma after a
// '}', spaces aside, within `span` bytes. A guess: the text may be inside a string there.
const char* itemStartAfter(const char* at, const char* end, std::size_t span)
{
    const char* const last = std::size_t(end - at) > span ? at + span : end;
    for (const char* p = at; p < last; ++p) {
        if (*p != '}')
            continue;
        const char* q = p + 1;
        while (q < end && isSpace(*q))
            ++q;
        if (q >= end || *q != ',')
            continue;
        ++q;
        while (q < end && isSpace(*q))
            ++q;
        if (q < end && *q == '{')
            return q;
    }
    return nullptr;
}

// Where the value of the root member `key` starts, when the text is a JSON object whose members
// before it have keys without escapes; else nullptr. Only finds: the members before it are skipped,
// not checked (simdjson reads them later).
const char* findRootMember(const char* at, const char* end, std::string_view key)
{
    const auto space = [&] {
        while (at < end && isSpace(*at))
            ++at;
    };
    // Past the string that starts at `at`, escapes included.
    const auto skipString = [&] {
        for (++at; at < end; ++at) {
            if (*at == '\\')
                ++at;
            else if (*at == '"')
                return ++at <= end;
        }
        return false;
    };
    space();
    if (at >= end || *at != '{')
        return nullptr;
    ++at;
    for (;;) {
        space();
        if (at >= end || *at != '"')
            return nullptr;
        const char* const name = at + 1;
        const char* close = name;
        while (close < end && *close != '"' && *close != '\\')
            ++close;
        if (close >= end || *close != '"')
            return nullptr;
        at = close + 1;
        space();
        if (at >= end || *at != ':')
            return nullptr;
        ++at;
        space();
        if (std::string_view(name, std::size_t(close - name)) == key)
            return at < end ? at : nullptr;
        // The value: a string, a container (to its closing bracket), or a number or literal.
        if (at >= end)
            return nullptr;
        if (*at == '"') {
            if (!skipString())
                return nullptr;
        } else if (*at == '{' || *at == '[') {
            std::size_t depth = 0;
            do {
                if (at >= end)
                    return nullptr;
                if (*at == '"') {
                    if (!skipString())
                        return nullptr;
                    continue;
                }
                if (*at == '{' || *at == '[')
                    ++depth;
                else if (*at == '}' || *at == ']')
                    --depth;
                ++at;
            } while (depth > 0);
        } else {
            while (at < end && *at != ',' && *at != '}' && *at != ']' && !isSpace(*at))
                ++at;
        }
        space();
        if (at >= end || *at != ',')
            return nullptr;
        ++at;
    }
}

} // namespace

struct JsonFastReader::State
{
    State(int depthLimit, std::size_t valueLimit) : maxDepth(depthLimit), maxValues(valueLimit) {}

    const int maxDepth;
    const std::size_t maxValues;
    std::size_t values = 0;
    od::parser parser;
    od::document document;
    simdjson::padded_string copy; // the text, when it came without room for the padding
    // The text with the streamed array's items taken out, when they were read first, and where its
    // streamed array is.
    simdjson::padded_string spliced;
    const char* splicedArray = nullptr;
    const char* end = nullptr;
    std::string_view streamedKey;
    bool hasStreamed = false;
    std::size_t streamedSize = 0;
    const char* streamedStart = nullptr; // the streamed array's opening bracket
    std::vector<std::string_view> keys;  // of the streamed item being read
    // The text of each member of the last item read plainly from the end of the value before it (or
    // the item's opening brace) to the start of its own value, and where its key is in that text: the
    // next item's members are first compared with it.
    struct Lead
    {
        const char* start = nullptr;
        std::size_t size = 0;
        std::size_t keyAt = 0;
        std::size_t keySize = 0;
    };
    std::vector<Lead> leads;
    // The number of members of the last item read plainly; none before the first.
    std::size_t lastMembers = std::size_t(-1);
    // A text still arriving: where it starts and where it will end, and how to wait for more of it
    // (none once it has all arrived).
    const char* textStart = nullptr;
    const char* textEnd = nullptr;
    const ArrivedFunction* arrived = nullptr;

    // Bytes of a text still arriving that plainItems() keeps ahead of where it reads: an item of the
    // usual size is read in one go; a longer one that reaches past them is read again over the whole
    // text.
    static constexpr std::size_t kAhead = 64 * 1024;

    // At least kAhead bytes of the text from where `text` is, or all the text, when it is arriving.
    void keepAhead(PlainText& text)
    {
        if (!arrived || text.left() >= kAhead || text.end() == textEnd)
            return;
        const std::size_t want =
            std::min(std::size_t(text.at() - textStart) + kAhead, std::size_t(textEnd - textStart));
        text.extendTo(textStart + std::min((*arrived)(want), std::size_t(textEnd - textStart)));
    }

    // All the text: false when it had all arrived already, and so nothing is new.
    bool waitForAll(PlainText& text)
    {
        if (!arrived || text.end() == textEnd)
            return false;
        text.extendTo(textStart +
                      std::min((*arrived)(std::size_t(textEnd - textStart)), std::size_t(textEnd - textStart)));
        return true;
    }

    bool count() { return ++values <= maxValues; }

    // The next item read plainly is read as the first: the item before it is not the last one read.
    void forgetItemBefore()
    {
        leads.clear();
        lastMembers = std::size_t(-1);
    }

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
                    // Only counted here: the items are read on their own.
                    const std::string_view bracket = field.value().raw_json_token();
                    od::array a;
                    if (!count() || bracket.empty() || field.value().get_array().get(a))
                        return false;
                    // In spliced text, the array found before is this one.
                    if (splicedArray && bracket.data() != splicedArray)
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
        out.m_keysAsBefore = false;
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
        if (!text.takeOnly('{') || !count() || depth > maxDepth)
            return false;
        out.m_flat = true;
        out.m_keysAsBefore = false;
        out.m_members.clear();
        // Whether every member so far is written as the same member of the item before, from the end
        // of the value before it (or the opening brace) to the start of its own (the items of an array
        // mostly are): those bytes are then known to be a valid comma and key with their spaces, and
        // the keys to be distinct.
        bool asBefore = true;
        for (std::size_t k = 0;; ++k) {
            std::string_view key;
            const Lead* lead = asBefore && k < leads.size() ? &leads[k] : nullptr;
            if (lead && text.left() >= lead->size && sameBytes(text.at(), lead->start, lead->size)) {
                key = std::string_view(text.at() + lead->keyAt, lead->keySize);
                text.skip(lead->size);
            } else {
                const char* const start = text.at();
                text.skipSpace();
                if (text.take('}')) {
                    // The leads are then this item's keys; with as many, they are those of the item
                    // before too.
                    out.m_keysAsBefore = asBefore && k == lastMembers;
                    lastMembers = k;
                    return true;
                }
                if (k > 0 && !text.take(','))
                    return false;
                const char* const keyStart = text.at();
                if (!text.string(key))
                    return false;
                text.skipSpace();
                if (!text.take(':'))
                    return false;
                // As newKey(), over the members read.
                for (std::size_t before = 0; before < k; ++before)
                    if (out.m_members[before].key == key)
                        return false;
                // The leads of the members after this one belong to the item before.
                leads.resize(k + 1);
                leads[k] = Lead{start, std::size_t(text.at() - start), std::size_t(keyStart + 1 - start), key.size()};
                asBefore = false;
            }
            if (k >= kMaxFastKeys || !count())
                return false;
            // Read in its place: a member built aside and copied in would be read back before its
            // fields' writes are done.
            Member& m = out.m_members.emplace_back();
            m.key = key;
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
        }
    }

    // For another thread (AsideReading): calls f for the items of the streamed array from `start`, the
    // start of one, while they are written plainly, until the array ends or it is asked to stop.
    void readAside(const char* start, const char* last, AsideReading& aside, const ItemFunction& f)
    {
        using Stop = AsideReading::Stop;
        PlainText text(start, last);
        Item item;
        std::size_t read = 0;
        for (;;) {
            const char* const at = text.at();
            const std::size_t valuesBefore = values;
            if (aside.stop.load(std::memory_order_relaxed) || !plainItem(text, item)) {
                aside.finish(Stop::AtItem, at, read, valuesBefore, text);
                return;
            }
            f(read++, item);
            if (!text.take(',')) {
                const bool past = text.peek() == ']' && text.take(']');
                aside.finish(past ? Stop::PastArray : Stop::AfterItem, text.at(), read, values, text);
                return;
            }
        }
    }

    // Calls f for the items of the array at `text` (its opening bracket) from `index` on, while they
    // are written plainly, and gives true when that was all of them, with `text` past the closing
    // bracket; else `index` is that of the first item not read. With `aside`, the items another thread
    // read from an item on are taken when this reading comes to that item.
    bool plainItems(PlainText& text, Item& item, std::size_t& index, const ItemFunction& f,
                    AsideReading* aside = nullptr, const JsonFastReader::Aside* taker = nullptr)
    {
        forgetItemBefore();
        if (!text.take('['))
            return false;
        if (text.take(']'))
            return true;
        for (;;) {
            // The spaces before an item, where the text that had arrived ended among them.
            keepAhead(text);
            text.skipSpace();
            const char* const start = text.at();
            if (aside) {
                const char* const from = aside->start.load(std::memory_order_acquire);
                if (from && start >= from) {
                    AsideReading& other = *std::exchange(aside, nullptr);
                    other.stopAndWait();
                    // Read there from this very item, within the limit of values: taken, and this
                    // reading goes on from where that one stopped, as at the array's first item.
                    if (start == from && other.items > 0 && values + other.values <= maxValues) {
                        taker->take(index, other.items);
                        index += other.items;
                        values += other.values;
                        text.sawAsOther(other.text);
                        waitForAll(text);
                        if (other.at > text.end())
                            return false;
                        text.moveTo(other.at);
                        forgetItemBefore();
                        switch (other.where) {
                        case AsideReading::Stop::PastArray:
                            return true;
                        case AsideReading::Stop::AfterItem:
                            return false; // neither a comma nor the closing bracket
                        case AsideReading::Stop::AtItem:
                        case AsideReading::Stop::Nothing:
                            continue;
                        }
                    }
                }
            }
            const std::size_t valuesBefore = values;
            if (!plainItem(text, item)) {
                values = valuesBefore;
                // An item that reaches past the text that has arrived is read again over all of it,
                // as the first of its kind: its start may have been taken for the leads.
                if (!waitForAll(text))
                    return false;
                text.moveTo(start);
                forgetItemBefore();
                if (!plainItem(text, item)) {
                    values = valuesBefore;
                    return false;
                }
            }
            f(index++, item);
            keepAhead(text);
            text.skipSpace();
            if (!text.take(','))
                return text.peek() == ']' && text.take(']');
        }
    }

    // The tree of the text parsed by simdjson, streamed array aside, or nothing.
    std::optional<JsonValue> root(const char* text, std::size_t length, std::size_t capacity)
    {
        end = text + length;
        if (parser.iterate(text, length, capacity).get(document))
            return std::nullopt;
        od::json_type type;
        if (document.type().get(type))
            return std::nullopt;
        JsonValue tree;
        bool read = false;
        if (type == od::json_type::object) {
            od::object o;
            read = count() && !document.get_object().get(o) && object(o, 1, tree, true);
        } else {
            read = value(document, 0, tree);
        }
        // A number or literal is checked to be the whole text as it is read; a string and a container
        // are checked here.
        if (!read || (isContainer(type) && !atEnd(document)))
            return std::nullopt;
        std::string_view token;
        if (type == od::json_type::string && (!rawToken(document, token) || token.data() + token.size() != end))
            return std::nullopt;
        return tree;
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

std::optional<JsonValue> JsonFastReader::read(const QByteArray& bytes, std::string_view streamed, qsizetype room,
                                              const ItemFunction& onItem, const ArrivedFunction& arrived,
                                              const Aside* aside)
{
    if (room < 0)
        room = bytes.capacity() - bytes.size();
    State& s = *m_state;
    const std::size_t length = std::size_t(bytes.size());
    // The whole text, when it is still arriving: false when less than `length` comes.
    const ArrivedFunction* waitFor = arrived ? &arrived : nullptr;
    const auto whole = [&waitFor, length] {
        const ArrivedFunction* const f = std::exchange(waitFor, nullptr);
        return !f || (*f)(length) >= length;
    };
    // Read where it is or copied, the text must have arrived whole.
    if (room < kPadding && !whole())
        return std::nullopt;
    s.values = 0;
    s.hasStreamed = false;
    s.streamedSize = 0;
    s.streamedStart = nullptr;
    s.streamedKey = onItem ? streamed : std::string_view();
    s.splicedArray = nullptr;
    const char* text = bytes.constData();
    std::size_t capacity = length + std::size_t(room);
    if (room < kPadding) {
        s.copy = simdjson::padded_string(text, length);
        text = s.copy.data();
        capacity = length + simdjson::SIMDJSON_PADDING;
    }
    Item item; // one for all, so that items of the same shape reuse its memory
    std::size_t index = 0;
    bool triedPlain = false;
    // The usual case: the streamed array's items are written plainly. They are read from the text
    // first, and simdjson then reads the rest without them, which spares it indexing most of a large
    // file.
    const char* const end = text + length;
    s.textStart = text;
    s.textEnd = end;
    s.arrived = waitFor;
    if (!s.streamedKey.empty()) {
        // What has arrived, at least the first part of the text or all of it.
        const char* have = waitFor ? text + std::min((*waitFor)(std::min(length, State::kAhead)), length) : end;
        const char* at = findRootMember(text, have, s.streamedKey);
        if (!at && have != end) {
            if (!whole())
                return std::nullopt;
            have = end;
            at = findRootMember(text, end, s.streamedKey);
        }
        if (at && *at == '[') {
            triedPlain = true;
            // The later items of a long array, read on another thread meanwhile. That reading ends
            // before read() does, whatever happens here.
            AsideReading asideReading;
            struct Ended
            {
                AsideReading* reading = nullptr;
                ~Ended()
                {
                    if (reading)
                        reading->stopAndWait();
                }
            } ended;
            if (aside && aside->run && std::size_t(end - at) >= aside->minBytes) {
                const int maxDepth = s.maxDepth;
                const std::size_t maxValues = s.maxValues;
                const auto task = [&asideReading, aside, text, end, length, maxDepth, maxValues](std::size_t from) {
                    const char* const start = from < length && !asideReading.stop.load(std::memory_order_relaxed)
                                                  ? itemStartAfter(text + from, end, kAsideSearchBytes)
                                                  : nullptr;
                    if (!start) {
                        asideReading.finish(AsideReading::Stop::Nothing, nullptr, 0, 0, PlainText(end, end));
                        return;
                    }
                    asideReading.start.store(start, std::memory_order_release);
                    // Nothing may leave the other thread: out of memory there, nothing read there is taken.
                    try {
                        State other(maxDepth, maxValues);
                        other.readAside(start, end, asideReading, aside->onItem);
                    } catch (...) {
                        asideReading.finish(AsideReading::Stop::Nothing, nullptr, 0, 0, PlainText(end, end));
                    }
                };
                if (aside->run(task))
                    ended.reading = &asideReading;
            }
            PlainText plain(at, have);
            const bool plainly =
                s.plainItems(plain, item, index, onItem, ended.reading ? &asideReading : nullptr, aside);
            s.arrived = nullptr;
            if (!whole())
                return std::nullopt;
            if (plainly) {
                const char* const after = plain.at();
                if (plain.sawNonAscii() && !simdjson::validate_utf8(at, std::size_t(after - at)))
                    return std::nullopt;
                const std::size_t before = std::size_t(at - text);
                const std::size_t tail = std::size_t(end - after);
                s.spliced = simdjson::padded_string(before + 2 + tail);
                char* const spliced = s.spliced.data();
                if (!spliced) // simdjson allocates without throwing
                    throw std::bad_alloc();
                std::memcpy(spliced, text, before);
                std::memcpy(spliced + before, "[]", 2);
                std::memcpy(spliced + before + 2, after, tail);
                s.splicedArray = spliced + before;
                std::optional<JsonValue> tree =
                    s.root(s.spliced.data(), s.spliced.size(), s.spliced.size() + simdjson::SIMDJSON_PADDING);
                if (!tree || !s.hasStreamed)
                    return std::nullopt;
                s.streamedSize = index;
                return tree;
            }
        }
    }
    s.arrived = nullptr;
    if (!whole())
        return std::nullopt;
    std::optional<JsonValue> tree = s.root(text, length, capacity);
    if (!tree || !s.hasStreamed)
        return tree;
    if (!triedPlain) {
        PlainText plain(s.streamedStart, end);
        if (s.plainItems(plain, item, index, onItem))
            return index == s.streamedSize ? tree : std::nullopt;
    }
    // simdjson reads on from the first item that is not written plainly.
    od::array a;
    if (!s.findStreamed(a))
        return std::nullopt;
    const std::size_t read = index;
    std::size_t skipped = 0;
    for (auto element : a) {
        if (skipped < read) {
            if (element.error())
                return std::nullopt;
            ++skipped;
            continue;
        }
        od::value v;
        if (std::move(element).get(v) || !s.item(v, 2, item))
            return std::nullopt;
        onItem(index++, item);
    }
    return tree;
}

bool JsonFastReader::hasStreamed() const
{
    return m_state->hasStreamed;
}

std::size_t JsonFastReader::streamedSize() const
{
    return m_state->streamedSize;
}

} // namespace tp
