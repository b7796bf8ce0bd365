#include "ProcedureService.h"

#include "NegotiationAction.h"
#include "NegotiationRecord.h"
#include "RecordReader.h"
#include "ScenarioMapping.h"
#include "SetupService.h"
#include "StoreTime.h"
#include "Workspace.h"
#include "WriteTransaction.h"
#include "model/Limits.h"
#include "rules/LotDraw.h"
#include "rules/PanelRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace tp::store {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ProcedureService", text);
}

template <typename T, typename U> StoreResult<T> failed(const StoreResult<U>& r)
{
    return StoreResult<T>::from(r);
}

Problem refusal(Stage stage, const QString& why)
{
    return {QStringLiteral("stage %1").arg(Procedure::name(stage)), why};
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

bool validCode(const QString& code)
{
    return !code.trimmed().isEmpty() && code.size() <= Limits::kIdChars;
}

bool isLeader(const QVariantMap& panelist)
{
    return panelist.value(QStringLiteral("role")).toString() == QLatin1String("leader");
}

// The fields of a registration an audit event keeps before and after a correction.
QJsonObject registrationFields(const QVariantMap& row)
{
    return {
        {QStringLiteral("name"), row.value(QStringLiteral("name")).toString()},
        {QStringLiteral("registered_at"), row.value(QStringLiteral("registered_at")).toString()},
        {QStringLiteral("eligible"), row.value(QStringLiteral("eligible")).toLongLong() != 0},
        {QStringLiteral("representative"), row.value(QStringLiteral("representative")).toString()},
        {QStringLiteral("intro_letter_checked"), row.value(QStringLiteral("intro_letter_checked")).toLongLong() != 0},
        {QStringLiteral("id_copy_checked"), row.value(QStringLiteral("id_copy_checked")).toLongLong() != 0}};
}

// The fields of a proposal receipt an audit event keeps before and after a correction.
QJsonObject receiptFields(const QVariantMap& row)
{
    QJsonObject o{{QStringLiteral("received_at"), row.value(QStringLiteral("received_at")).toString()}};
    if (!row.value(QStringLiteral("copies")).isNull())
        o.insert(QStringLiteral("copies"), row.value(QStringLiteral("copies")).toInt());
    if (!row.value(QStringLiteral("sealed")).isNull())
        o.insert(QStringLiteral("sealed"), row.value(QStringLiteral("sealed")).toLongLong() != 0);
    if (!row.value(QStringLiteral("rejected_reason")).isNull())
        o.insert(QStringLiteral("rejected"), row.value(QStringLiteral("rejected_reason")).toString());
    return o;
}

} // namespace

QString ProcedureService::maskIdNumber(const QString& idNumber)
{
    const QString t = idNumber.trimmed();
    if (t.size() <= 4)
        return t;
    return QString(t.size() - 4, QLatin1Char('*')) + t.right(4);
}

StoreResult<Stage> ProcedureService::stage(qint64 id) const
{
    const auto rows = RecordReader::rows(m_workspace, QStringLiteral("negotiations"), {{QStringLiteral("id"), id}});
    if (!rows.ok())
        return failed<Stage>(rows);
    if (rows.value->isEmpty())
        return StoreResult<Stage>::fail(Failure::NotFound,
                                        {QString::number(id), tr("no such negotiation in this workspace")});
    return StoreResult<Stage>::success(NegotiationRecord::stage(rows.value->first()));
}

