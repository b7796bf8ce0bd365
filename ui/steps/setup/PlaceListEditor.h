#pragma once

#include "OrderedListEditor.h"
#include "OrderedListModel.h"

#include <QStringList>

class QLineEdit;

namespace tp::ui {

// The places (counties, districts) of one service area in their order, each editable in its cell.
class PlaceListModel : public OrderedListModel
{
    Q_OBJECT
public:
    explicit PlaceListModel(QObject* parent = nullptr);

    void setPlaces(const QStringList& places);
    const QStringList& places() const { return m_places; }
    void setEditable(bool editable);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    // A place was typed over in its cell.
    void edited();

protected:
    int entryCount() const override { return int(m_places.size()); }
    QVariant columnTitle(int column) const override;

private:
    QStringList m_places;
    bool m_editable = true;
};

// The places of one service area: a new place is typed into the field beside "Add"; the selected place
// is removed or moved up or down, and changed by double-clicking it. Nothing is stored here: the list
// is part of what the winners' editor applies.
class PlaceListEditor : public OrderedListEditor
{
    Q_OBJECT
public:
    explicit PlaceListEditor(QWidget* parent = nullptr);

    void setPlaces(const QStringList& places);
    QStringList places() const { return m_model->places(); }
    void setEditable(bool editable);

    QLineEdit* newPlaceField() const { return m_newPlace; }

signals:
    void placesChanged();

private:
    void addPlace();
    void change(const QStringList& places, int select);

    PlaceListModel* m_model;
    QLineEdit* m_newPlace;
};

} // namespace tp::ui
