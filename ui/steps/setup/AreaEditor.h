#pragma once

#include "model/Scenario.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tp::ui {

class PlaceListEditor;

// The service areas of each number of winners: for w winners, w areas in rank order (the i-th winner
// serves the i-th area), each with a name and its places. One number of winners is shown at a time.
// A number of winners whose areas are all blank (no name, no place) has no areas; the others must be
// complete (problems() says what is missing). Nothing is stored here: the winners' editor applies it.
class AreaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AreaEditor(QWidget* parent = nullptr);

    // What is stored; discards what was being edited.
    void setAreas(int maxWinners, const QMap<int, QList<tp::ServiceArea>>& areas);
    // The numbers of winners shown: 1 to `maxWinners`; what was typed for more is kept.
    void setMaxWinners(int maxWinners);
    // The fewest winners there can be (fewer qualified bidders: the negotiation fails): the areas of
    // fewer winners are not asked for.
    void setFewestWinners(int fewest);
    void setEditable(bool editable);

    // The areas as entered, for 1 to the number of winners shown, without the blank ones.
    QMap<int, QList<tp::ServiceArea>> areas() const;
    // What keeps the areas from being applied (an area without a name or without places), one line each.
    QStringList problems() const;

    QComboBox* winnersChooser() const { return m_winners; }
    QListWidget* areaList() const { return m_list; }
    QLineEdit* nameField() const { return m_name; }
    PlaceListEditor* placesEditor() const { return m_places; }
    QLabel* note() const { return m_note; }
    // Shows the areas of `winners` winners and selects area `area` (1-based).
    void showArea(int winners, int area);

signals:
    void changed();

private:
    void fillChooser();
    void showWinners();
    void showSelectedArea();
    void updateList();
    void updateNote();
    void moveArea(int delta);
    QList<tp::ServiceArea>& entered(int winners);
    int currentWinners() const;
    int currentArea() const;
    static bool isBlank(const QList<tp::ServiceArea>& areas);

    QComboBox* m_winners;
    QListWidget* m_list;
    QPushButton* m_up;
    QPushButton* m_down;
    QLineEdit* m_name;
    PlaceListEditor* m_places;
    QLabel* m_note;
    QMap<int, QList<tp::ServiceArea>> m_entered; // as being edited, also for numbers of winners not shown
    int m_maxWinners = 1;
    int m_fewest = 1;
    bool m_editable = true;
    bool m_filling = false;
};

} // namespace tp::ui
