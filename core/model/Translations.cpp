#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tp {

namespace {

// Maps a language tag (zh_CN, zh-Hans-CN, en-US, en, ...) to a supported language, or "".
QString normalize(const QString& tag)
{
    const QString t = tag.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (t.isEmpty())
        return {};
    if (t == QLatin1String("zh") || t.startsWith(QLatin1String("zh_")))
        return QStringLiteral("zh_CN");
    if (t == QLatin1String("en") || t.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Translations::chooseLanguage(const QString& setting)
{
    if (const QString explicitChoice = normalize(setting); !explicitChoice.isEmpty())
        return explicitChoice;
    if (const QString fromEnv = normalize(qEnvironmentVariable("TENDERPANEL_LANG")); !fromEnv.isEmpty())
        return fromEnv;
    for (const QString& tag : QLocale::system().uiLanguages()) {
        if (const QString fromLocale = normalize(tag); !fromLocale.isEmpty())
            return fromLocale;
    }
    return QStringLiteral("zh_CN");
}

bool Translations::install(QCoreApplication& app, const QString& language)
{
    const QString lang = normalize(language).isEmpty() ? QStringLiteral("zh_CN") : normalize(language);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/tenderpanel_%1.qm").arg(lang))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace tp
