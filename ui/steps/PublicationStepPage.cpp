#include "PublicationStepPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tp::ui {

PublicationStepPage::PublicationStepPage(QWidget* parent) : StepPage(parent), m_period(new QLabel(this))
{
    m_period->setObjectName(QStringLiteral("publicationPeriod"));
    m_period->setWordWrap(true);
    m_period->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_period);
    layout->addStretch();
}

void PublicationStepPage::reload(const StepContext& context)
{
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

} // namespace tp::ui
