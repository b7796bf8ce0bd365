// Publishing the result notice and sealing the archive from the publication step, driven offscreen
// through the main window on an imported example.
#include "MainWindow.h"
#include "MessageBox.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "main/NegotiationView.h"
#include "report/SealedArchive.h"
#include "steps/publication/PublicationForm.h"
#include "steps/publication/PublicationStepPage.h"
#include "steps/setup/DocumentDetailsForm.h"
#include "steps/setup/ProjectForm.h"
#include "steps/setup/SetupStepPage.h"
#include "store/AuditLog.h"
#include "store/RecordReader.h"
#include "store/RowReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp::ui;
using tp::store::Stage;

class TestPublication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void publishAndSeal();
    void countStartDayOnPublication();
    void documentDetailsReachTheNotice();

private:
    QTemporaryDir m_dir;
};

void TestPublication::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestPublication::publishAndSeal()
{
    MainWindow window(m_dir.filePath(QStringLiteral("cixi.sqlite")));
    QVERIFY(window.hasWorkspace());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
    QTest::mouseClick(window.homeView()->importButton(), Qt::LeftButton);
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    const qint64 id = window.homeView()->model()->idAt(0);
    window.openNegotiation(id);
    NegotiationView* view = window.negotiationView();
    QCOMPARE(view->context().stage, Stage::Scoring);

    // Fix the result; the next step is publishing, on the publication page.
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->context().stage, Stage::Result);
    QCOMPARE(view->nextButton()->text(), QStringLiteral(u"Publish the result notice…"));
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->navigator()->currentRow(), view->rowOf(tp::store::Stage::Publication));
    QCOMPARE(view->context().stage, Stage::Result); // only shown, nothing published yet

    auto* page = view->page<PublicationStepPage>();
    QVERIFY(page);
    PublicationForm* form = page->publicationForm();
    QTRY_VERIFY(form->isVisible());
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("The result is fixed")));
    QVERIFY(!page->sealButton()->isVisible());
    // The project's configured publication is the default.
    QCOMPARE(form->startField()->date(), QDate(2014, 8, 8));
    QCOMPARE(form->workingDaysField()->value(), 7);
    // No website, no publishing.
    QVERIFY(!form->publishButton()->isEnabled());

    // Another start date: the period follows, as the calendar computes it (National Day 2014: 1-7 October off,
    // Saturday 11 October a working day).
    form->startField()->setDate(QDate(2014, 9, 30));
    QVERIFY2(form->periodLabel()->text().contains(QLatin1String("2014-10-08")) &&
                 form->periodLabel()->text().contains(QLatin1String("2014-10-15")),
             qPrintable(form->periodLabel()->text()));
    form->startField()->setFocus();
    form->startField()->setDate(QDate(2014, 8, 8));
    form->workingDaysField()->setValue(5);
    form->workingDaysField()->clear();
    QTest::keyClicks(form->workingDaysField(), QStringLiteral("7"));
    QCOMPARE(form->workingDaysField()->value(), 7);
    const QString period = form->periodLabel()->text();
    QVERIFY2(period.contains(QLatin1String("2014-08-11")) && period.contains(QLatin1String("2014-08-19")),
             qPrintable(period));
    QCOMPARE(form->periodText(), QStringLiteral(u"2014-08-11 … 2014-08-19"));

    const QString website = QStringLiteral("http://www.cxyb.gov.cn");
    const QString contact = QStringLiteral(u"慈溪市医疗保障管理中心 0574-63000000");
    QTest::keyClicks(form->websiteField(), website);
    form->contactField()->setText(contact); // QTest types Latin-1 only
    QVERIFY(form->publishButton()->isEnabled());

    // Declining the confirmation changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(form->publishButton(), Qt::LeftButton);
    QCOMPARE(view->context().stage, Stage::Result);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(form->publishButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral(u"2014-08-11 … 2014-08-19")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(website));
    QCOMPARE(view->context().stage, Stage::Publication);

    // Published: the period the rules engine computed from the stored rule, where, and whom to contact.
    QTRY_VERIFY(page->periodLabel()->isVisible());
    QVERIFY(!form->isVisible());
    const QString published = page->periodLabel()->text();
    QVERIFY2(published.contains(QLatin1String("Published from 2014-08-08 for 7 working days")), qPrintable(published));
    QVERIFY(published.contains(QLatin1String("the first counted day is 2014-08-11, the period ends on 2014-08-19")));
    QVERIFY(published.contains(website));
    QVERIFY(published.contains(contact));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("published")));
    QVERIFY(page->sealButton()->isVisible());
    QCOMPARE(view->nextButton()->text(), QStringLiteral(u"Seal the archive…"));

    // The preview offers the documents in Chinese and English.
    bool english = false;
    auto connection = connect(page, &PublicationStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            english = dialog->languageBox()->isVisible() && dialog->windowTitle().endsWith(QStringLiteral(u"结果公示"));
            dialog->languageBox()->setCurrentIndex(1);
            english = english && dialog->windowTitle().startsWith(QLatin1String("Result notice: "));
            dialog->reject();
        });
    });
    QTest::mouseClick(page->previewButton(PublicationStepPage::Document::ResultNotice), Qt::LeftButton);
    disconnect(connection);
    QVERIFY(english);

    // An editable copy of the report for staff: written, and noted as a draft, not as issued.
    const auto issuedBefore = tp::store::RowReader::issuedDocuments(*view->context().workspace, id);
    QVERIFY(issuedBefore.ok());
    const QString odtPath = m_dir.filePath(QStringLiteral("report.odt"));
    QString summary;
    connection = connect(page, &PublicationStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            if (dialog->exportOdtButton()->isVisible()) {
                FileDialog::setNextAnswer(odtPath);
                QTest::mouseClick(dialog->exportOdtButton(), Qt::LeftButton);
                summary = dialog->summaryText();
            }
            dialog->reject();
        });
    });
    QTest::mouseClick(page->previewButton(PublicationStepPage::Document::EvaluationReport), Qt::LeftButton);
    disconnect(connection);
    QVERIFY2(summary.contains(QLatin1String("as a draft")) && summary.contains(QLatin1String("not as issued")),
             qPrintable(summary));
    QFile odt(odtPath);
    QVERIFY(odt.open(QIODevice::ReadOnly));
    QCOMPARE(odt.read(70).mid(30, 39), QByteArrayLiteral("mimetypeapplication/vnd.oasis.opendocum"));
    const auto events = tp::store::AuditLog::events(*view->context().workspace, id);
    QVERIFY(events.ok());
    QCOMPARE(events.value->last().action, QStringLiteral("document_draft_exported"));
    QVERIFY(events.value->last().body.contains("\"format\":\"odt\""));
    QVERIFY(events.value->last().body.contains("\"kind\":\"report\""));
    const auto issuedAfter = tp::store::RowReader::issuedDocuments(*view->context().workspace, id);
    QVERIFY(issuedAfter.ok());
    QCOMPARE(issuedAfter.value->size(), issuedBefore.value->size());

    // Cancelling the file chooser seals nothing.
    const QString path = m_dir.filePath(QStringLiteral("cixi.tparchive"));
    FileDialog::setNextAnswer(QString());
    QTest::mouseClick(page->sealButton(), Qt::LeftButton);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(view->context().stage, Stage::Publication);

    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page->sealButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const tp::report::SealedArchive::Verification verification = tp::report::SealedArchive::verify(file.readAll());
    QVERIFY(verification.ok);
    QCOMPARE(verification.digest.size(), 64);
    QCOMPARE(view->context().stage, Stage::Archived);

    // Archived: the digest and how to check it, and nothing more to do.
    QTRY_VERIFY(page->sealedLabel()->isVisible());
    const QString sealed = page->sealedLabel()->text();
    QVERIFY2(sealed.contains(verification.digest), qPrintable(sealed));
    QVERIFY(sealed.contains(QStringLiteral("tenderpanel-cli archive verify ") + path));
    QVERIFY(sealed.contains(QLatin1String("sha256sum -c seal.sha256")));
    QVERIFY(page->statusLabel()->text().contains(QLatin1String("archived")));
    QVERIFY(page->issuedList()->text().contains(QLatin1String("Sealed archive")));
    QVERIFY(page->issuedList()->text().contains(verification.digest));
    QVERIFY(!page->sealButton()->isVisible());
    QVERIFY(!form->isVisible());
    QVERIFY(!view->nextButton()->isVisible());
    QCOMPARE(view->stepState(tp::store::Stage::Publication), NegotiationView::StepState::Done);

    // The documents table has the archive, with its seal digest.
    const auto rows = tp::store::RecordReader::rows(*view->context().workspace, QStringLiteral("documents"),
                                                    {{QStringLiteral("negotiation_id"), id}});
    QVERIFY(rows.ok());
    QStringList archives;
    for (const QVariantMap& row : *rows.value)
        if (row.value(QStringLiteral("kind")).toString() == QLatin1String("archive"))
            archives.append(row.value(QStringLiteral("sha256")).toString());
    QCOMPARE(archives, QStringList{verification.digest});

    // Publishing or sealing again is refused, and nothing is written.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page->publish();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("already published")), qPrintable(MessageBox::lastText()));
    const QString again = m_dir.filePath(QStringLiteral("again.tparchive"));
    FileDialog::setNextAnswer(again);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page->sealArchive();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("already archived")), qPrintable(MessageBox::lastText()));
    QVERIFY(!QFile::exists(again));
    FileDialog::setNextAnswer(QString()); // not used: clear the seam
    QCOMPARE(view->context().stage, Stage::Archived);
}

