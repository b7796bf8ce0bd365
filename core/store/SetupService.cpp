#include "SetupService.h"

#include "NegotiationAction.h"
#include "NegotiationRecord.h"
#include "NegotiationStore.h"
#include "RecordReader.h"
#include "ScenarioMapping.h"
#include "ServiceAreaRows.h"
#include "StoreTime.h"
#include "Workspace.h"
#include "WriteTransaction.h"
#include "io/ScenarioValidator.h"
#include "model/Limits.h"
#include "rules/PanelRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <functional>

namespace tp::store {

namespace {

constexpr int kMaxIdChars = Limits::kIdChars;
constexpr int kMaxTextChars = Limits::kTextChars;
constexpr int kMaxNoteChars = Limits::kNoteChars;

QString tr(const char* text)
{
    return QCoreApplication::translate("SetupService", text);
}

const QString kCriteria = QStringLiteral("criteria");
const QString kPanelists = QStringLiteral("panelists");
const QString kPosition = QStringLiteral("position");
const QString kCode = QStringLiteral("code");
const QString kNegotiationId = QStringLiteral("negotiation_id");

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant optionalTime(const std::optional<QDateTime>& t)
{
    return t ? QVariant(StoreTime::toText(*t)) : QVariant();
}

QString criterionPath(const QString& code, const char* field)
{
    return code.isEmpty() ? QStringLiteral("criteria.%1").arg(QLatin1String(field))
                          : QStringLiteral("criteria[%1].%2").arg(code, QLatin1String(field));
}

QString memberPath(const QString& code, const char* field)
{
    return code.isEmpty() ? QStringLiteral("panel.%1").arg(QLatin1String(field))
                          : QStringLiteral("panel[%1].%2").arg(code, QLatin1String(field));
}

std::optional<Problem> checkCode(const QString& code, const QString& where)
{
    if (code.isEmpty() || code.size() > kMaxIdChars || code.trimmed() != code)
        return Problem{where, tr("a code has 1 to %1 characters and no spaces at either end").arg(kMaxIdChars)};
    return std::nullopt;
}

std::optional<Problem> checkText(const QString& text, const QString& where, int maxChars, const QString& missing)
{
    if (text.trimmed().isEmpty())
        return Problem{where, missing};
    if (text.size() > maxChars)
        return Problem{where, tr("is %1 characters long, longer than the limit of %2").arg(text.size()).arg(maxChars)};
    return std::nullopt;
}

std::optional<Problem> checkCriterion(const Criterion& c)
{
    if (auto p = checkCode(c.id, criterionPath(c.id, "id")))
        return p;
    if (auto p = checkText(c.title, criterionPath(c.id, "title"), kMaxTextChars, tr("a criterion needs a title")))
        return p;
    if (c.max <= 0)
        return Problem{criterionPath(c.id, "max"), tr("the points must be above 0")};
    if (c.max > kMaxHundredths)
        return Problem{criterionPath(c.id, "max"),
                       tr("the points must be at most %1").arg(Decimal::formatShort(kMaxHundredths))};
    return std::nullopt;
}

std::optional<Problem> checkMember(const PanelistEntry& m)
{
    if (auto p = checkCode(m.id, memberPath(m.id, "id")))
        return p;
    if (auto p = checkText(m.name, memberPath(m.id, "name"), kMaxTextChars, tr("a panel member needs a name")))
        return p;
    if (m.affiliation.size() > kMaxTextChars)
        return Problem{
            memberPath(m.id, "affiliation"),
            tr("is %1 characters long, longer than the limit of %2").arg(m.affiliation.size()).arg(kMaxTextChars)};
    if (m.conflictDeclared.value_or(false) && m.conflictNote.trimmed().isEmpty())
        return Problem{memberPath(m.id, "conflict_note"),
                       tr("a declared conflict of interest needs a note saying what it is")};
    if (m.conflictNote.size() > kMaxNoteChars)
        return Problem{
            memberPath(m.id, "conflict_note"),
            tr("is %1 characters long, longer than the limit of %2").arg(m.conflictNote.size()).arg(kMaxNoteChars)};
    return std::nullopt;
}

// Ends a body that changed the negotiation: touches its row and describes the audit event.
StoreResult<Done> changed(WriteTransaction& tx, const QVariantMap& negotiation, ActionEvent& event,
                          const QString& action, const QJsonObject& details)
{
    NegotiationRecord::touch(tx, negotiation);
    event.action = action;
    event.details = details;
    return StoreResult<Done>::success(Done());
}

// Ends a body that found nothing to change: no event, nothing stored.
StoreResult<Done> unchanged(ActionEvent& event)
{
    event = ActionEvent::none();
    return StoreResult<Done>::success(Done());
}

// The rows of a list table (criteria or panelists) of the negotiation, in their order.
QList<QVariantMap> ordered(WriteTransaction& tx, const QString& table, qint64 id)
{
    QList<QVariantMap> rows = tx.rows(table, {{kNegotiationId, id}});
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(kPosition).toLongLong() < b.value(kPosition).toLongLong();
    });
    return rows;
}

