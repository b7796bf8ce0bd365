#pragma once

#include "store/ProcedureService.h"

#include <QAbstractTableModel>

namespace tp::ui {

// The panel of the setup step as a table: code, name, role, affiliation and the conflict-of-interest
// declaration. Members who declared a conflict are highlighted. Read-only: members are edited in a
// dialog.
class PanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        RoleColumn,
        AffiliationColumn,
        DeclarationColumn,
        ColumnCount
    };

    explicit PanelModel(QObject* parent = nullptr);

    void setMembers(const QList<tp::store::PanelMember>& members);
    const QList<tp::store::PanelMember>& members() const { return m_members; }

    static QString roleText(tp::PanelRole role);
    static QString declarationText(const tp::store::PanelMember& member);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<tp::store::PanelMember> m_members;
};

} // namespace tp::ui
