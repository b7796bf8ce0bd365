#include "UiTestData.h"

#include "io/ScenarioReader.h"
#include "steps/StepContext.h"
#include "store/NegotiationRecord.h"
#include "store/NegotiationStore.h"
#include "store/ScoringService.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

tp::Scenario UiTestData::scenario()
{
    tp::Scenario s;
    s.project.title = QStringLiteral("示例市城乡居民大病保险承办选择性谈判");
    s.project.purchaser = QStringLiteral("示例市医疗保障管理中心");
    s.project.maxWinners = 2;
    s.project.allocation = {{1, {100}}, {2, {60, 40}}};
    s.criteria = {{QStringLiteral("C1"), QStringLiteral("承办方案设计符合本地实际,具有科学性和可行性"), 4000},
                  {QStringLiteral("C2"), QStringLiteral("一站式服务与异地结算"), 3000},
                  {QStringLiteral("C3"), QStringLiteral("信息系统方案科学可行,对接安全"), 3000}};
    s.bidders = {{QStringLiteral("B1"), QStringLiteral("甲保险股份有限公司宁波分公司"), true, std::nullopt, false},
                 {QStringLiteral("B2"), QStringLiteral("乙人寿保险股份有限公司宁波分公司"), true, std::nullopt, false},
                 {QStringLiteral("B3"), QStringLiteral("丙健康保险股份有限公司浙江分公司"), true, std::nullopt, false}};
    s.panel = {{QStringLiteral("P1"), QStringLiteral("赵明"), tp::PanelRole::Leader},
               {QStringLiteral("P2"), QStringLiteral("钱芳"), tp::PanelRole::Member},
               {QStringLiteral("P3"), QStringLiteral("孙伟"), tp::PanelRole::Member},
               {QStringLiteral("P4"), QStringLiteral("李静"), tp::PanelRole::Member},
               {QStringLiteral("P5"), QStringLiteral("周强"), tp::PanelRole::Member}};
    return s;
}

QList<tp::Bidder> UiTestData::qualifiedBidders()
{
    return scenario().bidders;
}

tp::Scenario UiTestData::example(const QString& name)
{
    const auto read = tp::ScenarioReader::readFile(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/") + name +
                                                   QStringLiteral(".json"));
    if (!read.ok())
        qFatal("cannot read example %s", qPrintable(name));
    return *read.scenario;
}

tp::ui::StepContext UiTestData::stepContext(tp::store::Workspace& workspace, qint64 id)
{
    tp::ui::StepContext context;
    context.workspace = &workspace;
    context.id = id;
    const auto summary = tp::store::NegotiationStore(workspace).summary(id);
    if (summary.ok()) {
        context.code = summary.value->code;
        context.stage = summary.value->stage;
    }
    const auto scenario = tp::store::NegotiationStore(workspace).scenario(id);
    if (scenario.ok())
        context.scenario = *scenario.value;
    const auto evaluation = tp::store::NegotiationRecord::evaluate(workspace, id);
    context.evaluation = evaluation.value;
    context.evaluationProblem = evaluation.ok() ? QString() : evaluation.problem.why;
    context.qualification = tp::store::NegotiationRecord::qualification(workspace, id).value;
    const auto sheets = tp::store::ScoringService(workspace).submittedSheets(id);
    if (sheets.ok())
        context.submittedSheets = *sheets.value;
    return context;
}

namespace {

tp::RankEntry entry(const QString& bidder, const tp::Fraction& score, int position, std::optional<int> share,
                    const QList<tp::Hundredths>& totals, const QString& high, const QString& low,
                    const QList<tp::Fraction>& criteria)
{
    tp::RankEntry e;
    e.bidder = bidder;
    e.score = score;
    e.published = score.roundedHundredths();
    e.position = position;
    e.share = share;
    e.droppedHighest = {high};
    e.droppedLowest = {low};
    for (int i = 0; i < totals.size(); ++i)
        e.totals.append({QStringLiteral("P%1").arg(i + 1), totals.at(i)});
    for (int i = 0; i < criteria.size(); ++i)
        e.criteria.append({QStringLiteral("C%1").arg(i + 1), criteria.at(i), {}, {}});
    return e;
}

} // namespace

tp::Evaluation UiTestData::finalEvaluation()
{
    tp::Evaluation e;
    e.status = tp::EvaluationStatus::Final;
    e.qualified = {QStringLiteral("B1"), QStringLiteral("B2"), QStringLiteral("B3")};
    e.draw =
        tp::DrawOutcome{std::nullopt, std::nullopt, {QStringLiteral("B3"), QStringLiteral("B1"), QStringLiteral("B2")}};
    e.ranking = {
        entry(QStringLiteral("B1"), tp::Fraction(25600, 3), 1, 60, {8500, 8650, 8300, 8800, 8450}, QStringLiteral("P4"),
              QStringLiteral("P3"), {tp::Fraction(10200, 3), tp::Fraction(7800, 3), tp::Fraction(7600, 3)}),
        entry(QStringLiteral("B2"), tp::Fraction(24050, 3), 2, 40, {7900, 8150, 8000, 7700, 8200}, QStringLiteral("P5"),
              QStringLiteral("P4"), {tp::Fraction(9600, 3), tp::Fraction(7350, 3), tp::Fraction(7100, 3)}),
        entry(QStringLiteral("B3"), tp::Fraction(22900, 3), 3, 0, {7600, 7450, 7800, 7500, 9000}, QStringLiteral("P5"),
              QStringLiteral("P2"), {tp::Fraction(9000, 3), tp::Fraction(7000, 3), tp::Fraction(6900, 3)})};
    e.winners = {QStringLiteral("B1"), QStringLiteral("B2")};
    return e;
}

tp::Evaluation UiTestData::tiedEvaluation()
{
    tp::Evaluation e = finalEvaluation();
    e.status = tp::EvaluationStatus::VoteRequired;
    e.ranking[1] = entry(QStringLiteral("B2"), tp::Fraction(25600, 3), 1, std::nullopt, {8500, 8650, 8300, 8800, 8450},
                         QStringLiteral("P4"), QStringLiteral("P3"),
                         {tp::Fraction(10200, 3), tp::Fraction(7800, 3), tp::Fraction(7600, 3)});
    e.ranking[0].share = std::nullopt;
    e.ranking[2].share = std::nullopt;
    e.winners.clear();
    e.tie = tp::TieOutcome{{QStringLiteral("B1"), QStringLiteral("B2")}, 1, 2};
    return e;
}

QStringList UiTestData::visibleTexts(const QWidget* root)
{
    QStringList texts;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(root) || (root->isVisible() && !widget->isVisible()))
            continue;
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            texts.append(label->text());
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts.append(button->text());
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            texts.append(group->title());
        else if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            texts.append(edit->text());
        else if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) {
            const QAbstractItemModel* model = view->model();
            if (!model)
                continue;
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column)
                    texts.append(model->index(row, column).data().toString());
            }
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->headerData(column, Qt::Horizontal).toString());
        }
    }
    return texts;
}

bool UiTestData::typeIntoCell(QAbstractItemView* view, const QModelIndex& index, const QString& text)
{
    view->scrollTo(index);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    QWidget* editor = view->indexWidget(index);
    if (!editor)
        return false;
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (line)
        line->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's data through a queued call.
    QCoreApplication::processEvents();
    return true;
}