// The publication form offers the count-start-day choice the setup has: it starts from the project's stored
// value, the period follows as soon as it is toggled, and publishing stores it where the setup reads it.
void TestPublication::countStartDayOnPublication()
{
    MainWindow window(m_dir.filePath(QStringLiteral("cixi-count.sqlite")));
    QVERIFY(window.hasWorkspace());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
    QTest::mouseClick(window.homeView()->importButton(), Qt::LeftButton);
    const qint64 id = window.homeView()->model()->idAt(0);
    window.openNegotiation(id);
    NegotiationView* view = window.negotiationView();
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->context().stage, Stage::Result);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);

    auto* page = view->page<PublicationStepPage>();
    QVERIFY(page);
    PublicationForm* form = page->publicationForm();
    QTRY_VERIFY(form->isVisible());
    auto* setup = view->page<SetupStepPage>();
    QVERIFY(!setup->projectForm()->countStartDayField()->isChecked());

    // The project's setting: the day after publication (Friday 8 August) is the first counted day.
    QCheckBox* countStartDay = form->countStartDayField();
    QVERIFY(countStartDay->isVisible());
    QVERIFY(!countStartDay->isChecked());
    QCOMPARE(form->startField()->date(), QDate(2014, 8, 8));
    QVERIFY2(form->periodLabel()->text().startsWith(QLatin1String("2014-08-11 (first counted day) to 2014-08-19")),
             qPrintable(form->periodLabel()->text()));

    // Counting the day of publication: the period starts on 8 August and ends a working day earlier.
    QTest::mouseClick(countStartDay, Qt::LeftButton, {}, QPoint(8, countStartDay->height() / 2));
    QVERIFY(countStartDay->isChecked());
    QVERIFY2(form->periodLabel()->text().startsWith(QLatin1String("2014-08-08 (first counted day) to 2014-08-18")),
             qPrintable(form->periodLabel()->text()));
    QCOMPARE(form->periodText(), QStringLiteral(u"2014-08-08 … 2014-08-18"));

    QTest::keyClicks(form->websiteField(), QStringLiteral("http://www.cxyb.gov.cn"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(form->publishButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(u"2014-08-08 … 2014-08-18")));
    QCOMPARE(view->context().stage, Stage::Publication);

    // Stored in the project's publication rule: the published period and the setup both show it.
    QTRY_VERIFY(page->periodLabel()->isVisible());
    QVERIFY2(page->periodLabel()->text().contains(
                 QLatin1String("the first counted day is 2014-08-08, the period ends on 2014-08-18")),
             qPrintable(page->periodLabel()->text()));
    QVERIFY(view->context().scenario.project.publication);
    QVERIFY(view->context().scenario.project.publication->countStartDay);
    QTRY_VERIFY(setup->projectForm()->countStartDayField()->isChecked());
}