qsizetype indexOf(const QList<QVariantMap>& rows, const QString& code)
{
    for (qsizetype i = 0; i < rows.size(); ++i)
        if (rows.at(i).value(kCode).toString() == code)
            return i;
    return -1;
}

// Writes positions 1..n in the order of `rows` (rows whose position is already right are not written).
void renumber(WriteTransaction& tx, const QString& table, QList<QVariantMap> rows)
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows[i].insert(kPosition, qint64(i + 1));
        tx.upsert(table, rows.at(i));
    }
}

std::optional<Problem> checkIndex(std::optional<qsizetype> index, qsizetype size, const QString& where)
{
    if (index && (*index < 0 || *index > size))
        return Problem{where, tr("the position must be 1 to %1").arg(size + 1)};
    return std::nullopt;
}

// The two ordered lists of setup, criteria and panel members: where they are stored, the rule
// that guards them, and how messages and audit events name them.
struct SetupList
{
    QString table;
    StageGuard guard;
    QString (*path)(const QString& code, const char* field);
    const char* missing; // "no criterion \"%1\" in this negotiation"
    const char* exists;  // "criterion %1 exists already; choose another code"
    QString addedEvent;
    QString removedEvent;
    QString movedEvent;
    QString detail; // the audit detail naming the code
};

const SetupList& criteriaList()
{
    static const SetupList list{kCriteria,
                                Procedure::checkSetupChange,
                                criterionPath,
                                QT_TRANSLATE_NOOP("SetupService", "no criterion \"%1\" in this negotiation"),
                                QT_TRANSLATE_NOOP("SetupService", "criterion %1 exists already; choose another code"),
                                QStringLiteral("criterion_added"),
                                QStringLiteral("criterion_removed"),
                                QStringLiteral("criteria_reordered"),
                                QStringLiteral("criterion")};
    return list;
}

const SetupList& panelList()
{
    static const SetupList list{
        kPanelists,
        Procedure::checkPanelChange,
        memberPath,
        QT_TRANSLATE_NOOP("SetupService", "no panel member \"%1\" in this negotiation"),
        QT_TRANSLATE_NOOP("SetupService", "panel member %1 exists already; choose another code"),
        QStringLiteral("panel_member_added"),
        QStringLiteral("panel_member_removed"),
        QStringLiteral("panel_reordered"),
        QStringLiteral("panelist")};
    return list;
}

