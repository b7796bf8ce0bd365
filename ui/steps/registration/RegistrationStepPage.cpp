#include "RegistrationStepPage.h"
#include "PlainText.h"

#include "store/RecordReader.h"

#include "MessageBox.h"
#include "RegisterBidderDialog.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "main/FileDialog.h"
#include "model/Terms.h"
#include "report/PdfRenderer.h"
#include "report/ProposalReceipt.h"
#include "report/WorkspaceContextReader.h"
#include "rules/Qualification.h"
#include "steps/proposals/ReceiveProposalDialog.h"
#include "store/ProcedureService.h"
#include "store/StoreTime.h"
#include "widgets/TimeField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace tp::ui {

RegistrationStepPage::RegistrationStepPage(bool proposals, QWidget* parent)
    : StepPage(proposals ? tp::store::Stage::Proposals : tp::store::Stage::Registration, parent),
      m_proposals(proposals), m_clock(new QLabel(this)), m_table(new QTableWidget(0, 5, this)),
      m_entry(new QPushButton(proposals ? tr("Receive proposal…") : tr("Register bidder…"), this)),
      m_correct(new QPushButton(tr("Correct…"), this)), m_ticker(new QTimer(this))
{
    PlainText::label(m_clock);
    m_clock->setObjectName(QStringLiteral("deadlineClock"));
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_clock->setFont(big);
    m_table->setObjectName(QStringLiteral("bidders"));
    m_table->setHorizontalHeaderLabels({tr("Bidder"), tr("Company"),
                                        proposals ? tr("Proposal received") : tr("Registered at"), tr("State"),
                                        proposals ? tr("Copies and seal") : tr("Documents checked")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* top = new QHBoxLayout;
    top->addWidget(m_clock, 1);
    top->addWidget(m_entry);
    m_correct->setObjectName(QStringLiteral("correctEntry"));
    m_correct->setToolTip(proposals ? tr("Correct or withdraw the selected proposal receipt, with the reason")
                                    : tr("Correct or withdraw the selected registration, with the reason"));
    top->addWidget(m_correct);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RegistrationStepPage::updateCorrectButton);
    connect(m_correct, &QPushButton::clicked, this, &RegistrationStepPage::correctEntry);
    if (m_proposals) {
        m_printReceipt = new QPushButton(tr("Print receipt…"), this);
        m_printReceipt->setObjectName(QStringLiteral("printReceipt"));
        m_printReceipt->setToolTip(tr("The receipt for the representative of the selected bidder: time received, "
                                      "copies, seal, lateness, with lines for both signatures"));
        m_saveReceipt = new QPushButton(tr("Save receipt as PDF…"), this);
        m_saveReceipt->setObjectName(QStringLiteral("saveReceipt"));
        top->addWidget(m_printReceipt);
        top->addWidget(m_saveReceipt);
        connect(m_printReceipt, &QPushButton::clicked, this, &RegistrationStepPage::printReceipt);
        connect(m_saveReceipt, &QPushButton::clicked, this, &RegistrationStepPage::saveReceipt);
        connect(m_table, &QTableWidget::itemSelectionChanged, this, &RegistrationStepPage::updateReceiptButtons);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    if (m_proposals) {
        m_openingBox = new QGroupBox(tr("Opening of the proposals"), this);
        m_openingBox->setObjectName(QStringLiteral("openingBox"));
        m_openedAt = new TimeField(QDateTime::currentDateTime(), m_openingBox);
        m_openedAt->setObjectName(QStringLiteral("openedAt"));
        m_openingWitnesses = new QLineEdit(m_openingBox);
        m_openingWitnesses->setObjectName(QStringLiteral("openingWitnesses"));
        m_openingWitnesses->setPlaceholderText(tr("names, separated by 、 or commas"));
        m_openingWitnesses->setMaxLength(500);
        m_recordOpening = new QPushButton(tr("Record the opening"), m_openingBox);
        m_recordOpening->setObjectName(QStringLiteral("recordOpening"));
        m_recordOpening->setToolTip(tr("Recorded for every proposal received and not rejected; printed in the "
                                       "evaluation report. It can be corrected until the draw."));
        auto* openingForm = new QFormLayout;
        openingForm->addRow(tr("Opened at"), m_openedAt);
        openingForm->addRow(tr("Witnesses"), m_openingWitnesses);
        auto* openingLayout = new QHBoxLayout(m_openingBox);
        openingLayout->addLayout(openingForm, 1);
        openingLayout->addWidget(m_recordOpening, 0, Qt::AlignBottom);
        layout->addWidget(m_openingBox);
        connect(m_recordOpening, &QPushButton::clicked, this, &RegistrationStepPage::recordOpening);
    }
    connect(m_entry, &QPushButton::clicked, this,
            m_proposals ? &RegistrationStepPage::enterProposal : &RegistrationStepPage::enterRegistration);
    connect(m_ticker, &QTimer::timeout, this, &RegistrationStepPage::updateClock);
    m_ticker->start(1000);
}

void RegistrationStepPage::reload(const StepContext& context)
{
    m_context = context;
    const tp::Scenario& s = context.scenario;
    const std::optional<tp::Evaluation>& q = context.qualification;
    m_table->setRowCount(int(s.bidders.size()));
    // The registration checklist is kept beside the scenario (representative, documents checked).
    QMap<QString, QVariantMap> registrations;
    if (!m_proposals && context.workspace) {
        const auto rows = tp::store::RecordReader::rows(*context.workspace, QStringLiteral("bidders"),
                                                        {{QStringLiteral("negotiation_id"), context.id}});
        if (rows.ok())
            for (const QVariantMap& row : *rows.value)
                registrations.insert(row.value(QStringLiteral("code")).toString(), row);
    }
    for (int i = 0; i < s.bidders.size(); ++i) {
        const tp::Bidder& b = s.bidders.at(i);
        QString when;
        if (m_proposals) {
            if (s.proposals)
                for (const tp::Proposal& p : *s.proposals)
                    if (p.bidder == b.id)
                        when = p.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        } else if (b.registeredAt) {
            when = b.registeredAt->toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        QString state = tr("Qualified");
        if (q) {
            for (const tp::Exclusion& e : q->excluded)
                if (e.bidder == b.id)
                    state = tp::Terms::exclusionReason(e.reason);
        } else {
            state = QString();
        }
        m_table->setItem(i, 0, new QTableWidgetItem(b.id));
        m_table->setItem(i, 1, new QTableWidgetItem(b.name));
        m_table->setItem(i, 2, new QTableWidgetItem(when.isEmpty() ? tr("—") : when));
        m_table->setItem(i, 3, new QTableWidgetItem(state));
        m_table->setItem(i, 4,
                         new QTableWidgetItem(m_proposals ? proposalChecklist(b.id)
                                                          : registrationChecklist(registrations.value(b.id))));
    }
    const bool open = m_proposals ? !tp::store::Procedure::checkProposal(context.stage)
                                  : !tp::store::Procedure::checkRegistration(context.stage);
    m_entry->setEnabled(open);
    if (m_proposals && !m_lastReceived.isEmpty()) {
        for (int i = 0; i < m_table->rowCount(); ++i)
            if (m_table->item(i, 0)->text() == m_lastReceived)
                m_table->selectRow(i);
    }
    updateReceiptButtons();
    updateCorrectButton();
    updateClock();
    showOpening();
}

void RegistrationStepPage::showOpening()
{
    if (!m_openingBox)
        return;
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

void RegistrationStepPage::recordOpening()
{
    if (!m_context.workspace)
        return;
    static const QRegularExpression separators(QStringLiteral(u"[、,，;；]"));
    QStringList witnesses;
    for (const QString& name : m_openingWitnesses->text().split(separators))
        if (!name.trimmed().isEmpty())
            witnesses.append(name.trimmed());
    const auto recorded = tp::store::ProcedureService(*m_context.workspace)
                              .recordOpening(m_context.id, m_openedAt->enteredTime(), witnesses, m_context.actor());
    if (!recorded.ok()) {
        showRefusal(tr("The opening is not recorded"), recorded.problem.why);
        return;
    }
    emit changed();
}

QString RegistrationStepPage::registrationChecklist(const QVariantMap& row)
{
    if (row.isEmpty())
        return QString();
    const auto mark = [](const QVariant& checked) {
        return checked.toLongLong() != 0 ? QStringLiteral("✓") : QStringLiteral("✗");
    };
    QStringList parts;
    const QString representative = row.value(QStringLiteral("representative")).toString();
    if (!representative.isEmpty())
        parts.append(tr("Representative: %1").arg(representative));
    parts.append(tr("Letter of introduction %1").arg(mark(row.value(QStringLiteral("intro_letter_checked")))));
    parts.append(tr("Copy of ID %1").arg(mark(row.value(QStringLiteral("id_copy_checked")))));
    return parts.join(QStringLiteral(" · "));
}

QString RegistrationStepPage::proposalChecklist(const QString& bidder) const
{
    if (!m_context.scenario.proposals)
        return QString();
    for (const tp::Proposal& p : *m_context.scenario.proposals) {
        if (p.bidder != bidder)
            continue;
        QStringList parts;
        const std::optional<int> required = m_context.scenario.project.requiredCopies;
        if (p.copies)
            parts.append(required ? tr("%1 of %2 copies").arg(*p.copies).arg(*required)
                                  : tr("%1 copies").arg(*p.copies));
        if (p.sealed)
            parts.append(*p.sealed ? tr("seal intact") : tr("seal broken"));
        if (p.rejected)
            parts.append(tr("rejected: %1").arg(*p.rejected));
        return parts.join(QStringLiteral(" · "));
    }
    return QString();
}

QString RegistrationStepPage::selectedBidder() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return QString();
    const QTableWidgetItem* id = m_table->item(selected.first()->row(), 0);
    return id ? id->text() : QString();
}

void RegistrationStepPage::updateReceiptButtons()
{
    if (!m_proposals)
        return;
    bool received = false;
    const QString bidder = selectedBidder();
    if (!bidder.isEmpty() && m_context.scenario.proposals)
        for (const tp::Proposal& p : *m_context.scenario.proposals)
            received = received || p.bidder == bidder;
    m_printReceipt->setEnabled(received);
    m_saveReceipt->setEnabled(received);
}

void RegistrationStepPage::updateCorrectButton()
{
    const QString bidder = selectedBidder();
    bool allowed = !bidder.isEmpty() && m_context.workspace;
    if (m_proposals) {
        bool received = false;
        if (m_context.scenario.proposals)
            for (const tp::Proposal& p : *m_context.scenario.proposals)
                received = received || p.bidder == bidder;
        allowed = allowed && received &&
                  !tp::store::Procedure::checkReceiptCorrection(m_context.stage, m_context.drawRecorded());
    } else {
        allowed = allowed && !tp::store::Procedure::checkRegistrationCorrection(m_context.stage);
    }
    m_correct->setEnabled(allowed);
}

std::optional<tp::report::PagedDocument> RegistrationStepPage::receiptDocument() const
{
    const QString bidder = selectedBidder();
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

void RegistrationStepPage::printReceipt()
{
    const std::optional<tp::report::PagedDocument> receipt = receiptDocument();
    if (!receipt)
        return;
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    DocumentPreviewDialog dialog(*receipt, tr("%1-receipt-%2.pdf").arg(code, selectedBidder()), this);
    emit previewOpened(&dialog);
    dialog.exec();
}

bool RegistrationStepPage::saveReceipt()
{
    const std::optional<tp::report::PagedDocument> receipt = receiptDocument();
    if (!receipt)
        return false;
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    const QString path = FileDialog::saveFileName(
        this, tr("Save receipt as PDF"), tr("%1-receipt-%2.pdf").arg(code, selectedBidder()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!tp::report::PdfRenderer::render(*receipt, path, &error)) {
        MessageBox::warning(this, tr("Save receipt as PDF"), tr("%1 cannot be written: %2").arg(path, error));
        return false;
    }
    return true;
}

void RegistrationStepPage::updateClock()
{
    const tp::Project& p = m_context.scenario.project;
    const std::optional<QDateTime>& deadline = m_proposals ? p.proposalDeadline : p.registrationDeadline;
    if (!deadline) {
        m_clock->setText(tr("No deadline is set."));
        return;
    }
    const qint64 left = QDateTime::currentDateTime().secsTo(*deadline);
    const QString at = deadline->toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (left <= 0) {
        m_clock->setText(tr("Deadline %1 has passed: later entries are recorded as late.").arg(at));
        return;
    }
    const qint64 days = left / 86400;
    const QTime rest = QTime(0, 0).addSecs(int(left % 86400));
    m_clock->setText(
        tr("Deadline %1 — %n day(s) %2 left", nullptr, int(days)).arg(at, rest.toString(QStringLiteral("HH:mm:ss"))));
}

void RegistrationStepPage::enterRegistration()
{
    if (!m_context.workspace)
        return;
    RegisterBidderDialog dialog(QStringLiteral("B%1").arg(m_context.scenario.bidders.size() + 1), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto result = tp::store::ProcedureService(*m_context.workspace)
                            .registerBidder(m_context.id, dialog.registration(), m_context.actor());
    if (!result.ok())
        showRefusal(tr("The bidder is not registered"), result.problem.why);
    emit changed();
}

void RegistrationStepPage::enterProposal()
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
    ReceiveProposalDialog dialog(awaited, selectedBidder(), m_context.scenario.project.requiredCopies, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const tp::Proposal proposal = dialog.proposal();
    const auto result =
        tp::store::ProcedureService(*m_context.workspace).recordProposal(m_context.id, proposal, m_context.actor());
    if (!result.ok())
        showRefusal(tr("The proposal is not recorded"), result.problem.why);
    else
        m_lastReceived = proposal.bidder; // selected after the reload, ready for its receipt
    emit changed();
}

void RegistrationStepPage::correctEntry()
{
    const QString bidder = selectedBidder();
    if (!m_context.workspace || bidder.isEmpty())
        return;
    tp::store::ProcedureService service(*m_context.workspace);
    if (m_proposals) {
        const tp::Proposal* current = nullptr;
        if (m_context.scenario.proposals)
            for (const tp::Proposal& p : *m_context.scenario.proposals)
                if (p.bidder == bidder)
                    current = &p;
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
        const auto result = service.correctProposal(
            m_context.id, bidder, dialog.withdraw() ? std::nullopt : std::optional<tp::Proposal>(dialog.proposal()),
            dialog.reason(), m_context.actor());
        if (!result.ok())
            showRefusal(tr("The receipt is not corrected"), result.problem.why);
        emit changed();
        return;
    }
    const auto rows = tp::store::RecordReader::rows(
        *m_context.workspace, QStringLiteral("bidders"),
        {{QStringLiteral("negotiation_id"), m_context.id}, {QStringLiteral("code"), bidder}});
    if (!rows.ok() || rows.value->isEmpty())
        return;
    const QVariantMap& row = rows.value->first();
    tp::store::BidderRegistration current;
    current.id = bidder;
    current.name = row.value(QStringLiteral("name")).toString();
    current.registeredAt =
        tp::store::StoreTime::fromText(row.value(QStringLiteral("registered_at")).toString()).value_or(QDateTime());
    current.representative = row.value(QStringLiteral("representative")).toString();
    current.introLetterChecked = row.value(QStringLiteral("intro_letter_checked")).toLongLong() != 0;
    current.idCopyChecked = row.value(QStringLiteral("id_copy_checked")).toLongLong() != 0;
    current.eligible = row.value(QStringLiteral("eligible")).toLongLong() != 0;
    RegisterBidderDialog dialog(bidder, this);
    dialog.beginCorrection(current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto result = service.correctRegistration(
        m_context.id, bidder,
        dialog.withdraw() ? std::nullopt : std::optional<tp::store::BidderRegistration>(dialog.registration()),
        dialog.reason(), m_context.actor());
    if (!result.ok())
        showRefusal(tr("The registration is not corrected"), result.problem.why);
    emit changed();
}

} // namespace tp::ui
