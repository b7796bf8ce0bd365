#include "WorkspaceContextReader.h"

#include "store/NegotiationStore.h"
#include "store/RowReader.h"
#include "store/ScenarioMapping.h"

#include <algorithm>

namespace tp::report {

namespace {

using store::StoreResult;

std::optional<QString> nonEmpty(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
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

    // The rows read, or the first failure (then the values are empty).
    std::optional<Result> failed;
    const auto take = [&failed](auto read) {
        if (!read.ok() && !failed)
            failed = Result::from(read);
        return read.value.value_or(typename decltype(read.value)::value_type());
    };
    const QList<store::RegistrationRow> bidders = take(store::RowReader::registrations(workspace, id));
    const QList<store::ProposalRow> proposals = take(store::RowReader::proposals(workspace, id));
    const std::optional<store::DrawRow> draw = take(store::RowReader::draw(workspace, id));
    const QList<store::PresentationRow> presentations = take(store::RowReader::presentations(workspace, id));
    const QList<store::CorrectionRow> corrections = take(store::RowReader::corrections(workspace, id));
    const DocumentDetails d = take(store::RowReader::documentDetails(workspace, id));
    if (failed)
        return *failed;

    // Kept on the negotiation since schema versions 2 and 5; an older workspace has none of them.
    c.basis = nonEmpty(d.basis);
    c.issuer = nonEmpty(d.issuer);
    c.publicationWebsite = nonEmpty(d.publicationWebsite);
    c.challengeAddress = nonEmpty(d.challengeAddress);
    c.challengeContact = nonEmpty(d.challengeContact);
    c.contactPerson = nonEmpty(d.contactPerson);
    c.contactPhone = nonEmpty(d.contactPhone);
    c.contactAddress = nonEmpty(d.contactAddress);

    if (!bidders.isEmpty()) {
        QList<RegistrationRecord> list;
        for (const store::RegistrationRow& b : bidders) {
            RegistrationRecord r;
            r.bidder = b.bidder;
            r.representative = b.representative;
            r.idNumberMasked = b.idNumberMasked;
            r.introLetterChecked = b.introLetterChecked;
            r.idCopyChecked = b.idCopyChecked;
            list.append(r);
        }
        c.registrations = list;
    }

    if (!proposals.isEmpty()) {
        const auto receipts = store::RowReader::proposalReceipts(workspace, id);
        if (!receipts.ok())
            return Result::from(receipts);
        // Who recorded the last receipt of each bidder's proposal.
        QMap<QString, QString> receivedBy;
        for (const store::ProposalReceiptEvent& e : *receipts.value)
            receivedBy.insert(e.bidder, e.actor);
        QList<ProposalReceiptRecord> list;
        std::optional<QDateTime> firstOpened;
        QStringList openingWitnesses;
        for (const store::ProposalRow& p : proposals) {
            ProposalReceiptRecord r;
            r.bidder = p.bidder;
            r.receiver = receivedBy.value(r.bidder);
            r.openedAt = p.openedAt;
            r.openingWitness = p.openedWitness.trimmed();
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
        const auto corrected = store::RowReader::entryCorrections(workspace, id);
        if (!corrected.ok())
            return Result::from(corrected);
        QList<EntryCorrectionRecord> list;
        for (const store::EntryCorrectionEvent& e : *corrected.value) {
            EntryCorrectionRecord r;
            r.bidder = e.bidder;
            r.name = e.name;
            r.proposal = e.proposal;
            r.withdrawn = e.withdrawn;
            r.timeBefore = e.timeBefore;
            r.timeAfter = e.timeAfter;
            r.reason = e.reason;
            r.actor = e.actor;
            r.recordedAt = e.recordedAt;
            list.append(r);
        }
        if (!list.isEmpty())
            c.entryCorrections = list;
    }

    if (draw) {
        c.drawnAt = draw->recordedAt;
        c.drawWitnesses = draw->witnesses;
    }

    if (!presentations.isEmpty()) {
        QList<PresentationRecord> list;
        for (const store::PresentationRow& p : presentations) {
            if (!p.startedAt)
                continue;
            PresentationRecord r;
            r.bidder = p.bidder;
            r.startedAt = *p.startedAt;
            r.endedAt = p.endedAt;
            r.overrunSeconds = qMax<qint64>(0, p.overrunSeconds);
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
        for (const store::CorrectionRow& r : corrections) {
            CorrectionRecord k;
            k.panelist = r.panelist;
            k.bidder = r.bidder;
            k.criterion = r.criterion;
            k.oldValue = r.oldHundredths;
            k.newValue = r.newHundredths;
            k.category = r.category;
            k.reason = r.reason;
            k.leader = r.leader;
            k.recordedAt = r.correctedAt;
            list.append(k);
        }
        c.corrections = list;
    }
    return Result::success(c);
}

} // namespace tp::report
