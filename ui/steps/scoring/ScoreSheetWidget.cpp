#include "ScoreSheetWidget.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "ScoreSheetModel.h"
#include "ScoreSheetView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tp::ui {

ScoreSheetWidget::ScoreSheetWidget(QWidget* parent)
    : QWidget(parent), m_model(new ScoreSheetModel(this)), m_view(new ScoreSheetView(this)), m_title(new QLabel(this)),
      m_instructions(new QLabel(this)), m_message(new QLabel(this)), m_progress(new QLabel(this)),
      m_panelProgress(new QLabel(this)), m_submit(new QPushButton(tr("Submit my score sheet…"), this))
{
    PlainText::label(m_title);
    PlainText::label(m_message);
    PlainText::label(m_panelProgress);
    m_title->setObjectName(QStringLiteral("sheetTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_instructions->setWordWrap(true);
    m_instructions->setText(tr("Type each score and press Enter: from 0 to the criterion's maximum, up to 2 "
                               "decimals. Other members' sheets and all totals stay hidden until every sheet "
                               "is in."));
    m_message->setObjectName(QStringLiteral("sheetMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_progress->setObjectName(QStringLiteral("sheetProgress"));
    m_panelProgress->setObjectName(QStringLiteral("panelProgress"));
    m_submit->setObjectName(QStringLiteral("submitSheet"));
    QFont buttonFont = m_submit->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.2);
    m_submit->setFont(buttonFont);

    m_view->setSheetModel(m_model);

    auto* bottom = new QHBoxLayout;
    auto* counts = new QVBoxLayout;
    counts->addWidget(m_progress);
    counts->addWidget(m_panelProgress);
    bottom->addLayout(counts, 1);
    bottom->addWidget(m_submit);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_instructions);
    // A rejected score is explained right above the sheet, while its cell stays in editing.
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_model, &ScoreSheetModel::inputRejected, this, &ScoreSheetWidget::showMessage);
    connect(m_model, &ScoreSheetModel::inputAccepted, this, [this] { m_message->clear(); });
    connect(m_model, &ScoreSheetModel::scoresChanged, this, [this] {
        updateState();
        if (!m_submitted && !m_loading)
            emit draftChanged(m_panelist.id, m_model->entries());
    });
    connect(m_submit, &QPushButton::clicked, this, &ScoreSheetWidget::submit);
    updateState();
}

namespace {

QStringList entryKeys(const QList<tp::ScoreEntry>& entries)
{
    QStringList keys;
    for (const tp::ScoreEntry& e : entries)
        keys.append(e.bidder + QLatin1Char('\x1f') + e.criterion + QLatin1Char('\x1f') + QString::number(e.score));
    keys.sort();
    return keys;
}

} // namespace

bool ScoreSheetWidget::isSameSheet(const tp::Panelist& panelist, const QList<tp::Criterion>& criteria,
                                   const QList<tp::Bidder>& bidders, const QList<tp::ScoreEntry>& entries,
                                   bool submitted, bool figuresHidden) const
{
    if (m_panelist.id != panelist.id || m_panelist.name != panelist.name || m_submitted != submitted ||
        m_hidden != figuresHidden || figuresHidden)
        return false;
    const QList<tp::Criterion>& shown = m_model->sheet().criteria();
    if (shown.size() != criteria.size())
        return false;
    for (int i = 0; i < criteria.size(); ++i)
        if (shown.at(i).id != criteria.at(i).id || shown.at(i).title != criteria.at(i).title ||
            shown.at(i).max != criteria.at(i).max)
            return false;
    QStringList ids;
    for (const tp::Bidder& b : bidders)
        ids.append(b.id);
    if (ids != m_model->sheet().bidders() || m_model->rowCount() == 0)
        return false;
    return entryKeys(entries) == entryKeys(m_model->entries());
}

void ScoreSheetWidget::setSheet(const tp::Panelist& panelist, const QList<tp::Criterion>& criteria,
                                const QList<tp::Bidder>& bidders, const QList<tp::ScoreEntry>& entries, bool submitted,
                                bool figuresHidden)
{
    // The same sheet read again after one of its own cells was stored: keep the view as it is, so
    // the cursor and an editor opened on the next cell stay where the member is typing.
    if (isSameSheet(panelist, criteria, bidders, entries, submitted, figuresHidden))
        return;
    m_panelist = panelist;
    m_submitted = submitted;
    m_hidden = submitted && figuresHidden;
    m_title->setText(tr("Score sheet of %1").arg(panelist.name));
    m_loading = true;
    m_model->setSheet(panelist.id, criteria, m_hidden ? QList<tp::Bidder>() : bidders);
    m_model->setScores(m_hidden ? QList<tp::ScoreEntry>() : entries);
    m_model->setReadOnly(submitted);
    m_view->setVisible(!m_hidden);
    m_loading = false;
    m_message->clear();
    m_view->fitToSheet();
    updateState();
}

void ScoreSheetWidget::setPanelProgress(int submittedSheets, int panelSize)
{
    m_panelProgress->setText(
        tr("%1 of %2 panel members have submitted their sheets.").arg(submittedSheets).arg(panelSize));
}

void ScoreSheetWidget::showMessage(const QString& message)
{
    m_message->setText(message);
}

void ScoreSheetWidget::updateState()
{
    const tp::PanelistSheet& sheet = m_model->sheet();
    if (m_submitted) {
        m_progress->setText(m_hidden ? tr("Submitted. The figures of every sheet stay hidden until all panel "
                                          "members have submitted.")
                                     : tr("Submitted. This sheet can no longer be changed."));
        m_submit->setEnabled(false);
        m_submit->setText(tr("Submitted"));
        return;
    }
    m_progress->setText(tr("%1 of %2 scores entered.").arg(sheet.filledCount()).arg(sheet.cellCount()));
    m_submit->setText(tr("Submit my score sheet…"));
    m_submit->setEnabled(sheet.cellCount() > 0 && sheet.isComplete());
}

void ScoreSheetWidget::submit()
{
    if (m_submitted)
        return;
    if (!m_model->sheet().isComplete()) {
        MessageBox::warning(this, tr("Score sheet incomplete"),
                            tr("Every criterion needs a score for every bidder before the sheet can be submitted."));
        return;
    }
    const MessageBox::Button answer = MessageBox::question(
        this, tr("Submit score sheet"),
        tr("Submit your score sheet now?\n\nScoring is one-time: once submitted, your scores cannot be changed. A "
           "correction is only possible later through a correction recorded by the panel."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_submitted = true;
    m_model->setReadOnly(true);
    m_message->clear();
    updateState();
    emit sheetSubmitted(m_panelist.id, m_model->entries());
}

} // namespace tp::ui
