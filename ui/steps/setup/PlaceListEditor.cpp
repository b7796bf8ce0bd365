#include "PlaceListEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tp::ui {

PlaceListModel::PlaceListModel(QObject* parent) : OrderedListModel(1, parent) {}

void PlaceListModel::setPlaces(const QStringList& places)
{
    beginResetModel();
    m_places = places;
    endResetModel();
}

void PlaceListModel::setEditable(bool editable)
{
    beginResetModel();
    m_editable = editable;
    endResetModel();
}

QVariant PlaceListModel::columnTitle(int column) const
{
    return column == 0 ? QVariant(tr("Place")) : QVariant();
}

QVariant PlaceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return m_places.at(index.row());
    return QVariant();
}

bool PlaceListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole || !m_editable)
        return false;
    const QString place = value.toString().trimmed();
    // An emptied cell keeps its place: "Remove" takes a place away.
    if (place.isEmpty() || place == m_places.at(index.row()))
        return false;
    m_places[index.row()] = place;
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags PlaceListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = OrderedListModel::flags(index);
    if (m_editable && index.isValid())
        flags |= Qt::ItemIsEditable;
    return flags;
}

PlaceListEditor::PlaceListEditor(QWidget* parent)
    : OrderedListEditor(parent), m_model(new PlaceListModel(this)), m_newPlace(new QLineEdit(this))
{
    QTableView* view = this->view();
    view->setObjectName(QStringLiteral("placeTable"));
    setModel(m_model, 0);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setVisible(false);
    view->setToolTip(tr("Double-click a place to change it."));
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    m_newPlace->setObjectName(QStringLiteral("newPlace"));
    m_newPlace->setPlaceholderText(tr("New place, e.g. a county or district"));
    addButton()->setText(tr("Add"));
    addButton()->setObjectName(QStringLiteral("addPlace"));
    removeButton()->setObjectName(QStringLiteral("removePlace"));
    upButton()->setObjectName(QStringLiteral("movePlaceUp"));
    downButton()->setObjectName(QStringLiteral("movePlaceDown"));
    upButton()->setToolTip(tr("Move the selected place up"));
    downButton()->setToolTip(tr("Move the selected place down"));

    auto* add = new QHBoxLayout;
    add->addWidget(m_newPlace, 1);
    add->addWidget(addButton());
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {removeButton(), upButton(), downButton()})
        buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(add);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);

    connect(addButton(), &QPushButton::clicked, this, &PlaceListEditor::addPlace);
    connect(m_newPlace, &QLineEdit::returnPressed, this, &PlaceListEditor::addPlace);
    // The places are known by their row: a place typed twice is still its own entry until the
    // settings are checked.
    connect(this, &OrderedListEditor::removeRequested, this, [this] {
        const int row = selectedRow();
        if (row < 0)
            return;
        QStringList places = m_model->places();
        places.removeAt(row);
        change(places, qMin(row, int(places.size()) - 1));
    });
    connect(this, &OrderedListEditor::moveRequested, this, [this](const QString&, qsizetype index) {
        const int row = selectedRow();
        if (row < 0)
            return;
        QStringList places = m_model->places();
        places.move(row, index);
        change(places, int(index));
    });
    connect(m_model, &PlaceListModel::edited, this, &PlaceListEditor::placesChanged);
    updateButtons();
}

void PlaceListEditor::setPlaces(const QStringList& places)
{
    m_model->setPlaces(places);
    m_newPlace->clear();
}

void PlaceListEditor::setEditable(bool editable)
{
    m_model->setEditable(editable);
    setButtonsShown(editable);
    m_newPlace->setVisible(editable);
    updateButtons();
}

void PlaceListEditor::addPlace()
{
    const QString place = m_newPlace->text().trimmed();
    if (place.isEmpty() || !isEditable())
        return;
    QStringList places = m_model->places();
    places.append(place);
    m_newPlace->clear();
    change(places, int(places.size()) - 1);
}

void PlaceListEditor::change(const QStringList& places, int select)
{
    m_model->setPlaces(places);
    if (select >= 0)
        view()->selectRow(select);
    emit placesChanged();
}

} // namespace tp::ui
