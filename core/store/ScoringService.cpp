#include "ScoringService.h"

#include "MemberAccess.h"
#include "NegotiationAction.h"
#include "NegotiationRecord.h"
#include "Procedure.h"
#include "RecordReader.h"
#include "RowReader.h"
#include "ScenarioMapping.h"
#include "Workspace.h"
#include "WriteTransaction.h"
#include "io/EvaluationWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ScoringService", text);
}

const char* const kCategories[] = {"summation_error", "out_of_range", "objective_disagreement", "abnormal_score"};

template <typename T, typename U> StoreResult<T> failed(const StoreResult<U>& r)
{
    return StoreResult<T>::from(r);
}

template <typename T> StoreResult<T> storage(WriteTransaction& tx)
{
    return StoreResult<T>::fail(Failure::Storage, tx.problem());
}

QVariantMap scoreKey(qint64 id, const QString& panelist, const QString& bidder, const QString& criterion)
{
    return {{QStringLiteral("negotiation_id"), id},
            {QStringLiteral("panelist_code"), panelist},
            {QStringLiteral("bidder_code"), bidder},
            {QStringLiteral("criterion_code"), criterion}};
}

std::optional<Problem> checkValue(const QVariantMap& criterion, Hundredths value)
{
    const Hundredths max = criterion.value(QStringLiteral("max_hundredths")).toLongLong();
    if (value < 0)
        return Problem{QStringLiteral("--value"), tr("%1 is below 0").arg(Decimal::formatShort(value))};
    if (value > max)
        return Problem{QStringLiteral("--value"), tr("%1 is above the maximum %2 of criterion %3")
                                                      .arg(Decimal::formatShort(value), Decimal::formatShort(max),
                                                           criterion.value(QStringLiteral("code")).toString())};
    return std::nullopt;
}

// A sheet that can still be entered or submitted: scoring is open at this stage (checked first, so
// that the refusal is the one the scoring page shows), a panel member's, and not submitted yet.
StoreResult<Done> checkSheetOpen(WriteTransaction& tx, qint64 id, const QString& panelist, Stage stage)
{
    using Result = StoreResult<Done>;
    if (auto p = Procedure::checkScoreEntry(stage, NegotiationRecord::drawRecorded(tx, id)))
        return Result::fail(Failure::Refused, *p);
    const auto member =
        NegotiationRecord::member(tx, id, QStringLiteral("panelists"), panelist, QStringLiteral("--panelist"));
    if (!member.ok())
        return failed<Done>(member);
    if (MemberAccess::hasActiveCredential(tx, id, panelist))
        return Result::fail(Failure::Refused, MemberAccess::terminalMemberProblem(panelist));
    if (const auto sheet = tx.row(QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id},
                                                             {QStringLiteral("panelist_code"), panelist}}))
        return Result::fail(Failure::Refused,
                            {QStringLiteral("--panelist"),
                             tr("the score sheet of %1 was already submitted at %2")
                                 .arg(panelist, sheet->value(QStringLiteral("submitted_at")).toString())});
    return Result::success(Done());
}

// A score of a submitted sheet that may still be corrected or confirmed: the stage allows it (checked
// first), the panel member, bidder and criterion exist, the sheet is submitted. Returns the
// criterion's row.
StoreResult<QVariantMap> checkSubmittedScore(WriteTransaction& tx, qint64 id, const QString& panelist,
                                             const QString& bidder, const QString& criterion, Stage stage)
{
    using Result = StoreResult<QVariantMap>;
    if (auto p = Procedure::checkCorrection(stage))
        return Result::fail(Failure::Refused, *p);
    const auto member =
        NegotiationRecord::member(tx, id, QStringLiteral("panelists"), panelist, QStringLiteral("--panelist"));
    if (!member.ok())
        return member;
    const auto bidderRow =
        NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("--bidder"));
    if (!bidderRow.ok())
        return bidderRow;
    const auto criterionRow =
        NegotiationRecord::member(tx, id, QStringLiteral("criteria"), criterion, QStringLiteral("--criterion"));
    if (!criterionRow.ok())
        return criterionRow;
    if (!tx.row(QStringLiteral("sheets"),
                {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), panelist}}))
        return Result::fail(
            Failure::Refused,
            {QStringLiteral("--panelist"),
             tr("the score sheet of %1 is not submitted; only a submitted sheet's scores are corrected or confirmed")
                 .arg(panelist)});
    return criterionRow;
}

// Why a sheet is incomplete: the qualified bidder x criterion cells ("B1\nC1") not in `entered`.
std::optional<Problem> incompleteSheet(const QString& panelist, const QStringList& qualified,
                                       const QList<QVariantMap>& criteria, const QSet<QString>& entered)
{
    QStringList missing;
    for (const QString& b : qualified)
        for (const QVariantMap& c : criteria)
            if (!entered.contains(b + QLatin1Char('\n') + c.value(QStringLiteral("code")).toString()))
                missing.append(b + QLatin1Char('/') + c.value(QStringLiteral("code")).toString());
    if (missing.isEmpty())
        return std::nullopt;
    return Problem{QStringLiteral("--panelist"),
                   tr("the score sheet of %1 is incomplete: %2 score(s) missing (first: %3)")
                       .arg(panelist)
                       .arg(missing.size())
                       .arg(missing.first())};
}

