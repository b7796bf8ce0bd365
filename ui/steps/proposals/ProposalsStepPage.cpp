#include "ProposalsStepPage.h"

#include "MessageBox.h"
#include "ReceiveProposalDialog.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "main/FileDialog.h"
#include "report/PdfRenderer.h"
#include "report/ProposalReceipt.h"
#include "report/WorkspaceContextReader.h"
#include "rules/Qualification.h"
#include "store/ProcedureService.h"
#include "widgets/BidderTable.h"
#include "widgets/DeadlineClock.h"
#include "widgets/TimeField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tp::ui {

ProposalsStepPage::ProposalsStepPage(QWidget* parent)
    : StepPage(tp::store::Stage::Proposals, parent), m_clock(new DeadlineClock(this)),
      m_table(new BidderTable(tr("Proposal received"), tr("Copies and seal"), this)),
      m_entry(new QPushButton(tr("Receive proposal…"), this)), m_correct(new QPushButton(tr("Correct…"), this)),
      m_printReceipt(new QPushButton(tr("Print receipt…"), this)),
      m_saveReceipt(new QPushButton(tr("Save receipt as PDF…"), this)),
      m_openingBox(new QGroupBox(tr("Opening of the proposals"), this)),
      m_openedAt(new TimeField(QDateTime::currentDateTime(), m_openingBox)),
      m_openingWitnesses(new QLineEdit(m_openingBox)),
      m_recordOpening(new QPushButton(tr("Record the opening"), m_openingBox))
{
    auto* top = new QHBoxLayout;
    top->addWidget(m_clock, 1);
    top->addWidget(m_entry);
    m_correct->setObjectName(QStringLiteral("correctEntry"));
    m_correct->setToolTip(tr("Correct or withdraw the selected proposal receipt, with the reason"));
    top->addWidget(m_correct);
    m_printReceipt->setObjectName(QStringLiteral("printReceipt"));
    m_printReceipt->setToolTip(tr("The receipt for the representative of the selected bidder: time received, "
                                  "copies, seal, lateness, with lines for both signatures"));
    m_saveReceipt->setObjectName(QStringLiteral("saveReceipt"));
    top->addWidget(m_printReceipt);
    top->addWidget(m_saveReceipt);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProposalsStepPage::updateButtons);
    connect(m_correct, &QPushButton::clicked, this, &ProposalsStepPage::correctEntry);
    connect(m_printReceipt, &QPushButton::clicked, this, &ProposalsStepPage::printReceipt);
    connect(m_saveReceipt, &QPushButton::clicked, this, &ProposalsStepPage::saveReceipt);

    m_openingBox->setObjectName(QStringLiteral("openingBox"));
    m_openedAt->setObjectName(QStringLiteral("openedAt"));
    m_openingWitnesses->setObjectName(QStringLiteral("openingWitnesses"));
    m_openingWitnesses->setPlaceholderText(tr("names, separated by 、 or commas"));
    m_openingWitnesses->setMaxLength(500);
    m_recordOpening->setObjectName(QStringLiteral("recordOpening"));
    m_recordOpening->setToolTip(tr("Recorded for every proposal received and not rejected; printed in the "
                                   "evaluation report. It can be corrected until the draw."));
    auto* openingForm = new QFormLayout;
    openingForm->addRow(tr("Opened at"), m_openedAt);
    openingForm->addRow(tr("Witnesses"), m_openingWitnesses);
    auto* openingLayout = new QHBoxLayout(m_openingBox);
    openingLayout->addLayout(openingForm, 1);
    openingLayout->addWidget(m_recordOpening, 0, Qt::AlignBottom);
    connect(m_recordOpening, &QPushButton::clicked, this, &ProposalsStepPage::recordOpening);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_openingBox);
    connect(m_entry, &QPushButton::clicked, this, &ProposalsStepPage::enterProposal);
}

QTableWidget* ProposalsStepPage::table() const
{
    return m_table;
}

void ProposalsStepPage::reload(const StepContext& context)
{
    m_context = context;
    m_table->fill(
        context.scenario, context.qualification,
        [this](const tp::Bidder& b) {
            const tp::Proposal* p = proposalOf(b.id);
            return p ? p->receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        },
        [this](const tp::Bidder& b) { return proposalChecklist(b.id); });
    m_entry->setEnabled(!tp::store::Procedure::checkProposal(context.stage));
    if (!m_lastReceived.isEmpty())
        m_table->selectBidder(m_lastReceived);
    updateButtons();
    m_clock->setDeadline(context.scenario.project.proposalDeadline);
    showOpening();
}

const tp::Proposal* ProposalsStepPage::proposalOf(const QString& bidder) const
{
    if (m_context.scenario.proposals)
        for (const tp::Proposal& p : *m_context.scenario.proposals)
            if (p.bidder == bidder)
                return &p;
    return nullptr;
}

void ProposalsStepPage::showOpening()
{
    const tp::Scenario& s = m_context.scenario;
    const bool allowed =
        m_context.workspace && !tp::store::Procedure::checkOpening(m_context.stage, m_context.drawRecorded());
    // Shown where it can be recorded, and wherever one was.
    m_openingBox->setVisible(m_context.workspace && s.proposals && !s.proposals->isEmpty() &&
                             (allowed || s.opening.has_value()));
    m_openedAt->setEnabled(allowed);
    m_openingWitnesses->setReadOnly(!allowed);
    m_recordOpening->setVisible(allowed);
    if (s.opening) {
        m_openedAt->setDateTime(s.opening->openedAt);
        m_openingWitnesses->setText(s.opening->witnesses.join(QChar(0x3001)));
    } else if (m_openingFor != m_context.id) {
        m_openedAt->setDateTime(s.project.proposalDeadline.value_or(QDateTime::currentDateTime()));
        m_openingWitnesses->clear();
    }
    m_openingFor = m_context.id;
}

