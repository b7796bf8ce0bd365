#include "ScenarioValidator.h"

#include "DateTimeText.h"
#include "JsonParser.h"
#include "LargePages.h"
#include "ScenarioReader.h"
#include "model/Limits.h"
#include "rules/PanelRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cstring>
#include <limits>
#include <map>

namespace tp {

namespace {

constexpr qint64 kMaxCount = 10000;
constexpr int kMaxWinners = 100; // every share is at least 1 percent
constexpr int kMaxTextChars = Limits::kTextChars;
constexpr int kMaxReasonChars = Limits::kNoteChars;
constexpr int kMaxIdChars = Limits::kIdChars;

// The range of each whole-number setting, for a scenario file and for settings in memory alike.
struct Bounds
{
    qint64 min;
    qint64 max;
};
constexpr Bounds kCopies{1, kMaxCount};
constexpr Bounds kPresentationMinutes{1, kMaxCount};
constexpr Bounds kStatementMinutes{0, kMaxCount};
constexpr Bounds kMinBidders{1, kMaxCount};
constexpr Bounds kWinners{1, kMaxWinners};
constexpr Bounds kShare{1, 100};
constexpr Bounds kTrimCount{0, kMaxCount};
constexpr Bounds kWorkingDays{1, kMaxCount};

QString child(const QString& path, std::string_view key)
{
    const QString name = QString::fromUtf8(key.data(), qsizetype(key.size()));
    return path.isEmpty() ? name : path + QLatin1Char('.') + name;
}

QString element(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// The document details of the project: the key of each in a scenario file, and its field.
struct DocumentField
{
    std::string_view key;
    QString DocumentDetails::*field;
};

const DocumentField kDocumentFields[] = {{"basis", &DocumentDetails::basis},
                                         {"issuer", &DocumentDetails::issuer},
                                         {"publication_website", &DocumentDetails::publicationWebsite},
                                         {"challenge_address", &DocumentDetails::challengeAddress},
                                         {"challenge_contact", &DocumentDetails::challengeContact},
                                         {"contact_person", &DocumentDetails::contactPerson},
                                         {"contact_phone", &DocumentDetails::contactPhone},
                                         {"contact_address", &DocumentDetails::contactAddress}};

qsizetype codePoints(const std::string& utf8)
{
    qsizetype n = 0;
    for (const char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

// Whole number of a JSON integer lexeme, or nullopt beyond +-10^15 (then *negative tells the side).
std::optional<qint64> smallInteger(const std::string& digits, bool* negative)
{
    *negative = !digits.empty() && digits[0] == '-';
    const std::size_t start = *negative ? 1 : 0;
    if (digits.size() - start > 15)
        return std::nullopt;
    qint64 value = 0;
    for (std::size_t i = start; i < digits.size(); ++i)
        value = value * 10 + (digits[i] - '0');
    return *negative ? -value : value;
}

bool isLowerHex64(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

// A score written as scenario files write them ("18", "18.5", "-0.25": at most 2 decimals and 9
// digits before the point) in hundredths, or nullopt for any other form.
std::optional<Hundredths> plainHundredths(JsonValue::Type type, std::string_view t)
{
    if (type != JsonValue::Type::Integer && type != JsonValue::Type::Number)
        return std::nullopt;
    const auto digitAt = [&t](std::size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
    std::size_t i = 0;
    const bool negative = !t.empty() && t[0] == '-';
    if (negative)
        ++i;
    const std::size_t start = i;
    Hundredths whole = 0;
    for (; digitAt(i); ++i)
        whole = whole * 10 + (t[i] - '0');
    const std::size_t digits = i - start;
    if (digits == 0 || digits > 9 || (digits > 1 && t[start] == '0'))
        return std::nullopt;
    Hundredths cents = 0;
    if (i < t.size() && t[i] == '.') {
        const std::size_t fraction = ++i;
        for (; digitAt(i); ++i)
            cents = cents * 10 + (t[i] - '0');
        if (i == fraction || i - fraction > 2)
            return std::nullopt;
        if (i - fraction == 1)
            cents *= 10;
    }
    if (i != t.size())
        return std::nullopt;
    const Hundredths h = whole * 100 + cents;
    return negative ? -h : h;
}

} // namespace

// The score entries of a file as they are read, before the ids they name are known. An entry of the
// usual form (an object of the strings "panelist", "bidder" and "criterion" and a "score" of at most
// two decimals, not negative) becomes a row of the scores, by its codes' positions in their table.
// Any other entry keeps a row of kNone in its place, and its tree when it was streamed. The codes
// repeat from entry to entry: the code that followed each code in each slot is tried before the hash.
class ScenarioValidator::ScoreRows
{
public:
    static constexpr ScoreList::Code kNone = std::numeric_limits<ScoreList::Code>::max();

    // `item`: the streamed entry, whose tree is kept when it is not of the usual form; none when the
    // caller has the tree.
    void add(std::size_t index, const std::vector<JsonFastReader::Member>* members, const JsonFastReader::Item* item)
    {
        if (members && members->size() == 4) {
            // The member of each key: where the entry before had it when the keys are the same.
            if (!(m_orderKnown && item && item->keysAsBefore())) {
                m_orderKnown = true;
                for (int k = 0; k < 4; ++k) {
                    const int slot = keySlot((*members)[std::size_t(k)].key);
                    if (slot < 0) {
                        m_orderKnown = false;
                        break;
                    }
                    m_order[slot] = k;
                }
            }
            if (m_orderKnown) {
                const JsonFastReader::Member& panelist = (*members)[std::size_t(m_order[0])];
                const JsonFastReader::Member& bidder = (*members)[std::size_t(m_order[1])];
                const JsonFastReader::Member& criterion = (*members)[std::size_t(m_order[2])];
                const JsonFastReader::Member& score = (*members)[std::size_t(m_order[3])];
                const std::optional<Hundredths> h = plainHundredths(score.type, score.text);
                if (panelist.type == JsonValue::Type::String && bidder.type == JsonValue::Type::String &&
                    criterion.type == JsonValue::Type::String && h && *h >= 0) {
                    ScoreList::Row& row = m_rows[m_rowCount];
                    row.panelist = code(0, panelist.text);
                    row.bidder = code(1, bidder.text);
                    row.criterion = code(2, criterion.text);
                    row.score = *h;
                    added();
                    return;
                }
            }
        } else {
            m_orderKnown = false;
        }
        others.emplace_back(qsizetype(index), item ? item->tree() : JsonValue());
        m_rows[m_rowCount] = ScoreList::Row{kNone, kNone, kNone, 0};
        added();
    }

    // The first `count` rows of `later`, the entries from `first` on, added after these (the entries
    // before `first`): its codes become codes of this table, those new here in the order `later` met
    // them, as if this had read its entries.
    void append(ScoreRows& later, std::size_t first, std::size_t count)
    {
        flush();
        later.flush();
        Q_ASSERT(scores.size() == qsizetype(first));
        std::vector<ScoreList::Code> codes(later.m_views.size());
        for (std::size_t c = 0; c < codes.size(); ++c)
            codes[c] = known(later.m_views[c]);
        const qsizetype taken = std::min(qsizetype(count), later.scores.size());
        for (qsizetype i = 0; i < taken; ++i) {
            ScoreList::Row row = later.scores.row(i);
            if (row.panelist != kNone)
                row = ScoreList::Row{codes[row.panelist], codes[row.bidder], codes[row.criterion], row.score};
            m_rows[m_rowCount] = row;
            added();
        }
        flush();
        for (auto& [index, tree] : later.others)
            if (index < taken)
                others.emplace_back(index + qsizetype(first), std::move(tree));
        later.others.clear();
        m_orderKnown = false;
    }

    // The rows added, in `scores`.
    void flush()
    {
        scores.appendRows(m_rows, m_rowCount);
        m_rowCount = 0;
    }

    // The number of codes the entries named, and the UTF-8 text of each.
    qsizetype codes() const { return qsizetype(m_views.size()); }
    std::string_view text(ScoreList::Code code) const { return m_views[code]; }

    ScoreList scores;
    // The entries not of the usual form, by their index in `scores`, in order.
    std::vector<std::pair<qsizetype, JsonValue>> others;

private:
    void added()
    {
        if (++m_rowCount == kChunk)
            flush();
    }

    // 0 panelist, 1 bidder, 2 criterion, 3 score; -1 for any other key.
    static int keySlot(std::string_view key)
    {
        switch (key.size()) {
        case 8:
            return std::memcmp(key.data(), "panelist", 8) == 0 ? 0 : -1;
        case 6:
            return std::memcmp(key.data(), "bidder", 6) == 0 ? 1 : -1;
        case 9:
            return std::memcmp(key.data(), "criterion", 9) == 0 ? 2 : -1;
        case 5:
            return std::memcmp(key.data(), "score", 5) == 0 ? 3 : -1;
        default:
            return -1;
        }
    }

    // std::string_view's ==, kept inline: codes are a few bytes, and a call to memcmp for each of three
    // codes of 150,000 entries is measurable.
    static bool same(std::string_view a, std::string_view b)
    {
        if (a.size() != b.size())
            return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }

    // The position of `text` in the table of codes, added there the first time.
    ScoreList::Code code(int slot, std::string_view text)
    {
        const ScoreList::Code last = m_last[slot];
        if (last != kNone) {
            if (same(m_views[last], text))
                return last;
            const ScoreList::Code next = m_next[slot][last];
            if (next != kNone && same(m_views[next], text)) {
                m_last[slot] = next;
                return next;
            }
        }
        return found(slot, text);
    }

    // code() where neither the last code of the slot nor the one that followed it is `text`.
    Q_NEVER_INLINE ScoreList::Code found(int slot, std::string_view text)
    {
        const ScoreList::Code code = known(text);
        ScoreList::Code& last = m_last[slot];
        if (last != kNone)
            m_next[slot][last] = code;
        last = code;
        return code;
    }

    // The position of `text` in the table of codes, added there the first time.
    ScoreList::Code known(std::string_view text)
    {
        const auto it = m_byText.find(text);
        if (it != m_byText.end())
            return it->second;
        const ScoreList::Code code = scores.intern(QString::fromUtf8(text.data(), qsizetype(text.size())));
        m_texts.emplace_back(text);
        m_views.push_back(m_texts.back());
        m_byText.emplace(m_views.back(), code);
        for (std::vector<ScoreList::Code>& next : m_next)
            next.push_back(kNone);
        return code;
    }

    // Rows are added a chunk at a time: filling a row in place in `scores` would cost more.
    static constexpr qsizetype kChunk = 512;
    ScoreList::Row m_rows[kChunk];
    qsizetype m_rowCount = 0;
    // Where each key (keySlot()) is among the members of the last entry, when it had the four.
    int m_order[4] = {0, 1, 2, 3};
    bool m_orderKnown = false;
    std::deque<std::string> m_texts;       // by code
    std::vector<std::string_view> m_views; // of m_texts
    std::unordered_map<std::string_view, ScoreList::Code> m_byText;
    std::vector<ScoreList::Code> m_next[3]; // by code, in each slot
    ScoreList::Code m_last[3] = {kNone, kNone, kNone};
};

// The first score entry of each (panelist, bidder, criterion), by the positions of the three ids in
// their lists: a table when the scores fill a good part of it, else a hash.
class ScenarioValidator::ScoreCells
{
public:
    ScoreCells(qsizetype panel, qsizetype bidders, qsizetype criteria, qsizetype scores)
        : m_bidders(quint64(bidders)), m_criteria(quint64(criteria))
    {
        const quint64 cells = quint64(panel) * m_bidders * m_criteria;
        m_dense = cells <= quint64(scores) * 4 + 4096;
        if (m_dense)
            m_first.assign(std::size_t(cells), -1);
        else
            m_sparse.reserve(std::size_t(scores));
    }

    // The entry that already gave this score, or -1 after noting `entry` as the one that did.
    qsizetype claim(qsizetype panelist, qsizetype bidder, qsizetype criterion, qsizetype entry)
    {
        const quint64 key = (quint64(panelist) * m_bidders + quint64(bidder)) * m_criteria + quint64(criterion);
        if (m_dense) {
            qint32& first = m_first[std::size_t(key)];
            if (first >= 0)
                return first;
            first = qint32(entry);
            return -1;
        }
        const auto [it, added] = m_sparse.try_emplace(key, entry);
        return added ? -1 : it->second;
    }

private:
    quint64 m_bidders;
    quint64 m_criteria;
    bool m_dense = true;
    // A file holds fewer than JsonParser::kMaxValues entries.
    static_assert(JsonParser::kMaxValues <= std::size_t(std::numeric_limits<qint32>::max()));
    std::vector<qint32> m_first;
    std::unordered_map<quint64, qsizetype> m_sparse;
};

ScenarioValidator::ScenarioValidator(Problems* problems) : m_problems(problems) {}

ScenarioValidator::~ScenarioValidator() = default;

void ScenarioValidator::expectStreamedScores(qsizetype bytes)
{
    // The fewest bytes a score entry takes, with the comma after it.
    constexpr std::string_view kSmallest = R"({"panelist":"","bidder":"","criterion":"","score":0},)";
    if (!m_scoreRows)
        m_scoreRows = std::make_unique<ScoreRows>();
    ScoreList& scores = m_scoreRows->scores;
    const qsizetype rows = bytes / qsizetype(kSmallest.size()) + 1;
    m_expectedRows = rows;
    if (rows <= scores.size())
        return;
    scores.reserve(rows);
    adviseLargePages(scores.reservedRows(), std::size_t(rows) * sizeof(ScoreList::Row));
}

void ScenarioValidator::expectLaterScores()
{
    // Given the same room as the others, on this thread: its blocks come from the heap that the
    // programs reserve in large pages, where another thread's would come from a heap of its own, in
    // pages of 4 KiB (app/LargeAllocations.cpp).
    if (m_laterRows)
        return;
    m_laterRows = std::make_unique<ScoreRows>();
    ScoreList& later = m_laterRows->scores;
    later.reserve(m_expectedRows);
    adviseLargePages(later.reservedRows(), std::size_t(m_expectedRows) * sizeof(ScoreList::Row));
}

void ScenarioValidator::laterScore(std::size_t index, const JsonFastReader::Item& item)
{
    if (!m_laterRows)
        m_laterRows = std::make_unique<ScoreRows>();
    m_laterRows->add(index, item.isFlatObject() ? &item.members() : nullptr, &item);
}

void ScenarioValidator::takeLaterScores(std::size_t first, std::size_t count)
{
    if (!m_scoreRows)
        m_scoreRows = std::make_unique<ScoreRows>();
    if (m_laterRows) {
        m_scoreRows->append(*m_laterRows, first, count);
        m_laterRows.reset();
    }
}

void ScenarioValidator::streamedScore(std::size_t index, const JsonFastReader::Item& item)
{
    if (!m_scoreRows)
        m_scoreRows = std::make_unique<ScoreRows>();
    m_scoreRows->add(index, item.isFlatObject() ? &item.members() : nullptr, &item);
}

void ScenarioValidator::problem(const QString& where, const QString& why)
{
    m_problems->append(Problem{where, why});
}

bool ScenarioValidator::reportedAt(const QString& path) const
{
    for (const Problem& p : *m_problems)
        if (path == p.where)
            return true;
    return false;
}

QString ScenarioValidator::typeName(const JsonValue& value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        return QCoreApplication::translate("ScenarioReader", "null");
    case JsonValue::Type::Boolean:
        return QCoreApplication::translate("ScenarioReader", "a boolean");
    case JsonValue::Type::Integer:
    case JsonValue::Type::Number:
        return QCoreApplication::translate("ScenarioReader", "a number");
    case JsonValue::Type::String:
        return QCoreApplication::translate("ScenarioReader", "a string");
    case JsonValue::Type::Array:
        return QCoreApplication::translate("ScenarioReader", "an array");
    case JsonValue::Type::Object:
        break;
    }
    return QCoreApplication::translate("ScenarioReader", "an object");
}

bool ScenarioValidator::expectObject(const JsonValue& value, const QString& path)
{
    if (value.isObject())
        return true;
    problem(path, QCoreApplication::translate("ScenarioReader", "must be an object, found %1").arg(typeName(value)));
    return false;
}

bool ScenarioValidator::expectArray(const JsonValue& value, const QString& path)
{
    if (value.isArray())
        return true;
    problem(path, QCoreApplication::translate("ScenarioReader", "must be an array, found %1").arg(typeName(value)));
    return false;
}

void ScenarioValidator::checkKeys(const JsonValue& object, const QString& path,
                                  std::initializer_list<std::string_view> allowed)
{
    for (const std::string& key : object.keys()) {
        bool known = false;
        for (const std::string_view a : allowed)
            known = known || a == key;
        if (!known)
            problem(child(path, key), QCoreApplication::translate("ScenarioReader", "unknown key"));
    }
}

const JsonValue* ScenarioValidator::required(const JsonValue& object, const QString& path, std::string_view key)
{
    const JsonValue* value = object.member(key);
    if (!value)
        problem(child(path, key), QCoreApplication::translate("ScenarioReader", "required key is missing"));
    return value;
}

std::optional<QString> ScenarioValidator::string(const JsonValue& value, const QString& path)
{
    if (value.isString())
        return value.toQString();
    problem(path, QCoreApplication::translate("ScenarioReader", "must be a string, found %1").arg(typeName(value)));
    return std::nullopt;
}

std::optional<QString> ScenarioValidator::text(const JsonValue& value, const QString& path, int maxChars)
{
    std::optional<QString> s = string(value, path);
    if (!s)
        return std::nullopt;
    return textValue(*s, codePoints(value.text()), path, maxChars);
}

std::optional<QString> ScenarioValidator::textValue(const QString& s, qsizetype n, const QString& path, int maxChars)
{
    if (s.isEmpty()) {
        problem(path, QCoreApplication::translate("ScenarioReader", "must not be empty"));
        return std::nullopt;
    }
    if (n > maxChars) {
        problem(path,
                QCoreApplication::translate("ScenarioReader", "is %1 characters long, longer than the limit of %2")
                    .arg(n)
                    .arg(maxChars));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> ScenarioValidator::integer(const JsonValue& value, const QString& path, qint64 min, qint64 max)
{
    if (value.type() == JsonValue::Type::Number) {
        problem(path,
                QCoreApplication::translate("ScenarioReader", "must be an integer, found %1").arg(value.toQString()));
        return std::nullopt;
    }
    if (value.type() != JsonValue::Type::Integer) {
        problem(path,
                QCoreApplication::translate("ScenarioReader", "must be an integer, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    bool negative = false;
    const std::optional<qint64> n = smallInteger(value.text(), &negative);
    return bounded(n, negative, value.toQString(), path, min, max);
}

std::optional<qint64> ScenarioValidator::bounded(std::optional<qint64> n, bool negative, const QString& lexeme,
                                                 const QString& path, qint64 min, qint64 max)
{
    if ((n && *n < min) || (!n && negative)) {
        problem(path, QCoreApplication::translate("ScenarioReader", "%1 is below the minimum %2").arg(lexeme).arg(min));
        return std::nullopt;
    }
    if (!n || *n > max) {
        problem(path, QCoreApplication::translate("ScenarioReader", "%1 is above the maximum %2").arg(lexeme).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> ScenarioValidator::bounded(qint64 n, const QString& path, qint64 min, qint64 max)
{
    return bounded(n, n < 0, QString::number(n), path, min, max);
}

std::optional<bool> ScenarioValidator::boolean(const JsonValue& value, const QString& path)
{
    if (value.type() == JsonValue::Type::Boolean)
        return value.boolValue();
    problem(path,
            QCoreApplication::translate("ScenarioReader", "must be true or false, found %1").arg(typeName(value)));
    return std::nullopt;
}

std::optional<Hundredths> ScenarioValidator::decimal(const JsonValue& value, const QString& path)
{
    if (value.type() != JsonValue::Type::Integer && value.type() != JsonValue::Type::Number) {
        problem(path, QCoreApplication::translate("ScenarioReader", "must be a number, found %1").arg(typeName(value)));
        return std::nullopt;
    }
    return decimalText(value.toQString(), path);
}

std::optional<Hundredths> ScenarioValidator::decimalText(const QString& lexeme, const QString& path)
{
    Decimal::ParseError error = Decimal::ParseError::None;
    const std::optional<Hundredths> h = Decimal::parseHundredths(lexeme, &error);
    if (h)
        return h;
    switch (error) {
    case Decimal::ParseError::TooManyDecimals:
        problem(path, QCoreApplication::translate("ScenarioReader", "%1 has more than 2 decimals").arg(lexeme));
        break;
    case Decimal::ParseError::OutOfRange:
        problem(path, QCoreApplication::translate("ScenarioReader", "%1 is out of range").arg(lexeme));
        break;
    case Decimal::ParseError::None:
    case Decimal::ParseError::Syntax:
        problem(path, QCoreApplication::translate("ScenarioReader", "%1 is not a decimal number").arg(lexeme));
        break;
    }
    return std::nullopt;
}

std::optional<QDateTime> ScenarioValidator::dateTime(const JsonValue& value, const QString& path)
{
    const std::optional<QString> s = string(value, path);
    if (!s)
        return std::nullopt;
    return dateTimeText(*s, path);
}

std::optional<QDateTime> ScenarioValidator::dateTimeText(const QString& s, const QString& path)
{
    DateTimeText::Error error = DateTimeText::Error::None;
    const std::optional<QDateTime> dt = DateTimeText::parseDateTime(s, &error);
    if (dt)
        return dt;
    switch (error) {
    case DateTimeText::Error::NoSuchDate:
        problem(path,
                QCoreApplication::translate("ScenarioReader", "\"%1\" is not a real calendar date and time").arg(s));
        break;
    case DateTimeText::Error::OffsetOutOfRange:
        problem(path,
                QCoreApplication::translate("ScenarioReader", "\"%1\" has an offset from UTC beyond 14 hours").arg(s));
        break;
    case DateTimeText::Error::None:
    case DateTimeText::Error::Syntax:
        problem(path,
                QCoreApplication::translate(
                    "ScenarioReader", "\"%1\" is not a date-time with an offset such as 2014-07-29T17:00:00+08:00")
                    .arg(s));
        break;
    }
    return std::nullopt;
}

std::optional<QDate> ScenarioValidator::date(const JsonValue& value, const QString& path)
{
    const std::optional<QString> s = string(value, path);
    if (!s)
        return std::nullopt;
    return dateText(*s, path);
}

std::optional<QDate> ScenarioValidator::dateText(const QString& s, const QString& path)
{
    DateTimeText::Error error = DateTimeText::Error::None;
    const std::optional<QDate> d = DateTimeText::parseDate(s, &error);
    if (d)
        return d;
    if (error == DateTimeText::Error::NoSuchDate)
        problem(path, QCoreApplication::translate("ScenarioReader", "\"%1\" is not a real calendar date").arg(s));
    else
        problem(path, QCoreApplication::translate("ScenarioReader", "\"%1\" is not a date such as 2014-08-08").arg(s));
    return std::nullopt;
}

std::optional<QString> ScenarioValidator::choice(const JsonValue& value, const QString& path, const QString& first,
                                                 const QString& second)
{
    const std::optional<QString> s = string(value, path);
    if (!s)
        return std::nullopt;
    if (*s == first || *s == second)
        return s;
    problem(
        path,
        QCoreApplication::translate("ScenarioReader", "must be \"%1\" or \"%2\", found \"%3\"").arg(first, second, *s));
    return std::nullopt;
}

std::optional<QString> ScenarioValidator::id(const JsonValue& entry, const QString& entryPath, IdIndex& index,
                                             qsizetype position, const QString& listPath)
{
    const JsonValue* value = required(entry, entryPath, "id");
    if (!value) {
        index.incomplete = true;
        return std::nullopt;
    }
    const QString path = child(entryPath, "id");
    const std::optional<QString> s = string(*value, path);
    if (!s) {
        index.incomplete = true;
        return std::nullopt;
    }
    return idValue(*s, codePoints(value->text()), path, index, position, listPath);
}

std::optional<QString> ScenarioValidator::idValue(const QString& s, qsizetype n, const QString& path, IdIndex& index,
                                                  qsizetype position, const QString& listPath)
{
    if (s.isEmpty()) {
        problem(path, QCoreApplication::translate("ScenarioReader", "must not be empty"));
        index.incomplete = true;
        return std::nullopt;
    }
    if (n > kMaxIdChars)
        problem(path,
                QCoreApplication::translate("ScenarioReader", "is %1 characters long, longer than the limit of %2")
                    .arg(n)
                    .arg(kMaxIdChars));
    const auto it = index.first.constFind(s);
    if (it != index.first.constEnd()) {
        problem(path, QCoreApplication::translate("ScenarioReader", "duplicate id \"%1\" (also %2)")
                          .arg(s, element(listPath, it.value())));
        return std::nullopt;
    }
    index.first.insert(s, position);
    index.texts.push_back(s.toStdString());
    index.byText.emplace(std::string_view(index.texts.back()), IdIndex::Entry{s, position});
    return s;
}

std::optional<ScenarioValidator::Reference> ScenarioValidator::reference(const JsonValue& value, const QString& path,
                                                                         RefKind kind)
{
    const std::optional<QString> s = string(value, path);
    if (!s)
        return std::nullopt;
    const IdIndex& index = kind == RefKind::Bidder ? m_bidders : kind == RefKind::Panelist ? m_panel : m_criteria;
    const auto first = index.first.constFind(*s);
    const bool resolved = first != index.first.constEnd();
    Reference ref{*s, resolved, resolved ? first.value() : -1};
    if (!ref.resolved && !index.incomplete) {
        switch (kind) {
        case RefKind::Bidder:
            problem(path, QCoreApplication::translate("ScenarioReader", "no bidder has id \"%1\"").arg(*s));
            break;
        case RefKind::Panelist:
            problem(path, QCoreApplication::translate("ScenarioReader", "no panelist has id \"%1\"").arg(*s));
            break;
        case RefKind::Criterion:
            problem(path, QCoreApplication::translate("ScenarioReader", "no criterion has id \"%1\"").arg(*s));
            break;
        }
    }
    return ref;
}

Scenario ScenarioValidator::read(const JsonValue& root, bool scoresStreamed)
{
    m_scoresStreamed = scoresStreamed;
    if (!root.isObject()) {
        problem(QString(), QCoreApplication::translate("ScenarioReader", "the file must hold one JSON object, found %1")
                               .arg(typeName(root)));
        return Scenario();
    }
    checkKeys(root, QString(),
              {"format", "project", "criteria", "bidders", "proposals", "opening", "panel", "draw", "scores", "votes"});
    if (const JsonValue* format = required(root, QString(), "format")) {
        const QString expected = QLatin1String(ScenarioReader::kFormatName);
        const std::optional<QString> s = string(*format, QStringLiteral("format"));
        if (s && *s != expected)
            problem(QStringLiteral("format"),
                    QCoreApplication::translate("ScenarioReader", "must be \"%1\", found \"%2\"").arg(expected, *s));
    }
    if (const JsonValue* project = required(root, QString(), "project"))
        readProject(*project, QStringLiteral("project"));
    else
        m_trimValid = false;
    readCriteria(required(root, QString(), "criteria"));
    readBidders(required(root, QString(), "bidders"));
    if (const JsonValue* proposals = root.member("proposals"))
        readProposals(*proposals);
    if (const JsonValue* opening = root.member("opening")) {
        if (!root.member("proposals"))
            problem(QStringLiteral("opening"),
                    QCoreApplication::translate("ScenarioReader",
                                                "needs \"proposals\": only received proposals are opened"));
        readOpening(*opening);
    }
    readPanel(required(root, QString(), "panel"));
    if (const JsonValue* draw = root.member("draw"))
        readDraw(*draw);
    if (const JsonValue* value = root.member("scores"))
        readScores(*value);
    if (const JsonValue* votes = root.member("votes"))
        readVotes(*votes);
    return m_scenario;
}

void ScenarioValidator::readProject(const JsonValue& value, const QString& path)
{
    if (!expectObject(value, path)) {
        m_maxWinners.reset();
        m_trimValid = false;
        return;
    }
    checkKeys(value, path,
              {"title",
               "purchaser",
               "registration_deadline",
               "proposal_deadline",
               "required_copies",
               "presentation_minutes",
               "statement_minutes",
               "min_bidders",
               "max_winners",
               "allocation",
               "areas",
               "trim",
               "tie_precision",
               "publication",
               "basis",
               "issuer",
               "publication_website",
               "challenge_address",
               "challenge_contact",
               "contact_person",
               "contact_phone",
               "contact_address"});
    Project& project = m_scenario.project;
    for (const DocumentField& f : kDocumentFields)
        if (const JsonValue* v = value.member(f.key))
            project.documents.*f.field = text(*v, child(path, f.key), kMaxTextChars).value_or(QString()).trimmed();
    if (const JsonValue* v = required(value, path, "title"))
        project.title = text(*v, child(path, "title"), kMaxTextChars).value_or(QString());
    if (const JsonValue* v = required(value, path, "purchaser"))
        project.purchaser = text(*v, child(path, "purchaser"), kMaxTextChars).value_or(QString());
    if (const JsonValue* v = value.member("registration_deadline"))
        project.registrationDeadline = dateTime(*v, child(path, "registration_deadline"));
    if (const JsonValue* v = value.member("proposal_deadline"))
        project.proposalDeadline = dateTime(*v, child(path, "proposal_deadline"));
    if (const JsonValue* v = value.member("required_copies"))
        if (const auto n = integer(*v, child(path, "required_copies"), kCopies.min, kCopies.max))
            project.requiredCopies = int(*n);
    if (const JsonValue* v = value.member("presentation_minutes"))
        if (const auto n =
                integer(*v, child(path, "presentation_minutes"), kPresentationMinutes.min, kPresentationMinutes.max))
            project.presentationMinutes = int(*n);
    if (const JsonValue* v = value.member("statement_minutes"))
        if (const auto n = integer(*v, child(path, "statement_minutes"), kStatementMinutes.min, kStatementMinutes.max))
            project.statementMinutes = int(*n);
    if (const JsonValue* v = value.member("min_bidders"))
        if (const auto n = integer(*v, child(path, "min_bidders"), kMinBidders.min, kMinBidders.max))
            project.minBidders = int(*n);
    if (const JsonValue* v = value.member("max_winners")) {
        const auto n = integer(*v, child(path, "max_winners"), kWinners.min, kWinners.max);
        m_maxWinners = n ? std::optional<int>(int(*n)) : std::nullopt;
        if (n)
            project.maxWinners = int(*n);
    }
    const JsonValue* areas = value.member("areas");
    if (areas)
        readAreas(*areas, child(path, "areas"));
    readAllocation(value.member("allocation"), child(path, "allocation"), areas != nullptr);
    if (const JsonValue* v = value.member("trim"))
        readTrim(*v, child(path, "trim"));
    if (const JsonValue* v = value.member("tie_precision"))
        if (const auto s = choice(*v, child(path, "tie_precision"), QStringLiteral("exact"), QStringLiteral("rounded")))
            project.tiePrecision = *s == QLatin1String("exact") ? TiePrecision::Exact : TiePrecision::Rounded;
    if (const JsonValue* v = value.member("publication"))
        readPublication(*v, child(path, "publication"));
}

namespace {

// The winner count a key of `allocation` or `areas` names ("1", "2", ...), or -1.
int winnerCountKey(const std::string& key)
{
    int count = -1;
    if (!key.empty() && key.size() <= 3 && key[0] != '0') {
        count = 0;
        for (const char c : key)
            count = (c >= '0' && c <= '9' && count >= 0) ? count * 10 + (c - '0') : -1;
    }
    return count;
}

} // namespace

void ScenarioValidator::readAreas(const JsonValue& value, const QString& path)
{
    if (!expectObject(value, path))
        return;
    QMap<int, QList<ServiceArea>> areas;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const int count = winnerCountKey(value.keys()[i]);
        const QString keyPath = child(path, value.keys()[i]);
        if (!allocationKey(count, keyPath))
            continue;
        const JsonValue& list = value.items()[i];
        if (!expectArray(list, keyPath))
            continue;
        QList<ServiceArea> entries;
        for (std::size_t j = 0; j < list.size(); ++j) {
            const JsonValue& entry = list.items()[j];
            const QString entryPath = element(keyPath, qsizetype(j));
            ServiceArea area;
            if (expectObject(entry, entryPath)) {
                checkKeys(entry, entryPath, {"name", "places"});
                if (const JsonValue* name = required(entry, entryPath, "name"))
                    area.name = string(*name, child(entryPath, "name")).value_or(QString());
                if (const JsonValue* places = required(entry, entryPath, "places")) {
                    const QString placesPath = child(entryPath, "places");
                    if (expectArray(*places, placesPath)) {
                        for (std::size_t k = 0; k < places->size(); ++k)
                            area.places.append(
                                string(places->items()[k], element(placesPath, qsizetype(k))).value_or(QString()));
                    }
                }
            }
            entries.append(area);
        }
        areas.insert(count, entries);
    }
    checkAreas(areas, path);
    m_scenario.project.areas = areas;
}

void ScenarioValidator::checkServiceAreas(const QMap<int, QList<ServiceArea>>& areas)
{
    checkAreas(areas, QStringLiteral("project.areas"));
}

void ScenarioValidator::checkAreas(const QMap<int, QList<ServiceArea>>& areas, const QString& path)
{
    for (auto it = areas.cbegin(); it != areas.cend(); ++it) {
        const QString keyPath = child(path, std::to_string(it.key()));
        const QList<ServiceArea>& list = it.value();
        if (list.size() != it.key())
            problem(keyPath,
                    it.key() == 1
                        ? QCoreApplication::translate("ScenarioReader", "1 winner serves exactly 1 area, found %1")
                              .arg(list.size())
                        : QCoreApplication::translate("ScenarioReader", "%1 winners serve exactly %1 areas, found %2")
                              .arg(it.key())
                              .arg(list.size()));
        QHash<QString, QString> areaOfPlace; // place -> the name of the area that has it
        QSet<QString> names;
        for (qsizetype j = 0; j < list.size(); ++j) {
            const QString entryPath = element(keyPath, j);
            const ServiceArea& area = list.at(j);
            // Values a file gave with the wrong type, or left out, are already reported (empty here).
            const QString namePath = child(entryPath, "name");
            const bool entryReported = reportedAt(entryPath); // not an object
            if (!entryReported && !reportedAt(namePath) &&
                textValue(area.name, area.name.toUcs4().size(), namePath, kMaxTextChars).has_value()) {
                if (names.contains(area.name))
                    problem(
                        namePath,
                        QCoreApplication::translate("ScenarioReader", "another area is named \"%1\"").arg(area.name));
                names.insert(area.name);
            }
            const QString placesPath = child(entryPath, "places");
            if (area.places.isEmpty() && !entryReported && !reportedAt(placesPath))
                problem(placesPath, QCoreApplication::translate("ScenarioReader", "must name at least one place"));
            for (qsizetype k = 0; k < area.places.size(); ++k) {
                const QString& place = area.places.at(k);
                const QString placePath = element(placesPath, k);
                if (reportedAt(placePath) || !textValue(place, place.toUcs4().size(), placePath, kMaxTextChars))
                    continue;
                if (const auto other = areaOfPlace.constFind(place); other != areaOfPlace.cend())
                    problem(placePath, QCoreApplication::translate("ScenarioReader",
                                                                   "\"%1\" is already a place of the area \"%2\"")
                                           .arg(place, other.value()));
                else
                    areaOfPlace.insert(place, area.name);
            }
        }
    }
}

void ScenarioValidator::readAllocation(const JsonValue* value, const QString& path, bool areasGiven)
{
    if (!value && areasGiven) {
        // Service areas instead of shares: the winners get no share.
        m_scenario.project.allocation.clear();
        return;
    }
    if (!value) {
        if (m_maxWinners && *m_maxWinners == 2)
            problem(path, QCoreApplication::translate(
                              "ScenarioReader",
                              "required key is missing: max_winners is 2, so the shares for 2 winners are needed"));
        else if (m_maxWinners && *m_maxWinners > 2)
            problem(path,
                    QCoreApplication::translate(
                        "ScenarioReader",
                        "required key is missing: max_winners is %1, so the shares for 2 to %1 winners are needed")
                        .arg(*m_maxWinners));
        return;
    }
    if (!expectObject(*value, path))
        return;
    QMap<int, QList<int>> allocation;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const std::string& key = value->keys()[i];
        const QString keyPath = child(path, key);
        const int count = winnerCountKey(key);
        if (!allocationKey(count, keyPath))
            continue;
        if (const auto shares = readShares(value->items()[i], keyPath, count))
            allocation.insert(count, *shares);
    }
    missingAllocationKeys([value](int k) { return value->member(std::to_string(k)) != nullptr; }, path);
    m_scenario.project.allocation = allocation;
}

bool ScenarioValidator::allocationKey(int count, const QString& keyPath)
{
    const int limit = m_maxWinners.value_or(kMaxWinners);
    if (count >= 1 && count <= limit)
        return true;
    if (!m_maxWinners)
        problem(keyPath, QCoreApplication::translate("ScenarioReader",
                                                     "unexpected key: the keys are winner counts \"1\", \"2\", ..."));
    else if (limit == 1)
        problem(keyPath, QCoreApplication::translate("ScenarioReader",
                                                     "unexpected key: max_winners is 1, so the only key is \"1\""));
    else
        problem(keyPath, QCoreApplication::translate(
                             "ScenarioReader", "unexpected key: max_winners is %1, so the keys are \"1\" to \"%1\"")
                             .arg(limit));
    return false;
}

void ScenarioValidator::missingAllocationKeys(const std::function<bool(int)>& given, const QString& path)
{
    if (m_maxWinners) {
        for (int k = 1; k <= *m_maxWinners; ++k) {
            if (given(k))
                continue;
            const QString keyPath = child(path, std::to_string(k));
            if (k == 1)
                problem(keyPath,
                        QCoreApplication::translate(
                            "ScenarioReader", "required key is missing: the shares for a single winner are needed"));
            else
                problem(keyPath,
                        QCoreApplication::translate(
                            "ScenarioReader",
                            "required key is missing: max_winners is %1, so the shares for %2 winners are needed")
                            .arg(*m_maxWinners)
                            .arg(k));
        }
    }
}

std::optional<QList<int>> ScenarioValidator::readShares(const JsonValue& value, const QString& path, int count)
{
    if (!expectArray(value, path))
        return std::nullopt;
    return shares(qsizetype(value.size()), path, count, [this, &value](qsizetype j, const QString& sharePath) {
        return integer(value.items()[std::size_t(j)], sharePath, kShare.min, kShare.max);
    });
}

std::optional<QList<int>>
ScenarioValidator::shares(qsizetype size, const QString& path, int count,
                          const std::function<std::optional<qint64>(qsizetype, const QString&)>& shareAt)
{
    bool ok = true;
    if (size != count) {
        ok = false;
        if (count == 1)
            problem(path,
                    QCoreApplication::translate("ScenarioReader", "must hold exactly 1 share, found %1").arg(size));
        else
            problem(path, QCoreApplication::translate("ScenarioReader", "must hold exactly %1 shares, found %2")
                              .arg(count)
                              .arg(size));
    }
    QList<int> shares;
    std::optional<int> previous;
    int sum = 0;
    for (qsizetype j = 0; j < size; ++j) {
        const QString sharePath = element(path, j);
        const auto share = shareAt(j, sharePath);
        if (!share) {
            ok = false;
            previous.reset();
            continue;
        }
        if (previous && *share > *previous) {
            ok = false;
            problem(sharePath,
                    QCoreApplication::translate("ScenarioReader",
                                                "%1 is larger than the share before it (%2); shares must not increase")
                        .arg(*share)
                        .arg(*previous));
        }
        previous = int(*share);
        sum += int(*share);
        shares.append(int(*share));
    }
    if (ok && sum != 100) {
        problem(path, QCoreApplication::translate("ScenarioReader", "the shares add up to %1, not 100").arg(sum));
        ok = false;
    }
    return ok ? std::optional<QList<int>>(shares) : std::nullopt;
}

void ScenarioValidator::readTrim(const JsonValue& value, const QString& path)
{
    if (!expectObject(value, path)) {
        m_trimValid = false;
        return;
    }
    checkKeys(value, path, {"highest", "lowest", "level"});
    TrimRule& trim = m_scenario.project.trim;
    if (const JsonValue* v = value.member("highest")) {
        const auto n = integer(*v, child(path, "highest"), kTrimCount.min, kTrimCount.max);
        m_trimValid = m_trimValid && n;
        trim.highest = int(n.value_or(trim.highest));
    }
    if (const JsonValue* v = value.member("lowest")) {
        const auto n = integer(*v, child(path, "lowest"), kTrimCount.min, kTrimCount.max);
        m_trimValid = m_trimValid && n;
        trim.lowest = int(n.value_or(trim.lowest));
    }
    if (const JsonValue* v = value.member("level"))
        if (const auto s = choice(*v, child(path, "level"), QStringLiteral("total"), QStringLiteral("criterion")))
            trim.level = *s == QLatin1String("total") ? TrimLevel::Total : TrimLevel::Criterion;
}

void ScenarioValidator::readPublication(const JsonValue& value, const QString& path)
{
    if (!expectObject(value, path))
        return;
    checkKeys(value, path, {"start", "working_days", "count_start_day"});
    PublicationRule rule;
    bool ok = true;
    if (const JsonValue* v = required(value, path, "start")) {
        const auto d = date(*v, child(path, "start"));
        ok = d.has_value();
        rule.start = d.value_or(QDate());
    } else {
        ok = false;
    }
    if (const JsonValue* v = value.member("working_days"))
        if (const auto n = integer(*v, child(path, "working_days"), kWorkingDays.min, kWorkingDays.max))
            rule.workingDays = int(*n);
    if (const JsonValue* v = value.member("count_start_day"))
        rule.countStartDay = boolean(*v, child(path, "count_start_day")).value_or(false);
    if (ok)
        m_scenario.project.publication = rule;
}

void ScenarioValidator::readCriteria(const JsonValue* value)
{
    const QString path = QStringLiteral("criteria");
    if (!value || !expectArray(*value, path)) {
        m_criteria.incomplete = true;
        return;
    }
    m_criteria.size = qsizetype(value->size());
    if (value->size() == 0)
        problem(path, QCoreApplication::translate("ScenarioReader", "must hold at least one criterion"));
    for (std::size_t i = 0; i < value->size(); ++i) {
        const JsonValue& entry = value->items()[i];
        const QString entryPath = element(path, qsizetype(i));
        if (!expectObject(entry, entryPath)) {
            m_criteria.incomplete = true;
            continue;
        }
        checkKeys(entry, entryPath, {"id", "title", "max"});
        Criterion criterion;
        const std::optional<QString> criterionId = id(entry, entryPath, m_criteria, qsizetype(i), path);
        criterion.id = criterionId.value_or(QString());
        if (const JsonValue* v = required(entry, entryPath, "title"))
            criterion.title = text(*v, child(entryPath, "title"), kMaxTextChars).value_or(QString());
        if (const JsonValue* v = required(entry, entryPath, "max")) {
            const QString maxPath = child(entryPath, "max");
            const std::optional<Hundredths> max = positive(decimal(*v, maxPath), v->toQString(), maxPath);
            if (max) {
                criterion.max = *max;
                if (criterionId)
                    m_criterionMax.insert(*criterionId, *max);
            }
        }
        m_scenario.criteria.append(criterion);
    }
}

std::optional<Hundredths> ScenarioValidator::positive(std::optional<Hundredths> max, const QString& lexeme,
                                                      const QString& path)
{
    if (max && *max <= 0) {
        problem(path, QCoreApplication::translate("ScenarioReader", "must be greater than 0, found %1").arg(lexeme));
        return std::nullopt;
    }
    return max;
}

void ScenarioValidator::readBidders(const JsonValue* value)
{
    const QString path = QStringLiteral("bidders");
    if (!value || !expectArray(*value, path)) {
        m_bidders.incomplete = true;
        return;
    }
    m_bidders.size = qsizetype(value->size());
    if (value->size() == 0)
        problem(path, QCoreApplication::translate("ScenarioReader", "must hold at least one bidder"));
    for (std::size_t i = 0; i < value->size(); ++i) {
        const JsonValue& entry = value->items()[i];
        const QString entryPath = element(path, qsizetype(i));
        if (!expectObject(entry, entryPath)) {
            m_bidders.incomplete = true;
            continue;
        }
        checkKeys(entry, entryPath, {"id", "name", "eligible", "registered_at", "withdrawn"});
        Bidder bidder;
        bidder.id = id(entry, entryPath, m_bidders, qsizetype(i), path).value_or(QString());
        if (const JsonValue* v = required(entry, entryPath, "name"))
            bidder.name = text(*v, child(entryPath, "name"), kMaxTextChars).value_or(QString());
        if (const JsonValue* v = entry.member("eligible"))
            bidder.eligible = boolean(*v, child(entryPath, "eligible")).value_or(true);
        if (const JsonValue* v = entry.member("registered_at"))
            bidder.registeredAt = dateTime(*v, child(entryPath, "registered_at"));
        if (const JsonValue* v = entry.member("withdrawn"))
            bidder.withdrawn = boolean(*v, child(entryPath, "withdrawn")).value_or(false);
        m_scenario.bidders.append(bidder);
    }
}

void ScenarioValidator::readProposals(const JsonValue& value)
{
    const QString path = QStringLiteral("proposals");
    if (!expectArray(value, path))
        return;
    QList<Proposal> proposals;
    QHash<QString, qsizetype> byBidder;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const JsonValue& entry = value.items()[i];
        const QString entryPath = element(path, qsizetype(i));
        if (!expectObject(entry, entryPath))
            continue;
        checkKeys(entry, entryPath, {"bidder", "received_at", "copies", "sealed", "rejected"});
        Proposal proposal;
        if (const JsonValue* v = required(entry, entryPath, "bidder")) {
            const QString bidderPath = child(entryPath, "bidder");
            if (const auto ref = reference(*v, bidderPath, RefKind::Bidder)) {
                proposal.bidder = ref->id;
                const auto it = byBidder.constFind(ref->id);
                if (ref->resolved && it != byBidder.constEnd())
                    problem(bidderPath, QCoreApplication::translate("ScenarioReader",
                                                                    "a second proposal for bidder \"%1\" (also %2)")
                                            .arg(ref->id, element(path, it.value())));
                else if (ref->resolved)
                    byBidder.insert(ref->id, qsizetype(i));
            }
        }
        if (const JsonValue* v = required(entry, entryPath, "received_at"))
            proposal.receivedAt = dateTime(*v, child(entryPath, "received_at")).value_or(QDateTime());
        if (const JsonValue* v = entry.member("copies"))
            if (const auto n = integer(*v, child(entryPath, "copies"), 0, kMaxCount))
                proposal.copies = int(*n);
        if (const JsonValue* v = entry.member("sealed"))
            proposal.sealed = boolean(*v, child(entryPath, "sealed"));
        if (const JsonValue* v = entry.member("rejected"))
            proposal.rejected = text(*v, child(entryPath, "rejected"), kMaxReasonChars);
        proposals.append(proposal);
    }
    m_scenario.proposals = proposals;
}

void ScenarioValidator::readPanel(const JsonValue* value)
{
    const QString path = QStringLiteral("panel");
    if (!value || !expectArray(*value, path)) {
        m_panel.incomplete = true;
        return;
    }
    m_panelSize = qsizetype(value->size());
    m_panel.size = *m_panelSize;
    QStringList leaders;
    bool rolesKnown = true;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const JsonValue& entry = value->items()[i];
        const QString entryPath = element(path, qsizetype(i));
        if (!expectObject(entry, entryPath)) {
            m_panel.incomplete = true;
            rolesKnown = false;
            continue;
        }
        checkKeys(entry, entryPath, {"id", "name", "role"});
        Panelist panelist;
        panelist.id = id(entry, entryPath, m_panel, qsizetype(i), path).value_or(QString());
        if (const JsonValue* v = required(entry, entryPath, "name"))
            panelist.name = text(*v, child(entryPath, "name"), kMaxTextChars).value_or(QString());
        std::optional<QString> role;
        if (const JsonValue* v = required(entry, entryPath, "role"))
            role = choice(*v, child(entryPath, "role"), QStringLiteral("leader"), QStringLiteral("member"));
        rolesKnown = rolesKnown && role;
        if (role && *role == QLatin1String("leader")) {
            panelist.role = PanelRole::Leader;
            leaders.append(entryPath);
        }
        m_scenario.panel.append(panelist);
    }
    panelRules(path, leaders, rolesKnown);
}

void ScenarioValidator::panelRules(const QString& path, const QStringList& leaders, bool rolesKnown)
{
    const std::optional<LeaderFinding> leader = PanelRules::checkLeaders(leaders.size());
    if (leader == LeaderFinding::SeveralLeaders)
        problem(path, QCoreApplication::translate("ScenarioReader", "there must be exactly one leader, found %1 (%2)")
                          .arg(leaders.size())
                          .arg(leaders.join(QStringLiteral(", "))));
    else if (leader == LeaderFinding::NoLeader && rolesKnown)
        problem(path, QCoreApplication::translate("ScenarioReader", "there must be exactly one leader, found none"));
    if (m_trimValid) {
        const TrimRule& trim = m_scenario.project.trim;
        if (PanelRules::tooSmallToTrim(*m_panelSize, trim))
            problem(path,
                    QCoreApplication::translate(
                        "ScenarioReader",
                        "the panel has %1 members, but dropping %2 highest and %3 lowest values needs at least %4")
                        .arg(*m_panelSize)
                        .arg(trim.highest)
                        .arg(trim.lowest)
                        .arg(PanelRules::trimMinimum(trim)));
    }
}

void ScenarioValidator::readDraw(const JsonValue& value)
{
    const QString path = QStringLiteral("draw");
    if (!expectObject(value, path))
        return;
    checkKeys(value, path, {"seed", "order", "witnesses"});
    const JsonValue* seed = value.member("seed");
    const JsonValue* order = value.member("order");
    if (seed && order)
        problem(path,
                QCoreApplication::translate("ScenarioReader", "must hold either \"seed\" or \"order\", not both"));
    else if (!seed && !order)
        problem(path, QCoreApplication::translate("ScenarioReader", "must hold \"seed\" or \"order\""));
    DrawRecord draw;
    if (seed) {
        const QString seedPath = child(path, "seed");
        if (const auto s = string(*seed, seedPath)) {
            if (isLowerHex64(*s))
                draw.seed = *s;
            else
                problem(seedPath, QCoreApplication::translate(
                                      "ScenarioReader", "must be 64 lowercase hexadecimal characters, found \"%1\"")
                                      .arg(*s));
        }
    }
    if (order) {
        const QString orderPath = child(path, "order");
        if (expectArray(*order, orderPath)) {
            QStringList ids;
            QHash<QString, qsizetype> seen;
            for (std::size_t i = 0; i < order->size(); ++i) {
                const QString entryPath = element(orderPath, qsizetype(i));
                const auto ref = reference(order->items()[i], entryPath, RefKind::Bidder);
                if (!ref)
                    continue;
                const auto it = seen.constFind(ref->id);
                if (it != seen.constEnd()) {
                    problem(entryPath, QCoreApplication::translate("ScenarioReader", "\"%1\" appears twice (also %2)")
                                           .arg(ref->id, element(orderPath, it.value())));
                    continue;
                }
                seen.insert(ref->id, qsizetype(i));
                ids.append(ref->id);
            }
            draw.order = ids;
        }
    }
    if (const JsonValue* witnesses = value.member("witnesses"))
        draw.witnesses = readWitnesses(*witnesses, child(path, "witnesses"));
    m_scenario.draw = draw;
}

void ScenarioValidator::readOpening(const JsonValue& value)
{
    const QString path = QStringLiteral("opening");
    if (!expectObject(value, path))
        return;
    checkKeys(value, path, {"opened_at", "witnesses"});
    ProposalOpening opening;
    if (const JsonValue* v = required(value, path, "opened_at"))
        opening.openedAt = dateTime(*v, child(path, "opened_at")).value_or(QDateTime());
    if (const JsonValue* v = value.member("witnesses"))
        opening.witnesses = readWitnesses(*v, child(path, "witnesses"));
    m_scenario.opening = opening;
}

QStringList ScenarioValidator::readWitnesses(const JsonValue& value, const QString& path)
{
    QStringList names;
    if (!expectArray(value, path))
        return names;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const QString entryPath = element(path, qsizetype(i));
        const auto name = text(value.items()[i], entryPath, kMaxTextChars);
        if (!name)
            continue;
        if (name->trimmed().isEmpty())
            problem(entryPath, QCoreApplication::translate("ScenarioReader", "must not be empty"));
        else
            names.append(name->trimmed());
    }
    return names;
}

void ScenarioValidator::readScores(const JsonValue& value)
{
    if (!expectArray(value, QStringLiteral("scores")))
        return;
    if (!m_scoresStreamed) {
        m_scoreRows = std::make_unique<ScoreRows>();
        std::vector<JsonFastReader::Member> members;
        for (std::size_t i = 0; i < value.size(); ++i) {
            const JsonValue& entry = value.items()[i];
            // The members of an object of strings and numbers, as JsonFastReader gives them.
            bool flat = entry.isObject();
            members.clear();
            for (std::size_t k = 0; flat && k < entry.size(); ++k) {
                const JsonValue& v = entry.items()[k];
                flat = v.isString() || v.type() == JsonValue::Type::Integer || v.type() == JsonValue::Type::Number;
                members.push_back(JsonFastReader::Member{entry.keys()[k], v.type(), false, v.text()});
            }
            m_scoreRows->add(i, flat ? &members : nullptr, nullptr);
        }
    } else if (!m_scoreRows) {
        m_scoreRows = std::make_unique<ScoreRows>();
    }
    ScoreRows& rows = *m_scoreRows;
    rows.flush();
    ScoreList& scores = rows.scores;
    // The position in its list of each code the rows name, in each slot (-1: no such id).
    const IdIndex* lists[3] = {&m_panel, &m_bidders, &m_criteria};
    std::vector<qsizetype> positions[3];
    for (int slot = 0; slot < 3; ++slot) {
        positions[slot].assign(std::size_t(rows.codes()), -1);
        for (qsizetype c = 0; c < rows.codes(); ++c) {
            const auto it = lists[slot]->byText.find(rows.text(ScoreList::Code(c)));
            if (it != lists[slot]->byText.end())
                positions[slot][std::size_t(c)] = it->second.position;
        }
    }
    // The maximum of each criterion whose max is valid, by its position.
    std::vector<std::optional<Hundredths>> maxima(std::size_t(m_criteria.size));
    for (auto it = m_criterionMax.cbegin(); it != m_criterionMax.cend(); ++it)
        maxima[std::size_t(m_criteria.first.value(it.key()))] = it.value();
    ScoreCells cells(m_panel.size, m_bidders.size, m_criteria.size, scores.size());
    // Checked in one step; the paths and reasons are made only for an entry with a problem.
    auto other = rows.others.cbegin();
    bool dropped = false;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const JsonValue* tree = nullptr;
        if (other != rows.others.cend() && other->first == i) {
            tree = m_scoresStreamed ? &other->second : &value.items()[std::size_t(i)];
            ++other;
        } else {
            const ScoreList::Row& row = scores.row(i);
            const qsizetype panelist = positions[0][row.panelist];
            const qsizetype bidder = positions[1][row.bidder];
            const qsizetype criterion = positions[2][row.criterion];
            if (panelist >= 0 && bidder >= 0 && criterion >= 0) {
                const std::optional<Hundredths>& max = maxima[std::size_t(criterion)];
                if ((!max || row.score <= *max) && cells.claim(panelist, bidder, criterion, i) < 0)
                    continue;
            }
            // A problem: a streamed entry's tree is gone, JsonParser reads the file again.
            if (m_scoresStreamed) {
                m_gaveUp = true;
                return;
            }
            tree = &value.items()[std::size_t(i)];
        }
        if (const std::optional<ScoreEntry> entry = checkedScore(*tree, i, cells)) {
            const ScoreList::Code panelist = scores.intern(entry->panelist);
            const ScoreList::Code bidder = scores.intern(entry->bidder);
            const ScoreList::Code criterion = scores.intern(entry->criterion);
            scores.replace(i, ScoreList::Row{panelist, bidder, criterion, entry->score});
        } else {
            dropped = true;
        }
    }
    if (dropped)
        scores.removeRowsIf([](const ScoreList::Row& row) { return row.panelist == ScoreRows::kNone; });
    m_scenario.scores = std::move(scores);
    m_scoreRows.reset();
}

std::optional<ScoreEntry> ScenarioValidator::checkedScore(const JsonValue& entry, qsizetype index, ScoreCells& cells)
{
    const QString path = QStringLiteral("scores");
    const QString entryPath = element(path, index);
    if (!expectObject(entry, entryPath))
        return std::nullopt;
    checkKeys(entry, entryPath, {"panelist", "bidder", "criterion", "score"});
    ScoreEntry score;
    std::optional<Reference> panelist;
    std::optional<Reference> bidder;
    std::optional<Reference> criterion;
    if (const JsonValue* v = required(entry, entryPath, "panelist"))
        panelist = reference(*v, child(entryPath, "panelist"), RefKind::Panelist);
    if (const JsonValue* v = required(entry, entryPath, "bidder"))
        bidder = reference(*v, child(entryPath, "bidder"), RefKind::Bidder);
    if (const JsonValue* v = required(entry, entryPath, "criterion"))
        criterion = reference(*v, child(entryPath, "criterion"), RefKind::Criterion);
    if (const JsonValue* v = required(entry, entryPath, "score")) {
        const QString scorePath = child(entryPath, "score");
        if (const auto h = decimal(*v, scorePath)) {
            const auto max = criterion ? m_criterionMax.constFind(criterion->id) : m_criterionMax.constEnd();
            if (*h < 0)
                problem(scorePath,
                        QCoreApplication::translate("ScenarioReader", "%1 is below the minimum 0").arg(v->toQString()));
            else if (max != m_criterionMax.constEnd() && *h > max.value())
                problem(scorePath,
                        QCoreApplication::translate("ScenarioReader", "%1 is above the maximum %2 of criterion %3")
                            .arg(v->toQString(), Decimal::formatShort(max.value()), criterion->id));
            score.score = *h;
        }
    }
    score.panelist = panelist ? panelist->id : QString();
    score.bidder = bidder ? bidder->id : QString();
    score.criterion = criterion ? criterion->id : QString();
    if (panelist && panelist->resolved && bidder && bidder->resolved && criterion && criterion->resolved) {
        const qsizetype first = cells.claim(panelist->position, bidder->position, criterion->position, index);
        if (first >= 0)
            problem(entryPath, QCoreApplication::translate(
                                   "ScenarioReader",
                                   "a second score of panelist \"%1\" for bidder \"%2\" on criterion \"%3\" (also %4)")
                                   .arg(panelist->id, bidder->id, criterion->id, element(path, first)));
    }
    return score;
}

void ScenarioValidator::readVotes(const JsonValue& value)
{
    const QString path = QStringLiteral("votes");
    if (!expectArray(value, path))
        return;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const JsonValue& entry = value.items()[i];
        const QString entryPath = element(path, qsizetype(i));
        if (!expectObject(entry, entryPath))
            continue;
        checkKeys(entry, entryPath, {"tied", "ballots"});
        VoteRound round;
        bool tiedKnown = false;
        if (const JsonValue* tied = required(entry, entryPath, "tied")) {
            const QString tiedPath = child(entryPath, "tied");
            if (expectArray(*tied, tiedPath)) {
                tiedKnown = true;
                if (tied->size() < 2)
                    problem(tiedPath,
                            QCoreApplication::translate("ScenarioReader", "must name at least 2 bidders, found %1")
                                .arg(tied->size()));
                QHash<QString, qsizetype> seen;
                for (std::size_t j = 0; j < tied->size(); ++j) {
                    const QString idPath = element(tiedPath, qsizetype(j));
                    const auto ref = reference(tied->items()[j], idPath, RefKind::Bidder);
                    if (!ref) {
                        tiedKnown = false;
                        continue;
                    }
                    const auto it = seen.constFind(ref->id);
                    if (it != seen.constEnd()) {
                        problem(idPath, QCoreApplication::translate("ScenarioReader", "\"%1\" appears twice (also %2)")
                                            .arg(ref->id, element(tiedPath, it.value())));
                        continue;
                    }
                    seen.insert(ref->id, qsizetype(j));
                    round.tied.append(ref->id);
                }
            }
        }
        if (const JsonValue* ballots = required(entry, entryPath, "ballots")) {
            const QString ballotsPath = child(entryPath, "ballots");
            if (expectArray(*ballots, ballotsPath)) {
                if (m_panelSize && qsizetype(ballots->size()) > *m_panelSize)
                    problem(ballotsPath, QCoreApplication::translate("ScenarioReader",
                                                                     "%1 ballots, but the panel has only %2 members")
                                             .arg(ballots->size())
                                             .arg(*m_panelSize));
                for (std::size_t j = 0; j < ballots->size(); ++j) {
                    const JsonValue& ballot = ballots->items()[j];
                    const QString ballotPath = element(ballotsPath, qsizetype(j));
                    if (ballot.isNull()) {
                        round.ballots.append(std::nullopt);
                    } else if (ballot.isString()) {
                        const QString name = ballot.toQString();
                        if (tiedKnown && !round.tied.contains(name))
                            problem(ballotPath, QCoreApplication::translate("ScenarioReader",
                                                                            "\"%1\" is not one of the tied bidders")
                                                    .arg(name));
                        round.ballots.append(name);
                    } else {
                        problem(ballotPath,
                                QCoreApplication::translate("ScenarioReader", "must be a bidder id or null, found %1")
                                    .arg(typeName(ballot)));
                    }
                }
            }
        }
        m_scenario.votes.append(round);
    }
}

// The settings in memory, checked as read() checks the same values in a file: each value goes
// through the check of its key, in the same order, with the same path.

void ScenarioValidator::checkProject(const Project& project)
{
    const QString path = QStringLiteral("project");
    m_scenario.project = project;
    checkDocuments(project.documents);
    textValue(project.title, codePoints(project.title.toStdString()), child(path, "title"), kMaxTextChars);
    textValue(project.purchaser, codePoints(project.purchaser.toStdString()), child(path, "purchaser"), kMaxTextChars);
    if (project.registrationDeadline)
        dateTimeText(DateTimeText::formatDateTime(*project.registrationDeadline), child(path, "registration_deadline"));
    if (project.proposalDeadline)
        dateTimeText(DateTimeText::formatDateTime(*project.proposalDeadline), child(path, "proposal_deadline"));
    if (project.requiredCopies)
        bounded(*project.requiredCopies, child(path, "required_copies"), kCopies.min, kCopies.max);
    bounded(project.presentationMinutes, child(path, "presentation_minutes"), kPresentationMinutes.min,
            kPresentationMinutes.max);
    bounded(project.statementMinutes, child(path, "statement_minutes"), kStatementMinutes.min, kStatementMinutes.max);
    bounded(project.minBidders, child(path, "min_bidders"), kMinBidders.min, kMinBidders.max);
    const auto winners = bounded(project.maxWinners, child(path, "max_winners"), kWinners.min, kWinners.max);
    m_maxWinners = winners ? std::optional<int>(int(*winners)) : std::nullopt;

    const QString allocationPath = child(path, "allocation");
    for (auto it = project.allocation.cbegin(); it != project.allocation.cend(); ++it) {
        const QString keyPath = child(allocationPath, std::to_string(it.key()));
        if (!allocationKey(it.key(), keyPath))
            continue;
        const QList<int>& list = it.value();
        shares(list.size(), keyPath, it.key(), [this, &list](qsizetype j, const QString& sharePath) {
            return bounded(list.at(j), sharePath, kShare.min, kShare.max);
        });
    }
    if (!project.allocation.isEmpty() || project.areas.isEmpty())
        missingAllocationKeys([&project](int k) { return project.allocation.contains(k); }, allocationPath);
    const QString areasPath = child(path, "areas");
    for (auto it = project.areas.cbegin(); it != project.areas.cend(); ++it)
        allocationKey(it.key(), child(areasPath, std::to_string(it.key())));
    checkAreas(project.areas, areasPath);

    const QString trimPath = child(path, "trim");
    const bool highest =
        bounded(project.trim.highest, child(trimPath, "highest"), kTrimCount.min, kTrimCount.max).has_value();
    const bool lowest =
        bounded(project.trim.lowest, child(trimPath, "lowest"), kTrimCount.min, kTrimCount.max).has_value();
    m_trimValid = highest && lowest;

    if (project.publication) {
        const QString publicationPath = child(path, "publication");
        dateText(DateTimeText::formatDate(project.publication->start), child(publicationPath, "start"));
        bounded(project.publication->workingDays, child(publicationPath, "working_days"), kWorkingDays.min,
                kWorkingDays.max);
    }
}

void ScenarioValidator::checkDocuments(const DocumentDetails& documents)
{
    const QString path = QStringLiteral("project");
    for (const DocumentField& f : kDocumentFields) {
        const QString& value = documents.*f.field;
        if (!value.isEmpty())
            textValue(value, codePoints(value.toStdString()), child(path, f.key), kMaxTextChars);
    }
}

void ScenarioValidator::checkCriteria(const QList<Criterion>& criteria)
{
    const QString path = QStringLiteral("criteria");
    if (criteria.isEmpty())
        problem(path, QCoreApplication::translate("ScenarioReader", "must hold at least one criterion"));
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        const Criterion& criterion = criteria.at(i);
        const QString entryPath = element(path, i);
        idValue(criterion.id, codePoints(criterion.id.toStdString()), child(entryPath, "id"), m_criteria, i, path);
        textValue(criterion.title, codePoints(criterion.title.toStdString()), child(entryPath, "title"), kMaxTextChars);
        const QString maxPath = child(entryPath, "max");
        const QString lexeme = Decimal::formatShort(criterion.max);
        positive(decimalText(lexeme, maxPath), lexeme, maxPath);
        m_scenario.criteria.append(criterion);
    }
}

void ScenarioValidator::checkPanel(const QList<Panelist>& panel)
{
    const QString path = QStringLiteral("panel");
    m_panelSize = panel.size();
    QStringList leaders;
    for (qsizetype i = 0; i < panel.size(); ++i) {
        const Panelist& panelist = panel.at(i);
        const QString entryPath = element(path, i);
        idValue(panelist.id, codePoints(panelist.id.toStdString()), child(entryPath, "id"), m_panel, i, path);
        textValue(panelist.name, codePoints(panelist.name.toStdString()), child(entryPath, "name"), kMaxTextChars);
        if (panelist.role == PanelRole::Leader)
            leaders.append(entryPath);
        m_scenario.panel.append(panelist);
    }
    panelRules(path, leaders, true);
}

} // namespace tp
