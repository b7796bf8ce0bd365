#include "WorkspaceContextReader.h"

#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/RecordReader.h"
#include "store/ScenarioMapping.h"
#include "store/StoreTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace tp::report {

namespace {

using store::StoreResult;
using Rows = QList<QVariantMap>;

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

std::optional<QDateTime> time(const QVariantMap& row, const char* column)
{
    const QString value = text(row, column);
    return value.isEmpty() ? std::nullopt : store::StoreTime::fromText(value);
}

std::optional<QString> nonEmpty(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
}

// Who recorded the last receipt of each bidder's proposal, from the audit log.
QMap<QString, QString> receivers(const store::Workspace& workspace, qint64 id, store::Failure* failure,
                                 Problem* problem)
{
    QMap<QString, QString> result;
    const auto events = store::AuditLog::events(workspace, id);
    if (!events.ok()) {
        *failure = events.failure;
        *problem = events.problem;
        return result;
    }
    for (const store::AuditLog::Event& e : *events.value) {
        if (e.action != QLatin1String("proposal_received"))
            continue;
        const QJsonObject details =
            QJsonDocument::fromJson(e.body).object().value(QStringLiteral("details")).toObject();
        const QString bidder = details.value(QStringLiteral("bidder")).toString();
        if (!bidder.isEmpty())
            result.insert(bidder, e.actor);
    }
    return result;
}

// The registrations and proposal receipts corrected or withdrawn, from the audit log.
QList<EntryCorrectionRecord> entryCorrections(const QList<store::AuditLog::Event>& events)
{
    QList<EntryCorrectionRecord> list;
    for (const store::AuditLog::Event& e : events) {
        const bool proposal = e.action == QLatin1String("proposal_receipt_corrected");
        if (!proposal && e.action != QLatin1String("registration_corrected"))
            continue;
        const QJsonObject details =
            QJsonDocument::fromJson(e.body).object().value(QStringLiteral("details")).toObject();
        const QString column = proposal ? QStringLiteral("received_at") : QStringLiteral("registered_at");
        EntryCorrectionRecord r;
        r.bidder = details.value(QStringLiteral("bidder")).toString();
        r.name = details.value(QStringLiteral("before")).toObject().value(QStringLiteral("name")).toString();
        r.proposal = proposal;
        r.withdrawn = details.value(QStringLiteral("withdrawn")).toBool();
        r.timeBefore =
            store::StoreTime::fromText(details.value(QStringLiteral("before")).toObject().value(column).toString());
        r.timeAfter =
            store::StoreTime::fromText(details.value(QStringLiteral("after")).toObject().value(column).toString());
        r.reason = details.value(QStringLiteral("reason")).toString();
        r.actor = e.actor;
        r.recordedAt = store::StoreTime::fromText(e.at);
        list.append(r);
    }
    return list;
}

} // namespace

