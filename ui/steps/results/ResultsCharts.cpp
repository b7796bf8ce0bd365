#include "ResultsCharts.h"

#include <QChart>
#include <QChartView>
#include <QLegend>

namespace tp::ui {

qreal ResultsCharts::points(tp::Hundredths value)
{
    return qreal(value) / 100;
}

qreal ResultsCharts::points(const tp::Fraction& value)
{
    return qreal(value.numerator()) / qreal(value.denominator()) / 100;
}

QChart* ResultsCharts::newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void ResultsCharts::show(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace tp::ui
