#pragma once

#include "model/Fraction.h"

#include <QString>

class QChart;
class QChartView;

namespace tp::ui {

// What the charts of the results step share: their look, and scores as chart coordinates (qreal for
// drawing only; every figure shown as text is formatted from the exact values).
class ResultsCharts
{
public:
    static qreal points(tp::Hundredths value);
    static qreal points(const tp::Fraction& value);
    // A chart with a large bold title, no animation and the legend below.
    static QChart* newChart(const QString& title);
    // Shows `chart` in `view` in place of the chart it showed, which is deleted.
    static void show(QChartView* view, QChart* chart);
};

} // namespace tp::ui
