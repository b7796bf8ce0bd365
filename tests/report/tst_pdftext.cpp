#include "ReportTestSupport.h"

#include "report/DocumentFonts.h"
#include "report/DocumentFormat.h"
#include "report/PagedDocument.h"
#include "report/PdfRenderer.h"
#include "report/PdfTextRepair.h"
#include "report/RadicalGlyphMap.h"
#include "report/ResultNotice.h"
#include "report/ToUnicodeCMap.h"

#include <QFont>
#include <QRawFont>
#include <QTest>

using namespace tp;
using namespace tp::report;
using namespace tp::report::test;

namespace {

QString ucs(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

QList<char32_t> radicalsIn(const QString& text)
{
    QList<char32_t> found;
    for (const uint c : text.toUcs4())
        if (c >= 0x2E80 && c <= 0x2FDF)
            found.append(c);
    return found;
}

QString withoutSpace(QString text)
{
    return text.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
}

} // namespace

// The text of the PDFs reads as it was written although Qt's writer maps glyphs shared with CJK
// radicals to the radicals (RadicalGlyphMap, ToUnicodeCMap, PdfTextRepair).
class TestPdfText : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fontMapFollowsTheGlyphs()
    {
        const RadicalGlyphMap& map = RadicalGlyphMap::documentFonts();
        QVERIFY2(map.size() > 200, qPrintable(QString::number(map.size())));
        QCOMPARE(map.ideograph(0x2EA0), char32_t(0x6C11)); // ⺠ → 民
        QCOMPARE(map.ideograph(0x2F24), char32_t(0x5927)); // ⼤ → 大
        QCOMPARE(map.ideograph(0x2F70), char32_t(0x793A)); // ⽰ → 示
        // Where Unicode's own data would give another character than the one the SC font draws:
        QCOMPARE(map.ideograph(0x2F3E), char32_t(0x6237)); // ⼾ → 户 (NFKC: 戶)
        QCOMPARE(map.ideograph(0x2EAB), char32_t(0x7F52)); // ⺫ → 罒 (Unicode: 目)
        QCOMPARE(map.ideograph(0x2E95), char32_t(0x5F50)); // ⺕ → 彐
        QCOMPARE(map.ideograph(0x4E00), char32_t(0));
        // Every font the documents use agrees with the map (the first font decides otherwise).
        for (const QStringList& families : {DocumentFormat::systemSerifFamilies(), DocumentFormat::monoFamilies()}) {
            for (const bool bold : {false, true}) {
                QFont font;
                font.setFamilies(families);
                font.setBold(bold);
                const RadicalGlyphMap one = RadicalGlyphMap::fromFont(QRawFont::fromFont(font));
                for (char32_t r = 0x2E80; r <= 0x2FDF; ++r)
                    if (one.ideograph(r) != 0)
                        QCOMPARE(one.ideograph(r), map.ideograph(r));
            }
        }
    }

    // The documents' own face maps no radical, so its glyphs read as their ideographs without a repair;
    // the map of the faces that draw what it lacks is still the full one (fontMapFollowsTheGlyphs).
    void ownFaceMapsNoRadical()
    {
        QVERIFY(DocumentFonts::available());
        for (const bool bold : {false, true}) {
            QFont font;
            font.setFamilies({DocumentFonts::family()});
            font.setBold(bold);
            const QRawFont raw = QRawFont::fromFont(font);
            QCOMPARE(raw.familyName(), DocumentFonts::family());
            QVERIFY(raw.supportsCharacter(QChar(0x6C11)));  // 民
            QVERIFY(!raw.supportsCharacter(QChar(0x2EA0))); // ⺠
            QVERIFY(RadicalGlyphMap::fromFont(raw).isEmpty());
            QVERIFY(RadicalGlyphMap::fromGlyphLookups(raw).isEmpty());
        }
    }

    // The map read from a font's character map is the one asking the font glyph by glyph gives.
    void fontMapReadsAsTheGlyphLookups()
    {
        for (const QStringList& families : {DocumentFormat::systemSerifFamilies(), DocumentFormat::monoFamilies()}) {
            for (const bool bold : {false, true}) {
                QFont font;
                font.setFamilies(families);
                font.setBold(bold);
                const QRawFont raw = QRawFont::fromFont(font);
                const RadicalGlyphMap read = RadicalGlyphMap::fromFont(raw);
                const RadicalGlyphMap looked = RadicalGlyphMap::fromGlyphLookups(raw);
                QCOMPARE(read.size(), looked.size());
                for (char32_t r = 0x2E80; r <= 0x2FDF; ++r)
                    QCOMPARE(read.ideograph(r), looked.ideograph(r));
            }
        }
    }

