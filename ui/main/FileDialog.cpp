#include "FileDialog.h"

#include "MessageBox.h"
#include "NameOnlyIconProvider.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <optional>

namespace tp::ui {

namespace {

std::optional<QString> g_nextAnswer;
QString g_workspacePath;

// One provider for every chooser, deleted with the application (after its windows).
NameOnlyIconProvider* g_iconProvider = nullptr;

NameOnlyIconProvider* iconProvider()
{
    if (!g_iconProvider) {
        g_iconProvider = new NameOnlyIconProvider;
        qAddPostRoutine([] {
            delete g_iconProvider;
            g_iconProvider = nullptr;
        });
    }
    return g_iconProvider;
}

// Where `path` is, with the symbolic links of its folder (and of itself, if it exists) resolved.
QString resolved(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace

QFileDialog* FileDialog::create(QWidget* parent, QFileDialog::AcceptMode mode, const QString& caption,
                                const QString& suggested, const QString& filter)
{
    // The platform's dialog would be set up by the constructor already: keep it from being created.
    const bool nativeAllowed = !QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, true);
    auto* dialog = new QFileDialog(parent, caption, suggested, filter);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, !nativeAllowed);
    dialog->setOption(QFileDialog::DontUseNativeDialog, true);
    // The constructor has started listing a folder in a thread; Qt's model asks the provider about
    // each file only when the results arrive through the event loop, so replacing Qt's provider
    // (which reads files) here, before the event loop runs again, is early enough.
    dialog->setIconProvider(iconProvider());
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    return dialog;
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    return choose(parent, QFileDialog::AcceptOpen, caption, QString(), filter);
}

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter)
{
    return choose(parent, QFileDialog::AcceptSave, caption, suggested, filter);
}

QString FileDialog::choose(QWidget* parent, QFileDialog::AcceptMode mode, const QString& caption,
                           const QString& suggested, const QString& filter)
{
    QString path;
    if (!takeAnswer(&path)) {
        QPointer<QFileDialog> dialog = create(parent, mode, caption, suggested, filter);
        const int result = dialog->exec();
        if (!dialog)
            return QString();
        if (result == QDialog::Accepted)
            path = dialog->selectedFiles().value(0);
        delete dialog;
    }
    return checked(parent, caption, path);
}

void FileDialog::setNextAnswer(const QString& path)
{
    g_nextAnswer = path;
}

void FileDialog::setWorkspacePath(const QString& path)
{
    g_workspacePath = path;
}

QString FileDialog::workspacePath()
{
    return g_workspacePath;
}

bool FileDialog::isWorkspaceFile(const QString& path)
{
    if (g_workspacePath.isEmpty() || path.isEmpty())
        return false;
    const QString chosen = resolved(path);
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    // SQLite names its files after the database path as given and, on Unix, as resolved.
    for (const QString& database : {QFileInfo(g_workspacePath).absoluteFilePath(), resolved(g_workspacePath)}) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString file = database + QLatin1String(suffix);
            if (chosen.compare(file, cs) == 0 || chosen.compare(resolved(file), cs) == 0)
                return true;
        }
    }
    return false;
}

bool FileDialog::takeAnswer(QString* path)
{
    if (!g_nextAnswer)
        return false;
    *path = *g_nextAnswer;
    g_nextAnswer.reset();
    return true;
}

QString FileDialog::checked(QWidget* parent, const QString& caption, const QString& path)
{
    if (!isWorkspaceFile(path))
        return path;
    MessageBox::warning(parent, caption,
                        QCoreApplication::translate("FileDialog",
                                                    "%1 is a file of the open workspace, which only the workspace "
                                                    "itself reads and writes. Choose another file.")
                            .arg(QDir::toNativeSeparators(path)));
    return QString();
}

} // namespace tp::ui