StoreResult<Stage> ProcedureService::advance(qint64 id, Stage to, const QString& actor)
{
    using Result = StoreResult<Stage>;
    // Registration opens only on a complete setup: every reason it is not, one per line.
    Problems setupProblems;
    if (to == Stage::Registration) {
        const StoreResult<Problems> readiness = SetupService(m_workspace).readiness(id);
        if (!readiness.ok())
            return Result::from(readiness);
        setupProblems = *readiness.value;
    }
    return NegotiationAction::run<Stage>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage from = NegotiationRecord::stage(neg);
            if (auto p = Procedure::checkAdvance(from, to))
                return Result::fail(Failure::Refused, *p);
            const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
            switch (to) {
            case Stage::Registration:
                if (!setupProblems.isEmpty()) {
                    QStringList lines{tr("registration opens once the setup is complete:")};
                    for (const Problem& p : setupProblems)
                        lines.append(QStringLiteral("• ") + p.why);
                    return Result::fail(Failure::Refused, refusal(from, lines.join(QLatin1Char('\n'))));
                }
                break;
            case Stage::Proposals:
                if (tx.rows(QStringLiteral("bidders"), match).isEmpty())
                    return Result::fail(Failure::Refused, refusal(from, tr("no bidder has registered")));
                break;
            case Stage::Presentations:
                if (!NegotiationRecord::drawRecorded(tx, id))
                    return Result::fail(Failure::Refused, refusal(from, tr("the draw is not recorded yet")));
                break;
            case Stage::Scoring: {
                const QList<QVariantMap> panel = tx.rows(QStringLiteral("panelists"), match);
                qsizetype leaders = 0;
                for (const QVariantMap& m : panel)
                    leaders += isLeader(m) ? 1 : 0;
                TrimRule trim;
                trim.highest = int(neg.value(QStringLiteral("trim_highest")).toLongLong());
                trim.lowest = int(neg.value(QStringLiteral("trim_lowest")).toLongLong());
                if (PanelRules::checkLeaders(leaders))
                    return Result::fail(Failure::Refused, refusal(from, tr("the panel needs exactly one leader")));
                if (PanelRules::tooSmallToTrim(panel.size(), trim))
                    return Result::fail(Failure::Refused,
                                        refusal(from, tr("the panel has %1 members; at least %2 are needed")
                                                          .arg(panel.size())
                                                          .arg(PanelRules::trimMinimum(trim))));
                break;
            }
            case Stage::Vote:
            case Stage::Result:
                return Result::fail(
                    Failure::Refused,
                    refusal(from, tr("the result is fixed by evaluating the scores (record the result)")));
            case Stage::Publication:
            case Stage::Archived:
                return Result::fail(Failure::Refused, refusal(from, tr("use publish or archive for this step")));
            default:
                break;
            }
            if (tx.failed())
                return Result::fail(Failure::Storage, tx.problem());
            NegotiationRecord::touch(tx, neg, to);
            event = {QStringLiteral("stage_advanced"),
                     {{QStringLiteral("from"), Procedure::name(from)}, {QStringLiteral("to"), Procedure::name(to)}}};
            return Result::success(to);
        });
}

StoreResult<RegistrationReceipt> ProcedureService::registerBidder(qint64 id, const BidderRegistration& r,
                                                                  const QString& actor)
{
    using Result = StoreResult<RegistrationReceipt>;
    if (!validCode(r.id) || r.name.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("id"), tr("a bidder needs an id and a name")});
    if (!r.registeredAt.isValid())
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("registered_at"), tr("the registration time is missing")});
    return NegotiationAction::run<RegistrationReceipt>(
        m_workspace, id, actor, Procedure::checkRegistration,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const QVariantMap key{{QStringLiteral("negotiation_id"), id}, {QStringLiteral("code"), r.id}};
            if (tx.row(QStringLiteral("bidders"), key))
                return Result::fail(Failure::Invalid,
                                    {QStringLiteral("id"), tr("bidder %1 is already registered").arg(r.id)});
            RegistrationReceipt receipt;
            const auto deadline = StoreTime::fromText(neg.value(QStringLiteral("registration_deadline")).toString());
            receipt.late = deadline && r.registeredAt > *deadline;
            QVariantMap row = key;
            row.insert(QStringLiteral("position"), tx.nextValue(QStringLiteral("bidders"), QStringLiteral("position"),
                                                                {{QStringLiteral("negotiation_id"), id}}));
            row.insert(QStringLiteral("name"), r.name);
            row.insert(QStringLiteral("eligible"), r.eligible ? 1 : 0);
            row.insert(QStringLiteral("registered_at"), StoreTime::toText(r.registeredAt));
            row.insert(QStringLiteral("withdrawn"), 0);
            row.insert(QStringLiteral("representative"), nullable(r.representative));
            row.insert(QStringLiteral("id_number_masked"), nullable(maskIdNumber(r.idNumber)));
            row.insert(QStringLiteral("intro_letter_checked"), r.introLetterChecked ? 1 : 0);
            row.insert(QStringLiteral("id_copy_checked"), r.idCopyChecked ? 1 : 0);
            tx.upsert(QStringLiteral("bidders"), row);
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("bidder_registered"),
                     {{QStringLiteral("bidder"), r.id}, {QStringLiteral("late"), receipt.late}}};
            return Result::success(receipt);
        });
}

