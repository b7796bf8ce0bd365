#pragma once

#include "store/BuiltinTemplates.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace tp::ui {

class CriteriaModel;

// The criteria of the setup step: a table edited in place (code, title, points), buttons to add,
// remove and move them and to load a template's criteria, and the total of the points (shown, with a
// warning when it is not 100; the user decides what total is meant). Every change is asked for with a
// signal; the table shows what the store holds after setCriteria().
class CriteriaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CriteriaEditor(QWidget* parent = nullptr);

    void setCriteria(const QList<tp::Criterion>& criteria);
    void setTemplates(const QList<tp::store::CriteriaTemplate>& templates);
    void setEditable(bool editable);

    CriteriaModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLabel* totalLabel() const { return m_total; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    QPushButton* templateButton() const { return m_template; }
    // The code of the selected criterion, or "".
    QString selectedCode() const;
    void selectCode(const QString& code);

    // "C9" for a list C1..C8: the next code not in use (a suggestion).
    static QString suggestedCode(const QList<tp::Criterion>& criteria);

signals:
    void addRequested(const tp::Criterion& criterion);
    void editRequested(const tp::Criterion& criterion);
    void renameRequested(const QString& from, const QString& to);
    void removeRequested(const QString& code);
    void moveRequested(const QString& code, qsizetype index);
    void templateRequested(const tp::store::CriteriaTemplate& criteriaTemplate);
    void invalidInput(const QString& why);

private:
    void addCriterion();
    void move(int delta);
    void updateButtons();

    CriteriaModel* m_model;
    QTableView* m_view;
    QLabel* m_total;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_template;
    QList<tp::store::CriteriaTemplate> m_templates;
    bool m_editable = true;
};

} // namespace tp::ui
