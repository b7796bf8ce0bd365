#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

// Rows of the record tables and events of the audit log as the user interface and the documents read
// them (RowReader), so that the column names and the audit event formats stay inside the store. Times
// are nullopt when not recorded.

// A bidder's registration (table bidders), with the checklist kept beside the scenario.
struct RegistrationRow
{
    QString bidder; // "B1"
    qint64 position = 0;
    QString name;
    std::optional<QDateTime> registeredAt;
    bool eligible = true;
    bool withdrawn = false;
    QString representative;
    QString idNumberMasked;
    bool introLetterChecked = false;
    bool idCopyChecked = false;
};

// A proposal's receipt and opening (table proposals).
struct ProposalRow
{
    QString bidder;
    std::optional<QDateTime> receivedAt;
    std::optional<int> copies;
    std::optional<bool> sealed;
    std::optional<QString> rejectedReason;
    std::optional<QDateTime> openedAt;
    QString openedWitness; // the witnesses of the opening, as recorded (ScenarioMapping::joinWitnesses)
};

// The draw recorded (table draws).
struct DrawRow
{
    std::optional<QString> seed; // none: a manual draw
    QString commitment;
    QStringList witnesses; // trimmed, none empty
    std::optional<QDateTime> recordedAt;
};

// A presentation logged (table presentations).
struct PresentationRow
{
    QString bidder;
    std::optional<QDateTime> startedAt;
    std::optional<QDateTime> endedAt;
    qint64 overrunSeconds = 0;
};

// A score corrected after its sheet was submitted (table corrections).
struct CorrectionRow
{
    qint64 seq = 0;
    QString panelist;
    QString bidder;
    QString criterion;
    qint64 oldHundredths = 0;
    qint64 newHundredths = 0;
    QString category;
    QString reason;
    QString leader;
    std::optional<QDateTime> correctedAt;
};

// A proposal's receipt as the audit log records it: who received it.
struct ProposalReceiptEvent
{
    QString bidder;
    QString actor; // who recorded the receipt
};

// A registration or a proposal receipt corrected or withdrawn after it was recorded, as the audit log
// records it.
struct EntryCorrectionEvent
{
    QString bidder;
    QString name;                        // the company as the entry named it before the correction
    bool proposal = false;               // a proposal receipt; otherwise a registration
    bool withdrawn = false;              // the entry was withdrawn as never made
    std::optional<QDateTime> timeBefore; // the time registered or received, before the correction
    std::optional<QDateTime> timeAfter;
    QString reason;
    QString actor; // who recorded the correction
    std::optional<QDateTime> recordedAt;
};

// A document recorded as issued (table documents), in the order of issue.
struct IssuedDocumentRow
{
    qint64 seq = 0;
    QString kind; // "result", "report", "letters", "archive"
    QString sha256;
    std::optional<QDateTime> issuedAt;

    // Whether this is the issue of a document of `kind` with digest `sha256`: the same kind and
    // digest, or the result notice whatever its digest (it is issued once; exported again it differs
    // only by the audit chain head it carries).
    bool issues(const QString& documentKind, const QString& digest) const
    {
        return kind == documentKind && (kind == QLatin1String("result") || sha256 == digest);
    }
};

} // namespace tp::store