StoreResult<Done> ProcedureService::setEligibility(qint64 id, const QString& bidder, bool eligible,
                                                   const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (int(stage) > int(Stage::Proposals))
                return Result::fail(Failure::Refused, refusal(stage, tr("eligibility is decided before the draw")));
            auto row = NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("bidder"));
            if (!row.ok())
                return failed<Done>(row);
            row.value->insert(QStringLiteral("eligible"), eligible ? 1 : 0);
            tx.upsert(QStringLiteral("bidders"), *row.value);
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("eligibility_set"),
                     {{QStringLiteral("bidder"), bidder}, {QStringLiteral("eligible"), eligible}}};
            return Result::success(Done());
        });
}

StoreResult<Done> ProcedureService::withdrawBidder(qint64 id, const QString& bidder, const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (Procedure::scoringBegun(stage))
                return Result::fail(Failure::Refused,
                                    refusal(stage, tr("a bidder cannot withdraw once scoring has begun")));
            auto row = NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("bidder"));
            if (!row.ok())
                return failed<Done>(row);
            row.value->insert(QStringLiteral("withdrawn"), 1);
            tx.upsert(QStringLiteral("bidders"), *row.value);
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("bidder_withdrawn"), {{QStringLiteral("bidder"), bidder}}};
            return Result::success(Done());
        });
}

StoreResult<ProposalReceipt> ProcedureService::recordProposal(qint64 id, const Proposal& p, const QString& actor)
{
    using Result = StoreResult<ProposalReceipt>;
    if (!p.receivedAt.isValid())
        return Result::fail(Failure::Invalid, {QStringLiteral("received_at"), tr("the time received is missing")});
    if (p.copies && *p.copies < 0)
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("copies"), tr("the number of copies cannot be negative")});
    if (p.rejected && p.rejected->trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("rejected"), tr("a rejection needs a reason")});
    return NegotiationAction::run<ProposalReceipt>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (auto problem = Procedure::checkProposal(stage))
                return Result::fail(Failure::Refused, *problem);
            const auto bidder =
                NegotiationRecord::member(tx, id, QStringLiteral("bidders"), p.bidder, QStringLiteral("bidder"));
            if (!bidder.ok())
                return failed<ProposalReceipt>(bidder);
            const QVariantMap key{{QStringLiteral("negotiation_id"), id}, {QStringLiteral("bidder_code"), p.bidder}};
            if (const auto existing = tx.row(QStringLiteral("proposals"), key))
                return Result::fail(
                    Failure::Refused,
                    refusal(stage, existing->value(QStringLiteral("opened_at")).isValid()
                                       ? tr("the proposal of %1 is already opened").arg(p.bidder)
                                       : tr("the proposal of %1 is already received; a receipt recorded in error "
                                            "is corrected with a reason")
                                             .arg(p.bidder)));
            ProposalReceipt receipt;
            const auto deadline = StoreTime::fromText(neg.value(QStringLiteral("proposal_deadline")).toString());
            receipt.late = deadline && p.receivedAt > *deadline;
            QVariantMap row = key;
            row.insert(QStringLiteral("received_at"), StoreTime::toText(p.receivedAt));
            row.insert(QStringLiteral("copies"), p.copies ? QVariant(*p.copies) : QVariant());
            row.insert(QStringLiteral("sealed"), p.sealed ? QVariant(*p.sealed ? 1 : 0) : QVariant());
            row.insert(QStringLiteral("rejected_reason"), p.rejected ? QVariant(p.rejected->trimmed()) : QVariant());
            tx.upsert(QStringLiteral("proposals"), row);
            QVariantMap n = neg;
            n.insert(QStringLiteral("has_proposals"), 1);
            NegotiationRecord::touch(
                tx, n, stage == Stage::Registration ? std::optional<Stage>(Stage::Proposals) : std::nullopt);
            event = {QStringLiteral("proposal_received"),
                     {{QStringLiteral("bidder"), p.bidder}, {QStringLiteral("late"), receipt.late}}};
            return Result::success(receipt);
        });
}

