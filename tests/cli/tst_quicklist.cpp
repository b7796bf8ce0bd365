// The quick list (app/cli/QuickList.h) prints exactly what the store lists, or declines and leaves the
// command to the whole command line. Each row compares its output with NegotiationStore::list on the
// same workspace, printed as `list` prints it.
#include "QuickList.h"

#include "io/ScenarioReader.h"
#include "store/NegotiationStore.h"
#include "store/Procedure.h"
#include "store/SchemaMigrations.h"
#include "store/Workspace.h"

#include "TestEngine.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using namespace tp;

namespace {

// The quick list's answer to these arguments (after the program's name).
struct Answer
{
    bool taken = false;
    QByteArray out;
};

Answer quick(const QStringList& args, const QByteArray& environmentWorkspace = QByteArray())
{
    std::vector<QByteArray> bytes{QByteArrayLiteral("tenderpanel-cli")};
    for (const QString& a : args)
        bytes.push_back(a.toUtf8());
    std::vector<const char*> argv;
    for (const QByteArray& b : bytes)
        argv.push_back(b.constData());
    std::string out;
    Answer answer;
    answer.taken = tp::cli::quickList(int(argv.size()), argv.data(),
                                      environmentWorkspace.isNull() ? nullptr : environmentWorkspace.constData(), out);
    answer.out = QByteArray::fromStdString(out);
    return answer;
}

// What `list [--search TEXT]` prints in text through the store.
QByteArray listed(const QString& path, const QString& search)
{
    store::Workspace::Options options;
    options.readOnly = true;
    options.create = false;
    auto opened = store::Workspace::open(path, options);
    if (!opened.ok())
        qFatal("cannot open %s: %s", qPrintable(path), qPrintable(opened.problem.toString()));
    const auto list = store::NegotiationStore(**opened.value).list(search);
    if (!list.ok())
        qFatal("cannot list: %s", qPrintable(list.problem.toString()));
    QString text;
    for (const store::NegotiationSummary& n : *list.value)
        text += n.code + QLatin1Char('\t') + store::Procedure::name(n.stage) + QLatin1Char('\t') + n.title +
                QLatin1Char('\t') + n.purchaser + QLatin1Char('\n');
    return text.toUtf8();
}

} // namespace

class TestQuickList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameAsTheStore_data();
    void sameAsTheStore();
    void declines_data();
    void declines();
    void declinesFilesItCannotReadAsTheStoreDoes_data();
    void declinesFilesItCannotReadAsTheStoreDoes();
    void workspaceFromTheEnvironment();

private:
    QString copyOf(const QString& name);

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestQuickList::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_ws = m_dir.filePath(QStringLiteral("ws.sqlite"));
    auto opened = store::Workspace::open(m_ws);
    QVERIFY2(opened.ok(), qPrintable(opened.problem.toString()));
    store::NegotiationStore negotiations(**opened.value);
    // Names a search must treat literally or in either case, Chinese and not.
    const QStringList titles{QStringLiteral("慈溪市城乡居民大病保险"), QStringLiteral("ABC Reinsurance 100%_off\\x"),
                             QStringLiteral("Élan ＡＢＣ（宁波）\t第2批"), QStringLiteral("   spaced 2014   "),
                             QStringLiteral("😀 医疗救助")};
    int i = 0;
    for (const char* example : {"cixi-2014", "reinsurance-2022", "tie-vote", "cixi-2014", "tie-vote"}) {
        auto read = ScenarioReader::readFile(QStringLiteral(TP_EXAMPLES_DIR "/%1.json").arg(QLatin1String(example)));
        QVERIFY(read.ok());
        Scenario scenario = *read.scenario;
        scenario.project.title = titles[i++];
        const auto imported = negotiations.importScenario(scenario, QStringLiteral("test"));
        QVERIFY2(imported.ok(), qPrintable(imported.problem.toString()));
    }
    opened.value->reset();
    // What another tool may have left: a step the program does not know, an empty purchaser.
    QVERIFY(TestEngine::exec(m_ws, {QStringLiteral("UPDATE negotiations SET stage = 'elsewhere' WHERE id = 2"),
                                    QStringLiteral("UPDATE negotiations SET purchaser = '' WHERE id = 3")}));
}

