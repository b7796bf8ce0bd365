#pragma once

#include "model/Scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace tp::ui {

class AllocationEditor;

// Every project setting of the setup step. A field commits when its editing is finished (Enter or
// leaving it; a choice when it is made): the form then asks for the whole project with that one
// field changed (edited()), naming the field. The winners, their shares and their service areas are
// applied together.
class ProjectForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectForm(QWidget* parent = nullptr);

    // Shows what is stored (without asking for anything).
    void setProject(const tp::Project& project);
    void setEditable(bool editable);
    // The stored project with the form's fields (the allocation as stored).
    tp::Project project() const;

    QLineEdit* titleField() const { return m_title; }
    QLineEdit* purchaserField() const { return m_purchaser; }
    QDateTimeEdit* registrationDeadlineField() const { return m_registration; }
    QDateTimeEdit* proposalDeadlineField() const { return m_proposal; }
    QSpinBox* requiredCopiesField() const { return m_copies; }
    QSpinBox* presentationMinutesField() const { return m_presentation; }
    QSpinBox* statementMinutesField() const { return m_statement; }
    QSpinBox* minBiddersField() const { return m_minBidders; }
    QSpinBox* trimHighestField() const { return m_trimHighest; }
    QSpinBox* trimLowestField() const { return m_trimLowest; }
    QComboBox* trimLevelChooser() const { return m_trimLevel; }
    QComboBox* tiePrecisionChooser() const { return m_tiePrecision; }
    AllocationEditor* allocationEditor() const { return m_allocation; }
    QGroupBox* publicationGroup() const { return m_publication; }
    QDateEdit* publicationStartField() const { return m_publicationStart; }
    QSpinBox* publicationDaysField() const { return m_publicationDays; }
    QCheckBox* countStartDayField() const { return m_countStartDay; }

signals:
    // `what` is the undo history's text, e.g. "Change “Title”".
    void edited(const tp::Project& project, const QString& what);
    // The winners' shares or areas cannot be applied as entered; nothing is asked for.
    void invalidInput(const QString& why);

private:
    void commit(const QString& label);
    QSpinBox* makeSpin(const QString& objectName, int minimum, const QString& suffix);
    QDateTimeEdit* makeDateTime(const QString& objectName);

    tp::Project m_stored;
    bool m_filling = false;
    QLineEdit* m_title;
    QLineEdit* m_purchaser;
    QDateTimeEdit* m_registration;
    QDateTimeEdit* m_proposal;
    QSpinBox* m_copies;
    QSpinBox* m_presentation;
    QSpinBox* m_statement;
    QSpinBox* m_minBidders;
    QSpinBox* m_trimHighest;
    QSpinBox* m_trimLowest;
    QComboBox* m_trimLevel;
    QComboBox* m_tiePrecision;
    AllocationEditor* m_allocation;
    QGroupBox* m_publication;
    QDateEdit* m_publicationStart;
    QSpinBox* m_publicationDays;
    QCheckBox* m_countStartDay;
};

} // namespace tp::ui
