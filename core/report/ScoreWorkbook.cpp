#include "ScoreWorkbook.h"

#include "DocumentFormat.h"
#include "DocumentText.h"
#include "ScoreLookup.h"
#include "XlsxModule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVector>

namespace tp::report {

namespace {

using F = DocumentFormat;

// libxlsxwriter's functions, once ScoreWorkbook::xlsx() has found its module.
const TpXlsxFunctions& lxw()
{
    QString ignored;
    return *XlsxModule::functions(&ignored);
}

// Excel's limit on the length of a sheet name, in characters.
constexpr int kSheetNameLength = 31;

// The value of a cell: exact hundredths become points only here, for the cell.
double cellPoints(Hundredths hundredths)
{
    return double(hundredths) / 100.0;
}

double cellPoints(const Fraction& hundredths)
{
    return double(hundredths.numerator()) / double(hundredths.denominator()) / 100.0;
}

// The width of a text in Excel's column units: a Chinese character takes two.
int displayWidth(const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        int width = 0;
        for (const char32_t c : line.toUcs4())
            width += c < 0x1100 ? 1 : 2;
        widest = qMax(widest, width);
    }
    return widest;
}

struct Formats
{
    lxw_format* title = nullptr;
    lxw_format* header = nullptr;
    lxw_format* text = nullptr;
    lxw_format* label = nullptr;
    lxw_format* points = nullptr;      // 0.00
    lxw_format* exactPoints = nullptr; // 0.0000: the exact mean, never shown rounded the other way
    lxw_format* dropped = nullptr;     // 0.00, struck through on grey
    lxw_format* totalPoints = nullptr; // 0.00, bold
    lxw_format* integer = nullptr;
    lxw_format* percent = nullptr; // 60 shown as 60%
    lxw_format* legend = nullptr;
};

// One worksheet being written: remembers the first error and the width each column needs.
class Sheet
{
public:
    Sheet(lxw_worksheet* sheet, lxw_error* error) : m_sheet(sheet), m_error(error) {}

    // A cell of text; `sizes`: the column is made wide enough for it (up to the sheet's limit) and its
    // row high enough for the lines it wraps into.
    void text(int row, int column, const QString& value, lxw_format* format, bool sizes = true)
    {
        check(lxw().worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(column), value.toUtf8().constData(),
                                           format));
        if (sizes) {
            need(column, displayWidth(value));
            m_wrapped[row].append({column, value});
        }
    }
    // A header cell: wrapped into a column at most 16 wide.
    void header(int row, int column, const QString& value, lxw_format* format)
    {
        text(row, column, value, format, false);
        need(column, qMin(displayWidth(value), 16));
        m_wrapped[row].append({column, value});
    }
    void number(int row, int column, double value, lxw_format* format, int width = 8)
    {
        check(lxw().worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(column), value, format));
        need(column, width);
    }
    void blank(int row, int column, lxw_format* format)
    {
        check(lxw().worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(column), format));
    }

    // Column widths, row heights (a spreadsheet does not measure them when it opens the file), frozen
    // header rows and the page: A4 landscape, one page wide, the header rows repeated on every page,
    // the pages numbered.
    void finish(int headerRows, int frozenColumns, int maxWidth)
    {
        QVector<int> widths(m_widths.size());
        for (int c = 0; c < m_widths.size(); ++c) {
            widths[c] = qBound(6, m_widths.at(c), maxWidth) + 2;
            check(lxw().worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), nullptr));
        }
        for (auto it = m_wrapped.cbegin(); it != m_wrapped.cend(); ++it) {
            int lines = 1;
            for (const auto& [column, value] : it.value()) {
                int cellLines = 0;
                for (const QString& line : value.split(QLatin1Char('\n')))
                    cellLines += qMax(1, (displayWidth(line) + widths.at(column) - 2) / (widths.at(column) - 1));
                lines = qMax(lines, cellLines);
            }
            if (lines > 1)
                check(lxw().worksheet_set_row(m_sheet, lxw_row_t(it.key()), 16.0 * lines, nullptr));
        }
        lxw().worksheet_freeze_panes(m_sheet, lxw_row_t(headerRows), lxw_col_t(frozenColumns));
        lxw().worksheet_set_landscape(m_sheet);
        lxw().worksheet_set_paper(m_sheet, 9); // A4
        lxw().worksheet_fit_to_pages(m_sheet, 1, 0);
        lxw().worksheet_center_horizontally(m_sheet);
        check(lxw().worksheet_repeat_rows(m_sheet, 0, lxw_row_t(headerRows - 1)));
        check(lxw().worksheet_set_footer(m_sheet, "&C&P / &N"));
    }