void ProposalsStepPage::recordOpening()
{
    if (!m_context.workspace)
        return;
    static const QRegularExpression separators(QStringLiteral(u"[、,，;；]"));
    QStringList witnesses;
    for (const QString& name : m_openingWitnesses->text().split(separators))
        if (!name.trimmed().isEmpty())
            witnesses.append(name.trimmed());
    perform(
        tr("The opening is not recorded"),
        [&](tp::store::Workspace& ws) {
            return tp::store::ProcedureService(ws).recordOpening(m_context.id, m_openedAt->enteredTime(), witnesses,
                                                                 m_context.actor());
        },
        Refresh::OnlyWhenCommitted);
}

QString ProposalsStepPage::proposalChecklist(const QString& bidder) const
{
    const tp::Proposal* p = proposalOf(bidder);
    if (!p)
        return QString();
    QStringList parts;
    const std::optional<int> required = m_context.scenario.project.requiredCopies;
    if (p->copies)
        parts.append(required ? tr("%1 of %2 copies").arg(*p->copies).arg(*required) : tr("%1 copies").arg(*p->copies));
    if (p->sealed)
        parts.append(*p->sealed ? tr("seal intact") : tr("seal broken"));
    if (p->rejected)
        parts.append(tr("rejected: %1").arg(*p->rejected));
    return parts.join(QStringLiteral(" · "));
}

std::optional<tp::report::PagedDocument> ProposalsStepPage::receiptDocument() const
{
    const QString bidder = m_table->selectedBidder();
    if (bidder.isEmpty())
        return std::nullopt;
    // Who registered for the bidder and who received the proposal, as the record keeps them.
    tp::DocumentContext record;
    if (m_context.workspace) {
        const auto read = tp::report::WorkspaceContextReader::read(*m_context.workspace, m_context.id);
        if (read.ok())
            record = *read.value;
    }
    if (!record.negotiationId && !m_context.code.isEmpty())
        record.negotiationId = m_context.code;
    const auto details = tp::report::ProposalReceipt::details(m_context.scenario, record, bidder,
                                                              m_context.workspace ? m_context.actor() : QString());
    if (!details)
        return std::nullopt;
    return tp::report::ProposalReceipt::document(*details);
}

void ProposalsStepPage::printReceipt()
{
    const std::optional<tp::report::PagedDocument> receipt = receiptDocument();
    if (!receipt)
        return;
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    DocumentPreviewDialog dialog(*receipt, tr("%1-receipt-%2.pdf").arg(code, m_table->selectedBidder()), this);
    emit previewOpened(&dialog);
    dialog.exec();
}

bool ProposalsStepPage::saveReceipt()
{
    const std::optional<tp::report::PagedDocument> receipt = receiptDocument();
    if (!receipt)
        return false;
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    const QString path =
        FileDialog::saveFileName(this, tr("Save receipt as PDF"),
                                 tr("%1-receipt-%2.pdf").arg(code, m_table->selectedBidder()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!tp::report::PdfRenderer::render(*receipt, path, &error)) {
        MessageBox::warning(this, tr("Save receipt as PDF"), tr("%1 cannot be written: %2").arg(path, error));
        return false;
    }
    return true;
}

void ProposalsStepPage::enterProposal()
{
    if (!m_context.workspace)
        return;
    const QList<tp::Bidder> awaited = tp::Qualification::awaitingProposal(m_context.scenario);
    if (awaited.isEmpty()) {
        showRefusal(tr("No proposal is awaited"),
                    tr("Every bidder registered in time and eligible has a recorded receipt. A receipt recorded in "
                       "error is changed with \"Correct…\"."));
        return;
    }
    ReceiveProposalDialog dialog(awaited, m_table->selectedBidder(), m_context.scenario.project.requiredCopies, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const tp::Proposal proposal = dialog.proposal();
    perform(tr("The proposal is not recorded"), [&](tp::store::Workspace& ws) {
        const auto result = tp::store::ProcedureService(ws).recordProposal(m_context.id, proposal, m_context.actor());
        if (result.ok())
            m_lastReceived = proposal.bidder; // selected after the reload, ready for its receipt
        return result;
    });
}

void ProposalsStepPage::updateButtons()
{
    const QString bidder = m_table->selectedBidder();
    const bool received = !bidder.isEmpty() && proposalOf(bidder);
    m_printReceipt->setEnabled(received);
    m_saveReceipt->setEnabled(received);
    m_correct->setEnabled(received && m_context.workspace &&
                          !tp::store::Procedure::checkReceiptCorrection(m_context.stage, m_context.drawRecorded()));
}

void ProposalsStepPage::correctEntry()
{
    const QString bidder = m_table->selectedBidder();
    if (!m_context.workspace || bidder.isEmpty())
        return;
    const tp::Proposal* current = proposalOf(bidder);
    if (!current)
        return;
    QList<tp::Bidder> bidders;
    for (const tp::Bidder& b : m_context.scenario.bidders)
        if (b.id == bidder)
            bidders.append(b);
    ReceiveProposalDialog dialog(bidders, bidder, m_context.scenario.project.requiredCopies, this);
    dialog.beginCorrection(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    perform(tr("The receipt is not corrected"), [&](tp::store::Workspace& ws) {
        return tp::store::ProcedureService(ws).correctProposal(
            m_context.id, bidder, dialog.withdraw() ? std::nullopt : std::optional<tp::Proposal>(dialog.proposal()),
            dialog.reason(), m_context.actor());
    });
}

} // namespace tp::ui
