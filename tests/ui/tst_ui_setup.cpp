// The setup step driven offscreen as a new user would: a negotiation created from the home view,
// the Cixi 2014 project entered field by field, criteria and panel added, refused edits, undo and
// redo through the Edit menu, then registration opened.
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/NewNegotiationDialog.h"
#include "main/NegotiationView.h"
#include "model/Translations.h"
#include "steps/setup/AllocationEditor.h"
#include "steps/setup/CriteriaEditor.h"
#include "steps/setup/CriteriaModel.h"
#include "steps/setup/CriterionDialog.h"
#include "steps/setup/PanelEditor.h"
#include "steps/setup/PanelMemberDialog.h"
#include "steps/setup/PanelModel.h"
#include "steps/setup/ProjectForm.h"
#include "steps/setup/SetupEditor.h"
#include "steps/setup/SetupStepPage.h"
#include "store/AuditLog.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/SetupService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <memory>

using namespace tp::ui;
using tp::store::PanelistEntry;
using tp::store::SetupState;

namespace {

struct CixiCriterion
{
    const char* title;
    const char* points;
};

// The eight elements of the 2014 Cixi negotiation (examples/cixi-2014.json).
const CixiCriterion kCriteria[] = {
    {"承办方案设计符合本地实际,具有科学性和可行性", "20"},
    {"人均筹资标准控制在25元以内,科学合理测算承办综合费率", "20"},
    {"派驻人员专业知识与人事管理制度", "10"},
    {"一站式服务:异地医疗费用审核结算", "10"},
    {"信息系统方案科学可行,与合作医疗系统对接安全", "10"},
    {"配合经办机构工作,政策宣传、咨询、投诉受理渠道畅通", "10"},
    {"完整的医保业务经办方案", "15"},
    {"其他特殊性承诺", "5"},
};

const char* const kPanel[] = {"赵明", "钱芳", "孙伟", "李静", "周强", "吴敏", "郑涛"};

} // namespace

class TestUiSetup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void newNegotiationFromScratch();
    void refusedOnceRegistrationOpened();
    void registrationNeedsCompleteSetup();
    void screenshots();