QTEST_MAIN(TestPublication)
#include "tst_ui_publication.moc"

// The details the documents print are entered where they belong, the basis and the centre's contact in
// the setup, the address for challenges on the publication form, and the published notice prints them
// (and leaves out what was not entered rather than print "—").
void TestPublication::documentDetailsReachTheNotice()
{
    MainWindow window(m_dir.filePath(QStringLiteral("details.sqlite")));
    QVERIFY(window.hasWorkspace());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
    QTest::mouseClick(window.homeView()->importButton(), Qt::LeftButton);
    window.openNegotiation(window.homeView()->model()->idAt(0));
    NegotiationView* view = window.negotiationView();
    QCOMPARE(view->context().stage, Stage::Scoring);

    // In the setup, on its own tab, editable although the settings are fixed.
    view->showStep(tp::store::Stage::Setup);
    auto* setup = view->page<SetupStepPage>();
    setup->tabs()->setCurrentIndex(SetupStepPage::DocumentsTab);
    DocumentDetailsForm* details = setup->documentsForm();
    QTRY_VERIFY(details->isVisible());
    QVERIFY(details->saveButton()->isVisible());
    QVERIFY(!details->saveButton()->isEnabled()); // nothing changed yet
    const QString basis = QStringLiteral(u"《慈溪市大病保险承办选择性谈判文件》(慈医保〔2014〕12号)");
    details->basisField()->setText(basis); // QTest types Latin-1 only
    details->contactPersonField()->setText(QStringLiteral(u"孙敏"));
    QTest::keyClicks(details->contactPhoneField(), QStringLiteral("0574-63900002"));
    QVERIFY(details->saveButton()->isEnabled());
    QTest::mouseClick(details->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(view->context().scenario.project.documents.contactPerson, QStringLiteral(u"孙敏"));
    QCOMPARE(view->context().scenario.project.documents.basis, basis);
    QCOMPARE(view->context().scenario.project.documents.contactPhone, QStringLiteral("0574-63900002"));
    QVERIFY(!details->saveButton()->isEnabled());

    // Fix the result and publish, with where a written challenge is received.
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    QCOMPARE(view->context().stage, Stage::Result);
    QTest::mouseClick(view->nextButton(), Qt::LeftButton);
    auto* page = view->page<PublicationStepPage>();
    QVERIFY(page);
    PublicationForm* form = page->publicationForm();
    QTRY_VERIFY(form->challengeAddressField()->isVisible());
    form->challengeAddressField()->setText(QStringLiteral(u"慈溪市三北大街1号302室"));
    QTest::keyClicks(form->websiteField(), QStringLiteral("http://www.cxyb.gov.cn"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(form->publishButton(), Qt::LeftButton);
    QCOMPARE(view->context().stage, Stage::Publication);

    // The notice, exported from its preview.
    const QString pdf = m_dir.filePath(QStringLiteral("details-notice.pdf"));
    auto connection = connect(page, &PublicationStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            FileDialog::setNextAnswer(pdf);
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            dialog->reject();
        });
    });
    QTest::mouseClick(page->previewButton(PublicationStepPage::Document::ResultNotice), Qt::LeftButton);
    disconnect(connection);
    QVERIFY(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString content =
        QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    for (const QString& expected :
         QStringList{QStringLiteral(u"谈判依据:") + basis, QStringLiteral(u"质疑受理地址:慈溪市三北大街1号302室"),
                     QStringLiteral(u"联系人:孙敏"), QStringLiteral(u"联系电话:0574-63900002")})
        QVERIFY2(content.contains(QString(expected).remove(QLatin1Char(' '))), qPrintable(expected));
    // The contact address was not entered: its line is left out, with no "—".
    QVERIFY2(!content.contains(QStringLiteral(u"地址:—")) && !content.contains(QStringLiteral(u"联系地址")),
             qPrintable(content));

    // Published with them: the details can no longer change.
    view->showStep(tp::store::Stage::Setup);
    QTRY_VERIFY(details->isVisible());
    QVERIFY(!details->saveButton()->isVisible());
    QVERIFY(details->contactPersonField()->isReadOnly());
}
