#include "ScoreCellDelegate.h"

#include "ScoreSheetModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QToolTip>

namespace tp::ui {

namespace {

const char* const kCellProperty = "scoreCell";

} // namespace

QWidget* ScoreCellDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    Q_UNUSED(option);
    auto* editor = new QLineEdit(parent);
    editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    editor->setObjectName(QStringLiteral("scoreEditor"));
    static const QRegularExpression pattern(QStringLiteral("\\d{0,6}([.]\\d{0,2})?"));
    editor->setValidator(new QRegularExpressionValidator(pattern, editor));
    editor->setProperty(kCellProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    return editor;
}

bool ScoreCellDelegate::eventFilter(QObject* object, QEvent* event)
{
    auto* editor = qobject_cast<QLineEdit*>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            const QPersistentModelIndex cell = editor->property(kCellProperty).value<QPersistentModelIndex>();
            auto* model = qobject_cast<ScoreSheetModel*>(const_cast<QAbstractItemModel*>(cell.model()));
            const QString rejected = model ? model->checkEntry(cell, editor->text()) : QString();
            if (!rejected.isEmpty()) {
                // The editor stays on the cell with the text as typed, marked, the reason at the cell.
                editor->setStyleSheet(QStringLiteral("border: 2px solid #b00020; background: #fdecea;"));
                editor->setToolTip(rejected);
                editor->selectAll();
                QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), rejected, editor);
                return true;
            }
            editor->setStyleSheet(QString());
            editor->setToolTip(QString());
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace tp::ui
