#pragma once

#include "model/Scenario.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tp::ui {

class AreaEditor;

// The number of winners, how they are awarded (shares, service areas or both) and each winner count's
// shares (e.g. 60/30/10) and areas, edited together and applied with one button, so that shares can be
// changed one by one before their sum is 100 again. Each row shows its sum; the store checks the
// allocation and the areas when they are applied.
class AllocationEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxWinnersShown = 10;

    // How the winners are awarded: the index of each choice of awardChooser().
    enum Award
    {
        Shares,
        Areas,
        SharesAndAreas
    };

    explicit AllocationEditor(QWidget* parent = nullptr);

    // What is stored; discards what was being edited.
    void setAllocation(int maxWinners, const QMap<int, QList<int>>& allocation,
                       const QMap<int, QList<tp::ServiceArea>>& areas = {});
    // The fewest winners there can be (the minimum number of qualified bidders).
    void setFewestWinners(int fewest);
    void setEditable(bool editable);

    int maxWinners() const;
    Award award() const;
    // The shares as entered; none when the winners get service areas only.
    QMap<int, QList<int>> allocation() const;
    // The service areas as entered; none when the winners get shares only.
    QMap<int, QList<tp::ServiceArea>> areas() const;
    bool isModified() const;

    QSpinBox* maxWinnersField() const { return m_maxWinners; }
    QComboBox* awardChooser() const { return m_award; }
    AreaEditor* areaEditor() const { return m_areas; }
    // The spin box of the share of position `position` (1-based) when `winners` win.
    QSpinBox* shareField(int winners, int position) const;
    QLabel* sumLabel(int winners) const;
    QPushButton* applyButton() const { return m_apply; }
    QPushButton* revertButton() const { return m_revert; }

    // The shares a new row starts with (a suggestion the user edits): 100, 60/40, 60/30/10, else even.
    static QList<int> suggestedShares(int winners);

signals:
    void applied(int maxWinners, const QMap<int, QList<int>>& allocation,
                 const QMap<int, QList<tp::ServiceArea>>& areas);
    // What was entered cannot be applied (e.g. an area without places), one line each; nothing is applied.
    void invalidInput(const QString& why);

private:
    void rebuildRows();
    void updateSums();
    void apply();
    // Shows the shares, the areas or both, as chosen.
    void showAward();
    static Award awardOf(const QMap<int, QList<int>>& allocation, const QMap<int, QList<tp::ServiceArea>>& areas);

    QSpinBox* m_maxWinners;
    QComboBox* m_award;
    QWidget* m_sharesBox;
    QGridLayout* m_rows;
    AreaEditor* m_areas;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QMap<int, QList<int>> m_stored;
    QMap<int, QList<tp::ServiceArea>> m_storedAreas;
    int m_storedMax = 1;
    QMap<int, QList<int>> m_pending; // shares as being edited, kept for rows hidden by fewer winners
    QList<QList<QSpinBox*>> m_shareFields;
    QList<QLabel*> m_sums;
    QList<QWidget*> m_rowWidgets;
    bool m_editable = true;
};

} // namespace tp::ui
