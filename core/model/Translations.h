#pragma once

#include <QString>

class QCoreApplication;

namespace tp {

// The user interface language: TenderPanel's own messages (:/i18n/tenderpanel_<lang>.qm) and Qt's
// (qtbase_<lang>.qm from the Qt translations directory). Chinese is the primary language.
class Translations
{
public:
    // "zh_CN" or "en": the explicit setting if valid, else $TENDERPANEL_LANG, else the system
    // locale's UI languages (zh* gives zh_CN, en* gives en), else zh_CN.
    static QString chooseLanguage(const QString& setting = QString());

    // Installs the translators for language on app (owned by app). Returns false if TenderPanel's
    // own translation could not be loaded; the application then shows the English source texts.
    static bool install(QCoreApplication& app, const QString& language);

    static QStringList languages();
};

} // namespace tp