// Inserts a new entry at `index` (0-based; the end when none) and numbers the list 1..n; `admit`
// may refuse it (a second leader).
StoreResult<Done> insertIntoList(Workspace& workspace, const SetupList& list, qint64 id, const QVariantMap& row,
                                 std::optional<qsizetype> index, const QString& actor,
                                 const std::function<std::optional<Problem>(const QList<QVariantMap>&)>& admit = {})
{
    using Result = StoreResult<Done>;
    const QString code = row.value(kCode).toString();
    return NegotiationAction::run<Done>(
        workspace, id, actor, list.guard,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            QList<QVariantMap> rows = ordered(tx, list.table, id);
            if (indexOf(rows, code) >= 0)
                return Result::fail(Failure::Invalid, {list.path(code, "id"), tr(list.exists).arg(code)});
            if (admit)
                if (auto p = admit(rows))
                    return Result::fail(Failure::Invalid, *p);
            if (auto p = checkIndex(index, rows.size(), list.path(code, "position")))
                return Result::fail(Failure::Invalid, *p);
            rows.insert(index.value_or(rows.size()), row);
            renumber(tx, list.table, rows);
            return changed(tx, neg, event, list.addedEvent, {{list.detail, code}});
        });
}

// Runs an action on the entry `code` of a list: body(tx, negotiation, rows, at, event) gets the list's
// rows in their order and the entry's index among them; an entry not in the list is refused.
template <typename Body>
StoreResult<Done> runOnEntry(Workspace& workspace, const SetupList& list, qint64 id, const QString& code,
                             const QString& actor, Body&& body)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        workspace, id, actor, list.guard,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            QList<QVariantMap> rows = ordered(tx, list.table, id);
            const qsizetype at = indexOf(rows, code);
            if (at < 0)
                return Result::fail(Failure::Invalid, {list.path(code, "id"), tr(list.missing).arg(code)});
            return body(tx, neg, rows, at, event);
        });
}

// Removes one entry of a list and numbers the rest 1..n; `keep` may refuse (a member who scored).
StoreResult<Done> removeFromList(Workspace& workspace, const SetupList& list, qint64 id, const QString& code,
                                 const QString& actor,
                                 const std::function<std::optional<Problem>(WriteTransaction&)>& keep = {})
{
    using Result = StoreResult<Done>;
    return runOnEntry(workspace, list, id, code, actor,
                      [&](WriteTransaction& tx, const QVariantMap& neg, QList<QVariantMap>& rows, qsizetype at,
                          ActionEvent& event) -> Result {
                          if (keep)
                              if (auto p = keep(tx))
                                  return Result::fail(Failure::Refused, *p);
                          tx.remove(list.table, {{kNegotiationId, id}, {kCode, code}});
                          rows.removeAt(at);
                          renumber(tx, list.table, rows);
                          return changed(tx, neg, event, list.removedEvent, {{list.detail, code}});
                      });
}

// Moves one entry of a list to `index` (0-based) and numbers the list 1..n.
StoreResult<Done> moveInList(Workspace& workspace, const SetupList& list, qint64 id, const QString& code,
                             qsizetype index, const QString& actor)
{
    using Result = StoreResult<Done>;
    return runOnEntry(
        workspace, list, id, code, actor,
        [&](WriteTransaction& tx, const QVariantMap& neg, QList<QVariantMap>& rows, qsizetype at,
            ActionEvent& event) -> Result {
            if (auto p = checkIndex(index, rows.size() - 1, list.path(code, "position")))
                return Result::fail(Failure::Invalid, *p);
            if (index == at)
                return unchanged(event);
            rows.move(at, index);
            renumber(tx, list.table, rows);
            return changed(tx, neg, event, list.movedEvent, {{list.detail, code}, {kPosition, qint64(index + 1)}});
        });
}

QVariantMap criterionRow(qint64 id, const Criterion& c)
{
    return {{kNegotiationId, id},
            {kCode, c.id},
            {kPosition, qint64(0)},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("max_hundredths"), c.max}};
}

QVariantMap memberRow(qint64 id, const PanelistEntry& m)
{
    return {{kNegotiationId, id},
            {kCode, m.id},
            {kPosition, qint64(0)},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("role"), ScenarioMapping::roleName(m.role)},
            {QStringLiteral("affiliation"), nullable(m.affiliation)},
            {QStringLiteral("conflict_declared"),
             m.conflictDeclared ? QVariant(qint64(*m.conflictDeclared ? 1 : 0)) : QVariant()},
            {QStringLiteral("conflict_note"), nullable(m.conflictNote)}};
}