private:
    void check(lxw_error error)
    {
        if (error != LXW_NO_ERROR && *m_error == LXW_NO_ERROR)
            *m_error = error;
    }
    void need(int column, int width)
    {
        if (m_widths.size() <= column)
            m_widths.resize(column + 1, 0);
        m_widths[column] = qMax(m_widths.at(column), width);
    }

    lxw_worksheet* m_sheet;
    lxw_error* m_error;
    QVector<int> m_widths;
    QMap<int, QList<QPair<int, QString>>> m_wrapped; // row -> the texts that may wrap
};

QString panelistLabel(const Panelist& panelist)
{
    return panelist.name.isEmpty() ? panelist.id : panelist.id + QLatin1Char(' ') + panelist.name;
}

QString panelistLabels(const Scenario& scenario, const QStringList& ids, const DocumentText& t)
{
    QStringList labels;
    for (const QString& id : ids) {
        const Panelist* p = scenario.panelist(id);
        labels << (p ? panelistLabel(*p) : id);
    }
    return labels.join(t.listSeparator());
}

// The exact mean in full: "85.70" when that is exact, else "84.6666… = 254/3" (or "= 84.66625").
QString exactMeanText(const Fraction& score)
{
    const QString decimal = score.pointsText(4);
    if (!decimal.endsWith(QChar(0x2026)))
        return decimal;
    return decimal + QStringLiteral(" = ") + F::exactPoints(score);
}

class WorkbookWriter
{
public:
    WorkbookWriter(lxw_workbook* workbook, const DocumentInput& input)
        : m_workbook(workbook), m_input(input), m_scores(input.scenario),
          m_t(DocumentText::of(DocumentLanguage::Chinese))
    {
        m_f.title = format([](lxw_format* f) {
            lxw().format_set_bold(f);
            lxw().format_set_font_size(f, 14);
        });
        m_f.header = cellFormat([](lxw_format* f) {
            lxw().format_set_bold(f);
            lxw().format_set_text_wrap(f);
            lxw().format_set_align(f, LXW_ALIGN_CENTER);
            lxw().format_set_bg_color(f, 0xDDEBF7);
        });
        m_f.text = cellFormat([](lxw_format* f) { lxw().format_set_text_wrap(f); });
        m_f.label = cellFormat([](lxw_format* f) {
            lxw().format_set_bold(f);
            lxw().format_set_text_wrap(f);
        });
        m_f.points = cellFormat([](lxw_format* f) { lxw().format_set_num_format(f, "0.00"); });
        m_f.exactPoints = cellFormat([](lxw_format* f) { lxw().format_set_num_format(f, "0.0000"); });
        m_f.dropped = cellFormat([](lxw_format* f) {
            lxw().format_set_num_format(f, "0.00");
            lxw().format_set_font_strikeout(f);
            lxw().format_set_bg_color(f, 0xD9D9D9);
        });
        m_f.totalPoints = cellFormat([](lxw_format* f) {
            lxw().format_set_num_format(f, "0.00");
            lxw().format_set_bold(f);
        });
        m_f.integer = cellFormat([](lxw_format* f) {
            lxw().format_set_num_format(f, "0");
            lxw().format_set_align(f, LXW_ALIGN_CENTER);
        });
        m_f.percent = cellFormat([](lxw_format* f) { lxw().format_set_num_format(f, "0\"%\""); });
        m_f.legend = format([](lxw_format* f) { lxw().format_set_italic(f); });
    }

