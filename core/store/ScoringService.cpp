#include "ScoringService.h"

#include "NegotiationRecord.h"
#include "Procedure.h"
#include "RecordReader.h"
#include "ScenarioMapping.h"
#include "StoreTime.h"
#include "Workspace.h"
#include "WriteTransaction.h"
#include "io/EvaluationWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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
    WriteTransaction tx(m_workspace);
    if (auto p = tx.begin())
        return Result::fail(Failure::Storage, *p);
    const auto neg = NegotiationRecord::load(tx, id);
    if (!neg.ok())
        return failed<Done>(neg);
    const auto member =
        NegotiationRecord::member(tx, id, QStringLiteral("panelists"), panelist, QStringLiteral("--panelist"));
    if (!member.ok())
        return failed<Done>(member);
    const auto bidderRow =
        NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("--bidder"));
    if (!bidderRow.ok())
        return failed<Done>(bidderRow);
    const auto criterionRow =
        NegotiationRecord::member(tx, id, QStringLiteral("criteria"), criterion, QStringLiteral("--criterion"));
    if (!criterionRow.ok())
        return failed<Done>(criterionRow);
    if (auto p =
            Procedure::checkScoreEntry(NegotiationRecord::stage(*neg.value), NegotiationRecord::drawRecorded(tx, id)))
        return Result::fail(Failure::Refused, *p);
    const auto sheet = tx.row(QStringLiteral("sheets"),
                              {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), panelist}});
    if (sheet)
        return Result::fail(Failure::Refused,
                            {QStringLiteral("--panelist"),
                             tr("the score sheet of %1 was submitted at %2 and is locked; a change needs a correction")
                                 .arg(panelist, sheet->value(QStringLiteral("submitted_at")).toString())});
    if (auto p = checkValue(*criterionRow.value, value))
        return Result::fail(Failure::Invalid, *p);
    const auto qualification = NegotiationRecord::qualification(m_workspace, id);
    if (!qualification.ok())
        return failed<Done>(qualification);
    if (const auto reason = NegotiationRecord::exclusionOf(*qualification.value, bidder))
        return Result::fail(Failure::Refused, {QStringLiteral("--bidder"),
                                               tr("%1 is excluded (%2) and is not scored").arg(bidder, *reason)});
    QVariantMap row = scoreKey(id, panelist, bidder, criterion);
    row.insert(QStringLiteral("hundredths"), value);
    tx.upsert(QStringLiteral("scores"), row);
    QVariantMap n = *neg.value;
    n.insert(QStringLiteral("has_scores"), 1);
    NegotiationRecord::touch(tx, n);
    if (auto p = tx.commit(QStringLiteral("score_recorded"), actor, id,
                           {{QStringLiteral("panelist"), panelist},
                            {QStringLiteral("bidder"), bidder},
                            {QStringLiteral("criterion"), criterion}}))
        return Result::fail(Failure::Storage, *p);
    return Result::success(Done());
}