store::StoreResult<DocumentContext> WorkspaceContextReader::read(store::Workspace& workspace, qint64 id)
{
    using Result = StoreResult<DocumentContext>;
    const store::NegotiationStore negotiations(workspace);
    const auto summary = negotiations.summary(id);
    if (!summary.ok())
        return Result::from(summary);
    DocumentContext c;
    c.negotiationId = summary.value->code.isEmpty() ? QString::number(id) : summary.value->code;

    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    Rows rows[6];
    const char* tables[] = {"bidders", "proposals", "draws", "presentations", "corrections", "negotiations"};
    for (int i = 0; i < 6; ++i) {
        const QVariantMap key = i == 5 ? QVariantMap{{QStringLiteral("id"), id}} : match;
        const auto read = store::RecordReader::rows(workspace, QString::fromLatin1(tables[i]), key);
        if (!read.ok())
            return Result::from(read);
        rows[i] = *read.value;
    }
    const Rows& bidders = rows[0];
    const Rows& proposals = rows[1];
    const Rows& draws = rows[2];
    const Rows& presentations = rows[3];
    const Rows& corrections = rows[4];

    if (!rows[5].isEmpty()) {
        // Columns of schema versions 2 and 5; an older workspace has none of them.
        const QVariantMap& n = rows[5].first();
        c.basis = nonEmpty(text(n, "basis"));
        c.issuer = nonEmpty(text(n, "issuer"));
        c.publicationWebsite = nonEmpty(text(n, "publication_website"));
        c.challengeAddress = nonEmpty(text(n, "challenge_address"));
        c.challengeContact = nonEmpty(text(n, "challenge_contact"));
        c.contactPerson = nonEmpty(text(n, "contact_person"));
        c.contactPhone = nonEmpty(text(n, "contact_phone"));
        c.contactAddress = nonEmpty(text(n, "contact_address"));
    }

    if (!bidders.isEmpty()) {
        QList<RegistrationRecord> list;
        for (const QVariantMap& b : bidders) {
            RegistrationRecord r;
            r.bidder = text(b, "code");
            r.representative = text(b, "representative");
            r.idNumberMasked = text(b, "id_number_masked");
            r.introLetterChecked = b.value(QStringLiteral("intro_letter_checked")).toLongLong() != 0;
            r.idCopyChecked = b.value(QStringLiteral("id_copy_checked")).toLongLong() != 0;
            list.append(r);
        }
        c.registrations = list;
    }

    if (!proposals.isEmpty()) {
        store::Failure failure = store::Failure::None;
        Problem problem;
        const QMap<QString, QString> receivedBy = receivers(workspace, id, &failure, &problem);
        if (failure != store::Failure::None)
            return Result::fail(failure, problem);
        QList<ProposalReceiptRecord> list;
        std::optional<QDateTime> firstOpened;
        QStringList openingWitnesses;
        for (const QVariantMap& p : proposals) {
            ProposalReceiptRecord r;
            r.bidder = text(p, "bidder_code");
            r.receiver = receivedBy.value(r.bidder);
            r.openedAt = time(p, "opened_at");
            r.openingWitness = text(p, "opened_witness").trimmed();
            if (r.openedAt && (!firstOpened || *r.openedAt < *firstOpened))
                firstOpened = r.openedAt;
            for (const QString& w : store::ScenarioMapping::splitWitnesses(r.openingWitness))
                if (!openingWitnesses.contains(w))
                    openingWitnesses.append(w);
            list.append(r);
        }
        c.proposalReceipts = list;
        if (firstOpened)
            c.opening = ProposalOpening{*firstOpened, openingWitnesses};
    }

    {
        const auto events = store::AuditLog::events(workspace, id);
        if (!events.ok())
            return Result::from(events);
        const QList<EntryCorrectionRecord> corrected = entryCorrections(*events.value);
        if (!corrected.isEmpty())
            c.entryCorrections = corrected;
    }

    if (!draws.isEmpty()) {
        const QVariantMap& d = draws.first();
        c.drawnAt = time(d, "recorded_at");
        const QJsonArray witnesses = QJsonDocument::fromJson(text(d, "witnesses").toUtf8()).array();
        for (const QJsonValue& w : witnesses)
            if (!w.toString().trimmed().isEmpty())
                c.drawWitnesses.append(w.toString().trimmed());
    }

    if (!presentations.isEmpty()) {
        QList<PresentationRecord> list;
        for (const QVariantMap& p : presentations) {
            const auto started = time(p, "started_at");
            if (!started)
                continue;
            PresentationRecord r;
            r.bidder = text(p, "bidder_code");
            r.startedAt = *started;
            r.endedAt = time(p, "ended_at");
            r.overrunSeconds = qMax<qint64>(0, p.value(QStringLiteral("overrun_seconds")).toLongLong());
            list.append(r);
        }
        // In the order they were given.
        std::stable_sort(list.begin(), list.end(), [](const PresentationRecord& a, const PresentationRecord& b) {
            return a.startedAt < b.startedAt;
        });
        c.presentations = list;
    }

    if (!corrections.isEmpty()) {
        QList<CorrectionRecord> list;
        for (const QVariantMap& r : corrections) {
            CorrectionRecord k;
            k.panelist = text(r, "panelist_code");
            k.bidder = text(r, "bidder_code");
            k.criterion = text(r, "criterion_code");
            k.oldValue = r.value(QStringLiteral("old_hundredths")).toLongLong();
            k.newValue = r.value(QStringLiteral("new_hundredths")).toLongLong();
            k.category = text(r, "category");
            k.reason = text(r, "reason");
            k.leader = text(r, "leader");
            k.recordedAt = time(r, "corrected_at");
            list.append(k);
        }
        c.corrections = list;
    }
    return Result::success(c);
}

} // namespace tp::report
