#include "EvaluationWriter.h"

#include "JsonValue.h"

namespace tp {

namespace {

// A score or a total: always two decimals, as a string.
void decimal(IndentedJsonWriter& w, Hundredths value, std::string& scratch)
{
    scratch.clear();
    Decimal::appendFormatted(scratch, value);
    w.string(scratch);
}

void rankingEntry(IndentedJsonWriter& w, const RankEntry& entry, const Scenario& scenario, std::string& scratch)
{
    w.beginObject();
    w.key("bidder");
    w.string(entry.bidder);
    w.key("score");
    decimal(w, entry.published, scratch);
    w.key("position");
    w.integer(entry.position);
    w.key("share");
    if (entry.share)
        w.integer(*entry.share);
    else
        w.null();
    if (entry.area) {
        w.key("area");
        w.beginObject();
        w.key("name");
        w.string(entry.area->name);
        w.key("places");
        w.strings(entry.area->places);
        w.end();
    }
    w.key("decided_by_vote");
    w.boolean(entry.decidedByVote);
    if (scenario.project.trim.level == TrimLevel::Total) {
        w.key("dropped");
        w.beginObject();
        w.key("highest");
        w.strings(entry.droppedHighest);
        w.key("lowest");
        w.strings(entry.droppedLowest);
        w.end();
        w.key("totals");
        w.beginObject();
        for (const PanelTotal& t : entry.totals) {
            w.key(t.panelist);
            decimal(w, t.total, scratch);
        }
        w.end();
    }
    w.end();
}

} // namespace

// Written as it goes (IndentedJsonWriter): the ranking of a large negotiation holds thousands of
// values, which a tree would hold twice.
QByteArray EvaluationWriter::json(const Evaluation& ev, const Scenario& scenario)
{
    std::string out;
    std::string scratch;
    IndentedJsonWriter w(out);
    w.beginObject();
    w.key("status");
    w.string(statusName(ev.status));
    if (ev.status == EvaluationStatus::Failed) {
        w.key("reason");
        w.string(ev.reason);
    }
    w.key("excluded");
    w.beginArray();
    for (const Exclusion& x : ev.excluded) {
        w.beginObject();
        w.key("bidder");
        w.string(x.bidder);
        w.key("reason");
        w.string(x.reason);
        w.end();
    }
    w.end();
    w.key("warnings");
    w.strings(ev.warnings);
    if (ev.draw) {
        w.key("draw");
        w.beginObject();
        if (ev.draw->commitment) {
            w.key("commitment");
            w.string(*ev.draw->commitment);
        }
        w.key("order");
        w.strings(ev.draw->order);
        w.end();
    }
    const bool ranked = ev.status == EvaluationStatus::Final || ev.status == EvaluationStatus::VoteRequired;
    if (ranked) {
        w.key("ranking");
        w.beginArray();
        for (const RankEntry& entry : ev.ranking)
            rankingEntry(w, entry, scenario, scratch);
        w.end();
        w.key("winners");
        w.strings(ev.winners);
    }
    if (ev.status == EvaluationStatus::VoteRequired && ev.tie) {
        w.key("tie");
        w.beginObject();
        w.key("bidders");
        w.strings(ev.tie->bidders);
        w.key("positions");
        w.beginArray();
        w.integer(ev.tie->first);
        w.integer(ev.tie->last);
        w.end();
        w.end();
    }
    if (ranked && ev.publication) {
        w.key("publication");
        w.beginObject();
        w.key("start");
        w.string(ev.publication->start.toString(Qt::ISODate));
        w.key("end");
        w.string(ev.publication->end.toString(Qt::ISODate));
        w.key("working_days");
        w.integer(ev.publication->workingDays);
        w.end();
    }
    w.end();
    out.push_back('\n');
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace tp
