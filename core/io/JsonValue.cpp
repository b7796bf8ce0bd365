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
    writeIndented(out, 0);
    out.push_back('\n');
    return QByteArray(out.data(), qsizetype(out.size()));
}

void JsonValue::writeIndented(std::string& out, int depth) const
{
    switch (m_type) {
    case Type::Null:
        out += "null";
        return;
    case Type::Boolean:
        out += m_bool ? "true" : "false";
        return;
    case Type::Integer:
    case Type::Number:
        out += m_text;
        return;
    case Type::String:
        writeString(out, m_text);
        return;
    case Type::Array:
    case Type::Object:
        break;
    }
    const bool isObj = m_type == Type::Object;
    if (m_items.empty()) {
        out += isObj ? "{}" : "[]";
        return;
    }
    out.push_back(isObj ? '{' : '[');
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (i > 0)
            out.push_back(',');
        out.push_back('\n');
        out.append(std::size_t(depth + 1), ' ');
        if (isObj) {
            writeString(out, m_keys[i]);
            out += ": ";
        }
        m_items[i].writeIndented(out, depth + 1);
    }
    out.push_back('\n');
    out.append(std::size_t(depth), ' ');
    out.push_back(isObj ? '}' : ']');
}

void JsonValue::writeString(std::string& out, const std::string& utf8)
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
