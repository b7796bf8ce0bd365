#include "OcdsRelease.h"

#include "DocumentFormat.h"
#include "DocumentText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tp::report {

namespace {

using F = DocumentFormat;

QString partyId(const QString& ocid, const QString& bidder)
{
    return ocid + QStringLiteral("-tenderer-") + bidder;
}

// The release date: the document date at midnight, China Standard Time.
QString releaseDate(const DocumentInput& input)
{
    return F::documentDate(input).toString(Qt::ISODate) + QStringLiteral("T00:00:00+08:00");
}

QJsonObject reference(const QString& id, const QString& name)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

} // namespace

QByteArray OcdsRelease::json(const DocumentInput& input)
{
    const Scenario& s = input.scenario;
    const Evaluation& ev = input.evaluation;
    const QString ocid = F::processId(input);
    const bool isFinal = ev.status == EvaluationStatus::Final;
    // The release is published with the official record, in Chinese (its "language" is "zh").
    const DocumentText& t = DocumentText::of(DocumentLanguage::Chinese);
    const QString date = releaseDate(input);

    const QString buyerId = ocid + QStringLiteral("-buyer");
    QJsonArray parties;
    parties.append(
        QJsonObject{{QStringLiteral("id"), buyerId},
                    {QStringLiteral("name"), s.project.purchaser},
                    {QStringLiteral("roles"), QJsonArray{QStringLiteral("buyer"), QStringLiteral("procuringEntity")}}});
    QJsonArray tenderers;
    for (const QString& id : ev.qualified) {
        QJsonArray roles{QStringLiteral("tenderer")};
        if (isFinal && ev.winners.contains(id))
            roles.append(QStringLiteral("supplier"));
        const QString name = F::bidderName(s, id);
        parties.append(QJsonObject{{QStringLiteral("id"), partyId(ocid, id)},
                                   {QStringLiteral("name"), name},
                                   {QStringLiteral("roles"), roles}});
        tenderers.append(reference(partyId(ocid, id), name));
    }

    QJsonObject tender;
    tender.insert(QStringLiteral("id"), QString(ocid + QStringLiteral("-tender")));
    tender.insert(QStringLiteral("title"), s.project.title);
    tender.insert(QStringLiteral("status"), isFinal                                 ? QStringLiteral("complete")
                                            : ev.status == EvaluationStatus::Failed ? QStringLiteral("unsuccessful")
                                                                                    : QStringLiteral("active"));
    tender.insert(QStringLiteral("procuringEntity"), reference(buyerId, s.project.purchaser));
    tender.insert(QStringLiteral("procurementMethod"), QStringLiteral("selective"));
    tender.insert(QStringLiteral("procurementMethodDetails"),
                  t.translated(QT_TRANSLATE_NOOP("DocumentText", "Selective negotiation")));
    tender.insert(QStringLiteral("mainProcurementCategory"), QStringLiteral("services"));
    tender.insert(QStringLiteral("awardCriteria"), QStringLiteral("ratedCriteria"));
    tender.insert(QStringLiteral("awardCriteriaDetails"), t.scoringMethod(s.project));
    tender.insert(QStringLiteral("numberOfTenderers"), int(ev.qualified.size()));
    tender.insert(QStringLiteral("tenderers"), tenderers);
    if (s.project.proposalDeadline)
        tender.insert(QStringLiteral("tenderPeriod"),
                      QJsonObject{{QStringLiteral("endDate"), s.project.proposalDeadline->toString(Qt::ISODate)}});

    QJsonObject release;
    release.insert(QStringLiteral("ocid"), ocid);
    release.insert(QStringLiteral("id"),
                   QString(ocid + (isFinal ? QStringLiteral("-award") : QStringLiteral("-tender"))));
    release.insert(QStringLiteral("date"), date);
    release.insert(QStringLiteral("tag"),
                   QJsonArray{isFinal ? QStringLiteral("award") : QStringLiteral("tenderUpdate")});
    release.insert(QStringLiteral("initiationType"), QStringLiteral("tender"));
    release.insert(QStringLiteral("language"), QStringLiteral("zh"));
    release.insert(QStringLiteral("parties"), parties);
    release.insert(QStringLiteral("buyer"), reference(buyerId, s.project.purchaser));
    release.insert(QStringLiteral("tender"), tender);

    if (isFinal) {
        QJsonArray awards;
        int n = 0;
        for (const QString& id : ev.winners) {
            const RankEntry* e = F::rankEntry(ev, id);
            const QString name = F::bidderName(s, id);
            QJsonObject award;
            award.insert(QStringLiteral("id"), QString(ocid + QStringLiteral("-award-%1").arg(++n)));
            const QString line = t.winnerLine(name, e ? e->share : std::nullopt, e ? e->area : std::nullopt);
            award.insert(QStringLiteral("title"), line);
            //: %1 is "name, share 60%.", %2 the final score in points, %3 the place in the ranking
            const QString description = t.translated(QT_TRANSLATE_NOOP("DocumentText", "%1 Final score %2, %3."))
                                            .arg(line, t.pointsUnit(e ? F::points(e->published) : F::dash()),
                                                 e ? t.position(e->position) : F::dash());
            award.insert(QStringLiteral("description"), description);
            award.insert(QStringLiteral("status"), QStringLiteral("active"));
            award.insert(QStringLiteral("date"), date);
            award.insert(QStringLiteral("suppliers"), QJsonArray{reference(partyId(ocid, id), name)});
            // The service area as the award's item (OCDS 1.1 core: id and description; the places are
            // named in the description, as the core schema has no field of its own for them).
            if (e && e->area)
                award.insert(QStringLiteral("items"),
                             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("area-%1").arg(e->position)},
                                                    {QStringLiteral("description"), t.serviceArea(*e->area)}}});
            awards.append(award);
        }
        release.insert(QStringLiteral("awards"), awards);
    }
    return QJsonDocument(release).toJson(QJsonDocument::Indented);
}

} // namespace tp::report
