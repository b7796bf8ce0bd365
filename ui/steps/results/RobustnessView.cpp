#include "RobustnessView.h"
#include "PlainText.h"

#include "ResultsCharts.h"
#include "ResultsPage.h"
#include "RobustnessModels.h"
#include "io/EvaluationSummary.h"
#include "model/Decimal.h"
#include "rules/Evaluator.h"
#include "rules/WorkingDayCalendar.h"
#include "widgets/FractionText.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tp::ui {

namespace {

QTableView* newTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    QFont font = view->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    view->setFont(font);
    // Compact rows: a panel of 7 members fits without scrolling at 1366 × 768.
    view->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 8);
    view->setMinimumHeight(90);
    // As large as its rows and columns (the splitters share out what room there is from there).
    view->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return view;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the table sets the width
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget* titled(QLabel* title, QTableView* table, QWidget* parent)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(table, 1);
    return box;
}

// Each member's marker: a shape as well as a colour, so that members are told apart on a projector
// and without colour.
QScatterSeries::MarkerShape markerShape(int member)
{
    static const QScatterSeries::MarkerShape shapes[] = {
        QScatterSeries::MarkerShapeCircle,   QScatterSeries::MarkerShapeRectangle,
        QScatterSeries::MarkerShapeTriangle, QScatterSeries::MarkerShapeRotatedRectangle,
        QScatterSeries::MarkerShapeStar,     QScatterSeries::MarkerShapePentagon};
    return shapes[member % int(std::size(shapes))];
}

} // namespace

