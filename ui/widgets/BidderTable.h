#pragma once

#include "model/Scenario.h"
#include "rules/Evaluation.h"

#include <QTableWidget>

#include <functional>
#include <optional>

namespace tp::ui {

// The bidders of a negotiation at a desk: code, company, when their entry was recorded, whether they
// are qualified (or why they are excluded) and what the desk checked. One row is selected at a time.
class BidderTable : public QTableWidget
{
    Q_OBJECT
public:
    // `entryHeader` and `checksHeader` name the third and the fifth column.
    BidderTable(const QString& entryHeader, const QString& checksHeader, QWidget* parent = nullptr);

    // One row for each bidder of `scenario`; the state column stays empty without a qualification.
    void fill(const tp::Scenario& scenario, const std::optional<tp::Evaluation>& qualification,
              const std::function<QString(const tp::Bidder&)>& entry,
              const std::function<QString(const tp::Bidder&)>& checks);
    // The code of the selected bidder; empty when none is selected.
    QString selectedBidder() const;
    void selectBidder(const QString& bidder);
};

} // namespace tp::ui
