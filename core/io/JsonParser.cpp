#include "JsonParser.h"

#include "JsonTreeBuilder.h"
#include "Utf8.h"

#include <QCoreApplication>
#include <new>

namespace tp {

namespace {

bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Offset of the bracket that opens nesting level maxDepth + 1, or -1.
qsizetype tooDeepOffset(const QByteArray& bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return -1;
}

QString located(const QByteArray& bytes, qsizetype offset, const QString& why)
{
    const auto [line, column] = JsonParser::lineAndColumn(bytes, offset);
    return QCoreApplication::translate("ScenarioReader", "line %1, column %2: %3").arg(line).arg(column).arg(why);
}

// Up to 16 characters of the text at offset, up to the end of its line.
QString textAt(const QByteArray& bytes, qsizetype offset)
{
    qsizetype end = offset;
    int characters = 0;
    while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') {
        if ((static_cast<unsigned char>(bytes[end]) & 0xC0) != 0x80 && ++characters > 16)
            break;
        ++end;
    }
    return QString::fromUtf8(bytes.mid(offset, end - offset));
}

QString syntaxReason(const JsonTreeBuilder& builder, const QByteArray& bytes, qsizetype offset)
{
    const std::string& message = builder.errorMessage();
    auto has = [&message](const char* fragment) { return message.find(fragment) != std::string::npos; };
    if (builder.errorId() == 406)
        return QCoreApplication::translate("ScenarioReader", "the number %1 is too large")
            .arg(QString::fromStdString(builder.errorToken()));
    if (has("control character"))
        return QCoreApplication::translate("ScenarioReader", "a string holds a control character that must be escaped");
    if (has("surrogate") || has("'\\u'") || has("after backslash"))
        return QCoreApplication::translate("ScenarioReader", "a string holds an invalid escape sequence");
    if (offset >= bytes.size() || has("end of input; expected"))
        return QCoreApplication::translate("ScenarioReader", "the JSON text ends too early (is the file truncated?)");
    if (has("expected end of input"))
        return QCoreApplication::translate("ScenarioReader", "unexpected text after the end of the JSON object");
    return QCoreApplication::translate("ScenarioReader", "invalid JSON at \"%1\"").arg(textAt(bytes, offset));
}

} // namespace

std::pair<qsizetype, qsizetype> JsonParser::lineAndColumn(const QByteArray& bytes, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, bytes.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

qsizetype JsonParser::invalidUtf8Offset(const QByteArray& bytes)
{
    return qsizetype(utf8::invalidOffset(std::string_view(bytes.constData(), std::size_t(bytes.size()))));
}

JsonParser::Result JsonParser::parse(const QByteArray& input)
{
    Result result;
    auto fail = [&result](const QString& why) {
        result.problems.append(Problem{QString(), why});
        return result;
    };
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bool blank = true;
    for (const char c : std::as_const(bytes))
        if (!isJsonWhitespace(c)) {
            blank = false;
            break;
        }
    if (blank)
        return fail(QCoreApplication::translate("ScenarioReader", "the file is empty"));
    const qsizetype bad = invalidUtf8Offset(bytes);
    if (bad >= 0)
        return fail(located(bytes, bad,
                            QCoreApplication::translate("ScenarioReader", "the file is not valid UTF-8 (byte 0x%1)")
                                .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'))));

    // nlohmann's lexer takes a NUL byte for the end of the input.
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0)
        return fail(
            located(bytes, nul,
                    QCoreApplication::translate("ScenarioReader", "the file holds a NUL byte (is it a binary file?)")));

    JsonTreeBuilder builder(kMaxDepth, kMaxValues);
    try {
        nlohmann::json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder, nlohmann::json::input_format_t::json,
                                  true, false);
    } catch (const std::bad_alloc&) {
        return fail(QCoreApplication::translate("ScenarioReader", "there is not enough memory to read the file"));
    } catch (...) {
        if (builder.stop() == JsonTreeBuilder::Stop::None)
            return fail(QCoreApplication::translate("ScenarioReader", "the file could not be parsed as JSON"));
    }
    switch (builder.stop()) {
    case JsonTreeBuilder::Stop::None:
        break;
    case JsonTreeBuilder::Stop::SyntaxError: {
        // nlohmann's position counts the characters read, the offending one included.
        qsizetype offset = qsizetype(builder.errorPosition()) - 1;
        if (builder.errorId() == 406)
            offset -= qsizetype(builder.errorToken().size()) - 1; // point at the start of the number
        offset = qBound(qsizetype(0), offset, bytes.size());
        return fail(located(bytes, offset, syntaxReason(builder, bytes, offset)));
    }
    case JsonTreeBuilder::Stop::TooDeep:
        return fail(located(
            bytes, tooDeepOffset(bytes, kMaxDepth),
            QCoreApplication::translate("ScenarioReader", "the JSON nesting is deeper than %1 levels").arg(kMaxDepth)));
    case JsonTreeBuilder::Stop::TooManyValues:
        return fail(QCoreApplication::translate("ScenarioReader", "the file holds more than %1 JSON values")
                        .arg(qulonglong(kMaxValues)));
    }
    result.root = builder.takeRoot();
    if (!result.root)
        return fail(QCoreApplication::translate("ScenarioReader", "the file could not be parsed as JSON"));
    for (const QString& path : builder.duplicateKeys())
        result.problems.append(Problem{
            path, QCoreApplication::translate("ScenarioReader", "the key appears more than once in this object")});
    return result;
}

} // namespace tp
