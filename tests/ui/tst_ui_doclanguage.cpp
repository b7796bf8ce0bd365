// The document preview in Chinese (the default) or English, driven offscreen.
#include "dialogs/DocumentPreviewDialog.h"
#include "report/DocumentInputLoader.h"
#include "report/ResultNotice.h"

#include <QComboBox>
#include <QTest>

using namespace tp::ui;

class TestDocumentLanguage : public QObject
{
    Q_OBJECT
private slots:
    void previewOffersChineseAndEnglish();
};

void TestDocumentLanguage::previewOffersChineseAndEnglish()
{
    const auto loaded =
        tp::report::DocumentInputLoader::fromFile(QStringLiteral(TP_SOURCE_DIR "/tests/data/examples/cixi-2014.json"));
    QVERIFY(loaded.ok());
    const tp::DocumentInput input = *loaded.input;
    DocumentPreviewDialog dialog(tp::report::ResultNotice::document(input), QStringLiteral("notice.pdf"));
    QVERIFY(dialog.languageBox());
    QVERIFY(dialog.languageBox()->isHidden()); // nothing to switch to without a renderer

    int renders = 0;
    dialog.setLanguageChoice([&](tp::DocumentLanguage language) {
        ++renders;
        tp::DocumentInput in = input;
        in.language = language;
        return tp::report::ResultNotice::document(in);
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.languageBox()->isVisible());
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral(u"中文"));
    QVERIFY(dialog.windowTitle().endsWith(QStringLiteral(u"结果公示")));

    dialog.languageBox()->setCurrentIndex(1);
    QCOMPARE(renders, 1);
    QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("English"));
    QVERIFY2(dialog.windowTitle().startsWith(QLatin1String("Result notice: ")), qPrintable(dialog.windowTitle()));
    tp::DocumentInput inEnglish = input;
    inEnglish.language = tp::DocumentLanguage::English;
    QCOMPARE(dialog.pageCount(), tp::report::ResultNotice::document(inEnglish).pageCount());
    QVERIFY(dialog.pageWidget(0));

    dialog.languageBox()->setCurrentIndex(0);
    QVERIFY(dialog.windowTitle().endsWith(QStringLiteral(u"结果公示")));
    QCOMPARE(dialog.pageCount(), tp::report::ResultNotice::document(input).pageCount());
}

QTEST_MAIN(TestDocumentLanguage)
#include "tst_ui_doclanguage.moc"
