#include "RecentWorkspaces.h"

#include "store/WorkspaceAddress.h"

#include <QFileInfo>
#include <QSettings>

namespace tp::ui {

namespace {

const QString kKey = QStringLiteral("workspaces/recent");

} // namespace

QStringList RecentWorkspaces::list()
{
    QStringList recent = QSettings().value(kKey).toStringList();
    recent.removeAll(QString());
    return recent.mid(0, kMaximum);
}

void RecentWorkspaces::add(const QString& pathOrAddress)
{
    const auto address = tp::store::WorkspaceAddress::parse(pathOrAddress);
    if (!address)
        return;
    const QString shown =
        address->isServer() ? address->toDisplayString() : QFileInfo(address->path()).absoluteFilePath();
    if (shown.isEmpty())
        return;
    QStringList recent = list();
    recent.removeAll(shown);
    recent.prepend(shown);
    QSettings settings;
    settings.setValue(kKey, recent.mid(0, kMaximum));
    settings.sync();
}

} // namespace tp::ui
