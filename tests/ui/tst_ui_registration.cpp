// Registration and the receipt of proposals as the desk enters them through the real dialogs.
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/NewNegotiationDialog.h"
#include "dialogs/RegisterBidderDialog.h"
#include "model/Terms.h"
#include "steps/RegistrationStepPage.h"
#include "steps/StepContext.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
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
    tp::store::ProcedureService(ws).advance(created.value->id, tp::store::Stage::Registration, QStringLiteral("desk"));
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

// Two bidders registered in the deadline minute, shown as "17:00" like the deadline, are both in
// time whatever second their dialogs opened at; one registered a minute later is late.
void TestRegistration::timesStoredAtTheMinuteShown()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("minutes.sqlite")));
    QVERIFY(opened.ok());
    std::shared_ptr<tp::store::Workspace> ws = *opened.value;
    const qint64 id = newNegotiation(*ws);
    QVERIFY(id > 0);

    RegistrationStepPage page(false);
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
    QCOMPARE(page.table()->item(0, 3)->text(), RegistrationStepPage::tr("Qualified"));
    QCOMPARE(page.table()->item(1, 3)->text(), RegistrationStepPage::tr("Qualified"));
    QCOMPARE(page.table()->item(2, 3)->text(), tp::Terms::exclusionReason(QStringLiteral("late_registration")));

    // What is stored is what was shown: whole minutes.
    const tp::Scenario stored = *tp::store::NegotiationStore(*ws).scenario(id).value;
    QCOMPARE(stored.project.registrationDeadline->time(), QTime(17, 0));
    QCOMPARE(stored.project.proposalDeadline->time(), QTime(18, 0));
    for (const tp::Bidder& b : stored.bidders)
        QCOMPARE(b.registeredAt->time().second() + b.registeredAt->time().msec(), 0);
}

QTEST_MAIN(TestRegistration)
#include "tst_ui_registration.moc"
