#include "PanelModel.h"
#include "PlainText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tp::ui {

PanelModel::PanelModel(QObject* parent) : OrderedListModel(ColumnCount, parent) {}

void PanelModel::setMembers(const QList<tp::store::PanelistEntry>& members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

QString PanelModel::roleText(tp::PanelRole role)
{
    return role == tp::PanelRole::Leader ? tr("Leader") : tr("Member");
}

QString PanelModel::declarationText(const tp::store::PanelistEntry& member)
{
    if (!member.conflictDeclared)
        return tr("Not declared yet");
    if (!*member.conflictDeclared)
        return tr("No conflict declared");
    return member.conflictNote.isEmpty() ? tr("Conflict of interest") : tr("Conflict: %1").arg(member.conflictNote);
}

QVariant PanelModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return QVariant();
    const tp::store::PanelistEntry& m = m_members.at(index.row());
    const bool conflict = m.conflictDeclared.value_or(false);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return m.id;
        case NameColumn:
            return m.name;
        case RoleColumn:
            return roleText(m.role);
        case AffiliationColumn:
            return m.affiliation;
        case DeclarationColumn:
            return declarationText(m);
        }
        break;
    case Qt::ToolTipRole:
        return conflict ? QVariant(PlainText::toolTip(
                              tr("%1 declared a conflict of interest: %2").arg(m.name, m.conflictNote)))
                        : QVariant();
    case Qt::BackgroundRole:
        return conflict ? QBrush(QColor(0xff, 0xeb, 0xee)) : QVariant();
    case Qt::ForegroundRole:
        if (conflict)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.column() == DeclarationColumn && !m.conflictDeclared)
            return QBrush(QColor(0x75, 0x75, 0x75));
        break;
    case Qt::FontRole:
        if (index.column() == RoleColumn && m.role == tp::PanelRole::Leader) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant PanelModel::columnTitle(int column) const
{
    switch (column) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case AffiliationColumn:
        return tr("Affiliation");
    case DeclarationColumn:
        return tr("Conflict of interest");
    }
    return QVariant();
}

} // namespace tp::ui
