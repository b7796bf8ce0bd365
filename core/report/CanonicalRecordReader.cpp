#include "CanonicalRecordReader.h"

#include "CanonicalRecord.h"

#include <QCoreApplication>
#include <limits>
#include <nlohmann/json.hpp>

namespace tp::report {

namespace {

using json = nlohmann::json;

QString tr(const char* text)
{
    return QCoreApplication::translate("CanonicalRecordReader", text);
}

QString qstr(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString join(const QString& path, const char* key)
{
    return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QString::fromLatin1(key);
}

QString item(const QString& path, std::size_t index)
{
    return path + QLatin1Char('[') + QString::number(qulonglong(index)) + QLatin1Char(']');
}

void fail(Problems& problems, const QString& where, const QString& why)
{
    problems.append({where, why});
}

// The member `key` of the object `o`; a problem when it is required and missing.
const json* member(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const auto it = o.find(key);
    if (it == o.end()) {
        if (required)
            fail(p, join(path, key), tr("missing"));
        return nullptr;
    }
    return &*it;
}

std::optional<QString> text(const json& value, const QString& where, Problems& p)
{
    if (!value.is_string()) {
        fail(p, where, tr("must be a string"));
        return std::nullopt;
    }
    return qstr(value.get<std::string>());
}

std::optional<QString> text(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const json* v = member(o, key, path, p, required);
    return v ? text(*v, join(path, key), p) : std::nullopt;
}

std::optional<qint64> integer(const json& value, const QString& where, Problems& p)
{
    if (!value.is_number_integer() ||
        (value.is_number_unsigned() &&
         value.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<qint64>::max()))) {
        fail(p, where, tr("must be an integer"));
        return std::nullopt;
    }
    return value.get<qint64>();
}

std::optional<int> smallInteger(const json& value, const QString& where, Problems& p)
{
    const std::optional<qint64> v = integer(value, where, p);
    if (!v)
        return std::nullopt;
    if (*v < std::numeric_limits<int>::min() || *v > std::numeric_limits<int>::max()) {
        fail(p, where, tr("is out of range"));
        return std::nullopt;
    }
    return int(*v);
}

std::optional<qint64> integer(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const json* v = member(o, key, path, p, required);
    return v ? integer(*v, join(path, key), p) : std::nullopt;
}

std::optional<int> smallInteger(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const json* v = member(o, key, path, p, required);
    return v ? smallInteger(*v, join(path, key), p) : std::nullopt;
}

std::optional<bool> boolean(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const json* v = member(o, key, path, p, required);
    if (!v)
        return std::nullopt;
    if (!v->is_boolean()) {
        fail(p, join(path, key), tr("must be true or false"));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<QDateTime> dateTime(const json& o, const char* key, const QString& path, Problems& p,
                                  bool required = true)
{
    const std::optional<QString> s = text(o, key, path, p, required);
    if (!s)
        return std::nullopt;
    // CanonicalRecord writes Qt::ISODate, with milliseconds only when there are some.
    const QDateTime value = QDateTime::fromString(*s, Qt::ISODateWithMs);
    if (!value.isValid()) {
        fail(p, join(path, key), tr("is not an ISO 8601 date-time"));
        return std::nullopt;
    }
    return value;
}

std::optional<QDate> date(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const std::optional<QString> s = text(o, key, path, p, required);
    if (!s)
        return std::nullopt;
    const QDate value = QDate::fromString(*s, Qt::ISODate);
    if (!value.isValid()) {
        fail(p, join(path, key), tr("is not a date (YYYY-MM-DD)"));
        return std::nullopt;
    }
    return value;
}

// The member `key` when it is an array (or an object); a problem when it is not.
const json* array(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const json* v = member(o, key, path, p, required);
    if (v && !v->is_array()) {
        fail(p, join(path, key), tr("must be an array"));
        return nullptr;
    }
    return v;
}

const json* object(const json& o, const char* key, const QString& path, Problems& p, bool required = true)
{
    const json* v = member(o, key, path, p, required);
    if (v && !v->is_object()) {
        fail(p, join(path, key), tr("must be an object"));
        return nullptr;
    }
    return v;
}

// Calls `each(element, path)` for every object in the array `key`.
template <typename Each> void objects(const json& o, const char* key, const QString& path, Problems& p, Each each)
{
    const json* a = array(o, key, path, p);
    if (!a)
        return;
    for (std::size_t i = 0; i < a->size(); ++i) {
        const QString where = item(join(path, key), i);
        if (!a->at(i).is_object())
            fail(p, where, tr("must be an object"));
        else
            each(a->at(i), where);
    }
}

std::optional<QStringList> strings(const json& o, const char* key, const QString& path, Problems& p,
                                   bool required = true)
{
    const json* a = array(o, key, path, p, required);
    if (!a)
        return std::nullopt;
    QStringList list;
    for (std::size_t i = 0; i < a->size(); ++i)
        if (const auto s = text(a->at(i), item(join(path, key), i), p))
            list.append(*s);
    return list;
}

QList<int> integers(const json& o, const char* key, const QString& path, Problems& p)
{
    QList<int> list;
    const json* a = array(o, key, path, p);
    if (!a)
        return list;
    for (std::size_t i = 0; i < a->size(); ++i)
        if (const auto v = smallInteger(a->at(i), item(join(path, key), i), p))
            list.append(*v);
    return list;
}

Fraction fraction(const json& o, const char* key, const QString& path, Problems& p)
{
    const json* f = object(o, key, path, p);
    if (!f)
        return {};
    const QString where = join(path, key);
    const auto numerator = integer(*f, "numerator", where, p);
    const auto denominator = integer(*f, "denominator", where, p);
    if (!numerator || !denominator)
        return {};
    if (*denominator < 1) {
        fail(p, join(where, "denominator"), tr("must be at least 1"));
        return {};
    }
    return Fraction(*numerator, *denominator);
}

// A string member that must be one of `names`; returns its index.
int choice(const json& o, const char* key, const QString& path, Problems& p, const QStringList& names)
{
    const auto s = text(o, key, path, p);
    if (!s)
        return 0;
    const int index = int(names.indexOf(*s));
    if (index < 0) {
        fail(p, join(path, key), tr("must be one of: %1").arg(names.join(QStringLiteral(", "))));
        return 0;
    }
    return index;
}

// The number of winners a key of `allocation` or `areas` names ("1", "2", ...).
std::optional<int> winnerCount(const std::string& key, const QString& where, Problems& p)
{
    bool numeric = false;
    const int winners = qstr(key).toInt(&numeric);
    if (!numeric || QString::number(winners) != qstr(key)) {
        fail(p, where, tr("the key must be a number of winners"));
        return std::nullopt;
    }
    return winners;
}

ServiceArea serviceArea(const json& o, const QString& path, Problems& p)
{
    return {text(o, "name", path, p).value_or(QString()), strings(o, "places", path, p).value_or(QStringList())};
}

Project project(const json& o, const QString& path, Problems& p)
{
    Project r;
    r.title = text(o, "title", path, p).value_or(QString());
    r.purchaser = text(o, "purchaser", path, p).value_or(QString());
    r.registrationDeadline = dateTime(o, "registration_deadline", path, p, false);
    r.proposalDeadline = dateTime(o, "proposal_deadline", path, p, false);
    r.requiredCopies = smallInteger(o, "required_copies", path, p, false);
    r.presentationMinutes = smallInteger(o, "presentation_minutes", path, p).value_or(0);
    r.statementMinutes = smallInteger(o, "statement_minutes", path, p).value_or(0);
    r.minBidders = smallInteger(o, "min_bidders", path, p).value_or(0);
    r.maxWinners = smallInteger(o, "max_winners", path, p).value_or(0);
    r.allocation.clear();
    if (const json* a = object(o, "allocation", path, p)) {
        for (auto it = a->begin(); it != a->end(); ++it) {
            const QString where = join(join(path, "allocation"), it.key().c_str());
            const std::optional<int> winners = winnerCount(it.key(), where, p);
            if (!winners)
                continue;
            if (!it.value().is_array()) {
                fail(p, where, tr("must be an array"));
                continue;
            }
            QList<int> shares;
            for (std::size_t i = 0; i < it.value().size(); ++i)
                if (const auto share = smallInteger(it.value().at(i), item(where, i), p))
                    shares.append(*share);
            r.allocation.insert(*winners, shares);
        }
    }
    // Absent in the records of projects without service areas, and in those written before areas existed.
    if (const json* a = object(o, "areas", path, p, false)) {
        for (auto it = a->begin(); it != a->end(); ++it) {
            const std::optional<int> winners = winnerCount(it.key(), join(join(path, "areas"), it.key().c_str()), p);
            if (!winners)
                continue;
            QList<ServiceArea> areas;
            objects(*a, it.key().c_str(), join(path, "areas"), p,
                    [&](const json& x, const QString& at) { areas.append(serviceArea(x, at, p)); });
            r.areas.insert(*winners, areas);
        }
    }
    if (const json* t = object(o, "trim", path, p)) {
        const QString where = join(path, "trim");
        r.trim.highest = smallInteger(*t, "highest", where, p).value_or(0);
        r.trim.lowest = smallInteger(*t, "lowest", where, p).value_or(0);
        r.trim.level = choice(*t, "level", where, p, {QStringLiteral("total"), QStringLiteral("criterion")}) == 0
                           ? TrimLevel::Total
                           : TrimLevel::Criterion;
    }
    r.tiePrecision = choice(o, "tie_precision", path, p, {QStringLiteral("exact"), QStringLiteral("rounded")}) == 0
                         ? TiePrecision::Exact
                         : TiePrecision::Rounded;
    if (const json* pub = object(o, "publication", path, p, false)) {
        const QString where = join(path, "publication");
        PublicationRule rule;
        rule.start = date(*pub, "start", where, p).value_or(QDate());
        rule.workingDays = smallInteger(*pub, "working_days", where, p).value_or(0);
        rule.countStartDay = boolean(*pub, "count_start_day", where, p).value_or(false);
        r.publication = rule;
    }
    return r;
}

Scenario scenario(const json& o, const QString& path, Problems& p)
{
    Scenario s;
    if (const json* pr = object(o, "project", path, p))
        s.project = project(*pr, join(path, "project"), p);
    objects(o, "criteria", path, p, [&](const json& c, const QString& at) {
        Criterion criterion;
        criterion.id = text(c, "id", at, p).value_or(QString());
        criterion.title = text(c, "title", at, p).value_or(QString());
        criterion.max = integer(c, "max_hundredths", at, p).value_or(0);
        s.criteria.append(criterion);
    });
    objects(o, "bidders", path, p, [&](const json& b, const QString& at) {
        Bidder bidder;
        bidder.id = text(b, "id", at, p).value_or(QString());
        bidder.name = text(b, "name", at, p).value_or(QString());
        bidder.eligible = boolean(b, "eligible", at, p).value_or(false);
        bidder.withdrawn = boolean(b, "withdrawn", at, p).value_or(false);
        bidder.registeredAt = dateTime(b, "registered_at", at, p, false);
        s.bidders.append(bidder);
    });
    if (member(o, "proposals", path, p, false)) {
        QList<Proposal> proposals;
        objects(o, "proposals", path, p, [&](const json& x, const QString& at) {
            Proposal proposal;
            proposal.bidder = text(x, "bidder", at, p).value_or(QString());
            proposal.receivedAt = dateTime(x, "received_at", at, p).value_or(QDateTime());
            proposal.copies = smallInteger(x, "copies", at, p, false);
            proposal.sealed = boolean(x, "sealed", at, p, false);
            proposal.rejected = text(x, "rejected", at, p, false);
            proposals.append(proposal);
        });
        s.proposals = proposals;
    }
    objects(o, "panel", path, p, [&](const json& x, const QString& at) {
        Panelist panelist;
        panelist.id = text(x, "id", at, p).value_or(QString());
        panelist.name = text(x, "name", at, p).value_or(QString());
        panelist.role = choice(x, "role", at, p, {QStringLiteral("leader"), QStringLiteral("member")}) == 0
                            ? PanelRole::Leader
                            : PanelRole::Member;
        s.panel.append(panelist);
    });
    if (const json* d = object(o, "draw", path, p, false)) {
        const QString at = join(path, "draw");
        DrawRecord draw;
        draw.seed = text(*d, "seed", at, p, false);
        draw.order = strings(*d, "order", at, p, false);
        s.draw = draw;
    }
    if (member(o, "scores", path, p, false)) {
        QList<ScoreEntry> scores;
        objects(o, "scores", path, p, [&](const json& x, const QString& at) {
            ScoreEntry e;
            e.panelist = text(x, "panelist", at, p).value_or(QString());
            e.bidder = text(x, "bidder", at, p).value_or(QString());
            e.criterion = text(x, "criterion", at, p).value_or(QString());
            e.score = integer(x, "score_hundredths", at, p).value_or(0);
            scores.append(e);
        });
        s.scores = scores;
    }
    objects(o, "votes", path, p, [&](const json& x, const QString& at) {
        VoteRound round;
        round.tied = strings(x, "tied", at, p).value_or(QStringList());
        if (const json* ballots = array(x, "ballots", at, p)) {
            for (std::size_t i = 0; i < ballots->size(); ++i) {
                if (ballots->at(i).is_null())
                    round.ballots.append(std::nullopt);
                else if (const auto b = text(ballots->at(i), item(join(at, "ballots"), i), p))
                    round.ballots.append(*b);
            }
        }
        s.votes.append(round);
    });
    return s;
}

Evaluation evaluation(const json& o, const QString& path, Problems& p)
{
    Evaluation ev;
    const QList<EvaluationStatus> statuses = {EvaluationStatus::Final, EvaluationStatus::Failed,
                                              EvaluationStatus::VoteRequired, EvaluationStatus::Scoring};
    QStringList statusNames;
    for (EvaluationStatus s : statuses)
        statusNames.append(statusName(s));
    ev.status = statuses.at(choice(o, "status", path, p, statusNames));
    ev.reason = text(o, "reason", path, p, false).value_or(QString());
    objects(o, "excluded", path, p, [&](const json& x, const QString& at) {
        ev.excluded.append(
            {text(x, "bidder", at, p).value_or(QString()), text(x, "reason", at, p).value_or(QString())});
    });
    ev.warnings = strings(o, "warnings", path, p).value_or(QStringList());
    ev.qualified = strings(o, "qualified", path, p).value_or(QStringList());
    if (const json* d = object(o, "draw", path, p, false)) {
        const QString at = join(path, "draw");
        DrawOutcome draw;
        draw.order = strings(*d, "order", at, p).value_or(QStringList());
        draw.commitment = text(*d, "commitment", at, p, false);
        draw.seed = text(*d, "seed", at, p, false);
        ev.draw = draw;
    }
    objects(o, "ranking", path, p, [&](const json& x, const QString& at) {
        RankEntry e;
        e.bidder = text(x, "bidder", at, p).value_or(QString());
        e.score = fraction(x, "score", at, p);
        e.published = integer(x, "published_hundredths", at, p).value_or(0);
        e.position = smallInteger(x, "position", at, p).value_or(0);
        if (const json* share = member(x, "share", at, p); share && !share->is_null())
            e.share = smallInteger(*share, join(at, "share"), p);
        if (const json* area = object(x, "area", at, p, false))
            e.area = serviceArea(*area, join(at, "area"), p);
        e.decidedByVote = boolean(x, "decided_by_vote", at, p).value_or(false);
        e.droppedHighest = strings(x, "dropped_highest", at, p).value_or(QStringList());
        e.droppedLowest = strings(x, "dropped_lowest", at, p).value_or(QStringList());
        objects(x, "totals", at, p, [&](const json& t, const QString& tat) {
            e.totals.append(
                {text(t, "panelist", tat, p).value_or(QString()), integer(t, "total_hundredths", tat, p).value_or(0)});
        });
        objects(x, "criteria", at, p, [&](const json& c, const QString& cat) {
            CriterionResult r;
            r.criterion = text(c, "criterion", cat, p).value_or(QString());
            r.mean = fraction(c, "mean", cat, p);
            r.droppedHighest = strings(c, "dropped_highest", cat, p).value_or(QStringList());
            r.droppedLowest = strings(c, "dropped_lowest", cat, p).value_or(QStringList());
            e.criteria.append(r);
        });
        e.ballots = integers(x, "ballots", at, p);
        ev.ranking.append(e);
    });
    ev.winners = strings(o, "winners", path, p).value_or(QStringList());
    if (const json* t = object(o, "tie", path, p, false)) {
        const QString at = join(path, "tie");
        TieOutcome tie;
        tie.bidders = strings(*t, "bidders", at, p).value_or(QStringList());
        tie.first = smallInteger(*t, "first", at, p).value_or(0);
        tie.last = smallInteger(*t, "last", at, p).value_or(0);
        ev.tie = tie;
    }
    if (const json* pub = object(o, "publication", path, p, false)) {
        const QString at = join(path, "publication");
        PublicationOutcome outcome;
        outcome.start = date(*pub, "start", at, p).value_or(QDate());
        outcome.firstCountedDay = date(*pub, "first_counted_day", at, p).value_or(QDate());
        outcome.end = date(*pub, "end", at, p).value_or(QDate());
        outcome.workingDays = smallInteger(*pub, "working_days", at, p).value_or(0);
        ev.publication = outcome;
    }
    objects(o, "tallies", path, p, [&](const json& x, const QString& at) {
        VoteTally tally;
        tally.tied = strings(x, "tied", at, p).value_or(QStringList());
        objects(x, "counts", at, p, [&](const json& c, const QString& cat) {
            tally.counts.append(
                {text(c, "bidder", cat, p).value_or(QString()), smallInteger(c, "ballots", cat, p).value_or(0)});
        });
        tally.blank = smallInteger(x, "blank", at, p).value_or(0);
        ev.tallies.append(tally);
    });
    return ev;
}

DocumentContext context(const json& o, const QString& path, Problems& p)
{
    DocumentContext c;
    auto optionalText = [&](const char* key) { return text(o, key, path, p, false); };
    c.negotiationId = optionalText("negotiation_id");
    c.issuer = optionalText("issuer");
    c.issuedOn = date(o, "issued_on", path, p, false);
    c.basis = optionalText("basis");
    c.publicationWebsite = optionalText("publication_website");
    c.challengeAddress = optionalText("challenge_address");
    c.challengeContact = optionalText("challenge_contact");
    c.contactPerson = optionalText("contact_person");
    c.contactPhone = optionalText("contact_phone");
    c.contactAddress = optionalText("contact_address");
    c.drawnAt = dateTime(o, "drawn_at", path, p, false);
    c.drawWitnesses = strings(o, "draw_witnesses", path, p, false).value_or(QStringList());
    if (const json* opening = object(o, "opening", path, p, false)) {
        const QString at = join(path, "opening");
        ProposalOpening r;
        r.openedAt = dateTime(*opening, "opened_at", at, p).value_or(QDateTime());
        r.witnesses = strings(*opening, "witnesses", at, p).value_or(QStringList());
        c.opening = r;
    }
    if (member(o, "registrations", path, p, false)) {
        QList<RegistrationRecord> list;
        objects(o, "registrations", path, p, [&](const json& x, const QString& at) {
            RegistrationRecord r;
            r.bidder = text(x, "bidder", at, p).value_or(QString());
            r.representative = text(x, "representative", at, p).value_or(QString());
            r.idNumberMasked = text(x, "id_number_masked", at, p).value_or(QString());
            r.introLetterChecked = boolean(x, "intro_letter_checked", at, p).value_or(false);
            r.idCopyChecked = boolean(x, "id_copy_checked", at, p).value_or(false);
            list.append(r);
        });
        c.registrations = list;
    }
    if (member(o, "proposal_receipts", path, p, false)) {
        QList<ProposalReceiptRecord> list;
        objects(o, "proposal_receipts", path, p, [&](const json& x, const QString& at) {
            ProposalReceiptRecord r;
            r.bidder = text(x, "bidder", at, p).value_or(QString());
            r.receiver = text(x, "receiver", at, p).value_or(QString());
            r.openedAt = dateTime(x, "opened_at", at, p, false);
            r.openingWitness = text(x, "opening_witness", at, p, false).value_or(QString());
            list.append(r);
        });
        c.proposalReceipts = list;
    }
    if (member(o, "presentations", path, p, false)) {
        QList<PresentationRecord> list;
        objects(o, "presentations", path, p, [&](const json& x, const QString& at) {
            PresentationRecord r;
            r.bidder = text(x, "bidder", at, p).value_or(QString());
            r.startedAt = dateTime(x, "started_at", at, p).value_or(QDateTime());
            r.endedAt = dateTime(x, "ended_at", at, p, false);
            r.overrunSeconds = integer(x, "overrun_seconds", at, p, false).value_or(0);
            r.note = text(x, "note", at, p).value_or(QString());
            list.append(r);
        });
        c.presentations = list;
    }
    if (member(o, "corrections", path, p, false)) {
        QList<CorrectionRecord> list;
        objects(o, "corrections", path, p, [&](const json& x, const QString& at) {
            CorrectionRecord r;
            r.panelist = text(x, "panelist", at, p).value_or(QString());
            r.bidder = text(x, "bidder", at, p).value_or(QString());
            r.criterion = text(x, "criterion", at, p).value_or(QString());
            r.oldValue = integer(x, "old_hundredths", at, p).value_or(0);
            r.newValue = integer(x, "new_hundredths", at, p).value_or(0);
            r.category = text(x, "category", at, p).value_or(QString());
            r.reason = text(x, "reason", at, p).value_or(QString());
            r.leader = text(x, "leader", at, p).value_or(QString());
            r.recordedAt = dateTime(x, "recorded_at", at, p, false);
            list.append(r);
        });
        c.corrections = list;
    }
    c.auditHead = optionalText("audit_head");
    return c;
}

} // namespace

CanonicalRecordReader::Result CanonicalRecordReader::read(const QByteArray& bytes)
{
    Result result;
    Problems& p = result.problems;
    const json root = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        fail(p, QString(), tr("not a JSON object"));
        return result;
    }
    const std::optional<QString> format = text(root, "format", QString(), p);
    if (!format)
        return result;
    if (*format != QLatin1String(CanonicalRecord::kFormat)) {
        fail(p, QStringLiteral("format"), tr("not a record this version reads (%1)").arg(*format));
        return result;
    }
    // Optional: records written before the generator was recorded have none (unknown version).
    std::optional<CanonicalRecord::Generator> generator;
    if (const json* g = object(root, "generator", QString(), p, false)) {
        const QString path = QStringLiteral("generator");
        const std::optional<QString> name = text(*g, "name", path, p);
        const std::optional<QString> version = text(*g, "version", path, p);
        if (name && version)
            generator = CanonicalRecord::Generator{*name, *version};
    }
    DocumentInput input;
    if (const json* s = object(root, "scenario", QString(), p))
        input.scenario = scenario(*s, QStringLiteral("scenario"), p);
    if (const json* e = object(root, "evaluation", QString(), p))
        input.evaluation = evaluation(*e, QStringLiteral("evaluation"), p);
    if (const json* c = object(root, "context", QString(), p))
        input.context = context(*c, QStringLiteral("context"), p);
    input.language = DocumentLanguage::Chinese;
    if (p.isEmpty()) {
        result.input = input;
        result.generator = generator;
    }
    return result;
}

} // namespace tp::report