void TestQuickList::sameAsTheStore_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("lines");
    const auto row = [](const char* name, const QString& search, int lines) {
        QTest::newRow(name) << (search.isNull() ? QStringList{} : QStringList{QStringLiteral("--search"), search})
                            << search << lines;
    };
    row("all", QString(), 5);
    row("empty search", QStringLiteral(""), 5);
    row("Chinese", QStringLiteral("大病保险"), 1);
    row("lower matches upper", QStringLiteral("abc"), 1);
    row("upper matches upper", QStringLiteral("ABC REINSURANCE"), 1);
    row("percent is literal", QStringLiteral("100%"), 1);
    row("percent alone", QStringLiteral("%"), 1);
    row("underscore is literal", QStringLiteral("%_o"), 1);
    row("underscore alone", QStringLiteral("_"), 1);
    row("backslash", QStringLiteral("\\x"), 1);
    row("full-width punctuation", QStringLiteral("（宁波）"), 1);
    row("project year", QStringLiteral("2014"), 2);
    row("project year with spaces", QStringLiteral("  2014 "), 2);
    row("ideographic space trimmed", QStringLiteral("\u30002022\u3000"), 1);
    row("spaces in a title", QStringLiteral("   spaced"), 1);
    row("only spaces", QStringLiteral("   "), 1);
    row("code", QStringLiteral("n-2022-0001"), 1);
    row("bidder", QStringLiteral("人寿"), -1);
    row("nothing", QStringLiteral("没有这个"), 0);
}

void TestQuickList::sameAsTheStore()
{
    QFETCH(QStringList, options);
    QFETCH(QString, search);
    QFETCH(int, lines);
    for (const QStringList& format : {QStringList{}, QStringList{QStringLiteral("--format"), QStringLiteral("text")},
                                      QStringList{QStringLiteral("--format=text")}}) {
        const Answer a =
            quick(QStringList{QStringLiteral("--workspace"), m_ws, QStringLiteral("list")} + options + format);
        QVERIFY(a.taken);
        const QByteArray expected = listed(m_ws, search);
        QCOMPARE(a.out, expected);
        if (lines >= 0)
            QCOMPARE(a.out.count('\n'), lines);
    }
    // The global option may stand anywhere, in either form.
    const Answer after =
        quick(QStringList{QStringLiteral("list")} + options + QStringList{QStringLiteral("--workspace=") + m_ws});
    QVERIFY(after.taken);
    QCOMPARE(after.out, listed(m_ws, search));
}

