#pragma once

#include "model/Decimal.h"
#include "model/Scenario.h"
#include "rules/OutlierCheck.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tp::ui {

// The panel's review of abnormal scores once every sheet is in: each score flagged as far from the
// other members' scores (tp::OutlierCheck) is listed with the others' scores and their mean. For the
// selected one the panel either confirms it, with the reason, or corrects it to another value on the
// abnormal-score ground, with the reason; both are approved by the panel leader. The widget only
// asks; the step page stores the decision and hands the flags still open back.
class OutlierReviewWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        MemberColumn,
        BidderColumn,
        CriterionColumn,
        ScoreColumn,
        OthersColumn,
        OthersMeanColumn,
        ColumnCount
    };

    explicit OutlierReviewWidget(QWidget* parent = nullptr);

    // The flags still to review, and the negotiation they come from (names, the other scores).
    void setFlags(const QList<tp::OutlierFlag>& flags, const tp::Scenario& scenario);

    int flagCount() const { return int(m_flags.size()); }
    QTableWidget* table() const { return m_table; }
    QLineEdit* reasonField() const { return m_reason; }
    QLineEdit* valueField() const { return m_value; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* correctButton() const { return m_correct; }

public slots:
    void confirmSelected();
    void correctSelected();

signals:
    void confirmRequested(const tp::OutlierFlag& flag, const QString& reason);
    void correctionRequested(const tp::OutlierFlag& flag, tp::Hundredths value, const QString& reason);

private:
    const tp::OutlierFlag* selectedFlag() const;
    void updateButtons();

    QList<tp::OutlierFlag> m_flags;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLineEdit* m_reason;
    QLineEdit* m_value;
    QLabel* m_leader;
    QLabel* m_message;
    QPushButton* m_confirm;
    QPushButton* m_correct;
};

} // namespace tp::ui