    lxw_error write()
    {
        const QString summaryName =
            ScoreWorkbook::sheetName(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Summary")), {});
        const QString notesName =
            ScoreWorkbook::sheetName(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Notes")), {summaryName});
        QStringList taken{summaryName, notesName};
        lxw_worksheet* summary = addSheet(summaryName);
        QList<QPair<const Panelist*, lxw_worksheet*>> members;
        for (const Panelist& p : m_input.scenario.panel) {
            const QString name = ScoreWorkbook::sheetName(panelistLabel(p), taken);
            taken << name;
            members.append({&p, addSheet(name)});
        }
        lxw_worksheet* notes = addSheet(notesName);
        if (m_error != LXW_NO_ERROR)
            return m_error;
        writeSummary(summary);
        for (const auto& [panelist, sheet] : members)
            writeMember(sheet, *panelist);
        writeNotes(notes);
        return m_error;
    }

private:
    template <typename Setup> lxw_format* format(Setup setup)
    {
        lxw_format* f = lxw().workbook_add_format(m_workbook);
        if (f)
            setup(f);
        else if (m_error == LXW_NO_ERROR)
            m_error = LXW_ERROR_MEMORY_MALLOC_FAILED;
        return f;
    }

    // The format of a cell in a table: thin borders, centred vertically.
    template <typename Setup> lxw_format* cellFormat(Setup setup)
    {
        return format([&setup](lxw_format* f) {
            lxw().format_set_border(f, LXW_BORDER_THIN);
            lxw().format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
            setup(f);
        });
    }

    lxw_worksheet* addSheet(const QString& name)
    {
        lxw_worksheet* sheet = lxw().workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!sheet && m_error == LXW_NO_ERROR)
            m_error = LXW_ERROR_SHEETNAME_ALREADY_USED;
        return sheet;
    }

    void writeSummary(lxw_worksheet* worksheet)
    {
        if (!worksheet)
            return;
        const Scenario& s = m_input.scenario;
        const Evaluation& ev = m_input.evaluation;
        const bool byCriterion = s.project.trim.level == TrimLevel::Criterion;
        const bool shares = !s.project.allocation.isEmpty();
        const bool areas = !s.project.areas.isEmpty();
        const bool votes = !ev.tallies.isEmpty();
        Sheet sheet(worksheet, &m_error);
        sheet.text(0, 0, s.project.title, m_f.title, false);
        sheet.blank(1, 0, m_f.dropped);
        sheet.text(
            1, 1,
            byCriterion
                ? m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Struck through on grey: the highest and lowest "
                                                                   "totals, for information only; the scores dropped "
                                                                   "are those of each criterion."))
                : m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Struck through on grey: a panel member's total "
                                                                   "dropped as one of the highest or lowest.")),
            m_f.legend, false);
        const int headerRow = 2;
        int c = 0;
        sheet.header(headerRow, c++, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Rank")), m_f.header);
        sheet.header(headerRow, c++, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidder")), m_f.header);
        const int firstMember = c;
        for (const Panelist& p : s.panel)
            sheet.header(headerRow, c++, panelistLabel(p), m_f.header);
        const int droppedHighest = c++;
        const int droppedLowest = c++;
        sheet.header(headerRow, droppedHighest, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "dropped (highest)")),
                     m_f.header);
        sheet.header(headerRow, droppedLowest, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "dropped (lowest)")),
                     m_f.header);
        const int firstCriterion = c;
        if (byCriterion)
            for (const Criterion& criterion : s.criteria)
                sheet.header(headerRow, c++,
                             criterion.id + QLatin1Char('\n') +
                                 m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Mean of the criterion")),
                             m_f.header);
        const int exactMean = c++;
        const int exactMeanInFull = c++;
        const int published = c++;
        sheet.header(headerRow, exactMean, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Exact mean")), m_f.header);
        sheet.header(headerRow, exactMeanInFull,
                     m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Exact mean in full")), m_f.header);
        sheet.header(headerRow, published, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Published score")),
                     m_f.header);
        const int share = shares ? c++ : -1;
        const int area = areas ? c++ : -1;
        const int decided = votes ? c++ : -1;
        const int ballots = votes ? c++ : -1;
        if (shares)
            sheet.header(headerRow, share, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Share")), m_f.header);
        if (areas)
            sheet.header(headerRow, area, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Service area")),
                         m_f.header);
        if (votes) {
            sheet.header(headerRow, decided, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Decided by vote")),
                         m_f.header);
            sheet.header(headerRow, ballots, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Votes")), m_f.header);
        }

        int row = headerRow + 1;
        for (const RankEntry& entry : ev.ranking) {
            sheet.number(row, 0, entry.position, m_f.integer, 4);
            sheet.text(row, 1, F::bidderName(s, entry.bidder), m_f.text);
            QStringList highest = entry.droppedHighest;
            QStringList lowest = entry.droppedLowest;
            for (int i = 0; i < s.panel.size(); ++i) {
                const QString& id = s.panel.at(i).id;
                const PanelTotal* total = nullptr;
                for (const PanelTotal& t : entry.totals)
                    if (t.panelist == id)
                        total = &t;
                if (!total) {
                    sheet.blank(row, firstMember + i, m_f.text);
                    continue;
                }
                const bool dropped = highest.removeOne(id) || lowest.removeOne(id);
                sheet.number(row, firstMember + i, cellPoints(total->total), dropped ? m_f.dropped : m_f.points);
            }
            sheet.text(row, droppedHighest, panelistLabels(s, entry.droppedHighest, m_t), m_f.text);
            sheet.text(row, droppedLowest, panelistLabels(s, entry.droppedLowest, m_t), m_f.text);
            if (byCriterion)
                for (int i = 0; i < s.criteria.size(); ++i) {
                    const CriterionResult* result = nullptr;
                    for (const CriterionResult& r : entry.criteria)
                        if (r.criterion == s.criteria.at(i).id)
                            result = &r;
                    if (result)
                        sheet.number(row, firstCriterion + i, cellPoints(result->mean), m_f.exactPoints);
                    else
                        sheet.blank(row, firstCriterion + i, m_f.text);
                }
            sheet.number(row, exactMean, cellPoints(entry.score), m_f.exactPoints, 9);
            sheet.text(row, exactMeanInFull, exactMeanText(entry.score), m_f.text);
            sheet.number(row, published, cellPoints(entry.published), m_f.totalPoints);
            if (shares) {
                if (entry.share)
                    sheet.number(row, share, *entry.share, m_f.percent, 5);
                else
                    sheet.blank(row, share, m_f.text);
            }
            if (areas)
                sheet.text(row, area, entry.area ? m_t.serviceArea(*entry.area) : QString(), m_f.text);
            if (votes) {
                sheet.text(row, decided,
                           entry.decidedByVote ? m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Yes"))
                                               : m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "No")),
                           m_f.text);
                QStringList counts;
                for (const int n : entry.ballots)
                    counts << QString::number(n);
                sheet.text(row, ballots, counts.join(m_t.listSeparator()), m_f.text);
            }
            ++row;
        }

        // The vote rounds, below the ranking.
        for (int round = 0; round < ev.tallies.size(); ++round) {
            const VoteTally& tally = ev.tallies.at(round);
            ++row;
            sheet.text(row++, 1, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Vote, round %1")).arg(round + 1),
                       m_f.label);
            sheet.header(row, 1, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Bidders with equal scores")),
                         m_f.header);
            sheet.header(row++, 2, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Votes")), m_f.header);
            for (const auto& [bidder, count] : tally.counts) {
                sheet.text(row, 1, F::bidderName(s, bidder), m_f.text);
                sheet.number(row++, 2, count, m_f.integer, 4);
            }
            sheet.text(row, 1, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Blank ballots")), m_f.text);
            sheet.number(row++, 2, tally.blank, m_f.integer, 4);
        }
        sheet.finish(headerRow + 1, 2, 48);
    }

    void writeMember(lxw_worksheet* worksheet, const Panelist& panelist)
    {
        if (!worksheet)
            return;
        const Scenario& s = m_input.scenario;
        const Evaluation& ev = m_input.evaluation;
        Sheet sheet(worksheet, &m_error);
        sheet.text(0, 0,
                   m_t.label(QT_TRANSLATE_NOOP("DocumentText", "Score sheet of a panel member")) +
                       panelistLabel(panelist),
                   m_f.title, false);
        const int headerRow = 1;
        sheet.header(headerRow, 0, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Criterion")), m_f.header);
        sheet.header(headerRow, 1, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Points")), m_f.header);
        for (int b = 0; b < ev.ranking.size(); ++b)
            sheet.header(headerRow, 2 + b, F::bidderName(s, ev.ranking.at(b).bidder), m_f.header);

        int row = headerRow + 1;
        Hundredths maxTotal = 0;
        for (const Criterion& criterion : s.criteria) {
            sheet.text(row, 0, criterion.id + QLatin1Char(' ') + criterion.title, m_f.text);
            sheet.number(row, 1, cellPoints(criterion.max), m_f.points);
            maxTotal += criterion.max;
            for (int b = 0; b < ev.ranking.size(); ++b) {
                const auto value = m_scores.value(panelist.id, ev.ranking.at(b).bidder, criterion.id);
                if (!value)
                    sheet.blank(row, 2 + b, m_f.text);
                else
                    sheet.number(row, 2 + b, cellPoints(*value), m_f.points);
            }
            ++row;
        }
        sheet.text(row, 0, m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Total")), m_f.label);
        sheet.number(row, 1, cellPoints(maxTotal), m_f.totalPoints);
        for (int b = 0; b < ev.ranking.size(); ++b) {
            const RankEntry& entry = ev.ranking.at(b);
            const PanelTotal* total = nullptr;
            for (const PanelTotal& t : entry.totals)
                if (t.panelist == panelist.id)
                    total = &t;
            if (!total) {
                sheet.blank(row, 2 + b, m_f.text);
                continue;
            }
            const bool dropped =
                entry.droppedHighest.contains(panelist.id) || entry.droppedLowest.contains(panelist.id);
            sheet.number(row, 2 + b, cellPoints(total->total), dropped ? m_f.dropped : m_f.totalPoints);
        }
        sheet.finish(headerRow + 1, 1, 40);
    }

    void writeNotes(lxw_worksheet* worksheet)
    {
        if (!worksheet)
            return;
        const Scenario& s = m_input.scenario;
        const Project& project = s.project;
        const DocumentContext& context = m_input.context;
        Sheet sheet(worksheet, &m_error);
        sheet.text(0, 0, project.title, m_f.title, false);
        int row = 1;
        const auto line = [&](const QString& label, const QString& value) {
            sheet.text(row, 0, label, m_f.label);
            sheet.text(row, 1, value, m_f.text);
            ++row;
        };
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Project")), project.title);
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Purchaser (medical security agency)")),
             project.purchaser);
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Negotiation no.")),
             context.negotiationId.value_or(F::dash()));
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Status of the evaluation")),
             m_t.statusText(statusName(m_input.evaluation.status)));
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Evaluation rules")), m_t.scoringMethod(project));
        //: %1 and %2 are numbers of values
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Values dropped")),
             m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "the %1 highest and the %2 lowest"))
                 .arg(project.trim.highest)
                 .arg(project.trim.lowest));
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Dropped from")),
             project.trim.level == TrimLevel::Total
                 ? m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "the panel members' totals for a bidder"))
                 : m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "the panel members' scores for each criterion")));
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Equal scores compared")),
             project.tiePrecision == TiePrecision::Exact
                 ? m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "on the exact mean"))
                 : m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "on the published score (two decimals)")));
        if (!project.allocation.isEmpty() || !project.areas.isEmpty())
            line(m_t.withoutColon(m_t.allocationLabel(project)), m_t.allocationRule(project));
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Head of the audit chain")),
             context.auditHead.value_or(F::dash()));
        line(m_t.translated(QT_TRANSLATE_NOOP("DocumentText", "Date of the file")), m_t.date(F::documentDate(m_input)));
        sheet.finish(1, 0, 90);
    }

    lxw_workbook* m_workbook;
    const DocumentInput& m_input;
    const ScoreLookup m_scores; // read by each member's sheet
    const DocumentText& m_t;
    Formats m_f;
    lxw_error m_error = LXW_NO_ERROR;
};

