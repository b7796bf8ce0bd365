#pragma once

#include "model/Problem.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace tp::store {

// The steps of a negotiation, in order. A negotiation only moves forward: a step once left cannot
// be returned to, and the vote is the only step that may be skipped (when no tie matters).
enum class Stage
{
    Setup,         // project, criteria and panel being prepared
    Registration,  // bidders register until the registration deadline
    Proposals,     // sealed proposals received until the proposal deadline, then opened
    Draw,          // the lot draw for the presentation order
    Presentations, // timed presentations in the drawn order
    Scoring,       // one-time scoring; each panelist submits a sheet
    Vote,          // anonymous vote on a tie that matters
    Result,        // the result is fixed (a snapshot of the evaluation)
    Publication,   // the result notice is published
    Archived,      // sealed; nothing changes any more
};

// What the procedure allows in each step. Pure rules: the services ask, then write.
class Procedure
{
public:
    static QString name(Stage stage); // "setup", "registration", ...
    static std::optional<Stage> fromName(const QString& name);
    static QStringList names();

    // The step after `stage` in the order of the steps; none after Archived.
    static std::optional<Stage> next(Stage stage);
    // Whether moving from `from` to `to` is a legal step (forward, one at a time, vote skippable).
    static std::optional<Problem> checkAdvance(Stage from, Stage to);

    // Where the negotiation stands, as the user interface asks it.
    static bool scoringBegun(Stage stage);    // scoring has begun: the panel is fixed
    static bool resultsComputed(Stage stage); // scoring is closed and the evaluation recorded (vote or later)
    static bool resultFixed(Stage stage);     // the result is fixed (result step or later)
    static bool isPublished(Stage stage);     // the result notice is published (publication or later)

    // Per action: nullopt when allowed at this stage, else why not.
    static std::optional<Problem> checkRegistration(Stage stage);
    static std::optional<Problem> checkProposal(Stage stage);
    // Correcting or withdrawing a registration recorded in error: until the proposals step is closed.
    static std::optional<Problem> checkRegistrationCorrection(Stage stage);
    // Correcting or withdrawing a proposal receipt recorded in error: until the draw is recorded.
    static std::optional<Problem> checkReceiptCorrection(Stage stage, bool drawRecorded);
    static std::optional<Problem> checkSetupChange(Stage stage); // criteria, project settings
    static std::optional<Problem> checkPanelChange(Stage stage);
    static std::optional<Problem> checkDraw(Stage stage, bool drawRecorded);
    // Recording (or correcting) the opening of the proposals: after the proposals step, until the draw.
    static std::optional<Problem> checkOpening(Stage stage, bool drawRecorded);
    // The document details (basis, contacts, issuer): until the notice that prints them is published.
    static std::optional<Problem> checkDocumentDetails(Stage stage);
    static std::optional<Problem> checkPresentation(Stage stage, bool drawRecorded);
    static std::optional<Problem> checkScoreEntry(Stage stage, bool drawRecorded);
    static std::optional<Problem> checkCorrection(Stage stage);
    static std::optional<Problem> checkVote(Stage stage);
    static std::optional<Problem> checkResult(Stage stage);
    static std::optional<Problem> checkPublication(Stage stage);
    static std::optional<Problem> checkArchive(Stage stage);
};

} // namespace tp::store
