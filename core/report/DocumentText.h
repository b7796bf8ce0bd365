#pragma once

#include "DocumentLanguage.h"
#include "model/Scenario.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QTranslator;

namespace tp::report {

// The language of the published documents: the translation of their wording, and the formatting
// that depends on the language (dates, section numbers, units, separators) or has logic of its own
// (the evaluation method and allocation in words, reasons and statuses from their codes).
//
// The sentences themselves are written where they are used (ResultNotice, EvaluationReport,
// BidderLetters, OcdsRelease, ProposalReceipt, RecordText, ReceiptText), marked with
// QT_TRANSLATE_NOOP in the "DocumentText" context and translated through translated() or label().
// The Chinese translations are today's official wording of these notices, reports and letters.
//
// The document language is independent of the user interface: DocumentText never uses the
// translators installed on the application but loads its own (:/i18n/tenderpanel_<code>.qm), so a
// notice made by a user whose interface is English is still the Chinese official document unless
// English is asked for. English falls back to the source texts.
class DocumentText
{
public:
    explicit DocumentText(DocumentLanguage language);
    ~DocumentText();
    DocumentText(const DocumentText&) = delete;
    DocumentText& operator=(const DocumentText&) = delete;

    // One shared instance per language, its translation loaded once.
    static const DocumentText& of(DocumentLanguage language);

    DocumentLanguage language() const { return m_language; }
    // Whether the translation of this language was found (always true for a correct build).
    bool translationLoaded() const { return m_loaded; }
    QString htmlLanguage() const; // "zh-CN", "en": the lang attribute of the web pages

    // A source text with its disambiguation, as QT_TRANSLATE_NOOP3 gives it.
    struct Source
    {
        const char* text;
        const char* disambiguation;
    };
    // The translation of a source text of the "DocumentText" context, marked where it is written
    // with QT_TRANSLATE_NOOP (QT_TRANSLATE_NOOP3 with its disambiguation, QT_TRANSLATE_N_NOOP with
    // n >= 0 for %n); the source text itself when there is no translation.
    QString translated(const char* source, int n = -1) const;
    QString translated(Source source, int n = -1) const;
    // A label before its value: translated(source) + colon().
    QString label(const char* source) const;

    QString pageNumber(int page, int pages) const;    // 第 1 页 共 3 页 / Page 1 of 3
    QString sectionNumber(int n) const;               // 一、 二、 / 1. 2.
    QString colon() const;                            // between a label and its value
    QString withoutColon(const QString& label) const; // "谈判方式:" -> "谈判方式"
    QString listSeparator() const;                    // 、
    QString clauseSeparator() const;                  // ;
    QString pointsUnit(const QString& points) const;  // 85.70 分 / 85.70 points
    QString position(int position) const;             // 第 1 名 / No. 1
    QString date(const QDate& date) const;            // 2014年8月11日 / 11 August 2014; "—" when invalid
    QString date(const std::optional<QDate>& date) const;
    QString dateTime(const QDateTime& dateTime) const; // 2014年7月29日 17:20 / 29 July 2014 17:20
    QString dateTime(const std::optional<QDateTime>& dateTime) const;
    QString exclusionReason(const QString& code) const;
    QString warning(const QString& code, const QString& bidderName) const;
    QString statusText(const QString& code) const;
    QString scoringMethod(const Project& project) const; // the trimmed-mean rule in words
    // The shares and the service areas by number of winners: 成交 1 家时:第 1 名 100% ...;
    // 成交 3 家时:第 1 名承担第一服务区域:端州区、鼎湖区 ...
    QString allocationRule(const Project& project) const;
    // The label of allocationRule(): "Number of winners and shares", or with service areas what they add.
    QString allocationLabel(const Project& project) const;
    // A service area and its places: 第一服务区域:端州区(含市直)、鼎湖区、高要区
    QString serviceArea(const ServiceArea& area) const;
    // What a winner receives, in a sentence: its share, its service area, or both.
    QString winnerLine(const QString& name, std::optional<int> share, const std::optional<ServiceArea>& area) const;
    QString publicationPeriod(const QDate& first, const QDate& end, int workingDays) const;
    QString failedReason(const QString& reason, int minBidders) const;
    QString correctionCategory(const QString& code) const;
    QString rankOf(int position, int qualified) const; // 第 2 名(入围谈判人共 3 家) / No. 2 of 3 qualified bidders

private:
    DocumentLanguage m_language;
    std::unique_ptr<QTranslator> m_translator;
    bool m_loaded = false;
};

} // namespace tp::report
