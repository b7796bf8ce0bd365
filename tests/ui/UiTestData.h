#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QAbstractItemView>
#include <QModelIndex>
#include <QStringList>

namespace tp::store {
class Workspace;
}
namespace tp::ui {
struct StepContext;
}

// A small negotiation (3 criteria, 3 bidders, 5 panel members) and hand-made evaluations of it, the
// shared input of the GUI tests and the screenshot tool.
class UiTestData
{
public:
    static tp::Scenario scenario();
    static tp::Evaluation finalEvaluation();
    static tp::Evaluation tiedEvaluation();
    static QList<tp::Bidder> qualifiedBidders();
    // A scenario of tests/data/examples (e.g. "cixi-2014").
    static tp::Scenario example(const QString& name);
    // What the negotiation view hands a step page: negotiation `id` as the store reads it now.
    static tp::ui::StepContext stepContext(tp::store::Workspace& workspace, qint64 id);
    // Every visible text of a widget tree (labels, buttons, group boxes, table cells and headers).
    static QStringList visibleTexts(const QWidget* root);
    // Selects a cell, presses F2, types text into its editor and presses Enter.
    static bool typeIntoCell(QAbstractItemView* view, const QModelIndex& index, const QString& text);
};
