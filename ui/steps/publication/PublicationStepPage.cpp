#include "PublicationStepPage.h"
#include "PlainText.h"

#include "ArchiveSealer.h"
#include "MessageBox.h"
#include "PublicationForm.h"
#include "dialogs/DocumentPreviewDialog.h"
#include "main/FileDialog.h"
#include "report/DocumentInputLoader.h"
#include "report/DocumentRenderer.h"
#include "report/SealedArchive.h"
#include "report/WorkspaceContextReader.h"
#include "store/ProcedureService.h"
#include "store/RowReader.h"
#include "store/ScoringService.h"

#include <QComboBox>
#include <QDate>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tp::ui {

using tp::store::Procedure;
using tp::store::Stage;

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(QStringLiteral("yyyy-MM-dd"));
}

// A path as it can be pasted into a POSIX shell: single-quoted unless it is plain.
QString shellQuoted(const QString& path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./+-]+$"));
    if (plain.match(path).hasMatch())
        return path;
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

PublicationStepPage::PublicationStepPage(QWidget* parent)
    : StepPage(tp::store::Stage::Publication, parent), m_status(new QLabel(this)), m_period(new QLabel(this)),
      m_formBox(new QGroupBox(tr("Publish the result notice"), this)), m_form(new PublicationForm(m_formBox)),
      m_seal(new QPushButton(tr("Seal the archive…"), this)), m_sealed(new QLabel(this)),
      m_notice(new QPushButton(tr("Preview result notice"), this)),
      m_report(new QPushButton(tr("Preview evaluation report"), this)),
      m_letters(new QPushButton(tr("Preview letters"), this)),
      m_robustness(new QPushButton(tr("Preview robustness analysis"), this)), m_issued(new QLabel(this))
{
    PlainText::label(m_status);
    m_status->setObjectName(QStringLiteral("publicationStatus"));
    m_status->setWordWrap(true);
    m_issued->setObjectName(QStringLiteral("issuedDocuments"));
    m_issued->setWordWrap(true);
    m_issued->setTextFormat(Qt::RichText);
    m_issued->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_period->setObjectName(QStringLiteral("publicationPeriod"));
    m_period->setWordWrap(true);
    m_period->setTextFormat(Qt::RichText);
    m_period->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_seal->setObjectName(QStringLiteral("sealArchive"));
    m_sealed->setObjectName(QStringLiteral("sealedArchive"));
    m_sealed->setWordWrap(true);
    m_sealed->setTextFormat(Qt::RichText);
    m_sealed->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("previewNotice"));
    m_report->setObjectName(QStringLiteral("previewReport"));
    m_letters->setObjectName(QStringLiteral("previewLetters"));
    m_robustness->setObjectName(QStringLiteral("previewRobustness"));
    m_robustness->setToolTip(tr("For the supervisors: how robust the result is. It is not published."));
    m_formBox->setObjectName(QStringLiteral("publicationForm"));
    m_formBox->setMaximumWidth(760);
    auto* formLayout = new QVBoxLayout(m_formBox);
    formLayout->addWidget(m_form);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_notice);
    buttons->addWidget(m_report);
    buttons->addWidget(m_letters);
    buttons->addWidget(m_robustness);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_period);
    layout->addWidget(m_formBox);
    layout->addWidget(m_seal, 0, Qt::AlignLeft);
    layout->addWidget(m_sealed);
    layout->addLayout(buttons);
    layout->addWidget(m_issued);
    layout->addStretch();
    connect(m_notice, &QPushButton::clicked, this, [this] { showPreview(Document::ResultNotice); });
    connect(m_report, &QPushButton::clicked, this, [this] { showPreview(Document::EvaluationReport); });
    connect(m_letters, &QPushButton::clicked, this, [this] { showPreview(Document::Letters); });
    connect(m_robustness, &QPushButton::clicked, this, [this] { showPreview(Document::Robustness); });
    connect(m_form, &PublicationForm::publishRequested, this, &PublicationStepPage::publish);
    connect(m_seal, &QPushButton::clicked, this, &PublicationStepPage::sealArchive);
    m_formBox->hide();
    m_seal->hide();
    m_sealed->hide();
}

QPushButton* PublicationStepPage::previewButton(Document document) const
{
    switch (document) {
    case Document::ResultNotice:
        return m_notice;
    case Document::EvaluationReport:
        return m_report;
    case Document::Letters:
        return m_letters;
    case Document::Robustness:
        return m_robustness;
    }
    return nullptr;
}

