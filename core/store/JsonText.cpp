#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tp::store::JsonText {

namespace {

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

void appendString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.reserve(start + text.size() * 3 + 2);
    out.append('"');
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                out.append(char(u));
                continue;
            }
            out.append('\\');
            switch (u) {
            case '"':
                out.append('"');
                break;
            case '\\':
                out.append('\\');
                break;
            case '\b':
                out.append('b');
                break;
            case '\f':
                out.append('f');
                break;
            case '\n':
                out.append('n');
                break;
            case '\r':
                out.append('r');
                break;
            case '\t':
                out.append('t');
                break;
            default: {
                const char escape[] = {'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf)};
                out.append(escape, sizeof escape);
            }
            }
        } else if (u < 0x800) {
            out.append(char(0xc0 | (u >> 6)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (u < 0xd800 || u > 0xdfff) {
            out.append(char(0xe0 | (u >> 12)));
            out.append(char(0x80 | ((u >> 6) & 0x3f)));
            out.append(char(0x80 | (u & 0x3f)));
        } else if (u < 0xdc00 && p < end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            out.append(char(0xf0 | (c >> 18)));
            out.append(char(0x80 | ((c >> 12) & 0x3f)));
            out.append(char(0x80 | ((c >> 6) & 0x3f)));
            out.append(char(0x80 | (c & 0x3f)));
        } else {
            // A lone surrogate: Qt's own form, whatever it is.
            out.truncate(start);
            const QByteArray array =
                QJsonDocument(QJsonArray{QJsonValue(text.toString())}).toJson(QJsonDocument::Compact);
            out.append(array.constData() + 1, array.size() - 2); // without the brackets
            return;
        }
    }
    out.append('"');
}

void appendInteger(QByteArray& out, qint64 value)
{
    out.append(QByteArray::number(value));
}

void appendObject(QByteArray& out, const QJsonObject& object)
{
    out.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace tp::store::JsonText
