// Every export of the GUI on a full disk (a small tmpfs, as root): the user is told which file could
// not be written and why, a file already there keeps its bytes, and nothing is recorded as issued.
#include "MainWindow.h"
#include "MessageBox.h"
#include "SmallFilesystem.h"
#include "UiTestData.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "home/HomeView.h"
#include "home/NegotiationListModel.h"
#include "main/FileDialog.h"
#include "steps/proposals/ProposalsStepPage.h"
#include "steps/publication/PublicationStepPage.h"
#include "store/NegotiationStore.h"
#include "store/ProcedureService.h"
#include "store/RecordReader.h"
#include "store/ScoringService.h"
#include "store/Workspace.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp::ui;
using tp::store::Stage;

namespace {

const QByteArray kGood = "the good file of yesterday\n";
const QString kNoSpace = QStringLiteral("No space left on device");

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qsizetype documentRows(tp::store::Workspace& workspace, qint64 id)
{
    const auto rows =
        tp::store::RecordReader::rows(workspace, QStringLiteral("documents"), {{QStringLiteral("negotiation_id"), id}});
    return rows.ok() ? rows.value->size() : -1;
}

// Closes every message box that is shown while it lives (one the test cannot answer beforehand).
class MessageBoxCloser
{
public:
    MessageBoxCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                box->done(QMessageBox::Ok);
        });
        m_timer.start(50);
    }

private:
    QTimer m_timer;
};

} // namespace

class TestUiOutput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scenarioExport();
    void documentExportIsNotRecorded();
    void receipt();
    void archiveSealIsNotRecorded();

private:
    // A workspace with cixi-2014 imported; `stage` Result fixes the result, Publication publishes it.
    qint64 prepare(tp::store::Workspace& workspace, Stage stage);
    QTemporaryDir m_dir;
};

void TestUiOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
}

qint64 TestUiOutput::prepare(tp::store::Workspace& workspace, Stage stage)
{
    const QString actor = QStringLiteral("tester");
    const auto imported =
        tp::store::NegotiationStore(workspace).importScenario(UiTestData::example(QStringLiteral("cixi-2014")), actor);
    if (!imported.ok())
        return -1;
    const qint64 id = imported.value->id;
    if (stage == Stage::Scoring)
        return id;
    tp::store::ScoringService scoring(workspace);
    const auto submitted = scoring.submittedSheets(id);
    if (!submitted.ok())
        return -1;
    for (const tp::Panelist& m : UiTestData::example(QStringLiteral("cixi-2014")).panel)
        if (!submitted.value->contains(m.id) && !scoring.submitSheet(id, m.id, actor).ok())
            return -1;
    if (!scoring.recordResult(id, actor).ok())
        return -1;
    if (stage == Stage::Result)
        return id;
    const auto published = tp::store::ProcedureService(workspace).publish(id, {QDate(2014, 8, 8), 7, false},
                                                                          QStringLiteral("http://www.cxyb.gov.cn"),
                                                                          QStringLiteral("0574-63000000"), actor);
    return published.ok() ? id : -1;
}

void TestUiOutput::scenarioExport()
{
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    MainWindow window(m_dir.filePath(QStringLiteral("scenario.sqlite")));
    QVERIFY(window.hasWorkspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    FileDialog::setNextAnswer(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
    QTest::mouseClick(window.homeView()->importButton(), Qt::LeftButton);
    QCOMPARE(window.homeView()->model()->rowCount(), 1);
    window.openNegotiation(window.homeView()->model()->idAt(0));

    QVERIFY(disk.put(QStringLiteral("cixi.json"), kGood));
    QVERIFY(disk.fill());
    const QString path = disk.filePath(QStringLiteral("cixi.json"));
    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.exportScenario();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("%1 cannot be written: %2").arg(path, kNoSpace));
    QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("Exported")));
    QCOMPARE(readAll(path), kGood);
    QCOMPARE(disk.entries(), QStringList{QStringLiteral("cixi.json")});
}