// Locks the sheet; the first sheet moves the negotiation from the presentations to scoring.
StoreResult<Done> lockSheet(WriteTransaction& tx, const QVariantMap& neg, qint64 id, const QString& panelist)
{
    const auto entered = NegotiationRecord::scoresEntered(tx, neg);
    if (!entered.ok())
        return StoreResult<Done>::from(entered);
    tx.upsert(QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id},
                                         {QStringLiteral("panelist_code"), panelist},
                                         {QStringLiteral("submitted_at"), tx.timestamp()}});
    NegotiationRecord::touch(
        tx, id, *entered.value,
        NegotiationRecord::stage(neg) == Stage::Presentations ? std::optional<Stage>(Stage::Scoring) : std::nullopt);
    return StoreResult<Done>::success(Done());
}

QString cellKey(const QString& panelist, const QString& bidder, const QString& criterion, Hundredths value)
{
    return panelist + QLatin1Char('\n') + bidder + QLatin1Char('\n') + criterion + QLatin1Char('\n') +
           QString::number(value);
}

// The panel leader who approves a correction or a confirmation; `named`, when given, must be them.
StoreResult<QString> approvingLeader(WriteTransaction& tx, qint64 id, const QString& named)
{
    using Result = StoreResult<QString>;
    QString leader;
    for (const QVariantMap& m :
         tx.rows(QStringLiteral("panelists"),
                 {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("role"), QStringLiteral("leader")}}))
        leader = m.value(QStringLiteral("name")).toString();
    if (tx.failed())
        return storage<QString>(tx);
    if (leader.isEmpty())
        return Result::fail(Failure::Refused,
                            {QStringLiteral("panel"), tr("the panel has no leader to approve a correction")});
    if (!named.isEmpty() && named != leader)
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("--leader"), tr("\"%1\" is not the panel leader (%2)").arg(named, leader)});
    return Result::success(leader);
}

// The flagged scores not yet reviewed at their present value: neither confirmed (score_reviews)
// nor corrected on the abnormal-score ground to the value they have now.
StoreResult<QList<OutlierFlag>> unreviewedFlags(const Workspace& workspace, qint64 id)
{
    using Result = StoreResult<QList<OutlierFlag>>;
    const auto scenario = ScenarioMapping::read(workspace, id);
    if (!scenario.ok())
        return Result::from(scenario);
    if (!scenario.value->scores || scenario.value->scores->isEmpty())
        return Result::success({});
    const auto qualification = NegotiationRecord::qualification(workspace, id);
    if (!qualification.ok())
        return Result::from(qualification);
    QStringList panel;
    for (const Panelist& p : scenario.value->panel)
        panel.append(p.id);
    const QList<OutlierFlag> flags =
        OutlierCheck::check(scenario.value->criteria, qualification.value->qualified, panel, *scenario.value->scores);
    if (flags.isEmpty())
        return Result::success(flags);
    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    const auto reviews = RecordReader::rows(workspace, QStringLiteral("score_reviews"), match);
    if (!reviews.ok())
        return Result::from(reviews);
    const auto corrections = RowReader::corrections(workspace, id);
    if (!corrections.ok())
        return Result::from(corrections);
    QSet<QString> reviewed;
    for (const QVariantMap& r : *reviews.value)
        reviewed.insert(cellKey(
            r.value(QStringLiteral("panelist_code")).toString(), r.value(QStringLiteral("bidder_code")).toString(),
            r.value(QStringLiteral("criterion_code")).toString(), r.value(QStringLiteral("hundredths")).toLongLong()));
    const QString abnormal = ScoringService::categoryName(CorrectionCategory::AbnormalScore);
    for (const CorrectionRow& c : *corrections.value)
        if (c.category == abnormal)
            reviewed.insert(cellKey(c.panelist, c.bidder, c.criterion, c.newHundredths));
    QList<OutlierFlag> pending;
    for (const OutlierFlag& f : flags)
        if (!reviewed.contains(cellKey(f.panelist, f.bidder, f.criterion, f.score)))
            pending.append(f);
    return Result::success(pending);
}

