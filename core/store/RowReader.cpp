#include "RowReader.h"

#include "AuditLog.h"
#include "RecordReader.h"
#include "ScenarioMapping.h"
#include "StoreTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>
#include <algorithm>
#include <initializer_list>

namespace tp::store {

namespace {

// The rows of `table` of negotiation `id`, each turned into a typed row by `convert`.
template <typename Row, typename Convert>
StoreResult<QList<Row>> read(const Workspace& workspace, const char* table, qint64 id, Convert convert)
{
    const auto rows =
        RecordReader::rows(workspace, QString::fromLatin1(table), {{QStringLiteral("negotiation_id"), id}});
    if (!rows.ok())
        return StoreResult<QList<Row>>::from(rows);
    QList<Row> typed;
    for (const QVariantMap& row : *rows.value)
        typed.append(convert(row));
    return StoreResult<QList<Row>>::success(typed);
}

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

std::optional<QString> optionalText(const QVariantMap& row, const char* column)
{
    const QVariant v = row.value(QString::fromLatin1(column));
    return v.isValid() ? std::optional<QString>(v.toString()) : std::nullopt;
}

qint64 integer(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toLongLong();
}

bool flag(const QVariantMap& row, const char* column)
{
    return integer(row, column) != 0;
}

std::optional<QDateTime> time(const QVariantMap& row, const char* column)
{
    return StoreTime::fromText(text(row, column));
}

// The events of negotiation `id` whose action is one of `actions`, each turned into a typed row by
// `convert` from the event and the details it records.
template <typename Row, typename Convert>
StoreResult<QList<Row>> readEvents(const Workspace& workspace, qint64 id, std::initializer_list<const char*> actions,
                                   Convert convert)
{
    const auto events = AuditLog::events(workspace, id);
    if (!events.ok())
        return StoreResult<QList<Row>>::from(events);
    QList<Row> typed;
    for (const AuditLog::Event& e : *events.value) {
        if (std::none_of(actions.begin(), actions.end(),
                         [&e](const char* action) { return e.action == QLatin1String(action); }))
            continue;
        const QJsonObject details =
            QJsonDocument::fromJson(e.body).object().value(QStringLiteral("details")).toObject();
        if (const std::optional<Row> row = convert(e, details))
            typed.append(*row);
    }
    return StoreResult<QList<Row>>::success(typed);
}

} // namespace

RegistrationRow RowReader::registrationOf(const QVariantMap& row)
{
    RegistrationRow r;
    r.bidder = text(row, "code");
    r.position = integer(row, "position");
    r.name = text(row, "name");
    r.registeredAt = time(row, "registered_at");
    r.eligible = flag(row, "eligible");
    r.withdrawn = flag(row, "withdrawn");
    r.representative = text(row, "representative");
    r.idNumberMasked = text(row, "id_number_masked");
    r.introLetterChecked = flag(row, "intro_letter_checked");
    r.idCopyChecked = flag(row, "id_copy_checked");
    return r;
}

StoreResult<QList<RegistrationRow>> RowReader::registrations(const Workspace& workspace, qint64 id)
{
    return read<RegistrationRow>(workspace, "bidders", id, [](const QVariantMap& row) { return registrationOf(row); });
}

ProposalRow RowReader::proposalOf(const QVariantMap& row)
{
    ProposalRow p;
    p.bidder = text(row, "bidder_code");
    p.receivedAt = time(row, "received_at");
    if (row.value(QStringLiteral("copies")).isValid())
        p.copies = int(integer(row, "copies"));
    if (row.value(QStringLiteral("sealed")).isValid())
        p.sealed = flag(row, "sealed");
    p.rejectedReason = optionalText(row, "rejected_reason");
    p.openedAt = time(row, "opened_at");
    p.openedWitness = text(row, "opened_witness");
    return p;
}

StoreResult<QList<ProposalRow>> RowReader::proposals(const Workspace& workspace, qint64 id)
{
    return read<ProposalRow>(workspace, "proposals", id, [](const QVariantMap& row) { return proposalOf(row); });
}

DrawRow RowReader::drawOf(const QVariantMap& row)
{
    DrawRow d;
    d.seed = optionalText(row, "seed");
    d.commitment = text(row, "commitment");
    for (const QJsonValue& w : QJsonDocument::fromJson(text(row, "witnesses").toUtf8()).array())
        if (!w.toString().trimmed().isEmpty())
            d.witnesses.append(w.toString().trimmed());
    d.recordedAt = time(row, "recorded_at");
    return d;
}

StoreResult<std::optional<DrawRow>> RowReader::draw(const Workspace& workspace, qint64 id)
{
    using Result = StoreResult<std::optional<DrawRow>>;
    const auto rows = read<DrawRow>(workspace, "draws", id, [](const QVariantMap& row) { return drawOf(row); });
    if (!rows.ok())
        return Result::from(rows);
    return Result::success(rows.value->isEmpty() ? std::nullopt : std::optional<DrawRow>(rows.value->first()));
}

StoreResult<QList<PresentationRow>> RowReader::presentations(const Workspace& workspace, qint64 id)
{
    return read<PresentationRow>(workspace, "presentations", id, [](const QVariantMap& row) {
        PresentationRow p;
        p.bidder = text(row, "bidder_code");
        p.startedAt = time(row, "started_at");
        p.endedAt = time(row, "ended_at");
        p.overrunSeconds = integer(row, "overrun_seconds");
        return p;
    });
}

StoreResult<QList<CorrectionRow>> RowReader::corrections(const Workspace& workspace, qint64 id)
{
    return read<CorrectionRow>(workspace, "corrections", id, [](const QVariantMap& row) {
        CorrectionRow c;
        c.seq = integer(row, "seq");
        c.panelist = text(row, "panelist_code");
        c.bidder = text(row, "bidder_code");
        c.criterion = text(row, "criterion_code");
        c.oldHundredths = integer(row, "old_hundredths");
        c.newHundredths = integer(row, "new_hundredths");
        c.category = text(row, "category");
        c.reason = text(row, "reason");
        c.leader = text(row, "leader");
        c.correctedAt = time(row, "corrected_at");
        return c;
    });
}

IssuedDocumentRow RowReader::issuedDocumentOf(const QVariantMap& row)
{
    IssuedDocumentRow d;
    d.seq = integer(row, "seq");
    d.kind = text(row, "kind");
    d.sha256 = text(row, "sha256");
    d.issuedAt = time(row, "issued_at");
    return d;
}

StoreResult<QList<IssuedDocumentRow>> RowReader::issuedDocuments(const Workspace& workspace, qint64 id)
{
    return read<IssuedDocumentRow>(workspace, "documents", id,
                                   [](const QVariantMap& row) { return issuedDocumentOf(row); });
}

StoreResult<DocumentDetails> RowReader::documentDetails(const Workspace& workspace, qint64 id)
{
    const auto rows = RecordReader::rows(workspace, QStringLiteral("negotiations"), {{QStringLiteral("id"), id}});
    if (!rows.ok())
        return StoreResult<DocumentDetails>::from(rows);
    return StoreResult<DocumentDetails>::success(
        rows.value->isEmpty() ? DocumentDetails() : ScenarioMapping::documentDetails(rows.value->first()));
}

StoreResult<QList<ProposalReceiptEvent>> RowReader::proposalReceipts(const Workspace& workspace, qint64 id)
{
    return readEvents<ProposalReceiptEvent>(
        workspace, id, {"proposal_received"},
        [](const AuditLog::Event& e, const QJsonObject& details) -> std::optional<ProposalReceiptEvent> {
            const QString bidder = details.value(QStringLiteral("bidder")).toString();
            if (bidder.isEmpty())
                return std::nullopt;
            return ProposalReceiptEvent{bidder, e.actor};
        });
}

StoreResult<QList<EntryCorrectionEvent>> RowReader::entryCorrections(const Workspace& workspace, qint64 id)
{
    return readEvents<EntryCorrectionEvent>(
        workspace, id, {"registration_corrected", "proposal_receipt_corrected"},
        [](const AuditLog::Event& e, const QJsonObject& details) -> std::optional<EntryCorrectionEvent> {
            // The before and after of the entry's fields, with its time under the column's name.
            const QJsonObject before = details.value(QStringLiteral("before")).toObject();
            const QJsonObject after = details.value(QStringLiteral("after")).toObject();
            EntryCorrectionEvent r;
            r.proposal = e.action == QLatin1String("proposal_receipt_corrected");
            const QString column = r.proposal ? QStringLiteral("received_at") : QStringLiteral("registered_at");
            r.bidder = details.value(QStringLiteral("bidder")).toString();
            r.name = before.value(QStringLiteral("name")).toString();
            r.withdrawn = details.value(QStringLiteral("withdrawn")).toBool();
            r.timeBefore = StoreTime::fromText(before.value(column).toString());
            r.timeAfter = StoreTime::fromText(after.value(column).toString());
            r.reason = details.value(QStringLiteral("reason")).toString();
            r.actor = e.actor;
            r.recordedAt = StoreTime::fromText(e.at);
            return r;
        });
}

} // namespace tp::store