void PublicationStepPage::showIssued()
{
    m_issued->clear();
    m_archiveDigest.clear();
    if (!m_context.workspace)
        return;
    const auto rows = tp::store::RowReader::issuedDocuments(*m_context.workspace, m_context.id);
    if (!rows.ok() || rows.value->isEmpty())
        return;
    const QMap<QString, QString> names{{QStringLiteral("result"), tr("Result notice")},
                                       {QStringLiteral("report"), tr("Evaluation report")},
                                       {QStringLiteral("letters"), tr("Letters to the bidders")},
                                       {QStringLiteral("robustness"), tr("Robustness analysis (for the supervisors)")},
                                       {QStringLiteral("archive"), tr("Sealed archive")}};
    // Where each was issued: the notice on the website it is published on, the others as files.
    QString website;
    if (const auto read = tp::report::WorkspaceContextReader::read(*m_context.workspace, m_context.id); read.ok())
        website = read.value->publicationWebsite.value_or(QString());
    const QMap<QString, QString> media{{QStringLiteral("result"), website},
                                       {QStringLiteral("report"), tr("PDF file")},
                                       {QStringLiteral("letters"), tr("PDF file")},
                                       {QStringLiteral("robustness"), tr("PDF file")},
                                       {QStringLiteral("archive"), tr("Sealed archive file")}};
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">").arg(tr("Issued documents"));
    html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                           "<th align=\"left\">%4</th></tr>")
                .arg(tr("Document"), tr("Issued at"), tr("Medium"), tr("SHA-256"));
    for (const tp::store::IssuedDocumentRow& row : *rows.value) {
        if (row.kind == QLatin1String("archive"))
            m_archiveDigest = row.sha256;
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><tt>%4</tt></td></tr>")
                    .arg(names.value(row.kind, row.kind).toHtmlEscaped(),
                         row.issuedAt ? row.issuedAt->toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString(),
                         media.value(row.kind).toHtmlEscaped(), row.sha256.toHtmlEscaped());
    }
    m_issued->setText(html + QStringLiteral("</table>"));
}

QString PublicationStepPage::recordIssued(Document document, const QString& sha256)
{
    if (!m_context.workspace)
        return QString();
    if (m_context.stage == Stage::Archived)
        return tr("Not recorded as issued: the negotiation is archived.");
    // The notice is issued by publishing it (ScoringService::recordDocument refuses it before).
    if (document == Document::ResultNotice && !Procedure::isPublished(m_context.stage))
        return tr("Draft: not recorded as issued. The result notice is issued once it is published; export it "
                  "again after publishing.");
    // Exported again: the same issued document, listed once. The notice is issued once, whatever its
    // digest (each export carries the audit chain head of its time).
    const auto rows = tp::store::RowReader::issuedDocuments(*m_context.workspace, m_context.id);
    if (rows.ok())
        for (const tp::store::IssuedDocumentRow& row : *rows.value)
            if (row.issues(tp::report::DocumentRenderer::kindName(document), sha256))
                return tr("Already recorded as issued (SHA-256 %1).").arg(row.sha256.left(16));
    const auto recorded =
        tp::store::ScoringService(*m_context.workspace)
            .recordDocument(m_context.id, tp::report::DocumentRenderer::kindName(document), sha256, m_context.actor());
    if (!recorded.ok())
        return tr("Not recorded as issued: %1").arg(recorded.problem.why);
    showIssued();
    emit changed();
    return tr("Recorded as issued (SHA-256 %1).").arg(sha256.left(16));
}

QString PublicationStepPage::recordDraft(Document document, const QString& sha256)
{
    if (!m_context.workspace)
        return QString();
    if (m_context.stage == Stage::Archived)
        return tr("Not noted in the record: the negotiation is archived.");
    const auto recorded = tp::store::ScoringService(*m_context.workspace)
                              .recordDraft(m_context.id, tp::report::DocumentRenderer::kindName(document),
                                           QStringLiteral("odt"), sha256, m_context.actor());
    if (!recorded.ok())
        return tr("The export could not be noted in the record: %1").arg(recorded.problem.why);
    emit changed();
    return tr("Noted in the record as a draft (SHA-256 %1), not as issued.").arg(sha256.left(16));
}

void PublicationStepPage::reload(const StepContext& context)
{
    m_context = context;
    if (m_archivePathFor != context.id)
        m_archivePath.clear();
    showIssued();
    showStatus();
}

