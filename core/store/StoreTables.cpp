#include "StoreTables.h"

#include <QHash>
#include <algorithm>
#include <numeric>

namespace tp::store {

namespace {

TableSpec table(const char* name, const char* key, std::initializer_list<const char*> columns)
{
    TableSpec t;
    t.name = QString::fromLatin1(name);
    if (*key)
        t.key = QString::fromLatin1(key).split(QLatin1Char(','));
    for (const char* c : columns) {
        // "name:i" or "name:t", then ":VERSION" for a column added after version 1, then ":VERSION" for
        // the version that dropped it
        const QStringList parts = QString::fromLatin1(c).split(QLatin1Char(':'));
        t.columns.append({parts[0], parts[1] == QLatin1String("i") ? TableSpec::Type::Integer : TableSpec::Type::Text,
                          parts.size() > 2 ? parts[2].toInt() : 1, parts.size() > 3 ? parts[3].toInt() : 0});
    }
    for (const QString& k : t.key)
        t.keyTypes.append(t.column(k)->type);
    int last = 0;
    for (const TableSpec::Column& c : t.columns)
        last = std::max({last, c.since, c.until});
    for (int version = 0; version <= last; ++version) {
        QList<TableSpec::Column> list;
        QStringList names;
        for (const TableSpec::Column& c : t.columns)
            if (c.existsAt(version)) {
                list.append(c);
                names.append(c.name);
            }
        QList<int> order(list.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
        t.byVersion.append(list);
        t.namesByVersion.append(names);
        t.nameOrderByVersion.append(order);
    }
    return t;
}

QList<TableSpec> makeTables()
{
    return {
        table("negotiations", "id",
              {"id:i",
               "code:t",
               "title:t",
               "purchaser:t",
               "registration_deadline:t",
               "proposal_deadline:t",
               "required_copies:i",
               "presentation_minutes:i",
               "statement_minutes:i",
               "min_bidders:i",
               "max_winners:i",
               "trim_highest:i",
               "trim_lowest:i",
               "trim_level:t",
               "tie_precision:t",
               "publication_start:t",
               "publication_working_days:i",
               "publication_count_start_day:i",
               "has_proposals:i",
               "has_scores:i",
               "stage:t",
               "created_at:t",
               "updated_at:t:1:8", // from version 8 the time of the negotiation's last audit event
               "publication_website:t:2",
               "challenge_contact:t:2",
               "basis:t:5",
               "issuer:t:5",
               "challenge_address:t:5",
               "contact_person:t:5",
               "contact_phone:t:5",
               "contact_address:t:5",
               "scores_from_seq:i:9"}), // the first event that entered scores by hand (AuditLog::events)
        table("allocations", "negotiation_id,winner_count,position",
              {"negotiation_id:i", "winner_count:i", "position:i", "percent:i"}),
        table("criteria", "negotiation_id,code",
              {"negotiation_id:i", "code:t", "position:i", "title:t", "max_hundredths:i"}),
        table("bidders", "negotiation_id,code",
              {"negotiation_id:i", "code:t", "position:i", "name:t", "eligible:i", "registered_at:t", "withdrawn:i",
               "representative:t", "id_number_masked:t", "intro_letter_checked:i", "id_copy_checked:i"}),
        table("proposals", "negotiation_id,bidder_code",
              {"negotiation_id:i", "bidder_code:t", "received_at:t", "copies:i", "sealed:i", "rejected_reason:t",
               "opened_at:t", "opened_witness:t"}),
        table("panelists", "negotiation_id,code",
              {"negotiation_id:i", "code:t", "position:i", "name:t", "role:t", "affiliation:t", "conflict_declared:i",
               "conflict_note:t"}),
        table("draws", "negotiation_id",
              {"negotiation_id:i", "seed:t", "commitment:t", "witnesses:t", "recorded_at:t"}),
        table("draw_order", "negotiation_id,position", {"negotiation_id:i", "position:i", "bidder_code:t"}),
        table("presentations", "negotiation_id,bidder_code",
              {"negotiation_id:i", "bidder_code:t", "started_at:t", "ended_at:t", "overrun_seconds:i"}),
        table("scores", "negotiation_id,panelist_code,bidder_code,criterion_code",
              {"negotiation_id:i", "panelist_code:t", "bidder_code:t", "criterion_code:t", "hundredths:i"}),
        table("sheets", "negotiation_id,panelist_code", {"negotiation_id:i", "panelist_code:t", "submitted_at:t"}),
        table("corrections", "negotiation_id,seq",
              {"negotiation_id:i", "seq:i", "panelist_code:t", "bidder_code:t", "criterion_code:t", "old_hundredths:i",
               "new_hundredths:i", "category:t", "reason:t", "leader:t", "corrected_at:t"}),
        table("vote_rounds", "negotiation_id,round_no", {"negotiation_id:i", "round_no:i", "tied:t", "closed_at:t"}),
        table("vote_roll", "negotiation_id,round_no,panelist_code",
              {"negotiation_id:i", "round_no:i", "panelist_code:t"}),
        table("ballots", "", {"negotiation_id:i", "round_no:i", "choice:t"}),
        table("results", "negotiation_id,seq",
              {"negotiation_id:i", "seq:i", "status:t", "evaluation:t", "recorded_at:t"}),
        table("documents", "negotiation_id,seq", {"negotiation_id:i", "seq:i", "kind:t", "sha256:t", "issued_at:t"}),
        table("criteria_templates", "id", {"id:i:2", "name:t:2", "builtin:i:2", "created_at:t:2"}),
        table("template_criteria", "template_id,position",
              {"template_id:i:2", "position:i:2", "code:t:2", "title:t:2", "max_hundredths:i:2"}),
        table("draw_commitments", "negotiation_id",
              {"negotiation_id:i:3", "seed:t:3", "commitment:t:3", "committed_at:t:3"}),
        table("score_reviews", "negotiation_id,seq",
              {"negotiation_id:i:3", "seq:i:3", "panelist_code:t:3", "bidder_code:t:3", "criterion_code:t:3",
               "hundredths:i:3", "reason:t:3", "leader:t:3", "reviewed_at:t:3"}),
        table("member_logins", "login",
              {"login:t:6", "negotiation_id:i:6", "panelist_code:t:6", "issued_at:t:6", "issued_by:t:6",
               "revoked_at:t:6"}),
        table("service_areas", "negotiation_id,winner_count,position",
              {"negotiation_id:i:7", "winner_count:i:7", "position:i:7", "name:t:7"}),
        table("service_area_places", "negotiation_id,winner_count,position,ordinal",
              {"negotiation_id:i:7", "winner_count:i:7", "position:i:7", "ordinal:i:7", "place:t:7"}),
        table("template_awards", "template_id", {"template_id:i:7", "min_bidders:i:7", "max_winners:i:7"}),
        table("template_areas", "template_id,winner_count,position",
              {"template_id:i:7", "winner_count:i:7", "position:i:7", "name:t:7"}),
        table("template_area_places", "template_id,winner_count,position,ordinal",
              {"template_id:i:7", "winner_count:i:7", "position:i:7", "ordinal:i:7", "place:t:7"}),
    };
}

} // namespace

const TableSpec::Column* TableSpec::column(const QString& n) const
{
    for (const Column& c : columns)
        if (c.name == n)
            return &c;
    return nullptr;
}

const QList<TableSpec::Column>& TableSpec::columnsAt(int version) const
{
    return byVersion[std::clamp(version, 0, int(byVersion.size()) - 1)];
}

const QStringList& TableSpec::columnNames(int version) const
{
    return namesByVersion[std::clamp(version, 0, int(namesByVersion.size()) - 1)];
}

const QList<int>& TableSpec::nameOrderAt(int version) const
{
    return nameOrderByVersion[std::clamp(version, 0, int(nameOrderByVersion.size()) - 1)];
}

const QList<TableSpec>& StoreTables::all()
{
    static const QList<TableSpec> tables = makeTables();
    return tables;
}

const TableSpec* StoreTables::find(const QString& name)
{
    static const QHash<QString, const TableSpec*> byName = [] {
        QHash<QString, const TableSpec*> tables;
        for (const TableSpec& t : all())
            tables.insert(t.name, &t);
        return tables;
    }();
    return byName.value(name, nullptr);
}

} // namespace tp::store
