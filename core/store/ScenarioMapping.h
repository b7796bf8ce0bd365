#pragma once

#include "Procedure.h"
#include "StoreResult.h"
#include "model/Scenario.h"

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tp::store {

class Workspace;
class WriteTransaction;

// A negotiation's rows <-> the Scenario the rules engine evaluates. Import, export and every
// evaluation of a stored negotiation go through here, so the workspace and a scenario file always
// give the same result.
class ScenarioMapping
{
public:
    // The step an imported scenario lands in (documented in `tenderpanel-cli import --help`):
    // votes -> vote, scores -> scoring (every sheet submitted), draw -> presentations,
    // proposals -> draw, otherwise proposals.
    static Stage impliedStage(const Scenario& scenario);

    // Writes every row of negotiation `id` (which must not exist yet).
    static bool write(WriteTransaction& tx, qint64 id, const QString& code, const Scenario& scenario, Stage stage,
                      const QString& now);
    // What read() reads: everything, or what the qualification of the bidders needs (the project, the
    // criteria, the bidders, their proposals and the panel), without the draw, the scores and the votes.
    enum class Parts
    {
        All,
        Qualification,
    };
    static StoreResult<Scenario> read(const Workspace& workspace, qint64 id, Parts parts = Parts::All);
    // What the qualification of one bidder depends on, from its rows as read() maps them: the project's
    // deadlines (from the negotiation's row), the bidder, and its proposal when the negotiation records
    // proposals (`proposal`: its row, if it handed one in). A score saved checks one bidder with it
    // instead of reading the whole negotiation.
    static Scenario qualificationOf(const QVariantMap& negotiation, const QVariantMap& bidder,
                                    const std::optional<QVariantMap>& proposal);

    static QString trimLevelName(TrimLevel level);
    static QString tiePrecisionName(TiePrecision precision);
    static QString roleName(PanelRole role);

    // The document details as columns of the negotiations table (empty text: NULL), and back.
    static QVariantMap documentColumns(const DocumentDetails& details);
    static DocumentDetails documentDetails(const QVariantMap& negotiation);
    // The witnesses of a proposal opening as one stored text, "张三、李四", and back.
    static QString joinWitnesses(const QStringList& witnesses);
    static QStringList splitWitnesses(const QString& text);
};

} // namespace tp::store
