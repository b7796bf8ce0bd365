#include "QuickList.h"

#include "io/Utf8.h"
#include "store/SummaryQuery.h"

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cctype>
#include <optional>
#include <string_view>
#include <vector>

namespace tp::cli {

namespace {

namespace summary = tp::store::summary;

bool isUtf8(std::string_view text)
{
    return utf8::invalidOffset(text) < 0;
}

// Characters the quick list lowers exactly: printable ASCII (its letters it lowers itself), and
// characters whose lower case is themselves in every Unicode version: the CJK punctuation, ideographs
// and compatibility ideographs, and the full-width forms other than the Latin letters. The Chinese
// names of a negotiation are written with these.
bool isCaseless(char32_t c)
{
    if (c >= 0x20 && c <= 0x7E)
        return true;
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
           (c >= 0xFF5B && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3134F);
}

// The term without space at either end, as the command line trims it: ASCII space and the ideographic
// space (the other Unicode spaces are not caseless() and so never reach here).
std::string_view trimmed(std::string_view term)
{
    constexpr std::string_view kIdeographicSpace = "\u3000";
    const auto startsWith = [&](std::string_view s) { return term.substr(0, s.size()) == s; };
    const auto endsWith = [&](std::string_view s) {
        return term.size() >= s.size() && term.substr(term.size() - s.size()) == s;
    };
    for (;;) {
        if (startsWith(" "))
            term.remove_prefix(1);
        else if (startsWith(kIdeographicSpace))
            term.remove_prefix(kIdeographicSpace.size());
        else
            break;
    }
    for (;;) {
        if (endsWith(" "))
            term.remove_suffix(1);
        else if (endsWith(kIdeographicSpace))
            term.remove_suffix(kIdeographicSpace.size());
        else
            break;
    }
    return term;
}

struct SearchValues
{
    std::string pattern; // %term% in lower case, \ % _ escaped
    std::string trimmed; // the term without space at either end
};

// The values of a search term, or nothing if the quick list cannot lower it exactly.
std::optional<SearchValues> searchValues(std::string_view term)
{
    SearchValues v;
    v.pattern = "%";
    const char* const end = term.data() + term.size();
    for (const char* p = term.data(); p != end;) {
        const int length = utf8::sequenceLength(p, end);
        if (length == 0 || !isCaseless(utf8::codePoint(p, length)))
            return std::nullopt;
        if (*p >= 'A' && *p <= 'Z')
            v.pattern += char(*p - 'A' + 'a');
        else if (*p == '\\' || *p == '%' || *p == '_')
            v.pattern.append(1, '\\').append(1, *p);
        else
            v.pattern.append(p, std::size_t(length));
        p += length;
    }
    v.pattern += '%';
    v.trimmed = std::string(trimmed(term));
    return v;
}

struct Request
{
    std::string workspace;
    std::optional<std::string> search;
};

// The request of argv if it is a list in text of a named workspace the quick list can take.
std::optional<Request> requestOf(int argc, const char* const argv[], const char* environmentWorkspace)
{
    // The global option --workspace first, wherever it stands, as the command line takes it.
    std::optional<std::string> workspace;
    std::vector<std::string_view> rest;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--workspace") {
            if (i + 1 >= argc)
                return std::nullopt;
            workspace = std::string(argv[++i]);
        } else if (a.substr(0, 12) == "--workspace=") {
            workspace = std::string(a.substr(12));
        } else {
            rest.push_back(a);
        }
    }
    if (rest.empty() || rest[0] != "list")
        return std::nullopt;
    Request request;
    bool formatGiven = false;
    for (std::size_t i = 1; i < rest.size(); ++i) {
        std::string_view name = rest[i];
        std::optional<std::string_view> value;
        if (const std::size_t eq = name.find('='); eq != std::string_view::npos && eq > 0) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (name != "--search" && name != "--format")
            return std::nullopt; // --help, a positional word, "--", an unknown option
        if (!value) {
            if (i + 1 >= rest.size())
                return std::nullopt;
            value = rest[++i];
        }
        if (name == "--search") {
            if (request.search)
                return std::nullopt;
            request.search = std::string(*value);
        } else {
            if (formatGiven || *value != "text")
                return std::nullopt;
            formatGiven = true;
        }
    }
    request.workspace = workspace && !workspace->empty() ? *workspace
                        : environmentWorkspace           ? std::string(environmentWorkspace)
                                                         : std::string();
    if (request.workspace.empty() || !isUtf8(request.workspace) || (request.search && !isUtf8(*request.search)))
        return std::nullopt;
    // A server's address, and a name SQLite could read as a URI.
    const auto startsWithNoCase = [&](std::string_view prefix) {
        if (request.workspace.size() < prefix.size())
            return false;
        for (std::size_t k = 0; k < prefix.size(); ++k)
            if (char(std::tolower(static_cast<unsigned char>(request.workspace[k]))) != prefix[k])
                return false;
        return true;
    };
    if (startsWithNoCase("postgresql://") || startsWithNoCase("postgres://") || startsWithNoCase("file:"))
        return std::nullopt;
    return request;
}

