// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace mailfix {

/// The language the customer's iPhone is set to: the phone's labels and paths in
/// the fix steps follow it, whatever language the helpdesk's own interface uses.
enum class PhoneLanguage { English, German, French, Spanish };

namespace PhoneLanguages {
/// Every language the phone vocabulary holds, English (the source) first.
QList<PhoneLanguage> all();
/// "en", "de", "fr", "es".
QString code(PhoneLanguage language);
/// The language for "de", "de_CH", "fr-CA", ...; nothing for a language without phone words.
std::optional<PhoneLanguage> fromCode(const QString &code);
/// The locale's language, English when the vocabulary has none for it.
PhoneLanguage fromLocale(const QLocale &locale);
} // namespace PhoneLanguages

} // namespace mailfix
