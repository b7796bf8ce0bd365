#include "ProjectForm.h"

#include "AllocationEditor.h"

#include "store/StoreTime.h"
#include "widgets/TimeField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <vector>

namespace tp::ui {

namespace {

// The earliest time a deadline field shows; it stands for "not set".
const QDateTime kNotSet(QDate(2000, 1, 1), QTime(0, 0));

std::optional<QDateTime> deadline(const QDateTimeEdit* edit)
{
    return edit->dateTime() == edit->minimumDateTime()
               ? std::nullopt
               : std::optional<QDateTime>(tp::store::StoreTime::enteredTime(edit->dateTime()));
}

void showDeadline(QDateTimeEdit* edit, const std::optional<QDateTime>& at)
{
    edit->setDateTime(at ? at->toLocalTime() : edit->minimumDateTime());
}

} // namespace

ProjectForm::ProjectForm(QWidget* parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_purchaser(new QLineEdit(this)),
      m_registration(makeDateTime(QStringLiteral("registrationDeadline"))),
      m_proposal(makeDateTime(QStringLiteral("proposalDeadline"))),
      m_copies(makeSpin(QStringLiteral("requiredCopies"), 0, QString())),
      m_presentation(makeSpin(QStringLiteral("presentationMinutes"), 0, tr(" min"))),
      m_statement(makeSpin(QStringLiteral("statementMinutes"), 0, tr(" min"))),
      m_minBidders(makeSpin(QStringLiteral("minBidders"), 0, QString())),
      m_trimHighest(makeSpin(QStringLiteral("trimHighest"), 0, QString())),
      m_trimLowest(makeSpin(QStringLiteral("trimLowest"), 0, QString())), m_trimLevel(new QComboBox(this)),
      m_tiePrecision(new QComboBox(this)), m_allocation(new AllocationEditor(this)),
      m_publication(new QGroupBox(tr("Result notice period"), this)), m_publicationStart(new QDateEdit(this)),
      m_publicationDays(makeSpin(QStringLiteral("publicationDays"), 0, tr(" working day(s)"))),
      m_countStartDay(new QCheckBox(tr("Count the day of publication when it is a working day"), this))
{
    m_title->setObjectName(QStringLiteral("projectTitle"));
    m_purchaser->setObjectName(QStringLiteral("projectPurchaser"));
    m_copies->setSpecialValueText(tr("not set"));
    m_trimLevel->setObjectName(QStringLiteral("trimLevel"));
    m_trimLevel->addItem(tr("each panel member's total"), int(tp::TrimLevel::Total));
    m_trimLevel->addItem(tr("each criterion separately"), int(tp::TrimLevel::Criterion));
    m_tiePrecision->setObjectName(QStringLiteral("tiePrecision"));
    m_tiePrecision->addItem(tr("exact scores"), int(tp::TiePrecision::Exact));
    m_tiePrecision->addItem(tr("published scores (2 decimals)"), int(tp::TiePrecision::Rounded));
    m_allocation->setObjectName(QStringLiteral("allocationEditor"));
    m_publication->setObjectName(QStringLiteral("publicationGroup"));
    m_publication->setCheckable(true);
    m_publicationStart->setObjectName(QStringLiteral("publicationStart"));
    m_publicationStart->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_publicationStart->setCalendarPopup(true);
    m_countStartDay->setObjectName(QStringLiteral("countStartDay"));

    auto* projectBox = new QGroupBox(tr("Project"), this);
    auto* projectForm = new QFormLayout(projectBox);
    projectForm->addRow(tr("Title"), m_title);
    projectForm->addRow(tr("Purchaser"), m_purchaser);
    projectForm->addRow(tr("Registration deadline"), m_registration);
    projectForm->addRow(tr("Proposal deadline"), m_proposal);
    projectForm->addRow(tr("Copies of the proposal"), m_copies);
    projectForm->addRow(tr("Presentation time"), m_presentation);
    projectForm->addRow(tr("Statement time"), m_statement);

    auto* evaluation = new QGroupBox(tr("Evaluation"), this);
    auto* evaluationForm = new QFormLayout(evaluation);
    // Text fields take the width; numbers and dates keep their natural size.
    projectForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    evaluationForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    evaluationForm->addRow(tr("Minimum qualified bidders"), m_minBidders);
    auto* trim = new QHBoxLayout;
    trim->addWidget(new QLabel(tr("highest"), this));
    trim->addWidget(m_trimHighest);
    trim->addSpacing(8);
    trim->addWidget(new QLabel(tr("lowest"), this));
    trim->addWidget(m_trimLowest);
    trim->addStretch();
    evaluationForm->addRow(tr("Values dropped"), trim);
    evaluationForm->addRow(tr("Drop them from"), m_trimLevel);
    evaluationForm->addRow(tr("Ties compare"), m_tiePrecision);

    auto* winners = new QGroupBox(tr("Winners and allocation"), this);
    (new QVBoxLayout(winners))->addWidget(m_allocation);

    auto* publicationForm = new QFormLayout(m_publication);
    publicationForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    publicationForm->addRow(tr("Published from"), m_publicationStart);
    publicationForm->addRow(tr("Notice period"), m_publicationDays);
    publicationForm->addRow(m_countStartDay);

    auto* left = new QVBoxLayout;
    left->addWidget(projectBox);
    left->addWidget(evaluation);
    left->addStretch();
    // The winners' shares and service areas take the height the form has.
    auto* right = new QVBoxLayout;
    right->addWidget(winners, 1);
    right->addWidget(m_publication);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    const QList<std::pair<QLineEdit*, QString>> lines = {{m_title, tr("Title")}, {m_purchaser, tr("Purchaser")}};
    for (const auto& [edit, label] : lines)
        connect(edit, &QLineEdit::editingFinished, this, [this, label = label] { commit(label); });
    const QList<std::pair<QAbstractSpinBox*, QString>> spins = {
        {m_registration, tr("Registration deadline")}, {m_proposal, tr("Proposal deadline")},
        {m_copies, tr("Copies of the proposal")},      {m_presentation, tr("Presentation time")},
        {m_statement, tr("Statement time")},           {m_minBidders, tr("Minimum qualified bidders")},
        {m_trimHighest, tr("Highest values dropped")}, {m_trimLowest, tr("Lowest values dropped")},
        {m_publicationStart, tr("Published from")},    {m_publicationDays, tr("Notice period")}};
    for (const auto& [spin, label] : spins)
        connect(spin, &QAbstractSpinBox::editingFinished, this, [this, label = label] { commit(label); });
    connect(m_trimLevel, &QComboBox::activated, this, [this] { commit(tr("Drop them from")); });
    connect(m_tiePrecision, &QComboBox::activated, this, [this] { commit(tr("Ties compare")); });
    connect(m_publication, &QGroupBox::toggled, this, [this] { commit(tr("Result notice period")); });
    connect(m_countStartDay, &QCheckBox::toggled, this, [this] { commit(tr("Count the day of publication")); });
    connect(m_allocation, &AllocationEditor::applied, this,
            [this](int maxWinners, const QMap<int, QList<int>>& allocation,
                   const QMap<int, QList<tp::ServiceArea>>& areas) {
                tp::Project p = project();
                p.maxWinners = maxWinners;
                p.allocation = allocation;
                p.areas = areas;
                emit edited(p, areas.isEmpty()        ? tr("Change the winners and their shares")
                               : allocation.isEmpty() ? tr("Change the winners and their service areas")
                                                      : tr("Change the winners, their shares and service areas"));
            });
    connect(m_allocation, &AllocationEditor::invalidInput, this, &ProjectForm::invalidInput);
}

QSpinBox* ProjectForm::makeSpin(const QString& objectName, int minimum, const QString& suffix)
{
    auto* spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(minimum, 9999);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    return spin;
}

QDateTimeEdit* ProjectForm::makeDateTime(const QString& objectName)
{
    auto* edit = new TimeField(kNotSet, this);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(kNotSet);
    edit->setSpecialValueText(tr("not set"));
    return edit;
}

void ProjectForm::setProject(const tp::Project& p)
{
    m_stored = p;
    m_filling = true;
    const QList<QWidget*> fields = {m_title,       m_purchaser,        m_registration,    m_proposal,
                                    m_copies,      m_presentation,     m_statement,       m_minBidders,
                                    m_trimHighest, m_trimLowest,       m_trimLevel,       m_tiePrecision,
                                    m_publication, m_publicationStart, m_publicationDays, m_countStartDay};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(std::size_t(fields.size()));
    for (QWidget* w : fields)
        blockers.emplace_back(w);
    if (m_title->text() != p.title)
        m_title->setText(p.title);
    if (m_purchaser->text() != p.purchaser)
        m_purchaser->setText(p.purchaser);
    showDeadline(m_registration, p.registrationDeadline);
    showDeadline(m_proposal, p.proposalDeadline);
    m_copies->setValue(p.requiredCopies.value_or(0));
    m_presentation->setValue(p.presentationMinutes);
    m_statement->setValue(p.statementMinutes);
    m_minBidders->setValue(p.minBidders);
    m_trimHighest->setValue(p.trim.highest);
    m_trimLowest->setValue(p.trim.lowest);
    m_trimLevel->setCurrentIndex(m_trimLevel->findData(int(p.trim.level)));
    m_tiePrecision->setCurrentIndex(m_tiePrecision->findData(int(p.tiePrecision)));
    m_publication->setChecked(p.publication.has_value());
    const tp::PublicationRule rule = p.publication.value_or(tp::PublicationRule{});
    m_publicationStart->setDate(rule.start.isValid() ? rule.start : QDate::currentDate());
    m_publicationDays->setValue(rule.workingDays);
    m_countStartDay->setChecked(rule.countStartDay);
    m_allocation->setAllocation(p.maxWinners, p.allocation, p.areas);
    m_allocation->setFewestWinners(qMin(p.minBidders, p.maxWinners));
    m_filling = false;
}

void ProjectForm::setEditable(bool editable)
{
    for (QLineEdit* edit : {m_title, m_purchaser})
        edit->setReadOnly(!editable);
    for (QAbstractSpinBox* spin : std::initializer_list<QAbstractSpinBox*>{
             m_registration, m_proposal, m_copies, m_presentation, m_statement, m_minBidders, m_trimHighest,
             m_trimLowest, m_publicationStart, m_publicationDays})
        spin->setReadOnly(!editable);
    m_trimLevel->setEnabled(editable);
    m_tiePrecision->setEnabled(editable);
    m_publication->setEnabled(editable);
    m_allocation->setEditable(editable);
}

tp::Project ProjectForm::project() const
{
    tp::Project p = m_stored;
    p.title = m_title->text().trimmed();
    p.purchaser = m_purchaser->text().trimmed();
    p.registrationDeadline = deadline(m_registration);
    p.proposalDeadline = deadline(m_proposal);
    p.requiredCopies = m_copies->value() > 0 ? std::optional<int>(m_copies->value()) : std::nullopt;
    p.presentationMinutes = m_presentation->value();
    p.statementMinutes = m_statement->value();
    p.minBidders = m_minBidders->value();
    p.trim.highest = m_trimHighest->value();
    p.trim.lowest = m_trimLowest->value();
    p.trim.level = tp::TrimLevel(m_trimLevel->currentData().toInt());
    p.tiePrecision = tp::TiePrecision(m_tiePrecision->currentData().toInt());
    if (m_publication->isChecked())
        p.publication =
            tp::PublicationRule{m_publicationStart->date(), m_publicationDays->value(), m_countStartDay->isChecked()};
    else
        p.publication.reset();
    return p;
}

void ProjectForm::commit(const QString& label)
{
    if (m_filling)
        return;
    emit edited(project(), tr("Change “%1”").arg(label));
}

} // namespace tp::ui
