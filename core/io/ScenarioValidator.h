#pragma once

#include "JsonFastReader.h"
#include "JsonValue.h"
#include "model/Problem.h"
#include "model/Scenario.h"

#include <QHash>
#include <QString>
#include <deque>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tp {

// Checks a parsed document against docs/scenario-format.md, sections 1 and 2, and builds the
// Scenario from it. Every problem found is appended (JSON path and reason), in document order as
// far as practical; checks that depend on a value already reported as wrong are skipped so one
// mistake gives one problem.
class ScenarioValidator
{
public:
    explicit ScenarioValidator(Problems* problems);

    ~ScenarioValidator();
    ScenarioValidator(const ScenarioValidator&) = delete;
    ScenarioValidator& operator=(const ScenarioValidator&) = delete;

    // An entry of the root's "scores" array, when JsonFastReader streams it (read() takes them before
    // the rest of the file, which they need to be checked: they are kept until then).
    void streamedScore(std::size_t index, const JsonFastReader::Item& item);
    // Before streamedScore(): the scores are read from a text of `bytes`. Room is made for as many as
    // it could hold, which costs address space only until they fill it.
    void expectStreamedScores(qsizetype bytes);
    // Entries of "scores" read on another thread (JsonFastReader::Aside): laterScore() there, with
    // their index from the first read there; then, on this thread, takeLaterScores() when the first
    // `count` of them are the entries from `first` on, right after those given to streamedScore().
    // Those not taken are dropped. expectLaterScores(), on this thread before the other starts, makes
    // room for them.
    void expectLaterScores();
    void laterScore(std::size_t index, const JsonFastReader::Item& item);
    void takeLaterScores(std::size_t first, std::size_t count);
    // `scoresStreamed`: the root's "scores" array was given to streamedScore() (the tree then holds
    // an empty array there).
    Scenario read(const JsonValue& root, bool scoresStreamed = false);
    // Some streamed score has a problem: the text must be read again by JsonParser, which names the
    // problem's place, and the scenario and the problems of this reading be dropped.
    bool gaveUp() const { return m_gaveUp; }

    // The same checks on settings already in memory (the setup step's), with the problems worded
    // and placed as for a scenario file: the project ("project..."), the criteria ("criteria...")
    // and the panel ("panel..."). checkPanel() checks the panel's size against the trim of the
    // project checked before.
    void checkProject(const Project& project);
    // The project's document details, as checkProject() checks them: an empty field is not written in
    // a file and not checked; the others are checked as the file's values of their keys
    // ("project.basis", ...).
    void checkDocuments(const DocumentDetails& documents);
    void checkCriteria(const QList<Criterion>& criteria);
    void checkPanel(const QList<Panelist>& panel);
    // The service areas alone, as checkProject() checks them ("project.areas...").
    void checkServiceAreas(const QMap<int, QList<ServiceArea>>& areas);

private:
    // The ids of one list. When an entry's id could not be read, references that match no id are
    // not reported: they may name that entry.
    struct IdIndex
    {
        struct Entry
        {
            QString id;
            qsizetype position = 0;
        };
        QHash<QString, qsizetype> first;
        // The same ids by their UTF-8 text (held by `texts`), for the scores.
        std::unordered_map<std::string_view, Entry> byText;
        std::deque<std::string> texts;
        qsizetype size = 0; // entries of the list: the positions are below
        bool incomplete = false;
    };
    enum class RefKind
    {
        Bidder,
        Panelist,
        Criterion
    };
    struct Reference
    {
        QString id;
        bool resolved = false;
        qsizetype position = -1; // resolved: the position of the entry with that id
    };
    class ScoreCells;
    class ScoreRows;

    // Whether a problem is already reported at `path`.
    bool reportedAt(const QString& path) const;
    void problem(const QString& where, const QString& why);
    static QString typeName(const JsonValue& value);

    bool expectObject(const JsonValue& value, const QString& path);
    bool expectArray(const JsonValue& value, const QString& path);
    void checkKeys(const JsonValue& object, const QString& path, std::initializer_list<std::string_view> allowed);
    const JsonValue* required(const JsonValue& object, const QString& path, std::string_view key);