QString tiedText(const QStringList& tied)
{
    QJsonArray json;
    for (const QString& b : tied)
        json.append(b);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

VoteTally tallyOf(const QStringList& tied, const QList<std::optional<QString>>& ballots)
{
    VoteTally tally;
    tally.tied = tied;
    for (const QString& bidder : tied)
        tally.counts.append({bidder, int(ballots.count(std::optional<QString>(bidder)))});
    tally.blank = int(ballots.count(std::optional<QString>()));
    return tally;
}

// The recorded rounds of a negotiation, in order: who voted and how many ballots are in each box;
// the tally only of a closed round.
StoreResult<QList<VoteRoundState>> readRounds(const Workspace& workspace, qint64 id)
{
    using Result = StoreResult<QList<VoteRoundState>>;
    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    const auto rounds = RecordReader::rows(workspace, QStringLiteral("vote_rounds"), match);
    const auto roll = RecordReader::rows(workspace, QStringLiteral("vote_roll"), match);
    const auto ballots = RecordReader::rows(workspace, QStringLiteral("ballots"), match);
    for (const auto* r : {&rounds, &roll, &ballots})
        if (!r->ok())
            return Result::from(*r);
    QList<VoteRoundState> list;
    for (const QVariantMap& r : *rounds.value) {
        VoteRoundState state;
        state.round = r.value(QStringLiteral("round_no")).toLongLong();
        for (const QJsonValue& v : QJsonDocument::fromJson(r.value(QStringLiteral("tied")).toString().toUtf8()).array())
            state.tied.append(v.toString());
        state.tied.sort();
        state.recorded = true;
        state.closed = r.value(QStringLiteral("closed_at")).isValid();
        for (const QVariantMap& entry : *roll.value)
            if (entry.value(QStringLiteral("round_no")).toLongLong() == state.round)
                state.roll.append(entry.value(QStringLiteral("panelist_code")).toString());
        QList<std::optional<QString>> box;
        for (const QVariantMap& b : *ballots.value) {
            if (b.value(QStringLiteral("round_no")).toLongLong() != state.round)
                continue;
            const QVariant choice = b.value(QStringLiteral("choice"));
            box.append(choice.isValid() ? std::optional<QString>(choice.toString()) : std::nullopt);
        }
        state.ballots = int(box.size());
        if (state.closed)
            state.tally = tallyOf(state.tied, box);
        list.append(state);
    }
    return Result::success(list);
}

// The round the panel votes in now (see ScoringService::currentVoteRound()), given the recorded rounds.
StoreResult<std::optional<VoteRoundState>> dueRound(const Workspace& workspace, qint64 id, Stage stage,
                                                    const QList<VoteRoundState>& rounds)
{
    using Result = StoreResult<std::optional<VoteRoundState>>;
    if (!rounds.isEmpty() && !rounds.last().closed)
        return Result::success(rounds.last());
    if (Procedure::checkVote(stage))
        return Result::success(std::nullopt);
    const auto evaluation = NegotiationRecord::evaluate(workspace, id);
    if (evaluation.failure == Failure::Storage || evaluation.failure == Failure::NotFound)
        return Result::from(evaluation);
    if (!evaluation.ok() || evaluation.value->status != EvaluationStatus::VoteRequired || !evaluation.value->tie)
        return Result::success(std::nullopt);
    VoteRoundState due;
    due.round = rounds.isEmpty() ? 1 : rounds.last().round + 1;
    due.tied = evaluation.value->tie->bidders;
    due.tied.sort();
    return Result::success(due);
}

// The open round numbered `round` that a ballot is cast in or that is closed; the round due is
// recorded now.
StoreResult<VoteRoundState> openRound(WriteTransaction& tx, const Workspace& workspace, qint64 id, qint64 round,
                                      Stage stage)
{
    using Result = StoreResult<VoteRoundState>;
    if (auto p = Procedure::checkVote(stage))
        return Result::fail(Failure::Refused, *p);
    const auto rounds = readRounds(workspace, id);
    if (!rounds.ok())
        return Result::from(rounds);
    const auto due = dueRound(workspace, id, stage, *rounds.value);
    if (!due.ok())
        return Result::from(due);
    if (!*due.value)
        return Result::fail(Failure::Refused,
                            {QStringLiteral("round %1").arg(round), tr("no tie needs a vote: no round is open")});
    VoteRoundState state = **due.value;
    if (state.round != round)
        return Result::fail(Failure::Refused,
                            {QStringLiteral("round %1").arg(round),
                             tr("round %1 is not open; the vote is in round %2").arg(round).arg(state.round)});
    if (!state.recorded) {
        tx.upsert(QStringLiteral("vote_rounds"), {{QStringLiteral("negotiation_id"), id},
                                                  {QStringLiteral("round_no"), round},
                                                  {QStringLiteral("tied"), tiedText(state.tied)},
                                                  {QStringLiteral("closed_at"), QVariant()}});
        if (tx.failed())
            return Result::fail(Failure::Storage, tx.problem());
        state.recorded = true;
    }
    return Result::success(state);
}

} // namespace

QString ScoringService::categoryName(CorrectionCategory category)
{
    return QString::fromLatin1(kCategories[int(category)]);
}

std::optional<CorrectionCategory> ScoringService::categoryFromName(const QString& name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kCategories[i]))
            return CorrectionCategory(i);
    return std::nullopt;
}