// A file the command line would open for reading as it is: a non-empty regular file that can be
// written, in a folder that can be written, on a file system mounted for writing (elsewhere it reads
// the file as immutable, or explains why it cannot be changed).
bool plainWritableFile(const std::string& path)
{
    struct stat info
    {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode) || info.st_size == 0)
        return false;
    const std::size_t slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? std::string(".") : path.substr(0, slash == 0 ? 1 : slash);
    struct statvfs fs
    {};
    if (::statvfs(folder.c_str(), &fs) != 0 || (fs.f_flag & ST_RDONLY))
        return false;
    return ::access(path.c_str(), W_OK) == 0 && ::access(folder.c_str(), W_OK) == 0;
}

class Statement
{
public:
    Statement(sqlite3* db, const std::string& sql)
    {
        if (sqlite3_prepare_v2(db, sql.c_str(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    sqlite3_stmt* get() const { return m_statement; }
    bool bind(int index, const std::string& text)
    {
        return sqlite3_bind_text(m_statement, index, text.data(), int(text.size()), SQLITE_TRANSIENT) == SQLITE_OK;
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

class Connection
{
public:
    explicit Connection(const std::string& path)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        } else {
            sqlite3_busy_timeout(m_db, 3000); // as the command line waits for a workspace in use
        }
    }
    ~Connection() { sqlite3_close(m_db); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* get() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

// Column `i` of the current row as text, if it is text (or NULL, printed empty) in UTF-8.
std::optional<std::string_view> textColumn(sqlite3_stmt* s, int i)
{
    const int type = sqlite3_column_type(s, i);
    if (type == SQLITE_NULL)
        return std::string_view();
    if (type != SQLITE_TEXT)
        return std::nullopt;
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
    const std::string_view view(text ? text : "", std::size_t(sqlite3_column_bytes(s, i)));
    if (!isUtf8(view))
        return std::nullopt;
    return view;
}

bool currentWorkspace(sqlite3* db)
{
    // Any file opens; the first statement tells whether it is a database at all.
    Statement probe(db, "SELECT COUNT(*) FROM sqlite_master");
    if (!probe.get() || sqlite3_step(probe.get()) != SQLITE_ROW)
        return false;
    Statement version(db, "SELECT value FROM schema_meta WHERE name = 'version'");
    if (!version.get() || sqlite3_step(version.get()) != SQLITE_ROW ||
        sqlite3_column_type(version.get(), 0) != SQLITE_TEXT)
        return false;
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(version.get(), 0));
    return text && std::to_string(summary::kSchemaVersion) == text;
}

const char* stageName(std::string_view stored)
{
    for (const char* name : summary::kStageNames)
        if (stored == name)
            return name;
    return summary::kStageNames[0]; // as the store reads a step it does not know
}

} // namespace

bool quickList(int argc, const char* const argv[], const char* environmentWorkspace, std::string& out)
{
    out.clear();
    const std::optional<Request> request = requestOf(argc, argv, environmentWorkspace);
    if (!request || !plainWritableFile(request->workspace))
        return false;
    std::optional<SearchValues> search;
    if (request->search && !request->search->empty()) {
        search = searchValues(*request->search);
        if (!search)
            return false;
    }
    const Connection connection(request->workspace);
    if (!connection.get() || !currentWorkspace(connection.get()))
        return false;
    std::string sql = summary::kColumns;
    if (search)
        sql += std::string(" WHERE ") + summary::kSearchCondition;
    sql += summary::kOrder;
    Statement query(connection.get(), sql);
    if (!query.get())
        return false;
    if (search) {
        const std::string* values[] = {&search->pattern, &search->pattern, &search->pattern, &search->trimmed,
                                       &search->pattern};
        for (int i = 0; i < 5; ++i)
            if (!query.bind(i + 1, *values[i]))
                return false;
    }
    std::string text;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(query.get())) == SQLITE_ROW) {
        const auto code = textColumn(query.get(), 1);
        const auto title = textColumn(query.get(), 2);
        const auto purchaser = textColumn(query.get(), 3);
        const auto stage = textColumn(query.get(), 4);
        if (!code || !title || !purchaser || !stage)
            return false;
        text.append(*code).append(1, '\t').append(stageName(*stage)).append(1, '\t');
        text.append(*title).append(1, '\t').append(*purchaser).append(1, '\n');
    }
    if (step != SQLITE_DONE)
        return false;
    out = std::move(text);
    return true;
}

} // namespace tp::cli
