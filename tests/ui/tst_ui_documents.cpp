// Document previews, PDF export and the sealed archive viewer, driven offscreen.
#include "MainWindow.h"
#include "MessageBox.h"
#include "dialogs/DocumentPageWidget.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "dialogs/SealedArchiveDialog.h"
#include "io/ScenarioReader.h"
#include "main/FileDialog.h"
#include "report/DocumentInputLoader.h"
#include "report/ResultNotice.h"
#include "report/SealedArchive.h"
#include "steps/PublicationStepPage.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace tp::ui;

class TestDocuments : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewAndExportNotice();
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
