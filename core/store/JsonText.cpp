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
    if (!text.isValidUtf16()) {
        // A lone surrogate: Qt's own form, whatever it is.
        const QByteArray array = QJsonDocument(QJsonArray{QJsonValue(text.toString())}).toJson(QJsonDocument::Compact);
        out.append(array.constData() + 1, array.size() - 2); // without the brackets
        return;
    }
    const auto plain = [](char16_t u) { return u >= 0x20 && u < 0x80 && u != '"' && u != '\\'; };
    out.append('"');
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t u = text[i].unicode();
        if (u >= 0x80) {
            // A run of characters beyond ASCII, as UTF-8: nothing in it is escaped.
            qsizetype n = 1;
            while (i + n < size && text[i + n].unicode() >= 0x80)
                ++n;
            out.append(text.sliced(i, n).toUtf8());
            i += n;
            continue;
        }
        if (plain(u)) {
            // A run of ASCII characters written as they are, copied at once.
            qsizetype n = 1;
            while (i + n < size && plain(text[i + n].unicode()))
                ++n;
            const qsizetype at = out.size();
            out.resize(at + n);
            char* to = out.data() + at;
            for (qsizetype k = 0; k < n; ++k)
                to[k] = char(text[i + k].unicode());
            i += n;
            continue;
        }
        ++i;
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