PanelistEntry memberOf(const QVariantMap& row)
{
    PanelistEntry m;
    m.id = row.value(kCode).toString();
    m.name = row.value(QStringLiteral("name")).toString();
    m.role =
        row.value(QStringLiteral("role")).toString() == QLatin1String("leader") ? PanelRole::Leader : PanelRole::Member;
    m.affiliation = row.value(QStringLiteral("affiliation")).toString();
    const QVariant declared = row.value(QStringLiteral("conflict_declared"));
    if (declared.isValid())
        m.conflictDeclared = declared.toLongLong() != 0;
    m.conflictNote = row.value(QStringLiteral("conflict_note")).toString();
    return m;
}

// The other leader of the panel when `member` would be a second one.
std::optional<QVariantMap> otherLeader(const QList<QVariantMap>& panel, const PanelistEntry& member)
{
    for (const QVariantMap& row : panel)
        if (PanelRules::secondLeader(member.role, memberOf(row).role == PanelRole::Leader &&
                                                      row.value(kCode).toString() != member.id))
            return row;
    return std::nullopt;
}

Problem secondLeader(const PanelistEntry& member, const QVariantMap& leader)
{
    return {memberPath(member.id, "role"),
            tr("the panel already has a leader (%1 %2); make them a member first")
                .arg(leader.value(kCode).toString(), leader.value(QStringLiteral("name")).toString())};
}

// Replaces the criteria of negotiation `id` by `criteria`, in that order.
void writeCriteria(WriteTransaction& tx, qint64 id, const QList<Criterion>& criteria)
{
    QSet<QString> kept;
    for (const Criterion& c : criteria)
        kept.insert(c.id);
    for (const QVariantMap& row : ordered(tx, kCriteria, id))
        if (!kept.contains(row.value(kCode).toString()))
            tx.remove(kCriteria, {{kNegotiationId, id}, {kCode, row.value(kCode)}});
    QList<QVariantMap> rows;
    for (const Criterion& c : criteria)
        rows.append(criterionRow(id, c));
    renumber(tx, kCriteria, rows);
}

std::optional<Problem> checkCriteriaList(const QList<Criterion>& criteria)
{
    QSet<QString> codes;
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (auto p = checkCriterion(criteria.at(i)))
            return p;
        if (codes.contains(criteria.at(i).id))
            return Problem{QStringLiteral("criteria[%1].id").arg(i),
                           tr("criterion %1 is listed twice").arg(criteria.at(i).id)};
        codes.insert(criteria.at(i).id);
    }
    return std::nullopt;
}

} // namespace

StoreResult<SetupState> SetupService::state(qint64 id) const
{
    using Result = StoreResult<SetupState>;
    const auto scenario = NegotiationStore(m_workspace).scenario(id);
    if (!scenario.ok())
        return Result::from(scenario);
    const auto negotiation =
        RecordReader::rows(m_workspace, QStringLiteral("negotiations"), {{QStringLiteral("id"), id}});
    if (!negotiation.ok())
        return Result::from(negotiation);
    auto panel = RecordReader::rows(m_workspace, kPanelists, {{kNegotiationId, id}});
    if (!panel.ok())
        return Result::from(panel);
    std::stable_sort(panel.value->begin(), panel.value->end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(kPosition).toLongLong() < b.value(kPosition).toLongLong();
    });
    SetupState state;
    state.stage = negotiation.value->isEmpty() ? Stage::Setup : NegotiationRecord::stage(negotiation.value->first());
    state.project = scenario.value->project;
    state.criteria = scenario.value->criteria;
    for (const QVariantMap& row : *panel.value)
        state.panel.append(memberOf(row));
    return Result::success(state);
}

std::optional<Problem> SetupService::checkProject(const Project& project)
{
    if (project.title.trimmed().isEmpty())
        return Problem{QStringLiteral("project.title"), tr("the project needs a title")};
    if (project.purchaser.trimmed().isEmpty())
        return Problem{QStringLiteral("project.purchaser"), tr("the project needs a purchaser")};
    // The scenario reader's checks of the project: worded and placed exactly as for a scenario file.
    Problems problems;
    ScenarioValidator(&problems).checkProject(project);
    if (!problems.isEmpty())
        return problems.first();
    return std::nullopt;
}

