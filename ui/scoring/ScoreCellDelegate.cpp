#include "ScoreCellDelegate.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace tp::ui {

QWidget* ScoreCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    auto* editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setObjectName(QStringLiteral("scoreEditor"));
    static const QRegularExpression pattern(QStringLiteral("\\d{0,6}([.]\\d{0,2})?"));
    editor->setValidator(new QRegularExpressionValidator(pattern, editor));
    return editor;
}

} // namespace tp::ui
