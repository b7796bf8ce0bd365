// JsonFastReader gives the tree nlohmann's parser (through JsonTreeBuilder) gives, or nothing.
#include "io/JsonFastReader.h"
#include "io/JsonParser.h"
#include "io/JsonTreeBuilder.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <cstring>
#include <functional>
#include <random>
#include <thread>

using tp::JsonFastReader;
using tp::JsonParser;
using tp::JsonTreeBuilder;
using tp::JsonValue;

namespace {

// nlohmann's tree, or nothing when the text is not valid JSON within the limits or repeats a key.
std::optional<JsonValue> reference(const QByteArray& bytes)
{
    JsonTreeBuilder builder(JsonParser::kMaxDepth, JsonParser::kMaxValues);
    try {
        nlohmann::json::sax_parse(bytes.constBegin(), bytes.constEnd(), &builder, nlohmann::json::input_format_t::json,
                                  true, false);
    } catch (...) {
        return std::nullopt;
    }
    if (!builder.duplicateKeys().isEmpty())
        return std::nullopt;
    return builder.takeRoot();
}

bool same(const JsonValue& a, const JsonValue& b)
{
    if (a.type() != b.type() || a.text() != b.text() || a.boolValue() != b.boolValue() || a.keys() != b.keys() ||
        a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!same(a.items()[i], b.items()[i]))
            return false;
    return true;
}

std::optional<JsonValue> fast(const QByteArray& bytes)
{
    JsonFastReader reader(JsonParser::kMaxDepth, JsonParser::kMaxValues);
    return reader.read(bytes);
}

// The items of the streamed array "scores" of `text`, or nothing when the reader gives up on them.
std::optional<std::vector<JsonValue>> streamedItems(const QByteArray& text, std::size_t maxValues)
{
    JsonFastReader reader(JsonParser::kMaxDepth, maxValues);
    std::vector<JsonValue> items;
    std::size_t next = 0;
    bool inOrder = true;
    const auto add = [&](std::size_t index, const JsonFastReader::Item& item) {
        inOrder = inOrder && index == next++;
        items.push_back(item.tree());
    };
    if (!reader.read(text, "scores", -1, add) || !reader.hasStreamed() || !inOrder ||
        reader.streamedSize() != items.size())
        return std::nullopt;
    return items;
}

// The tree of `text` with the items of its streamed array "scores" in their place, or nothing when the
// reader gives up.
std::optional<JsonValue> streamedTree(const QByteArray& text)
{
    JsonFastReader reader(JsonParser::kMaxDepth, JsonParser::kMaxValues);
    JsonValue items = JsonValue::array();
    const std::optional<JsonValue> root = reader.read(
        text, "scores", -1, [&items](std::size_t, const JsonFastReader::Item& item) { items.append(item.tree()); });
    if (!root || !reader.hasStreamed())
        return root;
    if (reader.streamedSize() != items.size())
        return std::nullopt;
    JsonValue tree = JsonValue::object();
    for (std::size_t k = 0; k < root->size(); ++k)
        tree.insert(root->keys()[k], root->keys()[k] == "scores" ? items : root->items()[k]);
    return tree;
}

// Whether each item said to have the keys of the one before (keysAsBefore()) has them, item after item.
class KeysAsSaid
{
public:
    void next(const JsonFastReader::Item& item)
    {
        std::vector<std::string> keys;
        if (item.isFlatObject())
            for (const JsonFastReader::Member& m : item.members())
                keys.emplace_back(m.key);
        m_kept = m_kept && (!item.keysAsBefore() || keys == m_before);
        m_before = std::move(keys);
    }
    bool kept() const { return m_kept; }
    // The item before is not the last one given to next(): items were taken from elsewhere.
    void restart() { m_before.assign(1, std::string("\x01 not a key of these items")); }

private:
    std::vector<std::string> m_before;
    bool m_kept = true;
};

// A text that arrives a piece at a time, as a file read on another thread does: the bytes that have not
// arrived yet hold garbage, which a reader that looked at them would read. Each wait gives what was
// asked for, or a little more, up to `comes` bytes.
class Arriving
{
public:
    Arriving(const QByteArray& text, std::uint32_t seed, qsizetype comes)
        : m_text(text), m_memory(text.size() + JsonFastReader::kPadding, '\0'), m_random(seed),
          m_comes(std::size_t(comes < 0 ? text.size() : comes))
    {
        static const char kGarbage[] = "}],\" 0\\{[:\n9";
        for (qsizetype i = 0; i < text.size(); ++i)
            m_memory[i] = kGarbage[m_random() % (sizeof kGarbage - 1)];
    }

    QByteArray bytes() const { return QByteArray::fromRawData(m_memory.constData(), m_text.size()); }

    // The bytes from `from` to the end, there before the bytes before them.
    void lastPartFrom(std::size_t from)
    {
        from = std::min(from, std::size_t(m_text.size()));
        std::memcpy(m_memory.data() + from, m_text.constData() + from, std::size_t(m_text.size()) - from);
        m_lastPart = std::min(m_lastPart, from);
    }

    std::size_t operator()(std::size_t want)
    {
        ++waits;
        std::size_t now = m_arrived;
        if (now < want)
            now = want + (m_random() % 2 == 0 ? 0 : m_random() % 4096);
        now = std::min(now, m_comes);
        // The last part is there already, and may be read on another thread.
        const std::size_t copied = std::max(m_arrived, std::min(now, m_lastPart));
        std::memcpy(m_memory.data() + m_arrived, m_text.constData() + m_arrived, copied - m_arrived);
        m_arrived = now;
        return now;
    }

