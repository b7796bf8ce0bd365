#pragma once

#include <QList>
#include <QMap>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace tp::ui {

// The number of winners and each winner count's shares (e.g. 60/30/10), edited together and applied
// with one button, so that shares can be changed one by one before their sum is 100 again. Each row
// shows its sum; the store checks the allocation when it is applied.
class AllocationEditor : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxWinnersShown = 10;

    explicit AllocationEditor(QWidget* parent = nullptr);

    // What is stored; discards what was being edited.
    void setAllocation(int maxWinners, const QMap<int, QList<int>>& allocation);
    void setEditable(bool editable);

    int maxWinners() const;
    QMap<int, QList<int>> allocation() const;
    bool isModified() const;

    QSpinBox* maxWinnersField() const { return m_maxWinners; }
    // The spin box of the share of position `position` (1-based) when `winners` win.
    QSpinBox* shareField(int winners, int position) const;
    QLabel* sumLabel(int winners) const;
    QPushButton* applyButton() const { return m_apply; }

    // The shares a new row starts with (a suggestion the user edits): 100, 60/40, 60/30/10, else even.
    static QList<int> suggestedShares(int winners);

signals:
    void applied(int maxWinners, const QMap<int, QList<int>>& allocation);

private:
    void rebuildRows();
    void updateSums();

    QSpinBox* m_maxWinners;
    QGridLayout* m_rows;
    QPushButton* m_apply;
    QPushButton* m_revert;
    QMap<int, QList<int>> m_stored;
    int m_storedMax = 1;
    QMap<int, QList<int>> m_pending; // shares as being edited, kept for rows hidden by fewer winners
    QList<QList<QSpinBox*>> m_shareFields;
    QList<QLabel*> m_sums;
    QList<QWidget*> m_rowWidgets;
    bool m_editable = true;
};

} // namespace tp::ui
