#pragma once

#include <QWidget>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace tp::ui {

// A table of entries kept in an order that the user sets (the criteria, the panel), with the buttons
// to add, remove and move the selected entry up or down. One row is selected at a time; an entry is
// known by the code in its code column. The editor asks for every change with a signal and shows what
// the store holds after its model is set again: the selected entry stays selected. Each list says
// which model it shows, adds its own buttons and lays the buttons out.
class OrderedListEditor : public QWidget
{
    Q_OBJECT
public:
    QTableView* view() const { return m_view; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* upButton() const { return m_up; }
    QPushButton* downButton() const { return m_down; }
    // The code of the selected entry, or "".
    QString selectedCode() const;
    void selectCode(const QString& code);

    // "C9" for `prefix` "C" and the codes C1..C8: the next code not in use (a suggestion).
    static QString suggestedCode(const QString& prefix, const QStringList& used);

signals:
    void removeRequested(const QString& code);
    void moveRequested(const QString& code, qsizetype index);

protected:
    explicit OrderedListEditor(QWidget* parent = nullptr);

    // Shows `model`, whose entries are known by the text in `codeColumn`.
    void setModel(QAbstractItemModel* model, int codeColumn);
    bool isEditable() const { return m_editable; }
    // Shows or hides the buttons that change the list.
    void setButtonsShown(bool editable);
    // The selected row; -1 when none is.
    int selectedRow() const;
    // Enables the buttons for the selected row; a list with more buttons enables them too.
    virtual void updateButtons();

private:
    void move(int delta);

    QAbstractItemModel* m_model = nullptr;
    int m_codeColumn = 0;
    QTableView* m_view;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
    bool m_editable = true;
};

} // namespace tp::ui
