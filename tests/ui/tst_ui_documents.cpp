// Document previews, PDF export and the sealed archive viewer, driven offscreen.
#include "MainWindow.h"
#include "MessageBox.h"
#include "UiTestData.h"
#include "dialogs/DocumentPageWidget.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "dialogs/SealedArchiveDialog.h"
#include "io/ScenarioReader.h"
#include "main/FileDialog.h"
#include "report/DocumentInputLoader.h"
#include "report/ResultNotice.h"
#include "report/SealedArchive.h"
#include "steps/proposals/ProposalsStepPage.h"
#include "steps/publication/PublicationForm.h"
#include "steps/publication/PublicationStepPage.h"
#include "store/NegotiationStore.h"
#include "store/RecordReader.h"
#include "store/ScoringService.h"
#include "store/StoreTime.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace tp::ui;

class TestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewAndExportNotice();
    void lettersNeedAFixedResult();
    void exportFromWorkspaceIsRecorded();
    void proposalReceipt();
    void sealedArchive();

private:
    QString example(const QString& name) const
    {
        return QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/%1.json").arg(name);
    }
    // Opens the sealed archive at `path` through the window and returns what the dialog showed.
    void openArchive(MainWindow& window, const QString& path, bool* verifies, QString* verdict, QStringList* files);
    QTemporaryDir m_dir;
};

void TestDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

void TestDocuments::previewAndExportNotice()
{
    const tp::ScenarioReader::Result read = tp::ScenarioReader::readFile(example(QStringLiteral("cixi-2014")));
    QVERIFY(read.ok());
    const auto loaded = tp::report::DocumentInputLoader::fromScenario(*read.scenario);
    QVERIFY(loaded.ok());
    const int expectedPages = tp::report::ResultNotice::document(*loaded.input).pageCount();
    QVERIFY(expectedPages > 0);

    StepContext context;
    context.code = QStringLiteral("N-2014-0001");
    context.scenario = *read.scenario;
    PublicationStepPage page;
    page.reload(context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    const QString pdf = m_dir.filePath(QStringLiteral("notice.pdf"));
    int shownPages = -1;
    bool pageSized = false;
    bool exported = false;
    connect(&page, &PublicationStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            shownPages = dialog->pageCount();
            pageSized = dialog->pageWidget(0) && dialog->pageWidget(0)->width() > 0 &&
                        dialog->pageWidget(0)->height() > dialog->pageWidget(0)->width();
            FileDialog::setNextAnswer(pdf);
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            exported = QFile::exists(pdf);
            dialog->reject();
        });
    });
    QTest::mouseClick(page.previewButton(PublicationStepPage::Document::ResultNotice), Qt::LeftButton);
    QCOMPARE(shownPages, expectedPages);
    QVERIFY(pageSized);
    QVERIFY(exported);
    QVERIFY(!page.preview());
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("%PDF"));
}

void TestDocuments::lettersNeedAFixedResult()
{
    // Equal scores without the panel's vote: the result is not fixed, so no letter tells a bidder its
    // result (as `tenderpanel-cli notice --kind letters` refuses it); the report records any state.
    tp::Scenario scenario = UiTestData::example(QStringLiteral("tie-vote"));
    scenario.votes.clear();
    StepContext context;
    context.code = QStringLiteral("N-2014-0002");
    context.scenario = scenario;
    PublicationStepPage page;
    page.reload(context);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    QStringList previewed;
    connect(&page, &PublicationStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        previewed.append(dialog->windowTitle());
        QTimer::singleShot(0, dialog, &QDialog::reject);
    });
    for (const PublicationStepPage::Document refused :
         {PublicationStepPage::Document::Letters, PublicationStepPage::Document::ResultNotice}) {
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(page.previewButton(refused), Qt::LeftButton);
        QCOMPARE(previewed.size(), 0);
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("Only a final or failed result is published; the result is not fixed yet."));
    }
    QTest::mouseClick(page.previewButton(PublicationStepPage::Document::EvaluationReport), Qt::LeftButton);
    QCOMPARE(previewed.size(), 1);
    // The robustness analysis needs a ranking, not a fixed result: it is there for the supervisors
    // while the panel votes.
    QTest::mouseClick(page.previewButton(PublicationStepPage::Document::Robustness), Qt::LeftButton);
    QCOMPARE(previewed.size(), 2);

    // A failed negotiation has no ranking: nothing to analyse.
    tp::Scenario failed = UiTestData::example(QStringLiteral("cixi-2014"));
    failed.project.minBidders = 9;
    context.scenario = failed;
    page.reload(context);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(page.previewButton(PublicationStepPage::Document::Robustness), Qt::LeftButton);
    QCOMPARE(previewed.size(), 2);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Only a ranked result can be analysed; this one has no ranking."));
}

