#include "ResultsPage.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "RankingModel.h"
#include "ResultsCharts.h"
#include "RobustnessView.h"
#include "model/Terms.h"
#include "widgets/VoteTallyText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tp::ui {

namespace {

qreal medianOf(const QList<qreal>& sorted, qsizetype from, qsizetype to) // [from, to)
{
    const qsizetype count = to - from;
    if (count <= 0)
        return 0;
    const qsizetype middle = from + count / 2;
    return count % 2 ? sorted.at(middle) : (sorted.at(middle - 1) + sorted.at(middle)) / 2;
}

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent), m_model(new RankingModel(this)), m_view(new QTableView(this)), m_status(new QLabel(this)),
      m_details(new QLabel(this)), m_tallies(new QLabel(this)),
      m_vote(new QPushButton(tr("Start the anonymous vote…"), this)),
      m_approve(new QPushButton(tr("Approve the ranking for publication…"), this)),
      m_workbook(new QPushButton(tr("Export the scores as a workbook…"), this)), m_boxPlotView(new QChartView(this)),
      m_criteriaView(new QChartView(this)), m_tabs(new QTabWidget(this)), m_robustness(new RobustnessView(this))
{
    m_status->setObjectName(QStringLiteral("resultsStatus"));
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.5);
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_status->setWordWrap(true);
    PlainText::label(m_status);
    PlainText::label(m_details);
    m_details->setObjectName(QStringLiteral("resultsDetails"));
    m_details->setWordWrap(true);
    PlainText::label(m_tallies);
    m_tallies->setObjectName(QStringLiteral("voteTallies"));
    m_tallies->setWordWrap(true);
    QFont talliesFont = m_tallies->font();
    talliesFont.setBold(true);
    m_tallies->setFont(talliesFont);
    // However long the names, the status takes at most two lines and the tallies three, so that the
    // table and the charts keep their room; the tooltips have the whole text.
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setMaximumHeight(PlainText::linesHeight(m_status, 2));
    m_tallies->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tallies->setMaximumHeight(PlainText::linesHeight(m_tallies, 3));
    m_vote->setObjectName(QStringLiteral("startVote"));
    m_approve->setObjectName(QStringLiteral("approveRanking"));
    m_workbook->setObjectName(QStringLiteral("exportWorkbook"));
    m_workbook->setToolTip(tr("An Excel workbook (.xlsx): the ranking with each member's totals, one sheet per "
                              "member with the scores as signed, and the rules."));

    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("rankingView"));
    m_view->verticalHeader()->setVisible(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    QFont tableFont = m_view->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.15);
    m_view->setFont(tableFont);

    m_boxPlotView->setRenderHint(QPainter::Antialiasing);
    m_criteriaView->setRenderHint(QPainter::Antialiasing);
    m_boxPlotView->setMinimumHeight(260);
    m_criteriaView->setMinimumHeight(260);

    auto* banner = new QHBoxLayout;
    auto* texts = new QVBoxLayout;
    texts->addWidget(m_status);
    texts->addWidget(m_details);
    texts->addWidget(m_tallies);
    banner->addLayout(texts, 1);
    banner->addWidget(m_vote);
    banner->addWidget(m_approve);
    banner->addWidget(m_workbook);

    auto* charts = new QWidget(this);
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_boxPlotView);
    chartsLayout->addWidget(m_criteriaView);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    // The ranking with its status, vote and approval first; the robustness analysis of the same result
    // on a tab beside it, with the whole height of the page for its tables and chart (at 1366 × 768 the
    // banner above the ranking leaves too little room for both).
    auto* ranking = new QWidget(this);
    auto* rankingLayout = new QVBoxLayout(ranking);
    rankingLayout->setContentsMargins(0, 4, 0, 0);
    rankingLayout->addLayout(banner);
    rankingLayout->addWidget(splitter, 1);
    m_tabs->setObjectName(QStringLiteral("resultsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(ranking, tr("Ranking"));
    m_tabs->addTab(m_robustness, tr("Robustness analysis"));
    m_tabs->setTabToolTip(1, tr("How close the result is, whether it would differ without any one member, and how "
                                "each member scored."));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);

    connect(m_vote, &QPushButton::clicked, this, [this] {
        if (m_evaluation.tie)
            emit voteRequested(*m_evaluation.tie);
    });
    connect(m_approve, &QPushButton::clicked, this, &ResultsPage::approve);
    connect(m_workbook, &QPushButton::clicked, this, &ResultsPage::workbookRequested);
    updateBanner();
}