Problem failure(const QString& why)
{
    return Problem{QStringLiteral("xlsx"),
                   QCoreApplication::translate("ScoreWorkbook", "the workbook cannot be made: %1").arg(why)};
}

} // namespace

bool ScoreWorkbook::hasRanking(const Evaluation& evaluation)
{
    return (evaluation.status == EvaluationStatus::Final || evaluation.status == EvaluationStatus::VoteRequired) &&
           !evaluation.ranking.isEmpty();
}

QString ScoreWorkbook::sheetName(const QString& wanted, const QStringList& taken)
{
    QString clean;
    for (const QChar c : wanted)
        clean += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? QLatin1Char('_') : c;
    clean = clean.trimmed();
    // Excel refuses a name that starts or ends with an apostrophe.
    if (clean.startsWith(QLatin1Char('\'')))
        clean[0] = QLatin1Char('_');
    if (clean.endsWith(QLatin1Char('\'')))
        clean[clean.size() - 1] = QLatin1Char('_');
    if (clean.isEmpty())
        clean = QStringLiteral("_");
    const auto cut = [](const QString& text, int length) {
        const QList<uint> ucs4 = text.toUcs4();
        if (ucs4.size() <= length)
            return text;
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(ucs4.constData()), length);
    };
    const auto isTaken = [&taken](const QString& name) {
        for (const QString& t : taken)
            if (t.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    QString name = cut(clean, kSheetNameLength);
    for (int n = 2; isTaken(name); ++n) {
        const QString suffix = QStringLiteral("~%1").arg(n);
        name = cut(clean, kSheetNameLength - int(suffix.size())) + suffix;
    }
    return name;
}

QByteArray ScoreWorkbook::xlsx(const DocumentInput& input, Problem* problem)
{
    QString unavailable;
    if (!XlsxModule::functions(&unavailable)) {
        *problem = failure(unavailable);
        return {};
    }
    // libxlsxwriter 1.1 writes to a file only: a file of our own in a folder of our own, read back.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *problem = failure(dir.errorString());
        return {};
    }
    const QByteArray folder = QFile::encodeName(dir.path());
    const QString path = dir.filePath(QStringLiteral("scores.xlsx"));
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char*>(folder.constData());
    lxw_workbook* workbook = lxw().workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook) {
        *problem = failure(QString::fromUtf8(lxw().lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED)));
        return {};
    }
    // The file's dates are the document date, never the clock: the same input, the same bytes.
    const QByteArray title = input.scenario.project.title.toUtf8();
    const QByteArray company = input.scenario.project.purchaser.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.constData());
    properties.company = const_cast<char*>(company.constData());
    properties.created = time_t(QDateTime(F::documentDate(input), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    lxw_error error = lxw().workbook_set_properties(workbook, &properties);

    WorkbookWriter writer(workbook, input);
    const lxw_error written = writer.write();
    if (error == LXW_NO_ERROR)
        error = written;
    const lxw_error closed = lxw().workbook_close(workbook); // frees the workbook in every case
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR) {
        *problem = failure(QString::fromUtf8(lxw().lxw_strerror(error)));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = failure(file.errorString());
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (bytes.isEmpty()) {
        *problem = failure(file.errorString());
        return {};
    }
    return bytes;
}

} // namespace tp::report
