// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/PhoneLanguage.h"

#include <QString>
#include <QStringList>

namespace mailfix {

/// Mailfix's two languages. The interface language is the helpdesk's: menus,
/// buttons, the CLI's own lines, the report's headings — installed once for the
/// whole application (QCoreApplication::installTranslator). The phone language
/// is the customer's: the titles and fix steps of the findings and the phone's
/// labels and alerts inside them (FixCatalog::tr and ProviderAdvice::tr read
/// it through phoneText()), which can differ.
/// Both read the catalogues compiled into the core (:/i18n/mailfix_<code>.qm,
/// from translations/*.ts).
namespace Translations {

/// The languages Mailfix speaks, as codes: "en", "de", "fr", "es".
QStringList codes();
/// Each language's own name for itself: "English", "Deutsch", "Français", "Español".
QString nativeName(PhoneLanguage language);

/// The language code \a request names ("de", "de_CH", "fr-FR", "ES"), or the
/// system's when \a request is empty; nullopt when Mailfix does not speak it.
std::optional<PhoneLanguage> resolve(const QString &request);

/// Installs \a language as the interface language of the running application:
/// Mailfix's catalogue and Qt's own (the standard buttons). English installs
/// nothing. Returns false when a catalogue could not be loaded. Call again to
/// switch: the previous one is removed.
bool installInterface(PhoneLanguage language);
/// The interface language installed last (English before any call).
PhoneLanguage interfaceLanguage();

/// \a source (context \a context) in \a language, from the compiled catalogue;
/// \a source itself for English or when the catalogue has no translation.
QString translate(PhoneLanguage language, const char *context, const char *source,
                  const char *disambiguation = nullptr, int n = -1);

/// The customer's phone language for every phoneText() on this thread while it
/// lives; the previous one comes back when it ends. FixCatalog::describe() and
/// phoneAlert() open one for the language they are given.
class PhoneScope
{
public:
    explicit PhoneScope(PhoneLanguage language);
    ~PhoneScope();
    PhoneScope(const PhoneScope &) = delete;
    PhoneScope &operator=(const PhoneScope &) = delete;

private:
    std::optional<PhoneLanguage> m_saved;
};

/// The phone language when no PhoneScope is open: the one set with
/// setPhoneDefault() (the CLI's --lang, the wizard's phone-language choice),
/// else the system's.
PhoneLanguage phoneDefault();
void setPhoneDefault(PhoneLanguage language);

/// A customer's sentence: \a source (context \a context) in the phone language
/// of the open PhoneScope, else phoneDefault() — never in the interface language.
QString phoneText(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

} // namespace Translations

} // namespace mailfix
