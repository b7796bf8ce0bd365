#include "CliModules.h"
#include "CliExit.h"

#include <dlfcn.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

namespace tp::cli {

namespace {

// The folder of the running program, from the kernel (the program may be started through a link).
std::string programFolder()
{
    std::vector<char> buffer(4096);
    const ssize_t length = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (length <= 0)
        return std::string(".");
    const std::string path(buffer.data(), std::size_t(length));
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

int runModule(const char* file, const char* what, int argc, char* argv[])
{
    using Entry = int (*)(int, char**);
    const std::string folder = programFolder();
    const std::string candidates[] = {folder + "/" + file, folder + "/" TENDERPANEL_CLI_MODULE_DIR "/" + file};
    std::string reasons;
    for (const std::string& path : candidates) {
        if (::access(path.c_str(), F_OK) != 0)
            continue;
        void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!module) {
            reasons += std::string(reasons.empty() ? "" : "; ") + ::dlerror();
            continue;
        }
        if (auto entry = reinterpret_cast<Entry>(::dlsym(module, TENDERPANEL_CLI_MODULE_ENTRY)))
            return entry(argc, argv);
        reasons += std::string(reasons.empty() ? "" : "; ") + path + ": no entry point";
    }
    // No application object (and so no translation) exists yet: the message is the installation's.
    std::fprintf(stderr, "error: %s: %s of tenderpanel-cli cannot be loaded (%s)\n", candidates[1].c_str(), what,
                 reasons.empty() ? "the file is missing" : reasons.c_str());
    return ExitStorage; // a part of the installation cannot be read
}

} // namespace

int runCoreModule(int argc, char* argv[])
{
    return runModule(TENDERPANEL_CLI_CORE_MODULE_FILE, "the command line", argc, argv);
}

int runDocumentModule(int argc, char* argv[])
{
    return runModule(TENDERPANEL_CLI_DOCUMENTS_MODULE_FILE, "the document commands", argc, argv);
}

} // namespace tp::cli
