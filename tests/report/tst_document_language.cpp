// The documents in English and in Chinese: the same names and scores in either language, English
// wording and dates without Chinese punctuation in English, and the Chinese official document
// whatever translators the application has installed.
#include "ReportTestSupport.h"

#include "report/BidderLetters.h"
#include "report/DocumentText.h"
#include "report/EvaluationReport.h"
#include "report/PdfRenderer.h"
#include "report/ResultNotice.h"
#include "report/RobustnessDocument.h"
#include "report/SealedArchive.h"

#include <QCoreApplication>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

namespace {

DocumentInput english(const QString& example)
{
    DocumentInput input = load(example);
    input.language = DocumentLanguage::English;
    return input;
}

// What a reader sees of a web page.
QString plainText(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Every name the scenario brings in (project, purchaser, bidders, panel, criteria): data, not wording.
QStringList names(const Scenario& s)
{
    QStringList all{s.project.title, s.project.purchaser};
    for (const Bidder& b : s.bidders)
        all << b.name;
    for (const Panelist& p : s.panel)
        all << p.name;
    for (const Criterion& c : s.criteria)
        all << c.title;
    // Longest first, so that a name inside another one is not cut out of it first.
    std::sort(all.begin(), all.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return all;
}

bool isChinese(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFFEF);
}

// The Chinese characters (ideographs, 、 。 and fullwidth punctuation) left once the names are taken out.
QString chineseOutsideNames(QString text, const Scenario& s)
{
    for (const QString& name : names(s))
        text.remove(name);
    QString found;
    for (const QChar c : text)
        if (isChinese(c))
            found += c;
    return found;
}

bool has(const QString& text, const QString& expected)
{
    if (text.contains(expected))
        return true;
    qWarning("missing: %s", qPrintable(expected));
    return false;
}

// pdftotext drops the spaces that only separate glyphs: compare without spaces and line breaks.
bool pdfHas(QString text, QString expected)
{
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
    if (text.contains(expected.remove(QLatin1Char(' '))))
        return true;
    qWarning("missing in the PDF: %s", qPrintable(expected));
    return false;
}

} // namespace

class TestDocumentLanguage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const PagedDocument& document, const QString& name) { return renderPdf(m_dir, document, name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void bothTranslationsAreEmbedded()
    {
        QVERIFY(DocumentText::of(DocumentLanguage::Chinese).translationLoaded());
        QVERIFY(DocumentText::of(DocumentLanguage::English).translationLoaded());
    }

    void wordingPerLanguage()
    {
        const DocumentText& zh = DocumentText::of(DocumentLanguage::Chinese);
        const DocumentText& en = DocumentText::of(DocumentLanguage::English);
        QCOMPARE(zh.date(QDate(2014, 8, 11)), QStringLiteral(u"2014年8月11日"));
        QCOMPARE(en.date(QDate(2014, 8, 11)), QStringLiteral("11 August 2014"));
        QCOMPARE(en.dateTime(QDateTime(QDate(2014, 7, 29), QTime(17, 20))), QStringLiteral("29 July 2014 17:20"));
        QCOMPARE(zh.date(QDate()), QStringLiteral(u"—"));
        QCOMPARE(zh.sectionNumber(1), QStringLiteral(u"一、"));
        QCOMPARE(zh.sectionNumber(12), QStringLiteral(u"十二、"));
        QCOMPARE(zh.sectionNumber(20), QStringLiteral(u"二十、"));
        QCOMPARE(en.sectionNumber(12), QStringLiteral("12. "));
        QCOMPARE(zh.pageNumber(1, 3), QStringLiteral(u"第 1 页 共 3 页"));
        QCOMPARE(en.pageNumber(1, 3), QStringLiteral("Page 1 of 3"));
        QCOMPARE(zh.position(1), QStringLiteral(u"第 1 名"));
        QCOMPARE(en.position(1), QStringLiteral("No. 1"));
        QCOMPARE(en.pointsUnit(QStringLiteral("85.70")), QStringLiteral("85.70 points"));
        QCOMPARE(en.rankOf(1, 1), QStringLiteral("No. 1 of 1 qualified bidder"));
        QCOMPARE(en.rankOf(2, 3), QStringLiteral("No. 2 of 3 qualified bidders"));
        QCOMPARE(zh.rankOf(2, 3), QStringLiteral(u"第 2 名(入围谈判人共 3 家)"));
        QCOMPARE(en.publicationPeriod(QDate(2014, 8, 11), QDate(2014, 8, 11), 1),
                 QStringLiteral("11 August 2014 to 11 August 2014 (1 working day)"));
        const char* method = QT_TRANSLATE_NOOP("DocumentText", "Method");
        QCOMPARE(zh.withoutColon(zh.label(method)), QStringLiteral(u"谈判方式"));
        QCOMPARE(en.withoutColon(en.label(method)), QStringLiteral("Method"));
    }

    void englishNotice()
    {
        const DocumentInput input = english(QStringLiteral("cixi-2014"));
        const QString html = ResultNotice::webPage(input);
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        const QString text = plainText(html);
        for (const QString& expected :
             {QStringLiteral(u"Result notice: 慈溪市城乡居民合作医疗保障大病保险承办选择性谈判"),
              QStringLiteral(u"慈溪市城乡居民医疗保障管理中心"), QStringLiteral("1. Project"),
              QStringLiteral("Method: Selective negotiation"),
              QStringLiteral("after dropping the 1 highest and 1 lowest scores"),
              QStringLiteral("Number of winners and shares: at most 1 winner; with 1 winner: No. 1: 100%."),
              QStringLiteral(u"甲保险股份有限公司宁波分公司"), QStringLiteral(u"乙人寿保险股份有限公司宁波分公司"),
              QStringLiteral(u"丙健康保险股份有限公司浙江分公司"), QStringLiteral("85.70"), QStringLiteral("79.00"),
              QStringLiteral("76.60"), QStringLiteral(u"甲保险股份有限公司宁波分公司, share 100%."),
              QStringLiteral("Registered late, deemed to have withdrawn"), QStringLiteral("Not eligible to take part"),
              QStringLiteral(u"赵明 (leader), 钱芳"),
              QStringLiteral("Publication period: 11 August 2014 to 19 August 2014 (7 working days)"),
              QStringLiteral("Challenges"), QStringLiteral("8 August 2014")})
            QVERIFY(has(text, expected));
        const QString chinese = chineseOutsideNames(text, input.scenario);
        QVERIFY2(chinese.isEmpty(), qPrintable(chinese));

        const PagedDocument document = ResultNotice::document(input);
        const QString pdf = pdfText(render(document, QStringLiteral("notice-en.pdf")));
        QCOMPARE(pdfPages(m_dir.filePath(QStringLiteral("notice-en.pdf"))), document.pageCount());
        for (const QString& expected :
             {QStringLiteral(u"Result notice: 慈溪市城乡居民合作医疗保障大病保险承办选择性谈判"),
              QStringLiteral(u"甲保险股份有限公司宁波分公司"), QStringLiteral("85.70"),
              QStringLiteral("Registered late, deemed to have withdrawn"), QStringLiteral("Publication period"),
              QStringLiteral("August"), QStringLiteral("working days"), QStringLiteral("Page")})
            QVERIFY(pdfHas(pdf, expected));
        const QString chineseInPdf = chineseOutsideNames(QString(pdf).remove(QLatin1Char('\n')), input.scenario);
        QVERIFY2(!chineseInPdf.contains(QStringLiteral(u"第")) && !chineseInPdf.contains(QStringLiteral(u"、")) &&
                     !chineseInPdf.contains(QStringLiteral(u"。")) && !chineseInPdf.contains(QStringLiteral(u"公示")),
                 qPrintable(chineseInPdf));
    }

    // The robustness analysis in English: English wording, the names and figures as in Chinese.
    void englishRobustness()
    {
        const DocumentInput input = english(QStringLiteral("cixi-2014"));
        const QString html = RobustnessDocument::webPage(input);
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        const QString text = plainText(html);
        for (const QString& expected :
             {QStringLiteral("Robustness of the result"), QStringLiteral("1. The project"),
              QStringLiteral("Evaluation complete"), QStringLiteral(u"甲保险股份有限公司宁波分公司"),
              QStringLiteral("is 6.70 points ahead of"), QStringLiteral("B1 > B2 > B3"),
              QStringLiteral("Without any one member, the winners stay the same."), QStringLiteral("0.93"),
              QStringLiteral("not part of the published result"), QStringLiteral("8 August 2014")})
            QVERIFY(has(text, expected));
        const QString chinese = chineseOutsideNames(text, input.scenario);
        QVERIFY2(chinese.isEmpty(), qPrintable(chinese));
        const QString pdf = pdfText(render(RobustnessDocument::document(input), QStringLiteral("robustness-en.pdf")));
        QVERIFY(pdfHas(pdf, QStringLiteral("Page 1 of")));
        QVERIFY(pdfHas(pdf, QStringLiteral("6.70")));
    }

    void englishReport()
    {
        const DocumentInput input = english(QStringLiteral("cixi-2014"));
        const QString html = EvaluationReport::webPage(input);
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        const QString text = plainText(html);
        for (const QString& expected :
             {QStringLiteral(u"Evaluation report: 慈溪市城乡居民合作医疗保障大病保险承办选择性谈判"),
              QStringLiteral("1. The project"),
              QStringLiteral("Status of the evaluation"),
              QStringLiteral("Evaluation complete"),
              QStringLiteral("2. Registration record"),
              QStringLiteral("29 July 2014 17:20 (late)"),
              QStringLiteral("Proposals received"),
              QStringLiteral("9 / 10"),
              QStringLiteral("Lot draw for the order of presentation"),
              QStringLiteral("Commitment SHA-256(seed): "
                             "78e7ce5c04fa45725af1ab5cb12d999e1cf5640c4ea3f8b735fc7acedafd5c83"),
              QStringLiteral("Time limits: presentation 20 minutes, supplementary statement 5 minutes"),
              QStringLiteral("Score sheet of a panel member"),
              QStringLiteral(u"Panel member: 赵明"),
              QStringLiteral("Role: Leader"),
              QStringLiteral("Signature of the panel member:"),
              QStringLiteral("Calculation of the scores"),
              QStringLiteral("No. 1 "),
              QStringLiteral(u"Sum of the kept scores 428.50 ÷ Scores kept 5 = Exact mean 85.7 → Published score "
                             u"85.70"),
              QStringLiteral("Corrections of scores"),
              QStringLiteral("None (no equal scores needed a vote)."),
              QStringLiteral("Ranking and allocation of shares"),
              QStringLiteral("Publication period: 11 August 2014 to 19 August 2014 (7 working days)"),
              QStringLiteral("Head of the audit chain: —"),
              QStringLiteral("Archive digest: —")})
            QVERIFY(has(text, expected));
        const QString chinese = chineseOutsideNames(text, input.scenario);
        QVERIFY2(chinese.isEmpty(), qPrintable(chinese));

        // The same pages in both languages: one sheet per panel member.
        const PagedDocument document = EvaluationReport::document(input);
        const QString pdf = render(document, QStringLiteral("report-en.pdf"));
        QCOMPARE(pdfPages(pdf), document.pageCount());
        QVERIFY(pdfHas(pdfText(pdf), QStringLiteral("Score sheet of a panel member")));
    }

    void englishLetters()
    {
        const DocumentInput input = english(QStringLiteral("cixi-2014"));
        const QString winner = plainText(BidderLetters::webPage(input, {QStringLiteral("B1")}));
        for (const QString& expected :
             {QStringLiteral("Notice of award"), QStringLiteral(u"To 甲保险股份有限公司宁波分公司:"),
              QStringLiteral("Final score"), QStringLiteral("85.70 points"),
              QStringLiteral("No. 1 of 3 qualified bidders"), QStringLiteral("Awarded, with a share of 100%"),
              QStringLiteral("11 August 2014 to 19 August 2014 (7 working days)")})
            QVERIFY(has(winner, expected));
        const QString late = plainText(BidderLetters::webPage(input, {QStringLiteral("B4")}));
        QVERIFY(has(late, QStringLiteral("Notice of the negotiation result")));
        QVERIFY(has(late, QStringLiteral("Not qualified: Registered late, deemed to have withdrawn")));
        const QString all = plainText(BidderLetters::webPage(input));
        const QString chinese = chineseOutsideNames(all, input.scenario);
        QVERIFY2(chinese.isEmpty(), qPrintable(chinese));
        const PagedDocument document = BidderLetters::document(input);
        QCOMPARE(pdfPages(render(document, QStringLiteral("letters-en.pdf"))), int(input.scenario.bidders.size()));
    }

    void chineseWhateverTheInterfaceSpeaks()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString before = ResultNotice::webPage(input);
        QTranslator english;
        QVERIFY(english.load(QStringLiteral(":/i18n/tenderpanel_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&english));
        const QString during = ResultNotice::webPage(input);
        QVERIFY(QCoreApplication::removeTranslator(&english));
        QCOMPARE(during, before);
        QVERIFY(before.contains(QStringLiteral(u"公示期:2014年8月11日至2014年8月19日(7个工作日)")));
        QVERIFY(before.contains(QLatin1String("<html lang=\"zh-CN\">")));
    }

    void sealedArchiveIsChineseWhateverWasAsked()
    {
        const DocumentInput chinese = load(QStringLiteral("cixi-2014"));
        const DocumentInput inEnglish = english(QStringLiteral("cixi-2014"));
        const SealedArchive::Sealed a = SealedArchive::seal(chinese);
        const SealedArchive::Sealed b = SealedArchive::seal(inEnglish);
        QCOMPARE(b.digest, a.digest);
        QVERIFY(b.bytes == a.bytes);
    }
};

QTEST_MAIN(TestDocumentLanguage)
#include "tst_document_language.moc"
