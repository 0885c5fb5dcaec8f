// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PhoneLanguage.h"

#include <QString>

namespace mailfix {

/// The wizard's two languages and where they come from: the command line
/// (--lang, --phone-lang), else the user's last choice (QSettings), else the
/// system's. The interface language is the helpdesk's; the phone language is the
/// customer's phone, for the fix steps and the phone's words
/// (model/Translations.h).
namespace LanguageSettings {

PhoneLanguage interfaceLanguage(const QString &fromCommandLine = QString());
PhoneLanguage phoneLanguage(const QString &phoneFromCommandLine = QString(),
                            const QString &langFromCommandLine = QString());
void saveInterfaceLanguage(PhoneLanguage language);
void savePhoneLanguage(PhoneLanguage language);

} // namespace LanguageSettings

} // namespace mailfix
