#pragma once

#include <QLatin1String>
#include <QString>
#include <optional>

namespace tp {

// The language a published document (result notice, evaluation report, letters) is written in.
// Chinese is the official language of the notice and the default, whatever language the user
// interface speaks; English is made only when it is asked for.
enum class DocumentLanguage
{
    Chinese,
    English
};

// "zh_CN" or "en", as on the command line and in the translation file names.
inline QString documentLanguageCode(DocumentLanguage language)
{
    return language == DocumentLanguage::English ? QStringLiteral("en") : QStringLiteral("zh_CN");
}

// The language for "zh_CN" or "en"; nothing for any other code.
inline std::optional<DocumentLanguage> documentLanguageFromCode(const QString& code)
{
    if (code == QLatin1String("zh_CN"))
        return DocumentLanguage::Chinese;
    if (code == QLatin1String("en"))
        return DocumentLanguage::English;
    return std::nullopt;
}

} // namespace tp
