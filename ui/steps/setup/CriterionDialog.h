#pragma once

#include "model/Scenario.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;

namespace tp::ui {

// A new criterion: code, title and points (exact hundredths). OK is refused while the points are not
// a number with at most two decimals; everything else is checked by the store.
class CriterionDialog : public QDialog
{
    Q_OBJECT
public:
    CriterionDialog(const QString& suggestedCode, QWidget* parent = nullptr);

    // The criterion entered (nullopt while the points do not parse).
    std::optional<tp::Criterion> criterion() const;

    QLineEdit* codeField() const { return m_code; }
    QLineEdit* titleField() const { return m_title; }
    QLineEdit* pointsField() const { return m_points; }

    void accept() override;

private:
    QLineEdit* m_code;
    QLineEdit* m_title;
    QLineEdit* m_points;
    QLabel* m_problem;
};

} // namespace tp::ui