private:
    // Clicks OK of the dialog of type T once it is shown modally, after `fill` has filled it in.
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
    // Types text into a line edit as an input method would (QTest::keyClicks takes Latin-1 only).
    static void typeText(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->insert(text);
    }
    static void retype(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        edit->insert(text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void retype(QAbstractSpinBox* field, const QString& text)
    {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(field, text);
        QTest::keyClick(field, Qt::Key_Return);
    }
    SetupState stored() const
    {
        const auto state = tp::store::SetupService(*m_view->context().workspace).state(m_view->negotiationId());
        if (!state.ok())
            qFatal("cannot read the setup: %s", qPrintable(state.problem.toString()));
        return *state.value;
    }
    void addCriterion(const QString& code, const QString& title, const QString& points)
    {
        answerDialog<CriterionDialog>([code, title, points](CriterionDialog* dialog) {
            if (!code.isEmpty()) {
                dialog->codeField()->clear();
                QTest::keyClicks(dialog->codeField(), code);
            }
            typeText(dialog->titleField(), title);
            QTest::keyClicks(dialog->pointsField(), points);
        });
        QTest::mouseClick(m_page->criteriaEditor()->addButton(), Qt::LeftButton);
    }
    void addMember(const QString& name, bool leader)
    {
        answerDialog<PanelMemberDialog>([name, leader](PanelMemberDialog* dialog) {
            typeText(dialog->nameField(), name);
            dialog->roleChooser()->setCurrentIndex(leader ? 1 : 0);
            typeText(dialog->affiliationField(), QStringLiteral("慈溪市医疗保障局"));
            dialog->declarationChooser()->setCurrentIndex(PanelMemberDialog::NoConflict);
        });
        QTest::mouseClick(m_page->panelEditor()->addButton(), Qt::LeftButton);
    }
    void selectRow(QTableView* view, int row)
    {
        const QModelIndex index = view->model()->index(row, 1);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

    QTemporaryDir m_dir;
    NegotiationView* m_view = nullptr;
    SetupStepPage* m_page = nullptr;
};

void TestUiSetup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestUiSetup::init()
{
    QSettings().clear();
}

void TestUiSetup::newNegotiationFromScratch()
{
    MainWindow window(m_dir.filePath(QStringLiteral("setup.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    answerDialog<NewNegotiationDialog>([](NewNegotiationDialog* dialog) {
        typeText(dialog->titleField(), QStringLiteral("慈溪大病保险谈判"));
        typeText(dialog->purchaserField(), QStringLiteral("慈溪市医疗保障中心"));
        dialog->templateChooser()->setCurrentIndex(dialog->templateChooser()->count() - 1); // blank
    });
    window.newNegotiation();
    QVERIFY(!window.isShowingHome());
    m_view = window.negotiationView();
    QCOMPARE(m_view->currentStep(), tp::store::Stage::Setup);
    m_page = m_view->page<SetupStepPage>();
    QVERIFY(m_page->isVisible());
    QVERIFY(m_page->isEditable());
    QVERIFY(stored().criteria.isEmpty());
    QUndoStack* undo = m_view->undoStack();
    QVERIFY(!undo->canUndo());
    QVERIFY(!window.undoAction()->isEnabled());
    QCOMPARE(window.undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QVERIFY(window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QVERIFY(window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    // The project, field by field: each field is one undoable change.
    ProjectForm* form = m_page->projectForm();
    m_page->tabs()->setCurrentIndex(SetupStepPage::ProjectTab);
    const QString title = QStringLiteral("慈溪市城乡居民合作医疗保障大病保险承办选择性谈判");
    retype(form->titleField(), title);
    QCOMPARE(stored().project.title, title);
    QCOMPARE(undo->count(), 1);
    retype(form->purchaserField(), QStringLiteral("慈溪市城乡居民医疗保障管理中心"));
    QCOMPARE(stored().project.purchaser, QStringLiteral("慈溪市城乡居民医疗保障管理中心"));
    const QDateTime registration(QDate(2014, 7, 29), QTime(17, 0));
    const QDateTime proposals(QDate(2014, 8, 4), QTime(15, 0));
    form->registrationDeadlineField()->setDateTime(registration);
    QTest::keyClick(form->registrationDeadlineField(), Qt::Key_Return);
    form->proposalDeadlineField()->setDateTime(proposals);
    QTest::keyClick(form->proposalDeadlineField(), Qt::Key_Return);
    retype(form->requiredCopiesField(), QStringLiteral("10"));
    retype(form->presentationMinutesField(), QStringLiteral("20"));
    retype(form->statementMinutesField(), QStringLiteral("5"));
    form->publicationStartField()->setDate(QDate(2014, 8, 8));
    form->publicationDaysField()->setValue(7);
    form->publicationGroup()->setChecked(true);
    SetupState s = stored();
    QCOMPARE(s.project.registrationDeadline, std::optional<QDateTime>(registration));
    QCOMPARE(s.project.proposalDeadline, std::optional<QDateTime>(proposals));
    QCOMPARE(s.project.requiredCopies, std::optional<int>(10));
    QCOMPARE(s.project.presentationMinutes, 20);
    QCOMPARE(s.project.statementMinutes, 5);
    QVERIFY(s.project.publication);
    QCOMPARE(s.project.publication->start, QDate(2014, 8, 8));
    QCOMPARE(s.project.publication->workingDays, 7);
    // Unchanged values (20 and 5 are the defaults) push nothing.
    QCOMPARE(undo->count(), 6);
    QCOMPARE(m_view->context().scenario.project.title, title);

    // Undo and redo an edit: each is a recorded change of the store.
    retype(form->titleField(), QStringLiteral("错误的名称"));
    QCOMPARE(stored().project.title, QStringLiteral("错误的名称"));
    QVERIFY(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    QCOMPARE(stored().project.title, title);
    QCOMPARE(form->titleField()->text(), title);
    window.redoAction()->trigger();
    QCOMPARE(stored().project.title, QStringLiteral("错误的名称"));
    QCOMPARE(form->titleField()->text(), QStringLiteral("错误的名称"));
    window.undoAction()->trigger();
    QCOMPARE(stored().project.title, title);

    // An allocation that does not add up to 100 is refused with the field named; nothing changes.
    AllocationEditor* allocation = form->allocationEditor();
    allocation->maxWinnersField()->setValue(3);
    QVERIFY(allocation->shareField(3, 3));
    QCOMPARE(allocation->shareField(3, 1)->value(), 60);
    allocation->shareField(3, 3)->setValue(5);
    QCOMPARE(allocation->sumLabel(3)->text(), QStringLiteral("sum 95 %"));
    QVERIFY(allocation->applyButton()->isEnabled());
    const int commands = undo->index();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("project.allocation.3")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("95, not 100")));
    QCOMPARE(stored().project.maxWinners, 1);
    QCOMPARE(stored().project.allocation, (QMap<int, QList<int>>{{1, {100}}}));
    QCOMPARE(undo->index(), commands);
    QCOMPARE(allocation->maxWinners(), 1); // the form shows what is stored again
    // Two winners at 60/40 are accepted, then undone (Cixi has one winner).
    allocation->maxWinnersField()->setValue(2);
    QTest::mouseClick(allocation->applyButton(), Qt::LeftButton);
    QCOMPARE(stored().project.allocation, (QMap<int, QList<int>>{{1, {100}}, {2, {60, 40}}}));
    window.undoAction()->trigger();
    QCOMPARE(stored().project.maxWinners, 1);
    QCOMPARE(stored().project.allocation, (QMap<int, QList<int>>{{1, {100}}}));

    // Criteria: the total is shown as they are added.
    m_page->tabs()->setCurrentIndex(SetupStepPage::CriteriaTab);
    CriteriaEditor* criteria = m_page->criteriaEditor();
    QAbstractItemModelTester criteriaTester(criteria->model());
    for (const CixiCriterion& c : kCriteria)
        addCriterion(QString(), QString::fromUtf8(c.title), QString::fromLatin1(c.points));
    s = stored();
    QCOMPARE(s.criteria.size(), 8);
    QCOMPARE(s.criteria.first().id, QStringLiteral("C1"));
    QCOMPARE(s.criteria.last().id, QStringLiteral("C8"));
    QCOMPARE(s.criteria.at(6).max, tp::Hundredths(1500));
    QVERIFY(criteria->totalLabel()->text().contains(QStringLiteral("total 100.00 points")));
    QVERIFY(!criteria->totalLabel()->text().contains(QStringLiteral("not 100")));
    QVERIFY(m_page->tabs()->tabText(SetupStepPage::CriteriaTab).contains(QStringLiteral("100.00")));

    // A duplicate code is refused and changes nothing.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    addCriterion(QStringLiteral("C3"), QStringLiteral("重复"), QStringLiteral("1"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("criterion C3 exists already")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(stored().criteria.size(), 8);

    // Points typed into the table are exact hundredths; the total warns when it is not 100.
    QTableView* table = criteria->view();
    const QModelIndex points = criteria->model()->index(7, CriteriaModel::PointsColumn);
    QVERIFY(UiTestData::typeIntoCell(table, points, QStringLiteral("5.25")));
    QTRY_COMPARE(stored().criteria.at(7).max, tp::Hundredths(525));
    QVERIFY(criteria->totalLabel()->text().contains(QStringLiteral("100.25")));
    QVERIFY(criteria->totalLabel()->text().contains(QStringLiteral("not 100")));
    window.undoAction()->trigger();
    QCOMPARE(stored().criteria.at(7).max, tp::Hundredths(500));
    QVERIFY(criteria->totalLabel()->text().contains(QStringLiteral("total 100.00 points")));
    QVERIFY(!criteria->totalLabel()->text().contains(QStringLiteral("not 100")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(UiTestData::typeIntoCell(table, points, QStringLiteral("5.255")));
    QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("at most two decimals")));
    QCOMPARE(stored().criteria.at(7).max, tp::Hundredths(500));

    // Move the last criterion up, then undo.
    selectRow(table, 7);
    QCOMPARE(criteria->selectedCode(), QStringLiteral("C8"));
    QTest::mouseClick(criteria->upButton(), Qt::LeftButton);
    QCOMPARE(stored().criteria.at(6).id, QStringLiteral("C8"));
    QCOMPARE(criteria->selectedCode(), QStringLiteral("C8"));
    window.undoAction()->trigger();
    QCOMPARE(stored().criteria.at(7).id, QStringLiteral("C8"));

    // Panel: the size check follows the members as they are added.
    m_page->tabs()->setCurrentIndex(SetupStepPage::PanelTab);
    PanelEditor* panel = m_page->panelEditor();
    QAbstractItemModelTester panelTester(panel->model());
    QLabel* findings = panel->findingsLabel();
    for (int i = 0; i < 7; ++i) {
        addMember(QString::fromUtf8(kPanel[i]), i == 0);
        QCOMPARE(stored().panel.size(), i + 1);
        if (i + 1 < 3)
            QVERIFY2(findings->text().contains(QStringLiteral("Too few members")), qPrintable(findings->text()));
        if (i + 1 == 6)
            QVERIFY2(findings->text().contains(QStringLiteral("odd number")), qPrintable(findings->text()));
    }
    QVERIFY2(findings->text().contains(QStringLiteral("size is fine")), qPrintable(findings->text()));
    QVERIFY(!findings->text().contains(QStringLiteral("Too few")));
    s = stored();
    QCOMPARE(s.panel.first().role, tp::PanelRole::Leader);
    QCOMPARE(s.panel.first().name, QStringLiteral("赵明"));
    QCOMPARE(s.panel.last().id, QStringLiteral("P7"));
    QCOMPARE(s.panel.at(3).affiliation, QStringLiteral("慈溪市医疗保障局"));
    QCOMPARE(s.panel.at(3).conflictDeclared, std::optional<bool>(false));
    // A large-budget body wants at least 7: still fine.
    panel->bodyChooser()->setCurrentIndex(2);
    emit panel->bodyChooser()->activated(2);
    QVERIFY(findings->text().contains(QStringLiteral("size is fine")));

    // A second leader is refused; nothing changes.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    addMember(QStringLiteral("王磊"), true);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("already has a leader (P1 赵明)")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(stored().panel.size(), 7);

    // A declared conflict is highlighted and warned about; undone, the warning goes.
    selectRow(panel->view(), 3);
    answerDialog<PanelMemberDialog>([](PanelMemberDialog* dialog) {
        QCOMPARE(dialog->nameField()->text(), QStringLiteral("李静"));
        QVERIFY(dialog->codeField()->isReadOnly());
        dialog->declarationChooser()->setCurrentIndex(PanelMemberDialog::Conflict);
        typeText(dialog->noteField(), QStringLiteral("配偶在投标人处任职"));
    });
    QTest::mouseClick(panel->editButton(), Qt::LeftButton);
    QCOMPARE(stored().panel.at(3).conflictDeclared, std::optional<bool>(true));
    QCOMPARE(stored().panel.at(3).conflictNote, QStringLiteral("配偶在投标人处任职"));
    QVERIFY(panel->model()->index(3, PanelModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!panel->model()->index(2, PanelModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(panel->conflictsLabel()->isVisible());
    QVERIFY(panel->conflictsLabel()->text().contains(QStringLiteral("李静")));
    window.undoAction()->trigger();
    QCOMPARE(stored().panel.at(3).conflictDeclared, std::optional<bool>(false));
    QVERIFY(!panel->conflictsLabel()->isVisible());

    // Remove a member (6 is even), undo puts them back in place; reorder.
    selectRow(panel->view(), 4);
    QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
    QCOMPARE(stored().panel.size(), 6);
    QVERIFY(findings->text().contains(QStringLiteral("at least 7")));
    window.undoAction()->trigger();
    QCOMPARE(stored().panel.size(), 7);
    QCOMPARE(stored().panel.at(4).name, QStringLiteral("周强"));
    window.redoAction()->trigger();
    QCOMPARE(stored().panel.size(), 6);
    window.undoAction()->trigger();
    QCOMPARE(stored().panel.at(4).name, QStringLiteral("周强"));
    selectRow(panel->view(), 6);
    QTest::mouseClick(panel->upButton(), Qt::LeftButton);
    QCOMPARE(stored().panel.at(5).id, QStringLiteral("P7"));
    window.undoAction()->trigger();
    QCOMPARE(stored().panel.at(6).id, QStringLiteral("P7"));

    // The record verifies after all these edits and undos.
    const auto verification = tp::store::AuditLog::verify(*m_view->context().workspace);
    QVERIFY(verification.ok());
    QVERIFY2(verification.value->ok, qPrintable(verification.value->problem.toString()));

    // Open registration from the page's step button; the setup is then read-only and its history gone.
    QVERIFY(undo->canUndo());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->nextButton(), Qt::LeftButton);
    QCOMPARE(m_view->context().stage, tp::store::Stage::Registration);
    QCOMPARE(m_view->currentStep(), tp::store::Stage::Registration);
    QVERIFY(!undo->canUndo());
    QVERIFY(!window.undoAction()->isEnabled());
    QVERIFY(!m_page->isEditable());
    QVERIFY(m_page->note()->text().contains(QStringLiteral("read-only")));
    QVERIFY(form->titleField()->isReadOnly());
    QVERIFY(!criteria->addButton()->isVisibleTo(m_page));
    QVERIFY(!panel->addButton()->isVisibleTo(m_page));
}

void TestUiSetup::refusedOnceRegistrationOpened()
{
    // An edit the store refuses (the negotiation moved on behind the page) shows why and stays off
    // the undo stack.
    MainWindow window(m_dir.filePath(QStringLiteral("moved.sqlite")));
    answerDialog<NewNegotiationDialog>([](NewNegotiationDialog* dialog) {
        typeText(dialog->titleField(), QStringLiteral("谈判"));
        typeText(dialog->purchaserField(), QStringLiteral("医保中心"));
        dialog->templateChooser()->setCurrentIndex(0);
    });
    window.newNegotiation();
    NegotiationView* view = window.negotiationView();
    const qint64 id = view->negotiationId();
    auto* page = view->page<SetupStepPage>();
    QVERIFY(page->isEditable());
    QCOMPARE(page->criteriaEditor()->model()->rowCount(), 8);
    tp::store::SetupService setup(*view->context().workspace);
    for (int i = 1; i <= 3; ++i)
        QVERIFY(
            setup
                .addPanelMember(id,
                                {QStringLiteral("P%1").arg(i), QStringLiteral("委员%1").arg(i),
                                 i == 1 ? tp::PanelRole::Leader : tp::PanelRole::Member, QString(), false, QString()},
                                QStringLiteral("other"))
                .ok());
    QVERIFY(tp::store::ProcedureService(*view->context().workspace)
                .advance(view->negotiationId(), tp::store::Stage::Registration, QStringLiteral("other"))
                .ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page->editor()->removeCriterion(QStringLiteral("C1")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("fixed once registration opens")));
    QVERIFY(!view->undoStack()->canUndo());
    view->refresh();
    QVERIFY(!page->isEditable());

    // Going home clears the history; opening the negotiation again shows it read-only.
    window.showHome();
    QVERIFY(!view->undoStack()->canUndo());
    window.openNegotiation(id);
    QCOMPARE(view->negotiationId(), id);
    QVERIFY(!page->isEditable());
    QVERIFY(!view->undoStack()->canUndo());
}

void TestUiSetup::registrationNeedsCompleteSetup()
{
    // A negotiation from the template has criteria but no panel: registration cannot open, and the
    // page and the refusal list why.
    MainWindow window(m_dir.filePath(QStringLiteral("gate.sqlite")));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    answerDialog<NewNegotiationDialog>([](NewNegotiationDialog* dialog) {
        typeText(dialog->titleField(), QStringLiteral("慈溪大病保险谈判"));
        typeText(dialog->purchaserField(), QStringLiteral("慈溪市医疗保障中心"));
        dialog->templateChooser()->setCurrentIndex(0);
    });
    window.newNegotiation();
    m_view = window.negotiationView();
    m_page = m_view->page<SetupStepPage>();
    QVERIFY(m_page->isEditable());
    QCOMPARE(stored().criteria.size(), 8);
    QVERIFY(stored().panel.isEmpty());
    QVERIFY(m_page->readiness()->isVisible());
    QVERIFY(m_page->readiness()->text().contains(QStringLiteral("the panel has no members")));

    // Clicks the step button, confirms, and returns the text of the warning that follows (if any).
    const auto openRegistration = [this] {
        auto warning = std::make_shared<QString>();
        QTimer::singleShot(0, this, [warning] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                *warning = box->text();
                box->accept();
            }
        });
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(m_view->nextButton(), Qt::LeftButton);
        QCoreApplication::processEvents();
        return *warning;
    };
    QString refusal = openRegistration();
    QCOMPARE(m_view->context().stage, tp::store::Stage::Setup);
    QCOMPARE(stored().stage, tp::store::Stage::Setup);
    QVERIFY2(refusal.contains(QStringLiteral("the panel has no members")), qPrintable(refusal));

    // Two members and no leader: both reasons are listed, on the page and in the refusal.
    m_page->tabs()->setCurrentIndex(SetupStepPage::PanelTab);
    addMember(QStringLiteral("钱芳"), false);
    addMember(QStringLiteral("孙伟"), false);
    QCOMPARE(stored().panel.size(), 2);
    const QString listed = m_page->readiness()->text();
    QVERIFY2(listed.contains(QStringLiteral("exactly one leader")), qPrintable(listed));
    QVERIFY2(listed.contains(QStringLiteral("the panel has 2 members")), qPrintable(listed));
    refusal = openRegistration();
    QCOMPARE(stored().stage, tp::store::Stage::Setup);
    QVERIFY2(refusal.contains(QStringLiteral("exactly one leader")), qPrintable(refusal));
    QVERIFY2(refusal.contains(QStringLiteral("the panel has 2 members")), qPrintable(refusal));

    // A leader makes three: the setup is complete and registration opens.
    addMember(QStringLiteral("赵明"), true);
    QCOMPARE(stored().panel.size(), 3);
    QVERIFY(!m_page->readiness()->isVisibleTo(m_page));
    refusal = openRegistration();
    QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
    QCOMPARE(m_view->context().stage, tp::store::Stage::Registration);
    QCOMPARE(stored().stage, tp::store::Stage::Registration);
}

// With TP_SETUP_SCREENSHOTS=DIR, renders the three tabs of the setup step for the Cixi example in
// Chinese at 1366x768 into DIR (run under xvfb-run for real fonts).
void TestUiSetup::screenshots()
{
    const QString dir = qEnvironmentVariable("TP_SETUP_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set TP_SETUP_SCREENSHOTS=DIR to render the setup step");
    tp::Translations::install(*qApp, QStringLiteral("zh_CN"));
    MainWindow window(m_dir.filePath(QStringLiteral("screens.sqlite")));
    tp::store::Workspace* workspace = nullptr;
    {
        tp::Project p;
        p.title = QStringLiteral("慈溪市城乡居民合作医疗保障大病保险承办选择性谈判");
        p.purchaser = QStringLiteral("慈溪市城乡居民医疗保障管理中心");
        p.registrationDeadline = QDateTime(QDate(2014, 7, 29), QTime(17, 0));
        p.proposalDeadline = QDateTime(QDate(2014, 8, 4), QTime(15, 0));
        p.requiredCopies = 10;
        p.publication = tp::PublicationRule{QDate(2014, 8, 8), 7, false};
        answerDialog<NewNegotiationDialog>([](NewNegotiationDialog* dialog) {
            typeText(dialog->titleField(), QStringLiteral("慈溪市城乡居民合作医疗保障大病保险承办选择性谈判"));
            typeText(dialog->purchaserField(), QStringLiteral("慈溪市城乡居民医疗保障管理中心"));
            dialog->templateChooser()->setCurrentIndex(0);
        });
        window.newNegotiation();
        m_view = window.negotiationView();
        workspace = m_view->context().workspace;
        tp::store::SetupService setup(*workspace);
        const qint64 id = m_view->negotiationId();
        QVERIFY(setup.updateProject(id, p, QStringLiteral("test")).ok());
        for (int i = 0; i < 7; ++i) {
            PanelistEntry m;
            m.id = QStringLiteral("P%1").arg(i + 1);
            m.name = QString::fromUtf8(kPanel[i]);
            m.role = i == 0 ? tp::PanelRole::Leader : tp::PanelRole::Member;
            m.affiliation = i < 3 ? QStringLiteral("慈溪市医疗保障局") : QStringLiteral("宁波大学医学院");
            m.conflictDeclared = i == 3   ? std::optional<bool>(true)
                                 : i == 6 ? std::nullopt
                                          : std::optional<bool>(false);
            if (i == 3)
                m.conflictNote = QStringLiteral("配偶在投标人处任职");
            QVERIFY(setup.addPanelMember(id, m, QStringLiteral("test")).ok());
        }
        m_view->refresh();
    }
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    m_page = m_view->page<SetupStepPage>();
    const QStringList names = {QStringLiteral("project"), QStringLiteral("criteria"), QStringLiteral("panel")};
    for (int tab = 0; tab < names.size(); ++tab) {
        m_page->tabs()->setCurrentIndex(tab);
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir + QStringLiteral("/setup-") + names.at(tab) + QStringLiteral(".png")));
    }
}

QTEST_MAIN(TestUiSetup)
#include "tst_ui_setup.moc"
