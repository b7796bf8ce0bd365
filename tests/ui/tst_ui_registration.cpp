// Registration and the receipt of proposals as the desk enters them through the real dialogs: the
// times entered, corrections of entries recorded in error, and the proposal receipt dialog.
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/NewNegotiationDialog.h"
#include "model/Terms.h"
#include "report/EvaluationReport.h"
#include "report/WorkspaceContextReader.h"
#include "steps/StepContext.h"
#include "steps/proposals/ProposalsStepPage.h"
#include "steps/proposals/ReceiveProposalDialog.h"
#include "steps/registration/RegisterBidderDialog.h"
#include "steps/registration/RegistrationStepPage.h"
#include "store/AuditLog.h"
#include "store/NegotiationRecord.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/Workspace.h"
#include "widgets/BidderTable.h"

#include "store/SetupService.h"
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp::ui;

namespace {

QDateTime at(int hour, int minute, int second = 0, int msec = 0)
{
    return QDateTime(QDate(2014, 7, 29), QTime(hour, minute, second, msec));
}

} // namespace

class TestRegistration : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void timesStoredAtTheMinuteShown();
    void registrationCorrectedWithReason();
    void receiptDialogOffersAwaitedBidders();
    void registrationDialogFitsAndTakesTypedTime();

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
    // A new negotiation from the Cixi template, open for registration, whose deadlines (17:00 and 18:00)
    // were keyed in a new-negotiation dialog opened at 55.430 seconds past a minute.
    qint64 newNegotiation(tp::store::Workspace& ws);
    void registerBidder(RegistrationStepPage& page, const QString& name, const QDateTime& when, bool eligible = true);
    // Clicks the row of `bidder` on a registration or proposals page.
    template <class Page> static void selectBidder(Page& page, const QString& bidder)
    {
        for (int row = 0; row < page.table()->rowCount(); ++row)
            if (page.table()->item(row, 0)->text() == bidder)
                QTest::mouseClick(page.table()->viewport(), Qt::LeftButton, {},
                                  page.table()->visualItemRect(page.table()->item(row, 1)).center());
    }
    // The procedure part of the evaluation report (English) as the workspace gives it now.
    static QString reportHtml(tp::store::Workspace& ws, qint64 id);
    static QStringList auditActions(tp::store::Workspace& ws, qint64 id);

    QTemporaryDir m_dir;
};

void TestRegistration::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

qint64 TestRegistration::newNegotiation(tp::store::Workspace& ws)
{
    tp::store::NegotiationStore store(ws);
    const auto templates = store.templates();
    std::optional<qint64> cixi;
    for (const tp::store::CriteriaTemplate& t : *templates.value)
        if (t.name == QLatin1String("cixi-2014"))
            cixi = t.id;
    NewNegotiationDialog dialog(*templates.value);
    dialog.titleField()->setText(QStringLiteral("慈溪市政府采购项目"));
    dialog.purchaserField()->setText(QStringLiteral("慈溪市财政局"));
    dialog.registrationDeadlineField()->setDateTime(at(17, 0, 55, 430));
    dialog.proposalDeadlineField()->setDateTime(at(18, 0, 55, 430));
    tp::Project project = dialog.project();
    project.requiredCopies = 10;
    const auto created = store.create(project, cixi, QStringLiteral("desk"));
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.problem.why));
        return 0;
    }
    // Registration opens only on a complete setup: a panel of three with one leader.
    tp::store::SetupService setup(ws);
    const QStringList names{QStringLiteral("赵明"), QStringLiteral("钱芳"), QStringLiteral("孙伟")};
    for (int i = 0; i < names.size(); ++i) {
        tp::store::PanelistEntry member;
        member.id = QStringLiteral("P%1").arg(i + 1);
        member.name = names.at(i);
        member.role = i == 0 ? tp::PanelRole::Leader : tp::PanelRole::Member;
        const auto added = setup.addPanelMember(created.value->id, member, QStringLiteral("desk"));
        if (!added.ok()) {
            qWarning("%s", qPrintable(added.problem.why));
            return 0;
        }
    }
    const auto opened = tp::store::ProcedureService(ws).advance(created.value->id, tp::store::Stage::Registration,
                                                                QStringLiteral("desk"));
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.problem.why));
        return 0;
    }
    return created.value->id;
}