StoreResult<Done> ScoringService::recordScore(qint64 id, const QString& panelist, const QString& bidder,
                                              const QString& criterion, Hundredths value, const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            // The stage first: the refusal is the one the scoring page shows, whatever the cell.
            if (auto p =
                    Procedure::checkScoreEntry(NegotiationRecord::stage(neg), NegotiationRecord::drawRecorded(tx, id)))
                return Result::fail(Failure::Refused, *p);
            const auto member = NegotiationRecord::hasMember(tx, id, QStringLiteral("panelists"), panelist,
                                                             QStringLiteral("--panelist"));
            if (!member.ok())
                return member;
            if (MemberAccess::hasActiveCredential(tx, id, panelist))
                return Result::fail(Failure::Refused, MemberAccess::terminalMemberProblem(panelist));
            const auto bidderRow =
                NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("--bidder"));
            if (!bidderRow.ok())
                return failed<Done>(bidderRow);
            const auto criterionRow =
                NegotiationRecord::member(tx, id, QStringLiteral("criteria"), criterion, QStringLiteral("--criterion"));
            if (!criterionRow.ok())
                return failed<Done>(criterionRow);
            const auto sheet = tx.row(QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id},
                                                                 {QStringLiteral("panelist_code"), panelist}});
            if (sheet)
                return Result::fail(
                    Failure::Refused,
                    {QStringLiteral("--panelist"),
                     tr("the score sheet of %1 was submitted at %2 and is locked; a change needs a correction")
                         .arg(panelist, sheet->value(QStringLiteral("submitted_at")).toString())});
            if (auto p = checkValue(*criterionRow.value, value))
                return Result::fail(Failure::Invalid, *p);
            const auto exclusion = NegotiationRecord::exclusionOf(tx, neg, *bidderRow.value);
            if (!exclusion.ok())
                return failed<Done>(exclusion);
            if (const auto& reason = *exclusion.value)
                return Result::fail(
                    Failure::Refused,
                    {QStringLiteral("--bidder"), tr("%1 is excluded (%2) and is not scored").arg(bidder, *reason)});
            QVariantMap row = scoreKey(id, panelist, bidder, criterion);
            row.insert(QStringLiteral("hundredths"), value);
            const auto entered = NegotiationRecord::scoresEntered(tx, neg);
            if (!entered.ok())
                return failed<Done>(entered);
            tx.upsert(QStringLiteral("scores"), row);
            NegotiationRecord::touch(tx, id, *entered.value);
            event = {QStringLiteral("score_recorded"),
                     {{QStringLiteral("panelist"), panelist},
                      {QStringLiteral("bidder"), bidder},
                      {QStringLiteral("criterion"), criterion}}};
            return Result::success(Done());
        });
}

StoreResult<Done> ScoringService::submitSheet(qint64 id, const QString& panelist, const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            if (const auto open = checkSheetOpen(tx, id, panelist, NegotiationRecord::stage(neg)); !open.ok())
                return open;
            const auto qualification = NegotiationRecord::qualification(m_workspace, id);
            if (!qualification.ok())
                return failed<Done>(qualification);
            const QList<QVariantMap> criteria =
                tx.rows(QStringLiteral("criteria"), {{QStringLiteral("negotiation_id"), id}});
            QSet<QString> scored;
            for (const QVariantMap& s :
                 tx.rows(QStringLiteral("scores"),
                         {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), panelist}}))
                scored.insert(s.value(QStringLiteral("bidder_code")).toString() + QLatin1Char('\n') +
                              s.value(QStringLiteral("criterion_code")).toString());
            if (tx.failed())
                return storage<Done>(tx);
            if (auto p = incompleteSheet(panelist, qualification.value->qualified, criteria, scored))
                return Result::fail(Failure::Refused, *p);
            if (const auto locked = lockSheet(tx, neg, id, panelist); !locked.ok())
                return locked;
            event = {QStringLiteral("sheet_submitted"), {{QStringLiteral("panelist"), panelist}}};
            return Result::success(Done());
        });
}

StoreResult<Done> ScoringService::enterSheet(qint64 id, const QString& panelist, const QList<ScoreEntry>& scores,
                                             const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            if (const auto open = checkSheetOpen(tx, id, panelist, NegotiationRecord::stage(neg)); !open.ok())
                return open;
            const auto qualification = NegotiationRecord::qualification(m_workspace, id);
            if (!qualification.ok())
                return failed<Done>(qualification);
            const QStringList& qualified = qualification.value->qualified;
            const QList<QVariantMap> criteria =
                tx.rows(QStringLiteral("criteria"), {{QStringLiteral("negotiation_id"), id}});
            QHash<QString, QVariantMap> criterionByCode;
            for (const QVariantMap& c : criteria)
                criterionByCode.insert(c.value(QStringLiteral("code")).toString(), c);
            QSet<QString> entered;
            for (const ScoreEntry& e : scores) {
                const QString where = QStringLiteral("%1/%2/%3").arg(panelist, e.bidder, e.criterion);
                if (!e.panelist.isEmpty() && e.panelist != panelist)
                    return Result::fail(
                        Failure::Invalid,
                        {where, tr("the score belongs to the sheet of %1, not %2").arg(e.panelist, panelist)});
                const auto criterion = criterionByCode.constFind(e.criterion);
                if (criterion == criterionByCode.constEnd())
                    return Result::fail(Failure::Invalid,
                                        {where, tr("no criterion \"%1\" in this negotiation").arg(e.criterion)});
                if (!qualified.contains(e.bidder)) {
                    if (const auto reason = NegotiationRecord::exclusionOf(*qualification.value, e.bidder))
                        return Result::fail(
                            Failure::Refused,
                            {where, tr("%1 is excluded (%2) and is not scored").arg(e.bidder, *reason)});
                    return Result::fail(Failure::Invalid,
                                        {where, tr("no bidder \"%1\" in this negotiation").arg(e.bidder)});
                }
                if (auto p = checkValue(*criterion, e.score))
                    return Result::fail(Failure::Invalid, {where, p->why});
                const QString cell = e.bidder + QLatin1Char('\n') + e.criterion;
                if (entered.contains(cell))
                    return Result::fail(Failure::Invalid, {where, tr("the score is entered twice")});
                entered.insert(cell);
            }
            if (auto p = incompleteSheet(panelist, qualified, criteria, entered))
                return Result::fail(Failure::Invalid, *p);
            for (const ScoreEntry& e : scores) {
                QVariantMap row = scoreKey(id, panelist, e.bidder, e.criterion);
                row.insert(QStringLiteral("hundredths"), e.score);
                tx.upsert(QStringLiteral("scores"), row);
            }
            if (const auto locked = lockSheet(tx, neg, id, panelist); !locked.ok())
                return locked;
            event = {QStringLiteral("sheet_entered"),
                     {{QStringLiteral("panelist"), panelist}, {QStringLiteral("scores"), qint64(scores.size())}}};
            return Result::success(Done());
        });
}