StoreResult<RegistrationReceipt> ProcedureService::correctRegistration(qint64 id, const QString& bidder,
                                                                       const std::optional<BidderRegistration>& r,
                                                                       const QString& reason, const QString& actor)
{
    using Result = StoreResult<RegistrationReceipt>;
    if (reason.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("reason"), tr("a correction needs a reason")});
    if (r && r->name.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("name"), tr("a bidder needs an id and a name")});
    if (r && !r->registeredAt.isValid())
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("registered_at"), tr("the registration time is missing")});
    return NegotiationAction::run<RegistrationReceipt>(
        m_workspace, id, actor, Procedure::checkRegistrationCorrection,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            auto row = NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("bidder"));
            if (!row.ok())
                return failed<RegistrationReceipt>(row);
            const QJsonObject before = registrationFields(*row.value);
            QJsonObject details{{QStringLiteral("bidder"), bidder},
                                {QStringLiteral("reason"), reason.trimmed()},
                                {QStringLiteral("before"), before}};
            RegistrationReceipt receipt;
            if (!r) {
                if (tx.row(QStringLiteral("proposals"),
                           {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("bidder_code"), bidder}}))
                    return Result::fail(
                        Failure::Refused,
                        refusal(stage, tr("a proposal of %1 is recorded; withdraw its receipt first").arg(bidder)));
                tx.remove(QStringLiteral("bidders"),
                          {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("code"), bidder}});
                details.insert(QStringLiteral("withdrawn"), true);
            } else {
                const auto deadline =
                    StoreTime::fromText(neg.value(QStringLiteral("registration_deadline")).toString());
                receipt.late = deadline && r->registeredAt > *deadline;
                QVariantMap updated = *row.value;
                updated.insert(QStringLiteral("name"), r->name.trimmed());
                updated.insert(QStringLiteral("eligible"), r->eligible ? 1 : 0);
                updated.insert(QStringLiteral("registered_at"), StoreTime::toText(r->registeredAt));
                updated.insert(QStringLiteral("representative"), nullable(r->representative));
                if (!r->idNumber.trimmed().isEmpty())
                    updated.insert(QStringLiteral("id_number_masked"), nullable(maskIdNumber(r->idNumber)));
                updated.insert(QStringLiteral("intro_letter_checked"), r->introLetterChecked ? 1 : 0);
                updated.insert(QStringLiteral("id_copy_checked"), r->idCopyChecked ? 1 : 0);
                tx.upsert(QStringLiteral("bidders"), updated);
                details.insert(QStringLiteral("after"), registrationFields(updated));
                details.insert(QStringLiteral("late"), receipt.late);
            }
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("registration_corrected"), details};
            return Result::success(receipt);
        });
}

StoreResult<ProposalReceipt> ProcedureService::correctProposal(qint64 id, const QString& bidder,
                                                               const std::optional<Proposal>& p, const QString& reason,
                                                               const QString& actor)
{
    using Result = StoreResult<ProposalReceipt>;
    if (reason.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("reason"), tr("a correction needs a reason")});
    if (p && !p->receivedAt.isValid())
        return Result::fail(Failure::Invalid, {QStringLiteral("received_at"), tr("the time received is missing")});
    if (p && p->copies && *p->copies < 0)
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("copies"), tr("the number of copies cannot be negative")});
    if (p && p->rejected && p->rejected->trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("rejected"), tr("a rejection needs a reason")});
    return NegotiationAction::run<ProposalReceipt>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (auto problem = Procedure::checkReceiptCorrection(stage, NegotiationRecord::drawRecorded(tx, id)))
                return Result::fail(Failure::Refused, *problem);
            const QVariantMap key{{QStringLiteral("negotiation_id"), id}, {QStringLiteral("bidder_code"), bidder}};
            const auto row = tx.row(QStringLiteral("proposals"), key);
            if (!row)
                return Result::fail(Failure::Invalid,
                                    {QStringLiteral("bidder"), tr("no proposal from %1 was received").arg(bidder)});
            QJsonObject details{{QStringLiteral("bidder"), bidder},
                                {QStringLiteral("reason"), reason.trimmed()},
                                {QStringLiteral("before"), receiptFields(*row)}};
            ProposalReceipt receipt;
            if (!p) {
                if (row->value(QStringLiteral("opened_at")).isValid())
                    return Result::fail(
                        Failure::Refused,
                        refusal(
                            stage,
                            tr("the proposal of %1 is already opened; its receipt cannot be withdrawn").arg(bidder)));
                tx.remove(QStringLiteral("proposals"), key);
                details.insert(QStringLiteral("withdrawn"), true);
            } else {
                const auto deadline = StoreTime::fromText(neg.value(QStringLiteral("proposal_deadline")).toString());
                receipt.late = deadline && p->receivedAt > *deadline;
                QVariantMap updated = *row;
                updated.insert(QStringLiteral("received_at"), StoreTime::toText(p->receivedAt));
                updated.insert(QStringLiteral("copies"), p->copies ? QVariant(*p->copies) : QVariant());
                updated.insert(QStringLiteral("sealed"), p->sealed ? QVariant(*p->sealed ? 1 : 0) : QVariant());
                updated.insert(QStringLiteral("rejected_reason"),
                               p->rejected ? QVariant(p->rejected->trimmed()) : QVariant());
                tx.upsert(QStringLiteral("proposals"), updated);
                details.insert(QStringLiteral("after"), receiptFields(updated));
                details.insert(QStringLiteral("late"), receipt.late);
            }
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("proposal_receipt_corrected"), details};
            return Result::success(receipt);
        });
}

