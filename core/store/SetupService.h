#pragma once

#include "Procedure.h"
#include "ProcedureService.h"
#include "StoreResult.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>
#include <optional>

namespace tp::store {

class Workspace;

// Everything the setup step edits, as stored.
struct SetupState
{
    Stage stage = Stage::Setup;
    Project project;
    QList<Criterion> criteria;  // in their order
    QList<PanelistEntry> panel; // in their order, with affiliation and conflict-of-interest declaration
};

// The setup step edited one user action at a time: the project's settings, the criteria and the
// panel. Each method checks its input (Invalid, with the field that is wrong), checks that the
// procedure still allows the change (Refused: criteria and project settings until registration opens,
// the panel until scoring begins), then runs one transaction with one audit event and returns after
// the commit. A failed call changes nothing. Every edit has an inverse among these methods, so the
// user interface can undo it with another recorded action.
class SetupService
{
public:
    explicit SetupService(Workspace& workspace) : m_workspace(workspace) {}

    StoreResult<SetupState> state(qint64 id) const;

    // Why the settings are not a valid project of docs/scenario-format.md, section 2 (the path
    // names the field, e.g. "project.allocation.3"), using the scenario reader's own checks;
    // nullopt when valid.
    static std::optional<Problem> checkProject(const Project& project);

    // Everything that keeps the setup from being finished, in the order project, criteria, panel:
    // the project's settings (checkProject), at least one criterion with points, and a panel the
    // scoring can use (the scenario reader's checks: exactly one leader, enough members for the
    // trim; PanelRules for a negotiation panel: at least 3 members, an odd number). Empty when
    // registration may open.
    static Problems readinessProblems(const SetupState& state);
    // readinessProblems() of the stored setup of negotiation `id`.
    StoreResult<Problems> readiness(qint64 id) const;

    // Replaces every project setting (title, purchaser, deadlines, copies, times, minimum bidders,
    // trimming, tie precision, winners and allocation, publication). The code stays.
    StoreResult<Done> updateProject(qint64 id, const Project& project, const QString& actor);

    // Replaces the document details (basis, issuer, publication website, challenge address and
    // contact, the centre's contact person, phone and address; text is trimmed, empty is none).
    // Allowed until the notice is published (Procedure::checkDocumentDetails); no change, no event.
    StoreResult<Done> setDocumentDetails(qint64 id, const DocumentDetails& details, const QString& actor);

    // A new criterion, at the end or at `index` (0-based; the ones after it move down).
    StoreResult<Done> addCriterion(qint64 id, const Criterion& criterion, const QString& actor,
                                   std::optional<qsizetype> index = std::nullopt);
    // The title and points of the existing criterion `criterion.id`.
    StoreResult<Done> editCriterion(qint64 id, const Criterion& criterion, const QString& actor);
    // Gives criterion `from` the code `to`, keeping its place, title and points.
    StoreResult<Done> renameCriterion(qint64 id, const QString& from, const QString& to, const QString& actor);
    StoreResult<Done> removeCriterion(qint64 id, const QString& code, const QString& actor);
    // Moves criterion `code` to `index` (0-based) in the order.
    StoreResult<Done> moveCriterion(qint64 id, const QString& code, qsizetype index, const QString& actor);
    // Replaces the whole list (loading a template, and undoing that).
    StoreResult<Done> replaceCriteria(qint64 id, const QList<Criterion>& criteria, const QString& actor);
    // Replaces the criteria with those of the template `templateId` (NegotiationStore::templates()),
    // and, when the template has an award, the bidders, winners and areas with its own (no shares).
    StoreResult<Done> applyTemplate(qint64 id, qint64 templateId, const QString& actor);
    // Puts back the project settings and the criteria a template replaced, in one change.
    StoreResult<Done> restoreSetup(qint64 id, const Project& project, const QList<Criterion>& criteria,
                                   const QString& actor);

    // A new panel member, at the end or at `index`. At most one leader.
    StoreResult<Done> addPanelMember(qint64 id, const PanelistEntry& member, const QString& actor,
                                     std::optional<qsizetype> index = std::nullopt);
    // The name, role, affiliation and declaration of the existing member `member.id`.
    StoreResult<Done> editPanelMember(qint64 id, const PanelistEntry& member, const QString& actor);
    StoreResult<Done> removePanelMember(qint64 id, const QString& code, const QString& actor);
    StoreResult<Done> movePanelMember(qint64 id, const QString& code, qsizetype index, const QString& actor);

private:
    Workspace& m_workspace;
};

} // namespace tp::store
