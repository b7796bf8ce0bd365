// The translations: both .ts files complete and up to date with the sources, the embedded .qm
// files loaded at run time, and the language chosen by the setting, TENDERPANEL_LANG or the locale.
#include "model/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QMultiHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations;
};

QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations.append(xml.readElementText());
            } else {
                current.translations.append(xml.readElementText());
            }
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 (line %3)").arg(path, xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// The texts of the sources as lupdate finds them, written to `ts`, with `locations` (none, absolute or
// relative); false, with the reason as a warning, if lupdate fails.
bool extractSources(const QString& ts, const QString& locations)
{
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TP_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TP_LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), locations,
                   QStringLiteral("-recursive"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"),
                   QStringLiteral("-ts"), ts});
    if (!lupdate.waitForStarted(10000) || !lupdate.waitForFinished(300000) || lupdate.exitCode() != 0) {
        qWarning("%s: %s", TP_LUPDATE_PATH, lupdate.readAll().constData());
        return false;
    }
    return true;
}

QString tsPath(const QString& language)
{
    return QStringLiteral(TP_SOURCE_DIR "/translations/tenderpanel_%1.ts").arg(language);
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

struct CliResult
{
    int exitCode = -1;
    QString err;
};

CliResult runCli(const QString& language, const QStringList& args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TENDERPANEL_LANG"), language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TP_CLI_PATH), args);
    CliResult result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void tsFilesCoverTheSources();
    void tsContextsAreLookedUp();
    void freeFunctionTextsAreFiledWhereLookedUp();
    void embeddedChineseTranslation();
    void embeddedEnglishTranslation();
    void chooseLanguage();
    void cliSpeaksTheChosenLanguage();
    void installChinese();
};

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList problems;
    for (const TsMessage& m : messages) {
        const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        if (m.unfinished)
            problems.append(where + QStringLiteral(" is unfinished"));
        const int forms = m.numerus ? (language == QLatin1String("en") ? 2 : 1) : 1;
        if (m.translations.size() != forms)
            problems.append(where + QStringLiteral(" has %1 forms, expected %2").arg(m.translations.size()).arg(forms));
        for (const QString& t : m.translations) {
            if (t.isEmpty())
                problems.append(where + QStringLiteral(" has an empty translation"));
            else if (placeholders(t) != placeholders(m.source) && !(m.numerus && !t.contains(QLatin1String("%n"))))
                problems.append(where + QStringLiteral(" has other placeholders in \"%1\"").arg(t));
        }
        if (language == QLatin1String("zh_CN") && !m.translations.isEmpty() && m.translations.first() == m.source &&
            m.source.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,} [A-Za-z]{3,}"))))
            problems.append(where + QStringLiteral(" is not translated (same as the source)"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::tsFilesCoverTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("sources.ts"));
    QVERIFY(extractSources(fresh, QStringLiteral("none")));

    QString error;
    const QList<TsMessage> sources = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(sources.size() > 100);
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QSet<QString> known;
        for (const TsMessage& m : readTs(tsPath(language), &error))
            known.insert(m.source + QChar(0) + m.comment);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing;
        for (const TsMessage& m : sources)
            if (!known.contains(m.source + QChar(0) + m.comment))
                missing.append(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("tenderpanel_%1.ts lacks new source texts (run "
                                                              "scripts/update-translations.sh and translate them):\n%2")
                                                   .arg(language, missing.join(QLatin1Char('\n')))));
    }
}

// A context of the .ts files that no code looks up is a set of strings shown untranslated: lupdate
// names a context after the class or namespace around a tr() call, while a file-local tr() helper
// looks up the context it passes to QCoreApplication::translate. Every context must be one the
// program asks for: a Q_OBJECT class of ui/ (tp::ui::Name), a Q_DECLARE_TR_FUNCTIONS name, or a
// literal context given to translate() or QT_TRANSLATE_NOOP.
void TestTranslations::tsContextsAreLookedUp()
{
    QSet<QString> lookedUp;
    static const QRegularExpression literal(
        QStringLiteral("(?:translate|QT_TRANSLATE_N?_?NOOP3?|Q_DECLARE_TR_FUNCTIONS)\\(\\s*\"?([A-Za-z_:]+)\"?"));
    static const QRegularExpression qobjectClass(
        QStringLiteral("class\\s+(\\w+)\\s*(?:final\\s*)?:[^{;]*\\{\\s*Q_OBJECT"));
    for (const QString& top : {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")}) {
        QDirIterator it(QStringLiteral(TP_SOURCE_DIR "/") + top, {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto m = literal.globalMatch(text); m.hasNext();)
                lookedUp.insert(m.next().captured(1));
            if (top == QLatin1String("ui"))
                for (auto m = qobjectClass.globalMatch(text); m.hasNext();)
                    lookedUp.insert(QStringLiteral("tp::ui::") + m.next().captured(1));
        }
    }
    QVERIFY(lookedUp.contains(QStringLiteral("DocumentText")));
    QVERIFY(lookedUp.contains(QStringLiteral("tp::ui::MainWindow")));
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")}) {
        QString error;
        QStringList orphans;
        for (const TsMessage& m : readTs(tsPath(language), &error))
            if (!lookedUp.contains(m.context))
                orphans.append(QStringLiteral("[%1] \"%2\"").arg(m.context, m.source));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        orphans.removeDuplicates();
        QVERIFY2(orphans.isEmpty(),
                 qPrintable(QStringLiteral("tenderpanel_%1.ts has contexts nothing looks up (add them to CONTEXT_MAP "
                                           "in scripts/update-translations.sh):\n%2")
                                .arg(language, orphans.join(QLatin1Char('\n')))));
    }
}

