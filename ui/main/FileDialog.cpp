#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace tp::ui {

namespace {

std::optional<QString> g_nextAnswer;

} // namespace

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    QString path;
    if (takeAnswer(&path))
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileDialog::setNextAnswer(const QString& path)
{
    g_nextAnswer = path;
}

bool FileDialog::takeAnswer(QString* path)
{
    if (!g_nextAnswer)
        return false;
    *path = *g_nextAnswer;
    g_nextAnswer.reset();
    return true;
}

} // namespace tp::ui
