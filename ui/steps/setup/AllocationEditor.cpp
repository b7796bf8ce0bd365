#include "AllocationEditor.h"

#include "AreaEditor.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tp::ui {

AllocationEditor::AllocationEditor(QWidget* parent)
    : QWidget(parent), m_maxWinners(new QSpinBox(this)), m_award(new QComboBox(this)), m_sharesBox(new QWidget(this)),
      m_rows(new QGridLayout(m_sharesBox)), m_areas(new AreaEditor(this)), m_apply(new QPushButton(tr("Apply"), this)),
      m_revert(new QPushButton(tr("Revert"), this))
{
    m_maxWinners->setObjectName(QStringLiteral("maxWinners"));
    m_maxWinners->setRange(1, kMaxWinnersShown);
    m_award->setObjectName(QStringLiteral("award"));
    m_award->addItem(tr("By shares"), Shares);
    m_award->addItem(tr("By service areas"), Areas);
    m_award->addItem(tr("By shares and service areas"), SharesAndAreas);
    m_award->setToolTip(tr("Each winner gets a percentage share, serves a service area of its own, or both."));
    m_sharesBox->setObjectName(QStringLiteral("shares"));
    m_areas->setObjectName(QStringLiteral("areaEditor"));
    m_apply->setObjectName(QStringLiteral("applyAllocation"));
    m_revert->setObjectName(QStringLiteral("revertAllocation"));
    m_rows->setHorizontalSpacing(6);
    m_rows->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("At most"), this));
    top->addWidget(m_maxWinners);
    top->addWidget(new QLabel(tr("winner(s)"), this));
    top->addSpacing(12);
    top->addWidget(m_award);
    top->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_sharesBox);
    layout->addWidget(m_areas, 1);
    layout->addStretch(); // the room the areas take when they are shown
    layout->addLayout(buttons);

    connect(m_maxWinners, &QSpinBox::valueChanged, this, [this] {
        m_areas->setMaxWinners(maxWinners());
        rebuildRows();
        updateSums();
    });
    connect(m_award, &QComboBox::currentIndexChanged, this, [this] {
        showAward();
        updateSums();
    });
    connect(m_areas, &AreaEditor::changed, this, &AllocationEditor::updateSums);
    connect(m_apply, &QPushButton::clicked, this, &AllocationEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, [this] { setAllocation(m_storedMax, m_stored, m_storedAreas); });
    showAward();
    rebuildRows();
    updateSums();
}

QList<int> AllocationEditor::suggestedShares(int winners)
{
    if (winners == 2)
        return {60, 40};
    if (winners == 3)
        return {60, 30, 10};
    QList<int> shares;
    for (int i = 0; i < winners; ++i)
        shares.append(100 / winners + (i < 100 % winners ? 1 : 0));
    return shares;
}

AllocationEditor::Award AllocationEditor::awardOf(const QMap<int, QList<int>>& allocation,
                                                  const QMap<int, QList<tp::ServiceArea>>& areas)
{
    if (areas.isEmpty())
        return Shares;
    return allocation.isEmpty() ? Areas : SharesAndAreas;
}

void AllocationEditor::setAllocation(int maxWinners, const QMap<int, QList<int>>& allocation,
                                     const QMap<int, QList<tp::ServiceArea>>& areas)
{
    m_stored = allocation;
    m_storedAreas = areas;
    m_storedMax = maxWinners;
    m_areas->setAreas(maxWinners, areas);
    // Drop the rows first, so that what they held is not kept as typed shares.
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_shareFields.clear();
    m_sums.clear();
    m_pending = allocation;
    {
        const QSignalBlocker blocker(m_maxWinners);
        m_maxWinners->setValue(qBound(1, maxWinners, kMaxWinnersShown));
    }
    {
        const QSignalBlocker blocker(m_award);
        m_award->setCurrentIndex(awardOf(allocation, areas));
    }
    showAward();
    rebuildRows();
    updateSums();
}

void AllocationEditor::showAward()
{
    m_sharesBox->setVisible(award() != Areas);
    m_areas->setVisible(award() != Shares);
}

void AllocationEditor::setFewestWinners(int fewest)
{
    m_areas->setFewestWinners(fewest);
}

AllocationEditor::Award AllocationEditor::award() const
{
    return Award(m_award->currentIndex());
}

