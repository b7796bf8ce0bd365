#include "PublicationForm.h"
#include "PlainText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

const int kDefaultWorkingDays = 7;

QString isoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

PublicationForm::PublicationForm(QWidget* parent)
    : QWidget(parent), m_start(new QDateEdit(this)), m_days(new QSpinBox(this)),
      m_countStartDay(new QCheckBox(tr("Count the day of publication when it is a working day"), this)),
      m_website(new QLineEdit(this)), m_contact(new QLineEdit(this)), m_challengeAddress(new QLineEdit(this)),
      m_period(new QLabel(this)), m_publish(new QPushButton(tr("Publish"), this))
{
    PlainText::label(m_period);
    m_start->setObjectName(QStringLiteral("publicationStart"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_days->setObjectName(QStringLiteral("publicationWorkingDays"));
    m_days->setRange(1, 60);
    m_days->setValue(kDefaultWorkingDays);
    m_days->setSuffix(tr(" working days"));
    m_countStartDay->setObjectName(QStringLiteral("publicationCountStartDay"));
    m_countStartDay->setToolTip(tr("Unchecked, the period starts on the day after publication (Civil Code "
                                   "art. 201); this is the same setting as in the project's setup."));
    m_website->setObjectName(QStringLiteral("publicationWebsite"));
    m_website->setPlaceholderText(tr("e.g. the website of the medical security bureau"));
    m_contact->setObjectName(QStringLiteral("challengeContact"));
    m_contact->setPlaceholderText(tr("person and telephone for challenges"));
    m_contact->setMaxLength(500);
    m_challengeAddress->setObjectName(QStringLiteral("challengeAddress"));
    m_challengeAddress->setPlaceholderText(tr("where a written challenge is delivered"));
    m_challengeAddress->setMaxLength(500);
    m_period->setObjectName(QStringLiteral("computedPeriod"));
    m_period->setWordWrap(true);
    m_publish->setObjectName(QStringLiteral("publishNotice"));
    m_publish->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Notice starts on"), m_start);
    form->addRow(tr("Working days"), m_days);
    form->addRow(QString(), m_countStartDay);
    form->addRow(tr("Published on (website)"), m_website);
    form->addRow(tr("Contact for challenges"), m_contact);
    form->addRow(tr("Challenges received at"), m_challengeAddress);
    form->addRow(tr("Period"), m_period);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_publish, 0, Qt::AlignLeft);

    connect(m_start, &QDateEdit::dateChanged, this, &PublicationForm::updatePeriod);
    connect(m_days, &QSpinBox::valueChanged, this, &PublicationForm::updatePeriod);
    connect(m_countStartDay, &QCheckBox::toggled, this, &PublicationForm::updatePeriod);
    connect(m_website, &QLineEdit::textChanged, this, &PublicationForm::updatePeriod);
    connect(m_publish, &QPushButton::clicked, this, &PublicationForm::publishRequested);
    updatePeriod();
}

void PublicationForm::setDefaults(const tp::Project& project, const QDate& today, const QString& website,
                                  const QString& contact, const QString& challengeAddress)
{
    const std::optional<tp::PublicationRule>& configured = project.publication;
    m_countStartDay->setChecked(configured && configured->countStartDay);
    m_start->setDate(configured && configured->start.isValid() ? configured->start : today);
    m_days->setValue(configured && configured->workingDays >= 1 ? configured->workingDays : kDefaultWorkingDays);
    m_website->setText(website);
    m_contact->setText(contact);
    m_challengeAddress->setText(challengeAddress);
    updatePeriod();
}

tp::PublicationRule PublicationForm::rule() const
{
    tp::PublicationRule rule;
    rule.start = m_start->date();
    rule.workingDays = m_days->value();
    rule.countStartDay = m_countStartDay->isChecked();
    return rule;
}

QString PublicationForm::website() const
{
    return m_website->text().trimmed();
}

QString PublicationForm::contact() const
{
    return m_contact->text().trimmed();
}

QString PublicationForm::challengeAddress() const
{
    return m_challengeAddress->text().trimmed();
}

tp::WorkingDayCalendar::Period PublicationForm::period() const
{
    const tp::PublicationRule r = rule();
    return tp::WorkingDayCalendar::standard().period(r.start, r.workingDays, r.countStartDay);
}

QString PublicationForm::periodText() const
{
    const tp::WorkingDayCalendar::Period p = period();
    return tr("%1 … %2").arg(isoDate(p.firstCountedDay), isoDate(p.end));
}

void PublicationForm::updatePeriod()
{
    const tp::WorkingDayCalendar::Period p = period();
    QString text = tr("%1 (first counted day) to %2 (last day), %n working day(s)", nullptr, m_days->value())
                       .arg(isoDate(p.firstCountedDay), isoDate(p.end));
    if (!p.uncoveredYears.isEmpty()) {
        QStringList years;
        for (int year : p.uncoveredYears)
            years.append(QString::number(year));
        text += QLatin1Char('\n') + tr("The calendar has no holiday arrangements for %1: only weekends are counted "
                                       "as days off there. Check the end date.")
                                        .arg(years.join(QStringLiteral(", ")));
    }
    m_period->setText(text);
    m_publish->setEnabled(!website().isEmpty());
    m_publish->setToolTip(website().isEmpty() ? tr("Enter the website where the notice is published") : QString());
}

} // namespace tp::ui