Problems SetupService::readinessProblems(const SetupState& state)
{
    Problems problems;
    if (auto p = checkProject(state.project))
        problems.append(*p);
    if (state.criteria.isEmpty())
        problems.append({QStringLiteral("criteria"), tr("no criterion is set")});
    if (state.panel.isEmpty())
        problems.append({QStringLiteral("panel"), tr("the panel has no members")});

    // What keeps the criteria and the panel from being scored: the scenario reader's checks, worded
    // and placed as for a scenario file (the project's problem is the one above).
    Problems found;
    ScenarioValidator validator(&found);
    validator.checkProject(state.project);
    validator.checkCriteria(state.criteria);
    QList<Panelist> panelists;
    for (const PanelistEntry& m : state.panel)
        panelists.append(Panelist(m)); // the rules see the panelist without the workspace's details
    validator.checkPanel(panelists);
    for (const Problem& p : std::as_const(found)) {
        const bool criteria = p.where == QLatin1String("criteria") || p.where.startsWith(QLatin1String("criteria["));
        const bool panel = p.where == QLatin1String("panel") || p.where.startsWith(QLatin1String("panel["));
        if ((criteria && !state.criteria.isEmpty()) || (panel && !state.panel.isEmpty()))
            problems.append(p);
    }

    const int size = int(state.panel.size());
    for (const PanelSizeFinding& f : PanelRules::checkSize(size, PanelBody::Negotiation, state.project.trim)) {
        switch (f.code) {
        case PanelSizeFinding::Code::TooSmallToTrim:
            break; // reported by the reader above
        case PanelSizeFinding::Code::BelowMinimum:
            if (size > 0 && !PanelRules::tooSmallToTrim(size, state.project.trim))
                problems.append(
                    {QStringLiteral("panel"),
                     tr("the panel has %1 members; a negotiation panel needs at least %2").arg(size).arg(f.required)});
            break;
        case PanelSizeFinding::Code::EvenSize:
            problems.append(
                {QStringLiteral("panel"), tr("the panel has %1 members; it needs an odd number of members").arg(size)});
            break;
        }
    }
    return problems;
}

StoreResult<Problems> SetupService::readiness(qint64 id) const
{
    const StoreResult<SetupState> s = state(id);
    if (!s.ok())
        return StoreResult<Problems>::from(s);
    return StoreResult<Problems>::success(readinessProblems(*s.value));
}

namespace {

// Makes the stored shares of negotiation `id` those of `allocation`; false when they already were.
bool writeAllocation(WriteTransaction& tx, qint64 id, const QMap<int, QList<int>>& allocation)
{
    const QString allocations = QStringLiteral("allocations");
    QSet<QPair<qint64, qint64>> wanted;
    for (auto it = allocation.cbegin(); it != allocation.cend(); ++it)
        for (qsizetype i = 0; i < it.value().size(); ++i)
            wanted.insert({qint64(it.key()), qint64(i + 1)});
    bool changed = false;
    const QList<QVariantMap> stored = tx.rows(allocations, {{kNegotiationId, id}});
    QMap<QPair<qint64, qint64>, qint64> storedShares;
    for (const QVariantMap& row : stored)
        storedShares.insert({row.value(QStringLiteral("winner_count")).toLongLong(), row.value(kPosition).toLongLong()},
                            row.value(QStringLiteral("percent")).toLongLong());
    for (auto it = storedShares.cbegin(); it != storedShares.cend(); ++it)
        if (!wanted.contains(it.key())) {
            changed = true;
            tx.remove(
                allocations,
                {{kNegotiationId, id}, {QStringLiteral("winner_count"), it.key().first}, {kPosition, it.key().second}});
        }
    for (auto it = allocation.cbegin(); it != allocation.cend(); ++it)
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            const QPair<qint64, qint64> key{qint64(it.key()), qint64(i + 1)};
            if (storedShares.value(key, -1) == it.value().at(i))
                continue;
            changed = true;
            tx.upsert(allocations, {{kNegotiationId, id},
                                    {QStringLiteral("winner_count"), key.first},
                                    {kPosition, key.second},
                                    {QStringLiteral("percent"), qint64(it.value().at(i))}});
        }
    return changed;
}

