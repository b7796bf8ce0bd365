#pragma once

#include "model/Scenario.h"

#include "OrderedListModel.h"

namespace tp::ui {

// The criteria of the setup step as a table: code, title and points. Editing a cell does not change
// the model: it asks for the change (editRequested / renameRequested), and the model shows what the
// store holds after the next setCriteria().
class CriteriaModel : public OrderedListModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        PointsColumn,
        ColumnCount
    };

    explicit CriteriaModel(QObject* parent = nullptr);

    void setCriteria(const QList<tp::Criterion>& criteria);
    const QList<tp::Criterion>& criteria() const { return m_criteria; }
    void setEditable(bool editable);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void editRequested(const tp::Criterion& criterion);
    void renameRequested(const QString& from, const QString& to);
    // The text typed is not a number of points; nothing was asked.
    void invalidInput(const QString& why);

private:
    int entryCount() const override { return int(m_criteria.size()); }
    QVariant columnTitle(int column) const override;

    QList<tp::Criterion> m_criteria;
    bool m_editable = false;
};

} // namespace tp::ui
