// Names, titles and other user-supplied strings are shown literally everywhere: a bidder called
// "<h1>BIG</h1>" is not a heading, a title "<script>…</script>T" is not "T", and chart labels keep the name.
#include "MainWindow.h"
#include "MessageBox.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "projector/ProjectorWindow.h"
#include "steps/results/ResultsPage.h"
#include "steps/vote/VoteStepPage.h"
#include "steps/vote/VoteWidget.h"

#include "UiTestData.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChartView>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tp::ui;

class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void hostileNames_data();
    void hostileNames();

private:
    QTemporaryDir m_dir;
};

namespace {

// What a name looks like after a rich-text renderer has read it, to compare with the name.
QString rendered(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

bool isRich(const QLabel* label)
{
    return label->textFormat() == Qt::RichText ||
           (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

// Every tooltip of the tree: widgets' own and those of item views' cells and headers.
QStringList toolTips(const QWidget* root)
{
    QStringList tips{root->toolTip()};
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        tips.append(widget->toolTip());
        const auto* view = qobject_cast<const QAbstractItemView*>(widget);
        if (!view || !view->model())
            continue;
        const QAbstractItemModel* model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                tips.append(model->index(row, column).data(Qt::ToolTipRole).toString());
            tips.append(model->headerData(row, Qt::Vertical, Qt::ToolTipRole).toString());
        }
        for (int column = 0; column < model->columnCount(); ++column)
            tips.append(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
    }
    return tips;
}

// Every text QtCharts renders as rich text: series and set labels, legend entries, category axes.
QStringList chartLabels(const QWidget* root)
{
    QStringList labels;
    for (const QChartView* view : root->findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        if (!chart)
            continue;
        for (QAbstractSeries* series : chart->series()) {
            labels.append(series->name());
            if (auto* bars = qobject_cast<QBarSeries*>(series)) {
                for (const QBarSet* set : bars->barSets())
                    labels.append(set->label());
            }
            if (auto* boxes = qobject_cast<QBoxPlotSeries*>(series)) {
                for (const QBoxSet* set : boxes->boxSets())
                    labels.append(set->label());
            }
        }
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                labels.append(categories->categories());
        }
        for (const QLegendMarker* marker : chart->legend()->markers())
            labels.append(marker->label());
    }
    return labels;
}

// No text that Qt reads as rich text holds the user's markup unescaped.
void checkNoMarkup(const QWidget* root, const QString& markup, const QString& where)
{
    for (const QLabel* label : root->findChildren<QLabel*>()) {
        if (isRich(label))
            QVERIFY2(!label->text().contains(markup),
                     qPrintable(QStringLiteral("%1: rich-text label %2 holds %3")
                                    .arg(where, label->objectName(), label->text().left(200))));
    }
    for (const QString& tip : toolTips(root)) {
        if (Qt::mightBeRichText(tip))
            QVERIFY2(!tip.contains(markup),
                     qPrintable(QStringLiteral("%1: rich-text tooltip holds %2").arg(where, tip.left(200))));
    }
    for (const QString& label : chartLabels(root))
        QVERIFY2(!label.contains(markup),
                 qPrintable(QStringLiteral("%1: chart label holds %2").arg(where, label.left(200))));
}

bool showsLiterally(const QStringList& texts, const QString& name)
{
    for (const QString& text : texts) {
        if (text.contains(name))
            return true;
    }
    return false;
}

} // namespace

void TestPlainText::hostileNames_data()
{
    QTest::addColumn<QString>("pattern");
    // The part of the pattern that must never reach a rich-text renderer as it is.
    QTest::addColumn<QString>("markup");
    QTest::newRow("markup") << QStringLiteral("<h1 style=\"color:red\">BIG</h1><a href=\"x\">click</a>")
                            << QStringLiteral("<h1");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>T") << QStringLiteral("<script");
    QTest::newRow("long") << QStringLiteral("<b>%1</b>").arg(QString(QStringLiteral("很长的名称")).repeated(60))
                          << QStringLiteral("<b>");
    QTest::newRow("rtl") << QStringLiteral("\u202Bشركة <i>التأمين</i>\u202C") << QStringLiteral("<i>");
    QTest::newRow("newline") << QStringLiteral("<u>first</u>\nsecond <img src=\"x\"> line") << QStringLiteral("<u>");
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt;A &amp; B") << QStringLiteral("&lt;b&gt;");
}

void TestPlainText::hostileNames()
{
    QFETCH(QString, pattern);
    QFETCH(QString, markup);
    QVERIFY(m_dir.isValid());

    // The tie example, without its votes (the tie is still open), every name replaced.
    QFile source(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/tie-vote.json"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(source.readAll()).object();
    json.remove(QStringLiteral("votes"));
    auto hostile = [&pattern](const QString& what) { return QStringLiteral("%1 %2").arg(pattern, what); };
    QJsonObject project = json.value(QStringLiteral("project")).toObject();
    project.insert(QStringLiteral("title"), hostile(QStringLiteral("title")));
    project.insert(QStringLiteral("purchaser"), hostile(QStringLiteral("purchaser")));
    json.insert(QStringLiteral("project"), project);
    QStringList bidderNames;
    QStringList names;
    for (const QString& member : {QStringLiteral("criteria"), QStringLiteral("bidders"), QStringLiteral("panel")}) {
        const QString field = member == QLatin1String("criteria") ? QStringLiteral("title") : QStringLiteral("name");
        QJsonArray array = json.value(member).toArray();
        for (int i = 0; i < array.size(); ++i) {
            QJsonObject object = array.at(i).toObject();
            const QString name = hostile(object.value(QStringLiteral("id")).toString());
            object.insert(field, name);
            array.replace(i, object);
            names.append(name);
            if (member == QLatin1String("bidders"))
                bidderNames.append(name);
        }
        json.insert(member, array);
    }
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString path = m_dir.filePath(tag + QStringLiteral(".json"));
    QFile target(path);
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write(QJsonDocument(json).toJson());
    target.close();

    MainWindow window(m_dir.filePath(tag + QStringLiteral(".sqlite")));
    window.resize(1366, 768);
    window.show();
    FileDialog::setNextAnswer(path);
    window.importScenario();
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    checkNoMarkup(&window, markup, QStringLiteral("home"));
    QVERIFY(showsLiterally(UiTestData::visibleTexts(&window), hostile(QStringLiteral("title"))));

    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    QVERIFY(view);
    QStringList seen;
    auto walk = [&](const QString& when) {
        for (const tp::store::Stage step : view->steps()) {
            view->showStep(step);
            QCoreApplication::processEvents();
            checkNoMarkup(&window, markup, QStringLiteral("%1, step %2").arg(when).arg(int(step)));
            seen += UiTestData::visibleTexts(&window);
        }
    };
    walk(QStringLiteral("tie open"));
    // The header shows the title and the purchaser as they were typed.
    auto* title = window.findChild<QLabel*>(QStringLiteral("negotiationTitle"));
    QVERIFY(title);
    QVERIFY(!isRich(title));
    QCOMPARE(title->text(), hostile(QStringLiteral("title")));

    // Compute the result: the tie goes to the vote, whose choices are the tied bidders' names.
    view->showStep(tp::store::Stage::Scoring);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(view->currentStep(), tp::store::Stage::Vote);
    auto* page = view->page<VoteStepPage>();
    QVERIFY(page);
    VoteWidget* vote = page->voteWidget();
    const QList<tp::Panelist> panel = view->context().scenario.panel;
    for (int i = 0; i < panel.size(); ++i) {
        QVERIFY(vote->chooseVoter(panel.at(i).id));
        vote->beginBallot();
        checkNoMarkup(&window, markup, QStringLiteral("ballot"));
        auto* b2 = vote->findChild<QRadioButton*>(QStringLiteral("choice_B2"));
        QVERIFY(b2);
        // A radio button shows its text literally, except that '&' marks a shortcut unless doubled.
        QCOMPARE(b2->text().replace(QStringLiteral("&&"), QStringLiteral("&")), hostile(QStringLiteral("B2")));
        b2->click();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto* cast = vote->findChild<QPushButton*>(QStringLiteral("castBallot"));
        QVERIFY(cast);
        QTest::mouseClick(cast, Qt::LeftButton);
    }
    if (!vote->isClosed())
        vote->closeRound();
    QTRY_COMPARE(view->currentStep(), tp::store::Stage::Result);
    walk(QStringLiteral("decided"));
    for (const QString& name : std::as_const(names))
        QVERIFY2(showsLiterally(seen, name), qPrintable(name));

    // The charts name every bidder: the rendered label is the code and the (shortened) name itself.
    view->showStep(tp::store::Stage::Result);
    QStringList renderedLabels;
    for (const QString& label : chartLabels(&window))
        renderedLabels.append(rendered(label));
    for (int i = 0; i < bidderNames.size(); ++i) {
        const QString label = ResultsPage::chartLabel(QStringLiteral("B%1").arg(i + 1), bidderNames.at(i));
        QVERIFY2(renderedLabels.contains(label.simplified()),
                 qPrintable(QStringLiteral("%1 not among %2").arg(label, renderedLabels.join(QLatin1Char('|')))));
    }

    // The projector: the title, the order, the presenter and the approved ranking.
    ProjectorWindow* projector = window.projector();
    QVERIFY(projector);
    projector->show();
    projector->setProjectTitle(view->context().scenario.project.title);
    projector->showTitle();
    checkNoMarkup(projector, markup, QStringLiteral("projector title"));
    QVERIFY(showsLiterally(UiTestData::visibleTexts(projector), hostile(QStringLiteral("title"))));
    projector->showDrawOrder(bidderNames);
    checkNoMarkup(projector, markup, QStringLiteral("projector order"));
    projector->showPresenter(bidderNames.first(), 1, int(bidderNames.size()));
    checkNoMarkup(projector, markup, QStringLiteral("projector presenter"));
    QVERIFY(view->context().evaluation);
    QVERIFY(projector->showApprovedRanking(*view->context().evaluation, view->context().scenario));
    checkNoMarkup(projector, markup, QStringLiteral("projector ranking"));
    const QStringList projected = UiTestData::visibleTexts(projector);
    for (const QString& name : std::as_const(bidderNames))
        QVERIFY2(projected.contains(name), qPrintable(name));
    projector->close();

    window.showHome();
    checkNoMarkup(&window, markup, QStringLiteral("home after"));
}

QTEST_MAIN(TestPlainText)
#include "tst_ui_plaintext.moc"
