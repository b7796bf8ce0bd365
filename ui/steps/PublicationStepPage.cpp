#include "PublicationStepPage.h"

#include "dialogs/DocumentPreviewDialog.h"
#include "report/BidderLetters.h"
#include "report/DocumentInputLoader.h"
#include "report/EvaluationReport.h"
#include "report/ResultNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

PublicationStepPage::PublicationStepPage(QWidget* parent)
    : StepPage(parent), m_period(new QLabel(this)), m_notice(new QPushButton(tr("Preview result notice"), this)),
      m_report(new QPushButton(tr("Preview evaluation report"), this)),
      m_letters(new QPushButton(tr("Preview letters"), this))
{
    m_period->setObjectName(QStringLiteral("publicationPeriod"));
    m_period->setWordWrap(true);
    m_period->setTextFormat(Qt::RichText);
    m_notice->setObjectName(QStringLiteral("previewNotice"));
    m_report->setObjectName(QStringLiteral("previewReport"));
    m_letters->setObjectName(QStringLiteral("previewLetters"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_notice);
    buttons->addWidget(m_report);
    buttons->addWidget(m_letters);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_notice, &QPushButton::clicked, this, [this] { showPreview(Document::ResultNotice); });
    connect(m_report, &QPushButton::clicked, this, [this] { showPreview(Document::EvaluationReport); });
    connect(m_letters, &QPushButton::clicked, this, [this] { showPreview(Document::Letters); });
}

QPushButton* PublicationStepPage::previewButton(Document document) const
{
    switch (document) {
    case Document::ResultNotice:
        return m_notice;
    case Document::EvaluationReport:
        return m_report;
    case Document::Letters:
        return m_letters;
    }
    return nullptr;
}

void PublicationStepPage::reload(const StepContext& context)
{
    m_context = context;
    const std::optional<tp::PublicationOutcome> outcome =
        context.evaluation ? context.evaluation->publication : std::nullopt;
    if (!outcome) {
        m_period->setText(tr("The publication period is not set in the project yet."));
        return;
    }
    const QString format = QStringLiteral("yyyy-MM-dd");
    m_period->setText(tr("<h3>Result notice</h3><p>Published from %1 for %2 working days: the first counted day is "
                         "%3, the period ends on %4.</p>")
                          .arg(outcome->start.toString(format))
                          .arg(outcome->workingDays)
                          .arg(outcome->firstCountedDay.toString(format), outcome->end.toString(format)));
}

std::optional<tp::DocumentInput> PublicationStepPage::documentInput()
{
    const tp::report::DocumentInputLoader::Result loaded =
        tp::report::DocumentInputLoader::fromScenario(m_context.scenario);
    if (!loaded.ok()) {
        QStringList problems;
        for (const tp::Problem& p : loaded.problems)
            problems.append(p.toString());
        showRefusal(tr("The document cannot be made"), problems.mid(0, 10).join(QLatin1Char('\n')));
        return std::nullopt;
    }
    return loaded.input;
}

void PublicationStepPage::showPreview(Document document)
{
    const std::optional<tp::DocumentInput> input = documentInput();
    if (!input)
        return;
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    tp::report::PagedDocument paged;
    QString fileName;
    switch (document) {
    case Document::ResultNotice:
        if (!tp::report::ResultNotice::canPublish(input->evaluation)) {
            showRefusal(tr("The result notice cannot be made"),
                        tr("Only a final or failed result is published; the result is not fixed yet."));
            return;
        }
        paged = tp::report::ResultNotice::document(*input);
        fileName = tr("%1-result-notice.pdf").arg(code);
        break;
    case Document::EvaluationReport:
        paged = tp::report::EvaluationReport::document(*input);
        fileName = tr("%1-evaluation-report.pdf").arg(code);
        break;
    case Document::Letters:
        paged = tp::report::BidderLetters::document(*input);
        fileName = tr("%1-letters.pdf").arg(code);
        break;
    }
    DocumentPreviewDialog dialog(paged, fileName, this);
    m_preview = &dialog;
    emit previewOpened(&dialog);
    dialog.exec();
    m_preview = nullptr;
}

} // namespace tp::ui
