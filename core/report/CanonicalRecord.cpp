#include "CanonicalRecord.h"
#include "model/Version.h"

#include <QHash>

#include <nlohmann/json.hpp>
#include <utility>

namespace tp::report {

namespace {

using json = nlohmann::json;

std::string str(const QString& s)
{
    return s.toStdString();
}

json strings(const QStringList& list)
{
    json a = json::array();
    for (const QString& s : list)
        a.push_back(str(s));
    return a;
}

// In the date-time's own time spec and offset; milliseconds only when there are some (a workspace
// stamps events to the millisecond, and the record must read back to the same times).
std::string dateTime(const QDateTime& dt)
{
    return str(dt.toString(dt.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs));
}

std::string date(const QDate& d)
{
    return str(d.toString(Qt::ISODate));
}

json fraction(const Fraction& f)
{
    return json{{"numerator", f.numerator()}, {"denominator", f.denominator()}};
}

json serviceArea(const ServiceArea& area)
{
    return json{{"name", str(area.name)}, {"places", strings(area.places)}};
}

json project(const Project& p)
{
    json o;
    o["title"] = str(p.title);
    o["purchaser"] = str(p.purchaser);
    if (p.registrationDeadline)
        o["registration_deadline"] = dateTime(*p.registrationDeadline);
    if (p.proposalDeadline)
        o["proposal_deadline"] = dateTime(*p.proposalDeadline);
    if (p.requiredCopies)
        o["required_copies"] = *p.requiredCopies;
    o["presentation_minutes"] = p.presentationMinutes;
    o["statement_minutes"] = p.statementMinutes;
    o["min_bidders"] = p.minBidders;
    o["max_winners"] = p.maxWinners;
    json allocation = json::object();
    for (auto it = p.allocation.cbegin(); it != p.allocation.cend(); ++it) {
        json shares = json::array();
        for (int share : it.value())
            shares.push_back(share);
        allocation[std::to_string(it.key())] = std::move(shares);
    }
    o["allocation"] = std::move(allocation);
    // Only a project with service areas has the key: the record of one without stays as it was.
    if (!p.areas.isEmpty()) {
        json areas = json::object();
        for (auto it = p.areas.cbegin(); it != p.areas.cend(); ++it) {
            json list = json::array();
            for (const ServiceArea& area : it.value())
                list.push_back(serviceArea(area));
            areas[std::to_string(it.key())] = std::move(list);
        }
        o["areas"] = std::move(areas);
    }
    o["trim"] = json{{"highest", p.trim.highest},
                     {"lowest", p.trim.lowest},
                     {"level", p.trim.level == TrimLevel::Total ? "total" : "criterion"}};
    o["tie_precision"] = p.tiePrecision == TiePrecision::Exact ? "exact" : "rounded";
    if (p.publication)
        o["publication"] = json{{"start", date(p.publication->start)},
                                {"working_days", p.publication->workingDays},
                                {"count_start_day", p.publication->countStartDay}};
    return o;
}

json scenario(const Scenario& s)
{
    json o;
    o["project"] = project(s.project);
    json criteria = json::array();
    for (const Criterion& c : s.criteria)
        criteria.push_back(json{{"id", str(c.id)}, {"title", str(c.title)}, {"max_hundredths", c.max}});
    o["criteria"] = std::move(criteria);
    json bidders = json::array();
    for (const Bidder& b : s.bidders) {
        json j{{"id", str(b.id)}, {"name", str(b.name)}, {"eligible", b.eligible}, {"withdrawn", b.withdrawn}};
        if (b.registeredAt)
            j["registered_at"] = dateTime(*b.registeredAt);
        bidders.push_back(std::move(j));
    }
    o["bidders"] = std::move(bidders);
    if (s.proposals) {
        json proposals = json::array();
        for (const Proposal& p : *s.proposals) {
            json j{{"bidder", str(p.bidder)}, {"received_at", dateTime(p.receivedAt)}};
            if (p.copies)
                j["copies"] = *p.copies;
            if (p.sealed)
                j["sealed"] = *p.sealed;
            if (p.rejected)
                j["rejected"] = str(*p.rejected);
            proposals.push_back(std::move(j));
        }
        o["proposals"] = std::move(proposals);
    }
    json panel = json::array();
    for (const Panelist& p : s.panel)
        panel.push_back(json{
            {"id", str(p.id)}, {"name", str(p.name)}, {"role", p.role == PanelRole::Leader ? "leader" : "member"}});
    o["panel"] = std::move(panel);
    if (s.draw) {
        json d = json::object();
        if (s.draw->seed)
            d["seed"] = str(*s.draw->seed);
        if (s.draw->order)
            d["order"] = strings(*s.draw->order);
        o["draw"] = std::move(d);
    }
    // The scores are written by scoresText() into the text of the rest: an empty array marks their place.
    if (s.scores)
        o["scores"] = json::array();
    json votes = json::array();
    for (const VoteRound& v : s.votes) {
        json ballots = json::array();
        for (const auto& b : v.ballots)
            ballots.push_back(b ? json(str(*b)) : json(nullptr));
        votes.push_back(json{{"tied", strings(v.tied)}, {"ballots", std::move(ballots)}});
    }
    o["votes"] = std::move(votes);
    return o;
}

json evaluation(const Evaluation& ev)
{
    json o;
    o["status"] = str(statusName(ev.status));
    if (!ev.reason.isEmpty())
        o["reason"] = str(ev.reason);
    json excluded = json::array();
    for (const Exclusion& x : ev.excluded)
        excluded.push_back(json{{"bidder", str(x.bidder)}, {"reason", str(x.reason)}});
    o["excluded"] = std::move(excluded);
    o["warnings"] = strings(ev.warnings);
    o["qualified"] = strings(ev.qualified);
    if (ev.draw) {
        json d{{"order", strings(ev.draw->order)}};
        if (ev.draw->commitment)
            d["commitment"] = str(*ev.draw->commitment);
        if (ev.draw->seed)
            d["seed"] = str(*ev.draw->seed);
        o["draw"] = std::move(d);
    }
    json ranking = json::array();
    for (const RankEntry& e : ev.ranking) {
        json j;
        j["bidder"] = str(e.bidder);
        j["score"] = fraction(e.score);
        j["published_hundredths"] = e.published;
        j["position"] = e.position;
        j["share"] = e.share ? json(*e.share) : json(nullptr);
        if (e.area)
            j["area"] = serviceArea(*e.area);
        j["decided_by_vote"] = e.decidedByVote;
        j["dropped_highest"] = strings(e.droppedHighest);
        j["dropped_lowest"] = strings(e.droppedLowest);
        json totals = json::array();
        for (const PanelTotal& t : e.totals)
            totals.push_back(json{{"panelist", str(t.panelist)}, {"total_hundredths", t.total}});
        j["totals"] = std::move(totals);
        json criteria = json::array();
        for (const CriterionResult& c : e.criteria)
            criteria.push_back(json{{"criterion", str(c.criterion)},
                                    {"mean", fraction(c.mean)},
                                    {"dropped_highest", strings(c.droppedHighest)},
                                    {"dropped_lowest", strings(c.droppedLowest)}});
        j["criteria"] = std::move(criteria);
        json ballots = json::array();
        for (int b : e.ballots)
            ballots.push_back(b);
        j["ballots"] = std::move(ballots);
        ranking.push_back(std::move(j));
    }
    o["ranking"] = std::move(ranking);
    o["winners"] = strings(ev.winners);
    if (ev.tie)
        o["tie"] = json{{"bidders", strings(ev.tie->bidders)}, {"first", ev.tie->first}, {"last", ev.tie->last}};
    if (ev.publication)
        o["publication"] = json{{"start", date(ev.publication->start)},
                                {"first_counted_day", date(ev.publication->firstCountedDay)},
                                {"end", date(ev.publication->end)},
                                {"working_days", ev.publication->workingDays}};
    json tallies = json::array();
    for (const VoteTally& t : ev.tallies) {
        json counts = json::array();
        for (const auto& c : t.counts)
            counts.push_back(json{{"bidder", str(c.first)}, {"ballots", c.second}});
        tallies.push_back(json{{"tied", strings(t.tied)}, {"counts", std::move(counts)}, {"blank", t.blank}});
    }
    o["tallies"] = std::move(tallies);
    return o;
}

json context(const DocumentContext& c)
{
    json o = json::object();
    auto put = [&o](const char* key, const std::optional<QString>& value) {
        if (value)
            o[key] = str(*value);
    };
    put("negotiation_id", c.negotiationId);
    put("issuer", c.issuer);
    if (c.issuedOn)
        o["issued_on"] = date(*c.issuedOn);
    put("basis", c.basis);
    put("publication_website", c.publicationWebsite);
    put("challenge_address", c.challengeAddress);
    put("challenge_contact", c.challengeContact);
    put("contact_person", c.contactPerson);
    put("contact_phone", c.contactPhone);
    put("contact_address", c.contactAddress);
    if (c.drawnAt)
        o["drawn_at"] = dateTime(*c.drawnAt);
    if (!c.drawWitnesses.isEmpty())
        o["draw_witnesses"] = strings(c.drawWitnesses);
    if (c.opening)
        o["opening"] = json{{"opened_at", dateTime(c.opening->openedAt)}, {"witnesses", strings(c.opening->witnesses)}};
    if (c.registrations) {
        json a = json::array();
        for (const RegistrationRecord& r : *c.registrations)
            a.push_back(json{{"bidder", str(r.bidder)},
                             {"representative", str(r.representative)},
                             {"id_number_masked", str(r.idNumberMasked)},
                             {"intro_letter_checked", r.introLetterChecked},
                             {"id_copy_checked", r.idCopyChecked}});
        o["registrations"] = std::move(a);
    }
    if (c.proposalReceipts) {
        json a = json::array();
        for (const ProposalReceiptRecord& r : *c.proposalReceipts) {
            json j{{"bidder", str(r.bidder)}, {"receiver", str(r.receiver)}};
            if (r.openedAt)
                j["opened_at"] = dateTime(*r.openedAt);
            if (!r.openingWitness.isEmpty())
                j["opening_witness"] = str(r.openingWitness);
            a.push_back(std::move(j));
        }
        o["proposal_receipts"] = std::move(a);
    }
    if (c.presentations) {
        json a = json::array();
        for (const PresentationRecord& p : *c.presentations) {
            json j{{"bidder", str(p.bidder)}, {"started_at", dateTime(p.startedAt)}, {"note", str(p.note)}};
            if (p.endedAt)
                j["ended_at"] = dateTime(*p.endedAt);
            if (p.overrunSeconds > 0)
                j["overrun_seconds"] = p.overrunSeconds;
            a.push_back(std::move(j));
        }
        o["presentations"] = std::move(a);
    }
    if (c.corrections) {
        json a = json::array();
        for (const CorrectionRecord& r : *c.corrections) {
            json j{{"panelist", str(r.panelist)},  {"bidder", str(r.bidder)},      {"criterion", str(r.criterion)},
                   {"old_hundredths", r.oldValue}, {"new_hundredths", r.newValue}, {"category", str(r.category)},
                   {"reason", str(r.reason)},      {"leader", str(r.leader)}};
            if (r.recordedAt)
                j["recorded_at"] = dateTime(*r.recordedAt);
            a.push_back(std::move(j));
        }
        o["corrections"] = std::move(a);
    }
    put("audit_head", c.auditHead);
    return o;
}

std::string dump(const json& j)
{
    return j.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

// The scores array as dump() writes it at its place in the record (the value of a key of "scenario", two
// levels down): the same characters, without a tree of an object for each score. A record holds a
// score for each panel member, bidder and criterion, tens of thousands in a large negotiation, and their
// tree took longer to build and write than all the rest of the record. Each distinct code is escaped
// once, by the same writer as the rest.
std::string scoresText(const ScoreList& scores)
{
    if (scores.isEmpty())
        return "[]";
    std::vector<std::optional<std::string>> escaped(std::size_t(scores.codes().size()));
    const auto text = [&escaped, &scores](ScoreList::Code code) -> const std::string& {
        std::optional<std::string>& e = escaped[code];
        if (!e)
            e = json(str(scores.code(code))).dump(-1, ' ', false, json::error_handler_t::replace);
        return *e;
    };
    std::string out = "[\n";
    out.reserve(std::size_t(scores.size()) * 112);
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const ScoreList::Row& e = scores.row(i);
        // The keys in their sorted order, at the indentation of the fourth level.
        out += "   {\n    \"bidder\": ";
        out += text(e.bidder);
        out += ",\n    \"criterion\": ";
        out += text(e.criterion);
        out += ",\n    \"panelist\": ";
        out += text(e.panelist);
        out += ",\n    \"score_hundredths\": ";
        out += std::to_string(e.score);
        out += i + 1 < scores.size() ? "\n   },\n" : "\n   }\n  ]";
    }
    return out;
}

} // namespace

CanonicalRecord::Generator CanonicalRecord::currentGenerator()
{
    return {QStringLiteral("TenderPanel"), programVersion()};
}

QByteArray CanonicalRecord::json(const DocumentInput& input)
{
    return json(input, currentGenerator());
}

QByteArray CanonicalRecord::json(const DocumentInput& input, const std::optional<Generator>& generator)
{
    // nlohmann::json keeps an object's keys sorted, so "generator" takes its place between "format"
    // and "scenario" and the output stays canonical.
    nlohmann::json root;
    root["format"] = kFormat;
    if (generator)
        root["generator"] = nlohmann::json{{"name", str(generator->name)}, {"version", str(generator->version)}};
    root["scenario"] = scenario(input.scenario);
    root["evaluation"] = evaluation(input.evaluation);
    root["context"] = context(input.context);
    std::string text = dump(root);
    if (input.scenario.scores) {
        // The place of the scores: the key at the second level, in "scenario", whose value was written as
        // an empty array. A line break and spaces are written there only as the layout of the text: inside
        // a string they are escaped.
        const std::size_t scenarioAt = text.find("\n \"scenario\": {\n");
        const std::string key = "\n  \"scores\": []";
        const std::size_t at = text.find(key, scenarioAt);
        Q_ASSERT(scenarioAt != std::string::npos && at != std::string::npos);
        if (at != std::string::npos)
            text.replace(at + key.size() - 2, 2, scoresText(*input.scenario.scores));
    }
    return QByteArray(text.data(), qsizetype(text.size()));
}

bool CanonicalRecord::isCanonical(const QByteArray& bytes)
{
    const nlohmann::json parsed = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return false;
    const std::string text = dump(parsed);
    return QByteArray(text.data(), qsizetype(text.size())) == bytes;
}

} // namespace tp::report
