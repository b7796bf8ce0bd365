#pragma once

#include "store/ProcedureService.h"

#include "OrderedListModel.h"

namespace tp::ui {

// The panel of the setup step as a table: code, name, role, affiliation and the conflict-of-interest
// declaration. Members who declared a conflict are highlighted. Read-only: members are edited in a
// dialog.
class PanelModel : public OrderedListModel
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

    void setMembers(const QList<tp::store::PanelistEntry>& members);
    const QList<tp::store::PanelistEntry>& members() const { return m_members; }

    static QString roleText(tp::PanelRole role);
    static QString declarationText(const tp::store::PanelistEntry& member);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    int entryCount() const override { return int(m_members.size()); }
    QVariant columnTitle(int column) const override;

    QList<tp::store::PanelistEntry> m_members;
};

} // namespace tp::ui