namespace {

// Exports the document `which` of `page` through its preview; returns the preview's summary line.
QString exportThroughPreview(PublicationStepPage& page, PublicationStepPage::Document which, const QString& pdf)
{
    QString summary;
    auto connection =
        QObject::connect(&page, &PublicationStepPage::previewOpened, &page, [&](DocumentPreviewDialog* dialog) {
            QTimer::singleShot(0, dialog, [&, dialog] {
                FileDialog::setNextAnswer(pdf);
                QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
                summary = dialog->summaryText();
                dialog->reject();
            });
        });
    QTest::mouseClick(page.previewButton(which), Qt::LeftButton);
    QObject::disconnect(connection);
    return summary;
}

qsizetype documentRows(tp::store::Workspace& workspace, qint64 id)
{
    const auto rows =
        tp::store::RecordReader::rows(workspace, QStringLiteral("documents"), {{QStringLiteral("negotiation_id"), id}});
    return rows.ok() ? rows.value->size() : -1;
}

} // namespace

void TestDocuments::exportFromWorkspaceIsRecorded()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("issued.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    tp::store::Workspace& workspace = **opened.value;
    const auto imported = tp::store::NegotiationStore(workspace).importScenario(
        UiTestData::example(QStringLiteral("cixi-2014")), QStringLiteral("tester"));
    QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    const qint64 id = imported.value->id;

    PublicationStepPage page;
    page.reload(UiTestData::stepContext(workspace, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.issuedList()->text().isEmpty());

    // Before the result is fixed a report can be exported, but it is not an issued document.
    const QString early = m_dir.filePath(QStringLiteral("early-report.pdf"));
    const QString refused = exportThroughPreview(page, PublicationStepPage::Document::EvaluationReport, early);
    QVERIFY(QFile::exists(early));
    QVERIFY2(refused.contains(QLatin1String("Not recorded")), qPrintable(refused));
    QCOMPARE(documentRows(workspace, id), qsizetype(0));

    // Fix the result: every sheet submitted, the result recorded.
    tp::store::ScoringService scoring(workspace);
    const auto submitted = scoring.submittedSheets(id);
    QVERIFY(submitted.ok());
    for (const tp::Panelist& m : UiTestData::example(QStringLiteral("cixi-2014")).panel) {
        if (submitted.value->contains(m.id))
            continue;
        const auto sheet = scoring.submitSheet(id, m.id, QStringLiteral("tester"));
        QVERIFY2(sheet.ok(), qPrintable(sheet.problem.toString()));
    }
    const auto result = scoring.recordResult(id, QStringLiteral("tester"));
    QVERIFY2(result.ok(), qPrintable(result.problem.toString()));
    page.reload(UiTestData::stepContext(workspace, id));

    // The notice exported before publishing is a draft: not recorded as issued, and said so.
    QSignalSpy changed(&page, &StepPage::changed);
    const QString draft = m_dir.filePath(QStringLiteral("draft-notice.pdf"));
    const QString draftSummary = exportThroughPreview(page, PublicationStepPage::Document::ResultNotice, draft);
    QVERIFY(QFile::exists(draft));
    QVERIFY2(draftSummary.contains(QLatin1String("Draft: not recorded as issued")), qPrintable(draftSummary));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(documentRows(workspace, id), qsizetype(0));
    QVERIFY(page.issuedList()->text().isEmpty());
    QVERIFY(page.statusLabel()->text().contains(QLatin1String("is a draft")));
    // The store refuses it too.
    QCOMPARE(scoring.recordDocument(id, QStringLiteral("result"), QString(64, QLatin1Char('a')), QStringLiteral("x"))
                 .failure,
             tp::store::Failure::Refused);

    // The report is issued once the result is fixed.
    const QString report = m_dir.filePath(QStringLiteral("issued-report.pdf"));
    QVERIFY(exportThroughPreview(page, PublicationStepPage::Document::EvaluationReport, report)
                .contains(QLatin1String("Recorded as issued")));
    QCOMPARE(documentRows(workspace, id), qsizetype(1));
    QVERIFY(page.issuedList()->text().contains(QLatin1String("Evaluation report")));

    // Publish through the form.
    const QString website = QStringLiteral("http://www.cxyb.gov.cn");
    QTest::keyClicks(page.publicationForm()->websiteField(), website);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(page.publicationForm()->publishButton(), Qt::LeftButton);
    page.reload(UiTestData::stepContext(workspace, id));
    QCOMPARE(page.statusLabel()->text().contains(QLatin1String("is published")), true);

    // The published notice is issued, once, with its time, medium (the website) and digest.
    changed.clear();
    const QString pdf = m_dir.filePath(QStringLiteral("issued-notice.pdf"));
    const QString summary = exportThroughPreview(page, PublicationStepPage::Document::ResultNotice, pdf);
    QVERIFY2(summary.contains(QLatin1String("Recorded as issued")), qPrintable(summary));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(documentRows(workspace, id), qsizetype(2));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    const auto rows =
        tp::store::RecordReader::rows(workspace, QStringLiteral("documents"), {{QStringLiteral("negotiation_id"), id}});
    QCOMPARE(rows.value->last().value(QStringLiteral("kind")).toString(), QStringLiteral("result"));
    QCOMPARE(rows.value->last().value(QStringLiteral("sha256")).toString(), sha);
    const QString issuedAt =
        tp::store::StoreTime::fromText(rows.value->last().value(QStringLiteral("issued_at")).toString())
            ->toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString list = page.issuedList()->text();
    QVERIFY2(list.contains(QStringLiteral("<tr><td>Result notice</td><td>%1</td><td>%2</td><td><tt>%3</tt></td></tr>")
                               .arg(issuedAt, website, sha)),
             qPrintable(list));
    QCOMPARE(list.count(QLatin1String("Result notice")), 1);

    // Exported again: the notice is issued once, not a second entry.
    const QString again = m_dir.filePath(QStringLiteral("issued-notice-again.pdf"));
    const QString againSummary = exportThroughPreview(page, PublicationStepPage::Document::ResultNotice, again);
    QVERIFY2(againSummary.contains(QStringLiteral("Already recorded as issued (SHA-256 %1)").arg(sha.left(16))),
             qPrintable(againSummary));
    QCOMPARE(documentRows(workspace, id), qsizetype(2));
    QCOMPARE(page.issuedList()->text().count(QLatin1String("Result notice")), 1);
}

void TestDocuments::proposalReceipt()
{
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("receipt.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    tp::store::Workspace& workspace = **opened.value;
    const auto imported = tp::store::NegotiationStore(workspace).importScenario(
        UiTestData::example(QStringLiteral("cixi-2014")), QStringLiteral("tester"));
    QVERIFY(imported.ok());
    const qint64 id = imported.value->id;

    ProposalsStepPage page;
    page.reload(UiTestData::stepContext(workspace, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // Nothing selected: nothing to print.
    QVERIFY(!page.printReceiptButton()->isEnabled());
    QVERIFY(!page.receiptDocument());
    page.table()->selectRow(0);
    QVERIFY(page.printReceiptButton()->isEnabled());
    QVERIFY(page.saveReceiptButton()->isEnabled());
    const QString bidder = page.table()->item(0, 1)->text();

    // Print receipt… shows it in the preview, one page.
    int shownPages = -1;
    connect(&page, &ProposalsStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            shownPages = dialog->pageCount();
            dialog->reject();
        });
    });
    QTest::mouseClick(page.printReceiptButton(), Qt::LeftButton);
    QCOMPARE(shownPages, 1);

    // Save receipt as PDF… writes it: the bidder, the copies and the time received are in its text.
    const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
    FileDialog::setNextAnswer(pdf);
    QTest::mouseClick(page.saveReceiptButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(pdf));
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    const QString content =
        QString::fromUtf8(text.readAllStandardOutput()).remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    const tp::Scenario scenario = UiTestData::example(QStringLiteral("cixi-2014"));
    const QString id0 = page.table()->item(0, 0)->text();
    const auto proposal = std::find_if(scenario.proposals->cbegin(), scenario.proposals->cend(),
                                       [&id0](const tp::Proposal& p) { return p.bidder == id0; });
    QVERIFY(proposal != scenario.proposals->cend());
    QVERIFY2(content.contains(bidder), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral(u"%1份").arg(*proposal->copies)), qPrintable(content));
    QVERIFY2(content.contains(proposal->receivedAt.toString(QStringLiteral("HH:mm"))), qPrintable(content));
    QVERIFY2(content.contains(QStringLiteral(u"谈判方案接收回执")), qPrintable(content));
}