void TestRegistration::registerBidder(RegistrationStepPage& page, const QString& name, const QDateTime& when,
                                      bool eligible)
{
    answerDialog<RegisterBidderDialog>([name, when, eligible](RegisterBidderDialog* dialog) {
        dialog->eligibleBox()->setChecked(eligible);
        dialog->nameField()->setFocus();
        dialog->nameField()->insert(name); // typed through the input method
        // The dialog opened at `when`: the field shows its minute and keeps the seconds.
        dialog->timeField()->setDateTime(when);
    });
    QTest::mouseClick(page.entryButton(), Qt::LeftButton);
}

QString TestRegistration::reportHtml(tp::store::Workspace& ws, qint64 id)
{
    tp::DocumentInput input;
    input.scenario = *tp::store::NegotiationStore(ws).scenario(id).value;
    input.evaluation = *tp::store::NegotiationRecord::qualification(ws, id).value;
    input.context = *tp::report::WorkspaceContextReader::read(ws, id).value;
    input.language = tp::DocumentLanguage::English;
    return tp::report::EvaluationReport::procedureHtml(input);
}

QStringList TestRegistration::auditActions(tp::store::Workspace& ws, qint64 id)
{
    QStringList actions;
    const auto events = tp::store::AuditLog::events(ws, id);
    for (const tp::store::AuditLog::Event& e : *events.value)
        actions.append(e.action);
    return actions;
}

// Two bidders registered in the deadline minute, shown as "17:00" like the deadline, are both in
// time whatever second their dialogs opened at; one registered a minute later is late.
void TestRegistration::timesStoredAtTheMinuteShown()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("minutes.sqlite")));
    QVERIFY(opened.ok());
    std::shared_ptr<tp::store::Workspace> ws = *opened.value;
    const qint64 id = newNegotiation(*ws);
    QVERIFY(id > 0);

    RegistrationStepPage page;
    page.resize(1366, 768);
    connect(&page, &StepPage::changed, &page, [&page, &ws, id] { page.reload(UiTestData::stepContext(*ws, id)); });
    page.reload(UiTestData::stepContext(*ws, id));
    page.show();
    QVERIFY(page.entryButton()->isEnabled());

    registerBidder(page, QStringLiteral("宁波甲公司"), at(17, 0, 23, 966));
    registerBidder(page, QStringLiteral("宁波乙公司"), at(17, 0, 55, 721));
    registerBidder(page, QStringLiteral("宁波丙公司"), at(17, 1, 0, 5));
    QTRY_COMPARE(page.table()->rowCount(), 3);

    QCOMPARE(page.table()->item(0, 2)->text(), QStringLiteral("2014-07-29 17:00"));
    QCOMPARE(page.table()->item(1, 2)->text(), QStringLiteral("2014-07-29 17:00"));
    QCOMPARE(page.table()->item(2, 2)->text(), QStringLiteral("2014-07-29 17:01"));
    QCOMPARE(page.table()->item(0, 3)->text(), BidderTable::tr("Qualified"));
    QCOMPARE(page.table()->item(1, 3)->text(), BidderTable::tr("Qualified"));
    QCOMPARE(page.table()->item(2, 3)->text(), tp::Terms::exclusionReason(QStringLiteral("late_registration")));

    // What is stored is what was shown: whole minutes.
    const tp::Scenario stored = *tp::store::NegotiationStore(*ws).scenario(id).value;
    QCOMPARE(stored.project.registrationDeadline->time(), QTime(17, 0));
    QCOMPARE(stored.project.proposalDeadline->time(), QTime(18, 0));
    for (const tp::Bidder& b : stored.bidders)
        QCOMPARE(b.registeredAt->time().second() + b.registeredAt->time().msec(), 0);
}