StoreResult<Done> ProcedureService::openProposal(qint64 id, const QString& bidder, const QDateTime& openedAt,
                                                 const QString& witness, const QString& actor)
{
    using Result = StoreResult<Done>;
    if (witness.trimmed().isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("witness"), tr("opening a proposal needs a witness")});
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (stage != Stage::Proposals && stage != Stage::Draw)
                return Result::fail(Failure::Refused,
                                    refusal(stage, tr("proposals are opened at the proposal deadline")));
            auto row = tx.row(QStringLiteral("proposals"),
                              {{QStringLiteral("negotiation_id"), id}, {QStringLiteral("bidder_code"), bidder}});
            if (!row)
                return Result::fail(Failure::Invalid,
                                    {QStringLiteral("bidder"), tr("no proposal from %1 was received").arg(bidder)});
            if (row->value(QStringLiteral("opened_at")).isValid())
                return Result::fail(Failure::Refused,
                                    refusal(stage, tr("the proposal of %1 is already opened").arg(bidder)));
            const auto deadline = StoreTime::fromText(neg.value(QStringLiteral("proposal_deadline")).toString());
            if (deadline && openedAt < *deadline)
                return Result::fail(
                    Failure::Refused,
                    refusal(stage, tr("proposals cannot be opened before the deadline %1")
                                       .arg(neg.value(QStringLiteral("proposal_deadline")).toString())));
            row->insert(QStringLiteral("opened_at"), StoreTime::toText(openedAt));
            row->insert(QStringLiteral("opened_witness"), witness.trimmed());
            tx.upsert(QStringLiteral("proposals"), *row);
            NegotiationRecord::touch(tx, neg,
                                     stage == Stage::Proposals ? std::optional<Stage>(Stage::Draw) : std::nullopt);
            event = {QStringLiteral("proposal_opened"), {{QStringLiteral("bidder"), bidder}}};
            return Result::success(Done());
        });
}

