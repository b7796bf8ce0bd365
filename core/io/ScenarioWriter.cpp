#include "ScenarioWriter.h"

#include "DateTimeText.h"
#include "JsonValue.h"
#include "ScenarioReader.h"

namespace tp {

namespace {

JsonValue str(const QString& text)
{
    return JsonValue::string(text);
}

JsonValue dateTime(const QDateTime& value)
{
    return JsonValue::string(DateTimeText::formatDateTime(value));
}

JsonValue decimal(Hundredths value)
{
    return JsonValue::number(Decimal::formatShort(value).toStdString());
}

JsonValue stringList(const QStringList& list)
{
    JsonValue array = JsonValue::array();
    for (const QString& s : list)
        array.append(str(s));
    return array;
}

JsonValue projectValue(const Project& p)
{
    JsonValue o = JsonValue::object();
    o.insert("title", str(p.title));
    o.insert("purchaser", str(p.purchaser));
    if (p.registrationDeadline)
        o.insert("registration_deadline", dateTime(*p.registrationDeadline));
    if (p.proposalDeadline)
        o.insert("proposal_deadline", dateTime(*p.proposalDeadline));
    if (p.requiredCopies)
        o.insert("required_copies", JsonValue::integer(*p.requiredCopies));
    o.insert("presentation_minutes", JsonValue::integer(p.presentationMinutes));
    o.insert("statement_minutes", JsonValue::integer(p.statementMinutes));
    o.insert("min_bidders", JsonValue::integer(p.minBidders));
    o.insert("max_winners", JsonValue::integer(p.maxWinners));
    JsonValue allocation = JsonValue::object();
    for (auto it = p.allocation.constBegin(); it != p.allocation.constEnd(); ++it) {
        JsonValue shares = JsonValue::array();
        for (const int share : it.value())
            shares.append(JsonValue::integer(share));
        allocation.insert(std::to_string(it.key()), std::move(shares));
    }
    if (!p.allocation.isEmpty() || p.areas.isEmpty())
        o.insert("allocation", std::move(allocation));
    if (!p.areas.isEmpty()) {
        JsonValue areas = JsonValue::object();
        for (auto it = p.areas.constBegin(); it != p.areas.constEnd(); ++it) {
            JsonValue list = JsonValue::array();
            for (const ServiceArea& area : it.value()) {
                JsonValue entry = JsonValue::object();
                entry.insert("name", JsonValue::string(area.name));
                JsonValue places = JsonValue::array();
                for (const QString& place : area.places)
                    places.append(JsonValue::string(place));
                entry.insert("places", std::move(places));
                list.append(std::move(entry));
            }
            areas.insert(std::to_string(it.key()), std::move(list));
        }
        o.insert("areas", std::move(areas));
    }
    JsonValue trim = JsonValue::object();
    trim.insert("highest", JsonValue::integer(p.trim.highest));
    trim.insert("lowest", JsonValue::integer(p.trim.lowest));
    trim.insert("level", JsonValue::string(std::string(p.trim.level == TrimLevel::Total ? "total" : "criterion")));
    o.insert("trim", std::move(trim));
    o.insert("tie_precision",
             JsonValue::string(std::string(p.tiePrecision == TiePrecision::Exact ? "exact" : "rounded")));
    if (p.publication) {
        JsonValue publication = JsonValue::object();
        publication.insert("start", str(DateTimeText::formatDate(p.publication->start)));
        publication.insert("working_days", JsonValue::integer(p.publication->workingDays));
        publication.insert("count_start_day", JsonValue::boolean(p.publication->countStartDay));
        o.insert("publication", std::move(publication));
    }
    const DocumentDetails& d = p.documents;
    const std::pair<const char*, const QString*> documentFields[] = {{"basis", &d.basis},
                                                                     {"issuer", &d.issuer},
                                                                     {"publication_website", &d.publicationWebsite},
                                                                     {"challenge_address", &d.challengeAddress},
                                                                     {"challenge_contact", &d.challengeContact},
                                                                     {"contact_person", &d.contactPerson},
                                                                     {"contact_phone", &d.contactPhone},
                                                                     {"contact_address", &d.contactAddress}};
    for (const auto& [key, field] : documentFields)
        if (!field->isEmpty())
            o.insert(key, str(*field));
    return o;
}

JsonValue criteriaValue(const QList<Criterion>& criteria)
{
    JsonValue array = JsonValue::array();
    for (const Criterion& c : criteria) {
        JsonValue o = JsonValue::object();
        o.insert("id", str(c.id));
        o.insert("title", str(c.title));
        o.insert("max", decimal(c.max));
        array.append(std::move(o));
    }
    return array;
}

JsonValue biddersValue(const QList<Bidder>& bidders)
{
    JsonValue array = JsonValue::array();
    for (const Bidder& b : bidders) {
        JsonValue o = JsonValue::object();
        o.insert("id", str(b.id));
        o.insert("name", str(b.name));
        o.insert("eligible", JsonValue::boolean(b.eligible));
        if (b.registeredAt)
            o.insert("registered_at", dateTime(*b.registeredAt));
        o.insert("withdrawn", JsonValue::boolean(b.withdrawn));
        array.append(std::move(o));
    }
    return array;
}

JsonValue proposalsValue(const QList<Proposal>& proposals)
{
    JsonValue array = JsonValue::array();
    for (const Proposal& p : proposals) {
        JsonValue o = JsonValue::object();
        o.insert("bidder", str(p.bidder));
        o.insert("received_at", dateTime(p.receivedAt));
        if (p.copies)
            o.insert("copies", JsonValue::integer(*p.copies));
        if (p.sealed)
            o.insert("sealed", JsonValue::boolean(*p.sealed));
        if (p.rejected)
            o.insert("rejected", str(*p.rejected));
        array.append(std::move(o));
    }
    return array;
}

JsonValue panelValue(const QList<Panelist>& panel)
{
    JsonValue array = JsonValue::array();
    for (const Panelist& p : panel) {
        JsonValue o = JsonValue::object();
        o.insert("id", str(p.id));
        o.insert("name", str(p.name));
        o.insert("role", JsonValue::string(std::string(p.role == PanelRole::Leader ? "leader" : "member")));
        array.append(std::move(o));
    }
    return array;
}

JsonValue drawValue(const DrawRecord& draw)
{
    JsonValue o = JsonValue::object();
    if (draw.seed)
        o.insert("seed", str(*draw.seed));
    if (draw.order)
        o.insert("order", stringList(*draw.order));
    if (!draw.witnesses.isEmpty())
        o.insert("witnesses", stringList(draw.witnesses));
    return o;
}

JsonValue scoresValue(const ScoreList& scores)
{
    JsonValue array = JsonValue::array();
    for (const ScoreEntry& s : scores) {
        JsonValue o = JsonValue::object();
        o.insert("panelist", str(s.panelist));
        o.insert("bidder", str(s.bidder));
        o.insert("criterion", str(s.criterion));
        o.insert("score", decimal(s.score));
        array.append(std::move(o));
    }
    return array;
}

JsonValue votesValue(const QList<VoteRound>& votes)
{
    JsonValue array = JsonValue::array();
    for (const VoteRound& v : votes) {
        JsonValue o = JsonValue::object();
        o.insert("tied", stringList(v.tied));
        JsonValue ballots = JsonValue::array();
        for (const std::optional<QString>& b : v.ballots)
            ballots.append(b ? str(*b) : JsonValue::null());
        o.insert("ballots", std::move(ballots));
        array.append(std::move(o));
    }
    return array;
}

} // namespace

QByteArray ScenarioWriter::write(const Scenario& scenario)
{
    JsonValue root = JsonValue::object();
    root.insert("format", JsonValue::string(std::string(ScenarioReader::kFormatName)));
    root.insert("project", projectValue(scenario.project));
    root.insert("criteria", criteriaValue(scenario.criteria));
    root.insert("bidders", biddersValue(scenario.bidders));
    if (scenario.proposals)
        root.insert("proposals", proposalsValue(*scenario.proposals));
    if (scenario.proposals && scenario.opening && scenario.opening->openedAt.isValid()) {
        JsonValue opening = JsonValue::object();
        opening.insert("opened_at", dateTime(scenario.opening->openedAt));
        if (!scenario.opening->witnesses.isEmpty())
            opening.insert("witnesses", stringList(scenario.opening->witnesses));
        root.insert("opening", std::move(opening));
    }
    root.insert("panel", panelValue(scenario.panel));
    if (scenario.draw)
        root.insert("draw", drawValue(*scenario.draw));
    if (scenario.scores)
        root.insert("scores", scoresValue(*scenario.scores));
    if (!scenario.votes.isEmpty())
        root.insert("votes", votesValue(scenario.votes));
    return root.toIndentedJson();
}

} // namespace tp
