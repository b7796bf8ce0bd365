#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

namespace tp {

// One JSON value as a strict reader needs it: the exact lexeme of every number (never converted to
// binary floating point), object members in file order. Also used to compose JSON output.
class JsonValue
{
public:
    enum class Type : quint8
    {
        Null,
        Boolean,
        Integer,
        Number,
        String,
        Array,
        Object
    };

    JsonValue() = default;
    static JsonValue null() { return JsonValue(); }
    static JsonValue boolean(bool value);
    static JsonValue integer(qint64 value);
    // A number without fraction or exponent ("-12", "99999999999999999999"), whatever its size.
    static JsonValue integerText(std::string digits);
    // A number with fraction or exponent, exactly as written ("16.50", "1e1").
    static JsonValue number(std::string lexeme);
    static JsonValue string(std::string utf8);
    static JsonValue string(const QString& text);
    static JsonValue array();
    // An array of the strings, in their order.
    static JsonValue strings(const QStringList& list);
    static JsonValue object();

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNull() const { return m_type == Type::Null; }
    bool boolValue() const { return m_bool; }
    // The string (UTF-8) or the number lexeme.
    const std::string& text() const { return m_text; }
    QString toQString() const { return QString::fromStdString(m_text); }

    // Array items, or object member values (parallel to keys()).
    const std::vector<JsonValue>& items() const { return m_items; }
    const std::vector<std::string>& keys() const { return m_keys; }
    std::size_t size() const { return m_items.size(); }
    // The first member named key, or nullptr.
    const JsonValue* member(std::string_view key) const;

    void append(JsonValue value);
    void insert(std::string key, JsonValue value);
    void shrink();

    // The text Python's json.dumps(value, indent=1, ensure_ascii=False) gives, plus a newline.
    QByteArray toIndentedJson() const;

private:
    void writeIndented(std::string& out, int depth) const;
    static void writeString(std::string& out, const std::string& utf8);

    Type m_type = Type::Null;
    bool m_bool = false;
    std::string m_text;
    std::vector<JsonValue> m_items;
    std::vector<std::string> m_keys;
};

} // namespace tp