    int waits = 0;

private:
    const QByteArray m_text;
    QByteArray m_memory;
    std::mt19937 m_random;
    const std::size_t m_comes;
    std::size_t m_arrived = 0;
    std::size_t m_lastPart = std::size_t(-1);
};

// streamedTree() of `text` read as it arrives (Arriving), or nothing.
std::optional<JsonValue> arrivingTree(const QByteArray& text, std::uint32_t seed, qsizetype comes = -1,
                                      int* waits = nullptr)
{
    Arriving arriving(text, seed, comes);
    JsonFastReader reader(JsonParser::kMaxDepth, JsonParser::kMaxValues);
    JsonValue items = JsonValue::array();
    std::size_t next = 0;
    bool inOrder = true;
    // An item said to have the keys of the one before has them.
    KeysAsSaid keys;
    const std::optional<JsonValue> root = reader.read(
        arriving.bytes(), "scores", JsonFastReader::kPadding,
        [&](std::size_t index, const JsonFastReader::Item& item) {
            inOrder = inOrder && index == next++;
            items.append(item.tree());
            keys.next(item);
        },
        std::ref(arriving));
    if (!keys.kept())
        return std::nullopt;
    if (waits)
        *waits = arriving.waits;
    if (!root || !reader.hasStreamed())
        return root;
    if (!inOrder || reader.streamedSize() != items.size())
        return std::nullopt;
    JsonValue tree = JsonValue::object();
    for (std::size_t k = 0; k < root->size(); ++k)
        tree.insert(root->keys()[k], root->keys()[k] == "scores" ? items : root->items()[k]);
    return tree;
}

// How a test runs the task of JsonFastReader::Aside: at once, before read() goes on; on a thread of its
// own; or not at all.
enum class AsideRun
{
    AtOnce,
    Thread,
    Refused
};

// What asideTree() saw.
struct AsideSeen
{
    bool taken = false;
    bool wellTaken = true; // each take came after the items before it, and named all the items read aside
};

// streamedTree() of `text`, its later items read aside from byte `from` on (as `how` says), and the text
// arriving (Arriving, from `seed`) when `seed` is not 0.
std::optional<JsonValue> asideTree(const QByteArray& text, std::size_t from, AsideRun how, std::uint32_t seed,
                                   AsideSeen& seen)
{
    std::optional<Arriving> arriving;
    if (seed != 0)
        arriving.emplace(text, seed, -1);
    std::thread thread;
    std::vector<JsonValue> items;
    std::vector<JsonValue> aside;
    bool inOrder = true;
    JsonFastReader::Aside reading;
    reading.minBytes = 64 * 1024; // the rows' texts are of a few hundred KiB
    reading.run = [&](std::function<void(std::size_t)> task) {
        if (arriving)
            arriving->lastPartFrom(from);
        switch (how) {
        case AsideRun::AtOnce:
            task(from);
            return true;
        case AsideRun::Thread:
            thread = std::thread([task, from] { task(from); });
            return true;
        case AsideRun::Refused:
            break;
        }
        return false;
    };
    KeysAsSaid keysHere;
    KeysAsSaid keysThere;
    reading.onItem = [&](std::size_t index, const JsonFastReader::Item& item) {
        seen.wellTaken = seen.wellTaken && index == aside.size();
        keysThere.next(item);
        aside.push_back(item.tree());
    };
    reading.take = [&](std::size_t first, std::size_t count) {
        seen.taken = true;
        seen.wellTaken = seen.wellTaken && first == items.size() && count == aside.size();
        keysHere.restart();
        items.insert(items.end(), aside.begin(), aside.end());
    };
    JsonFastReader reader(JsonParser::kMaxDepth, JsonParser::kMaxValues);
    const auto onItem = [&](std::size_t index, const JsonFastReader::Item& item) {
        inOrder = inOrder && index == items.size();
        keysHere.next(item);
        items.push_back(item.tree());
    };
    const std::optional<JsonValue> root = arriving ? reader.read(arriving->bytes(), "scores", JsonFastReader::kPadding,
                                                                 onItem, std::ref(*arriving), &reading)
                                                   : reader.read(text, "scores", -1, onItem, {}, &reading);
    if (thread.joinable())
        thread.join();
    if (!keysHere.kept() || !keysThere.kept())
        return std::nullopt;
    if (!root || !reader.hasStreamed())
        return root;
    if (!inOrder || reader.streamedSize() != items.size())
        return std::nullopt;
    JsonValue array = JsonValue::array();
    for (JsonValue& item : items)
        array.append(std::move(item));
    JsonValue tree = JsonValue::object();
    for (std::size_t k = 0; k < root->size(); ++k)
        tree.insert(root->keys()[k], root->keys()[k] == "scores" ? array : root->items()[k]);
    return tree;
}

// A text of `items` score items of the usual form, more than the 64 KiB a reader keeps ahead of where it
// reads in a text that arrives; `odd(i)` is written in place of item i where it is not empty.
QByteArray manyItems(int items, const std::function<QByteArray(int)>& odd)
{
    QByteArray text = "{\"format\": \"x\", \"panel\": [{\"id\": \"P1\"}],\n \"scores\": [";
    for (int i = 0; i < items; ++i) {
        if (i > 0)
            text += ",";
        const QByteArray special = odd ? odd(i) : QByteArray();
        if (!special.isEmpty()) {
            text += special;
            continue;
        }
        text += "\n  {\"panelist\": \"P" + QByteArray::number(i % 7) + "\", \"bidder\": \"B" +
                QByteArray::number(i % 13) + "\", \"criterion\": \"C" + QByteArray::number(i % 5) +
                "\", \"score\": " + QByteArray::number(i % 20) + "." + QByteArray::number(i % 10) + "}";
    }
    text += "\n ],\n \"votes\": [], \"tail\": \"\\/é\"\n}";
    return text;
}

// Texts made from `base` by 1 to maxChanges changes (a byte of `alphabet` put in place of another, put
// in, or a byte taken out) at random places of [from, from + span), read as streamedTree() reads them:
// how many it read and how many it refused, and the first text it read otherwise than the reference.
struct Changed
{
    int accepted = 0;
    int refused = 0;
    QByteArray wrong;
};

Changed changedTexts(const QByteArray& base, qsizetype from, qsizetype span, const QByteArray& alphabet,
                     std::uint32_t seed, int rounds, int maxChanges)
{
    Changed changed;
    std::mt19937 random(seed);
    for (int round = 0; round < rounds; ++round) {
        QByteArray text = base;
        const int changes = 1 + int(random() % std::uint32_t(maxChanges));
        for (int c = 0; c < changes; ++c) {
            const qsizetype at = from + qsizetype(random() % std::uint32_t(std::min(span, text.size() - from)));
            const char byte = alphabet.at(qsizetype(random() % std::uint32_t(alphabet.size())));
            switch (random() % 3) {
            case 0:
                text[at] = byte;
                break;
            case 1:
                text.insert(at, byte);
                break;
            default:
                text.remove(at, 1);
                break;
            }
        }
        const std::optional<JsonValue> read = streamedTree(text);
        if (!read) {
            ++changed.refused;
            continue;
        }
        ++changed.accepted;
        const std::optional<JsonValue> expected = reference(text);
        if (!expected || !same(*read, *expected)) {
            changed.wrong = text;
            return changed;
        }
    }
    return changed;
}

} // namespace