void ResultsPage::setEvaluation(const tp::Evaluation& evaluation, const tp::Scenario& scenario)
{
    m_evaluation = evaluation;
    m_scenario = scenario;
    m_model->setEvaluation(evaluation, scenario);
    m_view->resizeColumnsToContents();
    for (int column = RankingModel::kBidderColumn + 1; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, m_view->columnWidth(column) + 16);
    m_view->horizontalHeader()->setSectionResizeMode(RankingModel::kBidderColumn, QHeaderView::Stretch);
    rebuildBoxPlot();
    rebuildCriteriaChart();
    m_robustness->setEvaluation(evaluation, scenario);
    updateBanner();
}

void ResultsPage::showRobustness()
{
    m_tabs->setCurrentWidget(m_robustness);
}

void ResultsPage::updateBanner()
{
    auto nameOf = [this](const QString& id) {
        const tp::Bidder* bidder = m_scenario.bidder(id);
        return bidder && !bidder->name.isEmpty() ? bidder->name : id;
    };
    QStringList details;
    for (const tp::Exclusion& exclusion : std::as_const(m_evaluation.excluded))
        details.append(
            tr("Excluded: %1 (%2)").arg(nameOf(exclusion.bidder), tp::Terms::exclusionReason(exclusion.reason)));

    m_vote->setVisible(false);
    m_approve->setVisible(false);
    // The scores can be handed around once there is a ranking (a vote may still be pending).
    m_workbook->setVisible((m_evaluation.status == tp::EvaluationStatus::Final ||
                            m_evaluation.status == tp::EvaluationStatus::VoteRequired) &&
                           !m_evaluation.ranking.isEmpty());
    m_status->setStyleSheet(QString());
    switch (m_evaluation.status) {
    case tp::EvaluationStatus::Final: {
        QStringList winners;
        for (const QString& id : std::as_const(m_evaluation.winners))
            winners.append(nameOf(id));
        m_status->setText(tr("Final ranking. Selected: %1").arg(winners.join(tr(", "))));
        // The service area of each winner with its places, in rank order.
        for (const tp::RankEntry& entry : std::as_const(m_evaluation.ranking))
            if (entry.area)
                details.append(tr("%1 serves %2: %3")
                                   .arg(nameOf(entry.bidder), entry.area->name, entry.area->places.join(tr(", "))));
        m_status->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_approve->setVisible(true);
        break;
    }
    case tp::EvaluationStatus::VoteRequired: {
        QStringList tied;
        if (m_evaluation.tie) {
            for (const QString& id : std::as_const(m_evaluation.tie->bidders))
                tied.append(nameOf(id));
            m_status->setText(tr("Tie for positions %1–%2: %3. The panel decides by anonymous vote.")
                                  .arg(m_evaluation.tie->first)
                                  .arg(m_evaluation.tie->last)
                                  .arg(tied.join(tr(", "))));
        }
        m_status->setStyleSheet(QStringLiteral("color: #8a5300;"));
        m_vote->setVisible(true);
        break;
    }
    case tp::EvaluationStatus::Failed:
        m_status->setText(tr("The negotiation failed: fewer qualified bidders than the project requires."));
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        break;
    case tp::EvaluationStatus::Scoring:
        m_status->setText(tr("Scoring is not complete yet: no results."));
        break;
    }
    // Each closed round of the vote with its tally, as the rules engine counted it.
    QStringList tallies;
    const QStringList order = VoteTallyText::rankOrder(m_evaluation);
    for (int i = 0; i < m_evaluation.tallies.size(); ++i)
        tallies.append(
            tr("Anonymous vote — %1").arg(VoteTallyText::details(i + 1, m_evaluation.tallies.at(i), order, nameOf)));
    m_tallies->setText(tallies.join(QLatin1Char('\n')));
    m_tallies->setToolTip(PlainText::toolTip(m_tallies->text()));
    m_status->setToolTip(PlainText::toolTip(m_status->text()));
    m_tallies->setVisible(!tallies.isEmpty());
    details.prepend(tr("Struck-through totals are dropped (one highest, one lowest); the score is the mean of the "
                       "rest, published with 2 decimals."));
    m_details->setText(details.join(QLatin1Char('\n')));
}