StoreResult<qint64> ScoringService::confirmScore(qint64 id, const ScoreConfirmation& r, const QString& actor)
{
    using Result = StoreResult<qint64>;
    if (r.reason.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("--reason"), tr("a confirmation needs a reason")});
    return NegotiationAction::run<qint64>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const auto cell =
                checkSubmittedScore(tx, id, r.panelist, r.bidder, r.criterion, NegotiationRecord::stage(neg));
            if (!cell.ok())
                return failed<qint64>(cell);
            const auto leader = approvingLeader(tx, id, r.leader);
            if (!leader.ok())
                return failed<qint64>(leader);
            const auto pending = unreviewedFlags(m_workspace, id);
            if (!pending.ok())
                return failed<qint64>(pending);
            const OutlierFlag* flag = nullptr;
            for (const OutlierFlag& f : *pending.value)
                if (f.panelist == r.panelist && f.bidder == r.bidder && f.criterion == r.criterion)
                    flag = &f;
            if (!flag)
                return Result::fail(
                    Failure::Refused,
                    {QStringLiteral("--panelist"),
                     tr("the score of %1 for %2 on %3 is not flagged for review, or is already reviewed")
                         .arg(r.panelist, r.bidder, r.criterion)});
            const qint64 seq = tx.nextValue(QStringLiteral("score_reviews"), QStringLiteral("seq"),
                                            {{QStringLiteral("negotiation_id"), id}});
            tx.upsert(QStringLiteral("score_reviews"), {{QStringLiteral("negotiation_id"), id},
                                                        {QStringLiteral("seq"), seq},
                                                        {QStringLiteral("panelist_code"), r.panelist},
                                                        {QStringLiteral("bidder_code"), r.bidder},
                                                        {QStringLiteral("criterion_code"), r.criterion},
                                                        {QStringLiteral("hundredths"), flag->score},
                                                        {QStringLiteral("reason"), r.reason.trimmed()},
                                                        {QStringLiteral("leader"), *leader.value},
                                                        {QStringLiteral("reviewed_at"), tx.timestamp()}});
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("score_confirmed"),
                     {{QStringLiteral("panelist"), r.panelist},
                      {QStringLiteral("bidder"), r.bidder},
                      {QStringLiteral("criterion"), r.criterion}}};
            return Result::success(seq);
        });
}

StoreResult<QList<OutlierFlag>> ScoringService::pendingReviews(qint64 id) const
{
    return unreviewedFlags(m_workspace, id);
}

StoreResult<QList<ScoreReview>> ScoringService::scoreReviews(qint64 id) const
{
    using Result = StoreResult<QList<ScoreReview>>;
    const auto rows =
        RecordReader::rows(m_workspace, QStringLiteral("score_reviews"), {{QStringLiteral("negotiation_id"), id}});
    if (!rows.ok())
        return Result::from(rows);
    QList<ScoreReview> list;
    for (const QVariantMap& r : *rows.value)
        list.append({r.value(QStringLiteral("seq")).toLongLong(), r.value(QStringLiteral("panelist_code")).toString(),
                     r.value(QStringLiteral("bidder_code")).toString(),
                     r.value(QStringLiteral("criterion_code")).toString(),
                     r.value(QStringLiteral("hundredths")).toLongLong(), r.value(QStringLiteral("reason")).toString(),
                     r.value(QStringLiteral("leader")).toString(), r.value(QStringLiteral("reviewed_at")).toString()});
    return Result::success(list);
}

