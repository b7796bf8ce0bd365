// The whole Cixi 2014 negotiation entered by hand through the real widgets, as a new user of the
// application would: a new negotiation from the Cixi template, the project and the panel in setup,
// five registrations (one late, one not eligible), three sealed proposals, the seeded draw, three
// timed presentations, seven score sheets keyed in the panel's terminal mode and submitted once,
// the review of abnormal scores, and the result, which must be the ranking the rules engine gives
// for tests/data/examples/cixi-2014.json (cixi-2014.expected.json).
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/NewNegotiationDialog.h"
#include "main/NegotiationView.h"
#include "model/Terms.h"
#include "steps/draw/DrawPage.h"
#include "steps/draw/DrawStepPage.h"
#include "steps/presentations/PresentationTimerWidget.h"
#include "steps/presentations/PresentationsStepPage.h"
#include "steps/proposals/ProposalsStepPage.h"
#include "steps/proposals/ReceiveProposalDialog.h"
#include "steps/registration/RegisterBidderDialog.h"
#include "steps/registration/RegistrationStepPage.h"
#include "steps/results/RankingModel.h"
#include "steps/results/ResultsPage.h"
#include "steps/results/ResultsStepPage.h"
#include "steps/scoring/OutlierReviewWidget.h"
#include "steps/scoring/ScoreSheetModel.h"
#include "steps/scoring/ScoreSheetView.h"
#include "steps/scoring/ScoreSheetWidget.h"
#include "steps/scoring/ScoringStepPage.h"
#include "steps/setup/PanelEditor.h"
#include "steps/setup/PanelMemberDialog.h"
#include "steps/setup/ProjectForm.h"
#include "steps/setup/SetupStepPage.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "widgets/TimeField.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp::ui;