    std::optional<QString> string(const JsonValue& value, const QString& path);
    std::optional<QString> text(const JsonValue& value, const QString& path, int maxChars);
    // A text of `chars` code points.
    std::optional<QString> textValue(const QString& s, qsizetype chars, const QString& path, int maxChars);
    std::optional<qint64> integer(const JsonValue& value, const QString& path, qint64 min, qint64 max);
    // A whole number (nullopt beyond +-10^15, then `negative` tells the side), written `lexeme`.
    std::optional<qint64> bounded(std::optional<qint64> n, bool negative, const QString& lexeme, const QString& path,
                                  qint64 min, qint64 max);
    std::optional<qint64> bounded(qint64 n, const QString& path, qint64 min, qint64 max);
    std::optional<bool> boolean(const JsonValue& value, const QString& path);
    std::optional<Hundredths> decimal(const JsonValue& value, const QString& path);
    std::optional<Hundredths> decimalText(const QString& lexeme, const QString& path);
    std::optional<Hundredths> positive(std::optional<Hundredths> max, const QString& lexeme, const QString& path);
    std::optional<QDateTime> dateTime(const JsonValue& value, const QString& path);
    std::optional<QDateTime> dateTimeText(const QString& s, const QString& path);
    std::optional<QDate> date(const JsonValue& value, const QString& path);
    std::optional<QDate> dateText(const QString& s, const QString& path);
    std::optional<QString> choice(const JsonValue& value, const QString& path, const QString& first,
                                  const QString& second);
    std::optional<QString> id(const JsonValue& entry, const QString& entryPath, IdIndex& index, qsizetype position,
                              const QString& listPath);
    std::optional<QString> idValue(const QString& s, qsizetype chars, const QString& path, IdIndex& index,
                                   qsizetype position, const QString& listPath);
    std::optional<Reference> reference(const JsonValue& value, const QString& path, RefKind kind);

    void readProject(const JsonValue& value, const QString& path);
    void readAllocation(const JsonValue* value, const QString& path, bool areasGiven);
    void readAreas(const JsonValue& value, const QString& path);
    // The service areas' rules, for a file and for settings in memory alike.
    void checkAreas(const QMap<int, QList<ServiceArea>>& areas, const QString& path);
    bool allocationKey(int count, const QString& keyPath);
    void missingAllocationKeys(const std::function<bool(int)>& given, const QString& path);
    std::optional<QList<int>> readShares(const JsonValue& value, const QString& path, int count);
    std::optional<QList<int>> shares(qsizetype size, const QString& path, int count,
                                     const std::function<std::optional<qint64>(qsizetype, const QString&)>& shareAt);
    void readTrim(const JsonValue& value, const QString& path);
    void readPublication(const JsonValue& value, const QString& path);
    void readCriteria(const JsonValue* value);
    void readBidders(const JsonValue* value);
    void readProposals(const JsonValue& value);
    void readPanel(const JsonValue* value);
    // Exactly one leader, enough members for the trim (PanelRules).
    void panelRules(const QString& path, const QStringList& leaders, bool rolesKnown);
    void readDraw(const JsonValue& value);
    void readOpening(const JsonValue& value);
    QStringList readWitnesses(const JsonValue& value, const QString& path);
    // The entries of "scores": those ScoreRows kept as rows are checked by their ids' positions, the
    // others, and any row with a problem, by checkedScore() from their tree (`value`'s item when it is
    // not streamed).
    void readScores(const JsonValue& value);
    std::optional<ScoreEntry> checkedScore(const JsonValue& entry, qsizetype index, ScoreCells& cells);
    void readVotes(const JsonValue& value);

    Problems* m_problems;
    bool m_gaveUp = false;
    bool m_scoresStreamed = false;
    std::unique_ptr<ScoreRows> m_scoreRows; // the scores as they are read, before they are checked
    std::unique_ptr<ScoreRows> m_laterRows; // those read on another thread, until they are taken
    qsizetype m_expectedRows = 0;           // the room expectStreamedScores() made for the rows

    Scenario m_scenario;
    std::optional<int> m_maxWinners = 1; // nullopt: given but invalid
    bool m_trimValid = true;
    std::optional<qsizetype> m_panelSize;
    IdIndex m_criteria;
    IdIndex m_bidders;
    IdIndex m_panel;
    QHash<QString, Hundredths> m_criterionMax; // criteria whose max is valid
};

} // namespace tp