StoreResult<CorrectionReceipt> ScoringService::correctScore(qint64 id, const CorrectionRequest& r, const QString& actor)
{
    using Result = StoreResult<CorrectionReceipt>;
    if (r.reason.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("--reason"), tr("a correction needs a reason")});
    return NegotiationAction::run<CorrectionReceipt>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const auto criterionRow =
                checkSubmittedScore(tx, id, r.panelist, r.bidder, r.criterion, NegotiationRecord::stage(neg));
            if (!criterionRow.ok())
                return failed<CorrectionReceipt>(criterionRow);
            const auto approved = approvingLeader(tx, id, r.leader);
            if (!approved.ok())
                return failed<CorrectionReceipt>(approved);
            const QString leader = *approved.value;
            if (auto p = checkValue(*criterionRow.value, r.value))
                return Result::fail(Failure::Invalid, *p);
            const auto qualification = NegotiationRecord::qualification(m_workspace, id);
            if (!qualification.ok())
                return failed<CorrectionReceipt>(qualification);
            if (const auto reason = NegotiationRecord::exclusionOf(*qualification.value, r.bidder))
                return Result::fail(
                    Failure::Refused,
                    {QStringLiteral("--bidder"), tr("%1 is excluded (%2) and is not scored").arg(r.bidder, *reason)});
            const QVariantMap key = scoreKey(id, r.panelist, r.bidder, r.criterion);
            const auto old = tx.row(QStringLiteral("scores"), key);
            CorrectionReceipt receipt;
            receipt.leader = leader;
            if (old)
                receipt.previous = old->value(QStringLiteral("hundredths")).toLongLong();
            receipt.seq = tx.nextValue(QStringLiteral("corrections"), QStringLiteral("seq"),
                                       {{QStringLiteral("negotiation_id"), id}});
            QVariantMap row = key;
            row.insert(QStringLiteral("hundredths"), r.value);
            tx.upsert(QStringLiteral("scores"), row);
            tx.upsert(QStringLiteral("corrections"),
                      {{QStringLiteral("negotiation_id"), id},
                       {QStringLiteral("seq"), receipt.seq},
                       {QStringLiteral("panelist_code"), r.panelist},
                       {QStringLiteral("bidder_code"), r.bidder},
                       {QStringLiteral("criterion_code"), r.criterion},
                       {QStringLiteral("old_hundredths"), receipt.previous ? QVariant(*receipt.previous) : QVariant()},
                       {QStringLiteral("new_hundredths"), r.value},
                       {QStringLiteral("category"), categoryName(r.category)},
                       {QStringLiteral("reason"), r.reason.trimmed()},
                       {QStringLiteral("leader"), leader},
                       {QStringLiteral("corrected_at"), tx.timestamp()}});
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("score_corrected"), {{QStringLiteral("category"), categoryName(r.category)}}};
            return Result::success(receipt);
        });
}

StoreResult<qint64> ScoringService::openVoteRound(qint64 id, const QStringList& tied, const QString& actor)
{
    using Result = StoreResult<qint64>;
    return NegotiationAction::run<qint64>(
        m_workspace, id, actor, Procedure::checkVote,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const QSet<QString> tiedSet(tied.cbegin(), tied.cend());
            if (tied.size() < 2 || tiedSet.size() != tied.size())
                return Result::fail(Failure::Invalid,
                                    {QStringLiteral("tied"), tr("a vote needs at least two different bidders")});
            const auto qualification = NegotiationRecord::qualification(m_workspace, id);
            if (!qualification.ok())
                return failed<qint64>(qualification);
            for (const QString& b : tied)
                if (!qualification.value->qualified.contains(b))
                    return Result::fail(Failure::Invalid,
                                        {QStringLiteral("tied"), tr("%1 is not a qualified bidder").arg(b)});
            const auto rounds = readRounds(m_workspace, id);
            if (!rounds.ok())
                return failed<qint64>(rounds);
            if (!rounds.value->isEmpty() && !rounds.value->last().closed)
                return Result::fail(Failure::Refused, {QStringLiteral("round %1").arg(rounds.value->last().round),
                                                       tr("round %1 is still open").arg(rounds.value->last().round)});
            const qint64 round = rounds.value->isEmpty() ? 1 : rounds.value->last().round + 1;
            tx.upsert(QStringLiteral("vote_rounds"), {{QStringLiteral("negotiation_id"), id},
                                                      {QStringLiteral("round_no"), round},
                                                      {QStringLiteral("tied"), tiedText(tied)},
                                                      {QStringLiteral("closed_at"), QVariant()}});
            NegotiationRecord::touch(tx, neg, Stage::Vote);
            event = {QStringLiteral("vote_opened"), {{QStringLiteral("round"), round}}};
            return Result::success(round);
        });
}

StoreResult<Done> ScoringService::castBallot(qint64 id, qint64 round, const QString& voter,
                                             const std::optional<QString>& choice, const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const auto member =
                NegotiationRecord::member(tx, id, QStringLiteral("panelists"), voter, QStringLiteral("--voter"));
            if (!member.ok())
                return failed<Done>(member);
            if (MemberAccess::hasActiveCredential(tx, id, voter))
                return Result::fail(Failure::Refused,
                                    {QStringLiteral("--voter"),
                                     tr("%1 votes on their own terminal; revoke the credential to record the ballot "
                                        "here")
                                         .arg(voter)});
            const auto state = openRound(tx, m_workspace, id, round, NegotiationRecord::stage(neg));
            if (!state.ok())
                return failed<Done>(state);
            if (state.value->roll.contains(voter))
                return Result::fail(Failure::Refused, {QStringLiteral("--voter"),
                                                       tr("%1 has already voted in round %2").arg(voter).arg(round)});
            if (choice && !state.value->tied.contains(*choice))
                return Result::fail(Failure::Invalid, {QStringLiteral("--choice"),
                                                       tr("a ballot names %1, who is not in the vote").arg(*choice)});
            // The roll gets the member, the box the ballot; nothing keeps the two together.
            tx.upsert(QStringLiteral("vote_roll"), {{QStringLiteral("negotiation_id"), id},
                                                    {QStringLiteral("round_no"), round},
                                                    {QStringLiteral("panelist_code"), voter}});
            tx.castBallot(id, round, choice);
            NegotiationRecord::touch(tx, neg, Stage::Vote);
            event = {QStringLiteral("ballot_cast"), {{QStringLiteral("round"), round}}};
            return Result::success(Done());
        });
}