    void cmapRangesArraysAndCharsAreRewritten()
    {
        const QByteArray cmap("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                              "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                              "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                              "3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<5C45> <2EA0> <0028>]\n"
                              "<0010> <0012> <2F23>\nendbfrange\n"
                              "2 beginbfchar\n<0020> <2F3E>\n<0021> <D840DC00>\nendbfchar\n"
                              "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        ToUnicodeCMap parsed;
        QVERIFY(ToUnicodeCMap::parse(cmap, &parsed));
        QCOMPARE(parsed.mappings().size(), 9);
        QCOMPARE(parsed.mappings().value(2), ucs(0x2EA0));
        QCOMPARE(parsed.mappings().value(0x11), ucs(0x2F24)); // a range's destinations increment
        QCOMPARE(parsed.mappings().value(0x21), ucs(0x20000));
        QCOMPARE(parsed.unifyRadicals(RadicalGlyphMap::documentFonts()), 5);
        QCOMPARE(parsed.mappings().value(2), ucs(0x6C11));
        QCOMPARE(parsed.mappings().value(0x11), ucs(0x5927));
        QCOMPARE(parsed.mappings().value(0x20), ucs(0x6237));
        QCOMPARE(parsed.mappings().value(3), QStringLiteral("("));

        const QByteArray written = parsed.toBytes();
        QVERIFY(written.startsWith("/CIDInit /ProcSet findresource begin\n"));
        QVERIFY(written.contains("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n9 beginbfchar\n"));
        QVERIFY(written.contains("<0002> <6C11>\n"));
        QVERIFY(written.contains("<0021> <D840DC00>\n"));
        QVERIFY(written.endsWith("endbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"));
        ToUnicodeCMap again;
        QVERIFY(ToUnicodeCMap::parse(written, &again));
        QCOMPARE(again.mappings(), parsed.mappings());
        QVERIFY(!ToUnicodeCMap::parse(QByteArray("not a cmap"), &again));
        QVERIFY(!ToUnicodeCMap::parse(QByteArray("1 beginbfchar\n<0001> <2EA0\nendbfchar\n"), &again));
    }

    void moreThanAHundredEntriesMakeSeveralSections()
    {
        QByteArray cmap("1 beginbfrange\n<0000> <00F9> <4E00>\nendbfrange\n");
        ToUnicodeCMap parsed;
        QVERIFY(ToUnicodeCMap::parse(cmap, &parsed));
        QCOMPARE(parsed.mappings().size(), 250);
        const QByteArray written = parsed.toBytes();
        QCOMPARE(written.count("100 beginbfchar\n"), 2);
        QCOMPARE(written.count("50 beginbfchar\n"), 1);
    }

    void resultNoticeTextHasTheRealCharacters()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(ResultNotice::document(input), path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(text));
        const QString flat = withoutSpace(text);
        for (const QString& expected : {QStringLiteral(u"慈溪市城乡居民合作医疗保障大病保险承办选择性谈判结果公示"),
                                        QStringLiteral(u"慈溪市城乡居民医疗保障管理中心"), QStringLiteral(u"谈判小组"),
                                        QStringLiteral(u"评审工作")})
            QVERIFY2(flat.contains(expected), qPrintable(expected));
        // Still every font embedded, the CJK one included.
        const QList<PdfFont> fonts = pdfFonts(path);
        QVERIFY(!fonts.isEmpty());
        bool cjk = false;
        for (const PdfFont& font : fonts) {
            QVERIFY2(font.embedded, qPrintable(font.name));
            QVERIFY2(font.unicode, qPrintable(font.name));
            cjk = cjk || font.name.contains(QLatin1String("TenderPanelSerifSC"));
        }
        QVERIFY(cjk);
        // qpdf finds nothing wrong with the rewritten file.
        QVERIFY(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).contains("No syntax or stream"));
    }

    void charactersWhoseRadicalReadsOtherwiseInUnicode()
    {
        // 户 and 罒 are where NFKC or Unicode's equivalence table would give 戶 and 目.
        const QString words = QStringLiteral(u"参保户 账户 罒 彐 居民 大病 公示 走 龙 门");
        PagedDocument document;
        document.setTitle(QStringLiteral("t"));
        document.setDocumentDate(QDate(2024, 1, 2));
        document.addPart(PagedDocument::createTextDocument(QStringLiteral("<p>%1</p><p><b>%1</b></p>").arg(words)));
        const QString path = m_dir.filePath(QStringLiteral("words.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(document, path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(text));
        QCOMPARE(withoutSpace(text).count(withoutSpace(words)), 2);
    }

    void digitsAfterLatinLettersAreInTheText()
    {
        // Shaped, these digits would be alternate glyphs without a text mapping (PagedDocument).
        const QString line = QStringLiteral(u"编号 N-2014-0001,得分 ab 85.70,http://www.cixi.gov.cn/gs?id=2014");
        PagedDocument document;
        document.setTitle(QStringLiteral("t"));
        document.setDocumentDate(QDate(2024, 1, 2));
        document.addPart(PagedDocument::createTextDocument(
            QStringLiteral("<p>%1</p><p><b>%1</b></p><p class=\"mono\">%1</p>").arg(line.toHtmlEscaped())));
        const QString path = m_dir.filePath(QStringLiteral("digits.pdf"));
        QString error;
        QVERIFY2(PdfRenderer::render(document, path, &error), qPrintable(error));
        const QString text = pdfText(path);
        QCOMPARE(withoutSpace(text).count(withoutSpace(line)), 3);
    }

    void repairIsDeterministicAndLeavesCleanFilesAlone()
    {
        const DocumentInput input = load(QStringLiteral("cixi-2014"));
        const QByteArray first = PdfRenderer::render(ResultNotice::document(input));
        const QByteArray second = PdfRenderer::render(ResultNotice::document(input));
        QVERIFY(first == second);
        // Nothing left to change in a repaired file: the same bytes come back.
        const PdfTextRepair::Result again = PdfTextRepair::repair(first, RadicalGlyphMap::documentFonts());
        QVERIFY(again.ok());
        QCOMPARE(again.changed, 0);
        QVERIFY(again.pdf == first);
        // Not a PDF: an error, and the bytes unchanged.
        const PdfTextRepair::Result bad =
            PdfTextRepair::repair(QByteArray("%PDF-1.4 garbage"), RadicalGlyphMap::documentFonts());
        QVERIFY(!bad.ok());
        QCOMPARE(bad.pdf, QByteArray("%PDF-1.4 garbage"));
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