StoreResult<Done> ScoringService::submitSheet(qint64 id, const QString& panelist, const QString& actor)
{
    using Result = StoreResult<Done>;
    WriteTransaction tx(m_workspace);
    if (auto p = tx.begin())
        return Result::fail(Failure::Storage, *p);
    const auto neg = NegotiationRecord::load(tx, id);
    if (!neg.ok())
        return failed<Done>(neg);
    const auto member =
        NegotiationRecord::member(tx, id, QStringLiteral("panelists"), panelist, QStringLiteral("--panelist"));
    if (!member.ok())
        return failed<Done>(member);
    const Stage stage = NegotiationRecord::stage(*neg.value);
    if (auto p = Procedure::checkScoreEntry(stage, NegotiationRecord::drawRecorded(tx, id)))
        return Result::fail(Failure::Refused, *p);
    if (const auto sheet = tx.row(QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id},
                                                             {QStringLiteral("panelist_code"), panelist}}))
        return Result::fail(Failure::Refused,
                            {QStringLiteral("--panelist"),
                             tr("the score sheet of %1 was already submitted at %2")
                                 .arg(panelist, sheet->value(QStringLiteral("submitted_at")).toString())});
    const auto qualification = NegotiationRecord::qualification(m_workspace, id);
    if (!qualification.ok())
        return failed<Done>(qualification);
    const QList<QVariantMap> criteria = tx.rows(QStringLiteral("criteria"), {{QStringLiteral("negotiation_id"), id}});
    QSet<QString> scored;
    for (const QVariantMap& s : tx.rows(QStringLiteral("scores"), {{QStringLiteral("negotiation_id"), id},
                                                                   {QStringLiteral("panelist_code"), panelist}}))
        scored.insert(s.value(QStringLiteral("bidder_code")).toString() + QLatin1Char('\n') +
                      s.value(QStringLiteral("criterion_code")).toString());
    if (tx.failed())
        return storage<Done>(tx);
    QStringList missing;
    for (const QString& b : qualification.value->qualified)
        for (const QVariantMap& c : criteria)
            if (!scored.contains(b + QLatin1Char('\n') + c.value(QStringLiteral("code")).toString()))
                missing.append(b + QLatin1Char('/') + c.value(QStringLiteral("code")).toString());
    if (!missing.isEmpty())
        return Result::fail(
            Failure::Refused,
            {QStringLiteral("--panelist"), tr("the score sheet of %1 is incomplete: %2 score(s) missing (first: %3)")
                                               .arg(panelist)
                                               .arg(missing.size())
                                               .arg(missing.first())});
    tx.upsert(QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id},
                                         {QStringLiteral("panelist_code"), panelist},
                                         {QStringLiteral("submitted_at"), StoreTime::toText(StoreTime::now())}});
    QVariantMap n = *neg.value;
    n.insert(QStringLiteral("has_scores"), 1);
    NegotiationRecord::touch(tx, n,
                             stage == Stage::Presentations ? std::optional<Stage>(Stage::Scoring) : std::nullopt);
    if (auto p = tx.commit(QStringLiteral("sheet_submitted"), actor, id, {{QStringLiteral("panelist"), panelist}}))
        return Result::fail(Failure::Storage, *p);
    return Result::success(Done());
}

StoreResult<CorrectionReceipt> ScoringService::correctScore(qint64 id, const CorrectionRequest& r, const QString& actor)
{
    using Result = StoreResult<CorrectionReceipt>;
    if (r.reason.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("--reason"), tr("a correction needs a reason")});
    WriteTransaction tx(m_workspace);
    if (auto p = tx.begin())
        return Result::fail(Failure::Storage, *p);
    const auto neg = NegotiationRecord::load(tx, id);
    if (!neg.ok())
        return failed<CorrectionReceipt>(neg);
    const auto member =
        NegotiationRecord::member(tx, id, QStringLiteral("panelists"), r.panelist, QStringLiteral("--panelist"));
    if (!member.ok())
        return failed<CorrectionReceipt>(member);
    const auto bidderRow =
        NegotiationRecord::member(tx, id, QStringLiteral("bidders"), r.bidder, QStringLiteral("--bidder"));
    if (!bidderRow.ok())
        return failed<CorrectionReceipt>(bidderRow);
    const auto criterionRow =
        NegotiationRecord::member(tx, id, QStringLiteral("criteria"), r.criterion, QStringLiteral("--criterion"));
    if (!criterionRow.ok())
        return failed<CorrectionReceipt>(criterionRow);
    if (auto p = Procedure::checkCorrection(NegotiationRecord::stage(*neg.value)))
        return Result::fail(Failure::Refused, *p);
    if (!tx.row(QStringLiteral("sheets"),
                {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), r.panelist}}))
        return Result::fail(
            Failure::Refused,
            {QStringLiteral("--panelist"),
             tr("the score sheet of %1 is not submitted; a correction applies only to a submitted sheet")
                 .arg(r.panelist)});
    QString leader;
    for (const QVariantMap& m :
         tx.rows(QStringLiteral("panelists"),
                 {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("role"), QStringLiteral("leader")}}))
        leader = m.value(QStringLiteral("name")).toString();
    if (leader.isEmpty())
        return Result::fail(Failure::Refused,
                            {QStringLiteral("panel"), tr("the panel has no leader to approve a correction")});
    if (!r.leader.isEmpty() && r.leader != leader)
        return Result::fail(Failure::Invalid, {QStringLiteral("--leader"),
                                               tr("\"%1\" is not the panel leader (%2)").arg(r.leader, leader)});
    if (auto p = checkValue(*criterionRow.value, r.value))
        return Result::fail(Failure::Invalid, *p);
    const auto qualification = NegotiationRecord::qualification(m_workspace, id);
    if (!qualification.ok())
        return failed<CorrectionReceipt>(qualification);
    if (const auto reason = NegotiationRecord::exclusionOf(*qualification.value, r.bidder))
        return Result::fail(Failure::Refused, {QStringLiteral("--bidder"),
                                               tr("%1 is excluded (%2) and is not scored").arg(r.bidder, *reason)});
    const QVariantMap key = scoreKey(id, r.panelist, r.bidder, r.criterion);
    const auto old = tx.row(QStringLiteral("scores"), key);
    CorrectionReceipt receipt;
    receipt.leader = leader;
    if (old)
        receipt.previous = old->value(QStringLiteral("hundredths")).toLongLong();
    receipt.seq =
        tx.nextValue(QStringLiteral("corrections"), QStringLiteral("seq"), {{QStringLiteral("negotiation_id"), id}});
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
               {QStringLiteral("corrected_at"), StoreTime::toText(StoreTime::now())}});
    NegotiationRecord::touch(tx, *neg.value);
    if (auto p = tx.commit(QStringLiteral("score_corrected"), actor, id,
                           {{QStringLiteral("category"), categoryName(r.category)}}))
        return Result::fail(Failure::Storage, *p);
    return Result::success(receipt);
}

