#pragma once

#include "Decimal.h"
#include "DocumentDetails.h"
#include "ProposalOpening.h"
#include "ScoreList.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace tp {

// The value types of one negotiation, exactly as the scenario format (tenderpanel-scenario/1)
// describes it. Defaults here are the format's defaults.
//
// Glossary (one name per concept):
// - code: the short text a person types and reads to name a criterion ("C1"), a bidder ("B1") or a
//   panelist ("P1") inside one negotiation, and a negotiation in the workspace ("N-2014-0001").
//   The one rule for its name: the field of a criterion, a bidder or a panelist that holds its own code
//   is `id` (Criterion::id, Bidder::id, Panelist::id, store::BidderRegistration::id), as the scenario
//   format names it; a reference to one is named after what it names (ScoreEntry::panelist,
//   Proposal::bidder, store::RegistrationRow::bidder); a negotiation's code, and a parameter or variable
//   holding any code, is `code` or named after what it names. Table columns and JSON keys are formats
//   and keep their names.
// - id (qint64): the number the workspace gives a negotiation (its row). It is never a criterion's, a
//   bidder's or a panelist's code; the command line accepts it beside the code ("ID").
// - panelist (Panelist): a member of the evaluation panel (code, name, role). "Panel member" in prose
//   means the same person, and code names them Panelist wherever the rules or the scenario see them.
//   store::PanelistEntry is that Panelist as the workspace keeps them: the same person with the details
//   only the setup records (affiliation and the conflict-of-interest declaration).

enum class TrimLevel
{
    Total,
    Criterion
};
enum class TiePrecision
{
    Exact,
    Rounded
};
enum class PanelRole
{
    Leader,
    Member
};

struct TrimRule
{
    int highest = 1;
    int lowest = 1;
    TrimLevel level = TrimLevel::Total;
    bool operator==(const TrimRule& o) const { return highest == o.highest && lowest == o.lowest && level == o.level; }
};

struct PublicationRule
{
    QDate start;
    int workingDays = 7;
    bool countStartDay = false;
    bool operator==(const PublicationRule& o) const
    {
        return start == o.start && workingDays == o.workingDays && countStartDay == o.countStartDay;
    }
};

// A service area: the counties and districts one winner serves (the Zhaoqing model).
struct ServiceArea
{
    QString name;
    QStringList places;
    bool operator==(const ServiceArea& o) const { return name == o.name && places == o.places; }
};

struct Project
{
    QString title;
    QString purchaser;
    std::optional<QDateTime> registrationDeadline;
    std::optional<QDateTime> proposalDeadline;
    std::optional<int> requiredCopies;
    int presentationMinutes = 20;
    int statementMinutes = 5;
    int minBidders = 1;
    int maxWinners = 1;
    // winner count k -> k percentages (non-increasing, summing to 100)
    QMap<int, QList<int>> allocation{{1, {100}}};
    // winner count k -> k service areas in rank order: the i-th winner serves the i-th area. Empty: none.
    // With areas and no allocation, the allocation is empty and the winners get no share.
    QMap<int, QList<ServiceArea>> areas;
    TrimRule trim;
    TiePrecision tiePrecision = TiePrecision::Exact;
    std::optional<PublicationRule> publication;
    DocumentDetails documents; // printed on the notice, the report and the letters
};

struct Criterion
{
    QString id;
    QString title;
    Hundredths max = 0;
};

struct Bidder
{
    QString id;
    QString name;
    bool eligible = true;
    std::optional<QDateTime> registeredAt;
    bool withdrawn = false;
};

struct Proposal
{
    QString bidder;
    QDateTime receivedAt;
    std::optional<int> copies;
    std::optional<bool> sealed;
    std::optional<QString> rejected; // non-empty reason
};

struct Panelist
{
    QString id;
    QString name;
    PanelRole role = PanelRole::Member;
};

struct DrawRecord
{
    std::optional<QString> seed;      // 64 lowercase hex characters
    std::optional<QStringList> order; // manual (physical) draw
    QStringList witnesses;            // who witnessed the draw
};

struct VoteRound
{
    QStringList tied;
    QList<std::optional<QString>> ballots; // nullopt: a blank ballot
};

struct Scenario
{
    Project project;
    QList<Criterion> criteria;
    QList<Bidder> bidders;
    std::optional<QList<Proposal>> proposals; // present: the proposal rules apply
    std::optional<ProposalOpening> opening;   // when the proposals were opened, and the witnesses
    QList<Panelist> panel;
    std::optional<DrawRecord> draw;
    std::optional<ScoreList> scores; // absent: evaluation stops at "scoring"
    QList<VoteRound> votes;

    // By code; nullptr when there is none.
    const Bidder* bidder(const QString& code) const;
    const Criterion* criterion(const QString& code) const;
    const Panelist* panelist(const QString& code) const;
};

} // namespace tp
