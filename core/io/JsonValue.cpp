#include "JsonValue.h"

#include <iterator>
#include <utility>

namespace tp {

JsonValue JsonValue::boolean(bool value)
{
    JsonValue v;
    v.m_type = Type::Boolean;
    v.m_bool = value;
    return v;
}

JsonValue JsonValue::integer(qint64 value)
{
    return integerText(std::to_string(value));
}

JsonValue JsonValue::integerText(std::string digits)
{
    JsonValue v;
    v.m_type = Type::Integer;
    v.m_text = std::move(digits);
    return v;
}

JsonValue JsonValue::number(std::string lexeme)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = std::move(lexeme);
    return v;
}

JsonValue JsonValue::string(std::string utf8)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_text = std::move(utf8);
    return v;
}

JsonValue JsonValue::string(const QString& text)
{
    return string(text.toStdString());
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = Type::Array;
    return v;
}

JsonValue JsonValue::strings(const QStringList& list)
{
    JsonValue v = array();
    for (const QString& s : list)
        v.append(string(s));
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

const JsonValue* JsonValue::member(std::string_view key) const
{
    if (m_type != Type::Object)
        return nullptr;
    for (std::size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i] == key)
            return &m_items[i];
    return nullptr;
}

void JsonValue::append(JsonValue value)
{
    m_items.push_back(std::move(value));
}

void JsonValue::insert(std::string key, JsonValue value)
{
    m_keys.push_back(std::move(key));
    m_items.push_back(std::move(value));
}

void JsonValue::shrink()
{
    m_items.shrink_to_fit();
    m_keys.shrink_to_fit();
}

QByteArray JsonValue::toIndentedJson() const
{
    std::string out;
    IndentedJsonWriter writer(out);
    writer.value(*this);
    out.push_back('\n');
    return QByteArray(out.data(), qsizetype(out.size()));
}

void IndentedJsonWriter::begin(char bracket, bool object)
{
    next();
    m_out.push_back(bracket);
    m_levels.push_back(Level{object, true});
}

void IndentedJsonWriter::end()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty) {
        m_out.push_back('\n');
        m_out.append(m_levels.size(), ' ');
    }
    m_out.push_back(level.object ? '}' : ']');
}

void IndentedJsonWriter::newLine()
{
    Level& level = m_levels.back();
    if (!level.empty)
        m_out.push_back(',');
    level.empty = false;
    m_out.push_back('\n');
    m_out.append(m_levels.size(), ' ');
}

void IndentedJsonWriter::next()
{
    if (!m_levels.empty() && !m_levels.back().object)
        newLine();
}

void IndentedJsonWriter::key(std::string_view utf8)
{
    newLine();
    appendString(m_out, utf8);
    m_out += ": ";
}

namespace {

// `text` in UTF-8, in `buffer` when it is ASCII (most ids and codes), else in `spare`.
std::string_view utf8Of(QStringView text, char* buffer, std::size_t room, QByteArray& spare)
{
    if (std::size_t(text.size()) <= room) {
        std::size_t i = 0;
        for (; i < std::size_t(text.size()); ++i) {
            const char16_t c = text[qsizetype(i)].unicode();
            if (c >= 0x80)
                break;
            buffer[i] = char(c);
        }
        if (i == std::size_t(text.size()))
            return std::string_view(buffer, i);
    }
    spare = text.toUtf8();
    return std::string_view(spare.constData(), std::size_t(spare.size()));
}

} // namespace

void IndentedJsonWriter::key(QStringView text)
{
    char buffer[64];
    QByteArray spare;
    key(utf8Of(text, buffer, sizeof buffer, spare));
}

void IndentedJsonWriter::integer(qint64 n)
{
    next();
    m_out += std::to_string(n);
}

void IndentedJsonWriter::string(std::string_view utf8)
{
    next();
    appendString(m_out, utf8);
}

void IndentedJsonWriter::string(QStringView text)
{
    char buffer[64];
    QByteArray spare;
    string(utf8Of(text, buffer, sizeof buffer, spare));
}

void IndentedJsonWriter::strings(const QStringList& list)
{
    beginArray();
    for (const QString& s : list)
        string(s);
    end();
}

void IndentedJsonWriter::value(const JsonValue& tree)
{
    switch (tree.m_type) {
    case JsonValue::Type::Null:
        null();
        return;
    case JsonValue::Type::Boolean:
        boolean(tree.m_bool);
        return;
    case JsonValue::Type::Integer:
    case JsonValue::Type::Number:
        number(tree.m_text);
        return;
    case JsonValue::Type::String:
        string(std::string_view(tree.m_text));
        return;
    case JsonValue::Type::Array:
        beginArray();
        for (const JsonValue& item : tree.m_items)
            value(item);
        end();
        return;
    case JsonValue::Type::Object:
        beginObject();
        for (std::size_t i = 0; i < tree.m_items.size(); ++i) {
            key(std::string_view(tree.m_keys[i]));
            value(tree.m_items[i]);
        }
        end();
        return;
    }
}

void IndentedJsonWriter::appendString(std::string& out, std::string_view utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out.push_back(hex[c >> 4]);
                out.push_back(hex[c & 0xf]);
            } else {
                out.push_back(ch);
            }
        }
    }
    out.push_back('"');
}

} // namespace tp
