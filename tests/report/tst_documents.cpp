#include "ReportTestSupport.h"

#include "ScenarioBuilder.h"
#include "report/BidderLetters.h"
#include "report/CanonicalRecord.h"
#include "report/DocumentFonts.h"
#include "report/DocumentFormat.h"
#include "report/DocumentInputLoader.h"
#include "report/DocumentRenderer.h"
#include "report/DocumentText.h"
#include "report/EvaluationReport.h"
#include "report/FlowLayout.h"
#include "report/PdfRenderer.h"
#include "report/ResultNotice.h"
#include "report/RobustnessDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString render(const PagedDocument& document, const QString& name) { return renderPdf(m_dir, document, name); }

    // The last line of a page's text before its page number, without spaces.
    static QString lastLine(const QString& pageText)
    {
        static const QRegularExpression pageNumber(QStringLiteral(u"^(第\\d+页共\\d+页|Page\\d+of\\d+)$"));
        QStringList lines = pageText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString& line : lines)
            line.remove(QLatin1Char(' ')).remove(QLatin1Char('\f'));
        lines.removeAll(QString());
        while (!lines.isEmpty() && pageNumber.match(lines.last()).hasMatch())
            lines.removeLast();
        return lines.value(lines.size() - 1);
    }

    // A section heading of a notice: "一、项目名称" or "1.Project" (without spaces).
    static bool isHeading(const QString& line)
    {
        static const QRegularExpression heading(QStringLiteral(u"^([一二三四五六七八九十]+、|\\d+\\.\\D)"));
        return heading.match(line).hasMatch();
    }

    // The text without its line breaks (a paragraph's lines joined again).
    static QString flat(QString text) { return text.remove(QLatin1Char('\n')).remove(QLatin1Char('\f')); }

    static bool has(const QString& text, const QString& expected)
    {
        // pdftotext drops the spaces that only separate glyphs: compare without spaces.
        QString haystack = text;
        QString needle = expected;
        const bool found = haystack.remove(QLatin1Char(' ')).contains(needle.remove(QLatin1Char(' ')));
        if (!found)
            qWarning("missing: %s", qPrintable(expected));
        return found;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void resultNoticeNamesScoresAndDates()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString pdf = render(ResultNotice::document(input), QStringLiteral("notice.pdf"));
        const QString text = pdfText(pdf).remove(QLatin1Char('\n'));
        QVERIFY(has(text, QStringLiteral(u"慈溪市城乡居民合作医疗保障大病保险承办选择性谈判结果公示")));
        QVERIFY(has(text, QStringLiteral(u"慈溪市城乡居民医疗保障管理中心")));
        QVERIFY(has(text, QStringLiteral(u"甲保险股份有限公司宁波分公司")));
        QVERIFY(has(text, QStringLiteral(u"乙人寿保险股份有限公司宁波分公司")));
        QVERIFY(has(text, QStringLiteral(u"丙健康保险股份有限公司浙江分公司")));
        QVERIFY(has(text, QStringLiteral("85.70")));
        QVERIFY(has(text, QStringLiteral("79.00")));
        QVERIFY(has(text, QStringLiteral("76.60")));
        QVERIFY(has(text, QStringLiteral(u"甲保险股份有限公司宁波分公司,承办份额 100%")));
        QVERIFY(has(text, QStringLiteral(u"逾期登记,视为主动放弃")));
        QVERIFY(has(text, QStringLiteral(u"不具备入围资格")));
        QVERIFY(has(text, QStringLiteral(u"公示期:2014年8月11日至2014年8月19日(7个工作日)")));
        QVERIFY(has(text, QStringLiteral(u"赵明(组长)")));
        QVERIFY(has(text, QStringLiteral(u"郑涛")));
        QVERIFY(has(text, QStringLiteral(u"质疑")));
        QVERIFY(has(text, QStringLiteral(u"2014年8月8日")));
        QVERIFY(has(text, QStringLiteral(u"第 1 页 共 2 页")));
    }

    // The Cixi notice: the title broken only between the project's name and the notice's kind, the
    // winner line once in the text, and no page ending with a section heading.
    void resultNoticePaginatesCleanly()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString pdf = render(ResultNotice::document(input), QStringLiteral("paginated.pdf"));
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 2);

        QString all = pdfText(pdf);
        all.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        QCOMPARE(all.count(QStringLiteral(u"甲保险股份有限公司宁波分公司,承办份额100%")), 1);

        QStringList first = pdfText(pdf, 1, 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString& line : first)
            line.remove(QLatin1Char(' '));
        QVERIFY2(first.mid(0, 2) == QStringList({QStringLiteral(u"慈溪市城乡居民合作医疗保障大病保险承办选择性谈判"),
                                                 QStringLiteral(u"结果公示")}),
                 qPrintable(first.mid(0, 2).join(QLatin1Char('|'))));

        for (int page = 1; page <= pages; ++page) {
            const QString last = lastLine(pdfText(pdf, page, page));
            QVERIFY(!last.isEmpty());
            QVERIFY2(!isHeading(last), qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
        }
    }

    // A line the pagination moves to the top of the next page is drawn on that page only: the text of
    // the page before does not carry it too (where a PDF reader's search or copy would find it twice).
    void everyLineIsOnOnePage()
    {
        QString html;
        for (int i = 1; i <= 160; ++i)
            html +=
                QStringLiteral("<p class=\"body\">L%1X %2</p>\n")
                    .arg(i, 3, 10, QLatin1Char('0'))
                    .arg(i % 7 == 0
                             ? QString(QStringLiteral(u"谈判小组按照规定的程序和评审办法完成了评审工作。")).repeated(4)
                             : QString());
        PagedDocument document;
        document.addPart(PagedDocument::createTextDocument(html));
        const QString pdf = render(document, QStringLiteral("lines.pdf"));
        const int pages = pdfPages(pdf);
        QVERIFY(pages >= 3);
        QString text;
        for (int page = 1; page <= pages; ++page)
            text += pdfText(pdf, page, page);
        for (int i = 1; i <= 160; ++i) {
            const QString marker = QStringLiteral("L%1X").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY2(text.count(marker) == 1,
                     qPrintable(QStringLiteral("%1 %2 times").arg(marker).arg(text.count(marker))));
        }
    }

    // A layout does not depend on the layouts before it: a document laid out at another width, or
    // without pages, and then again on pages gives the lines a fresh copy laid out once gives. (A part
    // fitted to one page is laid out several times; the preview lays a document out again.)
    void pagesDoNotDependOnEarlierLayouts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("paragraphs") << QStringLiteral("paragraphs");
        QTest::newRow("headings and tables") << QStringLiteral("tables");
        QTest::newRow("cixi report") << QStringLiteral("cixi-2014");
        QTest::newRow("zhaoqing report") << QStringLiteral("zhaoqing-2025");
        QTest::newRow("tie-vote report") << QStringLiteral("tie-vote");
    }
    void pagesDoNotDependOnEarlierLayouts()
    {
        QFETCH(QString, kind);
        QList<std::shared_ptr<QTextDocument>> parts;
        if (kind == QLatin1String("paragraphs") || kind == QLatin1String("tables")) {
            const QString sentence = QStringLiteral(u"谈判小组按照规定的程序和评审办法完成了评审工作。");
            QString html;
            for (int i = 1; i <= 90; ++i) {
                if (kind == QLatin1String("paragraphs")) {
                    html += QStringLiteral("<p class=\"body\">P%1 %2</p>\n").arg(i).arg(sentence.repeated(i % 9));
                    continue;
                }
                html += QStringLiteral("<p class=\"h3\">H%1</p>\n<table width=\"100%\" border=\"1\">").arg(i);
                for (int row = 0; row < i % 6 + 1; ++row)
                    html += QStringLiteral("<tr><td>R%1</td><td>%2</td></tr>").arg(row).arg(sentence.repeated(row % 4));
                html += QStringLiteral("</table>\n");
            }
            parts.append(PagedDocument::createTextDocument(html));
        } else {
            parts = EvaluationReport::document(load(kind)).partDocuments();
        }
        const QSizeF content = PagedDocument::contentSize();
        int compared = 0;
        for (const auto& part : parts) {
            if (part->isEmpty())
                continue;
            std::shared_ptr<QTextDocument> fresh(part->clone());
            fresh->documentLayout()->setPaintDevice(PagedDocument::layoutDevice());
            FlowLayout used(part.get());
            used.layout(content.width() * 0.6, content.height() / 3);
            used.layout(content.width() * 1.7);
            used.layout(content.width(), content.height());
            FlowLayout once(fresh.get());
            once.layout(content.width(), content.height());
            QCOMPARE(used.pageCount(), once.pageCount());
            for (QTextBlock a = part->begin(), b = fresh->begin(); a.isValid(); a = a.next(), b = b.next()) {
                ++compared;
                QCOMPARE(used.lineRects(a), once.lineRects(b));
                QCOMPARE(used.movedToNewPage(a), once.movedToNewPage(b));
            }
        }
        QVERIFY(compared > 0);
    }

    // The rules pagination keeps, checked on the pages it ends with: a heading starts on the page where
    // its text starts, a paragraph shorter than half a page lies on one page, a table shorter than a
    // quarter of a page lies on one page, a row is not cut, and each line lies on one page. The texts
    // need many moves: paragraphs that would be split at the bottom of a page (whose headings must then
    // follow them), short tables of rows two and three lines high, and headings left last on a page.
    // Every block the pagination moved had a reason to: a table or a paragraph it moved whole is
    // shorter than a quarter (a table) or half (a paragraph) of a page.
    void paginationKeepsHeadingsParagraphsAndShortTablesWhole_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("sections");
        QTest::newRow("headings and paragraphs") << QStringLiteral("paragraphs") << 120;
        QTest::newRow("headings and tables") << QStringLiteral("tables") << 120;
        QTest::newRow("headings, paragraphs and tables") << QStringLiteral("mixed") << 150;
        QTest::newRow("headings, paragraphs and tables, short") << QStringLiteral("mixed") << 25;
        QTest::newRow("headings inside tables") << QStringLiteral("cells") << 120;
        QTest::newRow("tables without headings, short and long") << QStringLiteral("bare") << 140;
        // Every paginated document of the examples, in both languages.
        for (const QString& example : exampleNames())
            for (const char* document : {"report", "robustness", "notice", "letters"})
                for (const char* language : {"zh_CN", "en"})
                    QTest::addRow("%s %s %s", qPrintable(example), document, language)
                        << QStringLiteral("%1/%2/%3").arg(QLatin1String(document), example, QLatin1String(language))
                        << 0;
    }
    void paginationKeepsHeadingsParagraphsAndShortTablesWhole()
    {
        QFETCH(QString, kind);
        QFETCH(int, sections);
        PagedDocument document;
        if (sections > 0) {
            const QString sentence = QStringLiteral(u"谈判小组按照规定的程序和评审办法完成了评审工作。");
            QString html;
            for (int i = 1; i <= sections; ++i) {
                if (kind == QLatin1String("bare")) {
                    // Tables beside paragraphs or beside each other; one in seven longer than half a page.
                    if (i % 4 == 0)
                        html += QStringLiteral("<p>P%1 %2</p>\n").arg(i).arg(sentence.repeated(i % 5 + 1));
                    html += QStringLiteral("<table width=\"100%\" border=\"1\">");
                    for (int row = 0; row < (i % 7 == 0 ? 16 + i % 5 : i % 5 + 2); ++row)
                        html += QStringLiteral("<tr><td>T%1R%2</td><td>%3</td></tr>")
                                    .arg(i)
                                    .arg(row)
                                    .arg(sentence.repeated((row * 3 + i) % 4 + 1));
                    html += QStringLiteral("</table>\n");
                    continue;
                }
                html += QStringLiteral("<p class=\"h3\">H%1</p>\n").arg(i);
                if (kind == QLatin1String("cells")) {
                    // A heading inside a table's cell, after the first: its move changes the table's rows.
                    html += QStringLiteral("<table width=\"100%\" border=\"1\">");
                    for (int row = 0; row < 2; ++row)
                        html +=
                            QStringLiteral("<tr><td>T%1R%2 %3</td><td><p class=\"h3\">C%1R%2</p><p>%4</p></td></tr>")
                                .arg(i)
                                .arg(row)
                                .arg(sentence.repeated((i + row) % 3))
                                .arg(sentence.repeated((i * 7 + row) % 5 + 1));
                    html += QStringLiteral("</table>\n");
                    continue;
                }
                const bool table = kind == QLatin1String("tables") || (kind == QLatin1String("mixed") && i % 3 == 0);
                if (!table) {
                    html += QStringLiteral("<p class=\"body\">P%1 %2</p>\n").arg(i).arg(sentence.repeated(i % 11 + 1));
                    continue;
                }
                html += QStringLiteral("<table width=\"100%\" border=\"1\">");
                for (int row = 0; row < i % 5 + 2; ++row)
                    html += QStringLiteral("<tr><td>T%1R%2</td><td>%3</td></tr>")
                                .arg(i)
                                .arg(row)
                                .arg(sentence.repeated((row + i) % 4 + 1));
                html += QStringLiteral("</table>\n");
            }
            document.addPart(PagedDocument::createTextDocument(html));
        } else {
            const QStringList what = kind.split(QLatin1Char('/'));
            DocumentInput input = load(what[1]);
            input.language = what[2] == QLatin1String("en") ? DocumentLanguage::English : DocumentLanguage::Chinese;
            if (what[0] == QLatin1String("report"))
                document = EvaluationReport::document(input);
            else if (what[0] == QLatin1String("robustness"))
                document = RobustnessDocument::document(input);
            else if (what[0] == QLatin1String("notice"))
                document = ResultNotice::document(input);
            else
                document = BidderLetters::document(input);
        }
        QVERIFY(document.pageCount() > (sections > 0 ? 1 : 0));
        const qreal height = PagedDocument::contentSize().height();
        int checked = 0;
        int moved = 0;
        for (const FlowLayout* flow : document.flowingLayouts()) {
            QTextDocument* part = flow->document();
            // The page of a block's first (or last) line; -1 for a block that takes no room.
            const auto line = [&](const QTextBlock& block, bool last) {
                const QList<QRectF> lines = flow->lineRects(block);
                if (lines.isEmpty())
                    return -1;
                const QRectF rect = last ? lines.last() : lines.first();
                return int((rect.top() + 0.01) / height);
            };
            const auto extent = [&](const QTextBlock& block) {
                const QList<QRectF> lines = flow->lineRects(block);
                return lines.isEmpty() ? 0.0 : lines.last().bottom() - lines.first().top();
            };
            const auto where = [](const QTextBlock& block) {
                return QStringLiteral("block %1 (%2)").arg(block.blockNumber()).arg(block.text().left(14));
            };
            for (QTextBlock block = part->begin(); block.isValid(); block = block.next()) {
                ++checked;
                // Every line lies wholly on one page.
                for (const QRectF& rect : flow->lineRects(block))
                    QVERIFY2(int((rect.top() + 0.01) / height) == int((rect.bottom() - 0.01) / height),
                             qPrintable(where(block) + QStringLiteral(": a line across the end of a page")));
                QTextTable* table = QTextCursor(block).currentTable();
                QTextBlock next = block.next();
                while (next.isValid() && flow->lineRects(next).isEmpty())
                    next = next.next();
                if (block.userState() == DocumentFormat::kKeepWithNext && next.isValid() && !block.text().isEmpty() &&
                    !(next.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
                    QVERIFY2(line(next, false) == line(block, false),
                             qPrintable(where(block) + QStringLiteral(": a heading on page %1, its text on page %2")
                                                           .arg(line(block, false) + 1)
                                                           .arg(line(next, false) + 1)));
                if (!table && extent(block) < height / 2)
                    QVERIFY2(line(block, false) == line(block, true),
                             qPrintable(where(block) + QStringLiteral(": a paragraph over two pages")));
                if (table && block.position() == table->firstPosition()) {
                    const QRectF box = flow->tableRect(table);
                    if (box.height() < height / 4)
                        QVERIFY2(int((box.top() + 0.01) / height) == int((box.bottom() - 0.01) / height),
                                 qPrintable(where(block) + QStringLiteral(": a short table over two pages")));
                    // A row's cells on one page, and each cell's text on that page.
                    for (int row = 0; row < table->rows(); ++row) {
                        const int page = line(table->cellAt(row, 0).firstCursorPosition().block(), false);
                        for (int column = 0; column < table->columns(); ++column) {
                            const QTextTableCell cell = table->cellAt(row, column);
                            for (QTextBlock b = cell.firstCursorPosition().block();
                                 b.isValid() && b.position() <= cell.lastCursorPosition().position(); b = b.next())
                                if (line(b, false) >= 0)
                                    QVERIFY2(line(b, false) == page && line(b, true) == page,
                                             qPrintable(where(block) +
                                                        QStringLiteral(": row %1 on two pages").arg(row + 1)));
                        }
                    }
                }
                if (!flow->movedToNewPage(block))
                    continue;
                ++moved;
                if (table && block.position() == table->firstPosition())
                    QVERIFY2(flow->tableRect(table).height() < height / 4,
                             qPrintable(where(block) + QStringLiteral(": a table of a quarter of a page or more "
                                                                      "moved whole")));
                else if (!table && block.userState() != DocumentFormat::kKeepWithNext)
                    QVERIFY2(extent(block) < height / 2,
                             qPrintable(where(block) + QStringLiteral(": a paragraph of half a page or more moved")));
            }
        }
        QVERIFY(checked > 0);
        if (sections > 0)
            QVERIFY(moved > 0);
    }

    void resultNoticeWebPageHasTheSameContent()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString html = ResultNotice::webPage(input);
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
        QVERIFY(html.contains(QStringLiteral(u"公示期:2014年8月11日至2014年8月19日(7个工作日)")));
        QVERIFY(html.contains(QStringLiteral(u"甲保险股份有限公司宁波分公司")));
        QVERIFY(html.contains(QStringLiteral("85.70")));
        // Nothing entered: the notice leaves the lines out rather than print "—" for them.
        for (const QString& label : {QStringLiteral(u"联系人:"), QStringLiteral(u"联系电话:"),
                                     QStringLiteral(u"谈判依据:"), QStringLiteral(u"质疑受理地址:")})
            QVERIFY2(!html.contains(label), qPrintable(label));
    }

    // What the staff entered (the scenario's document details, the opening and the draw's witnesses)
    // is printed in the notice, the letters and the report; nothing entered, no "—" in its place.
    void enteredDetailsArePrinted()
    {
        Scenario scenario = load(QStringLiteral("cixi-2014")).scenario;
        DocumentDetails& d = scenario.project.documents;
        d.basis = QStringLiteral(u"《慈溪市大病保险承办选择性谈判文件》(慈医保〔2014〕12号)");
        d.challengeAddress = QStringLiteral(u"慈溪市白沙路街道三北大街1号302室");
        d.challengeContact = QStringLiteral(u"基金科 王丽 0574-63900001");
        d.contactPerson = QStringLiteral(u"孙敏");
        d.contactPhone = QStringLiteral("0574-63900002");
        d.contactAddress = QStringLiteral(u"慈溪市三北大街1号");
        scenario.opening = ProposalOpening{QDateTime(QDate(2014, 8, 5), QTime(9, 30)),
                                           {QStringLiteral(u"周平"), QStringLiteral(u"吴刚")}};
        scenario.draw->witnesses = {QStringLiteral(u"冯洁"), QStringLiteral(u"陈立")};
        const auto loaded = DocumentInputLoader::fromScenario(scenario);
        QVERIFY(loaded.input);
        const DocumentInput& input = *loaded.input;

        const QString notice = pdfText(render(ResultNotice::document(input), QStringLiteral("entered-notice.pdf")))
                                   .remove(QLatin1Char('\n'));
        for (const QString& expected :
             QStringList{QStringLiteral(u"谈判依据:") + d.basis, QStringLiteral(u"质疑受理地址:") + d.challengeAddress,
                         d.challengeContact, QStringLiteral(u"联系人:孙敏"), QStringLiteral(u"联系电话:0574-63900002"),
                         QStringLiteral(u"地址:慈溪市三北大街1号")})
            QVERIFY(has(notice, expected));

        const QString letter = pdfText(
            render(BidderLetters::document(input, {QStringLiteral("B1")}), QStringLiteral("entered-letter.pdf")));
        QVERIFY(has(letter, QStringLiteral(u"联系人:孙敏")));
        QVERIFY(has(letter, QStringLiteral(u"联系电话:0574-63900002")));

        const QString report = pdfText(render(EvaluationReport::document(input), QStringLiteral("entered-report.pdf")));
        QVERIFY(has(report, QStringLiteral(u"2014年8月5日 09:30")));
        QVERIFY(has(report, QStringLiteral(u"周平、吴刚")));
        QVERIFY(has(report, QStringLiteral(u"冯洁、陈立")));
    }

    void emptyDetailsAreLeftOutOrBlank()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString notice = pdfText(render(ResultNotice::document(input), QStringLiteral("empty-notice.pdf")));
        const QString letter =
            pdfText(render(BidderLetters::document(input, {QStringLiteral("B1")}), QStringLiteral("empty-letter.pdf")));
        for (const QString& text : {notice, letter})
            for (const QString& label : {QStringLiteral(u"联系人"), QStringLiteral(u"联系电话"),
                                         QStringLiteral(u"谈判依据"), QStringLiteral(u"质疑受理地址")})
                QVERIFY2(!QString(text).remove(QLatin1Char(' ')).contains(label), qPrintable(label));
        // The report is signed on paper: the opening and the draw's witnesses get a line to fill in.
        const QString report = pdfText(render(EvaluationReport::document(input), QStringLiteral("empty-report.pdf")));
        QVERIFY(has(report, QStringLiteral(u"开启时间:") + DocumentFormat::blank()));
        QVERIFY(has(report, QStringLiteral(u"开启见证人:") + DocumentFormat::blank()));
        QVERIFY(!QString(report).remove(QLatin1Char(' ')).contains(QStringLiteral(u"见证人:—")));
    }

    // The fonts a PDF embeds, by name ("TenderPanelSerifSC-Regular"); one not embedded is named as such.
    static QStringList embeddedFonts(const QString& pdf)
    {
        QStringList names;
        for (const PdfFont& font : pdfFonts(pdf))
            names << (font.embedded ? font.name : QStringLiteral("not embedded: ") + font.name);
        return names;
    }

    // Every document of every example, in both languages, is set in the documents' own face alone (and
    // the monospaced one for digests): none of their fixed wording falls outside it, which would embed
    // the full system face as well and make the PDF slower to write.
    void documentsAreSetInTheirOwnFace()
    {
        QVERIFY2(DocumentFonts::available(), "TenderPanel Serif SC is not found where the build puts it");
        QCOMPARE(DocumentFormat::serifFamilies().value(0), DocumentFonts::family());
        const QStringList own{QStringLiteral("TenderPanelSerifSC-Regular"), QStringLiteral("TenderPanelSerifSC-Bold"),
                              QStringLiteral("NotoSansMonoCJKsc-Regular")};
        for (const QString& example : {QStringLiteral("cixi-2014"), QStringLiteral("reinsurance-2022"),
                                       QStringLiteral("tie-vote"), QStringLiteral("zhaoqing-2025")}) {
            for (const DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English}) {
                DocumentInput input = load(example);
                input.language = language;
                const EvaluationStatus status = input.evaluation.status;
                QList<std::pair<QString, PagedDocument>> documents{
                    {QStringLiteral("report"), EvaluationReport::document(input)}};
                if (status == EvaluationStatus::Final || status == EvaluationStatus::Failed) {
                    documents.append({QStringLiteral("notice"), ResultNotice::document(input)});
                    documents.append({QStringLiteral("letters"), BidderLetters::document(input)});
                }
                if (status == EvaluationStatus::Final || status == EvaluationStatus::VoteRequired)
                    documents.append({QStringLiteral("robustness"), RobustnessDocument::document(input)});
                for (const auto& [kind, document] : documents) {
                    const QString name =
                        QStringLiteral("%1-%2-%3.pdf").arg(example, documentLanguageCode(language), kind);
                    const QStringList fonts = embeddedFonts(render(document, name));
                    QVERIFY2(fonts.contains(QStringLiteral("TenderPanelSerifSC-Regular")), qPrintable(name));
                    for (const QString& font : fonts)
                        QVERIFY2(own.contains(font), qPrintable(name + QStringLiteral(": ") + fonts.join(u' ')));
                }
            }
        }
    }

    // A name with a character the documents' face lacks (堃, 玥: outside GB 2312) is drawn by the full
    // Noto Serif CJK SC, embedded too, and reads back as written.
    void aCharacterOutsideTheOwnFaceIsDrawnByTheFullFace()
    {
        DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString name = QStringLiteral(u"堃玥人寿保险股份有限公司");
        input.scenario.bidders.first().name = name;
        const QString pdf = render(ResultNotice::document(input), QStringLiteral("fallback.pdf"));
        const QStringList fonts = embeddedFonts(pdf);
        QVERIFY2(fonts.contains(QStringLiteral("TenderPanelSerifSC-Regular")), qPrintable(fonts.join(u' ')));
        QVERIFY2(fonts.contains(QStringLiteral("NotoSerifCJKsc-Regular")), qPrintable(fonts.join(u' ')));
        QVERIFY(flat(pdfText(pdf)).remove(QLatin1Char(' ')).contains(name));
    }

    void reportHasEverySectionAndOneSheetPerMember()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const PagedDocument document = EvaluationReport::document(input);
        const QString pdf = render(document, QStringLiteral("report.pdf"));
        const int pages = pdfPages(pdf);
        QCOMPARE(pages, document.pageCount());
        const QString text = pdfText(pdf);
        for (const QString& expected :
             {QStringLiteral(u"登记记录"), QStringLiteral(u"2014年7月29日 17:20(逾期)"),
              QStringLiteral(u"谈判方案接收记录"), QStringLiteral("9 / 10"), QStringLiteral(u"演示顺序抽签记录"),
              QStringLiteral("78e7ce5c04fa45725af1ab5cb12d999e1cf5640c4ea3f8b735fc7acedafd5c83"),
              QStringLiteral("printf '%s' '6b1f0c2a9d4e8f7a3c5b2e1d0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a:B1' | "
                             "sha256sum"),
              QStringLiteral(u"演示及陈述记录"), QStringLiteral(u"得分计算表"),
              QStringLiteral(u"保留分之和 428.50 ÷ 保留人数 5 = 精确均值 85.7 → 公布得分 85.70"),
              QStringLiteral(u"评分更正记录"), QStringLiteral(u"无记名投票记录"), QStringLiteral(u"排名及份额分配"),
              QStringLiteral(u"审计链头:—"), QStringLiteral(u"归档摘要:—")})
            QVERIFY(has(text, expected));
        // The score sheets: one page per member, in panel order, each with the signature line.
        const int firstSheet = 3;
        for (int i = 0; i < input.scenario.panel.size(); ++i) {
            const QString page = pdfText(pdf, firstSheet + i, firstSheet + i);
            QVERIFY(has(page, QStringLiteral(u"谈判小组成员评分表")));
            QVERIFY(has(page, QStringLiteral(u"评审成员:") + input.scenario.panel.at(i).name));
            QVERIFY(has(page, QStringLiteral(u"评审成员签名")));
        }
        // Every page carries the record digest in its footer.
        const QString digest = DocumentFormat::sha256Hex(CanonicalRecord::json(input));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(pdfText(pdf, page, page).contains(digest), qPrintable(QString::number(page)));
    }

    void reportShowsTheVoteTallies()
    {
        const DocumentInput input = load(QStringLiteral("tie-vote"));
        const QString pdf = render(EvaluationReport::document(input), QStringLiteral("tie.pdf"));
        const QString text = pdfText(pdf);
        QVERIFY(has(text, QStringLiteral(u"第 1 轮表决")));
        QVERIFY(has(text, QStringLiteral(u"空白票:0")));
        QVERIFY(has(text, QStringLiteral(u"精确均值 245/3 → 公布得分 81.67")));
    }

    void sheetsFitTheirPageWhateverTheirSize()
    {
        DocumentInput input = load(QStringLiteral("cixi-2014"));
        // Long criterion titles make a sheet taller than a page: it is scaled down to fit one.
        for (Criterion& c : input.scenario.criteria)
            c.title = c.title.repeated(6);
        const PagedDocument document = EvaluationReport::document(input);
        const PagedDocument normal = EvaluationReport::document(load(QStringLiteral("cixi-2014")));
        const QString pdf = render(document, QStringLiteral("long.pdf"));
        QCOMPARE(document.pageCount(), normal.pageCount());
        QCOMPARE(pdfPages(pdf), document.pageCount());
        const int sheets = int(input.scenario.panel.size());
        const int firstSheet = 3;
        for (int i = 0; i < sheets; ++i) {
            const QString page = pdfText(pdf, firstSheet + i, firstSheet + i);
            QVERIFY(has(page, QStringLiteral(u"评审成员:") + input.scenario.panel.at(i).name));
            QVERIFY(has(page, QStringLiteral(u"评审成员签名")));
        }
    }

    void lettersNameOnlyTheirOwnBidder_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("cixi-2014") << QStringLiteral("cixi-2014");
        QTest::newRow("reinsurance-2022") << QStringLiteral("reinsurance-2022");
        QTest::newRow("tie-vote") << QStringLiteral("tie-vote");
        QTest::newRow("zhaoqing-2025") << QStringLiteral("zhaoqing-2025");
    }

    void lettersNameOnlyTheirOwnBidder()
    {
        QFETCH(QString, example);
        const DocumentInput input = load(example);
        const QStringList recipients = BidderLetters::recipients(input);
        QCOMPARE(recipients.size(), input.scenario.bidders.size());
        const QString all = render(BidderLetters::document(input), example + QStringLiteral("-letters.pdf"));
        QCOMPARE(pdfPages(all), int(recipients.size()));
        for (int i = 0; i < recipients.size(); ++i) {
            const QString& id = recipients.at(i);
            const RankEntry* own = DocumentFormat::rankEntry(input.evaluation, id);
            const QString single =
                render(BidderLetters::document(input, {id}), example + QLatin1Char('-') + id + QStringLiteral(".pdf"));
            for (const QString& text : {pdfText(single), pdfText(all, i + 1, i + 1)}) {
                QVERIFY(has(text, DocumentFormat::bidderName(input.scenario, id)));
                if (own)
                    QVERIFY(has(text, Decimal::format(own->published)));
                for (const Bidder& other : input.scenario.bidders) {
                    if (other.id == id)
                        continue;
                    QVERIFY2(!text.contains(other.name), qPrintable(id + QStringLiteral(" names ") + other.id));
                    const RankEntry* theirs = DocumentFormat::rankEntry(input.evaluation, other.id);
                    if (theirs && (!own || theirs->published != own->published))
                        QVERIFY2(!text.contains(Decimal::format(theirs->published)),
                                 qPrintable(id + QStringLiteral(" shows the score of ") + other.id));
                }
            }
            const QString html = BidderLetters::webPage(input, {id});
            for (const Bidder& other : input.scenario.bidders)
                if (other.id != id)
                    QVERIFY(!html.contains(other.name));
        }
    }

    void winnerAndExcludedLetters()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString winner =
            pdfText(render(BidderLetters::document(input, {QStringLiteral("B1")}), QStringLiteral("b1.pdf")));
        QVERIFY(has(winner, QStringLiteral(u"成交通知书")));
        QVERIFY(has(winner, QStringLiteral(u"第 1 名(入围谈判人共 3 家)")));
        QVERIFY(has(winner, QStringLiteral(u"确定为成交人,承办份额 100%")));
        const QString late =
            pdfText(render(BidderLetters::document(input, {QStringLiteral("B4")}), QStringLiteral("b4.pdf")));
        QVERIFY(has(late, QStringLiteral(u"谈判结果通知书")));
        QVERIFY(has(late, QStringLiteral(u"未入围:逾期登记,视为主动放弃")));
        QVERIFY(has(late, QStringLiteral(u"第 1 页 共 1 页")));
    }

    // The Zhaoqing example: three winners, each serving its own service area, and no shares. The
    // notice, the report and the letters name each winner's area with its places; no share is shown.
    void serviceAreasInTheNotice()
    {
        const DocumentInput input = load(QStringLiteral("zhaoqing-2025"));
        QCOMPARE(input.evaluation.winners.size(), 3);
        const DocumentText& t = DocumentText::of(input.language);
        const QString text = flat(pdfText(render(ResultNotice::document(input), QStringLiteral("zq-notice.pdf"))));
        for (const QString& id : input.evaluation.winners) {
            const RankEntry* e = DocumentFormat::rankEntry(input.evaluation, id);
            QVERIFY(e && e->area && !e->share);
            QVERIFY(has(text, DocumentFormat::bidderName(input.scenario, id)));
            QVERIFY(has(text, t.winnerLine(DocumentFormat::bidderName(input.scenario, id), e->share, e->area)));
        }
        for (const char16_t* expected : {u"第一服务区域", u"端州区(含市直)、鼎湖区、高要区", u"第二服务区域",
                                         u"四会市、广宁县、肇庆高新区", u"第三服务区域", u"怀集县、封开县、德庆县"})
            QVERIFY(has(text, QString::fromUtf16(expected)));
        // No share: no percent, nothing null.
        QVERIFY2(!text.contains(QLatin1Char('%')), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("null")));
        // The first area is named in the rule, in the ranking table and in its winner's line only.
        const QString html = ResultNotice::webPage(input);
        QCOMPARE(html.count(QStringLiteral(u"第一服务区域")), 3); // the rule, the table, the winner's line
    }

    void serviceAreasInTheReport()
    {
        const DocumentInput input = load(QStringLiteral("zhaoqing-2025"));
        const QString text = flat(pdfText(render(EvaluationReport::document(input), QStringLiteral("zq-report.pdf"))));
        for (const ServiceArea& area : input.scenario.project.areas.value(3)) {
            QVERIFY(has(text, area.name));
            for (const QString& place : area.places)
                QVERIFY(has(text, place));
        }
        QVERIFY(!text.contains(QLatin1String("null")));
        const QString html = EvaluationReport::webPage(input);
        const DocumentText& t = DocumentText::of(input.language);
        for (const RankEntry& e : input.evaluation.ranking)
            if (e.area)
                QVERIFY(html.contains(DocumentFormat::esc(t.serviceArea(*e.area))));
    }

    // Each winner's letter names its own area and places, and no other area; the letter of the bidder
    // that did not win names none.
    void eachLetterNamesItsOwnServiceArea()
    {
        const DocumentInput input = load(QStringLiteral("zhaoqing-2025"));
        const QList<ServiceArea> areas = input.scenario.project.areas.value(3);
        for (const RankEntry& e : input.evaluation.ranking) {
            const QString text = flat(pdfText(render(BidderLetters::document(input, {e.bidder}),
                                                     QStringLiteral("zq-") + e.bidder + QStringLiteral(".pdf"))));
            for (const ServiceArea& area : areas) {
                const bool own = e.area && *e.area == area;
                QCOMPARE(text.contains(area.name), own);
                for (const QString& place : area.places)
                    QCOMPARE(text.contains(place), own);
            }
            QVERIFY(!text.contains(QLatin1Char('%')));
            QCOMPARE(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral(u"成交通知书")), bool(e.area));
        }
    }

    // Shares and areas together: the notice and the letters show both.
    void sharesAndServiceAreasTogether()
    {
        DocumentInput input = load(QStringLiteral("zhaoqing-2025"));
        input.scenario.project.allocation = {{1, {100}}, {2, {60, 40}}, {3, {50, 30, 20}}};
        const DocumentInputLoader::Result result = DocumentInputLoader::fromScenario(input.scenario);
        QVERIFY(result.ok());
        input = *result.input;
        const RankEntry* first = DocumentFormat::rankEntry(input.evaluation, input.evaluation.winners.value(0));
        QVERIFY(first && first->share == 50 && first->area);
        const QString notice = flat(pdfText(render(ResultNotice::document(input), QStringLiteral("zq-both.pdf"))));
        const DocumentText& t = DocumentText::of(input.language);
        QVERIFY(has(notice, t.winnerLine(DocumentFormat::bidderName(input.scenario, first->bidder), 50, first->area)));
        QVERIFY(has(notice, QStringLiteral(u"端州区(含市直)、鼎湖区、高要区")));
        for (const char* share : {"50%", "30%", "20%"})
            QVERIFY(has(notice, QString::fromLatin1(share)));
        const QString letter = flat(
            pdfText(render(BidderLetters::document(input, {first->bidder}), QStringLiteral("zq-both-letter.pdf"))));
        QVERIFY(has(letter, QStringLiteral("50%")));
        QVERIFY(has(letter, QStringLiteral(u"第一服务区域")));
        QVERIFY(has(letter, QStringLiteral(u"高要区")));
        const QString report =
            flat(pdfText(render(EvaluationReport::document(input), QStringLiteral("zq-both-r.pdf"))));
        QVERIFY(has(report, QStringLiteral("50%")));
        QVERIFY(has(report, QStringLiteral(u"第三服务区域")));
    }

    // The Zhaoqing notice in both languages: its ranking table, with rows of two lines, is not cut
    // within a row (the last bidder's name is whole on one page), and no page ends with a heading.
    void serviceAreaNoticePaginatesCleanly()
    {
        for (const DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English}) {
            DocumentInput input = load(QStringLiteral("zhaoqing-2025"));
            input.language = language;
            const QString pdf = render(ResultNotice::document(input),
                                       QStringLiteral("zq-pages-%1.pdf").arg(documentLanguageCode(language)));
            const int pages = pdfPages(pdf);
            QVERIFY(pages >= 2);
            int pagesWithLast = 0;
            for (int page = 1; page <= pages; ++page) {
                const QString text = pdfText(pdf, page, page);
                if (flat(text).remove(QLatin1Char(' ')).contains(QStringLiteral(u"丁人寿保险股份有限公司肇庆市分公司")))
                    ++pagesWithLast;
                const QString last = lastLine(text);
                QVERIFY(!last.isEmpty());
                QVERIFY2(!isHeading(last), qPrintable(QStringLiteral("page %1 ends with %2").arg(page).arg(last)));
            }
            QCOMPARE(pagesWithLast, 1);
        }
    }

    // The robustness analysis of Cixi: the margin, every member in both tables, the ranking, the
    // explanation and the note that it is not part of the published result.
    void robustnessShowsTheMarginAndEveryMember()
    {
        for (const DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English}) {
            DocumentInput input = load(QStringLiteral("cixi-2014"));
            input.language = language;
            const DocumentText& t = DocumentText::of(language);
            const PagedDocument document = RobustnessDocument::document(input);
            const QString pdf =
                render(document, QStringLiteral("robustness-%1.pdf").arg(documentLanguageCode(language)));
            QCOMPARE(pdfPages(pdf), document.pageCount());
            const QString text = flat(pdfText(pdf));
            QVERIFY(has(text, QStringLiteral("6.70")));
            QVERIFY(has(text, t.translated("Robustness of the result")));
            QVERIFY(has(text, input.scenario.project.title));
            QVERIFY(has(text, input.scenario.project.purchaser));
            QVERIFY(has(text, t.statusText(QStringLiteral("final"))));
            QVERIFY(has(text, DocumentFormat::bidderName(input.scenario, QStringLiteral("B1"))));
            QVERIFY(has(text, DocumentFormat::bidderName(input.scenario, QStringLiteral("B2"))));
            QVERIFY(has(text, QStringLiteral("B1 > B2 > B3")));
            QVERIFY(has(text, t.translated("Without any one member, the winners stay the same.")));
            QVERIFY(has(text, t.translated("Mean deviation")));
            QVERIFY(has(text, QStringLiteral("0.93"))); // 赵明's mean deviation, as `analyze` gives it
            QVERIFY(has(text, t.date(QDate(2014, 8, 8))));
            for (const Panelist& p : input.scenario.panel)
                QCOMPARE(QString(text).remove(QLatin1Char(' ')).count(p.name), 2); // once in each table
            // On every page: not part of the published result.
            const QString footer = t.translated("An analysis for the supervisors: not part of the published result.");
            for (int page = 1; page <= document.pageCount(); ++page)
                QVERIFY(has(flat(pdfText(pdf, page, page)), footer));
            // The web page says the same.
            const QString html = RobustnessDocument::webPage(input);
            QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
            QVERIFY(html.contains(QStringLiteral("6.70")));
            QVERIFY(html.contains(DocumentFormat::esc(t.translated("About this analysis"))));
        }
    }

    // Cixi with B2 scored as B1 but for two members: 钱芳 a point above, 周强 half a point below. B2
    // wins by 0.10; without 钱芳, B1 would win: that row, and only that one, is marked changed.
    void robustnessMarksTheRowThatChangesTheWinners()
    {
        Scenario scenario = load(QStringLiteral("cixi-2014")).scenario;
        QMap<QString, Hundredths> b1;
        for (const ScoreEntry& e : *scenario.scores)
            if (e.bidder == QLatin1String("B1"))
                b1.insert(e.panelist + QLatin1Char('/') + e.criterion, e.score);
        QList<ScoreEntry> scores = scenario.scores->toList();
        for (ScoreEntry& e : scores) {
            if (e.bidder != QLatin1String("B2"))
                continue;
            const QString key = e.panelist + QLatin1Char('/') + e.criterion;
            e.score = b1.value(key) + (key == QLatin1String("P2/C2") ? 100 : key == QLatin1String("P5/C2") ? -50 : 0);
        }
        scenario.scores = scores;
        const auto loaded = DocumentInputLoader::fromScenario(scenario);
        QVERIFY(loaded.ok());
        DocumentInput input = *loaded.input;
        QCOMPARE(input.evaluation.winners, QStringList{QStringLiteral("B2")});
        const Robustness r = RobustnessDocument::analyse(input);
        QVERIFY(r.margin);
        QCOMPARE(r.margin->difference.published(), QStringLiteral("0.10"));

        for (const DocumentLanguage language : {DocumentLanguage::Chinese, DocumentLanguage::English}) {
            input.language = language;
            const DocumentText& t = DocumentText::of(language);
            const QString changed = t.translated("Changed");
            const QString unchanged = t.translated("Unchanged");
            const QString pdf = render(RobustnessDocument::document(input),
                                       QStringLiteral("flip-%1.pdf").arg(documentLanguageCode(language)));
            // Each row of the table on one line of the page: its member, winners, ranking and verdict.
            const QStringList lines =
                QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                                                    QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}))
                    .split(QLatin1Char('\n'));
            for (const Panelist& p : input.scenario.panel) {
                QString row;
                for (const QString& line : lines)
                    if (line.contains(p.name) && line.contains(QLatin1String(" > ")))
                        row = line.simplified();
                const bool flips = p.id == QLatin1String("P2");
                QVERIFY2(row.endsWith(flips ? changed : unchanged), qPrintable(p.name + QStringLiteral(": ") + row));
                QVERIFY2(row.contains(flips ? QStringLiteral("B1 > B2 > B3") : QStringLiteral("B2 > B1 > B3")),
                         qPrintable(row));
            }
            const QString text = flat(pdfText(pdf));
            QVERIFY(has(text, QStringLiteral("0.10")));
            QVERIFY(has(text, t.translated(QT_TRANSLATE_N_NOOP("DocumentText",
                                                               "Without any one of these %n member(s), the winners "
                                                               "would change: %1."),
                                           1)
                                  .arg(QStringLiteral(u"钱芳"))));
            // The changed row stands out on the page: bold, on a grey ground.
            const QString html = RobustnessDocument::bodyHtml(input, r);
            QCOMPARE(html.count(QLatin1String("bgcolor=")), 1);
            QVERIFY(html.contains(QStringLiteral(u"<td><b>钱芳</b></td>")));
        }
    }

    // Names are the users' text: markup in them is printed as it is, never interpreted.
    void robustnessPrintsNamesAsPlainText()
    {
        Scenario scenario = load(QStringLiteral("cixi-2014")).scenario;
        scenario.panel[0].name = QStringLiteral(u"<b>赵明</b>");
        scenario.panel[1].name = QStringLiteral(u"钱&amp;芳<br/>");
        scenario.bidders[0].name = QStringLiteral(u"甲<i>保险</i>公司");
        scenario.project.title = QStringLiteral(u"<h1>项目</h1>");
        const auto loaded = DocumentInputLoader::fromScenario(scenario);
        QVERIFY(loaded.ok());
        const DocumentInput& input = *loaded.input;
        const QString text = flat(pdfText(render(RobustnessDocument::document(input), QStringLiteral("markup.pdf"))));
        for (const QString& name : {QStringLiteral(u"<b>赵明</b>"), QStringLiteral(u"钱&amp;芳<br/>"),
                                    QStringLiteral(u"甲<i>保险</i>公司"), QStringLiteral(u"<h1>项目</h1>")})
            QVERIFY(has(text, name));
        const QString html = RobustnessDocument::webPage(input);
        QVERIFY(html.contains(QStringLiteral(u"&lt;b&gt;赵明&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral(u"钱&amp;amp;芳&lt;br/&gt;")));
        QVERIFY(!html.contains(QStringLiteral(u"<b>赵明")));
        QVERIFY(!html.contains(QStringLiteral(u"<i>保险")));
    }

    // A ranked result is analysed, also before the panel's vote; a result still scoring or failed is
    // not: the renderer refuses it, and the document, made all the same, says there is nothing to analyse.
    void robustnessNeedsARankedResult()
    {
        Scenario open = load(QStringLiteral("tie-vote")).scenario;
        open.votes.clear();
        const auto tie = DocumentInputLoader::fromScenario(open);
        QVERIFY(tie.ok());
        QCOMPARE(tie.input->evaluation.status, EvaluationStatus::VoteRequired);
        QVERIFY(DocumentRenderer::canRender(DocumentKind::Robustness, tie.input->evaluation));
        const DocumentText& t = DocumentText::of(DocumentLanguage::Chinese);
        const QString tieText =
            flat(pdfText(render(RobustnessDocument::document(*tie.input), QStringLiteral("tie.pdf"))));
        QVERIFY(has(tieText, t.translated("None yet: the panel's vote on equal scores is pending")));
        // The sentence may run across a page break (the footer then stands in it): its first clause.
        const QString waits = t.translated("The result waits for the panel's vote on equal scores and has no winners "
                                           "yet, so every row counts as changed.");
        QVERIFY(has(tieText, waits.section(QRegularExpression(QStringLiteral("[，,]")), 0, 0)));

        Scenario failed = load(QStringLiteral("cixi-2014")).scenario;
        failed.project.minBidders = 9;
        const auto few = DocumentInputLoader::fromScenario(failed);
        QVERIFY(few.ok());
        QCOMPARE(few.input->evaluation.status, EvaluationStatus::Failed);
        QVERIFY(!DocumentRenderer::canRender(DocumentKind::Robustness, few.input->evaluation));
        Evaluation scoring = load(QStringLiteral("cixi-2014")).evaluation;
        scoring.status = EvaluationStatus::Scoring;
        QVERIFY(!DocumentRenderer::canRender(DocumentKind::Robustness, scoring));
        QVERIFY(DocumentRenderer::canRender(DocumentKind::Robustness, load(QStringLiteral("cixi-2014")).evaluation));
        const QString failedText =
            flat(pdfText(render(RobustnessDocument::document(*few.input), QStringLiteral("failed.pdf"))));
        QVERIFY(has(failedText, t.translated("The result has no ranking yet (%1): there is nothing to analyse.")
                                    .arg(t.statusText(QStringLiteral("failed")))));
        QCOMPARE(DocumentRenderer::kindFromName(QStringLiteral("robustness")), DocumentKind::Robustness);
        QCOMPARE(DocumentRenderer::kindName(DocumentKind::Robustness), QStringLiteral("robustness"));
    }

    void pdfIsReproducible()
    {
        const DocumentInput input = load(QStringLiteral("reinsurance-2022"));
        const QByteArray first = PdfRenderer::render(EvaluationReport::document(input));
        const QByteArray second = PdfRenderer::render(EvaluationReport::document(input));
        QCOMPARE(first.size(), second.size());
        QVERIFY(first == second);
        QVERIFY(first.contains("/CreationDate (D:20220929000000Z)"));
        // Still a well-formed PDF for poppler after the normalisation.
        const QString path = m_dir.filePath(QStringLiteral("repro.pdf"));
        QVERIFY(writeFile(path, first));
        QVERIFY(pdfPages(path) > 0);
        QVERIFY(!QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path})).isEmpty());
    }

    void previewPaintsTheSamePages()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const PagedDocument document = ResultNotice::document(input);
        const QImage page = PdfRenderer::renderPage(document, 0, 60);
        QCOMPARE(page.width(), qCeil(210 / 25.4 * 60));
        int dark = 0;
        for (int y = 0; y < page.height(); y += 3)
            for (int x = 0; x < page.width(); x += 3)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY(dark > 100);
    }

    void wideTablesKeepEveryFigureWhole_data()
    {
        QTest::addColumn<TrimLevel>("level");
        QTest::newRow("trim on each member's total") << TrimLevel::Total;
        QTest::newRow("trim on each criterion") << TrimLevel::Criterion;
    }

    // Nine bidders and thirteen members: a table with a column for each would squeeze its columns
    // until a figure such as 156.04 broke over two lines. Such tables come in several parts.
    void wideTablesKeepEveryFigureWhole()
    {
        QFETCH(TrimLevel, level);
        const int bidders = 9;
        const int members = 13;
        tp::test::ScenarioBuilder builder;
        builder.criteria(2, 10000).bidders(bidders).panel(members).trim(1, 1, level);
        for (int b = 0; b < bidders; ++b) {
            QList<QList<Hundredths>> rows;
            for (int m = 0; m < members; ++m)
                rows.append({7000 + b * 100 + m * 7, 7003 + b * 100 + m * 7});
            builder.sheet(QStringLiteral("B%1").arg(b + 1), rows);
        }
        const DocumentInputLoader::Result loaded = DocumentInputLoader::fromScenario(builder.build());
        QVERIFY(loaded.ok());
        const DocumentInput& input = *loaded.input;
        QCOMPARE(input.evaluation.ranking.size(), bidders);
        const PagedDocument document = EvaluationReport::document(input);

        // No table has more than 7 bidders or 8 members beside its leading columns.
        int tables = 0;
        for (const auto& part : document.partDocuments()) {
            for (QTextFrame* frame : part->rootFrame()->childFrames()) {
                if (const auto* table = qobject_cast<QTextTable*>(frame)) {
                    ++tables;
                    QVERIFY2(table->columns() <= 10, qPrintable(QString::number(table->columns())));
                }
            }
        }
        QVERIFY(tables > members + bidders);

        // Every figure is printed whole: each member's total of each bidder (on the member's sheet,
        // and in the calculation with the trim on totals), and each score.
        const QString text = pdfText(render(document, QStringLiteral("wide.pdf")));
        for (const RankEntry& e : input.evaluation.ranking)
            for (const PanelTotal& total : e.totals)
                QVERIFY2(text.contains(DocumentFormat::points(total.total)),
                         qPrintable(e.bidder + QLatin1Char(' ') + total.panelist + QLatin1Char(' ') +
                                    DocumentFormat::points(total.total)));
        for (const ScoreEntry& score : *input.scenario.scores)
            QVERIFY2(text.contains(DocumentFormat::points(score.score)), qPrintable(score.bidder));
        // The sheets name every bidder.
        const QStringList order = DocumentFormat::presentationOrder(input.evaluation);
        QCOMPARE(order.size(), bidders);
        for (const QString& bidder : order)
            QVERIFY(has(text, DocumentFormat::bidderName(input.scenario, bidder)));
    }

    void exactPointsAreExact()
    {
        QCOMPARE(DocumentFormat::exactPoints(Fraction(8570, 1)), QStringLiteral("85.7"));
        QCOMPARE(DocumentFormat::exactPoints(Fraction(24500, 3)), QStringLiteral("245/3"));
        QCOMPARE(DocumentFormat::exactPoints(Fraction(1, 8)), QStringLiteral("0.00125"));
        QCOMPARE(DocumentFormat::exactPoints(Fraction(7900, 1)), QStringLiteral("79"));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
