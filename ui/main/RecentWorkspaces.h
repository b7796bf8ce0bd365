#pragma once

#include <QStringList>

namespace tp::ui {

// The workspaces opened last (files and server addresses), most recent first, without duplicates, at
// most kMaximum, files by their absolute path, kept in QSettings under "workspaces/recent". A server address is kept as
// WorkspaceAddress::toDisplayString() gives it: never with a password.
class RecentWorkspaces
{
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    // Puts `pathOrAddress` first (its password, if the address carried one, is left out).
    static void add(const QString& pathOrAddress);
};

} // namespace tp::ui