StoreResult<Done> ProcedureService::recordOpening(qint64 id, const QDateTime& openedAt, const QStringList& witnesses,
                                                  const QString& actor)
{
    using Result = StoreResult<Done>;
    const QString witness = ScenarioMapping::joinWitnesses(witnesses);
    if (!openedAt.isValid())
        return Result::fail(Failure::Invalid, {QStringLiteral("opened_at"), tr("enter the time of the opening")});
    if (witness.isEmpty())
        return Result::fail(Failure::Invalid, {QStringLiteral("witnesses"), tr("opening a proposal needs a witness")});
    if (witness.size() > 500)
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("witnesses"),
                             tr("is %1 characters long, longer than the limit of %2").arg(witness.size()).arg(500)});
    {
        // Recorded already as it is: nothing to change, nothing recorded.
        const auto rows =
            RecordReader::rows(m_workspace, QStringLiteral("proposals"), {{QStringLiteral("negotiation_id"), id}});
        if (!rows.ok())
            return failed<Done>(rows);
        bool same = !rows.value->isEmpty();
        for (const QVariantMap& row : *rows.value)
            if (!row.value(QStringLiteral("rejected_reason")).isValid() &&
                (row.value(QStringLiteral("opened_at")).toString() != StoreTime::toText(openedAt) ||
                 row.value(QStringLiteral("opened_witness")).toString() != witness))
                same = false;
        const auto stage = this->stage(id);
        if (same && stage.ok() && !Procedure::checkOpening(*stage.value, false))
            return Result::success(Done());
    }
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (auto p = Procedure::checkOpening(stage, NegotiationRecord::drawRecorded(tx, id)))
                return Result::fail(Failure::Refused, *p);
            const auto deadline = StoreTime::fromText(neg.value(QStringLiteral("proposal_deadline")).toString());
            if (deadline && openedAt < *deadline)
                return Result::fail(
                    Failure::Refused,
                    refusal(stage, tr("proposals cannot be opened before the deadline %1")
                                       .arg(neg.value(QStringLiteral("proposal_deadline")).toString())));
            QStringList opened;
            for (QVariantMap row : tx.rows(QStringLiteral("proposals"), {{QStringLiteral("negotiation_id"), id}})) {
                if (row.value(QStringLiteral("rejected_reason")).isValid())
                    continue;
                const QVariantMap before = row;
                row.insert(QStringLiteral("opened_at"), StoreTime::toText(openedAt));
                row.insert(QStringLiteral("opened_witness"), witness);
                if (row != before)
                    tx.upsert(QStringLiteral("proposals"), row);
                opened.append(row.value(QStringLiteral("bidder_code")).toString());
            }
            if (opened.isEmpty())
                return Result::fail(Failure::Refused, refusal(stage, tr("no proposal was received")));
            if (tx.failed())
                return Result::fail(Failure::Storage, tx.problem());
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("proposals_opened"),
                     {{QStringLiteral("opened_at"), StoreTime::toText(openedAt)},
                      {QStringLiteral("witnesses"), witness},
                      {QStringLiteral("bidders"), QJsonArray::fromStringList(opened)}}};
            return Result::success(Done());
        });
}

StoreResult<QString> ProcedureService::commitDraw(qint64 id, const QString& seed, const QString& actor)
{
    using Result = StoreResult<QString>;
    if (!LotDraw::isValidSeed(seed))
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("seed"), tr("a seed is 64 lowercase hexadecimal characters")});
    const QString commitment = LotDraw::commitment(seed);
    const auto pending = pendingDraw(id);
    if (!pending.ok())
        return failed<QString>(pending);
    if (*pending.value && (*pending.value)->seed == seed)
        return Result::success(commitment); // shown again: already stored
    return NegotiationAction::run<
        QString>(m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
        const Stage stage = NegotiationRecord::stage(neg);
        if (auto p = Procedure::checkDraw(stage, NegotiationRecord::drawRecorded(tx, id)))
            return Result::fail(Failure::Refused, *p);
        if (const auto existing = tx.row(QStringLiteral("draw_commitments"), {{QStringLiteral("negotiation_id"), id}}))
            return Result::fail(
                Failure::Refused,
                refusal(stage, tr("the commitment %1 was shown at %2; the draw can only reveal its seed")
                                   .arg(existing->value(QStringLiteral("commitment")).toString(),
                                        existing->value(QStringLiteral("committed_at")).toString())));
        tx.upsert(QStringLiteral("draw_commitments"), {{QStringLiteral("negotiation_id"), id},
                                                       {QStringLiteral("seed"), seed},
                                                       {QStringLiteral("commitment"), commitment},
                                                       {QStringLiteral("committed_at"), tx.timestamp()}});
        NegotiationRecord::touch(tx, neg);
        event = {QStringLiteral("draw_committed"), {{QStringLiteral("commitment"), commitment}}};
        return Result::success(commitment);
    });
}

