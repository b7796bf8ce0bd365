#include "NegotiationRecord.h"

#include "AuditLog.h"
#include "ScenarioMapping.h"
#include "StoreTables.h"
#include "Workspace.h"
#include "WriteTransaction.h"
#include "rules/Evaluator.h"
#include "rules/Qualification.h"
#include "rules/WorkingDayCalendar.h"

#include <QCoreApplication>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("NegotiationRecord", text);
}

StoreResult<Evaluation> run(const Scenario& scenario)
{
    const Evaluator evaluator(WorkingDayCalendar::standard());
    const Evaluator::Outcome outcome = evaluator.evaluate(scenario);
    if (!outcome.ok())
        return StoreResult<Evaluation>::fail(
            Failure::Invalid, outcome.problems.isEmpty() ? Problem{QString(), tr("the negotiation cannot be evaluated")}
                                                         : outcome.problems.first());
    return StoreResult<Evaluation>::success(*outcome.evaluation);
}

} // namespace

StoreResult<QVariantMap> NegotiationRecord::load(WriteTransaction& tx, qint64 id)
{
    const auto row = tx.row(QStringLiteral("negotiations"), {{QStringLiteral("id"), id}});
    if (tx.failed())
        return StoreResult<QVariantMap>::fail(Failure::Storage, tx.problem());
    if (!row)
        return StoreResult<QVariantMap>::fail(Failure::NotFound,
                                              {QString::number(id), tr("no such negotiation in this workspace")});
    return StoreResult<QVariantMap>::success(*row);
}

Stage NegotiationRecord::stage(const QVariantMap& row)
{
    return Procedure::fromName(row.value(QStringLiteral("stage")).toString()).value_or(Stage::Setup);
}

QString NegotiationRecord::code(const QVariantMap& row)
{
    return row.value(QStringLiteral("code")).toString();
}

namespace {

// Sets updated_at to the change's time where the workspace keeps it in the negotiation's row (before
// version 8; from version 8 the list reads it from the negotiation's last audit event).
void stampChange(WriteTransaction& tx, QVariantMap& values)
{
    static const TableSpec::Column* const updatedAt =
        StoreTables::find(QStringLiteral("negotiations"))->column(QStringLiteral("updated_at"));
    if (updatedAt->existsAt(tx.workspace().schemaVersion()))
        values.insert(QStringLiteral("updated_at"), tx.timestamp());
}

} // namespace

bool NegotiationRecord::touch(WriteTransaction& tx, QVariantMap row, std::optional<Stage> stage)
{
    if (stage)
        row.insert(QStringLiteral("stage"), Procedure::name(*stage));
    stampChange(tx, row);
    return tx.upsert(QStringLiteral("negotiations"), row);
}

bool NegotiationRecord::touch(WriteTransaction& tx, qint64 id, QVariantMap values, std::optional<Stage> stage)
{
    if (stage)
        values.insert(QStringLiteral("stage"), Procedure::name(*stage));
    stampChange(tx, values);
    return tx.update(QStringLiteral("negotiations"), {{QStringLiteral("id"), id}}, values);
}

StoreResult<QVariantMap> NegotiationRecord::scoresEntered(WriteTransaction& tx, const QVariantMap& negotiation)
{
    using Result = StoreResult<QVariantMap>;
    QVariantMap values{{QStringLiteral("has_scores"), qint64(1)}};
    // Before version 9 (a file built for a test of its upgrade) the upgrade finds the number.
    if (tx.workspace().schemaVersion() < 9 || negotiation.value(QStringLiteral("scores_from_seq")).isValid())
        return Result::success(values);
    const auto seq = AuditLog::nextSeq(tx);
    if (!seq.ok())
        return Result::from(seq);
    values.insert(QStringLiteral("scores_from_seq"), *seq.value);
    return Result::success(values);
}

bool NegotiationRecord::drawRecorded(WriteTransaction& tx, qint64 id)
{
    return tx.exists(QStringLiteral("draws"), {{QStringLiteral("negotiation_id"), id}});
}

namespace {

// The refusal of a member (a panel member, bidder or criterion) that is not in the negotiation.
Problem noMember(const QString& table, const QString& code, const QString& option)
{
    QString why;
    if (table == QLatin1String("panelists"))
        why = tr("no panel member \"%1\" in this negotiation").arg(code);
    else if (table == QLatin1String("bidders"))
        why = tr("no bidder \"%1\" in this negotiation").arg(code);
    else
        why = tr("no criterion \"%1\" in this negotiation").arg(code);
    return {option, why};
}

} // namespace

StoreResult<QVariantMap> NegotiationRecord::member(WriteTransaction& tx, qint64 id, const QString& table,
                                                   const QString& code, const QString& option)
{
    const auto row = tx.row(table, {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("code"), code}});
    if (tx.failed())
        return StoreResult<QVariantMap>::fail(Failure::Storage, tx.problem());
    if (!row)
        return StoreResult<QVariantMap>::fail(Failure::Invalid, noMember(table, code, option));
    return StoreResult<QVariantMap>::success(*row);
}

StoreResult<Done> NegotiationRecord::hasMember(WriteTransaction& tx, qint64 id, const QString& table,
                                               const QString& code, const QString& option)
{
    const bool found = tx.exists(table, {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("code"), code}});
    if (tx.failed())
        return StoreResult<Done>::fail(Failure::Storage, tx.problem());
    if (!found)
        return StoreResult<Done>::fail(Failure::Invalid, noMember(table, code, option));
    return StoreResult<Done>::success(Done());
}

StoreResult<Evaluation> NegotiationRecord::qualification(const Workspace& workspace, qint64 id)
{
    auto scenario = ScenarioMapping::read(workspace, id, ScenarioMapping::Parts::Qualification);
    if (!scenario.ok())
        return StoreResult<Evaluation>::from(scenario);
    scenario.value->scores.reset();
    scenario.value->votes.clear();
    scenario.value->draw.reset();
    return run(*scenario.value);
}

StoreResult<Evaluation> NegotiationRecord::evaluate(const Workspace& workspace, qint64 id)
{
    const auto scenario = ScenarioMapping::read(workspace, id);
    if (!scenario.ok())
        return StoreResult<Evaluation>::from(scenario);
    return run(*scenario.value);
}

StoreResult<std::optional<QString>> NegotiationRecord::exclusionOf(WriteTransaction& tx, const QVariantMap& negotiation,
                                                                   const QVariantMap& bidderRow)
{
    using Result = StoreResult<std::optional<QString>>;
    const auto proposal = tx.row(QStringLiteral("proposals"),
                                 {{QStringLiteral("negotiation_id"), negotiation.value(QStringLiteral("id"))},
                                  {QStringLiteral("bidder_code"), bidderRow.value(QStringLiteral("code"))}});
    if (tx.failed())
        return Result::fail(Failure::Storage, tx.problem());
    const Scenario facts = ScenarioMapping::qualificationOf(negotiation, bidderRow, proposal);
    const QString reason = Qualification::exclusionReason(
        facts, facts.bidders.first(),
        facts.proposals && !facts.proposals->isEmpty() ? &facts.proposals->first() : nullptr);
    return Result::success(reason.isEmpty() ? std::nullopt : std::optional<QString>(reason));
}

std::optional<QString> NegotiationRecord::exclusionOf(const Evaluation& evaluation, const QString& bidder)
{
    for (const Exclusion& e : evaluation.excluded)
        if (e.bidder == bidder)
            return e.reason;
    return std::nullopt;
}

} // namespace tp::store