// Writes the project settings `p` of negotiation `id`: returns its row as it becomes (written by the
// caller's touch) and appends to `fields` what changed, the allocation and the areas included.
QVariantMap writeProject(WriteTransaction& tx, qint64 id, const QVariantMap& neg, const Project& p, QJsonArray& fields)
{
    QVariantMap n = neg;
    n.insert(QStringLiteral("title"), p.title.trimmed());
    n.insert(QStringLiteral("purchaser"), p.purchaser.trimmed());
    n.insert(QStringLiteral("registration_deadline"), optionalTime(p.registrationDeadline));
    n.insert(QStringLiteral("proposal_deadline"), optionalTime(p.proposalDeadline));
    n.insert(QStringLiteral("required_copies"), p.requiredCopies ? QVariant(qint64(*p.requiredCopies)) : QVariant());
    n.insert(QStringLiteral("presentation_minutes"), qint64(p.presentationMinutes));
    n.insert(QStringLiteral("statement_minutes"), qint64(p.statementMinutes));
    n.insert(QStringLiteral("min_bidders"), qint64(p.minBidders));
    n.insert(QStringLiteral("max_winners"), qint64(p.maxWinners));
    n.insert(QStringLiteral("trim_highest"), qint64(p.trim.highest));
    n.insert(QStringLiteral("trim_lowest"), qint64(p.trim.lowest));
    n.insert(QStringLiteral("trim_level"), ScenarioMapping::trimLevelName(p.trim.level));
    n.insert(QStringLiteral("tie_precision"), ScenarioMapping::tiePrecisionName(p.tiePrecision));
    n.insert(QStringLiteral("publication_start"),
             p.publication ? QVariant(StoreTime::dateToText(p.publication->start)) : QVariant());
    n.insert(QStringLiteral("publication_working_days"),
             p.publication ? QVariant(qint64(p.publication->workingDays)) : QVariant());
    n.insert(QStringLiteral("publication_count_start_day"),
             p.publication ? QVariant(qint64(p.publication->countStartDay ? 1 : 0)) : QVariant());
    for (auto it = n.cbegin(); it != n.cend(); ++it)
        if (it.value() != neg.value(it.key()))
            fields.append(it.key());

    if (writeAllocation(tx, id, p.allocation))
        fields.append(QStringLiteral("allocation"));
    if (ServiceAreaRows::replace(tx, ServiceAreaRows::negotiation(), id, p.areas))
        fields.append(QStringLiteral("areas"));
    return n;
}

} // namespace

StoreResult<Done> SetupService::updateProject(qint64 id, const Project& p, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (auto problem = checkProject(p))
        return Result::fail(Failure::Invalid, *problem);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkSetupChange,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            QJsonArray fields;
            const QVariantMap n = writeProject(tx, id, neg, p, fields);
            if (fields.isEmpty())
                return unchanged(event);
            return changed(tx, n, event, QStringLiteral("project_updated"), {{QStringLiteral("fields"), fields}});
        });
}

StoreResult<Done> SetupService::restoreSetup(qint64 id, const Project& p, const QList<Criterion>& criteria,
                                             const QString& actor)
{
    using Result = StoreResult<Done>;
    if (auto problem = checkProject(p))
        return Result::fail(Failure::Invalid, *problem);
    if (auto problem = checkCriteriaList(criteria))
        return Result::fail(Failure::Invalid, *problem);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkSetupChange,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            writeCriteria(tx, id, criteria);
            QJsonArray fields;
            const QVariantMap n = writeProject(tx, id, neg, p, fields);
            QJsonArray codes;
            for (const Criterion& c : criteria)
                codes.append(c.id);
            return changed(tx, n, event, QStringLiteral("setup_restored"),
                           {{QStringLiteral("fields"), fields}, {QStringLiteral("criteria"), codes}});
        });
}

