#pragma once

#include <QString>
#include <functional>
#include <memory>

class QCoreApplication;

namespace tp::cli {

// Makes the application object of a command that renders documents (a QGuiApplication).
using GuiApplicationFactory = std::function<std::unique_ptr<QCoreApplication>(int& argc, char* argv[])>;

// The command line of docs/cli.md with every command registered in this program: the application
// object, the global options, the usage, and the command named in argv. A command that needs Qt Gui
// gets its application from makeGui.
int runCommandLine(int& argc, char* argv[], const GuiApplicationFactory& makeGui = {});

// The word of argv that names the command (the global option --workspace taken out), or empty.
QString commandWord(int argc, char* argv[]);
// Whether this program runs the command named in argv itself (--version too).
bool holdsCommand(int argc, char* argv[]);

} // namespace tp::cli
