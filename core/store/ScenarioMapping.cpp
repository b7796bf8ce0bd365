#include "ScenarioMapping.h"

#include "RecordReader.h"
#include "RowReader.h"
#include "ServiceAreaRows.h"
#include "StoreTime.h"
#include "Workspace.h"
#include "WriteTransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <iterator>

namespace tp::store {

namespace {

QVariant text(const std::optional<QDateTime>& t)
{
    return t ? QVariant(StoreTime::toText(*t)) : QVariant();
}

template <typename T> QVariant optional(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

QVariant optionalBool(const std::optional<bool>& v)
{
    return v ? QVariant(qint64(*v ? 1 : 0)) : QVariant();
}

std::optional<QDateTime> time(const QVariant& v)
{
    return v.isValid() ? StoreTime::fromText(v.toString()) : std::nullopt;
}

void readDeadlines(const QVariantMap& negotiation, Project& p)
{
    p.registrationDeadline = time(negotiation.value(QStringLiteral("registration_deadline")));
    p.proposalDeadline = time(negotiation.value(QStringLiteral("proposal_deadline")));
}

bool recordsProposals(const QVariantMap& negotiation)
{
    return negotiation.value(QStringLiteral("has_proposals")).toLongLong() != 0;
}

Bidder bidderOf(const QVariantMap& row)
{
    const RegistrationRow b = RowReader::registrationOf(row);
    Bidder bidder;
    bidder.id = b.bidder;
    bidder.name = b.name;
    bidder.eligible = b.eligible;
    bidder.registeredAt = b.registeredAt;
    bidder.withdrawn = b.withdrawn;
    return bidder;
}

Proposal proposalOf(const ProposalRow& r)
{
    Proposal pr;
    pr.bidder = r.bidder;
    pr.receivedAt = r.receivedAt.value_or(QDateTime());
    pr.copies = r.copies;
    pr.sealed = r.sealed;
    pr.rejected = r.rejectedReason;
    return pr;
}

std::optional<int> integer(const QVariant& v)
{
    return v.isValid() ? std::optional<int>(int(v.toLongLong())) : std::nullopt;
}

QVariant nullableText(const QString& s)
{
    return s.trimmed().isEmpty() ? QVariant() : QVariant(s.trimmed());
}

const char* const kDocumentColumns[] = {
    "basis",          "issuer",        "publication_website", "challenge_address", "challenge_contact",
    "contact_person", "contact_phone", "contact_address"};

QString* documentField(DocumentDetails& d, int i)
{
    QString* fields[] = {
        &d.basis,         &d.issuer,       &d.publicationWebsite, &d.challengeAddress, &d.challengeContact,
        &d.contactPerson, &d.contactPhone, &d.contactAddress};
    return fields[i];
}

QVariant witnessesJson(const QStringList& witnesses)
{
    if (witnesses.isEmpty())
        return QVariant();
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(witnesses)).toJson(QJsonDocument::Compact));
}

QString tr(const char* t)
{
    return QCoreApplication::translate("ScenarioMapping", t);
}

} // namespace

QString ScenarioMapping::trimLevelName(TrimLevel level)
{
    return level == TrimLevel::Criterion ? QStringLiteral("criterion") : QStringLiteral("total");
}

QString ScenarioMapping::tiePrecisionName(TiePrecision precision)
{
    return precision == TiePrecision::Rounded ? QStringLiteral("rounded") : QStringLiteral("exact");
}

QString ScenarioMapping::roleName(PanelRole role)
{
    return role == PanelRole::Leader ? QStringLiteral("leader") : QStringLiteral("member");
}

QVariantMap ScenarioMapping::documentColumns(const DocumentDetails& details)
{
    QVariantMap columns;
    DocumentDetails d = details;
    for (int i = 0; i < int(std::size(kDocumentColumns)); ++i)
        columns.insert(QString::fromLatin1(kDocumentColumns[i]), nullableText(*documentField(d, i)));
    return columns;
}

DocumentDetails ScenarioMapping::documentDetails(const QVariantMap& negotiation)
{
    DocumentDetails d;
    for (int i = 0; i < int(std::size(kDocumentColumns)); ++i)
        *documentField(d, i) = negotiation.value(QString::fromLatin1(kDocumentColumns[i])).toString().trimmed();
    return d;
}