StoreResult<Done> SetupService::setDocumentDetails(qint64 id, const DocumentDetails& details, const QString& actor)
{
    using Result = StoreResult<Done>;
    Problems problems;
    ScenarioValidator(&problems).checkDocuments(details);
    if (!problems.isEmpty())
        return Result::fail(Failure::Invalid, problems.first());
    const QVariantMap columns = ScenarioMapping::documentColumns(details);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkDocumentDetails,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            QVariantMap n = neg;
            QJsonArray fields;
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                if (it.value() != n.value(it.key()))
                    fields.append(it.key());
                n.insert(it.key(), it.value());
            }
            if (fields.isEmpty())
                return unchanged(event);
            return changed(tx, n, event, QStringLiteral("document_details_set"), {{QStringLiteral("fields"), fields}});
        });
}

StoreResult<Done> SetupService::addCriterion(qint64 id, const Criterion& c, const QString& actor,
                                             std::optional<qsizetype> index)
{
    if (auto p = checkCriterion(c))
        return StoreResult<Done>::fail(Failure::Invalid, *p);
    return insertIntoList(m_workspace, criteriaList(), id, criterionRow(id, c), index, actor);
}

StoreResult<Done> SetupService::editCriterion(qint64 id, const Criterion& c, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (auto p = checkCriterion(c))
        return Result::fail(Failure::Invalid, *p);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkSetupChange,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            auto row = NegotiationRecord::member(tx, id, kCriteria, c.id, criterionPath(c.id, "id"));
            if (!row.ok())
                return Result::from(row);
            QVariantMap edited = *row.value;
            edited.insert(QStringLiteral("title"), c.title);
            edited.insert(QStringLiteral("max_hundredths"), c.max);
            if (edited == *row.value)
                return unchanged(event);
            tx.upsert(kCriteria, edited);
            return changed(tx, neg, event, QStringLiteral("criterion_edited"), {{QStringLiteral("criterion"), c.id}});
        });
}

StoreResult<Done> SetupService::renameCriterion(qint64 id, const QString& from, const QString& to, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (auto p = checkCode(to, criterionPath(from, "id")))
        return Result::fail(Failure::Invalid, *p);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkSetupChange,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            auto row = NegotiationRecord::member(tx, id, kCriteria, from, criterionPath(from, "id"));
            if (!row.ok())
                return Result::from(row);
            if (from == to)
                return unchanged(event);
            if (tx.row(kCriteria, {{kNegotiationId, id}, {kCode, to}}))
                return Result::fail(Failure::Invalid, {criterionPath(from, "id"),
                                                       tr("criterion %1 exists already; choose another code").arg(to)});
            tx.remove(kCriteria, {{kNegotiationId, id}, {kCode, from}});
            QVariantMap renamed = *row.value;
            renamed.insert(kCode, to);
            tx.upsert(kCriteria, renamed);
            return changed(tx, neg, event, QStringLiteral("criterion_renamed"),
                           {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
        });
}

StoreResult<Done> SetupService::removeCriterion(qint64 id, const QString& code, const QString& actor)
{
    return removeFromList(m_workspace, criteriaList(), id, code, actor);
}

StoreResult<Done> SetupService::moveCriterion(qint64 id, const QString& code, qsizetype index, const QString& actor)
{
    return moveInList(m_workspace, criteriaList(), id, code, index, actor);
}

StoreResult<Done> SetupService::replaceCriteria(qint64 id, const QList<Criterion>& criteria, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (auto p = checkCriteriaList(criteria))
        return Result::fail(Failure::Invalid, *p);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkSetupChange,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            writeCriteria(tx, id, criteria);
            QJsonArray codes;
            for (const Criterion& c : criteria)
                codes.append(c.id);
            return changed(tx, neg, event, QStringLiteral("criteria_replaced"), {{QStringLiteral("criteria"), codes}});
        });
}