StoreResult<qint64> ScoringService::closeVoteRound(qint64 id, const QStringList& tied, const QStringList& voters,
                                                   const QList<std::optional<QString>>& ballots, const QString& actor)
{
    using Result = StoreResult<qint64>;
    WriteTransaction tx(m_workspace);
    if (auto p = tx.begin())
        return Result::fail(Failure::Storage, *p);
    const auto neg = NegotiationRecord::load(tx, id);
    if (!neg.ok())
        return failed<qint64>(neg);
    if (auto p = Procedure::checkVote(NegotiationRecord::stage(*neg.value)))
        return Result::fail(Failure::Refused, *p);
    const QSet<QString> tiedSet(tied.cbegin(), tied.cend());
    if (tied.size() < 2 || tiedSet.size() != tied.size())
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("tied"), tr("a vote needs at least two different bidders")});
    const auto qualification = NegotiationRecord::qualification(m_workspace, id);
    if (!qualification.ok())
        return failed<qint64>(qualification);
    for (const QString& b : tied)
        if (!qualification.value->qualified.contains(b))
            return Result::fail(Failure::Invalid, {QStringLiteral("tied"), tr("%1 is not a qualified bidder").arg(b)});
    const QSet<QString> voterSet(voters.cbegin(), voters.cend());
    if (voterSet.size() != voters.size())
        return Result::fail(Failure::Invalid, {QStringLiteral("voters"), tr("a panel member can vote only once")});
    if (voters.size() != ballots.size())
        return Result::fail(Failure::Invalid, {QStringLiteral("ballots"),
                                               tr("%1 ballots for %2 voters").arg(ballots.size()).arg(voters.size())});
    for (const QString& v : voters) {
        const auto m = NegotiationRecord::member(tx, id, QStringLiteral("panelists"), v, QStringLiteral("voters"));
        if (!m.ok())
            return failed<qint64>(m);
    }
    for (const auto& b : ballots)
        if (b && !tiedSet.contains(*b))
            return Result::fail(Failure::Invalid,
                                {QStringLiteral("ballots"), tr("a ballot names %1, who is not in the vote").arg(*b)});
    const qint64 round = tx.nextValue(QStringLiteral("vote_rounds"), QStringLiteral("round_no"),
                                      {{QStringLiteral("negotiation_id"), id}});
    QJsonArray tiedJson;
    for (const QString& b : tied)
        tiedJson.append(b);
    tx.upsert(QStringLiteral("vote_rounds"),
              {{QStringLiteral("negotiation_id"), id},
               {QStringLiteral("round_no"), round},
               {QStringLiteral("tied"), QString::fromUtf8(QJsonDocument(tiedJson).toJson(QJsonDocument::Compact))},
               {QStringLiteral("closed_at"), StoreTime::toText(StoreTime::now())}});
    QStringList roll = voters;
    roll.sort();
    for (const QString& v : roll)
        tx.upsert(QStringLiteral("vote_roll"), {{QStringLiteral("negotiation_id"), id},
                                                {QStringLiteral("round_no"), round},
                                                {QStringLiteral("panelist_code"), v}});
    tx.putBallots(id, round, ballots);
    NegotiationRecord::touch(tx, *neg.value, Stage::Vote);
    if (auto p = tx.commit(QStringLiteral("vote_closed"), actor, id, {{QStringLiteral("round"), round}}))
        return Result::fail(Failure::Storage, *p);
    return Result::success(round);
}