void ResultsPage::approve()
{
    if (m_evaluation.status != tp::EvaluationStatus::Final)
        return;
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Approve ranking"),
        tr("Approve this final ranking? The ranking (positions, scores and shares) can then be shown to the "
           "audience and published."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        emit rankingApproved();
}

QString ResultsPage::fullName(const QString& bidder) const
{
    const tp::Bidder* b = m_scenario.bidder(bidder);
    return b && !b->name.isEmpty() ? b->name : bidder;
}

QString ResultsPage::chartLabel(const QString& bidder) const
{
    return chartLabel(bidder, fullName(bidder));
}

QString ResultsPage::chartLabel(const QString& bidder, const QString& name)
{
    // The bidder's code keeps the labels of bidders whose names begin alike apart.
    if (name == bidder)
        return bidder;
    const QString simple = name.simplified();
    const QString shortName = simple.size() > 7 ? simple.left(6) + QChar(0x2026) : simple;
    return QStringLiteral("%1 %2").arg(bidder, shortName);
}

void ResultsPage::rebuildBoxPlot()
{
    QChart* chart = ResultsCharts::newChart(tr("Panel totals per bidder"));
    m_boxPlot = new QBoxPlotSeries;
    m_boxPlot->setName(tr("Totals of the panel"));
    m_dropped = new QScatterSeries;
    m_dropped->setName(tr("Dropped totals"));
    m_dropped->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_dropped->setMarkerSize(11);
    m_dropped->setColor(QColor(0xc6, 0x28, 0x28));
    m_dropped->setBorderColor(QColor(0x7f, 0x00, 0x00));

    QStringList categories;
    QStringList fullNames;
    qreal low = 100;
    qreal high = 0;
    for (int row = 0; row < m_evaluation.ranking.size(); ++row) {
        const tp::RankEntry& entry = m_evaluation.ranking.at(row);
        const QString name = PlainText::html(chartLabel(entry.bidder));
        categories.append(name);
        fullNames.append(fullName(entry.bidder));
        QList<qreal> values;
        for (const tp::PanelTotal& total : entry.totals) {
            const qreal value = ResultsCharts::points(total.total);
            values.append(value);
            if (entry.droppedHighest.contains(total.panelist) || entry.droppedLowest.contains(total.panelist))
                m_dropped->append(row, value);
        }
        std::sort(values.begin(), values.end());
        if (values.isEmpty())
            continue;
        low = qMin(low, values.first());
        high = qMax(high, values.last());
        const qsizetype n = values.size();
        auto* set = new QBoxSet(name);
        set->setValue(QBoxSet::LowerExtreme, values.first());
        set->setValue(QBoxSet::LowerQuartile, medianOf(values, 0, n / 2));
        set->setValue(QBoxSet::Median, medianOf(values, 0, n));
        set->setValue(QBoxSet::UpperQuartile, medianOf(values, (n + 1) / 2, n));
        set->setValue(QBoxSet::UpperExtreme, values.last());
        m_boxPlot->append(set);
    }
    chart->addSeries(m_boxPlot);
    chart->addSeries(m_dropped);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Points"));
    const qreal margin = qMax<qreal>(1, (high - low) * 0.15);
    axisY->setRange(qMax<qreal>(0, low - margin), high + margin);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(m_boxPlot), static_cast<QAbstractSeries*>(m_dropped)}) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    // The full name of the bidder under the pointer.
    connect(m_boxPlot, &QBoxPlotSeries::hovered, m_boxPlotView, [this, fullNames](bool status, QBoxSet* set) {
        const qsizetype index = m_boxPlot->boxSets().indexOf(set);
        m_boxPlotView->setToolTip(
            status && index >= 0 && index < fullNames.size() ? PlainText::toolTip(fullNames.at(index)) : QString());
    });
    ResultsCharts::show(m_boxPlotView, chart);
}

void ResultsPage::rebuildCriteriaChart()
{
    QChart* chart = ResultsCharts::newChart(tr("Mean score per criterion"));
    m_criteria = new QBarSeries;
    qreal high = 0;
    for (const tp::RankEntry& entry : std::as_const(m_evaluation.ranking)) {
        auto* set = new QBarSet(PlainText::html(chartLabel(entry.bidder)));
        set->setProperty("fullName", fullName(entry.bidder));
        for (const tp::Criterion& criterion : std::as_const(m_scenario.criteria)) {
            qreal value = 0;
            for (const tp::CriterionResult& result : entry.criteria) {
                if (result.criterion == criterion.id)
                    value = ResultsCharts::points(result.mean);
            }
            set->append(value);
            high = qMax(high, ResultsCharts::points(criterion.max));
        }
        m_criteria->append(set);
    }
    chart->addSeries(m_criteria);
    QStringList categories;
    for (const tp::Criterion& criterion : std::as_const(m_scenario.criteria))
        categories.append(PlainText::html(criterion.id));
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = new QValueAxis;
    axisY->setTitleText(tr("Points"));
    axisY->setRange(0, high > 0 ? high : 1);
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    m_criteria->attachAxis(axisX);
    m_criteria->attachAxis(axisY);
    connect(m_criteria, &QBarSeries::hovered, m_criteriaView, [this](bool status, int, QBarSet* set) {
        m_criteriaView->setToolTip(status && set ? PlainText::toolTip(set->property("fullName").toString())
                                                 : QString());
    });
    ResultsCharts::show(m_criteriaView, chart);
}

} // namespace tp::ui
