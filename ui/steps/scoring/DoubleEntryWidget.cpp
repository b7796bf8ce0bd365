#include "DoubleEntryWidget.h"
#include "PlainText.h"

#include "MessageBox.h"
#include "ScoreSheetModel.h"
#include "ScoreSheetView.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tp::ui {

namespace {

QLabel* hiddenNotice(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #555; background: #f2f2f2; border: 1px dashed #aaa; padding: 12px;"));
    return label;
}

QString cellText(const std::optional<tp::Hundredths>& value)
{
    return value ? tp::Decimal::format(*value) : QStringLiteral("—");
}

} // namespace

DoubleEntryWidget::DoubleEntryWidget(QWidget* parent)
    : QWidget(parent), m_firstModel(new ScoreSheetModel(this)), m_secondModel(new ScoreSheetModel(this)),
      m_firstView(new ScoreSheetView(this)), m_secondView(new ScoreSheetView(this)),
      m_firstStack(new QStackedWidget(this)), m_secondStack(new QStackedWidget(this)), m_title(new QLabel(this)),
      m_instructions(new QLabel(this)), m_message(new QLabel(this)), m_mismatchSummary(new QLabel(this)),
      m_mismatchTable(new QTableWidget(this)), m_finishFirst(new QPushButton(tr("First keying complete"), this)),
      m_finishSecond(new QPushButton(tr("Second keying complete: compare"), this)),
      m_accept(new QPushButton(tr("Accept sheet"), this))
{
    PlainText::label(m_title);
    m_title->setWordWrap(true);
    PlainText::label(m_message);
    PlainText::label(m_mismatchSummary);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_instructions->setWordWrap(true);
    m_instructions->setObjectName(QStringLiteral("doubleEntryInstructions"));
    m_message->setObjectName(QStringLiteral("doubleEntryMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_mismatchSummary->setObjectName(QStringLiteral("mismatchSummary"));
    m_mismatchSummary->setWordWrap(true);
    m_finishFirst->setObjectName(QStringLiteral("finishFirstKeying"));
    m_finishSecond->setObjectName(QStringLiteral("finishSecondKeying"));
    m_accept->setObjectName(QStringLiteral("acceptSheet"));

    m_firstModel->setCompactCriteria(true);
    m_secondModel->setCompactCriteria(true);
    m_firstView->setSheetModel(m_firstModel);
    m_secondView->setSheetModel(m_secondModel);
    m_firstView->setObjectName(QStringLiteral("firstKeying"));
    m_secondView->setObjectName(QStringLiteral("secondKeying"));

    m_firstStack->addWidget(m_firstView);
    m_firstStack->addWidget(hiddenNotice(tr("The first keying is hidden while the sheet is keyed again."), this));
    m_secondStack->addWidget(m_secondView);
    m_secondStack->addWidget(hiddenNotice(tr("The second keying starts when the first one is complete."), this));

    auto* firstBox = new QGroupBox(tr("First keying"), this);
    auto* firstLayout = new QVBoxLayout(firstBox);
    firstLayout->addWidget(m_firstStack);
    firstLayout->addWidget(m_finishFirst);
    auto* secondBox = new QGroupBox(tr("Second keying"), this);
    auto* secondLayout = new QVBoxLayout(secondBox);
    secondLayout->addWidget(m_secondStack);
    secondLayout->addWidget(m_finishSecond);
    auto* sideBySide = new QHBoxLayout;
    sideBySide->addWidget(firstBox);
    sideBySide->addWidget(secondBox);

    m_mismatchTable->setObjectName(QStringLiteral("mismatchTable"));
    m_mismatchTable->setColumnCount(4);
    m_mismatchTable->setHorizontalHeaderLabels(
        {tr("Criterion"), tr("Bidder"), tr("First keying"), tr("Second keying")});
    m_mismatchTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mismatchTable->verticalHeader()->setVisible(false);
    m_mismatchTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mismatchTable->setMaximumHeight(160);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_mismatchSummary, 1);
    bottom->addWidget(m_accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_instructions);
    layout->addLayout(sideBySide, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_mismatchTable);
    layout->addLayout(bottom);

    for (ScoreSheetModel* model : {m_firstModel, m_secondModel}) {
        connect(model, &ScoreSheetModel::inputRejected, m_message, &QLabel::setText);
        connect(model, &ScoreSheetModel::inputAccepted, m_message, &QLabel::clear);
    }
    connect(m_firstModel, &ScoreSheetModel::scoresChanged, this, [this] {
        if (m_loading)
            return;
        emit keyingChanged(m_panelist.id, 1, m_firstModel->entries());
        updateState();
    });
    connect(m_secondModel, &ScoreSheetModel::scoresChanged, this, [this] {
        if (m_loading)
            return;
        emit keyingChanged(m_panelist.id, 2, m_secondModel->entries());
        updateState();
    });
    connect(m_finishFirst, &QPushButton::clicked, this, &DoubleEntryWidget::finishFirstKeying);
    connect(m_finishSecond, &QPushButton::clicked, this, &DoubleEntryWidget::finishSecondKeying);
    connect(m_accept, &QPushButton::clicked, this, &DoubleEntryWidget::accept);
    setStage(Stage::FirstKeying);
}

void DoubleEntryWidget::setSheet(const tp::Panelist& panelist, const QList<tp::Criterion>& criteria,
                                 const QList<tp::Bidder>& bidders)
{
    m_panelist = panelist;
    m_title->setText(tr("Paper sheet of %1: keyed twice").arg(panelist.name));
    m_loading = true;
    m_firstModel->setSheet(panelist.id, criteria, bidders);
    m_secondModel->setSheet(panelist.id, criteria, bidders);
    m_loading = false;
    m_firstView->fitToSheet();
    m_secondView->fitToSheet();
    m_message->clear();
    setStage(Stage::FirstKeying);
}

void DoubleEntryWidget::setKeyings(const QList<tp::ScoreEntry>& first, const QList<tp::ScoreEntry>& second)
{
    m_loading = true;
    m_firstModel->setScores(first);
    m_secondModel->setScores(second);
    m_loading = false;
    if (m_secondModel->sheet().isComplete() && m_firstModel->sheet().isComplete())
        setStage(Stage::Comparing);
    else if (m_firstModel->sheet().isComplete() && !second.isEmpty())
        setStage(Stage::SecondKeying);
    else
        setStage(Stage::FirstKeying);
}

bool DoubleEntryWidget::agrees() const
{
    return m_stage == Stage::Comparing && m_mismatches == 0 && m_firstModel->sheet().isComplete();
}

void DoubleEntryWidget::finishFirstKeying()
{
    if (m_stage != Stage::FirstKeying || !m_firstModel->sheet().isComplete())
        return;
    setStage(Stage::SecondKeying);
    m_secondView->setFocus();
    m_secondView->setCurrentIndex(m_secondModel->cellIndex(0, 0));
}

void DoubleEntryWidget::finishSecondKeying()
{
    if (m_stage != Stage::SecondKeying || !m_secondModel->sheet().isComplete())
        return;
    setStage(Stage::Comparing);
}

void DoubleEntryWidget::accept()
{
    if (!agrees())
        return;
    const MessageBox::Button answer =
        MessageBox::question(this, tr("Accept paper sheet"),
                             tr("Both keyings of %1's sheet agree. Accept the sheet as keyed? It is then "
                                "submitted and cannot be changed.")
                                 .arg(m_panelist.name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_firstModel->setReadOnly(true);
    m_secondModel->setReadOnly(true);
    m_accept->setEnabled(false);
    m_mismatchSummary->setText(tr("Sheet accepted."));
    emit sheetAccepted(m_panelist.id, m_firstModel->entries());
}

void DoubleEntryWidget::setStage(Stage stage)
{
    m_stage = stage;
    m_firstModel->setReadOnly(false);
    m_secondModel->setReadOnly(stage == Stage::FirstKeying);
    m_firstStack->setCurrentIndex(stage == Stage::SecondKeying ? 1 : 0);
    m_secondStack->setCurrentIndex(stage == Stage::FirstKeying ? 1 : 0);
    m_finishFirst->setVisible(stage == Stage::FirstKeying);
    m_finishSecond->setVisible(stage == Stage::SecondKeying);
    switch (stage) {
    case Stage::FirstKeying:
        m_instructions->setText(tr("Key the signed paper sheet exactly as written, then press \"First keying "
                                   "complete\"."));
        break;
    case Stage::SecondKeying:
        m_instructions->setText(tr("A second person now keys the same paper sheet again, without looking at the "
                                   "first keying."));
        break;
    case Stage::Comparing:
        m_instructions->setText(tr("Cells that differ are shown in red on both sides. Check each against the "
                                   "paper sheet and correct the wrong keying."));
        break;
    }
    updateState();
}

void DoubleEntryWidget::compare()
{
    const QList<tp::PanelistSheet::Cell> cells =
        tp::PanelistSheet::differences(m_firstModel->sheet(), m_secondModel->sheet());
    m_mismatches = int(cells.size());
    m_firstModel->setHighlightedCells(cells);
    m_secondModel->setHighlightedCells(cells);
    m_mismatchTable->setRowCount(int(cells.size()));
    const QList<tp::Criterion>& criteria = m_firstModel->sheet().criteria();
    for (int row = 0; row < cells.size(); ++row) {
        const tp::PanelistSheet::Cell& cell = cells.at(row);
        const QString bidderName = m_firstModel->bidderText(cell.bidder);
        const QStringList texts{criteria.at(cell.criterion).id, bidderName,
                                cellText(m_firstModel->sheet().score(cell.criterion, cell.bidder)),
                                cellText(m_secondModel->sheet().score(cell.criterion, cell.bidder))};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_mismatchTable->setItem(row, column, item);
        }
    }
    m_mismatchTable->resizeColumnToContents(0);
}

void DoubleEntryWidget::updateState()
{
    const bool comparing = m_stage == Stage::Comparing;
    if (comparing) {
        compare();
    } else {
        m_mismatches = 0;
        m_firstModel->setHighlightedCells({});
        m_secondModel->setHighlightedCells({});
        m_mismatchTable->setRowCount(0);
    }
    m_mismatchTable->setVisible(comparing && m_mismatches > 0);
    m_finishFirst->setEnabled(m_firstModel->sheet().cellCount() > 0 && m_firstModel->sheet().isComplete());
    m_finishSecond->setEnabled(m_secondModel->sheet().cellCount() > 0 && m_secondModel->sheet().isComplete());
    m_accept->setVisible(comparing);
    m_accept->setEnabled(agrees());
    if (!comparing) {
        const ScoreSheetModel* model = m_stage == Stage::FirstKeying ? m_firstModel : m_secondModel;
        m_mismatchSummary->setText(
            tr("%1 of %2 scores keyed.").arg(model->sheet().filledCount()).arg(model->sheet().cellCount()));
        m_mismatchSummary->setStyleSheet(QString());
    } else if (m_mismatches > 0) {
        m_mismatchSummary->setText(tr(
            "%n cell(s) differ between the two keyings. Correct them against the paper sheet.", nullptr, m_mismatches));
        m_mismatchSummary->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    } else if (!m_firstModel->sheet().isComplete()) {
        m_mismatchSummary->setText(tr("Both keyings agree so far, but some scores are empty."));
        m_mismatchSummary->setStyleSheet(QString());
    } else {
        m_mismatchSummary->setText(tr("Both keyings agree."));
        m_mismatchSummary->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    }
}

} // namespace tp::ui
