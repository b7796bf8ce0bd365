#include "AreaEditor.h"
#include "PlainText.h"

#include "PlaceListEditor.h"
#include "io/ScenarioValidator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

AreaEditor::AreaEditor(QWidget* parent)
    : QWidget(parent), m_winners(new QComboBox(this)), m_list(new QListWidget(this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)),
      m_name(new QLineEdit(this)), m_places(new PlaceListEditor(this)), m_note(new QLabel(this))
{
    m_winners->setObjectName(QStringLiteral("areaWinners"));
    m_list->setObjectName(QStringLiteral("areaList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setToolTip(tr("The first winner serves the first area, the second winner the second, and so on."));
    m_up->setObjectName(QStringLiteral("moveAreaUp"));
    m_down->setObjectName(QStringLiteral("moveAreaDown"));
    m_up->setToolTip(tr("Move the selected area up: a better-ranked winner serves it"));
    m_down->setToolTip(tr("Move the selected area down: a lower-ranked winner serves it"));
    m_name->setObjectName(QStringLiteral("areaName"));
    m_name->setPlaceholderText(tr("e.g. first service area"));
    m_places->setObjectName(QStringLiteral("areaPlaces"));
    PlainText::label(m_note);
    m_note->setObjectName(QStringLiteral("areaNote"));
    m_note->setWordWrap(true);
    // The form's height does not depend on its width: it keeps its minimum in the scroll area.
    QSizePolicy notePolicy = m_note->sizePolicy();
    notePolicy.setHeightForWidth(false);
    m_note->setSizePolicy(notePolicy);
    m_note->setStyleSheet(QStringLiteral("color: #b45309;"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Service areas"), this));
    top->addWidget(m_winners);
    top->addStretch();

    auto* order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    order->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(order);

    auto* nameRow = new QFormLayout;
    nameRow->setContentsMargins(0, 0, 0, 0);
    nameRow->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    nameRow->addRow(tr("Name"), m_name);
    auto* right = new QVBoxLayout;
    right->addLayout(nameRow);
    right->addWidget(m_places, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(columns, 1);
    layout->addWidget(m_note);

    // At least three areas and three places without a scroll bar; more as the form has room. The lists
    // ask for the room their entries take, so that the form scrolls only when it must.
    const int row = m_list->fontMetrics().height() + 8;
    m_list->setMinimumHeight(3 * row + 8);
    m_places->view()->setMinimumHeight(3 * row + 8);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_places->view()->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

    connect(m_winners, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showWinners();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showSelectedArea();
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int area = currentArea();
        if (area < 0)
            return;
        entered(currentWinners())[area].name = text.trimmed();
        updateList();
        emit changed();
    });
    connect(m_places, &PlaceListEditor::placesChanged, this, [this] {
        const int area = currentArea();
        if (area < 0)
            return;
        entered(currentWinners())[area].places = m_places->places();
        updateList();
        emit changed();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveArea(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveArea(1); });
    setAreas(1, {});
}

bool AreaEditor::isBlank(const QList<tp::ServiceArea>& areas)
{
    for (const tp::ServiceArea& area : areas)
        if (!area.name.isEmpty() || !area.places.isEmpty())
            return false;
    return true;
}

QList<tp::ServiceArea>& AreaEditor::entered(int winners)
{
    QList<tp::ServiceArea>& list = m_entered[winners];
    while (list.size() < winners)
        list.append(tp::ServiceArea{});
    return list;
}

int AreaEditor::currentWinners() const
{
    return qMax(1, m_winners->currentData().toInt());
}

int AreaEditor::currentArea() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < currentWinners() ? row : -1;
}

void AreaEditor::setAreas(int maxWinners, const QMap<int, QList<tp::ServiceArea>>& areas)
{
    m_entered = areas;
    m_maxWinners = qMax(1, maxWinners);
    fillChooser();
    // The largest number of winners with areas, else the most winners there can be.
    int shown = m_maxWinners;
    for (auto it = areas.cbegin(); it != areas.cend(); ++it)
        if (it.key() <= m_maxWinners && !isBlank(it.value()))
            shown = it.key();
    showArea(shown, 1);
}

void AreaEditor::setMaxWinners(int maxWinners)
{
    // Blank areas give way to those of the most winners there can be now.
    const int current = currentWinners();
    const bool blank = isBlank(m_entered.value(current));
    m_maxWinners = qMax(1, maxWinners);
    fillChooser();
    showArea(blank ? m_maxWinners : qMin(current, m_maxWinners), blank ? 1 : qMax(1, m_list->currentRow() + 1));
}

void AreaEditor::setFewestWinners(int fewest)
{
    m_fewest = qMax(1, fewest);
    updateNote();
}

void AreaEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_name->setReadOnly(!editable);
    m_places->setEditable(editable);
    m_up->setVisible(editable);
    m_down->setVisible(editable);
}

void AreaEditor::fillChooser()
{
    m_filling = true;
    m_winners->clear();
    for (int k = 1; k <= m_maxWinners; ++k)
        m_winners->addItem(tr("when %n bidder(s) win", nullptr, k), k);
    m_filling = false;
}

void AreaEditor::showArea(int winners, int area)
{
    m_filling = true;
    m_winners->setCurrentIndex(qBound(0, m_winners->findData(winners), m_winners->count() - 1));
    m_filling = false;
    showWinners();
    m_list->setCurrentRow(qBound(0, area - 1, int(m_list->count()) - 1));
}

void AreaEditor::showWinners()
{
    m_filling = true;
    m_list->clear();
    const int winners = currentWinners();
    for (int i = 0; i < winners; ++i)
        m_list->addItem(QString());
    m_filling = false;
    updateList();
    m_list->setCurrentRow(0);
    showSelectedArea();
}

void AreaEditor::showSelectedArea()
{
    const int area = currentArea();
    const tp::ServiceArea shown = area >= 0 ? entered(currentWinners()).at(area) : tp::ServiceArea{};
    m_name->setText(shown.name);
    m_name->setEnabled(area >= 0);
    m_places->setPlaces(shown.places);
    m_places->setEnabled(area >= 0);
    m_up->setEnabled(m_editable && area > 0);
    m_down->setEnabled(m_editable && area >= 0 && area + 1 < currentWinners());
}

void AreaEditor::updateList()
{
    const QList<tp::ServiceArea>& areas = entered(currentWinners());
    for (int i = 0; i < m_list->count() && i < areas.size(); ++i) {
        const tp::ServiceArea& area = areas.at(i);
        const QString name = area.name.isEmpty() ? tr("(no name)") : area.name;
        QListWidgetItem* item = m_list->item(i);
        item->setText(QStringLiteral("%1. %2").arg(i + 1).arg(name));
        item->setToolTip(PlainText::toolTip(
            name + QLatin1Char('\n') + (area.places.isEmpty() ? tr("No places yet") : area.places.join(tr(", ")))));
    }
    updateNote();
}

void AreaEditor::updateNote()
{
    // The numbers of winners that can happen and have no areas: the evaluation would stop there.
    QStringList missing;
    for (int k = qMin(m_fewest, m_maxWinners); k <= m_maxWinners; ++k)
        if (isBlank(m_entered.value(k)))
            missing.append(QString::number(k));
    m_note->setText(missing.isEmpty() ? QString()
                                      : tr("No service areas yet for %1 winner(s).").arg(missing.join(tr(", "))));
    m_note->setToolTip(missing.isEmpty() ? QString()
                                         : tr("Enter them, or the evaluation stops when that many bidders win."));
    m_note->setVisible(!missing.isEmpty());
}

void AreaEditor::moveArea(int delta)
{
    const int area = currentArea();
    const int winners = currentWinners();
    if (area < 0 || area + delta < 0 || area + delta >= winners)
        return;
    entered(winners).swapItemsAt(area, area + delta);
    updateList();
    m_list->setCurrentRow(area + delta);
    emit changed();
}

QMap<int, QList<tp::ServiceArea>> AreaEditor::areas() const
{
    QMap<int, QList<tp::ServiceArea>> result;
    for (auto it = m_entered.cbegin(); it != m_entered.cend(); ++it)
        if (it.key() >= 1 && it.key() <= m_maxWinners && !isBlank(it.value()))
            result.insert(it.key(), it.value().mid(0, it.key()));
    return result;
}

QStringList AreaEditor::problems() const
{
    // Checked as a scenario file's areas are, before anything is applied: what was entered stays.
    const QMap<int, QList<tp::ServiceArea>> entered = areas();
    if (entered.isEmpty())
        return {tr("No service area is entered.")};
    tp::Problems found;
    tp::ScenarioValidator(&found).checkServiceAreas(entered);
    return tp::problemLines(found);
}

} // namespace tp::ui