QString ScenarioMapping::joinWitnesses(const QStringList& witnesses)
{
    QStringList names;
    for (const QString& w : witnesses)
        if (!w.trimmed().isEmpty())
            names.append(w.trimmed());
    return names.join(QChar(0x3001));
}

QStringList ScenarioMapping::splitWitnesses(const QString& text)
{
    QStringList names;
    for (const QString& w : text.split(QChar(0x3001)))
        if (!w.trimmed().isEmpty())
            names.append(w.trimmed());
    return names;
}

Stage ScenarioMapping::impliedStage(const Scenario& s)
{
    if (!s.votes.isEmpty())
        return Stage::Vote;
    if (s.scores)
        return Stage::Scoring;
    if (s.draw)
        return Stage::Presentations;
    if (s.proposals)
        return Stage::Draw;
    return Stage::Proposals;
}

bool ScenarioMapping::write(WriteTransaction& tx, qint64 id, const QString& code, const Scenario& s, Stage stage,
                            const QString& now)
{
    const Project& p = s.project;
    const QString negotiations = QStringLiteral("negotiations");
    QVariantMap row{
        {QStringLiteral("id"), id},
        {QStringLiteral("code"), code},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("purchaser"), p.purchaser},
        {QStringLiteral("registration_deadline"), text(p.registrationDeadline)},
        {QStringLiteral("proposal_deadline"), text(p.proposalDeadline)},
        {QStringLiteral("required_copies"), optional(p.requiredCopies)},
        {QStringLiteral("presentation_minutes"), p.presentationMinutes},
        {QStringLiteral("statement_minutes"), p.statementMinutes},
        {QStringLiteral("min_bidders"), p.minBidders},
        {QStringLiteral("max_winners"), p.maxWinners},
        {QStringLiteral("trim_highest"), p.trim.highest},
        {QStringLiteral("trim_lowest"), p.trim.lowest},
        {QStringLiteral("trim_level"), trimLevelName(p.trim.level)},
        {QStringLiteral("tie_precision"), tiePrecisionName(p.tiePrecision)},
        {QStringLiteral("publication_start"),
         p.publication ? QVariant(StoreTime::dateToText(p.publication->start)) : QVariant()},
        {QStringLiteral("publication_working_days"), p.publication ? QVariant(p.publication->workingDays) : QVariant()},
        {QStringLiteral("publication_count_start_day"),
         p.publication ? QVariant(p.publication->countStartDay ? 1 : 0) : QVariant()},
        {QStringLiteral("has_proposals"), s.proposals ? 1 : 0},
        {QStringLiteral("has_scores"), s.scores ? 1 : 0},
        {QStringLiteral("stage"), Procedure::name(stage)},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now}}; // a column of workspaces before version 8 only
    row.insert(documentColumns(p.documents));
    tx.upsert(negotiations, row);
    for (auto it = p.allocation.cbegin(); it != p.allocation.cend(); ++it)
        for (qsizetype i = 0; i < it.value().size(); ++i)
            tx.upsert(QStringLiteral("allocations"), {{QStringLiteral("negotiation_id"), id},
                                                      {QStringLiteral("winner_count"), it.key()},
                                                      {QStringLiteral("position"), qint64(i + 1)},
                                                      {QStringLiteral("percent"), it.value()[i]}});
    ServiceAreaRows::write(tx, ServiceAreaRows::negotiation(), id, p.areas);
    for (qsizetype i = 0; i < s.criteria.size(); ++i)
        tx.upsert(QStringLiteral("criteria"), {{QStringLiteral("negotiation_id"), id},
                                               {QStringLiteral("code"), s.criteria[i].id},
                                               {QStringLiteral("position"), qint64(i + 1)},
                                               {QStringLiteral("title"), s.criteria[i].title},
                                               {QStringLiteral("max_hundredths"), s.criteria[i].max}});
    for (qsizetype i = 0; i < s.bidders.size(); ++i) {
        const Bidder& b = s.bidders[i];
        tx.upsert(QStringLiteral("bidders"), {{QStringLiteral("negotiation_id"), id},
                                              {QStringLiteral("code"), b.id},
                                              {QStringLiteral("position"), qint64(i + 1)},
                                              {QStringLiteral("name"), b.name},
                                              {QStringLiteral("eligible"), b.eligible ? 1 : 0},
                                              {QStringLiteral("registered_at"), text(b.registeredAt)},
                                              {QStringLiteral("withdrawn"), b.withdrawn ? 1 : 0}});
    }
    if (s.proposals) {
        // The opening is stored with each proposal it opened: the rejected ones stay unopened.
        const QVariant openedAt = s.opening ? text(s.opening->openedAt) : QVariant();
        const QVariant witness = s.opening ? nullableText(joinWitnesses(s.opening->witnesses)) : QVariant();
        for (const Proposal& pr : *s.proposals)
            tx.upsert(QStringLiteral("proposals"),
                      {{QStringLiteral("negotiation_id"), id},
                       {QStringLiteral("bidder_code"), pr.bidder},
                       {QStringLiteral("received_at"), StoreTime::toText(pr.receivedAt)},
                       {QStringLiteral("copies"), optional(pr.copies)},
                       {QStringLiteral("sealed"), optionalBool(pr.sealed)},
                       {QStringLiteral("rejected_reason"), optional(pr.rejected)},
                       {QStringLiteral("opened_at"), pr.rejected ? QVariant() : openedAt},
                       {QStringLiteral("opened_witness"), pr.rejected ? QVariant() : witness}});
    }
    for (qsizetype i = 0; i < s.panel.size(); ++i)
        tx.upsert(QStringLiteral("panelists"), {{QStringLiteral("negotiation_id"), id},
                                                {QStringLiteral("code"), s.panel[i].id},
                                                {QStringLiteral("position"), qint64(i + 1)},
                                                {QStringLiteral("name"), s.panel[i].name},
                                                {QStringLiteral("role"), roleName(s.panel[i].role)}});
    if (s.draw) {
        tx.upsert(QStringLiteral("draws"), {{QStringLiteral("negotiation_id"), id},
                                            {QStringLiteral("seed"), optional(s.draw->seed)},
                                            {QStringLiteral("witnesses"), witnessesJson(s.draw->witnesses)},
                                            {QStringLiteral("recorded_at"), now}});
        if (s.draw->order)
            for (qsizetype i = 0; i < s.draw->order->size(); ++i)
                tx.upsert(QStringLiteral("draw_order"), {{QStringLiteral("negotiation_id"), id},
                                                         {QStringLiteral("position"), qint64(i + 1)},
                                                         {QStringLiteral("bidder_code"), s.draw->order->at(i)}});
    }
    if (s.scores) {
        for (const ScoreEntry& e : *s.scores)
            tx.upsert(QStringLiteral("scores"), {{QStringLiteral("negotiation_id"), id},
                                                 {QStringLiteral("panelist_code"), e.panelist},
                                                 {QStringLiteral("bidder_code"), e.bidder},
                                                 {QStringLiteral("criterion_code"), e.criterion},
                                                 {QStringLiteral("hundredths"), e.score}});
        for (const Panelist& m : s.panel)
            tx.upsert(QStringLiteral("sheets"), {{QStringLiteral("negotiation_id"), id},
                                                 {QStringLiteral("panelist_code"), m.id},
                                                 {QStringLiteral("submitted_at"), now}});
    }
    for (qsizetype r = 0; r < s.votes.size(); ++r) {
        QJsonArray tied;
        for (const QString& b : s.votes[r].tied)
            tied.append(b);
        tx.upsert(QStringLiteral("vote_rounds"),
                  {{QStringLiteral("negotiation_id"), id},
                   {QStringLiteral("round_no"), qint64(r + 1)},
                   {QStringLiteral("tied"), QString::fromUtf8(QJsonDocument(tied).toJson(QJsonDocument::Compact))},
                   {QStringLiteral("closed_at"), now}});
        tx.putBallots(id, r + 1, s.votes[r].ballots);
    }
    return !tx.failed();
}

