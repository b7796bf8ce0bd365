#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>
#include <string>
#include <string_view>
#include <vector>

namespace tp {

class JsonValue;

// Writes JSON indented as JsonValue::toIndentedJson() gives it, a value at a time: output too large to
// be built as a tree first is written straight into `out`. In an object, key() comes before each
// value; the values of an array come one after the other.
class IndentedJsonWriter
{
public:
    explicit IndentedJsonWriter(std::string& out) : m_out(out) {}

    void beginObject() { begin('{', true); }
    void beginArray() { begin('[', false); }
    // Closes the innermost object or array.
    void end();
    void key(std::string_view utf8);
    void key(QStringView text);

    void null() { value("null"); }
    void boolean(bool b) { value(b ? "true" : "false"); }
    void integer(qint64 n);
    // A number written as it is: "16.50", "-12".
    void number(std::string_view lexeme) { value(lexeme); }
    void string(std::string_view utf8);
    void string(QStringView text);
    // The strings, as an array.
    void strings(const QStringList& list);
    // A whole tree.
    void value(const JsonValue& tree);

    // The escaped form of a string, quotes included (JSON's escapes for the quote, the backslash and
    // the control characters; everything else as it is).
    static void appendString(std::string& out, std::string_view utf8);

private:
    struct Level
    {
        bool object = false;
        bool empty = true;
    };

    void begin(char bracket, bool object);
    // The comma after the item before, if any, and the line and indent of the next.
    void newLine();
    // Before a value: newLine() in an array (a key wrote it in an object).
    void next();
    void value(std::string_view text)
    {
        next();
        m_out += text;
    }

    std::string& m_out;
    std::vector<Level> m_levels;
};

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
    friend class IndentedJsonWriter;

    Type m_type = Type::Null;
    bool m_bool = false;
    std::string m_text;
    std::vector<JsonValue> m_items;
    std::vector<std::string> m_keys;
};

} // namespace tp
