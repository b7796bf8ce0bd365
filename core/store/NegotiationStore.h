#pragma once

#include "BuiltinTemplates.h"
#include "Procedure.h"
#include "StoreResult.h"
#include "model/Scenario.h"

#include <QList>
#include <QString>

namespace tp::store {

class Workspace;

struct NegotiationSummary
{
    qint64 id = 0;
    QString code; // "N-2014-0001": N, the project's year, its number within that year
    QString title;
    QString purchaser;
    Stage stage = Stage::Setup;
    QString createdAt;
    QString updatedAt;
};

// The negotiations of a workspace as a whole: import/export, creation, listing, templates and the
// project details kept beside the scenario. Every method that changes something runs one
// transaction with one audit event and returns only after the commit.
class NegotiationStore
{
public:
    explicit NegotiationStore(Workspace& workspace) : m_workspace(workspace) {}

    // Stores a whole scenario as a new negotiation, in the step its data implies
    // (ScenarioMapping::impliedStage).
    StoreResult<NegotiationSummary> importScenario(const Scenario& scenario, const QString& actor);
    // The negotiation as a scenario (for export and evaluation).
    StoreResult<Scenario> scenario(qint64 id) const;

    // Starts a negotiation in the setup step, with the criteria of a template (optional).
    StoreResult<NegotiationSummary> create(const Project& project, std::optional<qint64> templateId,
                                           const QString& actor);
    // Where the result notice is published and whom bidders contact with a challenge.
    StoreResult<Done> setPublicationContact(qint64 id, const QString& website, const QString& contact,
                                            const QString& actor);

    // "N-2014-0001" (any case) or the plain number id.
    StoreResult<qint64> resolve(const QString& idOrCode) const;
    StoreResult<NegotiationSummary> summary(qint64 id) const;
    // Newest first; `search` matches title, purchaser, code, a bidder's name or the project's year
    // (the year in the code, e.g. "2014"), ignoring ASCII case.
    StoreResult<QList<NegotiationSummary>> list(const QString& search = QString()) const;
    // A page of that list: at most `limit` negotiations older than `beforeId` (0: from the newest), so
    // that a long list is read as it is shown.
    StoreResult<QList<NegotiationSummary>> listPage(const QString& search, qint64 beforeId, int limit) const;
    // How many negotiations that list holds.
    StoreResult<qint64> count(const QString& search = QString()) const;

    StoreResult<QList<CriteriaTemplate>> templates() const;
    StoreResult<CriteriaTemplate> saveTemplate(const QString& name, const QList<Criterion>& criteria,
                                               const QString& actor);

private:
    StoreResult<QString> newCode(class WriteTransaction& tx, const Project& project) const;
    // The list's columns for the workspace's schema version (summary::kColumns).
    const char* summaryColumns() const;

    Workspace& m_workspace;
};

} // namespace tp::store