// A registration recorded in error is corrected (or withdrawn) with a reason from the selected row:
// one audit event each, carrying the reason, and the evaluation report shows the correction. Once the
// proposals step is closed, registrations can no longer be corrected.
void TestRegistration::registrationCorrectedWithReason()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("correct.sqlite")));
    QVERIFY(opened.ok());
    std::shared_ptr<tp::store::Workspace> ws = *opened.value;
    const qint64 id = newNegotiation(*ws);
    QVERIFY(id > 0);
    RegistrationStepPage page;
    page.resize(1366, 768);
    connect(&page, &StepPage::changed, &page, [&page, &ws, id] { page.reload(UiTestData::stepContext(*ws, id)); });
    page.reload(UiTestData::stepContext(*ws, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    registerBidder(page, QStringLiteral("宁波甲公司"), at(17, 5));  // keyed 17:05 instead of 17:00
    registerBidder(page, QStringLiteral("宁波甲公司"), at(16, 30)); // the same company entered twice
    QTRY_COMPARE(page.table()->rowCount(), 2);
    QCOMPARE(page.table()->item(0, 3)->text(), tp::Terms::exclusionReason(QStringLiteral("late_registration")));
    QVERIFY(!page.correctButton()->isEnabled()); // nothing selected

    selectBidder(page, QStringLiteral("B1"));
    QVERIFY(page.correctButton()->isEnabled());
    answerDialog<RegisterBidderDialog>([](RegisterBidderDialog* dialog) {
        QVERIFY(dialog->reasonField()->isVisible());
        QCOMPARE(dialog->nameField()->text(), QStringLiteral("宁波甲公司"));
        QCOMPARE(dialog->timeField()->dateTime(), at(17, 5));
        dialog->timeField()->setDateTime(at(17, 0));
        dialog->reasonField()->insert(QStringLiteral("登记表时间为17:00，录入有误"));
    });
    QTest::mouseClick(page.correctButton(), Qt::LeftButton);
    QTRY_COMPARE(page.table()->item(0, 2)->text(), QStringLiteral("2014-07-29 17:00"));
    QCOMPARE(page.table()->item(0, 3)->text(), BidderTable::tr("Qualified"));

    // A correction without a reason is refused and changes nothing.
    selectBidder(page, QStringLiteral("B2"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    answerDialog<RegisterBidderDialog>([](RegisterBidderDialog* dialog) { dialog->withdrawBox()->setChecked(true); });
    QTest::mouseClick(page.correctButton(), Qt::LeftButton);
    QCOMPARE(page.table()->rowCount(), 2);

    selectBidder(page, QStringLiteral("B2"));
    answerDialog<RegisterBidderDialog>([](RegisterBidderDialog* dialog) {
        dialog->withdrawBox()->setChecked(true);
        dialog->reasonField()->insert(QStringLiteral("重复登记"));
    });
    QTest::mouseClick(page.correctButton(), Qt::LeftButton);
    QTRY_COMPARE(page.table()->rowCount(), 1);

    const QStringList actions = auditActions(*ws, id);
    QCOMPARE(actions.count(QStringLiteral("registration_corrected")), 2);
    const auto events = *tp::store::AuditLog::events(*ws, id).value;
    QStringList reasons;
    for (const tp::store::AuditLog::Event& e : events)
        if (e.action == QLatin1String("registration_corrected"))
            reasons.append(QJsonDocument::fromJson(e.body)
                               .object()
                               .value(QStringLiteral("details"))
                               .toObject()
                               .value(QStringLiteral("reason"))
                               .toString());
    QCOMPARE(reasons, (QStringList{QStringLiteral("登记表时间为17:00，录入有误"), QStringLiteral("重复登记")}));

    const QString report = reportHtml(*ws, id);
    QVERIFY2(report.contains(QStringLiteral("Corrected 宁波甲公司: 29 July 2014 17:05 → 29 July 2014 17:00; reason: "
                                            "登记表时间为17:00，录入有误")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Withdrawn entry of 宁波甲公司; reason: 重复登记")));

    // After the proposals step, registrations are fixed.
    tp::store::ProcedureService procedure(*ws);
    QVERIFY(procedure.advance(id, tp::store::Stage::Proposals, QStringLiteral("desk")).ok());
    QVERIFY(procedure.advance(id, tp::store::Stage::Draw, QStringLiteral("desk")).ok());
    page.reload(UiTestData::stepContext(*ws, id));
    selectBidder(page, QStringLiteral("B1"));
    QVERIFY(!page.correctButton()->isEnabled());
    QCOMPARE(
        procedure
            .correctRegistration(id, QStringLiteral("B1"), std::nullopt, QStringLiteral("x"), QStringLiteral("desk"))
            .failure,
        tp::store::Failure::Refused);
}

// The receipt dialog offers only the bidders whose proposal is awaited (registered in time, eligible,
// no receipt yet), preselects the selected row's bidder and defaults to the required copies; a
// receipt recorded in error is corrected with a reason, shown in the report.
void TestRegistration::receiptDialogOffersAwaitedBidders()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("receipts.sqlite")));
    QVERIFY(opened.ok());
    std::shared_ptr<tp::store::Workspace> ws = *opened.value;
    const qint64 id = newNegotiation(*ws);
    QVERIFY(id > 0);
    {
        RegistrationStepPage registration;
        connect(&registration, &StepPage::changed, &registration,
                [&registration, &ws, id] { registration.reload(UiTestData::stepContext(*ws, id)); });
        registration.reload(UiTestData::stepContext(*ws, id));
        registerBidder(registration, QStringLiteral("宁波甲公司"), at(16, 0));
        registerBidder(registration, QStringLiteral("宁波乙公司"), at(16, 10));
        registerBidder(registration, QStringLiteral("宁波丙公司"), at(17, 1));         // late
        registerBidder(registration, QStringLiteral("宁波丁公司"), at(16, 20), false); // not eligible
        QTRY_COMPARE(registration.table()->rowCount(), 4);
    }
    QVERIFY(tp::store::ProcedureService(*ws).advance(id, tp::store::Stage::Proposals, QStringLiteral("desk")).ok());

    ProposalsStepPage page;
    page.resize(1366, 768);
    connect(&page, &StepPage::changed, &page, [&page, &ws, id] { page.reload(UiTestData::stepContext(*ws, id)); });
    page.reload(UiTestData::stepContext(*ws, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    selectBidder(page, QStringLiteral("B2"));
    QStringList offered;
    QString preselected;
    int copies = 0;
    answerDialog<ReceiveProposalDialog>([&offered, &preselected, &copies](ReceiveProposalDialog* dialog) {
        for (int i = 0; i < dialog->bidderChooser()->count(); ++i)
            offered.append(dialog->bidderChooser()->itemData(i).toString());
        preselected = dialog->bidderChooser()->currentData().toString();
        copies = dialog->copiesField()->value();
        QVERIFY(!dialog->reasonField()->isVisible());
        dialog->timeField()->setDateTime(at(17, 30, 41));
    });
    QTest::mouseClick(page.entryButton(), Qt::LeftButton);
    QCOMPARE(offered, (QStringList{QStringLiteral("B1"), QStringLiteral("B2")}));
    QCOMPARE(preselected, QStringLiteral("B2"));
    QCOMPARE(copies, 10);
    QTRY_COMPARE(page.table()->item(1, 2)->text(), QStringLiteral("2014-07-29 17:30"));

    // B2 is received: only B1 is still offered, whatever row is selected.
    selectBidder(page, QStringLiteral("B2"));
    offered.clear();
    answerDialog<ReceiveProposalDialog>([&offered, &preselected](ReceiveProposalDialog* dialog) {
        for (int i = 0; i < dialog->bidderChooser()->count(); ++i)
            offered.append(dialog->bidderChooser()->itemData(i).toString());
        preselected = dialog->bidderChooser()->currentData().toString();
        dialog->copiesField()->setValue(9);
    });
    QTest::mouseClick(page.entryButton(), Qt::LeftButton);
    QCOMPARE(offered, QStringList{QStringLiteral("B1")});
    QCOMPARE(preselected, QStringLiteral("B1"));
    QTRY_COMPARE(page.table()->item(0, 4)->text(), ProposalsStepPage::tr("%1 of %2 copies").arg(9).arg(10) +
                                                       QStringLiteral(" · ") + ProposalsStepPage::tr("seal intact"));

    // B2's receipt was keyed at the wrong time: corrected with a reason, one event, not a second receipt.
    selectBidder(page, QStringLiteral("B2"));
    QVERIFY(page.correctButton()->isEnabled());
    answerDialog<ReceiveProposalDialog>([](ReceiveProposalDialog* dialog) {
        QCOMPARE(dialog->bidderChooser()->currentData().toString(), QStringLiteral("B2"));
        QVERIFY(!dialog->bidderChooser()->isEnabled());
        dialog->timeField()->setDateTime(at(17, 20));
        dialog->reasonField()->insert(QStringLiteral("收件时间误录"));
    });
    QTest::mouseClick(page.correctButton(), Qt::LeftButton);
    QTRY_COMPARE(page.table()->item(1, 2)->text(), QStringLiteral("2014-07-29 17:20"));
    const QStringList actions = auditActions(*ws, id);
    QCOMPARE(actions.count(QStringLiteral("proposal_received")), 2);
    QCOMPARE(actions.count(QStringLiteral("proposal_receipt_corrected")), 1);
    QVERIFY(reportHtml(*ws, id).contains(
        QStringLiteral("Corrected 宁波乙公司: 29 July 2014 17:30 → 29 July 2014 17:20; reason: 收件时间误录")));

    // With every awaited proposal received, the desk is told so instead of a dialog.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(page.entryButton(), Qt::LeftButton);
    QCOMPARE(auditActions(*ws, id).count(QStringLiteral("proposal_received")), 2);
}

// The registration dialog shows a company name of 30 Chinese characters whole and fits a 1366x768
// screen; a time typed over the whole selected field replaces it, year first.
void TestRegistration::registrationDialogFitsAndTakesTypedTime()
{
    RegisterBidderDialog dialog(QStringLiteral("B1"));
    const QString name = QStringLiteral("宁波鄞州区东方建设工程项目管理咨询服务有限责任公司北仑分公司");
    QCOMPARE(name.size(), 30);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameField()->setFocus();
    dialog.nameField()->insert(name); // typed through the input method
    QLineEdit* field = dialog.nameField();
    QVERIFY2(
        field->width() >= field->fontMetrics().horizontalAdvance(name) + 8,
        qPrintable(QStringLiteral("%1 < %2").arg(field->width()).arg(field->fontMetrics().horizontalAdvance(name))));
    QVERIFY(dialog.frameGeometry().width() <= 1366);
    QVERIFY(dialog.frameGeometry().height() <= 768);

    QDateTimeEdit* time = dialog.timeField();
    time->setFocus();
    time->selectAll();
    QTest::keyClicks(time, QStringLiteral("2014"));
    QCOMPARE(time->date().year(), 2014);
    time->selectAll();
    QTest::keyClicks(time, QStringLiteral("2014-07-29 17:00"));
    QCOMPARE(dialog.registration().registeredAt, at(17, 0));
}

QTEST_MAIN(TestRegistration)
#include "tst_ui_registration.moc"
