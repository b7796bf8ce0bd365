#include "JsonFastReader.h"

#include <iterator>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace tp {

namespace {

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

class Reader
{
public:
    Reader(const char* begin, const char* end, int maxDepth, std::size_t maxValues, std::string_view streamed = {})
        : m_p(begin), m_end(end), m_maxDepth(maxDepth), m_maxValues(maxValues), m_streamedKey(streamed)
    {}

    bool document(JsonValue& root)
    {
        skipWhitespace();
        if (!value(root, 0))
            return false;
        skipWhitespace();
        return m_p == m_end;
    }

    const std::optional<JsonFastReader::ArrayText>& streamed() const { return m_streamed; }

    // The items of the array at the current position, built one at a time: f(index, item).
    template <typename F> bool items(int depth, F f)
    {
        if (m_p == m_end || *m_p != '[' || depth > m_maxDepth)
            return false;
        std::size_t index = 0;
        JsonValue item; // one value for all, so that items of the same shape reuse its memory
        return list(']', [this, depth, &f, &index, &item] {
            if (!value(item, depth))
                return false;
            f(index++, item);
            return true;
        });
    }

private:
    void skipWhitespace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // Consumes `c` after optional whitespace.
    bool expect(char c)
    {
        skipWhitespace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    // The entries of an array or object from its opening bracket to `close`, each read by readOne().
    template <typename F> bool list(char close, F readOne)
    {
        ++m_p;
        skipWhitespace();
        if (m_p != m_end && *m_p == close) {
            ++m_p;
            return true;
        }
        for (;;) {
            skipWhitespace();
            if (!readOne())
                return false;
            skipWhitespace();
            if (m_p == m_end)
                return false;
            const char next = *m_p++;
            if (next == close)
                return true;
            if (next != ',')
                return false;
        }
    }

    bool value(JsonValue& out, int depth)
    {
        if (m_p == m_end || ++m_values > m_maxValues)
            return false;
        switch (*m_p) {
        case '{':
            return object(out, depth + 1);
        case '[':
            return array(out, depth + 1);
        case '"': {
            std::string s;
            if (!string(s))
                return false;
            if (!m_discard)
                out = JsonValue::string(std::move(s));
            return true;
        }
        case 't':
            out = JsonValue::boolean(true);
            return literal("true", 4);
        case 'f':
            out = JsonValue::boolean(false);
            return literal("false", 5);
        case 'n':
            out = JsonValue::null();
            return literal("null", 4);
        default:
            return number(out);
        }
    }

    bool literal(const char* word, std::ptrdiff_t length)
    {
        if (m_end - m_p < length || std::string_view(m_p, std::size_t(length)) != word)
            return false;
        m_p += length;
        return true;
    }

    bool object(JsonValue& out, int depth)
    {
        if (depth > m_maxDepth)
            return false;
        const std::size_t firstItem = m_items.size();
        const std::size_t firstKey = m_keys.size();
        const bool read = list('}', [this, depth, firstKey] {
            if (m_p == m_end || *m_p != '"' || m_keys.size() - firstKey >= kMaxFastKeys)
                return false;
            std::string key;
            if (!string(key))
                return false;
            for (std::size_t k = firstKey; k < m_keys.size(); ++k)
                if (m_keys[k] == key)
                    return false;
            m_keys.push_back(std::move(key));
            if (!expect(':'))
                return false;
            skipWhitespace();
            JsonValue item;
            if (depth == 1 && !m_streamedKey.empty() && m_keys.back() == m_streamedKey && m_p != m_end && *m_p == '[') {
                if (!streamedArray(depth + 1))
                    return false;
                item = JsonValue::array();
            } else if (!value(item, depth)) {
                return false;
            }
            if (!m_discard)
                m_items.push_back(std::move(item));
            return true;
        });
        if (!read)
            return false;
        if (m_discard) {
            m_keys.resize(firstKey);
            return true;
        }
        out.assignObject(m_keys.begin() + std::ptrdiff_t(firstKey), m_items.begin() + std::ptrdiff_t(firstItem),
                         m_items.size() - firstItem);
        m_keys.resize(firstKey);
        m_items.resize(firstItem);
        return true;
    }

    // Reads the array at the current position, keeping its text rather than its items.
    bool streamedArray(int depth)
    {
        if (++m_values > m_maxValues)
            return false;
        const char* begin = m_p;
        std::size_t size = 0;
        // Checked now, built later: nothing is kept.
        m_discard = true;
        const bool read = items(depth, [&size](std::size_t, JsonValue&) { ++size; });
        m_discard = false;
        if (!read)
            return false;
        m_streamed.emplace(begin, m_p, size, depth);
        return true;
    }

    bool array(JsonValue& out, int depth)
    {
        const std::size_t firstItem = m_items.size();
        if (!items(depth, [this](std::size_t, JsonValue& item) {
                if (!m_discard)
                    m_items.push_back(std::move(item));
            }))
            return false;
        if (!m_discard) {
            out.assignArray(m_items.begin() + std::ptrdiff_t(firstItem), m_items.size() - firstItem);
            m_items.resize(firstItem);
        }
        return true;
    }

    // A string from its opening quote: UTF-8 checked, the simple escapes resolved.
    bool string(std::string& out)
    {
        ++m_p;
        const char* run = m_p;
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                out.append(run, m_p);
                ++m_p;
                return true;
            }
            if (c == '\\') {
                out.append(run, m_p);
                if (!escape(out))
                    return false;
                run = m_p;
            } else if (c < 0x20) {
                return false;
            } else if (c < 0x80) {
                ++m_p;
            } else {
                const int length = JsonFastReader::utf8SequenceLength(m_p, m_end);
                if (length == 0)
                    return false;
                m_p += length;
            }
        }
        return false;
    }

