#include "Procedure.h"
#include "SummaryQuery.h"

#include <QCoreApplication>

namespace tp::store {

namespace {

const auto& kNames = summary::kStageNames;
static_assert(summary::kStageCount == int(Stage::Archived) + 1);

QString tr(const char* text)
{
    return QCoreApplication::translate("Procedure", text);
}

Problem refusal(Stage stage, const QString& why)
{
    return {QStringLiteral("stage %1").arg(Procedure::name(stage)), why};
}

bool between(Stage s, Stage first, Stage last)
{
    return int(s) >= int(first) && int(s) <= int(last);
}

} // namespace

QString Procedure::name(Stage stage)
{
    return QString::fromLatin1(kNames[int(stage)]);
}

std::optional<Stage> Procedure::fromName(const QString& name)
{
    for (int i = 0; i <= int(Stage::Archived); ++i)
        if (name == QLatin1String(kNames[i]))
            return Stage(i);
    return std::nullopt;
}

QStringList Procedure::names()
{
    QStringList list;
    for (const char* n : kNames)
        list.append(QString::fromLatin1(n));
    return list;
}

std::optional<Stage> Procedure::next(Stage stage)
{
    if (stage == Stage::Archived)
        return std::nullopt;
    return Stage(int(stage) + 1);
}

bool Procedure::scoringBegun(Stage stage)
{
    return int(stage) >= int(Stage::Scoring);
}

bool Procedure::resultsComputed(Stage stage)
{
    return int(stage) >= int(Stage::Vote);
}

bool Procedure::resultFixed(Stage stage)
{
    return int(stage) >= int(Stage::Result);
}

bool Procedure::isPublished(Stage stage)
{
    return int(stage) >= int(Stage::Publication);
}

std::optional<Problem> Procedure::checkAdvance(Stage from, Stage to)
{
    if (int(to) <= int(from))
        return refusal(from,
                       tr("the negotiation cannot go back to \"%1\": a completed step cannot be undone").arg(name(to)));
    const bool following = next(from) == to;
    const bool skipVote = from == Stage::Scoring && to == Stage::Result;
    if (!following && !skipVote)
        return refusal(
            from,
            tr("the negotiation cannot skip to \"%1\"; the next step is \"%2\"").arg(name(to), name(*next(from))));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkRegistration(Stage stage)
{
    if (stage != Stage::Registration)
        return refusal(stage, stage == Stage::Setup ? tr("registration has not opened") : tr("registration is closed"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkProposal(Stage stage)
{
    if (!between(stage, Stage::Registration, Stage::Proposals))
        return refusal(stage, stage == Stage::Setup ? tr("proposals are received after registration opens")
                                                    : tr("proposals are no longer received"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkRegistrationCorrection(Stage stage)
{
    if (!between(stage, Stage::Registration, Stage::Proposals))
        return refusal(stage, stage == Stage::Setup
                                  ? tr("there is no registration to correct before registration opens")
                                  : tr("registrations can no longer be corrected once the proposals step is closed"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkReceiptCorrection(Stage stage, bool drawRecorded)
{
    if (drawRecorded || !between(stage, Stage::Registration, Stage::Draw))
        return refusal(stage, stage == Stage::Setup
                                  ? tr("there is no proposal receipt to correct before registration opens")
                                  : tr("proposal receipts can no longer be corrected once the draw is recorded"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkSetupChange(Stage stage)
{
    if (stage != Stage::Setup)
        return refusal(stage, tr("the criteria and project settings are fixed once registration opens"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkPanelChange(Stage stage)
{
    if (scoringBegun(stage))
        return refusal(stage, tr("the panel cannot change once scoring has begun"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkDraw(Stage stage, bool drawRecorded)
{
    if (drawRecorded)
        return refusal(stage, tr("the draw is already recorded and cannot be redone"));
    if (stage != Stage::Draw)
        return refusal(stage, int(stage) < int(Stage::Draw) ? tr("the draw comes after the proposals are opened")
                                                            : tr("the draw step has passed"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkPresentation(Stage stage, bool drawRecorded)
{
    if (!drawRecorded)
        return refusal(stage, tr("the draw for the presentation order is not recorded yet"));
    if (stage != Stage::Presentations)
        return refusal(stage, tr("presentations are logged in the presentations step"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkScoreEntry(Stage stage, bool drawRecorded)
{
    if (!drawRecorded)
        return refusal(stage, tr("scores cannot be entered before the draw is recorded"));
    if (!between(stage, Stage::Presentations, Stage::Scoring))
        return refusal(stage, int(stage) < int(Stage::Presentations)
                                  ? tr("scores cannot be entered before the presentations")
                                  : tr("scoring is closed; a change needs a correction"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkCorrection(Stage stage)
{
    if (!between(stage, Stage::Scoring, Stage::Vote))
        return refusal(stage, int(stage) < int(Stage::Scoring)
                                  ? tr("there are no submitted scores to correct")
                                  : tr("the result is fixed; scores can no longer be corrected"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkVote(Stage stage)
{
    if (!between(stage, Stage::Scoring, Stage::Vote))
        return refusal(stage, tr("a vote is held only after scoring, before the result"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkResult(Stage stage)
{
    if (!between(stage, Stage::Scoring, Stage::Vote))
        return refusal(stage, int(stage) < int(Stage::Scoring) ? tr("there is no result before scoring")
                                                               : tr("the result is already fixed"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkPublication(Stage stage)
{
    if (stage != Stage::Result)
        return refusal(stage,
                       !resultFixed(stage) ? tr("the result is not fixed yet") : tr("the result is already published"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkOpening(Stage stage, bool drawRecorded)
{
    if ((stage != Stage::Proposals && stage != Stage::Draw) || drawRecorded)
        return refusal(stage, int(stage) < int(Stage::Proposals)
                                  ? tr("proposals are opened at the proposal deadline")
                                  : tr("the opening of the proposals cannot change once the draw is recorded"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkDocumentDetails(Stage stage)
{
    if (int(stage) >= int(Stage::Publication))
        return refusal(stage, tr("the notice is already published with these details"));
    return std::nullopt;
}

std::optional<Problem> Procedure::checkArchive(Stage stage)
{
    if (stage != Stage::Publication)
        return refusal(stage, stage == Stage::Archived ? tr("the negotiation is already archived")
                                                       : tr("only a published negotiation can be archived"));
    return std::nullopt;
}

} // namespace tp::store
