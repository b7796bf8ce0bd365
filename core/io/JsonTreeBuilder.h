#pragma once

#include "JsonValue.h"

#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tp {

// SAX handler for nlohmann::json::sax_parse that builds a JsonValue tree. Keeps number lexemes,
// notes duplicate object keys (the first value is kept), and stops at a nesting depth or a number
// of values beyond the limits so memory stays bounded whatever the input.
class JsonTreeBuilder : public nlohmann::json_sax<nlohmann::json>
{
public:
    enum class Stop
    {
        None,
        SyntaxError,
        TooDeep,
        TooManyValues
    };

    JsonTreeBuilder(int maxDepth, std::size_t maxValues);

    bool null() override;
    bool boolean(bool val) override;
    bool number_integer(number_integer_t val) override;
    bool number_unsigned(number_unsigned_t val) override;
    bool number_float(number_float_t val, const string_t& s) override;
    bool string(string_t& val) override;
    bool binary(binary_t& val) override;
    bool start_object(std::size_t elements) override;
    bool key(string_t& val) override;
    bool end_object() override;
    bool start_array(std::size_t elements) override;
    bool end_array() override;
    bool parse_error(std::size_t position, const std::string& last_token,
                     const nlohmann::detail::exception& ex) override;

    Stop stop() const { return m_stop; }
    // For Stop::SyntaxError: nlohmann's position (characters read, 1-based), token and error.
    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string& errorToken() const { return m_errorToken; }
    int errorId() const { return m_errorId; }
    const std::string& errorMessage() const { return m_errorMessage; }
    // JSON paths ("project.title") of keys that appear a second time in their object.
    const QStringList& duplicateKeys() const { return m_duplicateKeys; }
    std::optional<JsonValue> takeRoot();

private:
    struct Frame
    {
        JsonValue value;
        std::string key;            // objects: the key of the member being read
        bool discard = false;       // objects: that member repeats a key and is dropped
        std::set<std::string> seen; // objects: keys read so far
    };

    bool count();
    bool addValue(JsonValue value);
    bool open(JsonValue container);
    bool close();
    QString pathOfKey(const std::string& key) const;

    const int m_maxDepth;
    const std::size_t m_maxValues;
    std::size_t m_values = 0;
    std::vector<Frame> m_stack;
    std::optional<JsonValue> m_root;
    QStringList m_duplicateKeys;
    Stop m_stop = Stop::None;
    std::size_t m_errorPosition = 0;
    std::string m_errorToken;
    int m_errorId = 0;
    std::string m_errorMessage;
};

} // namespace tp