StoreResult<Done> SetupService::applyTemplate(qint64 id, qint64 templateId, const QString& actor)
{
    using Result = StoreResult<Done>;
    const auto templates = NegotiationStore(m_workspace).templates();
    if (!templates.ok())
        return Result::from(templates);
    for (const CriteriaTemplate& t : *templates.value) {
        if (t.id != templateId)
            continue;
        if (auto p = checkCriteriaList(t.criteria))
            return Result::fail(Failure::Invalid, *p);
        return NegotiationAction::run<Done>(
            m_workspace, id, actor, Procedure::checkSetupChange,
            [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
                writeCriteria(tx, id, t.criteria);
                QJsonObject details{{QStringLiteral("template"), t.name}};
                QVariantMap n = neg;
                if (t.award) {
                    // The template's project awards by area: its bidders, winners and areas, no shares.
                    n.insert(QStringLiteral("min_bidders"), qint64(t.award->minBidders));
                    n.insert(QStringLiteral("max_winners"), qint64(t.award->maxWinners));
                    writeAllocation(tx, id, {});
                    ServiceAreaRows::replace(tx, ServiceAreaRows::negotiation(), id, t.award->areas);
                    details.insert(QStringLiteral("award"), true);
                }
                return changed(tx, n, event, QStringLiteral("criteria_template_applied"), details);
            });
    }
    return Result::fail(Failure::Invalid, {QStringLiteral("template"), tr("no criteria template %1").arg(templateId)});
}

StoreResult<Done> SetupService::addPanelMember(qint64 id, const PanelistEntry& m, const QString& actor,
                                               std::optional<qsizetype> index)
{
    if (auto p = checkMember(m))
        return StoreResult<Done>::fail(Failure::Invalid, *p);
    return insertIntoList(m_workspace, panelList(), id, memberRow(id, m), index, actor,
                          [&m](const QList<QVariantMap>& panel) -> std::optional<Problem> {
                              if (const auto leader = otherLeader(panel, m))
                                  return secondLeader(m, *leader);
                              return std::nullopt;
                          });
}

StoreResult<Done> SetupService::editPanelMember(qint64 id, const PanelistEntry& m, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (auto p = checkMember(m))
        return Result::fail(Failure::Invalid, *p);
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkPanelChange,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) -> Result {
            const QList<QVariantMap> rows = ordered(tx, kPanelists, id);
            const qsizetype at = indexOf(rows, m.id);
            if (at < 0)
                return Result::fail(Failure::Invalid, {memberPath(m.id, "id"),
                                                       tr("no panel member \"%1\" in this negotiation").arg(m.id)});
            if (const auto leader = otherLeader(rows, m))
                return Result::fail(Failure::Invalid, secondLeader(m, *leader));
            QVariantMap edited = memberRow(id, m);
            edited.insert(kPosition, rows.at(at).value(kPosition));
            if (edited == rows.at(at))
                return unchanged(event);
            tx.upsert(kPanelists, edited);
            return changed(tx, neg, event, QStringLiteral("panel_member_edited"), {{QStringLiteral("panelist"), m.id}});
        });
}

StoreResult<Done> SetupService::removePanelMember(qint64 id, const QString& code, const QString& actor)
{
    return removeFromList(
        m_workspace, panelList(), id, code, actor, [id, &code](WriteTransaction& tx) -> std::optional<Problem> {
            const QVariantMap entered{{kNegotiationId, id}, {QStringLiteral("panelist_code"), code}};
            if (tx.rows(QStringLiteral("scores"), entered).isEmpty() && !tx.row(QStringLiteral("sheets"), entered))
                return std::nullopt;
            return Problem{memberPath(code, "id"),
                           tr("panel member %1 has entered scores and stays on the panel").arg(code)};
        });
}

StoreResult<Done> SetupService::movePanelMember(qint64 id, const QString& code, qsizetype index, const QString& actor)
{
    return moveInList(m_workspace, panelList(), id, code, index, actor);
}

} // namespace tp::store