StoreResult<Evaluation> ScoringService::recordResult(qint64 id, const QString& actor)
{
    using Result = StoreResult<Evaluation>;
    WriteTransaction tx(m_workspace);
    if (auto p = tx.begin())
        return Result::fail(Failure::Storage, *p);
    const auto neg = NegotiationRecord::load(tx, id);
    if (!neg.ok())
        return failed<Evaluation>(neg);
    if (auto p = Procedure::checkResult(NegotiationRecord::stage(*neg.value)))
        return Result::fail(Failure::Refused, *p);
    const QList<QVariantMap> panel = tx.rows(QStringLiteral("panelists"), {{QStringLiteral("negotiation_id"), id}});
    for (const QVariantMap& m : panel) {
        const QString code = m.value(QStringLiteral("code")).toString();
        if (!tx.row(QStringLiteral("sheets"),
                    {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("panelist_code"), code}}))
            return Result::fail(Failure::Refused,
                                {QStringLiteral("panel"), tr("the score sheet of %1 is not submitted yet").arg(code)});
    }
    const auto scenario = ScenarioMapping::read(m_workspace, id);
    if (!scenario.ok())
        return failed<Evaluation>(scenario);
    const auto evaluation = NegotiationRecord::evaluate(m_workspace, id);
    if (!evaluation.ok())
        return evaluation;
    const QByteArray json = EvaluationWriter::json(*evaluation.value, *scenario.value);
    const qint64 seq =
        tx.nextValue(QStringLiteral("results"), QStringLiteral("seq"), {{QStringLiteral("negotiation_id"), id}});
    tx.upsert(QStringLiteral("results"), {{QStringLiteral("negotiation_id"), id},
                                          {QStringLiteral("seq"), seq},
                                          {QStringLiteral("status"), statusName(evaluation.value->status)},
                                          {QStringLiteral("evaluation"), QString::fromUtf8(json)},
                                          {QStringLiteral("recorded_at"), StoreTime::toText(StoreTime::now())}});
    const bool vote = evaluation.value->status == EvaluationStatus::VoteRequired;
    NegotiationRecord::touch(tx, *neg.value, vote ? Stage::Vote : Stage::Result);
    if (auto p = tx.commit(QStringLiteral("result_recorded"), actor, id,
                           {{QStringLiteral("status"), statusName(evaluation.value->status)}}))
        return Result::fail(Failure::Storage, *p);
    return evaluation;
}

StoreResult<qint64> ScoringService::recordDocument(qint64 id, const QString& kind, const QString& sha256,
                                                   const QString& actor)
{
    using Result = StoreResult<qint64>;
    if (kind.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("kind"), tr("a document needs a kind")});
    WriteTransaction tx(m_workspace);
    if (auto p = tx.begin())
        return Result::fail(Failure::Storage, *p);
    const auto neg = NegotiationRecord::load(tx, id);
    if (!neg.ok())
        return failed<qint64>(neg);
    const Stage stage = NegotiationRecord::stage(*neg.value);
    if (int(stage) < int(Stage::Result))
        return Result::fail(Failure::Refused, {QStringLiteral("stage %1").arg(Procedure::name(stage)),
                                               tr("documents are issued once the result is fixed")});
    const qint64 seq =
        tx.nextValue(QStringLiteral("documents"), QStringLiteral("seq"), {{QStringLiteral("negotiation_id"), id}});
    tx.upsert(QStringLiteral("documents"), {{QStringLiteral("negotiation_id"), id},
                                            {QStringLiteral("seq"), seq},
                                            {QStringLiteral("kind"), kind},
                                            {QStringLiteral("sha256"), sha256},
                                            {QStringLiteral("issued_at"), StoreTime::toText(StoreTime::now())}});
    if (auto p = tx.commit(QStringLiteral("document_issued"), actor, id, {{QStringLiteral("kind"), kind}}))
        return Result::fail(Failure::Storage, *p);
    return Result::success(seq);
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

} // namespace tp::store