Scenario ScenarioMapping::qualificationOf(const QVariantMap& negotiation, const QVariantMap& bidder,
                                          const std::optional<QVariantMap>& proposal)
{
    Scenario s;
    readDeadlines(negotiation, s.project);
    s.bidders.append(bidderOf(bidder));
    if (recordsProposals(negotiation)) {
        s.proposals = QList<Proposal>();
        if (proposal)
            s.proposals->append(proposalOf(RowReader::proposalOf(*proposal)));
    }
    return s;
}

StoreResult<Scenario> ScenarioMapping::read(const Workspace& ws, qint64 id, Parts parts)
{
    using Result = StoreResult<Scenario>;
    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    const auto neg = RecordReader::rows(ws, QStringLiteral("negotiations"), {{QStringLiteral("id"), id}});
    if (!neg.ok())
        return Result::from(neg);
    if (neg.value->isEmpty())
        return Result::fail(Failure::NotFound, {QString::number(id), tr("no such negotiation")});
    const QVariantMap n = neg.value->first();
    Scenario s;
    Project& p = s.project;
    p.title = n.value(QStringLiteral("title")).toString();
    p.purchaser = n.value(QStringLiteral("purchaser")).toString();
    readDeadlines(n, p);
    p.requiredCopies = integer(n.value(QStringLiteral("required_copies")));
    p.presentationMinutes = int(n.value(QStringLiteral("presentation_minutes")).toLongLong());
    p.statementMinutes = int(n.value(QStringLiteral("statement_minutes")).toLongLong());
    p.minBidders = int(n.value(QStringLiteral("min_bidders")).toLongLong());
    p.maxWinners = int(n.value(QStringLiteral("max_winners")).toLongLong());
    p.trim.highest = int(n.value(QStringLiteral("trim_highest")).toLongLong());
    p.trim.lowest = int(n.value(QStringLiteral("trim_lowest")).toLongLong());
    p.trim.level = n.value(QStringLiteral("trim_level")).toString() == QLatin1String("criterion") ? TrimLevel::Criterion
                                                                                                  : TrimLevel::Total;
    p.tiePrecision = n.value(QStringLiteral("tie_precision")).toString() == QLatin1String("rounded")
                         ? TiePrecision::Rounded
                         : TiePrecision::Exact;
    if (n.value(QStringLiteral("publication_start")).isValid()) {
        PublicationRule rule;
        rule.start = StoreTime::dateFromText(n.value(QStringLiteral("publication_start")).toString()).value_or(QDate());
        rule.workingDays = int(n.value(QStringLiteral("publication_working_days")).toLongLong());
        rule.countStartDay = n.value(QStringLiteral("publication_count_start_day")).toLongLong() != 0;
        p.publication = rule;
    }
    p.documents = documentDetails(n);

    const auto allocations = RecordReader::rows(ws, QStringLiteral("allocations"), match);
    // Service areas came with schema version 7 (a workspace held at an older version has none).
    const auto areaTable = [&](const char* table) {
        return ws.schemaVersion() >= 7 ? RecordReader::rows(ws, QString::fromLatin1(table), match)
                                       : StoreResult<QList<QVariantMap>>::success({});
    };
    const auto areaRows = areaTable("service_areas");
    const auto placeRows = areaTable("service_area_places");
    const auto criteria = RecordReader::rows(ws, QStringLiteral("criteria"), match);
    const auto bidders = RecordReader::rows(ws, QStringLiteral("bidders"), match);
    const auto proposals = RecordReader::rows(ws, QStringLiteral("proposals"), match);
    const auto panel = RecordReader::rows(ws, QStringLiteral("panelists"), match);
    // The rows of a table of the procedure after the qualification, when those are read.
    const auto later = [&](const char* table) {
        return parts == Parts::All ? RecordReader::rows(ws, QString::fromLatin1(table), match)
                                   : StoreResult<QList<QVariantMap>>::success({});
    };
    const auto draws = later("draws");
    const auto order = later("draw_order");
    const auto scores = later("scores");
    const auto rounds = later("vote_rounds");
    const auto ballots = later("ballots");
    for (const auto* r : {&allocations, &areaRows, &placeRows, &criteria, &bidders, &proposals, &panel, &draws, &order,
                          &scores, &rounds, &ballots})
        if (!r->ok())
            return Result::from(*r);

    QMap<int, QList<int>> allocation;
    for (const QVariantMap& a : *allocations.value)
        allocation[int(a.value(QStringLiteral("winner_count")).toLongLong())].append(
            int(a.value(QStringLiteral("percent")).toLongLong()));
    p.areas = ServiceAreaRows::areas(*areaRows.value, *placeRows.value);
    // Without allocation rows a negotiation awards by area alone (or, with no areas either, keeps the
    // project's default single share).
    if (!allocation.isEmpty() || !p.areas.isEmpty())
        p.allocation = allocation;

    auto byPosition = [](QList<QVariantMap> rows) {
        std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
            return a.value(QStringLiteral("position")).toLongLong() < b.value(QStringLiteral("position")).toLongLong();
        });
        return rows;
    };
    QHash<QString, int> criterionOrder, bidderOrder, panelOrder;
    for (const QVariantMap& c : byPosition(*criteria.value)) {
        criterionOrder.insert(c.value(QStringLiteral("code")).toString(), int(criterionOrder.size()));
        s.criteria.append({c.value(QStringLiteral("code")).toString(), c.value(QStringLiteral("title")).toString(),
                           c.value(QStringLiteral("max_hundredths")).toLongLong()});
    }
    for (const QVariantMap& row : byPosition(*bidders.value)) {
        const Bidder bidder = bidderOf(row);
        bidderOrder.insert(bidder.id, int(bidderOrder.size()));
        s.bidders.append(bidder);
    }
    if (recordsProposals(n)) {
        QList<Proposal> list;
        std::optional<QDateTime> firstOpened;
        QStringList openingWitnesses;
        for (const QVariantMap& row : *proposals.value) {
            const ProposalRow r = RowReader::proposalOf(row);
            if (r.openedAt) {
                if (!firstOpened || *r.openedAt < *firstOpened)
                    firstOpened = r.openedAt;
                for (const QString& w : splitWitnesses(r.openedWitness))
                    if (!openingWitnesses.contains(w))
                        openingWitnesses.append(w);
            }
            list.append(proposalOf(r));
        }
        std::stable_sort(list.begin(), list.end(), [&](const Proposal& a, const Proposal& b) {
            return bidderOrder.value(a.bidder) < bidderOrder.value(b.bidder);
        });
        s.proposals = list;
        if (firstOpened)
            s.opening = ProposalOpening{*firstOpened, openingWitnesses};
    }
    for (const QVariantMap& m : byPosition(*panel.value)) {
        panelOrder.insert(m.value(QStringLiteral("code")).toString(), int(panelOrder.size()));
        s.panel.append({m.value(QStringLiteral("code")).toString(), m.value(QStringLiteral("name")).toString(),
                        m.value(QStringLiteral("role")).toString() == QLatin1String("leader") ? PanelRole::Leader
                                                                                              : PanelRole::Member});
    }
    if (!draws.value->isEmpty()) {
        const DrawRow row = RowReader::drawOf(draws.value->first());
        DrawRecord d;
        if (row.seed) {
            d.seed = row.seed;
        } else {
            QStringList list;
            for (const QVariantMap& o : byPosition(*order.value))
                list.append(o.value(QStringLiteral("bidder_code")).toString());
            d.order = list;
        }
        d.witnesses = row.witnesses;
        s.draw = d;
    }
    if (n.value(QStringLiteral("has_scores")).toLongLong() != 0) {
        QList<ScoreEntry> list;
        for (const QVariantMap& r : *scores.value)
            list.append({r.value(QStringLiteral("panelist_code")).toString(),
                         r.value(QStringLiteral("bidder_code")).toString(),
                         r.value(QStringLiteral("criterion_code")).toString(),
                         r.value(QStringLiteral("hundredths")).toLongLong()});
        std::stable_sort(list.begin(), list.end(), [&](const ScoreEntry& a, const ScoreEntry& b) {
            const auto ka = std::make_tuple(panelOrder.value(a.panelist), bidderOrder.value(a.bidder),
                                            criterionOrder.value(a.criterion));
            const auto kb = std::make_tuple(panelOrder.value(b.panelist), bidderOrder.value(b.bidder),
                                            criterionOrder.value(b.criterion));
            return ka < kb;
        });
        s.scores = list;
    }
    for (const QVariantMap& r : *rounds.value) {
        // A round still open is no part of the record yet: its ballots are counted when it closes.
        if (!r.value(QStringLiteral("closed_at")).isValid())
            continue;
        VoteRound round;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.value(QStringLiteral("tied")).toString().toUtf8()).array())
            round.tied.append(v.toString());
        QStringList named;
        int blank = 0;
        for (const QVariantMap& b : *ballots.value) {
            if (b.value(QStringLiteral("round_no")).toLongLong() != r.value(QStringLiteral("round_no")).toLongLong())
                continue;
            if (b.value(QStringLiteral("choice")).isValid())
                named.append(b.value(QStringLiteral("choice")).toString());
            else
                ++blank;
        }
        named.sort();
        for (const QString& c : named)
            round.ballots.append(c);
        for (int i = 0; i < blank; ++i)
            round.ballots.append(std::nullopt);
        s.votes.append(round);
    }
    return Result::success(s);
}

} // namespace tp::store
