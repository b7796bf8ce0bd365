#include "ExampleScenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tp::test {

namespace {

Hundredths hundredths(const QJsonValue& value)
{
    return qRound64(value.toDouble() * 100);
}

std::optional<QDateTime> instant(const QJsonObject& object, const QString& key)
{
    if (!object.contains(key))
        return std::nullopt;
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QJsonObject ExampleScenario::loadJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

Scenario ExampleScenario::load(const QString& path)
{
    const QJsonObject root = loadJson(path);
    Scenario s;
    const QJsonObject project = root.value(QLatin1String("project")).toObject();
    Project& p = s.project;
    p.title = project.value(QLatin1String("title")).toString();
    p.purchaser = project.value(QLatin1String("purchaser")).toString();
    p.registrationDeadline = instant(project, QStringLiteral("registration_deadline"));
    p.proposalDeadline = instant(project, QStringLiteral("proposal_deadline"));
    if (project.contains(QLatin1String("required_copies")))
        p.requiredCopies = project.value(QLatin1String("required_copies")).toInt();
    p.minBidders = project.value(QLatin1String("min_bidders")).toInt(1);
    p.maxWinners = project.value(QLatin1String("max_winners")).toInt(1);
    if (project.contains(QLatin1String("allocation"))) {
        p.allocation.clear();
        const QJsonObject allocation = project.value(QLatin1String("allocation")).toObject();
        for (auto it = allocation.begin(); it != allocation.end(); ++it) {
            QList<int> shares;
            for (const QJsonValue& v : it.value().toArray())
                shares.append(v.toInt());
            p.allocation.insert(it.key().toInt(), shares);
        }
    }
    if (project.contains(QLatin1String("trim"))) {
        const QJsonObject trim = project.value(QLatin1String("trim")).toObject();
        p.trim.highest = trim.value(QLatin1String("highest")).toInt(1);
        p.trim.lowest = trim.value(QLatin1String("lowest")).toInt(1);
        p.trim.level = trim.value(QLatin1String("level")).toString() == QLatin1String("criterion")
                           ? TrimLevel::Criterion
                           : TrimLevel::Total;
    }
    if (project.value(QLatin1String("tie_precision")).toString() == QLatin1String("rounded"))
        p.tiePrecision = TiePrecision::Rounded;
    if (project.contains(QLatin1String("publication"))) {
        const QJsonObject publication = project.value(QLatin1String("publication")).toObject();
        p.publication =
            PublicationRule{QDate::fromString(publication.value(QLatin1String("start")).toString(), Qt::ISODate),
                            publication.value(QLatin1String("working_days")).toInt(7),
                            publication.value(QLatin1String("count_start_day")).toBool(false)};
    }
    for (const QJsonValue& v : root.value(QLatin1String("criteria")).toArray()) {
        const QJsonObject o = v.toObject();
        s.criteria.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("title")).toString(),
                           hundredths(o.value(QLatin1String("max")))});
    }
    for (const QJsonValue& v : root.value(QLatin1String("bidders")).toArray()) {
        const QJsonObject o = v.toObject();
        Bidder b;
        b.id = o.value(QLatin1String("id")).toString();
        b.name = o.value(QLatin1String("name")).toString();
        b.eligible = o.value(QLatin1String("eligible")).toBool(true);
        b.withdrawn = o.value(QLatin1String("withdrawn")).toBool(false);
        b.registeredAt = instant(o, QStringLiteral("registered_at"));
        s.bidders.append(b);
    }
    if (root.contains(QLatin1String("proposals"))) {
        s.proposals = QList<Proposal>();
        for (const QJsonValue& v : root.value(QLatin1String("proposals")).toArray()) {
            const QJsonObject o = v.toObject();
            Proposal proposal;
            proposal.bidder = o.value(QLatin1String("bidder")).toString();
            proposal.receivedAt = *instant(o, QStringLiteral("received_at"));
            if (o.contains(QLatin1String("copies")))
                proposal.copies = o.value(QLatin1String("copies")).toInt();
            if (o.contains(QLatin1String("sealed")))
                proposal.sealed = o.value(QLatin1String("sealed")).toBool();
            if (o.contains(QLatin1String("rejected")))
                proposal.rejected = o.value(QLatin1String("rejected")).toString();
            s.proposals->append(proposal);
        }
    }
    for (const QJsonValue& v : root.value(QLatin1String("panel")).toArray()) {
        const QJsonObject o = v.toObject();
        s.panel.append({o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString(),
                        o.value(QLatin1String("role")).toString() == QLatin1String("leader") ? PanelRole::Leader
                                                                                             : PanelRole::Member});
    }
    if (root.contains(QLatin1String("draw"))) {
        const QJsonObject draw = root.value(QLatin1String("draw")).toObject();
        DrawRecord record;
        if (draw.contains(QLatin1String("seed")))
            record.seed = draw.value(QLatin1String("seed")).toString();
        if (draw.contains(QLatin1String("order")))
            record.order = strings(draw.value(QLatin1String("order")));
        s.draw = record;
    }
    if (root.contains(QLatin1String("scores"))) {
        s.scores = QList<ScoreEntry>();
        for (const QJsonValue& v : root.value(QLatin1String("scores")).toArray()) {
            const QJsonObject o = v.toObject();
            s.scores->append(
                {o.value(QLatin1String("panelist")).toString(), o.value(QLatin1String("bidder")).toString(),
                 o.value(QLatin1String("criterion")).toString(), hundredths(o.value(QLatin1String("score")))});
        }
    }
    for (const QJsonValue& v : root.value(QLatin1String("votes")).toArray()) {
        const QJsonObject o = v.toObject();
        VoteRound round;
        round.tied = strings(o.value(QLatin1String("tied")));
        for (const QJsonValue& ballot : o.value(QLatin1String("ballots")).toArray())
            round.ballots.append(ballot.isNull() ? std::nullopt : std::optional<QString>(ballot.toString()));
        s.votes.append(round);
    }
    return s;
}

} // namespace tp::test
