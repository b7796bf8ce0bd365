#pragma once

#include "model/Scenario.h"
#include "rules/WorkingDayCalendar.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tp::ui {

// What the centre's staff enter to publish the fixed result: the notice's start date, the number of
// working days, the website it is published on, the contact for challenges (质疑) and the address where a
// written challenge is delivered. The period and
// its end date are shown as the core working-day calendar computes them, while they are typed. Whether the
// day of publication is counted is the project's setting (the same stored value the setup edits); it can
// be changed here before publishing, and publishing stores it with the rest of the rule.
class PublicationForm : public QWidget
{
    Q_OBJECT
public:
    explicit PublicationForm(QWidget* parent = nullptr);

    // Fills the fields: the project's configured publication (start date and working days) when there
    // is one, else `today` and 7 working days; the website and contact already recorded, if any.
    void setDefaults(const tp::Project& project, const QDate& today, const QString& website, const QString& contact,
                     const QString& challengeAddress = QString());

    tp::PublicationRule rule() const;
    QString website() const;
    QString contact() const;
    QString challengeAddress() const;
    // The period of rule() by the core calendar.
    tp::WorkingDayCalendar::Period period() const;
    // "2014-08-11 … 2014-08-19", as the period line and the confirmation show it.
    QString periodText() const;

    QDateEdit* startField() const { return m_start; }
    QSpinBox* workingDaysField() const { return m_days; }
    QCheckBox* countStartDayField() const { return m_countStartDay; }
    QLineEdit* websiteField() const { return m_website; }
    QLineEdit* contactField() const { return m_contact; }
    QLineEdit* challengeAddressField() const { return m_challengeAddress; }
    QLabel* periodLabel() const { return m_period; }
    QPushButton* publishButton() const { return m_publish; }

signals:
    void publishRequested();

private:
    void updatePeriod();

    QDateEdit* m_start;
    QSpinBox* m_days;
    QCheckBox* m_countStartDay;
    QLineEdit* m_website;
    QLineEdit* m_contact;
    QLineEdit* m_challengeAddress;
    QLabel* m_period;
    QPushButton* m_publish;
};

} // namespace tp::ui