StoreResult<std::optional<DrawCommitment>> ProcedureService::pendingDraw(qint64 id) const
{
    using Result = StoreResult<std::optional<DrawCommitment>>;
    const QVariantMap match{{QStringLiteral("negotiation_id"), id}};
    const auto commitments = RecordReader::rows(m_workspace, QStringLiteral("draw_commitments"), match);
    if (!commitments.ok())
        return failed<std::optional<DrawCommitment>>(commitments);
    const auto draws = RecordReader::rows(m_workspace, QStringLiteral("draws"), match);
    if (!draws.ok())
        return failed<std::optional<DrawCommitment>>(draws);
    if (commitments.value->isEmpty() || !draws.value->isEmpty())
        return Result::success(std::nullopt);
    const QVariantMap& row = commitments.value->first();
    return Result::success(DrawCommitment{row.value(QStringLiteral("seed")).toString(),
                                          row.value(QStringLiteral("commitment")).toString(),
                                          row.value(QStringLiteral("committed_at")).toString()});
}

StoreResult<QString> ProcedureService::revealDraw(qint64 id, const QStringList& witnesses, const QString& actor)
{
    DrawInput input;
    input.witnesses = witnesses;
    return recordDraw(id, input, actor);
}

StoreResult<QString> ProcedureService::recordDraw(qint64 id, const DrawInput& d, const QString& actor)
{
    using Result = StoreResult<QString>;
    if (d.seed && d.order)
        return Result::fail(Failure::Invalid, {QStringLiteral("draw"), tr("give either a seed or a manual order")});
    if (d.seed && !LotDraw::isValidSeed(*d.seed))
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("seed"), tr("a seed is 64 lowercase hexadecimal characters")});
    return NegotiationAction::run<QString>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            const Stage stage = NegotiationRecord::stage(neg);
            if (auto p = Procedure::checkDraw(stage, NegotiationRecord::drawRecorded(tx, id)))
                return Result::fail(Failure::Refused, *p);
            const auto committed = tx.row(QStringLiteral("draw_commitments"), {{QStringLiteral("negotiation_id"), id}});
            if (tx.failed())
                return Result::fail(Failure::Storage, tx.problem());
            std::optional<QString> seed = d.seed;
            if (committed) {
                const QString committedSeed = committed->value(QStringLiteral("seed")).toString();
                if (d.order || (seed && *seed != committedSeed))
                    return Result::fail(
                        Failure::Refused,
                        refusal(stage, tr("the commitment %1 was shown at %2; the draw can only reveal its seed")
                                           .arg(committed->value(QStringLiteral("commitment")).toString(),
                                                committed->value(QStringLiteral("committed_at")).toString())));
                seed = committedSeed;
            } else if (!seed && !d.order) {
                return Result::fail(Failure::Invalid, {QStringLiteral("draw"),
                                                       tr("no commitment was shown; give a seed or a manual order")});
            }
            const auto qualification = NegotiationRecord::qualification(m_workspace, id);
            if (!qualification.ok())
                return failed<QString>(qualification);
            if (d.order) {
                QStringList sortedOrder = *d.order;
                QStringList sortedQualified = qualification.value->qualified;
                sortedOrder.sort();
                sortedQualified.sort();
                if (sortedOrder != sortedQualified)
                    return Result::fail(
                        Failure::Invalid,
                        {QStringLiteral("order"), tr("the order must name each qualified bidder once (%1)")
                                                      .arg(qualification.value->qualified.join(QLatin1String(", ")))});
            }
            const QString commitment = seed ? LotDraw::commitment(*seed) : QString();
            QJsonArray witnesses;
            for (const QString& w : d.witnesses)
                witnesses.append(w);
            tx.upsert(QStringLiteral("draws"),
                      {{QStringLiteral("negotiation_id"), id},
                       {QStringLiteral("seed"), seed ? QVariant(*seed) : QVariant()},
                       {QStringLiteral("commitment"), nullable(commitment)},
                       {QStringLiteral("witnesses"),
                        QString::fromUtf8(QJsonDocument(witnesses).toJson(QJsonDocument::Compact))},
                       {QStringLiteral("recorded_at"), tx.timestamp()}});
            const QStringList order = d.order ? *d.order : LotDraw::order(*seed, qualification.value->qualified);
            if (d.order)
                for (qsizetype i = 0; i < order.size(); ++i)
                    tx.upsert(QStringLiteral("draw_order"), {{QStringLiteral("negotiation_id"), id},
                                                             {QStringLiteral("position"), qint64(i + 1)},
                                                             {QStringLiteral("bidder_code"), order[i]}});
            NegotiationRecord::touch(tx, neg, Stage::Presentations);
            event = {QStringLiteral("draw_recorded"),
                     {{QStringLiteral("commitment"), commitment},
                      {QStringLiteral("order"), QJsonArray::fromStringList(order)}}};
            return Result::success(commitment);
        });
}