void TestUiOutput::documentExportIsNotRecorded()
{
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("documents.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    tp::store::Workspace& workspace = **opened.value;
    const qint64 id = prepare(workspace, Stage::Result);
    QVERIFY(id > 0);

    PublicationStepPage page;
    page.reload(UiTestData::stepContext(workspace, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(disk.put(QStringLiteral("notice.pdf"), kGood));
    QVERIFY(disk.fill());
    const QString path = disk.filePath(QStringLiteral("notice.pdf"));

    QString summary;
    bool exported = true;
    connect(&page, &PublicationStepPage::previewOpened, this, [&](DocumentPreviewDialog* dialog) {
        QTimer::singleShot(0, dialog, [&, dialog] {
            FileDialog::setNextAnswer(path);
            MessageBox::setNextAnswer(QMessageBox::Ok);
            exported = dialog->exportPdf();
            summary = dialog->summaryText();
            dialog->reject();
        });
    });
    QTest::mouseClick(page.previewButton(PublicationStepPage::Document::ResultNotice), Qt::LeftButton);
    QVERIFY(!exported);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("%1 cannot be written: %2").arg(path, kNoSpace));
    QVERIFY2(!summary.contains(QLatin1String("Exported")) && !summary.contains(QLatin1String("Recorded")),
             qPrintable(summary));
    QCOMPARE(documentRows(workspace, id), qsizetype(0));
    QVERIFY(page.issuedList()->text().isEmpty());
    QCOMPARE(readAll(path), kGood);
    QCOMPARE(disk.entries(), QStringList{QStringLiteral("notice.pdf")});
}

void TestUiOutput::receipt()
{
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("receipt.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    tp::store::Workspace& workspace = **opened.value;
    const qint64 id = prepare(workspace, Stage::Scoring);
    QVERIFY(id > 0);

    ProposalsStepPage page;
    page.reload(UiTestData::stepContext(workspace, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.table()->selectRow(0);
    QVERIFY(page.saveReceiptButton()->isEnabled());
    QVERIFY(disk.put(QStringLiteral("receipt.pdf"), kGood));
    QVERIFY(disk.fill());
    const QString path = disk.filePath(QStringLiteral("receipt.pdf"));
    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!page.saveReceipt());
    QCOMPARE(MessageBox::lastText(), QStringLiteral("%1 cannot be written: %2").arg(path, kNoSpace));
    QCOMPARE(readAll(path), kGood);
    QCOMPARE(disk.entries(), QStringList{QStringLiteral("receipt.pdf")});
}

void TestUiOutput::archiveSealIsNotRecorded()
{
    SmallFilesystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.skipReason()));
    auto opened = tp::store::Workspace::open(m_dir.filePath(QStringLiteral("seal.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    tp::store::Workspace& workspace = **opened.value;
    const qint64 id = prepare(workspace, Stage::Publication);
    QVERIFY(id > 0);

    PublicationStepPage page;
    page.reload(UiTestData::stepContext(workspace, id));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.sealButton()->isVisible());
    QVERIFY(disk.put(QStringLiteral("cixi.tparchive"), kGood));
    QVERIFY(disk.fill());
    const QString path = disk.filePath(QStringLiteral("cixi.tparchive"));
    FileDialog::setNextAnswer(path);
    MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation; the failure is then shown and closed
    {
        MessageBoxCloser closer;
        QTest::mouseClick(page.sealButton(), Qt::LeftButton);
    }
    QCOMPARE(MessageBox::lastText(), QStringLiteral("%1 cannot be written: %2").arg(path, kNoSpace));
    QCOMPARE(readAll(path), kGood);
    QCOMPARE(disk.entries(), QStringList{QStringLiteral("cixi.tparchive")});
    QCOMPARE(documentRows(workspace, id), qsizetype(0));
    const auto stage = tp::store::ProcedureService(workspace).stage(id);
    QVERIFY(stage.ok());
    QCOMPARE(*stage.value, Stage::Publication);
}

QTEST_MAIN(TestUiOutput)
#include "tst_ui_output.moc"
