#pragma once

#include "store/BuiltinTemplates.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace tp::ui {

// A new negotiation: its title, purchaser, deadlines and the criteria template to start from.
class NewNegotiationDialog : public QDialog
{
    Q_OBJECT
public:
    NewNegotiationDialog(const QList<tp::store::CriteriaTemplate>& templates, QWidget* parent = nullptr);

    tp::Project project() const;
    std::optional<qint64> templateId() const;

    QLineEdit* titleField() const { return m_title; }
    QLineEdit* purchaserField() const { return m_purchaser; }
    QComboBox* templateChooser() const { return m_template; }
    QDateTimeEdit* registrationDeadlineField() const { return m_registration; }
    QDateTimeEdit* proposalDeadlineField() const { return m_proposals; }

private:
    QLineEdit* m_title;
    QLineEdit* m_purchaser;
    QComboBox* m_template;
    QDateTimeEdit* m_registration;
    QDateTimeEdit* m_proposals;
};

} // namespace tp::ui