RobustnessView::RobustnessView(QWidget* parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_nothing(new QLabel(this)), m_margin(new QLabel(this)),
      m_summary(new QLabel(this)), m_leaveModel(new LeaveOneOutModel(this)),
      m_memberModel(new MemberFiguresModel(this)),
      m_leaveView(newTable(m_leaveModel, QStringLiteral("leaveOneOutView"), this)),
      m_memberView(newTable(m_memberModel, QStringLiteral("memberFiguresView"), this)),
      m_chartView(new QChartView(this))
{
    m_nothing->setObjectName(QStringLiteral("robustnessNothing"));
    m_nothing->setText(tr("There is no ranking yet: nothing to analyse."));
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_nothing->setStyleSheet(QStringLiteral("color: #555555;"));
    QFont nothingFont = m_nothing->font();
    nothingFont.setPointSizeF(nothingFont.pointSizeF() * 1.3);
    m_nothing->setFont(nothingFont);

    m_margin->setObjectName(QStringLiteral("robustnessMargin"));
    PlainText::label(m_margin);
    m_margin->setWordWrap(true);
    m_margin->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont marginFont = m_margin->font();
    marginFont.setPointSizeF(marginFont.pointSizeF() * 1.3);
    marginFont.setBold(true);
    m_margin->setFont(marginFont);
    // However long the names, two lines at most (the whole text in the tooltip).
    m_margin->setMaximumHeight(PlainText::linesHeight(m_margin, 2));
    m_summary->setObjectName(QStringLiteral("robustnessSummary"));
    PlainText::label(m_summary);
    m_summary->setWordWrap(true);
    m_summary->setMaximumHeight(PlainText::linesHeight(m_summary, 2));

    // The ranking takes what room is left; the members' columns are sized to their names (capped in
    // updateTexts: the whole name is in the tooltip).
    m_leaveView->horizontalHeader()->setSectionResizeMode(LeaveOneOutModel::RankingColumn, QHeaderView::Stretch);
    m_memberView->horizontalHeader()->setStretchLastSection(true);

    m_chartView->setObjectName(QStringLiteral("robustnessChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);

    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(
        titled(caption(tr("Without each member, recomputed (votes not counted)"), this), m_leaveView, tables));
    tables->addWidget(titled(caption(tr("How each member scored"), this), m_memberView, tables));
    tables->setChildrenCollapsible(false);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tables);
    splitter->addWidget(m_chartView);
    // The tables as tall as their rows, the chart the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_margin);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(splitter, 1);

    m_stack->addWidget(m_nothing);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_stack);
    updateTexts();
}

void RobustnessView::setEvaluation(const tp::Evaluation& evaluation, const tp::Scenario& scenario)
{
    m_evaluation = evaluation;
    m_scenario = scenario;
    m_robustness =
        tp::RobustnessAnalysis::analyse(scenario, evaluation, tp::Evaluator(tp::WorkingDayCalendar::standard()));
    m_leaveModel->setRobustness(m_robustness, scenario);
    m_memberModel->setRobustness(m_robustness, scenario);
    updateTexts();
    rebuildChart();
}

void RobustnessView::updateTexts()
{
    m_stack->setCurrentIndex(m_robustness.analysed ? 1 : 0);
    if (!m_robustness.analysed) {
        m_margin->clear();
        m_summary->clear();
        return;
    }
    auto label = [this](const QString& bidder) { return tp::EvaluationSummary::bidderLabel(m_scenario, bidder); };
    if (m_robustness.margin)
        m_margin->setText(tr("The last winner %1 is %3 points ahead of the best-ranked bidder who does not win, %2 "
                             "(votes not counted).")
                              .arg(label(m_robustness.margin->lastWinner), label(m_robustness.margin->firstOther),
                                   tp::Decimal::format(m_robustness.margin->difference.roundedHundredths())));
    else
        m_margin->setText(tr("Every qualified bidder wins: there is no margin."));
    m_margin->setToolTip(PlainText::toolTip(m_margin->text()));

    int changed = 0;
    for (const tp::LeaveOneOut& row : std::as_const(m_robustness.leaveOneOut))
        changed += row.changed ? 1 : 0;
    QString summary = changed == 0
                          ? tr("Leaving out any one member, the winners stay the same.")
                          : tr("Leaving out any one of %n member(s) would change the winners (rows marked “Changed”).",
                               nullptr, changed);
    if (m_robustness.status == tp::EvaluationStatus::VoteRequired)
        summary += QLatin1Char(' ') + tr("The result waits for the vote and has no winners yet, so every row "
                                         "counts as changed.");
    m_summary->setText(summary);
    m_summary->setToolTip(PlainText::toolTip(summary));
    for (QTableView* view : {m_leaveView, m_memberView}) {
        view->resizeColumnsToContents();
        view->setColumnWidth(0, qMin(view->columnWidth(0) + 12, 220));
    }
}

QString RobustnessView::pointText(int panelist, int row) const
{
    if (row < 0 || row >= m_evaluation.ranking.size())
        return QString();
    const tp::RankEntry& entry = m_evaluation.ranking.at(row);
    const QString bidder = tp::EvaluationSummary::bidderLabel(m_scenario, entry.bidder);
    if (panelist < 0 || panelist >= entry.totals.size() || panelist >= m_scenario.panel.size())
        return PlainText::toolTip(tr("%1\nFinal score: %2").arg(bidder, FractionText::points(entry.score)));
    return PlainText::toolTip(
        tr("%1\n%2: total %3")
            .arg(bidder, tp::EvaluationSummary::panelistLabel(m_scenario, m_scenario.panel.at(panelist).id),
                 tp::Decimal::format(entry.totals.at(panelist).total)));
}

void RobustnessView::rebuildChart()
{
    QChart* chart = ResultsCharts::newChart(tr("Each member's totals against the final scores"));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries); // each member's shape, not only its colour
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 1.15);
    chart->legend()->setFont(legendFont);

    const QList<tp::RankEntry>& ranking = m_evaluation.ranking;
    if (!m_robustness.analysed || ranking.isEmpty()) {
        ResultsCharts::show(m_chartView, chart);
        return;
    }
    QStringList categories;
    auto* final = new QLineSeries;
    final->setName(tr("Final score (exact)"));
    QPen pen(QColor(0x21, 0x21, 0x21));
    pen.setWidth(4);
    final->setPen(pen);
    final->setPointsVisible(true);
    connect(final, &QLineSeries::hovered, m_chartView, [this](const QPointF& point, bool state) {
        m_chartView->setToolTip(state ? pointText(-1, qRound(point.x())) : QString());
    });
    QList<QScatterSeries*> members;
    for (qsizetype p = 0; p < m_scenario.panel.size(); ++p) {
        auto* series = new QScatterSeries;
        series->setName(PlainText::html(tp::EvaluationSummary::panelistLabel(m_scenario, m_scenario.panel.at(p).id)));
        series->setMarkerShape(markerShape(int(p)));
        // A star's points are thin: it is drawn larger to look as large as the others.
        series->setMarkerSize(series->markerShape() == QScatterSeries::MarkerShapeStar ? 17 : 13);
        connect(series, &QScatterSeries::hovered, m_chartView, [this, p](const QPointF& point, bool state) {
            m_chartView->setToolTip(state ? pointText(int(p), qRound(point.x())) : QString());
        });
        members.append(series);
    }
    qreal low = 100;
    qreal high = 0;
    for (qsizetype row = 0; row < ranking.size(); ++row) {
        const tp::RankEntry& entry = ranking.at(row);
        categories.append(PlainText::html(ResultsPage::chartLabel(
            entry.bidder, m_scenario.bidder(entry.bidder) ? m_scenario.bidder(entry.bidder)->name : entry.bidder)));
        const qreal score = ResultsCharts::points(entry.score);
        final->append(qreal(row), score);
        low = qMin(low, score);
        high = qMax(high, score);
        // The members' points side by side around the bidder's place, in panel order.
        for (qsizetype p = 0; p < members.size() && p < entry.totals.size(); ++p) {
            const qreal offset = members.size() > 1 ? (qreal(p) / qreal(members.size() - 1) - 0.5) * 0.5 : 0;
            const qreal value = ResultsCharts::points(entry.totals.at(p).total);
            members.at(p)->append(qreal(row) + offset, value);
            low = qMin(low, value);
            high = qMax(high, value);
        }
    }
    // The final scores first, so that the members' markers are drawn over the line.
    chart->addSeries(final);
    for (QScatterSeries* series : std::as_const(members))
        chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont axisFont = axisX->labelsFont();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 1.15);
    axisX->setLabelsFont(axisFont);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Points"));
    axisY->setLabelsFont(axisFont);
    const qreal margin = qMax<qreal>(1, (high - low) * 0.15);
    axisY->setRange(qMax<qreal>(0, low - margin), high + margin);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    ResultsCharts::show(m_chartView, chart);
}

} // namespace tp::ui