void PublicationStepPage::showStatus()
{
    const StepContext& context = m_context;
    const Stage stage = context.stage;
    const bool stored = context.workspace != nullptr;
    const bool published = stored && Procedure::isPublished(stage);

    // The details recorded in the workspace: website and contact for challenges.
    tp::DocumentContext recorded;
    if (stored) {
        const auto read = tp::report::WorkspaceContextReader::read(*context.workspace, context.id);
        if (read.ok())
            recorded = *read.value;
    }

    if (!stored)
        m_status->clear();
    else if (!Procedure::resultFixed(stage))
        m_status->setText(tr("The result is not fixed yet: compute it in the results step, then publish the notice "
                             "here."));
    else if (stage == Stage::Result)
        m_status->setText(tr("The result is fixed. Enter when and where the notice is published, then publish it. "
                             "A notice exported before publishing is a draft: it is not recorded as issued."));
    else if (stage == Stage::Publication)
        m_status->setText(tr("The result notice is published. When the period is over and any challenge is settled, "
                             "seal the archive."));
    else
        m_status->setText(tr("The negotiation is archived: it can no longer change."));
    m_status->setVisible(stored);

    // At the result the form takes the defaults once, and shows the period as it is typed.
    const bool toPublish = stored && stage == Stage::Result;
    m_formBox->setVisible(toPublish);
    if (toPublish && (m_formFor != context.id || m_formStage != stage))
        m_form->setDefaults(
            context.scenario.project, QDate::currentDate(), recorded.publicationWebsite.value_or(QString()),
            recorded.challengeContact.value_or(QString()), recorded.challengeAddress.value_or(QString()));
    m_formFor = context.id;
    m_formStage = stage;

    m_seal->setVisible(stored && stage == Stage::Publication);

    // The period as the rules engine computes it from the stored (or, before publishing, planned) rule.
    const std::optional<tp::PublicationOutcome> outcome =
        context.evaluation ? context.evaluation->publication : std::nullopt;
    m_period->setVisible(!toPublish);
    if (!outcome) {
        m_period->setText(tr("The publication period is not set in the project yet."));
    } else {
        QString html = tr("<h3>Result notice</h3><p>Published from %1 for %2 working days: the first counted day is "
                          "%3, the period ends on %4.</p>")
                           .arg(isoDate(outcome->start))
                           .arg(outcome->workingDays)
                           .arg(isoDate(outcome->firstCountedDay), isoDate(outcome->end));
        if (published) {
            html +=
                QStringLiteral("<p>%1</p>")
                    .arg(tr("Published on: %1").arg(recorded.publicationWebsite.value_or(QString()).toHtmlEscaped()));
            if (recorded.challengeContact)
                html += QStringLiteral("<p>%1</p>")
                            .arg(tr("Contact for challenges: %1").arg(recorded.challengeContact->toHtmlEscaped()));
        }
        m_period->setText(html);
    }

    // Once archived: the seal digest and how anyone checks the file.
    const bool archived = stored && stage == Stage::Archived;
    m_sealed->setVisible(archived);
    if (archived) {
        const QString path = m_archivePath.isEmpty()
                                 ? QString(tr("FILE") + QLatin1String(tp::report::SealedArchive::kExtension))
                                 : m_archivePath;
        QString html;
        if (!m_archivePath.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Sealed into %1.").arg(m_archivePath.toHtmlEscaped()));
        html += QStringLiteral("<p>%1 <tt>%2</tt></p>")
                    .arg(tr("Seal digest:"), (m_archiveDigest.isEmpty() ? tr("not recorded") : m_archiveDigest));
        html +=
            QStringLiteral("<p>%1<br><tt>tenderpanel-cli archive verify %2</tt><br>%3<br><tt>tar -xf %2 &amp;&amp; "
                           "sha256sum -c seal.sha256 &amp;&amp; sha256sum -c manifest.sha256</tt></p>")
                .arg(tr("Check the archive with:"), shellQuoted(path).toHtmlEscaped(), tr("or, without TenderPanel:"));
        m_sealed->setText(html);
    }
}

void PublicationStepPage::publish()
{
    if (!m_context.workspace)
        return;
    if (const auto refused = Procedure::checkPublication(m_context.stage)) {
        showRefusal(tr("The notice cannot be published"), refused->why);
        return;
    }
    const tp::PublicationRule rule = m_form->rule();
    const QString website = m_form->website();
    if (MessageBox::question(this, tr("Publish the result notice"),
                             tr("Publish the result notice on %1 for %n working day(s), %2?\n\nThe publication "
                                "details cannot be changed afterwards.",
                                nullptr, rule.workingDays)
                                 .arg(website, m_form->periodText()),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto published =
        tp::store::ProcedureService(*m_context.workspace)
            .publish(m_context.id, rule, website, m_form->contact(), m_context.actor(), m_form->challengeAddress());
    if (!published.ok()) {
        showRefusal(tr("The notice cannot be published"), published.problem.why);
        return;
    }
    emit changed();
}

void PublicationStepPage::sealArchive()
{
    if (!m_context.workspace)
        return;
    if (const auto refused = Procedure::checkArchive(m_context.stage)) {
        showRefusal(tr("The archive cannot be sealed"), refused->why);
        return;
    }
    const QString extension = QLatin1String(tp::report::SealedArchive::kExtension);
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    QString path =
        FileDialog::saveFileName(this, tr("Seal the archive"), code + extension, tr("Sealed archives (*.tparchive)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(extension))
        path += extension;
    if (MessageBox::question(this, tr("Seal the archive"),
                             tr("Seal the negotiation into %1 and archive it?\n\nAfterwards nothing in this "
                                "negotiation can change.")
                                 .arg(path),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const ArchiveSealer::Outcome sealed =
        ArchiveSealer::seal(*m_context.workspace, m_context.id, path, m_context.actor());
    if (sealed.written) {
        m_archivePath = path;
        m_archivePathFor = m_context.id;
    }
    if (!sealed.ok)
        showRefusal(sealed.title, sealed.why);
    if (sealed.written)
        emit changed();
}

void PublicationStepPage::showPreview(Document document)
{
    const std::optional<tp::DocumentInput> input = documentInput();
    if (!input)
        return;
    const QString code = m_context.code.isEmpty() ? tr("negotiation") : m_context.code;
    // The notice and the letters announce the result: they need a final or failed one.
    if (!tp::report::DocumentRenderer::canRender(document, input->evaluation)) {
        showRefusal(document == Document::ResultNotice ? tr("The result notice cannot be made")
                                                       : tr("The document cannot be made"),
                    document == Document::Robustness
                        ? tr("Only a ranked result can be analysed; this one has no ranking.")
                        : tr("Only a final or failed result is published; the result is not fixed yet."));
        return;
    }
    QString fileName;
    switch (document) {
    case Document::ResultNotice:
        fileName = tr("%1-result-notice.pdf").arg(code);
        break;
    case Document::EvaluationReport:
        fileName = tr("%1-evaluation-report.pdf").arg(code);
        break;
    case Document::Letters:
        fileName = tr("%1-letters.pdf").arg(code);
        break;
    case Document::Robustness:
        fileName = tr("%1-robustness-analysis.pdf").arg(code);
        break;
    }
    DocumentPreviewDialog dialog(tp::report::DocumentRenderer::document(document, *input, input->language), fileName,
                                 this);
    // The same document in the language chosen in the preview (Chinese, the official one, first).
    dialog.setLanguageChoice([document, base = *input](tp::DocumentLanguage language) {
        return tp::report::DocumentRenderer::document(document, base, language);
    });
    connect(&dialog, &DocumentPreviewDialog::exported, this,
            [this, &dialog, document](const QString&, const QString& sha256) {
                // Only the Chinese document is the official one that is issued.
                const bool chinese =
                    tp::DocumentLanguage(dialog.languageBox()->currentData().toInt()) == tp::DocumentLanguage::Chinese;
                const QString note = chinese ? recordIssued(document, sha256)
                                     : m_context.workspace
                                         ? tr("Not recorded as issued: only the Chinese document is official.")
                                         : QString();
                if (!note.isEmpty())
                    dialog.setSummaryText(dialog.summaryText() + QLatin1Char(' ') + note);
            });
    dialog.setEditableExport(true);
    connect(&dialog, &DocumentPreviewDialog::draftExported, this,
            [this, &dialog, document](const QString&, const QString& sha256) {
                const QString note = recordDraft(document, sha256);
                if (!note.isEmpty())
                    dialog.setSummaryText(dialog.summaryText() + QLatin1Char(' ') + note);
            });
    m_preview = &dialog;
    emit previewOpened(&dialog);
    dialog.exec();
    m_preview = nullptr;
}

} // namespace tp::ui
