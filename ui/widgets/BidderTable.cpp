#include "BidderTable.h"

#include "model/Terms.h"

#include <QHeaderView>

namespace tp::ui {

BidderTable::BidderTable(const QString& entryHeader, const QString& checksHeader, QWidget* parent)
    : QTableWidget(0, 5, parent)
{
    setObjectName(QStringLiteral("bidders"));
    setHorizontalHeaderLabels({tr("Bidder"), tr("Company"), entryHeader, tr("State"), checksHeader});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    setWordWrap(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
}

void BidderTable::fill(const tp::Scenario& scenario, const std::optional<tp::Evaluation>& qualification,
                       const std::function<QString(const tp::Bidder&)>& entry,
                       const std::function<QString(const tp::Bidder&)>& checks)
{
    setRowCount(int(scenario.bidders.size()));
    for (int i = 0; i < scenario.bidders.size(); ++i) {
        const tp::Bidder& b = scenario.bidders.at(i);
        const QString when = entry(b);
        QString state = tr("Qualified");
        if (qualification) {
            for (const tp::Exclusion& e : qualification->excluded)
                if (e.bidder == b.id)
                    state = tp::Terms::exclusionReason(e.reason);
        } else {
            state = QString();
        }
        setItem(i, 0, new QTableWidgetItem(b.id));
        setItem(i, 1, new QTableWidgetItem(b.name));
        setItem(i, 2, new QTableWidgetItem(when.isEmpty() ? tr("—") : when));
        setItem(i, 3, new QTableWidgetItem(state));
        setItem(i, 4, new QTableWidgetItem(checks(b)));
    }
}

QString BidderTable::selectedBidder() const
{
    const QList<QTableWidgetItem*> selected = selectedItems();
    if (selected.isEmpty())
        return QString();
    const QTableWidgetItem* id = item(selected.first()->row(), 0);
    return id ? id->text() : QString();
}

void BidderTable::selectBidder(const QString& bidder)
{
    for (int i = 0; i < rowCount(); ++i)
        if (item(i, 0)->text() == bidder)
            selectRow(i);
}

} // namespace tp::ui