StoreResult<qint64> ProcedureService::logPresentation(qint64 id, const QString& bidder, const QDateTime& start,
                                                      const QDateTime& end, const QString& actor)
{
    using Result = StoreResult<qint64>;
    if (!start.isValid() || !end.isValid() || end < start)
        return Result::fail(Failure::Invalid, {QStringLiteral("end"), tr("the presentation must end after it starts")});
    return NegotiationAction::run<qint64>(
        m_workspace, id, actor, [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            if (auto p = Procedure::checkPresentation(NegotiationRecord::stage(neg),
                                                      NegotiationRecord::drawRecorded(tx, id)))
                return Result::fail(Failure::Refused, *p);
            const auto b =
                NegotiationRecord::member(tx, id, QStringLiteral("bidders"), bidder, QStringLiteral("bidder"));
            if (!b.ok())
                return failed<qint64>(b);
            const qint64 allowed = (neg.value(QStringLiteral("presentation_minutes")).toLongLong() +
                                    neg.value(QStringLiteral("statement_minutes")).toLongLong()) *
                                   60;
            const qint64 overrun = qMax<qint64>(0, start.secsTo(end) - allowed);
            tx.upsert(QStringLiteral("presentations"), {{QStringLiteral("negotiation_id"), id},
                                                        {QStringLiteral("bidder_code"), bidder},
                                                        {QStringLiteral("started_at"), StoreTime::toText(start)},
                                                        {QStringLiteral("ended_at"), StoreTime::toText(end)},
                                                        {QStringLiteral("overrun_seconds"), overrun}});
            NegotiationRecord::touch(tx, neg);
            event = {QStringLiteral("presentation_logged"), {{QStringLiteral("bidder"), bidder}}};
            return Result::success(overrun);
        });
}

StoreResult<Done> ProcedureService::publish(qint64 id, const PublicationRule& rule, const QString& website,
                                            const QString& contact, const QString& actor,
                                            const std::optional<QString>& challengeAddress)
{
    using Result = StoreResult<Done>;
    if (!rule.start.isValid() || rule.workingDays < 1)
        return Result::fail(Failure::Invalid, {QStringLiteral("publication"),
                                               tr("publication needs a start date and at least one working day")});
    if (website.trimmed().isEmpty())
        return Result::fail(Failure::Invalid,
                            {QStringLiteral("website"), tr("the notice needs the website it is published on")});
    return NegotiationAction::run<Done>(
        m_workspace, id, actor, Procedure::checkPublication,
        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
            QVariantMap n = neg;
            n.insert(QStringLiteral("publication_start"), StoreTime::dateToText(rule.start));
            n.insert(QStringLiteral("publication_working_days"), rule.workingDays);
            n.insert(QStringLiteral("publication_count_start_day"), rule.countStartDay ? 1 : 0);
            n.insert(QStringLiteral("publication_website"), website.trimmed());
            n.insert(QStringLiteral("challenge_contact"), nullable(contact.trimmed()));
            if (challengeAddress)
                n.insert(QStringLiteral("challenge_address"), nullable(challengeAddress->trimmed()));
            NegotiationRecord::touch(tx, n, Stage::Publication);
            event.action = QStringLiteral("result_published");
            return Result::success(Done());
        });
}

StoreResult<Done> ProcedureService::archive(qint64 id, const QString& actor)
{
    using Result = StoreResult<Done>;
    return NegotiationAction::run<Done>(m_workspace, id, actor, Procedure::checkArchive,
                                        [&](WriteTransaction& tx, const QVariantMap& neg, ActionEvent& event) {
                                            NegotiationRecord::touch(tx, neg, Stage::Archived);
                                            event.action = QStringLiteral("negotiation_archived");
                                            return Result::success(Done());
                                        });
}

} // namespace tp::store