StoreResult<VoteTally> ScoringService::closeVoteRound(qint64 id, qint64 round, const QString& actor)
{
    using Result = StoreResult<VoteTally>;
    return NegotiationAction::run<VoteTally>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const auto state = openRound(tx, m_workspace, id, round, NegotiationRecord::stage(neg));
            if (!state.ok())
                return failed<VoteTally>(state);
            const QList<std::optional<QString>> ballots = tx.countBallots(id, round);
            QVariantMap row = tx.row(QStringLiteral("vote_rounds"),
                                     {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("round_no"), round}})
                                  .value_or(QVariantMap());
            if (tx.failed())
                return storage<VoteTally>(tx);
            row.insert(QStringLiteral("closed_at"), tx.timestamp());
            tx.upsert(QStringLiteral("vote_rounds"), row);
            NegotiationRecord::touch(tx, neg, Stage::Vote);
            event = {QStringLiteral("vote_closed"), {{QStringLiteral("round"), round}}};
            return Result::success(tallyOf(state.value->tied, ballots));
        });
}

StoreResult<QList<VoteRoundState>> ScoringService::voteRounds(qint64 id) const
{
    return readRounds(m_workspace, id);
}

StoreResult<std::optional<VoteRoundState>> ScoringService::currentVoteRound(qint64 id) const
{
    using Result = StoreResult<std::optional<VoteRoundState>>;
    const auto neg = RecordReader::rows(m_workspace, QStringLiteral("negotiations"), {{QStringLiteral("id"), id}});
    if (!neg.ok())
        return Result::from(neg);
    if (neg.value->isEmpty())
        return Result::fail(Failure::NotFound, {QString::number(id), tr("no such negotiation in this workspace")});
    const auto rounds = readRounds(m_workspace, id);
    if (!rounds.ok())
        return Result::from(rounds);
    return dueRound(m_workspace, id, NegotiationRecord::stage(neg.value->first()), *rounds.value);
}

StoreResult<Evaluation> ScoringService::recordResult(qint64 id, const QString& actor)
{
    using Result = StoreResult<Evaluation>;
    return NegotiationAction::run<Evaluation>(
        m_workspace, id, actor, Procedure::checkResult,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const QList<QVariantMap> panel =
                tx.rows(QStringLiteral("panelists"), {{QStringLiteral("negotiation_id"), id}});
            for (const QVariantMap& m : panel) {
                const QString code = m.value(QStringLiteral("code")).toString();
                if (!tx.row(QStringLiteral("sheets"),
                            {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), code}}))
                    return Result::fail(Failure::Refused, {QStringLiteral("panel"),
                                                           tr("the score sheet of %1 is not submitted yet").arg(code)});
            }
            const auto pending = unreviewedFlags(m_workspace, id);
            if (!pending.ok())
                return failed<Evaluation>(pending);
            if (!pending.value->isEmpty()) {
                const OutlierFlag& f = pending.value->first();
                return Result::fail(
                    Failure::Refused,
                    {QStringLiteral("panel"),
                     tr("%1 abnormal score(s) are flagged for the panel to confirm or correct (first: %2 for "
                        "%3 on %4)")
                         .arg(pending.value->size())
                         .arg(f.panelist, f.bidder, f.criterion)});
            }
            const auto scenario = ScenarioMapping::read(m_workspace, id);
            if (!scenario.ok())
                return failed<Evaluation>(scenario);
            const auto evaluation = NegotiationRecord::evaluate(m_workspace, id);
            if (!evaluation.ok())
                return evaluation;
            const QByteArray json = EvaluationWriter::json(*evaluation.value, *scenario.value);
            const qint64 seq = tx.nextValue(QStringLiteral("results"), QStringLiteral("seq"),
                                            {{QStringLiteral("negotiation_id"), id}});
            tx.upsert(QStringLiteral("results"), {{QStringLiteral("negotiation_id"), id},
                                                  {QStringLiteral("seq"), seq},
                                                  {QStringLiteral("status"), statusName(evaluation.value->status)},
                                                  {QStringLiteral("evaluation"), QString::fromUtf8(json)},
                                                  {QStringLiteral("recorded_at"), tx.timestamp()}});
            const bool vote = evaluation.value->status == EvaluationStatus::VoteRequired;
            // A fixed result ends the members' terminals: their credentials go with it.
            if (!vote && MemberAccess::revokeIn(tx, id, {}) < 0)
                return storage<Evaluation>(tx);
            NegotiationRecord::touch(tx, neg, vote ? Stage::Vote : Stage::Result);
            event = {QStringLiteral("result_recorded"),
                     {{QStringLiteral("status"), statusName(evaluation.value->status)}}};
            return evaluation;
        });
}