// A file-local tr() helper looks its texts up in one context; lupdate files a text of a free function
// (outside any class) under the namespace around it, which no code looks up. Each such text must be in
// the .ts files, translated, under the context of the helper of every file that uses it.
void TestTranslations::freeFunctionTextsAreFiledWhereLookedUp()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("sources.ts"));
    QVERIFY(extractSources(fresh, QStringLiteral("absolute")));

    // source -> the files of its uses, for the texts lupdate files under a namespace.
    QMultiHash<QString, QString> files;
    QFile file(fresh);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    QStringList locations; // of the message being read: its <location>s come before its <source>
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            locations.clear();
        } else if (xml.name() == QLatin1String("location")) {
            locations.append(
                QDir(dir.path()).absoluteFilePath(xml.attributes().value(QLatin1String("filename")).toString()));
        } else if (xml.name() == QLatin1String("source")) {
            const QString source = xml.readElementText();
            if (context == QLatin1String("tp::store") || context == QLatin1String("tp::report"))
                for (const QString& path : locations)
                    files.insert(source, path);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY2(files.size() > 10, "lupdate filed no free function's text under a namespace");

    static const QRegularExpression helper(QStringLiteral("QString tr\\(const char\\* text\\)\\s*\\{\\s*return "
                                                          "QCoreApplication::translate\\(\"([^\"]+)\", text\\);"));
    QHash<QString, QString> helperOf;
    QString error;
    QSet<QString> translated; // context + NUL + source
    for (const TsMessage& m : readTs(tsPath(QStringLiteral("zh_CN")), &error))
        if (!m.unfinished && !m.translations.isEmpty() && !m.translations.first().isEmpty())
            translated.insert(m.context + QChar(0) + m.source);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList misfiled;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!helperOf.contains(it.value())) {
            QFile code(it.value());
            QVERIFY2(code.open(QIODevice::ReadOnly), qPrintable(it.value()));
            helperOf.insert(it.value(), helper.match(QString::fromUtf8(code.readAll())).captured(1));
        }
        const QString lookedUp = helperOf.value(it.value());
        if (!lookedUp.isEmpty() && !translated.contains(lookedUp + QChar(0) + it.key()))
            misfiled.append(
                QStringLiteral("[%1] \"%2\" (%3)").arg(lookedUp, it.key(), QFileInfo(it.value()).fileName()));
    }
    misfiled.removeDuplicates();
    QVERIFY2(misfiled.isEmpty(), qPrintable(QStringLiteral("texts shown untranslated, not in the context their file "
                                                           "looks up (run scripts/update-translations.sh):\n") +
                                            misfiled.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedChineseTranslation()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tenderpanel_zh_CN.qm")));
    QCOMPARE(translator.translate("tp::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(translator.translate("tp::ui::MainWindow", "&Settings"), QStringLiteral("设置(&S)"));
    QCOMPARE(translator.translate("tp::ui::MainWindow", "&Language"), QStringLiteral("语言(&L)"));
    QCOMPARE(translator.translate("cli", "unknown command (see tenderpanel-cli --help)"),
             QStringLiteral("未知命令（参见 tenderpanel-cli --help）"));
    QCOMPARE(translator.translate("StageText", "Scoring"), QStringLiteral("评分"));
    // Texts of the core's local tr() helpers are filed under the context used at run time.
    QCOMPARE(translator.translate("Workspace", "no workspace file given"), QStringLiteral("未给出工作区文件"));
    QCOMPARE(translator.translate("ScoringService", "a correction needs a reason"), QStringLiteral("更正需要理由"));
    // ... and so are those of free functions beside them.
    QCOMPARE(translator.translate("ScoringService", "%1 is above the maximum %2 of criterion %3"),
             QStringLiteral("%1 高于评判要素 %3 的满分 %2"));
    QVERIFY(!translator.translate("SetupService", "a criterion needs a title").isEmpty());
    QVERIFY(!translator.translate("UstarArchive", "a symbolic link").isEmpty());
    QCOMPARE(translator.translate("tp::ui::HomeView", "%n negotiation(s)", nullptr, 3), QStringLiteral("%n 个谈判"));
    // The wording of the published documents (DocumentText) is today's official Chinese wording.
    QCOMPARE(translator.translate("DocumentText", "Publication period"), QStringLiteral(u"公示期"));
    QCOMPARE(translator.translate("DocumentText", "d MMMM yyyy"), QStringLiteral(u"yyyy年M月d日"));
    QCOMPARE(translator.translate("DocumentText", ", ", "list of names"), QStringLiteral(u"、"));
    QCOMPARE(translator.translate("DocumentText", "%1 to %2 (%n working day(s))", nullptr, 7),
             QStringLiteral(u"%1至%2(%n个工作日)"));

    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("tp::ui::HomeView", "%n negotiation(s)", nullptr, 3),
             QStringLiteral("3 个谈判"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestTranslations::embeddedEnglishTranslation()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tenderpanel_en.qm")));
    QCOMPARE(translator.translate("tp::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(QCoreApplication::translate("tp::ui::HomeView", "%n negotiation(s)", nullptr, 1),
             QStringLiteral("1 negotiation"));
    QCOMPARE(QCoreApplication::translate("tp::ui::HomeView", "%n negotiation(s)", nullptr, 4),
             QStringLiteral("4 negotiations"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestTranslations::chooseLanguage()
{
    const QByteArray saved = qgetenv("TENDERPANEL_LANG");
    qputenv("TENDERPANEL_LANG", "en");
    QCOMPARE(tp::Translations::chooseLanguage(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(tp::Translations::chooseLanguage(QStringLiteral("zh")), QStringLiteral("zh_CN"));
    QCOMPARE(tp::Translations::chooseLanguage(QString()), QStringLiteral("en"));
    QCOMPARE(tp::Translations::chooseLanguage(QStringLiteral("fr")), QStringLiteral("en"));
    qputenv("TENDERPANEL_LANG", "zh_CN");
    QCOMPARE(tp::Translations::chooseLanguage(QString()), QStringLiteral("zh_CN"));
    QCOMPARE(tp::Translations::chooseLanguage(QStringLiteral("en")), QStringLiteral("en"));
    qputenv("TENDERPANEL_LANG", saved);
}

void TestTranslations::cliSpeaksTheChosenLanguage()
{
    const QStringList unknownCommand = {QStringLiteral("no-such-command")};
    const CliResult zh = runCli(QStringLiteral("zh_CN"), unknownCommand);
    QCOMPARE(zh.exitCode, 2);
    QVERIFY2(zh.err.contains(QStringLiteral("未知命令")), qPrintable(zh.err));

    const CliResult en = runCli(QStringLiteral("en"), unknownCommand);
    QCOMPARE(en.exitCode, 2);
    QVERIFY2(en.err.contains(QLatin1String("unknown command")), qPrintable(en.err));
    QVERIFY2(!hasChinese(en.err), qPrintable(en.err));

    const QStringList badDate = {QStringLiteral("workdays"), QStringLiteral("--from"), QStringLiteral("2014-02-30"),
                                 QStringLiteral("--days"), QStringLiteral("7")};
    const CliResult zhDate = runCli(QStringLiteral("zh_CN"), badDate);
    QCOMPARE(zhDate.exitCode, 2);
    QVERIFY2(zhDate.err.contains(QStringLiteral("不是 YYYY-MM-DD 格式的日期")), qPrintable(zhDate.err));
    const CliResult enDate = runCli(QStringLiteral("en"), badDate);
    QCOMPARE(enDate.exitCode, 2);
    QVERIFY2(enDate.err.contains(QLatin1String("is not a date of the form YYYY-MM-DD")), qPrintable(enDate.err));
}

void TestTranslations::installChinese()
{
    QVERIFY(tp::Translations::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(QCoreApplication::translate("tp::ui::MainWindow", "&File"), QStringLiteral("文件(&F)"));
    const QString qtbase =
        QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(QStringLiteral("qtbase_zh_CN.qm"));
    if (QFile::exists(qtbase))
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