    bool escape(std::string& out)
    {
        ++m_p;
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
        case '\\':
        case '/':
            out.push_back(*m_p);
            break;
        case 'b':
            out.push_back('\b');
            break;
        case 'f':
            out.push_back('\f');
            break;
        case 'n':
            out.push_back('\n');
            break;
        case 'r':
            out.push_back('\r');
            break;
        case 't':
            out.push_back('\t');
            break;
        default: // "\u" and invalid escapes
            return false;
        }
        ++m_p;
        return true;
    }

    // An integer becomes its value (as JsonParser writes it: "-0" is "0"), a number with a fraction
    // keeps its lexeme.
    bool number(JsonValue& out)
    {
        const char* start = m_p;
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        const char* digits = m_p;
        if (m_p != m_end && *m_p == '0') {
            ++m_p;
        } else {
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
        }
        const std::size_t integerDigits = std::size_t(m_p - digits);
        if (integerDigits == 0)
            return false;
        bool integral = true;
        if (m_p != m_end && *m_p == '.') {
            integral = false;
            ++m_p;
            const char* fraction = m_p;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
            if (m_p == fraction)
                return false;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E'))
            return false;
        if (!integral) {
            if (std::size_t(m_p - start) > kMaxFastNumberChars)
                return false;
            if (m_discard)
                return true;
            out = JsonValue::number(std::string(start, m_p));
            return true;
        }
        if (integerDigits > kMaxFastIntegerDigits)
            return false;
        if (m_discard)
            return true;
        qint64 n = 0;
        for (const char* d = digits; d != m_p; ++d)
            n = n * 10 + (*d - '0');
        out = JsonValue::integer(negative ? -n : n);
        return true;
    }

    const char* m_p;
    const char* const m_end;
    const int m_maxDepth;
    const std::size_t m_maxValues;
    std::size_t m_values = 0;
    // The members and items of the open containers, innermost last.
    std::vector<JsonValue> m_items;
    std::vector<std::string> m_keys;
    std::string_view m_streamedKey;
    std::optional<JsonFastReader::ArrayText> m_streamed;
    bool m_discard = false; // check the text only, build nothing
};

} // namespace

int JsonFastReader::utf8SequenceLength(const char* p, const char* end)
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

void JsonFastReader::ArrayText::forEach(const std::function<void(std::size_t, const JsonValue&)>& f) const
{
    // Read once already: the limits were checked then.
    Reader reader(m_begin, m_end, std::numeric_limits<int>::max(), std::numeric_limits<std::size_t>::max());
    reader.items(m_depth, [&f](std::size_t index, JsonValue& item) { f(index, item); });
}

std::optional<JsonFastReader::Result> JsonFastReader::read(const QByteArray& bytes, int maxDepth, std::size_t maxValues,
                                                           std::string_view streamed)
{
    Result result;
    Reader reader(bytes.constData(), bytes.constData() + bytes.size(), maxDepth, maxValues, streamed);
    if (!reader.document(result.root))
        return std::nullopt;
    result.streamed = reader.streamed();
    return result;
}

} // namespace tp
