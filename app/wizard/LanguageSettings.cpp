// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageSettings.h"

#include "model/Translations.h"

#include <QSettings>

namespace mailfix {

namespace {

const QString InterfaceKey = QStringLiteral("language/interface");
const QString PhoneKey = QStringLiteral("language/phone");

std::optional<PhoneLanguage> saved(const QString &key)
{
    const QString code = QSettings().value(key).toString();
    return code.isEmpty() ? std::nullopt : PhoneLanguages::fromCode(code);
}

} // namespace

PhoneLanguage LanguageSettings::interfaceLanguage(const QString &fromCommandLine)
{
    if (const auto l = PhoneLanguages::fromCode(fromCommandLine))
        return *l;
    if (const auto l = saved(InterfaceKey))
        return *l;
    return Translations::resolve(QString()).value_or(PhoneLanguage::English);
}

PhoneLanguage LanguageSettings::phoneLanguage(const QString &phoneFromCommandLine, const QString &langFromCommandLine)
{
    if (const auto l = PhoneLanguages::fromCode(phoneFromCommandLine))
        return *l;
    if (const auto l = PhoneLanguages::fromCode(langFromCommandLine))
        return *l;
    if (const auto l = saved(PhoneKey))
        return *l;
    return interfaceLanguage();
}

void LanguageSettings::saveInterfaceLanguage(PhoneLanguage language)
{
    QSettings().setValue(InterfaceKey, PhoneLanguages::code(language));
}

void LanguageSettings::savePhoneLanguage(PhoneLanguage language)
{
    QSettings().setValue(PhoneKey, PhoneLanguages::code(language));
}

} // namespace mailfix