class TestJsonFastReader : public QObject
{
    Q_OBJECT

private slots:
    void sameTree_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("object") << QByteArray("{\"a\": 1, \"b\": [true, false, null], \"c\": {\"d\": \"e\"}}");
        QTest::newRow("scalar") << QByteArray(" 5 ");
        QTest::newRow("string root") << QByteArray("\"x\"");
        QTest::newRow("empty containers") << QByteArray("{\"a\": {}, \"b\": [], \"c\": [[], {}]}");
        QTest::newRow("whitespace") << QByteArray(" \t\r\n{ \"a\" :\t[ 1 ,2 ] }\r\n");
        QTest::newRow("numbers") << QByteArray(
            "[0, -0, 7, -7, 16.5, 16.50, -0.0, 0.25, 999999999999999999, -999999999999999999, 1.000]");
        QTest::newRow("escapes") << QByteArray("[\"a\\\"b\", \"c\\\\d\", \"e\\/f\", \"\\b\\f\\n\\r\\t\"]");
        QTest::newRow("utf-8") << QByteArray("[\"慈溪 é 😀\", \"\xc2\x80\xf4\x8f\xbf\xbf\"]");
        QTest::newRow("deep 64") << QByteArray(64, '[') + QByteArray(64, ']');
        QTest::newRow("same key in two objects") << QByteArray("[{\"a\": 1}, {\"a\": 2}]");
        QTest::newRow("escaped keys") << QByteArray("{\"a\\/b\": 1, \"c\\\"d\": \"e\\\\u\", \"ab\": 2}");
    }
    void sameTree()
    {
        QFETCH(QByteArray, text);
        const std::optional<JsonValue> expected = reference(text);
        QVERIFY(expected);
        const std::optional<JsonValue> read = fast(text);
        QVERIFY(read);
        QVERIFY(same(*read, *expected));
    }

    // Invalid JSON, and the forms left to JsonParser, give nothing.
    void givesUp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n");
        QTest::newRow("unicode escape") << QByteArray("[\"\\u00e9\"]");
        QTest::newRow("invalid escape") << QByteArray("[\"\\x\"]");
        QTest::newRow("exponent") << QByteArray("[1e5]");
        QTest::newRow("19 digits") << QByteArray("[1234567890123456789]");
        QTest::newRow("long number") << QByteArray("[1." + QByteArray(300, '5') + "]");
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1, \"a\": 2}");
        QTest::newRow("deep 65") << QByteArray(65, '[') + QByteArray(65, ']');
        QTest::newRow("leading zero") << QByteArray("[01]");
        QTest::newRow("trailing comma") << QByteArray("[1,]");
        QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}");
        QTest::newRow("trailing text") << QByteArray("{} x");
        QTest::newRow("two values") << QByteArray("1 2");
        QTest::newRow("text after an array") << QByteArray("[1] 2");
        QTest::newRow("a number after a string") << QByteArray("\"a\" 1");
        QTest::newRow("a member without its object") << QByteArray("\"a\": \"x\"");
        QTest::newRow("a letter after a string") << QByteArray("\"a\"x");
        QTest::newRow("key repeated once escaped") << QByteArray("{\"a/b\": 1, \"a\\/b\": 2}");
        QTest::newRow("truncated") << QByteArray("{\"a\": [1, 2");
        QTest::newRow("control character") << QByteArray("[\"a\x01\"]");
        QTest::newRow("NUL") << QByteArray("[\"a\0\"]", 6);
        QTest::newRow("surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
        QTest::newRow("overlong") << QByteArray("[\"\xc0\xaf\"]");
        QTest::newRow("above U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
        QTest::newRow("cut sequence") << QByteArray("[\"\xe6\x85\"]");
        QTest::newRow("byte outside a string") << QByteArray("[\xc3\xa9]");
        QTest::newRow("bad literal") << QByteArray("[tru]");
        QTest::newRow("point without digits") << QByteArray("[1.]");
        QTest::newRow("minus alone") << QByteArray("[-]");
        QTest::newRow("fraction with a leading zero") << QByteArray("[01.5]");
        QTest::newRow("negative fraction with a leading zero") << QByteArray("[-01.5]");
        QTest::newRow("point first") << QByteArray("[.5]");
        QTest::newRow("minus and point") << QByteArray("[-.5]");
        QTest::newRow("two points") << QByteArray("[1.2.3]");
        QTest::newRow("minus in the fraction") << QByteArray("[1.-2]");
    }
    void givesUp()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!fast(text));
    }

    // Every scenario file of the tests: the same tree, or nothing.
    void testFiles()
    {
        int read = 0;
        for (const QString& folder : {QStringLiteral("/tests/data/bad"), QStringLiteral("/tests/data/examples")}) {
            const QDir dir(QStringLiteral(TP_SOURCE_DIR) + folder);
            for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QByteArray bytes = file.readAll();
                if (bytes.startsWith("\xEF\xBB\xBF"))
                    bytes.remove(0, 3);
                const std::optional<JsonValue> tree = fast(bytes);
                if (!tree)
                    continue;
                ++read;
                const std::optional<JsonValue> expected = reference(bytes);
                QVERIFY2(expected && same(*tree, *expected), qPrintable(name));
            }
        }
        QVERIFY(read > 10);
    }

    // The items of a streamed array come one at a time, as the tree would hold them.
    void streamed()
    {
        const QByteArray text = "{\"scores\": [{\"a\": 1}, 2, [3], {\"b\": \"x\", \"c\": 1.50, \"d\": true, "
                                "\"e\": null, \"f\": -0}, {\"g\": 1, \"h\": [2, {\"i\": 3}], \"j\": \"k\"}], "
                                "\"other\": {\"scores\": [4]}}";
        const std::optional<JsonValue> expected = reference(text);
        const JsonValue& items = *expected->member("scores");
        JsonFastReader reader(JsonParser::kMaxDepth, JsonParser::kMaxValues);
        std::size_t count = 0;
        std::vector<bool> flat;
        bool same = true;
        const std::optional<JsonValue> root =
            reader.read(text, "scores", -1, [&](std::size_t index, const JsonFastReader::Item& item) {
                same = same && index == count && ::same(item.tree(), items.items()[index]);
                flat.push_back(item.isFlatObject());
                ++count;
            });
        QVERIFY(root && reader.hasStreamed());
        QVERIFY(same);
        const JsonValue* placeholder = root->member("scores");
        QVERIFY(placeholder && placeholder->isArray() && placeholder->size() == 0);
        // Only the root's member is streamed.
        QCOMPARE(root->member("other")->member("scores")->size(), std::size_t(1));
        QCOMPARE(reader.streamedSize(), items.size());
        QCOMPARE(count, items.size());
        // Objects of strings, numbers, booleans and nulls are read in place.
        QCOMPARE(flat, std::vector<bool>({true, false, false, true, false}));

        // Not an array: built as usual.
        JsonFastReader other(JsonParser::kMaxDepth, JsonParser::kMaxValues);
        const std::optional<JsonValue> number =
            other.read("{\"scores\": 5}", "scores", -1, [](std::size_t, const JsonFastReader::Item&) {});
        QVERIFY(number && !other.hasStreamed());
        QCOMPARE(number->member("scores")->text(), std::string("5"));
    }

    // Items that repeat the keys of the one before (read without looking for where each key ends)
    // and items that change them: each the tree the reference gives.
    void streamedRepeatedKeys_data()
    {
        QTest::addColumn<QByteArray>("items");
        QTest::newRow("same keys, same order") << QByteArray("{\"a\": 1, \"b\": 2}, {\"a\": 3, \"b\": 4}");
        QTest::newRow("same keys, other order") << QByteArray("{\"a\": 1, \"b\": 2}, {\"b\": 3, \"a\": 4}");
        QTest::newRow("a longer key") << QByteArray("{\"a\": 1}, {\"ab\": 2}, {\"a\": 3}");
        QTest::newRow("a shorter key") << QByteArray("{\"ab\": 1}, {\"a\": 2}, {\"ab\": 3}");
        QTest::newRow("one key more") << QByteArray("{\"a\": 1}, {\"a\": 2, \"b\": 3}");
        QTest::newRow("one key fewer") << QByteArray("{\"a\": 1, \"b\": 2}, {\"a\": 3}, {\"a\": 4, \"b\": 5}");
        QTest::newRow("an escaped key, then plain")
            << QByteArray("{\"a\\/b\": 1}, {\"a\\/b\": 2}, {\"a/b\": 3}, {\"a\\/b\": 4}");
        QTest::newRow("a quote in a key") << QByteArray("{\"a\\\"b\": 1, \"a\": 2}, {\"a\\\"b\": 3, \"a\": 4}");
        QTest::newRow("a key that starts like the last")
            << QByteArray("{\"panelist\": \"P1\", \"score\": 1}, {\"panelist2\": \"P1\", \"score\": 1}");
        QTest::newRow("after an item that is not flat")
            << QByteArray("{\"a\": 1}, {\"a\": [1]}, {\"a\": 2}, 3, {\"a\": 4}");
        QTest::newRow("spaces around keys") << QByteArray("{ \"a\" : 1 ,\"b\":2}, {\"a\":3 , \"b\" :4 }");
        QTest::newRow("empty keys") << QByteArray("{\"\": 1}, {\"\": 2}");
    }
    void streamedRepeatedKeys()
    {
        QFETCH(QByteArray, items);
        const QByteArray text = "{\"scores\": [" + items + "]}";
        const std::optional<JsonValue> expected = reference(text);
        QVERIFY(expected);
        const std::optional<std::vector<JsonValue>> read = streamedItems(text, JsonParser::kMaxValues);
        QVERIFY(read);
        const JsonValue& want = *expected->member("scores");
        QCOMPARE(read->size(), want.size());
        for (std::size_t i = 0; i < read->size(); ++i)
            QVERIFY2(same((*read)[i], want.items()[i]), qPrintable(QStringLiteral("item %1").arg(i)));
    }

    // Items in every form: those written plainly (strings without escapes, numbers without exponents,
    // literals) are read from the text, and simdjson reads on from the first item that is not. Each item
    // is the tree the reference gives.
    void streamedForms_data()
    {
        QTest::addColumn<QByteArray>("items");
        QTest::newRow("empty array") << QByteArray();
        QTest::newRow("empty objects") << QByteArray("{}, { }, {\n}");
        QTest::newRow("literals") << QByteArray("{\"a\": true, \"b\": false, \"c\": null}");
        QTest::newRow("integers") << QByteArray("{\"a\": 0, \"b\": -0, \"c\": 7, \"d\": -7, \"e\": 999999999999999999, "
                                                "\"f\": -999999999999999999}");
        QTest::newRow("fractions") << QByteArray("{\"a\": 16.5, \"b\": 16.50, \"c\": -0.0, \"d\": 0.25, \"e\": 1." +
                                                 QByteArray(297, '5') + "}");
        QTest::newRow("strings") << QByteArray("{\"a\": \"\", \"b\": \"P1\", \"c\": \"慈溪 é 😀\", \"d\": \"\x7f\", "
                                               "\"e\": \"\xc2\x80\xf4\x8f\xbf\xbf\"}");
        QTest::newRow("keys of any text") << QByteArray("{\"评分\": 1, \"\": 2, \" a b \": 3}");
        QTest::newRow("whitespace everywhere")
            << QByteArray(" \t\r\n{ \"a\" :\t1 ,\r\n\"b\":\"x\"\n}\n ,\n{\"a\":2}\t");
        QTest::newRow("no whitespace") << QByteArray("{\"a\":1,\"b\":\"x\"},{\"a\":2,\"b\":\"y\"}");
        QTest::newRow("scores") << QByteArray("{\"panelist\": \"P1\", \"bidder\": \"B1\", \"criterion\": \"C1\", "
                                              "\"score\": 12.5}, {\"panelist\": \"P1\", \"bidder\": \"B1\", "
                                              "\"criterion\": \"C2\", \"score\": 8}");
        // From an item that is not plain on, simdjson reads: at the first item, and later.
        QTest::newRow("an escape in a value, first") << QByteArray("{\"a\": \"x\\\"y\"}, {\"a\": \"z\"}");
        QTest::newRow("an escape in a value, third")
            << QByteArray("{\"a\": 1}, {\"a\": 2}, {\"a\": \"x\\\\y\"}, {\"a\": 3}");
        QTest::newRow("an escape in a key, second") << QByteArray("{\"a\": 1}, {\"a\\/b\": 2}, {\"a\": 3}");
        QTest::newRow("an array in an item") << QByteArray("{\"a\": 1}, {\"a\": [1, 2]}, {\"a\": 3}");
        QTest::newRow("an object in an item") << QByteArray("{\"a\": 1}, {\"a\": {\"b\": 2}}, {\"a\": 3}");
        QTest::newRow("items that are not objects") << QByteArray("{\"a\": 1}, 2, \"x\", [3], null, {\"a\": 4}");
        QTest::newRow("the last item not plain") << QByteArray("{\"a\": 1}, {\"a\": 2}, {\"a\": \"\\n\"}");
    }
    void streamedForms()
    {
        QFETCH(QByteArray, items);
        const QByteArray text = "{\"before\": [1, {\"x\": \"]\"}], \"scores\": [" + items + "], \"after\": \"[\"}";
        const std::optional<JsonValue> expected = reference(text);
        QVERIFY(expected);
        const std::optional<JsonValue> read = streamedTree(text);
        QVERIFY(read);
        QVERIFY(same(*read, *expected));
    }

    // Text cut or changed anywhere in the items: the reader gives the reference's tree or nothing, never
    // a tree of text that is not valid JSON or another tree.
    void streamedChangedText()
    {
        const QByteArray items =
            "{\"panelist\": \"P1\", \"bidder\": \"慈溪\", \"criterion\": \"C1\", \"score\": 12.5},\n"
            " {\"panelist\": \"P2\", \"bidder\": \"B-1\", \"criterion\": \"C1\", \"score\": -0},\n"
            " {\"ok\": true, \"no\": false, \"none\": null, \"n\": 10.05, \"e\": \"é\"}";
        const QByteArray base = "{\"panel\": [\"P1\"], \"scores\": [" + items + "], \"tail\": 1}";
        const QByteArray alphabet =
            QByteArray("\"\\{}[],: \n\t.-+0129eEtrufalsn\x01\x7f\x80\xbf\xc3\xe6\xed\xf4") + '\0';
        const Changed changed = changedTexts(base, 24, items.size(), alphabet, 20261206, 6000, 3);
        QVERIFY2(changed.wrong.isEmpty(), changed.wrong.toPercentEncoding().constData());
        // Both outcomes were seen often.
        QVERIFY(changed.accepted > 500);
        QVERIFY(changed.refused > 500);
    }

    // The streamed array is read before the rest of the text, which simdjson then reads without it:
    // text cut or changed anywhere, before, around or after the array, gives the reference's tree or
    // nothing, never a tree of text that is not valid JSON.
    void streamedChangedTextAnywhere()
    {
        const QByteArray base =
            "{\"format\": \"x\", \"a\\\"\": [\"[\", {\"scores\": \"]\"}], \"panel\": [{\"id\": \"P1\"}],\n"
            " \"scores\": [\n  {\"panelist\": \"P1\", \"bidder\": \"B1\", \"criterion\": \"C1\", \"score\": 12.5},\n"
            "  {\"panelist\": \"P1\", \"bidder\": \"B1\", \"criterion\": \"C2\", \"score\": 7}\n ],\n"
            " \"votes\": [], \"tail\": \"\\/é\"\n}";
        QVERIFY(reference(base));
        const QByteArray alphabet = QByteArray("\"\\{}[],: \n.-0129etrufalsn\x01\x80\xc3") + '\0';
        const Changed changed = changedTexts(base, 0, base.size(), alphabet, 20261207, 8000, 2);
        QVERIFY2(changed.wrong.isEmpty(), changed.wrong.toPercentEncoding().constData());
        QVERIFY(changed.accepted > 500);
        QVERIFY(changed.refused > 500);
    }

    // An item tells whether its keys are those of the item before, in the same order, when they are
    // written as that item's are.
    void streamedKeysAsBefore()
    {
        const QByteArray text = "{\"scores\": [{\"a\": 1, \"b\": 2}, {\"a\": 3, \"b\": 4}, {\"a\": 5},"
                                " {\"a\": 6, \"b\": 7}, {\"b\": 8, \"a\": 9}, {\"b\": 1, \"a\": 2},"
                                " {\"b\":6,\"a\":7}, {\"b\":1,\"a\":2}, {}, {}, {\"b\": [8], \"a\": 9},"
                                " {\"b\": 1, \"a\": 2}]}";
        JsonFastReader reader(JsonParser::kMaxDepth, JsonParser::kMaxValues);
        std::vector<bool> asBefore;
        QVERIFY(reader.read(text, "scores", -1, [&](std::size_t, const JsonFastReader::Item& item) {
            asBefore.push_back(item.keysAsBefore());
        }));
        QCOMPARE(asBefore,
                 std::vector<bool>({false, true, false, false, false, true, false, true, false, true, false, false}));
    }

    // A text read as it arrives gives what it gives read whole, however its pieces fall: items cut where
    // the text that has arrived ends, items longer than what the reader keeps ahead, items that are not
    // plain, spaces that run past it.
    void arriving_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain items") << manyItems(3000, {}) << true;
        QTest::newRow("a long item") << manyItems(3000, [](int i) {
            return i == 1500 ? "{\"panelist\": \"" + QByteArray(100 * 1024, 'x') + "\", \"score\": 1}" : QByteArray();
        }) << true;
        QTest::newRow("a long item first") << manyItems(3000, [](int i) {
            return i == 0 ? "{\"a\": \"" + QByteArray(70 * 1024, 'y') + "\"}" : QByteArray();
        }) << true;
        QTest::newRow("long spaces between items") << manyItems(3000, [](int i) {
            return i % 1000 == 250 ? QByteArray(90 * 1024, ' ') + "{\"a\": 1}" + QByteArray(70 * 1024, '\n')
                                   : QByteArray();
        }) << true;
        QTest::newRow("an escape late") << manyItems(3000, [](int i) {
            return i == 2500 ? QByteArray("{\"a\": \"x\\\"y\"}") : QByteArray();
        }) << true;
        QTest::newRow("an array in an item late")
            << manyItems(3000, [](int i) { return i == 2999 ? QByteArray("{\"a\": [1, {\"b\": 2}]}") : QByteArray(); })
            << true;
        QTest::newRow("non-ASCII keys and values") << manyItems(3000, [](int i) {
            return i % 100 == 3 ? QByteArray("{\"评分\": \"慈溪\", \"é\": 1.5}") : QByteArray();
        }) << true;
        QTest::newRow("a syntax error late")
            << manyItems(3000, [](int i) { return i == 2800 ? QByteArray("{\"a\": 1 \"b\": 2}") : QByteArray(); })
            << false;
        QTest::newRow("invalid UTF-8 late")
            << manyItems(3000, [](int i) { return i == 2000 ? QByteArray("{\"a\": \"\xc3\x28\"}") : QByteArray(); })
            << false;
        QTest::newRow("a repeated key late")
            << manyItems(3000, [](int i) { return i == 2200 ? QByteArray("{\"a\": 1, \"a\": 2}") : QByteArray(); })
            << false;
        // Read again after the text has all arrived, a long item is checked as a first item is: its
        // first key was taken for the leads, and its second is written as the item before wrote its own.
        QTest::newRow("a repeated key in a long item") << manyItems(3000, [](int i) {
            return i == 1500   ? "{\"panelist\": \"P1\", \"panelist\": \"" + QByteArray(70 * 1024, 'x') + "\"}"
                   : i == 1499 ? QByteArray("{\"criterion\": \"C1\", \"panelist\": \"P2\"}")
                               : QByteArray();
        }) << false;
        QTest::newRow("a long item after one of the same keys in another order") << manyItems(3000, [](int i) {
            return i == 1500   ? "{\"a\": \"1\", \"b\": \"" + QByteArray(70 * 1024, 'x') + "\"}"
                   : i == 1499 ? QByteArray("{\"b\": \"1\", \"a\": \"2\"}")
                               : QByteArray();
        }) << true;
        QTest::newRow("scores not found before the text ends in the first part")
            << "{\"pad\": \"" + QByteArray(100 * 1024, 'z') + "\", " + manyItems(3000, {}).mid(1) << true;
        QTest::newRow("small") << QByteArray("{\"scores\": [{\"a\": 1}, {\"a\": 2}]}") << true;
    }
    void arriving()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const std::optional<JsonValue> expected = reference(text);
        QCOMPARE(bool(expected), valid);
        const std::optional<JsonValue> whole = streamedTree(text);
        QCOMPARE(bool(whole), valid);
        for (std::uint32_t seed = 1; seed <= 6; ++seed) {
            int waits = 0;
            const std::optional<JsonValue> read = arrivingTree(text, seed, -1, &waits);
            QCOMPARE(bool(read), valid);
            if (read)
                QVERIFY(same(*read, *expected));
            // The array was read in pieces.
            if (QByteArray(QTest::currentDataTag()) == "plain items")
                QVERIFY(waits > 10);
        }
    }

    // The later items of an array read on another thread: the tree is the one read whole, wherever
    // that reading starts, however it is run, the text arriving or not. Where it starts at an item of
    // the array, its items are taken.
    void aside_data() { arriving_data(); }
    void aside()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        const std::optional<JsonValue> whole = streamedTree(text);
        QCOMPARE(bool(whole), valid);
        const std::size_t size = std::size_t(text.size());
        const std::size_t froms[] = {0, size / 3, size / 2, size * 9 / 10, size};
        for (const std::size_t from : froms) {
            for (const AsideRun how : {AsideRun::AtOnce, AsideRun::Thread, AsideRun::Refused}) {
                for (const std::uint32_t seed : {0u, 7u}) {
                    AsideSeen seen;
                    const std::optional<JsonValue> read = asideTree(text, from, how, seed, seen);
                    const QByteArray where = QByteArray::number(qulonglong(from)) + " " + QByteArray::number(int(how)) +
                                             " " + QByteArray::number(seed);
                    QVERIFY2(bool(read) == valid, where.constData());
                    if (read)
                        QVERIFY2(same(*read, *whole), where.constData());
                    QVERIFY2(seen.wellTaken, where.constData());
                    // Run at once from the middle of a long plain array, before this thread reads: taken.
                    if (how == AsideRun::AtOnce && from == size / 2 &&
                        QByteArray(QTest::currentDataTag()) == "plain items")
                        QVERIFY2(seen.taken, where.constData());
                    if (how == AsideRun::Refused)
                        QVERIFY(!seen.taken);
                }
            }
        }
    }

    // A text that ends before its size says gives nothing, wherever it ends.
    void arrivingShort()
    {
        const QByteArray text = manyItems(3000, {});
        std::mt19937 random(20261207);
        for (int round = 0; round < 40; ++round) {
            const qsizetype comes = round == 0 ? 0 : qsizetype(random() % std::uint32_t(text.size()));
            QVERIFY2(!arrivingTree(text, std::uint32_t(round), comes), qPrintable(QString::number(comes)));
        }
        QVERIFY(!arrivingTree(text, 1, text.size() - 1));
        QVERIFY(arrivingTree(text, 1, text.size()));
    }

    // Text changed anywhere in a large array, read as it arrives: the tree the reader gives for the text
    // read whole, which is the reference's, or nothing.
    void arrivingChangedText()
    {
        const QByteArray base = manyItems(1500, [](int i) {
            return i % 300 == 7 ? QByteArray("{\"a\": \"é\", \"b\": [1], \"c\": \"\\n\"}") : QByteArray();
        });
        const QByteArray alphabet = QByteArray("\"\\{}[],: \n.-019etrufalsn\x01\x80\xc3") + '\0';
        std::mt19937 random(20261208);
        int accepted = 0;
        int refused = 0;
        for (int round = 0; round < 300; ++round) {
            QByteArray text = base;
            for (int c = 0; c < 2; ++c) {
                const qsizetype at = 60 + qsizetype(random() % std::uint32_t(text.size() - 60));
                text[at] = alphabet.at(qsizetype(random() % std::uint32_t(alphabet.size())));
            }
            const std::optional<JsonValue> whole = streamedTree(text);
            const std::optional<JsonValue> read = arrivingTree(text, random());
            QCOMPARE(bool(read), bool(whole));
            if (!read) {
                ++refused;
                continue;
            }
            ++accepted;
            QVERIFY(same(*read, *whole));
            const std::optional<JsonValue> expected = reference(text);
            QVERIFY(expected && same(*read, *expected));
        }
        QVERIFY(accepted > 20);
        QVERIFY(refused > 20);
    }

    // The items of a streamed array are checked as they are read.
    void streamedGivesUp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("missing comma") << QByteArray("{\"scores\": [1 2]}");
        QTest::newRow("two commas") << QByteArray("{\"scores\": [1,, 2]}");
        QTest::newRow("wrong bracket") << QByteArray("{\"scores\": [1, 2}, \"a\": 1]}");
        QTest::newRow("duplicate key") << QByteArray("{\"scores\": [{\"a\": 1, \"a\": 2}]}");
        // Keys that begin as in the item before, then repeat.
        QTest::newRow("duplicate key after the same first key")
            << QByteArray("{\"scores\": [{\"a\": 1, \"b\": 2}, {\"a\": 1, \"a\": 2}]}");
        QTest::newRow("duplicate key after the same keys")
            << QByteArray("{\"scores\": [{\"a\": 1, \"b\": 2}, {\"a\": 1, \"b\": 2, \"a\": 3}]}");
        QTest::newRow("duplicate key in another order")
            << QByteArray("{\"scores\": [{\"a\": 1, \"b\": 2}, {\"b\": 1, \"b\": 2}]}");
        QTest::newRow("duplicate key, once escaped, after the same keys")
            << QByteArray("{\"scores\": [{\"a/b\": 1, \"c\": 2}, {\"a/b\": 1, \"a\\/b\": 2}]}");
        QTest::newRow("unicode escape") << QByteArray("{\"scores\": [{\"a\": \"\\u00e9\"}]}");
        QTest::newRow("unicode escape in a key") << QByteArray("{\"scores\": [{\"\\u0061\": 1}]}");
        QTest::newRow("exponent") << QByteArray("{\"scores\": [{\"a\": 1e2}]}");
        QTest::newRow("19 digits") << QByteArray("{\"scores\": [{\"a\": 1234567890123456789}]}");
        QTest::newRow("bad literal") << QByteArray("{\"scores\": [{\"a\": nul}]}");
        QTest::newRow("deep 65") << "{\"scores\": " + QByteArray(64, '[') + QByteArray(64, ']') + "}";
        // Not JSON, in an item that would be read from the text.
        QTest::newRow("leading zero") << QByteArray("{\"scores\": [{\"a\": 01}]}");
        QTest::newRow("point without digits") << QByteArray("{\"scores\": [{\"a\": 1.}]}");
        QTest::newRow("minus alone") << QByteArray("{\"scores\": [{\"a\": -}]}");
        QTest::newRow("point first") << QByteArray("{\"scores\": [{\"a\": .5}]}");
        QTest::newRow("two minus signs") << QByteArray("{\"scores\": [{\"a\": --1}]}");
        QTest::newRow("minus inside") << QByteArray("{\"scores\": [{\"a\": 1-2}]}");
        QTest::newRow("letters after a number") << QByteArray("{\"scores\": [{\"a\": 12x}]}");
        QTest::newRow("cut literal") << QByteArray("{\"scores\": [{\"a\": tru}]}");
        QTest::newRow("literal and more") << QByteArray("{\"scores\": [{\"a\": truex}]}");
        QTest::newRow("capital literal") << QByteArray("{\"scores\": [{\"a\": True}]}");
        QTest::newRow("missing colon") << QByteArray("{\"scores\": [{\"a\" 1}]}");
        QTest::newRow("missing value") << QByteArray("{\"scores\": [{\"a\": }]}");
        QTest::newRow("comma before the brace") << QByteArray("{\"scores\": [{\"a\": 1,}]}");
        QTest::newRow("missing comma between members") << QByteArray("{\"scores\": [{\"a\": 1 \"b\": 2}]}");
        QTest::newRow("missing comma between items") << QByteArray("{\"scores\": [{\"a\": 1} {\"b\": 2}]}");
        QTest::newRow("comma after the last item") << QByteArray("{\"scores\": [{\"a\": 1},]}");
        QTest::newRow("key without quotes") << QByteArray("{\"scores\": [{a: 1}]}");
        QTest::newRow("single quotes") << QByteArray("{\"scores\": [{\"a\": 'x'}]}");
        QTest::newRow("control character in a value") << QByteArray("{\"scores\": [{\"a\": \"x\ty\"}]}");
        QTest::newRow("NUL in a key") << QByteArray("{\"scores\": [{\"a\0\": 1}]}", 22);
        QTest::newRow("surrogate in a value") << QByteArray("{\"scores\": [{\"a\": \"\xed\xa0\x80\"}]}");
        QTest::newRow("overlong in a key") << QByteArray("{\"scores\": [{\"\xc0\xaf\": 1}]}");
        QTest::newRow("cut sequence at the quote") << QByteArray("{\"scores\": [{\"a\": \"\xe6\x85\"}]}");
        QTest::newRow("duplicate key, plain")
            << QByteArray("{\"scores\": [{\"a\": 1}, {\"b\": 1, \"c\": 2, \"b\": 3}]}");
    }
    void streamedGivesUp()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!reference(text) || !fast(text));
        QVERIFY(!streamedItems(text, JsonParser::kMaxValues));
    }

    // The items of a streamed array count toward the limit of values, read from the text or not.
    void streamedLimit()
    {
        const QByteArray numbers = "{\"scores\": [1, 2, 3]}";
        QVERIFY(!streamedItems(numbers, 4));
        QVERIFY(streamedItems(numbers, 5));
        // The root, the array, and each object and each of its members.
        const QByteArray objects = "{\"scores\": [{\"a\": 1, \"b\": \"x\"}, {}, {\"c\": null}]}";
        QVERIFY(!streamedItems(objects, 7));
        QVERIFY(streamedItems(objects, 8));
        const QByteArray mixed = "{\"scores\": [{\"a\": 1}, {\"b\": [2]}, {\"c\": 3}]}";
        QVERIFY(!streamedItems(mixed, 8));
        QVERIFY(streamedItems(mixed, 9));
    }
};

QTEST_GUILESS_MAIN(TestJsonFastReader)
#include "tst_jsonfastreader.moc"