void TestDocuments::openArchive(MainWindow& window, const QString& path, bool* verifies, QString* verdict,
                                QStringList* files)
{
    bool seen = false;
    QTimer::singleShot(0, &window, [&] {
        auto* dialog = qobject_cast<SealedArchiveDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        *verifies = dialog->verifies();
        *verdict = dialog->verdictText();
        *files = dialog->fileNames();
        dialog->reject();
    });
    FileDialog::setNextAnswer(path);
    window.openSealedArchive();
    QVERIFY(seen);
}

void TestDocuments::sealedArchive()
{
    const auto loaded = tp::report::DocumentInputLoader::fromFile(example(QStringLiteral("cixi-2014")));
    QVERIFY(loaded.ok());
    const tp::report::SealedArchive::Sealed sealed = tp::report::SealedArchive::seal(*loaded.input);
    const QString good = m_dir.filePath(QStringLiteral("cixi.tparchive"));
    QFile out(good);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(sealed.bytes);
    out.close();
    QByteArray tamperedBytes = sealed.bytes;
    const int at = int(tamperedBytes.indexOf("B1", 1024));
    QVERIFY(at > 0);
    tamperedBytes[at + 1] = '9';
    const QString tampered = m_dir.filePath(QStringLiteral("cixi-tampered.tparchive"));
    QFile bad(tampered);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(tamperedBytes);
    bad.close();

    MainWindow window(m_dir.filePath(QStringLiteral("archive.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    bool verifies = false;
    QString verdict;
    QStringList files;
    openArchive(window, good, &verifies, &verdict, &files);
    QVERIFY(verifies);
    QVERIFY(verdict.contains(sealed.digest));
    for (const QString& name : tp::report::SealedArchive::contentNames())
        QVERIFY2(files.contains(name), qPrintable(name));
    QVERIFY(files.contains(tp::report::SealedArchive::sealName()));

    openArchive(window, tampered, &verifies, &verdict, &files);
    QVERIFY(!verifies);
    QVERIFY(!verdict.contains(sealed.digest));
    QVERIFY(!files.isEmpty());

    // The file is only read.
    QFile check(good);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), sealed.bytes);
}

QTEST_MAIN(TestDocuments)
#include "tst_ui_documents.moc"