namespace {

const char* const kPanel[] = {"赵明", "钱芳", "孙伟", "李静", "周强", "吴敏", "郑涛"};

QJsonObject readJson(const QString& name)
{
    QFile file(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime instant(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

class TestCixiByHand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeNegotiation();

private:
    template <typename T, typename F> void answerDialog(F fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
            auto* buttons = dialog->template findChild<QDialogButtonBox*>();
            QVERIFY(buttons);
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }
    static void typeText(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        edit->insert(text);
    }
    // Confirms the step button's question and moves on.
    void nextStep(NegotiationView* view)
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    }

    QTemporaryDir m_dir;
    QJsonObject m_scenario;
    QJsonObject m_expected;
};

void TestCixiByHand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QSettings().clear();
    m_scenario = readJson(QStringLiteral("cixi-2014"));
    m_expected = readJson(QStringLiteral("cixi-2014.expected"));
}

void TestCixiByHand::wholeNegotiation()
{
    const QJsonObject project = m_scenario.value(QStringLiteral("project")).toObject();
    MainWindow window(m_dir.filePath(QStringLiteral("cixi-by-hand.sqlite")));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Home → New, with the Cixi criteria template.
    answerDialog<NewNegotiationDialog>([project](NewNegotiationDialog* dialog) {
        typeText(dialog->titleField(), project.value(QStringLiteral("title")).toString());
        typeText(dialog->purchaserField(), project.value(QStringLiteral("purchaser")).toString());
        QComboBox* templates = dialog->templateChooser();
        int cixi = -1;
        for (int i = 0; i < templates->count(); ++i)
            if (templates->itemText(i).contains(QStringLiteral("2014")))
                cixi = i;
        QVERIFY2(cixi >= 0, "the Cixi template is offered");
        templates->setCurrentIndex(cixi);
    });
    window.newNegotiation();
    QVERIFY(!window.isShowingHome());
    NegotiationView* view = window.negotiationView();
    tp::store::Workspace* workspace = view->context().workspace;
    const qint64 id = view->negotiationId();
    QCOMPARE(view->currentStep(), tp::store::Stage::Setup);
    QCOMPARE(view->context().scenario.criteria.size(), 8);

    // Setup: deadlines, copies and the notice period; then the panel of seven, 赵明 leading.
    auto* setup = view->page<SetupStepPage>();
    ProjectForm* form = setup->projectForm();
    form->registrationDeadlineField()->setDateTime(instant(project.value(QStringLiteral("registration_deadline"))));
    QTest::keyClick(form->registrationDeadlineField(), Qt::Key_Return);
    form->proposalDeadlineField()->setDateTime(instant(project.value(QStringLiteral("proposal_deadline"))));
    QTest::keyClick(form->proposalDeadlineField(), Qt::Key_Return);
    form->requiredCopiesField()->setValue(project.value(QStringLiteral("required_copies")).toInt());
    QTest::keyClick(form->requiredCopiesField(), Qt::Key_Return);
    form->publicationStartField()->setDate(QDate(2014, 8, 8));
    form->publicationDaysField()->setValue(7);
    form->publicationGroup()->setChecked(true);
    setup->tabs()->setCurrentIndex(SetupStepPage::PanelTab);
    for (int i = 0; i < 7; ++i) {
        answerDialog<PanelMemberDialog>([i](PanelMemberDialog* dialog) {
            typeText(dialog->nameField(), QString::fromUtf8(kPanel[i]));
            dialog->roleChooser()->setCurrentIndex(i == 0 ? 1 : 0);
            dialog->declarationChooser()->setCurrentIndex(PanelMemberDialog::NoConflict);
        });
        QTest::mouseClick(setup->panelEditor()->addButton(), Qt::LeftButton);
    }
    QCOMPARE(view->context().scenario.panel.size(), 7);
    QVERIFY(setup->panelEditor()->findingsLabel()->text().contains(QStringLiteral("size is fine")));
    const tp::Project stored = view->context().scenario.project;
    QCOMPARE(stored.registrationDeadline,
             std::optional<QDateTime>(instant(project.value(QStringLiteral("registration_deadline")))));
    QCOMPARE(stored.requiredCopies, std::optional<int>(10));
    QVERIFY(stored.publication);

    nextStep(view);
    QCOMPARE(view->context().stage, tp::store::Stage::Registration);

    // Registration: B4 registers 20 minutes after the deadline, B5 does not meet the requirements.
    auto* registration = view->page<RegistrationStepPage>();
    for (const QJsonValue& value : m_scenario.value(QStringLiteral("bidders")).toArray()) {
        const QJsonObject bidder = value.toObject();
        answerDialog<RegisterBidderDialog>([bidder](RegisterBidderDialog* dialog) {
            QCOMPARE(dialog->idField()->text(), bidder.value(QStringLiteral("id")).toString());
            typeText(dialog->nameField(), bidder.value(QStringLiteral("name")).toString());
            dialog->timeField()->setDateTime(instant(bidder.value(QStringLiteral("registered_at"))));
            dialog->eligibleBox()->setChecked(bidder.value(QStringLiteral("eligible")).toBool());
            dialog->representativeField()->setText(QStringLiteral("张伟"));
            dialog->introLetterBox()->setChecked(true);
            dialog->idCopyBox()->setChecked(bidder.value(QStringLiteral("id")).toString() != QLatin1String("B2"));
        });
        QTest::mouseClick(registration->entryButton(), Qt::LeftButton);
    }
    QCOMPARE(registration->table()->rowCount(), 5);
    QCOMPARE(registration->table()->item(3, 0)->text(), QStringLiteral("B4"));
    QCOMPARE(registration->table()->item(3, 3)->text(),
             tp::Terms::exclusionReason(QStringLiteral("late_registration")));
    QCOMPARE(registration->table()->item(4, 3)->text(), tp::Terms::exclusionReason(QStringLiteral("not_eligible")));
    // The document checklist of each registration.
    QCOMPARE(registration->table()->item(0, 4)->text(),
             QStringLiteral("Representative: 张伟 · Letter of introduction ✓ · Copy of ID ✓"));
    QVERIFY(registration->table()->item(1, 4)->text().endsWith(QStringLiteral("Copy of ID ✗")));

    nextStep(view);
    QCOMPARE(view->context().stage, tp::store::Stage::Proposals);

    // Proposals: three sealed proposals; B3 hands in 9 of the 10 copies.
    auto* proposals = view->page<ProposalsStepPage>();
    for (const QJsonValue& value : m_scenario.value(QStringLiteral("proposals")).toArray()) {
        const QJsonObject proposal = value.toObject();
        answerDialog<ReceiveProposalDialog>([proposal](ReceiveProposalDialog* dialog) {
            QComboBox* bidders = dialog->bidderChooser();
            bidders->setCurrentIndex(bidders->findData(proposal.value(QStringLiteral("bidder")).toString()));
            QVERIFY(bidders->currentIndex() >= 0);
            dialog->timeField()->setDateTime(instant(proposal.value(QStringLiteral("received_at"))));
            dialog->copiesField()->setValue(proposal.value(QStringLiteral("copies")).toInt());
            dialog->sealedBox()->setChecked(proposal.value(QStringLiteral("sealed")).toBool());
        });
        QTest::mouseClick(proposals->entryButton(), Qt::LeftButton);
    }
    QVERIFY(view->context().scenario.proposals);
    QCOMPARE(view->context().scenario.proposals->size(), 3);
    // Copies against the required number, and the seal, per proposal.
    QCOMPARE(proposals->table()->item(2, 4)->text(), QStringLiteral("9 of 10 copies · seal intact"));
    // The opening (开标) after the deadline: its time and witnesses, recorded on the proposals page.
    QVERIFY(!proposals->openingBox()->isHidden());
    proposals->openedAtField()->setDateTime(QDateTime(QDate(2014, 8, 4), QTime(15, 5)));
    proposals->openingWitnessesField()->setText(QStringLiteral(u"周平、吴刚")); // QTest types Latin-1 only
    QTest::mouseClick(proposals->recordOpeningButton(), Qt::LeftButton);
    QTRY_VERIFY(view->context().scenario.opening.has_value());
    QCOMPARE(view->context().scenario.opening->witnesses,
             (QStringList{QStringLiteral(u"周平"), QStringLiteral(u"吴刚")}));
    QCOMPARE(view->context().scenario.opening->openedAt.time(), QTime(15, 5));

    nextStep(view);
    QCOMPARE(view->context().stage, tp::store::Stage::Draw);

    // The draw: the commitment is shown (and kept) before the seed; the reveal gives the order.
    auto* drawStep = view->page<DrawStepPage>();
    DrawPage* draw = drawStep->drawPage();
    drawStep->witnessesField()->setText(QStringLiteral(u"冯洁, 陈立"));
    draw->draw();
    QCOMPARE(draw->state(), DrawPage::State::Committed);
    const QString commitment = draw->commitment();
    QCOMPARE(commitment.size(), 64);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    draw->reveal();
    QTRY_COMPARE(view->context().stage, tp::store::Stage::Presentations);
    QVERIFY(view->context().drawRecorded());
    QCOMPARE(view->context().scenario.draw->witnesses, (QStringList{QStringLiteral(u"冯洁"), QStringLiteral(u"陈立")}));
    QVERIFY(drawStep->witnessesField()->isReadOnly());
    const QStringList order = view->context().evaluation ? view->context().evaluation->draw->order : QStringList();
    QCOMPARE(order.size(), 3);
    QVERIFY(!order.contains(QStringLiteral("B4")));
    QVERIFY(!order.contains(QStringLiteral("B5")));

    // Presentations in the drawn order, 20 + 5 minutes each, on a clock the test moves.
    view->showStep(tp::store::Stage::Presentations);
    auto* presentations = view->page<PresentationsStepPage>();
    PresentationTimerWidget* timer = presentations->timer();
    QDateTime now(QDate(2014, 8, 5), QTime(9, 0));
    timer->setTimeSource([&now] { return now; });
    for (int i = 0; i < order.size(); ++i) {
        timer->startOrPause();
        now = now.addSecs(20 * 60);
        timer->refresh();
        timer->beginStatement();
        now = now.addSecs(5 * 60 + (i == 1 ? 40 : 0)); // the second one overruns by 40 s
        timer->refresh();
        timer->nextBidder();
        now = now.addSecs(120);
    }
    QVERIFY(timer->isFinished());

    nextStep(view);
    QCOMPARE(view->context().stage, tp::store::Stage::Scoring);

    // Scoring: each member opens their own sheet, keys it and submits it once.
    view->showStep(tp::store::Stage::Scoring);
    auto* scoring = view->page<ScoringStepPage>();
    const QJsonArray scores = m_scenario.value(QStringLiteral("scores")).toArray();
    for (int p = 0; p < 7; ++p) {
        const QString panelist = QStringLiteral("P%1").arg(p + 1);
        QComboBox* chooser = scoring->panelistChooser();
        chooser->setCurrentIndex(chooser->findData(panelist));
        QVERIFY2(chooser->currentIndex() >= 0, qPrintable(panelist));
        ScoreSheetWidget* sheet = scoring->sheet();
        QVERIFY(!sheet->isSubmitted());
        ScoreSheetModel* model = sheet->model();
        // The columns are the qualified bidders; find each one's column by its header.
        QMap<QString, int> column;
        for (int c = 1; c < model->columnCount(); ++c)
            for (const QString& b : order)
                if (model->headerData(c, Qt::Horizontal, Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("(%1)").arg(b)))
                    column.insert(b, c);
        QCOMPARE(column.size(), 3);
        for (const QJsonValue& value : scores) {
            const QJsonObject s = value.toObject();
            if (s.value(QStringLiteral("panelist")).toString() != panelist)
                continue;
            const int criterion = s.value(QStringLiteral("criterion")).toString().mid(1).toInt() - 1;
            const QModelIndex cell =
                model->index(criterion, column.value(s.value(QStringLiteral("bidder")).toString()));
            const QString text = QString::number(s.value(QStringLiteral("score")).toDouble(), 'f', 2);
            QVERIFY(UiTestData::typeIntoCell(sheet->view(), cell, text));
            // Each cell is stored at once, and Return moves the cursor down the same bidder's column,
            // then to the top of the next bidder's: storing does not reset the sheet under the
            // member's hands.
            QVERIFY(sheet->view()->currentIndex().isValid());
            const bool columnEnd = cell.row() + 1 == model->subtotalRow() && cell.column() + 1 < model->columnCount();
            QCOMPARE(sheet->view()->currentIndex().column(), columnEnd ? cell.column() + 1 : cell.column());
            QCOMPARE(sheet->view()->currentIndex().row(),
                     columnEnd ? 0 : qMin(cell.row() + 1, model->subtotalRow() - 1));
            QCOMPARE(model->data(cell).toString(), text);
        }
        MessageBox::setNextAnswer(QMessageBox::Yes);
        sheet->submit();
        QTRY_VERIFY(view->context().submittedSheets.contains(panelist));
        // Until every sheet is in, no total is shown.
        if (p < 6)
            QVERIFY(view->context().submittedSheets.size() == p + 1);
    }

    // Abnormal scores: the panel confirms each flagged score with a recorded reason.
    OutlierReviewWidget* review = scoring->review();
    for (int guard = 0; review->flagCount() > 0 && guard < 50; ++guard) {
        review->table()->selectRow(0);
        typeText(review->reasonField(), QStringLiteral("经谈判小组复核,评分有据"));
        QTest::mouseClick(review->confirmButton(), Qt::LeftButton);
    }
    QCOMPARE(review->flagCount(), 0);

    // The result: the same ranking as the rules engine gives for the example file.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QTRY_COMPARE(view->context().stage, tp::store::Stage::Result);
    auto* results = view->page<ResultsStepPage>();
    RankingModel* ranking = results->resultsPage()->rankingModel();
    const QJsonArray expected = m_expected.value(QStringLiteral("ranking")).toArray();
    QCOMPARE(ranking->rowCount(), int(expected.size()));
    for (int row = 0; row < expected.size(); ++row) {
        const QJsonObject e = expected.at(row).toObject();
        QCOMPARE(ranking->index(row, RankingModel::kBidderColumn).data(RankingModel::BidderIdRole).toString(),
                 e.value(QStringLiteral("bidder")).toString());
        QCOMPARE(ranking->index(row, ranking->publishedColumn()).data().toString(),
                 e.value(QStringLiteral("score")).toString());
    }
    // No tie mattered: the vote step was skipped, and the navigator says so.
    QVERIFY(
        view->navigator()->item(view->rowOf(tp::store::Stage::Vote))->text().contains(QStringLiteral("not needed")));
    QVERIFY(view->context().evaluation);
    QCOMPARE(view->context().evaluation->winners.size(), 1);
    QCOMPARE(view->context().evaluation->winners.first(), QStringLiteral("B1"));

    // Everything entered is in the audit chain, and the chain verifies.
    const auto verified = tp::store::AuditLog::verify(*workspace);
    QVERIFY2(verified.ok(), qPrintable(verified.problem.toString()));
    Q_UNUSED(id);
}

QTEST_MAIN(TestCixiByHand)
#include "tst_ui_cixi_by_hand.moc"
