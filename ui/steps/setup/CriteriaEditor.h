#pragma once

#include "OrderedListEditor.h"
#include "store/BuiltinTemplates.h"

class QLabel;
class QPushButton;

namespace tp::ui {

class CriteriaModel;

// The criteria of the setup step: a table edited in place (code, title, points), buttons to add,
// remove and move them and to load a template's criteria, and the total of the points (shown, with a
// warning when it is not 100; the user decides what total is meant). Every change is asked for with a
// signal; the table shows what the store holds after setCriteria().
class CriteriaEditor : public OrderedListEditor
{
    Q_OBJECT
public:
    explicit CriteriaEditor(QWidget* parent = nullptr);

    void setCriteria(const QList<tp::Criterion>& criteria);
    void setTemplates(const QList<tp::store::CriteriaTemplate>& templates);
    void setEditable(bool editable);

    CriteriaModel* model() const { return m_model; }
    QLabel* totalLabel() const { return m_total; }
    QPushButton* templateButton() const { return m_template; }

signals:
    void addRequested(const tp::Criterion& criterion);
    void editRequested(const tp::Criterion& criterion);
    void renameRequested(const QString& from, const QString& to);
    void templateRequested(const tp::store::CriteriaTemplate& criteriaTemplate);
    void invalidInput(const QString& why);

private:
    void addCriterion();
    void updateButtons() override;

    CriteriaModel* m_model;
    QLabel* m_total;
    QPushButton* m_template;
    QList<tp::store::CriteriaTemplate> m_templates;
};

} // namespace tp::ui
