#include "RegistrationStepPage.h"

#include "RegisterBidderDialog.h"
#include "store/ProcedureService.h"
#include "store/RowReader.h"
#include "widgets/BidderTable.h"
#include "widgets/DeadlineClock.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tp::ui {

RegistrationStepPage::RegistrationStepPage(QWidget* parent)
    : StepPage(tp::store::Stage::Registration, parent), m_clock(new DeadlineClock(this)),
      m_table(new BidderTable(tr("Registered at"), tr("Documents checked"), this)),
      m_entry(new QPushButton(tr("Register bidder…"), this)), m_correct(new QPushButton(tr("Correct…"), this))
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_clock, 1);
    top->addWidget(m_entry);
    m_correct->setObjectName(QStringLiteral("correctEntry"));
    m_correct->setToolTip(tr("Correct or withdraw the selected registration, with the reason"));
    top->addWidget(m_correct);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RegistrationStepPage::updateCorrectButton);
    connect(m_correct, &QPushButton::clicked, this, &RegistrationStepPage::correctEntry);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_entry, &QPushButton::clicked, this, &RegistrationStepPage::enterRegistration);
}

QTableWidget* RegistrationStepPage::table() const
{
    return m_table;
}

void RegistrationStepPage::reload(const StepContext& context)
{
    m_context = context;
    // The registration checklist is kept beside the scenario (representative, documents checked).
    QMap<QString, tp::store::RegistrationRow> registrations;
    if (context.workspace) {
        const auto rows = tp::store::RowReader::registrations(*context.workspace, context.id);
        if (rows.ok())
            for (const tp::store::RegistrationRow& row : *rows.value)
                registrations.insert(row.bidder, row);
    }
    m_table->fill(
        context.scenario, context.qualification,
        [](const tp::Bidder& b) {
            return b.registeredAt ? b.registeredAt->toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        },
        [&registrations](const tp::Bidder& b) { return registrationChecklist(registrations.value(b.id)); });
    m_entry->setEnabled(!tp::store::Procedure::checkRegistration(context.stage));
    updateCorrectButton();
    m_clock->setDeadline(context.scenario.project.registrationDeadline);
}

QString RegistrationStepPage::registrationChecklist(const tp::store::RegistrationRow& row)
{
    if (row.bidder.isEmpty())
        return QString();
    const auto mark = [](bool checked) { return checked ? QStringLiteral("✓") : QStringLiteral("✗"); };
    QStringList parts;
    if (!row.representative.isEmpty())
        parts.append(tr("Representative: %1").arg(row.representative));
    parts.append(tr("Letter of introduction %1").arg(mark(row.introLetterChecked)));
    parts.append(tr("Copy of ID %1").arg(mark(row.idCopyChecked)));
    return parts.join(QStringLiteral(" · "));
}

void RegistrationStepPage::updateCorrectButton()
{
    const QString bidder = m_table->selectedBidder();
    m_correct->setEnabled(!bidder.isEmpty() && m_context.workspace &&
                          !tp::store::Procedure::checkRegistrationCorrection(m_context.stage));
}

void RegistrationStepPage::enterRegistration()
{
    if (!m_context.workspace)
        return;
    RegisterBidderDialog dialog(QStringLiteral("B%1").arg(m_context.scenario.bidders.size() + 1), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    perform(tr("The bidder is not registered"), [&](tp::store::Workspace& ws) {
        return tp::store::ProcedureService(ws).registerBidder(m_context.id, dialog.registration(), m_context.actor());
    });
}

void RegistrationStepPage::correctEntry()
{
    const QString bidder = m_table->selectedBidder();
    if (!m_context.workspace || bidder.isEmpty())
        return;
    const auto rows = tp::store::RowReader::registrations(*m_context.workspace, m_context.id);
    if (!rows.ok())
        return;
    const auto row = std::find_if(rows.value->cbegin(), rows.value->cend(),
                                  [&bidder](const tp::store::RegistrationRow& r) { return r.bidder == bidder; });
    if (row == rows.value->cend())
        return;
    tp::store::BidderRegistration current;
    current.id = bidder;
    current.name = row->name;
    current.registeredAt = row->registeredAt.value_or(QDateTime());
    current.representative = row->representative;
    current.introLetterChecked = row->introLetterChecked;
    current.idCopyChecked = row->idCopyChecked;
    current.eligible = row->eligible;
    RegisterBidderDialog dialog(bidder, this);
    dialog.beginCorrection(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    perform(tr("The registration is not corrected"), [&](tp::store::Workspace& ws) {
        return tp::store::ProcedureService(ws).correctRegistration(
            m_context.id, bidder,
            dialog.withdraw() ? std::nullopt : std::optional<tp::store::BidderRegistration>(dialog.registration()),
            dialog.reason(), m_context.actor());
    });
}

} // namespace tp::ui
