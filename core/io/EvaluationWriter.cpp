#include "EvaluationWriter.h"

#include "JsonValue.h"

namespace tp {

namespace {

JsonValue rankingEntry(const RankEntry& entry, const Scenario& scenario)
{
    JsonValue e = JsonValue::object();
    e.insert("bidder", JsonValue::string(entry.bidder));
    e.insert("score", JsonValue::string(Decimal::format(entry.published)));
    e.insert("position", JsonValue::integer(entry.position));
    e.insert("share", entry.share ? JsonValue::integer(*entry.share) : JsonValue::null());
    if (entry.area) {
        JsonValue area = JsonValue::object();
        area.insert("name", JsonValue::string(entry.area->name));
        area.insert("places", JsonValue::strings(entry.area->places));
        e.insert("area", std::move(area));
    }
    e.insert("decided_by_vote", JsonValue::boolean(entry.decidedByVote));
    if (scenario.project.trim.level == TrimLevel::Total) {
        JsonValue dropped = JsonValue::object();
        dropped.insert("highest", JsonValue::strings(entry.droppedHighest));
        dropped.insert("lowest", JsonValue::strings(entry.droppedLowest));
        e.insert("dropped", std::move(dropped));
        JsonValue totals = JsonValue::object();
        for (const PanelTotal& t : entry.totals)
            totals.insert(t.panelist.toStdString(), JsonValue::string(Decimal::format(t.total)));
        e.insert("totals", std::move(totals));
    }
    return e;
}

} // namespace

QByteArray EvaluationWriter::json(const Evaluation& ev, const Scenario& scenario)
{
    JsonValue root = JsonValue::object();
    root.insert("status", JsonValue::string(statusName(ev.status)));
    if (ev.status == EvaluationStatus::Failed)
        root.insert("reason", JsonValue::string(ev.reason));
    JsonValue excluded = JsonValue::array();
    for (const Exclusion& x : ev.excluded) {
        JsonValue e = JsonValue::object();
        e.insert("bidder", JsonValue::string(x.bidder));
        e.insert("reason", JsonValue::string(x.reason));
        excluded.append(std::move(e));
    }
    root.insert("excluded", std::move(excluded));
    root.insert("warnings", JsonValue::strings(ev.warnings));
    if (ev.draw) {
        JsonValue draw = JsonValue::object();
        if (ev.draw->commitment)
            draw.insert("commitment", JsonValue::string(*ev.draw->commitment));
        draw.insert("order", JsonValue::strings(ev.draw->order));
        root.insert("draw", std::move(draw));
    }
    const bool ranked = ev.status == EvaluationStatus::Final || ev.status == EvaluationStatus::VoteRequired;
    if (ranked) {
        JsonValue ranking = JsonValue::array();
        for (const RankEntry& entry : ev.ranking)
            ranking.append(rankingEntry(entry, scenario));
        root.insert("ranking", std::move(ranking));
        root.insert("winners", JsonValue::strings(ev.winners));
    }
    if (ev.status == EvaluationStatus::VoteRequired && ev.tie) {
        JsonValue tie = JsonValue::object();
        tie.insert("bidders", JsonValue::strings(ev.tie->bidders));
        JsonValue positions = JsonValue::array();
        positions.append(JsonValue::integer(ev.tie->first));
        positions.append(JsonValue::integer(ev.tie->last));
        tie.insert("positions", std::move(positions));
        root.insert("tie", std::move(tie));
    }
    if (ranked && ev.publication) {
        JsonValue pub = JsonValue::object();
        pub.insert("start", JsonValue::string(ev.publication->start.toString(Qt::ISODate)));
        pub.insert("end", JsonValue::string(ev.publication->end.toString(Qt::ISODate)));
        pub.insert("working_days", JsonValue::integer(ev.publication->workingDays));
        root.insert("publication", std::move(pub));
    }
    return root.toIndentedJson();
}

} // namespace tp
