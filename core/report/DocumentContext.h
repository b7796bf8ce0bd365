#pragma once

#include "model/Decimal.h"
#include "model/ProposalOpening.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// What a workspace knows about a negotiation beyond its scenario: publication details, the people
// who witnessed the procedure, the registration and proposal receipt logs, the presentation log,
// recorded corrections and the audit chain.
// Every field is optional; from a scenario file they are all absent and the documents show "—".
struct PresentationRecord
{
    QString bidder;
    QDateTime startedAt;
    std::optional<QDateTime> endedAt;
    qint64 overrunSeconds = 0; // beyond the presentation and statement time
    QString note;
};

struct CorrectionRecord
{
    QString panelist;
    QString bidder;
    QString criterion;
    Hundredths oldValue = 0;
    Hundredths newValue = 0;
    QString category; // summation_error, out_of_range, objective_disagreement, abnormal_score
    QString reason;
    QString leader; // the panel leader who confirmed it
    std::optional<QDateTime> recordedAt;
};

// A bidder's registration as the staff checked it (the registration log).
struct RegistrationRecord
{
    QString bidder;
    QString representative;
    QString idNumberMasked; // all but the last 4 characters hidden
    bool introLetterChecked = false;
    bool idCopyChecked = false;
};

// How one sealed proposal was received and opened (the proposal receipt log).
struct ProposalReceiptRecord
{
    QString bidder;
    QString receiver; // who recorded the receipt
    std::optional<QDateTime> openedAt;
    QString openingWitness;
};

// A registration or a proposal receipt recorded in error and corrected or withdrawn, with its reason
// (from the audit log).
struct EntryCorrectionRecord
{
    QString bidder;
    QString name;           // the company as the entry named it before the correction
    bool proposal = false;  // a proposal receipt; otherwise a registration
    bool withdrawn = false; // the entry was withdrawn as never made
    std::optional<QDateTime> timeBefore;
    std::optional<QDateTime> timeAfter;
    QString reason;
    QString actor; // who recorded the correction
    std::optional<QDateTime> recordedAt;
};

struct DocumentContext
{
    std::optional<QString> negotiationId;      // workspace id; also names the OCDS process
    std::optional<QString> issuer;             // 发布单位; default: the purchaser
    std::optional<QDate> issuedOn;             // 落款日期; default: the publication start
    std::optional<QString> basis;              // 谈判依据, e.g. the negotiation document's name
    std::optional<QString> publicationWebsite; // where the notice is published
    std::optional<QString> challengeAddress;   // where a written challenge (质疑) is delivered
    std::optional<QString> challengeContact;   // whom a bidder contacts about a challenge (free text)
    std::optional<QString> contactPerson;
    std::optional<QString> contactPhone;
    std::optional<QString> contactAddress;
    std::optional<QDateTime> drawnAt;
    QStringList drawWitnesses;
    std::optional<ProposalOpening> opening;
    std::optional<QList<RegistrationRecord>> registrations;
    std::optional<QList<ProposalReceiptRecord>> proposalReceipts;
    std::optional<QList<PresentationRecord>> presentations;
    std::optional<QList<CorrectionRecord>> corrections;
    std::optional<QList<EntryCorrectionRecord>> entryCorrections; // in the order they were recorded
    std::optional<QString> auditHead;                             // hash of the last audit event
    std::optional<QString> archiveDigest;                         // seal digest of the archive this record went into
};

} // namespace tp