void TestQuickList::declines_data()
{
    QTest::addColumn<QStringList>("args");
    const QString ws = QStringLiteral("--workspace");
    QTest::newRow("json") << QStringList{QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("list"), QStringLiteral("--format=xml")};
    QTest::newRow("format twice") << QStringList{QStringLiteral("list"), QStringLiteral("--format=text"),
                                                 QStringLiteral("--format=text")};
    QTest::newRow("search twice") << QStringList{QStringLiteral("list"), QStringLiteral("--search=a"),
                                                 QStringLiteral("--search=b")};
    QTest::newRow("search without value") << QStringList{QStringLiteral("list"), QStringLiteral("--search")};
    QTest::newRow("help") << QStringList{QStringLiteral("list"), QStringLiteral("--help")};
    QTest::newRow("-h") << QStringList{QStringLiteral("list"), QStringLiteral("-h")};
    QTest::newRow("positional") << QStringList{QStringLiteral("list"), QStringLiteral("N-2014-0001")};
    QTest::newRow("double dash") << QStringList{QStringLiteral("list"), QStringLiteral("--")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--all")};
    QTest::newRow("another command") << QStringList{QStringLiteral("export"), QStringLiteral("N-2014-0001")};
    QTest::newRow("no command") << QStringList{};
    // Letters whose lower case needs Unicode's tables, and spaces other than the two it trims.
    QTest::newRow("accented capital") << QStringList{QStringLiteral("list"), QStringLiteral("--search"),
                                                     QStringLiteral("ÉLAN")};
    QTest::newRow("full-width letter") << QStringList{QStringLiteral("list"), QStringLiteral("--search"),
                                                      QStringLiteral("ａｂｃ")};
    QTest::newRow("no-break space") << QStringList{QStringLiteral("list"), QStringLiteral("--search"),
                                                   QStringLiteral("\u00a02014")};
    QTest::newRow("tab") << QStringList{QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("\t2014")};
    QTest::newRow("emoji") << QStringList{QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("😀")};
    QTest::newRow("workspace without value") << QStringList{QStringLiteral("list"), ws};
}

void TestQuickList::declines()
{
    QFETCH(QStringList, args);
    // Every row names the workspace first (the last row's own --workspace then takes no value).
    const Answer a = quick(QStringList{QStringLiteral("--workspace"), m_ws} + args);
    QVERIFY(!a.taken);
    QVERIFY(a.out.isEmpty());
}

QString TestQuickList::copyOf(const QString& name)
{
    const QString copy = m_dir.filePath(name);
    QFile::remove(copy);
    if (!QFile::copy(m_ws, copy))
        qFatal("cannot copy the workspace");
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

void TestQuickList::declinesFilesItCannotReadAsTheStoreDoes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("why");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing.sqlite")) << QString();
    QTest::newRow("folder") << m_dir.path() << QString();
    QTest::newRow("server") << QStringLiteral("postgresql://localhost/tenderpanel") << QString();
    QTest::newRow("URI") << QStringLiteral("file:") + m_ws << QString();
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QFile f(empty);
        f.open(QIODevice::WriteOnly);
        QTest::newRow("empty file") << empty << QString();
    }
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(garbage);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(8192, 'x'));
        QTest::newRow("not a database") << garbage << QString();
    }
    {
        const QString older = m_dir.filePath(QStringLiteral("v2.sqlite"));
        QFile::remove(older);
        QFile::copy(QStringLiteral(TP_SOURCE_DIR "/tests/data/store/workspace-v2.sqlite"), older);
        QFile::setPermissions(older, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QTest::newRow("older schema") << older << QString();
    }
    QTest::newRow("newer schema") << copyOf(QStringLiteral("newer.sqlite"))
                                  << QStringLiteral("UPDATE schema_meta SET value = '%1' WHERE name = 'version'")
                                         .arg(store::SchemaMigrations::kCurrentVersion + 1);
    QTest::newRow("another database") << copyOf(QStringLiteral("foreign.sqlite"))
                                      << QStringLiteral("DROP TABLE schema_meta");
    QTest::newRow("title not UTF-8") << copyOf(QStringLiteral("latin1.sqlite"))
                                     << QStringLiteral(
                                            "UPDATE negotiations SET title = CAST(x'e9' AS TEXT) WHERE id = 1");
    QTest::newRow("no negotiations table")
        << copyOf(QStringLiteral("broken.sqlite")) << QStringLiteral("ALTER TABLE negotiations RENAME TO gone");
}

void TestQuickList::declinesFilesItCannotReadAsTheStoreDoes()
{
    QFETCH(QString, path);
    QFETCH(QString, why);
    if (!why.isEmpty())
        QVERIFY(TestEngine::exec(path, {QStringLiteral("PRAGMA foreign_keys = OFF"), why}));
    const QByteArray before = QFile::exists(path) && QFileInfo(path).isFile() ? [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }() : QByteArray();
    const Answer a = quick({QStringLiteral("--workspace"), path, QStringLiteral("list")});
    QVERIFY(!a.taken);
    QVERIFY(a.out.isEmpty());
    if (!before.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before); // read only: an older file is left to the upgrade
    }
}

void TestQuickList::workspaceFromTheEnvironment()
{
    const QByteArray env = m_ws.toUtf8();
    const Answer fromEnv = quick({QStringLiteral("list")}, env);
    QVERIFY(fromEnv.taken);
    QCOMPARE(fromEnv.out, listed(m_ws, QString()));
    // --workspace comes first; an empty one leaves the choice to the environment.
    QVERIFY(!quick({QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("missing.sqlite")),
                    QStringLiteral("list")},
                   env)
                 .taken);
    QCOMPARE(quick({QStringLiteral("--workspace="), QStringLiteral("list")}, env).out, fromEnv.out);
    // Neither: the default workspace in the user's data folder is the command line's to find.
    QVERIFY(!quick({QStringLiteral("list")}).taken);
    QVERIFY(!quick({QStringLiteral("list")}, QByteArray("")).taken);
}

QTEST_GUILESS_MAIN(TestQuickList)
#include "tst_quicklist.moc"
