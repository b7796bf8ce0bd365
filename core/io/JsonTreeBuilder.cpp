#include "JsonTreeBuilder.h"

#include <utility>

namespace tp {

JsonTreeBuilder::JsonTreeBuilder(int maxDepth, std::size_t maxValues) : m_maxDepth(maxDepth), m_maxValues(maxValues) {}

bool JsonTreeBuilder::null()
{
    return addValue(JsonValue::null());
}

bool JsonTreeBuilder::boolean(bool val)
{
    return addValue(JsonValue::boolean(val));
}

bool JsonTreeBuilder::number_integer(number_integer_t val)
{
    return addValue(JsonValue::integer(qint64(val)));
}

bool JsonTreeBuilder::number_unsigned(number_unsigned_t val)
{
    return addValue(JsonValue::integerText(std::to_string(val)));
}

bool JsonTreeBuilder::number_float(number_float_t, const string_t& s)
{
    // An integer too large for 64 bits arrives here too; it is still an integer as written.
    bool integral = !s.empty();
    for (std::size_t i = 0; i < s.size() && integral; ++i)
        integral = (s[i] >= '0' && s[i] <= '9') || (i == 0 && s[i] == '-' && s.size() > 1);
    return addValue(integral ? JsonValue::integerText(s) : JsonValue::number(s));
}

bool JsonTreeBuilder::string(string_t& val)
{
    return addValue(JsonValue::string(std::move(val)));
}

bool JsonTreeBuilder::binary(binary_t&)
{
    // Never produced by the JSON text parser.
    return false;
}

bool JsonTreeBuilder::start_object(std::size_t)
{
    return open(JsonValue::object());
}

bool JsonTreeBuilder::key(string_t& val)
{
    Frame& frame = m_stack.back();
    frame.discard = !frame.seen.insert(val).second;
    if (frame.discard)
        m_duplicateKeys.append(pathOfKey(val));
    frame.key = std::move(val);
    return true;
}

bool JsonTreeBuilder::end_object()
{
    return close();
}

bool JsonTreeBuilder::start_array(std::size_t)
{
    return open(JsonValue::array());
}

bool JsonTreeBuilder::end_array()
{
    return close();
}

bool JsonTreeBuilder::parse_error(std::size_t position, const std::string& last_token,
                                  const nlohmann::detail::exception& ex)
{
    m_stop = Stop::SyntaxError;
    m_errorPosition = position;
    m_errorToken = last_token;
    m_errorId = ex.id;
    m_errorMessage = ex.what();
    return false;
}

std::optional<JsonValue> JsonTreeBuilder::takeRoot()
{
    if (m_stop != Stop::None || !m_stack.empty())
        return std::nullopt;
    return std::move(m_root);
}

bool JsonTreeBuilder::count()
{
    if (++m_values > m_maxValues) {
        m_stop = Stop::TooManyValues;
        return false;
    }
    return true;
}

bool JsonTreeBuilder::addValue(JsonValue value)
{
    if (!count())
        return false;
    if (m_stack.empty()) {
        m_root = std::move(value);
        return true;
    }
    Frame& parent = m_stack.back();
    if (parent.value.isArray()) {
        parent.value.append(std::move(value));
    } else if (parent.discard) {
        parent.discard = false;
    } else {
        parent.value.insert(std::move(parent.key), std::move(value));
        parent.key.clear();
    }
    return true;
}

bool JsonTreeBuilder::open(JsonValue container)
{
    if (int(m_stack.size()) >= m_maxDepth) {
        m_stop = Stop::TooDeep;
        return false;
    }
    if (!count())
        return false;
    Frame frame;
    frame.value = std::move(container);
    m_stack.push_back(std::move(frame));
    return true;
}

bool JsonTreeBuilder::close()
{
    JsonValue value = std::move(m_stack.back().value);
    m_stack.pop_back();
    value.shrink();
    --m_values; // counted when opened
    return addValue(std::move(value));
}

QString JsonTreeBuilder::pathOfKey(const std::string& key) const
{
    QString path;
    for (std::size_t i = 0; i + 1 < m_stack.size(); ++i) {
        const Frame& frame = m_stack[i];
        if (frame.value.isArray()) {
            path += QLatin1Char('[') + QString::number(frame.value.size()) + QLatin1Char(']');
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += QString::fromStdString(frame.key);
        }
    }
    if (!path.isEmpty())
        path += QLatin1Char('.');
    path += QString::fromStdString(key);
    return path;
}

} // namespace tp
