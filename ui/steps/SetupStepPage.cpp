#include "SetupStepPage.h"

#include "rules/PanelSizeCheck.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString dateTimeText(const std::optional<QDateTime>& at)
{
    return at ? at->toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

} // namespace

SetupStepPage::SetupStepPage(QWidget* parent)
    : StepPage(parent), m_project(new QLabel(this)),
      m_criteria(makeTable({tr("Criterion"), tr("Title"), tr("Points")}, this)), m_criteriaTotal(new QLabel(this)),
      m_panel(makeTable({tr("Member"), tr("Name"), tr("Role")}, this)), m_panelFindings(new QLabel(this))
{
    m_project->setObjectName(QStringLiteral("setupProject"));
    m_project->setWordWrap(true);
    m_project->setTextFormat(Qt::RichText);
    m_criteriaTotal->setObjectName(QStringLiteral("criteriaTotal"));
    m_panelFindings->setObjectName(QStringLiteral("panelFindings"));
    m_panelFindings->setWordWrap(true);
    auto* note = new QLabel(tr("The settings are shown read-only here; they are fixed once registration opens."), this);
    note->setWordWrap(true);

    auto* project = new QGroupBox(tr("Project"), this);
    (new QVBoxLayout(project))->addWidget(m_project);
    auto* criteria = new QGroupBox(tr("Criteria"), this);
    auto* criteriaLayout = new QVBoxLayout(criteria);
    criteriaLayout->addWidget(m_criteria);
    criteriaLayout->addWidget(m_criteriaTotal);
    auto* panel = new QGroupBox(tr("Panel"), this);
    auto* panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_panel);
    panelLayout->addWidget(m_panelFindings);

    auto* columns = new QHBoxLayout;
    columns->addWidget(criteria, 3);
    columns->addWidget(panel, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(project);
    layout->addLayout(columns, 1);
}

void SetupStepPage::reload(const StepContext& context)
{
    const tp::Project& p = context.scenario.project;
    QStringList allocation;
    for (auto it = p.allocation.cbegin(); it != p.allocation.cend(); ++it) {
        QStringList shares;
        for (int share : it.value())
            shares.append(QString::number(share));
        allocation.append(tr("%n winner(s): %1 %", nullptr, it.key()).arg(shares.join(QStringLiteral("/"))));
    }
    const QString trimLevel =
        p.trim.level == tp::TrimLevel::Total ? tr("of each bidder's totals") : tr("per criterion");
    const QString publication = p.publication ? tr("%n working day(s) from %1", nullptr, p.publication->workingDays)
                                                    .arg(p.publication->start.toString(QStringLiteral("yyyy-MM-dd")))
                                              : tr("not set yet");
    m_project->setText(tr("<table cellspacing=4>"
                          "<tr><td><b>Title</b></td><td>%1</td></tr>"
                          "<tr><td><b>Purchaser</b></td><td>%2</td></tr>"
                          "<tr><td><b>Registration deadline</b></td><td>%3</td></tr>"
                          "<tr><td><b>Proposal deadline</b></td><td>%4</td></tr>"
                          "<tr><td><b>Presentation</b></td><td>%5 min + %6 min statement</td></tr>"
                          "<tr><td><b>Trimming</b></td><td>drop %7 highest and %8 lowest, %9</td></tr>"
                          "<tr><td><b>Winners</b></td><td>at most %10; %11</td></tr>"
                          "<tr><td><b>Publication</b></td><td>%12</td></tr></table>")
                           .arg(p.title.toHtmlEscaped(), p.purchaser.toHtmlEscaped(),
                                dateTimeText(p.registrationDeadline), dateTimeText(p.proposalDeadline),
                                QString::number(p.presentationMinutes), QString::number(p.statementMinutes),
                                QString::number(p.trim.highest), QString::number(p.trim.lowest), trimLevel)
                           .arg(p.maxWinners)
                           .arg(allocation.join(QStringLiteral("; ")), publication));

    const QList<tp::Criterion>& criteria = context.scenario.criteria;
    m_criteria->setRowCount(int(criteria.size()));
    tp::Hundredths total = 0;
    for (int i = 0; i < criteria.size(); ++i) {
        const tp::Criterion& c = criteria.at(i);
        m_criteria->setItem(i, 0, new QTableWidgetItem(c.id));
        m_criteria->setItem(i, 1, new QTableWidgetItem(c.title));
        auto* points = new QTableWidgetItem(tp::Decimal::format(c.max));
        points->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_criteria->setItem(i, 2, points);
        total += c.max;
    }
    m_criteria->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_criteria->horizontalHeader()->setStretchLastSection(false);
    m_criteriaTotal->setText(tr("Total of points: %1").arg(tp::Decimal::format(total)));

    const QList<tp::Panelist>& panel = context.scenario.panel;
    m_panel->setRowCount(int(panel.size()));
    for (int i = 0; i < panel.size(); ++i) {
        const tp::Panelist& m = panel.at(i);
        m_panel->setItem(i, 0, new QTableWidgetItem(m.id));
        m_panel->setItem(i, 1, new QTableWidgetItem(m.name));
        m_panel->setItem(i, 2, new QTableWidgetItem(m.role == tp::PanelRole::Leader ? tr("Leader") : tr("Member")));
    }
    QStringList findings;
    for (const tp::PanelSizeFinding& f :
         tp::PanelSizeCheck::check(int(panel.size()), tp::PanelBody::Negotiation, p.trim)) {
        switch (f.code) {
        case tp::PanelSizeFinding::Code::TooSmallToTrim:
            findings.append(tr("Too few members to drop the highest and lowest: at least %1.").arg(f.required));
            break;
        case tp::PanelSizeFinding::Code::BelowMinimum:
            findings.append(tr("The regulations want at least %1 members.").arg(f.required));
            break;
        case tp::PanelSizeFinding::Code::EvenSize:
            findings.append(tr("The regulations want an odd number of members (%1).").arg(f.required));
            break;
        }
    }
    m_panelFindings->setText(findings.isEmpty() ? tr("The panel's size is fine.") : findings.join(QLatin1Char('\n')));
    m_panelFindings->setStyleSheet(findings.isEmpty() ? QString() : QStringLiteral("color: #b71c1c;"));
}

} // namespace tp::ui