QMap<int, QList<tp::ServiceArea>> AllocationEditor::areas() const
{
    return award() == Shares ? QMap<int, QList<tp::ServiceArea>>() : m_areas->areas();
}

void AllocationEditor::apply()
{
    if (award() != Shares) {
        const QStringList problems = m_areas->problems();
        if (!problems.isEmpty()) {
            emit invalidInput(problems.join(QLatin1Char('\n')));
            return;
        }
    }
    emit applied(maxWinners(), allocation(), areas());
}

void AllocationEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_maxWinners->setReadOnly(!editable);
    m_award->setEnabled(editable);
    m_areas->setEditable(editable);
    for (const QList<QSpinBox*>& row : m_shareFields)
        for (QSpinBox* box : row)
            box->setReadOnly(!editable);
    m_apply->setVisible(editable);
    m_revert->setVisible(editable);
}

int AllocationEditor::maxWinners() const
{
    return m_maxWinners->value();
}

QMap<int, QList<int>> AllocationEditor::allocation() const
{
    QMap<int, QList<int>> result;
    if (award() == Areas)
        return result;
    for (int k = 1; k <= m_shareFields.size(); ++k) {
        QList<int> shares;
        for (const QSpinBox* box : m_shareFields.at(k - 1))
            shares.append(box->value());
        result.insert(k, shares);
    }
    return result;
}

bool AllocationEditor::isModified() const
{
    return maxWinners() != m_storedMax || allocation() != m_stored || areas() != m_storedAreas;
}

QSpinBox* AllocationEditor::shareField(int winners, int position) const
{
    if (winners < 1 || winners > m_shareFields.size() || position < 1 || position > winners)
        return nullptr;
    return m_shareFields.at(winners - 1).at(position - 1);
}

QLabel* AllocationEditor::sumLabel(int winners) const
{
    return winners >= 1 && winners <= m_sums.size() ? m_sums.at(winners - 1) : nullptr;
}

void AllocationEditor::rebuildRows()
{
    // Keep what was typed in rows about to disappear, in case the number of winners goes up again.
    for (int k = 1; k <= m_shareFields.size(); ++k) {
        QList<int> shares;
        for (const QSpinBox* box : m_shareFields.at(k - 1))
            shares.append(box->value());
        m_pending.insert(k, shares);
    }
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_shareFields.clear();
    m_sums.clear();
    const int winners = m_maxWinners->value();
    for (int k = 1; k <= winners; ++k) {
        QList<int> shares = m_pending.value(k);
        if (shares.size() != k)
            shares = suggestedShares(k);
        auto* label = new QLabel(tr("%n winner(s):", nullptr, k), this);
        m_rows->addWidget(label, k - 1, 0);
        m_rowWidgets.append(label);
        QList<QSpinBox*> row;
        for (int i = 0; i < k; ++i) {
            auto* box = new QSpinBox(this);
            box->setObjectName(QStringLiteral("share_%1_%2").arg(k).arg(i + 1));
            box->setRange(0, 100);
            box->setSuffix(QStringLiteral(" %"));
            box->setValue(shares.at(i));
            box->setReadOnly(!m_editable);
            box->setToolTip(tr("Share of position %1 when %n bidder(s) win", nullptr, k).arg(i + 1));
            connect(box, &QSpinBox::valueChanged, this, &AllocationEditor::updateSums);
            m_rows->addWidget(box, k - 1, i + 1);
            m_rowWidgets.append(box);
            row.append(box);
        }
        auto* sum = new QLabel(this);
        sum->setObjectName(QStringLiteral("shareSum_%1").arg(k));
        m_rows->addWidget(sum, k - 1, kMaxWinnersShown + 1);
        m_rowWidgets.append(sum);
        m_sums.append(sum);
        m_shareFields.append(row);
    }
    m_rows->setColumnStretch(kMaxWinnersShown + 2, 1);
}

void AllocationEditor::updateSums()
{
    for (int k = 1; k <= m_shareFields.size(); ++k) {
        int sum = 0;
        for (const QSpinBox* box : m_shareFields.at(k - 1))
            sum += box->value();
        QLabel* label = m_sums.at(k - 1);
        label->setText(tr("sum %1 %").arg(sum));
        label->setStyleSheet(sum == 100 ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #b71c1c;"));
    }
    const bool modified = isModified();
    m_apply->setEnabled(modified);
    m_revert->setEnabled(modified);
}

} // namespace tp::ui