StoreResult<qint64> ScoringService::recordDocument(qint64 id, const QString& kind, const QString& sha256,
                                                   const QString& actor)
{
    using Result = StoreResult<qint64>;
    if (kind.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("kind"), tr("a document needs a kind")});
    return NegotiationAction::run<qint64>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (!Procedure::resultFixed(stage))
                return Result::fail(Failure::Refused, {QStringLiteral("stage %1").arg(Procedure::name(stage)),
                                                       tr("documents are issued once the result is fixed")});
            // The result notice is issued by publishing it: an export before that is a draft.
            if (kind == QLatin1String("result") && !Procedure::isPublished(stage))
                return Result::fail(Failure::Refused,
                                    {QStringLiteral("stage %1").arg(Procedure::name(stage)),
                                     tr("the result notice is issued once it is published; this export is a draft")});
            // The same document (kind and digest) exported again is the one already issued; the notice is
            // issued once (exported again it differs only by the audit chain head it carries).
            const QList<QVariantMap> issued =
                tx.rows(QStringLiteral("documents"), {{QStringLiteral("negotiation_id"), id}});
            for (const QVariantMap& row : issued)
                if (RowReader::issuedDocumentOf(row).issues(kind, sha256))
                    return Result::fail(Failure::Refused, {QStringLiteral("documents"),
                                                           tr("this document is already recorded as issued")});
            const qint64 seq = tx.nextValue(QStringLiteral("documents"), QStringLiteral("seq"),
                                            {{QStringLiteral("negotiation_id"), id}});
            tx.upsert(QStringLiteral("documents"), {{QStringLiteral("negotiation_id"), id},
                                                    {QStringLiteral("seq"), seq},
                                                    {QStringLiteral("kind"), kind},
                                                    {QStringLiteral("sha256"), sha256},
                                                    {QStringLiteral("issued_at"), tx.timestamp()}});
            event = {QStringLiteral("document_issued"), {{QStringLiteral("kind"), kind}}};
            return Result::success(seq);
        });
}

StoreResult<Done> ScoringService::recordDraft(qint64 id, const QString& kind, const QString& format,
                                              const QString& sha256, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (kind.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("kind"), tr("a document needs a kind")});
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction&, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (!Procedure::resultFixed(stage) || stage == Stage::Archived)
                return Result::fail(Failure::Refused, {QStringLiteral("stage %1").arg(Procedure::name(stage)),
                                                       stage == Stage::Archived
                                                           ? tr("the negotiation is archived: it can no longer change")
                                                           : tr("documents are issued once the result is fixed")});
            event = {QStringLiteral("document_draft_exported"),
                     {{QStringLiteral("kind"), kind},
                      {QStringLiteral("format"), format},
                      {QStringLiteral("sha256"), sha256}}};
            return Result::success(Done());
        });
}

StoreResult<QMap<QString, QString>> ScoringService::submittedSheets(qint64 id) const
{
    using Result = StoreResult<QMap<QString, QString>>;
    const auto rows =
        RecordReader::rows(m_workspace, QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id}});
    if (!rows.ok())
        return Result::from(rows);
    QMap<QString, QString> map;
    for (const QVariantMap& r : *rows.value)
        map.insert(r.value(QStringLiteral("panelist_code")).toString(),
                   r.value(QStringLiteral("submitted_at")).toString());
    return Result::success(map);
}

StoreResult<QList<ScoreEntry>> ScoringService::sheetValues(qint64 id, const QString& panelist) const
{
    using Result = StoreResult<QList<ScoreEntry>>;
    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    const auto panel = RecordReader::rows(m_workspace, QStringLiteral("panelists"), match);
    if (!panel.ok())
        return Result::from(panel);
    const auto sheets = submittedSheets(id);
    if (!sheets.ok())
        return Result::from(sheets);
    bool member = false;
    bool allIn = !panel.value->isEmpty();
    for (const QVariantMap& m : *panel.value) {
        const QString code = m.value(QStringLiteral("code")).toString();
        member = member || code == panelist;
        allIn = allIn && sheets.value->contains(code);
    }
    if (!member)
        return Result::fail(Failure::Invalid, {QStringLiteral("--panelist"), tr("no panel member %1").arg(panelist)});
    if (!sheets.value->contains(panelist)) {
        const auto terminal = MemberAccess::hasActiveCredential(m_workspace, id, panelist);
        if (!terminal.ok())
            return Result::from(terminal);
        if (*terminal.value)
            return Result::fail(Failure::Refused,
                                {QStringLiteral("--panelist"),
                                 tr("%1 scores on their own terminal; the draft is seen only there").arg(panelist)});
    }
    if (sheets.value->contains(panelist) && !allIn)
        return Result::fail(Failure::Refused,
                            {QStringLiteral("--panelist"),
                             tr("the scores of a submitted sheet stay hidden until every panel member's sheet is in "
                                "(%1 of %2 submitted)")
                                 .arg(sheets.value->size())
                                 .arg(panel.value->size())});
    QVariantMap own = match;
    own.insert(QStringLiteral("panelist_code"), panelist);
    const auto rows = RecordReader::rows(m_workspace, QStringLiteral("scores"), own);
    if (!rows.ok())
        return Result::from(rows);
    QList<ScoreEntry> entries;
    for (const QVariantMap& r : *rows.value)
        entries.append({panelist, r.value(QStringLiteral("bidder_code")).toString(),
                        r.value(QStringLiteral("criterion_code")).toString(),
                        r.value(QStringLiteral("hundredths")).toLongLong()});
    return Result::success(entries);
}

} // namespace tp::store
